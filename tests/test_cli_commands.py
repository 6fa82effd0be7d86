"""The other CLI commands: help, show, info, export, schema, cite.

Run in process through ``timeline.cli.main`` (see ``run_cli`` in conftest.py); the
console script itself is started only where a real process matters: exit statuses
end to end, SIGPIPE, and what an import costs.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pandas as pd
import pytest
import yaml

import timeline
from release_mirror import ABSENT_VERSION
from timeline.cli import cli

from conftest import FIRST_RELEASE, console_script, newest_bundled, run_cli, run_console_script


def _commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = run_cli(name, "--help")
    assert result.returncode == 0
    assert "Example" in result.stdout, f"`timeline {name} --help` has no example"


def test_help_and_version_import_no_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from timeline.cli import main\n"
        "for args in (['--help'], ['--version']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = [m for m in ('pandas', 'pandera', 'pyarrow', 'matplotlib') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout


def test_version_and_exit_code_documentation() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith(f"timeline {timeline.__version__} (package), data release ")
    assert "Exit codes: 0" in run_cli("--help").stdout
    assert "Exit codes: 0 valid, 1 invalid data, 2" in run_cli("validate", "--help").stdout


def test_unknown_command_and_option_exit_2() -> None:
    assert run_cli("frobnicate").returncode == 2
    bad = run_cli("show", "--from", "yesterday")
    assert bad.returncode == 2
    assert "expected YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_show_filters_and_precision_labels() -> None:
    """On the first release, whose content never changes (later ones add events)."""
    first = ("--version", FIRST_RELEASE)
    result = run_cli("show", "--type", "casualties", *first)
    assert result.returncode == 0
    out = result.stdout
    assert '2024-12-23 ("on Monday")  casualties  ev-0001' in out
    assert "Volodymyr Zelenskyy: more than 3,000 soldiers killed or wounded (at least 3,001)" in out
    assert "South Korean authorities: at least 1,100 soldiers killed or wounded (" in out
    assert "ev-0002" not in out

    months = run_cli("show", "--from", "2024-11-01", "--to", "2024-11-30", *first).stdout
    assert '2024-11 ("last month")  diplomatic_visit' in months
    assert "2024-08-01..2024-10-31" not in months  # ends before the window
    assert "by 2024-12-23" in months  # open ranges may fall in the window, so they stay
    assert all("2025" not in line for line in months.splitlines() if line[:1].isdigit())

    by_claimant = run_cli("show", "--claimant", "ushakov", "--quotes", *first).stdout
    assert '2025 ("next year")  planned_participation' in by_claimant
    assert "Red Square parade next year" in by_claimant
    assert "Zelenskyy" not in by_claimant

    none = run_cli("show", "--claimant", "nobody-at-all")
    assert none.returncode == 2  # an unknown claimant (tests/test_paper_cuts.py)
    assert "'nobody-at-all'" in none.stderr


def test_info_lists_files_and_fingerprint() -> None:
    result = run_cli("info", FIRST_RELEASE)
    assert result.returncode == 0
    from timeline.releases.resolve import open_release

    manifest = open_release(FIRST_RELEASE).manifest
    assert manifest.schema_fingerprint in result.stdout
    for name, entry in manifest.files.items():
        assert name in result.stdout
        assert entry["sha256"] in result.stdout
    missing = run_cli("info", ABSENT_VERSION)
    assert missing.returncode == 2
    assert ABSENT_VERSION in missing.stderr


def test_export_formats_round_trip(tmp_path: Path) -> None:
    claims = timeline.load("claims")
    out_csv = tmp_path / "claims.csv"
    exported = run_cli("export", "claims", "--format", "csv", "--raw", "--output", str(out_csv))
    assert exported.returncode == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == len(claims)
    assert rows[0]["stated_end"] == f"{claims['stated_end'][0]:%Y-%m-%d}"
    assert rows[0]["quote"] == claims["quote"][0]

    ndjson = run_cli("export", "events", "--format", "ndjson").stdout.splitlines()
    events = timeline.load("events")
    assert len(ndjson) == len(events)
    assert [json.loads(line)["event_id"] for line in ndjson] == list(events["event_id"])
    first = json.loads(ndjson[0])
    assert first["date_start"] == (
        None if pd.isna(events["date_start"][0]) else f"{events['date_start'][0]:%Y-%m-%d}"
    )

    data = json.loads(run_cli("export", "claims", "--format", "json").stdout)
    assert [r["claim_id"] for r in data] == list(claims["claim_id"])

    old = run_cli("export", "claims", "--format", "json", "--version", FIRST_RELEASE).stdout
    up_to = [r for r in json.loads(old) if r["qualifier"] == "up_to"]
    assert len(up_to) == 3
    assert {r["value_high"] for r in up_to} == {12000}
    assert all(r["value_low"] is None for r in up_to)

    # the raw CSV (text exactly as released) validates as a contributor's file
    check = run_cli("validate", str(out_csv))
    assert check.returncode == 0, check.stdout


NUMERIC = {"quote_start", "quote_end", "value", "value_low", "value_high"}


def test_export_csv_is_spreadsheet_safe_like_the_zip(tmp_path: Path) -> None:
    from timeline.outputs.export import export
    from timeline.publish.static import spreadsheet_safe

    claims = timeline.load("claims").head(3).copy()
    claims.loc[0, "quote"] = '=HYPERLINK("http://example.invalid","x")'
    claims.loc[1, "venue"] = "-2+3"
    claims.loc[2, "unit"] = "@SUM(A1)"
    claims.loc[0, "value"] = -3  # a number is a value, never a formula
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    export(claims, "csv", safe)
    export(claims, "csv", raw, raw=True)
    safe_rows = list(csv.DictReader(safe.open(encoding="utf-8")))
    raw_rows = list(csv.DictReader(raw.open(encoding="utf-8")))
    assert safe_rows[0]["quote"] == '\'=HYPERLINK("http://example.invalid","x")'
    assert safe_rows[1]["venue"] == "'-2+3" and safe_rows[2]["unit"] == "'@SUM(A1)"
    assert safe_rows[0]["value"] == raw_rows[0]["value"] == "-3"
    assert raw_rows[0]["quote"] == claims.loc[0, "quote"] and raw_rows[1]["venue"] == "-2+3"
    for safe_row, raw_row in zip(safe_rows, raw_rows, strict=True):
        for column, value in raw_row.items():  # the zip's rule, cell by cell
            expected = value if value == "" or column in NUMERIC else spreadsheet_safe(value)
            assert safe_row[column] == expected, column


def test_export_raw_goes_with_csv_only() -> None:
    result = run_cli("export", "claims", "--format", "json", "--raw")
    assert result.returncode == 2 and "--raw goes with csv only" in result.stderr


def test_export_failure_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    result = run_cli("export", "claims", "--output", str(target), "--version", ABSENT_VERSION)
    assert result.returncode == 2
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_schema_formats() -> None:
    as_json = json.loads(run_cli("schema", "claims", "--format", "json").stdout)
    columns = {c["name"]: c for c in as_json["tables"]["claims"]["columns"]}
    assert columns["qualifier"]["allowed"][:3] == ["exact", "about", "more_than"]
    assert columns["quote"]["nullable"] is False
    assert len(as_json["schema_fingerprint"]) == 64

    as_yaml = yaml.safe_load(run_cli("schema", "--format", "yaml").stdout)
    assert set(as_yaml["tables"]) == set(timeline.tables())

    markdown = run_cli("schema", "events").stdout
    assert "## `events`" in markdown
    assert "| `date_precision` | string | yes | one of: `day`, `week`" in markdown
    assert "event_dates_agree_with_precision" in markdown


def test_cite_plain_and_bibtex() -> None:
    version = newest_bundled()  # cite's default: the release timeline.load() reads
    text = run_cli("cite", "--format", "text").stdout
    assert f"(Version {version})" in text
    assert "[Data set]" in text
    bib = run_cli("cite", "--format", "bibtex").stdout
    assert bib.startswith(f"@misc{{timeline_{version.replace('.', '_')},")
    assert f"version = {{{version}}}" in bib
    assert bib.count("{") == bib.count("}")

    pinned = run_cli("cite", "--format", "bibtex", "--version", FIRST_RELEASE).stdout
    assert pinned.startswith("@misc{timeline_1_0_0,")
    assert "version = {1.0.0}" in pinned


def test_shell_completion_script_is_generated() -> None:
    result = run_cli(env={"_TIMELINE_COMPLETE": "bash_source"})
    assert result.returncode == 0
    assert "_TIMELINE_COMPLETE=bash_complete" in result.stdout


def test_cli_group_is_click() -> None:
    assert isinstance(cli, click.Group)


@pytest.mark.parametrize(
    "args",
    [
        ("export", "events", "--output", "{missing}/events.csv"),
        ("plot", "--output", "{missing}/chart.png"),
    ],
    ids=["export", "plot"],
)
def test_writing_into_a_missing_folder_is_a_clear_error(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    missing = tmp_path / "no-such-folder"
    result = run_cli(*(a.format(missing=missing) for a in args))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert not missing.exists()


def test_written_files_are_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    assert run_cli("export", "claims", "--output", str(target)).returncode == 0
    assert target.stat().st_mode & 0o044 == 0o044  # not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_a_reader_closing_the_pipe_early_is_not_an_error() -> None:
    # `true` exits at once, long before the command has loaded pandas and starts writing,
    # so the write meets a pipe with no reader (with `head`, a small output could fit the
    # pipe buffer first and the test would race).
    script = f"{console_script()} export claims --format json | true; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 141  # killed by SIGPIPE like any Unix filter, not exit 1
    assert result.stderr == ""


def test_validate_json_reports_unreadable_input_as_json(tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "missing.csv"), "--format", "json")
    assert result.returncode == 2
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["error"]["exit_code"] == 2
    assert "no such file" in data["error"]["message"]


def test_show_rejects_a_window_that_ends_before_it_starts() -> None:
    result = run_cli("show", "--from", "2024-12-30", "--to", "2024-12-01")
    assert result.returncode == 2
    assert "--from 2024-12-30 is after --to 2024-12-01" in result.stderr


def test_build_refuses_to_invent_a_releases_folder(tmp_path: Path) -> None:
    from conftest import DATASETS

    result = run_cli("build", "--datasets", str(DATASETS), cwd=tmp_path)
    assert result.returncode == 2
    assert "run `timeline build` from the repository root" in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "status"),
    [(("--version",), 0), (("validate", "{bad}"), 1), (("show", "--from", "yesterday"), 2)],
    ids=["valid-0", "invalid-data-1", "usage-2"],
)
def test_console_script_exit_statuses_match_the_in_process_runner(
    tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    """End to end through the installed script: 0, 1 and 2 reach the shell, and the
    in-process runner the other tests use reports the same status and output."""
    bad = tmp_path / "claims.csv"  # readable, but most columns are missing: invalid data
    bad.write_text("claim_id,event_id\ncl-0001,ev-0001\n", encoding="utf-8")
    argv = [a.format(bad=bad) for a in args]
    real = run_console_script(*argv, cwd=tmp_path)
    assert real.returncode == status, real.stderr
    assert "Traceback" not in real.stderr
    in_process = run_cli(*argv, cwd=tmp_path)
    assert (in_process.returncode, in_process.stdout, in_process.stderr) == (
        real.returncode,
        real.stdout,
        real.stderr,
    )


def test_the_in_process_runner_leaves_the_process_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
    sigpipe = signal.getsignal(signal.SIGPIPE)
    cwd = Path.cwd()
    result = run_cli("versions", cwd=tmp_path, env={"TIMELINE_OFFLINE": "1"})
    assert result.returncode == 0, result.stderr
    assert signal.getsignal(signal.SIGPIPE) == sigpipe  # main sets SIG_DFL; it is put back
    assert Path.cwd() == cwd
    assert "TIMELINE_OFFLINE" not in os.environ
    bad = run_cli("versions", env={"TIMELINE_OFFLINE": "maybe"})  # read afresh on each call
    assert bad.returncode == 2 and "TIMELINE_OFFLINE='maybe'" in bad.stderr
