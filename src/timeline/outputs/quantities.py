"""What a figure counts: a claim's free-text unit reduced to a small set of quantities.

Units are written as the source words them ("soldiers killed or wounded", "casualties",
"troops"), so two figures of one event can only be compared, or drawn as one series, when
they count the same thing. :func:`quantity` names that thing; a unit it does not recognise
gets None, and such a figure is never compared with another.
"""

from __future__ import annotations

import re

#: Quantity names, in the order they are tried (the first whose words all match wins), with
#: the word stems that identify them.  Killed-and-wounded comes before killed and wounded
#: alone, so "soldiers killed or wounded" is not read as "killed".
_RULES: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("killed or wounded", (("killed", "dead", "death", "fatalit"), ("wounded", "injur"))),
    ("killed or wounded", (("casualt", "loss"),)),
    ("killed", (("killed", "dead", "death", "died", "fatalit"),)),
    ("wounded", (("wounded", "injur"),)),
    ("captured", (("captured", "captive", "prisoner"),)),
    ("containers", (("container",),)),
    ("shells", (("shell", "round", "munition"),)),
    ("missiles", (("missile",),)),
    ("rocket launchers", (("launcher",),)),
    ("artillery pieces", (("howitzer", "artillery", "gun"),)),
    ("troops", (("soldier", "troop", "personnel", "servicem", "service member", "deploy"),)),
    ("workers", (("worker", "labourer", "laborer"),)),
)

_WORD = re.compile(r"[a-z]+(?: member)?")


def quantity(unit: str | None) -> str | None:
    """The quantity a unit counts ('killed or wounded', 'troops', 'containers', …), or None.

    >>> quantity("soldiers killed or wounded"), quantity("casualties"), quantity("troops")
    ('killed or wounded', 'killed or wounded', 'troops')
    >>> quantity("balloons") is None
    True
    """
    if not isinstance(unit, str) or not unit.strip():
        return None
    words = _WORD.findall(unit.lower())
    for name, groups in _RULES:
        if all(any(w.startswith(stem) for w in words for stem in group) for group in groups):
            return name
    return None


def quantity_label(unit: str | None) -> str:
    """How a figure's quantity is shown: its normalised name, else its own unit, else
    'number' (a figure with no unit)."""
    named = quantity(unit)
    if named is not None:
        return named
    return unit.strip() if isinstance(unit, str) and unit.strip() else "number"
