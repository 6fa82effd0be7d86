"""notebooks/quickstart.ipynb runs top to bottom in a real Jupyter kernel and shows what it promises."""

from __future__ import annotations

import base64
import json
import struct
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import REPO

NOTEBOOK = REPO / "notebooks" / "quickstart.ipynb"
KERNEL = "timeline-test-python"


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> nbformat.NotebookNode:
    """The notebook executed by an ipykernel running this very interpreter."""
    jupyter = tmp_path_factory.mktemp("jupyter")
    spec = jupyter / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "timeline tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    workdir = tmp_path_factory.mktemp("run")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(jupyter))
        patch.setenv("JUPYTER_RUNTIME_DIR", str(jupyter / "runtime"))
        patch.setenv("IPYTHONDIR", str(jupyter / "ipython"))
        patch.setenv("MPLBACKEND", "Agg")
        client = NotebookClient(
            notebook,
            kernel_name=KERNEL,
            timeout=120,
            resources={"metadata": {"path": str(workdir)}},
        )
        client.execute()
    return notebook


def _outputs(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]


def _text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for output in _outputs(notebook):
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output:
            parts.append(output.data.get("text/plain", ""))
    return "\n".join(parts)


def test_notebook_is_valid_and_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_every_cell_ran_without_error(executed: nbformat.NotebookNode) -> None:
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code)
    assert not [o for o in _outputs(executed) if o.output_type == "error"]


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_output_shows_the_competing_casualty_claims_side_by_side(
    executed: nbformat.NotebookNode,
) -> None:
    tables = [
        o.data["text/plain"]
        for o in _outputs(executed)
        if "data" in o and "more than 3,000" in o.data.get("text/plain", "")
    ]
    assert len(tables) == 1, "no output shows Zelenskyy's figure"
    table = tables[0].splitlines()
    header = next(line for line in table if line.startswith("claimant"))
    assert "Volodymyr Zelenskyy" in header
    assert "South Korean authorities" in header
    stated = next(line for line in table if line.startswith("stated"))
    assert "more than 3,000" in stated
    assert "at least 1,100" in stated  # on the same row: side by side


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_output_shows_the_chart(executed: nbformat.NotebookNode) -> None:
    images = [o.data["image/png"] for o in _outputs(executed) if "image/png" in o.get("data", {})]
    assert len(images) == 1
    data = base64.b64decode(images[0])
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800
    assert height >= 600
    import timeline  # the notebook charts the newest bundled release

    events, claims = timeline.load("events"), timeline.load("claims")
    numeric = claims[claims["qualifier"].notna() & claims["restates"].isna()]  # once each
    assert len(numeric) >= 1
    assert f"{len(events)} events and {len(numeric)} numeric claims drawn" in _text(executed)


@pytest.mark.slow  # runs the notebook in a Jupyter kernel
def test_output_traces_a_number_to_its_quote(executed: nbformat.NotebookNode) -> None:
    text = _text(executed)
    assert "text[480:614] in context:" in text
    assert "»According to preliminary data," in text
    assert "already exceeds 3,000 people«" in text
    assert "events may fall in December 2024" in text


def test_notebook_path_is_the_documented_one() -> None:
    pages = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]  # depth in docs/
    documented = [p for p in pages if "notebooks/quickstart.ipynb" in p.read_text(encoding="utf-8")]
    assert documented, "no page of README.md or docs/ names notebooks/quickstart.ipynb"
    assert Path(NOTEBOOK).is_file()
