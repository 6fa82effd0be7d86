"""Date words resolved into intervals from the publication date alone.

Each mention keeps the source's words (``text``, e.g. "on Monday", "last week") and resolves
to ``date_start``..``date_end`` (inclusive) with a precision of ``day``, ``week`` (ISO week,
Monday to Sunday), ``month``, ``year`` or ``range``, never sharper than the words:

- weekday names: the most recent such day, the publication day included ("next Monday" and a
  future context look forward instead);
- today, yesterday, tomorrow; last/this/next week, month, year; "earlier this month" (range
  from the 1st to the day before publication: "earlier" leaves out the day of writing; on the
  1st itself, that day, flagged ``ambiguous_date``), "later this year" (range from publication
  to 31 Dec);
- "over the weekend": the most recent Saturday and Sunday (a range);
- "N days/weeks/months/years ago": that day, ISO week, month or year. "N weeks ago" is the
  ISO week (Monday to Sunday, precision ``week``) holding the day 7·N days before publication,
  not that single day: the words name a week, and an interval is never more precise than its
  source ("two weeks ago" on Wednesday 12 Feb 2025 → 27 Jan–2 Feb 2025, like "last week" one
  week further back);
- "over the previous two months": a range ending with the statement's own interval (the
  ``anchor``) and starting that many units before its start;
- month names: "in November" is the most recent November (a January report's "in December"
  is the previous year; a future context looks forward), "in November 2023", "November of last
  year"; "in January and February" is a range; absolute days ("Oct. 23", "Dec. 20, 2024",
  "23 December"): the most recent such day unless the context is future; "between Oct. 8 and
  Oct. 13" is a range; years ("in 2023") are years;
- "since <any of the above>": a range from its start to the publication day.

Stdlib only.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.curation.numbers import UNITS
from timeline.curation.vocabulary import MONTH_NAMES, MONTHS, WEEKDAYS

__all__ = ["DateMention", "find_dates", "is_future_context", "month_of", "undated", "week_of"]

Interval = tuple[date | None, date | None, str]


@dataclass(frozen=True, slots=True)
class DateMention:
    """Date words at ``[start, end)`` and the interval they resolve to."""

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str
    rule: str
    flags: tuple[str, ...] = field(default=())


def undated(published_on: date) -> Interval:
    """The interval of an undated statement: on or before publication."""
    return None, published_on, "range"


_FULL_MONTHS = "|".join(m.capitalize() for m in MONTH_NAMES)
_SHORT_MONTHS = "|".join(
    sorted((m.capitalize() for m in MONTHS if m not in MONTH_NAMES), key=len, reverse=True)
)


def _month(name: str) -> str:
    return rf"(?P<{name}>{_FULL_MONTHS}|(?:{_SHORT_MONTHS})(?![a-z])\.?)(?![a-z]|-[A-Za-z])"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]\d)(?!\s*(?:mm|km|%))"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d)(?![\d])"


_NUM = "|".join(sorted(UNITS, key=len, reverse=True))
_WEEKDAY = "(?P<wd>" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"

_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned|planning|scheduled|expected\s+to|is\s+to|are\s+to|"
    r"upcoming|going\s+to|due\s+to|intends?\s+to|would)\b",
    re.IGNORECASE,
)


def is_future_context(words: str) -> bool:
    """Whether a clause speaks of the future ("will", "plans to", "scheduled", ...)."""
    return bool(_FUTURE.search(words))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_year(pub: date, month: int, future: bool) -> int:
    if future:
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_of(pub: date, month: int, day: int, year: int | None, future: bool) -> date | None:
    if year is not None:
        return _safe_date(year, month, day)
    found = _safe_date(pub.year, month, day)
    if found is None:
        return None
    if not future and found > pub:
        return _safe_date(pub.year - 1, month, day)
    if future and found < pub:
        return _safe_date(pub.year + 1, month, day)
    return found


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_of(day: date) -> tuple[date, date]:
    """The calendar month holding ``day``: its first and last days."""
    return day.replace(day=1), _month_end(day.year, day.month)


def week_of(day: date) -> tuple[date, date]:
    """The ISO week holding ``day``: its Monday and Sunday."""
    monday = _monday(day)
    return monday, monday + timedelta(days=6)


def _number(word: str) -> int | None:
    word = word.lower()
    if word in {"a", "an"}:
        return 1
    if word.isdigit():
        return int(word)
    return UNITS.get(word)


Handler = Callable[[re.Match[str], date, bool, Interval | None], Interval | None]


def _h_day_range(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    month1 = MONTHS[m["m1"].lower().rstrip(".")]
    month2 = MONTHS[(m["m2"] or m["m1"]).lower().rstrip(".")]
    year2 = int(m["y2"]) if m["y2"] else (int(m["y1"]) if m["y1"] else None)
    end = _day_of(pub, month2, int(m["d2"]), year2, future)
    if end is None:
        return None, None, "range"
    year1 = int(m["y1"]) if m["y1"] else end.year - (1 if month1 > month2 else 0)
    start = _safe_date(year1, month1, int(m["d1"]))
    if start is None or start > end:
        # "Dec. 20, 2024 and 1.5 million rounds": a day, then a figure, no range of days
        return None, None, "range"
    return start, end, "range"


def _h_month_range(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    month1, month2 = MONTHS[m["m1"].lower().rstrip(".")], MONTHS[m["m2"].lower().rstrip(".")]
    year2 = int(m["y2"]) if m["y2"] else _month_year(pub, month2, future)
    year1 = int(m["y1"]) if m["y1"] else year2 - (1 if month1 > month2 else 0)
    return date(year1, month1, 1), _month_end(year2, month2), "range"


def _h_day(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    day = _day_of(
        pub,
        MONTHS[m["m"].lower().rstrip(".")],
        int(m["d"]),
        int(m["y"]) if m["y"] else None,
        future,
    )
    return day, day, "day"


def _h_numeric_day(
    m: re.Match[str], pub: date, future: bool, anchor: Interval | None
) -> Interval | None:
    """ "25/10/2024", "25.10.2024", "10/25/2024", "2024-10-25": a day written in digits. With
    slashes the order is read from a part above 12; "05/06/2024" could be either, so it is no
    date (never coded more precisely than it is written)."""
    if m["iso"]:
        year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        year, first, second = int(m["y"]), int(m["a"]), int(m["b"])
        if m["sep"] == ".":
            day, month = first, second  # the dotted form is day first
        elif first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None
    found = _safe_date(year, month, day)
    return (found, found, "day") if found is not None else None


def _h_day_of_month(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    """ "on the 23rd": that day of the publication's month, or of the month before when the
    day is still to come (of the same month when the words look ahead)."""
    day = int(m["d"])
    month_start = pub.replace(day=1)
    if day > pub.day and not future:
        month_start = _add_months(month_start, -1)
    found = _safe_date(month_start.year, month_start.month, day)
    if found is None:
        return None, pub, "range"
    return found, found, "day"


def _h_month(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    month = MONTHS[m["m"].lower().rstrip(".")]
    if m["y"]:
        year = int(m["y"])
    elif m["rel"]:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    else:
        year = _month_year(pub, month, future)
    return date(year, month, 1), _month_end(year, month), "month"


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _h_week_of_month(
    m: re.Match[str], pub: date, future: bool, anchor: Interval | None
) -> Interval:
    """ "in the last week of October": its seven days, no more precise than the words."""
    start, end, _ = _h_month(m, pub, future, anchor)
    if start is None or end is None:
        return start, end, "month"
    which = m["wk"].lower()
    if which in _WEEK_OF_MONTH:
        first = start + timedelta(days=7 * _WEEK_OF_MONTH[which])
        return first, first + timedelta(days=6), "range"
    return end - timedelta(days=6), end, "range"


def _h_year(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    year = int(m["y"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _h_weekday(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    target = WEEKDAYS[m["wd"].lower()]
    which = (m["which"] or "").lower()
    back = (pub.weekday() - target) % 7
    if which == "next" or (future and which != "last"):
        ahead = (target - pub.weekday()) % 7 or 7
        day = pub + timedelta(days=ahead)
    elif which == "last":
        day = pub - timedelta(days=back or 7)
    else:
        day = pub - timedelta(days=back)
    return day, day, "day"


def _h_relative_day(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    word = m["rel"].lower()
    if word.startswith("yesterday") or word == "the day before":
        day = pub - timedelta(days=1)
    elif word.startswith("tomorrow"):
        day = pub + timedelta(days=1)
    else:
        day = pub
    return day, day, "day"


#: The period a "last/this/next" unit starts from, and its precision and length.
_SHIFT = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}


def _unit_bounds(unit: str, pub: date) -> tuple[date, date]:
    """The week (ISO, Monday to Sunday), month or year holding the publication day."""
    if unit == "week":
        monday = _monday(pub)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return pub.replace(day=1), _month_end(pub.year, pub.month)
    return date(pub.year, 1, 1), date(pub.year, 12, 31)


def _shifted(unit: str, pub: date, shift: int) -> Interval:
    """The unit ``shift`` units from the one holding the publication day."""
    if unit == "week":
        start = _monday(pub) + timedelta(weeks=shift)
        return start, start + timedelta(days=6), "week"
    if unit == "month":
        first = _add_months(pub.replace(day=1), shift)
        return first, _month_end(first.year, first.month), "month"
    year = pub.year + shift
    return date(year, 1, 1), date(year, 12, 31), "year"


def _h_relative_unit(
    m: re.Match[str], pub: date, future: bool, anchor: Interval | None
) -> Interval:
    which = re.sub(r"\s+in\s+the$", " this", re.sub(r"\s+", " ", m["which"].lower()))
    unit = m["unit"].lower()
    if which in _SHIFT:
        return _shifted(unit, pub, _SHIFT[which])
    first, last = _unit_bounds(unit, pub)
    if which == "earlier this":
        return _earlier(first, pub)
    if which == "later this":
        return pub, last, "range"
    # "the past week/month/year": back from the publication day
    if unit == "week":
        return pub - timedelta(days=7), pub, "range"
    return _add_months(pub, -1 if unit == "month" else -12), pub, "range"


def _earlier(first: date, pub: date) -> Interval:
    """ "earlier this month": from the first day to the day before publication ("earlier"
    leaves out the day of writing); published on the first day itself, the first day (and
    ``find_dates`` flags the date as ambiguous)."""
    if first >= pub:
        return pub, pub, "range"
    return first, pub - timedelta(days=1), "range"


def _h_weekend(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval:
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    if (m["which"] or "").lower() == "next":
        saturday = pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)
    end = saturday + timedelta(days=1)
    if end > pub and (m["which"] or "").lower() != "next":
        end = pub
    return saturday, end, "range"


def _h_ago(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval | None:
    n = _number(m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit == "day":
        day = pub - timedelta(days=n)
        return day, day, "day"
    if unit == "week":
        monday = _monday(pub - timedelta(weeks=n))
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        first = _add_months(pub.replace(day=1), -n)
        return first, _month_end(first.year, first.month), "month"
    year = pub.year - n
    return date(year, 1, 1), date(year, 12, 31), "year"


def _h_span(m: re.Match[str], pub: date, future: bool, anchor: Interval | None) -> Interval | None:
    n = _number(m["n"]) if m["n"] else 1
    if n is None:
        return None
    start_ref, end_ref = pub, pub
    if anchor is not None and anchor[1] is not None:
        start_ref = anchor[0] or anchor[1]
        end_ref = anchor[1]
    unit = m["unit"].lower()
    if unit == "day":
        start = start_ref - timedelta(days=n)
    elif unit == "week":
        start = start_ref - timedelta(weeks=n)
    elif unit == "month":
        start = _add_months(start_ref, -n)
    else:
        start = _add_months(start_ref, -12 * n)
    return start, end_ref, "range"


_PREP = r"(?:(?i:in|on|during|from|by|until|till|through|before|after|since|as\s+of)\s+)?"

#: What a pattern cannot match without, looked for once per call: most sentences name no
#: month or weekday, and running a pattern that needs one over them is most of the cost.
_MONTH_CUE = re.compile(_month("m"))
_DIGIT_CUE = re.compile(r"\d")
_WEEKDAY_CUE = re.compile(_WEEKDAY)


def _cue_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The cue a pattern needs: a month name, else a weekday, else a digit (None: its own
    words, too varied to test first)."""
    groups = pattern.groupindex
    if any(name in groups for name in ("m", "m1")):
        return _MONTH_CUE
    if "wd" in groups:
        return _WEEKDAY_CUE
    if "y" in groups:
        return _DIGIT_CUE
    return None


_PATTERNS: tuple[tuple[str, re.Pattern[str], Handler], ...] = (
    (
        "date.day_range",
        re.compile(
            rf"(?:(?i:between|from)\s+)?{_month('m1')}\s+{_day('d1')}(?:,\s*{_year('y1')})?"
            rf"\s*(?:(?i:and|to|until|till|through)|-|–)\s*(?:{_month('m2')}\s+)?{_day('d2')}"
            rf"(?:,\s*{_year('y2')})?"
        ),
        _h_day_range,
    ),
    (
        "date.month_range",
        re.compile(
            rf"(?:(?i:in|during|between|from)\s+)?{_month('m1')}(?:\s+{_year('y1')})?"
            rf"\s+(?:(?i:and|to|through|until|till)|-|–)\s+{_month('m2')}(?![\s.]*\d{{1,2}}\b)"
            rf"(?:,?\s+{_year('y2')})?"
        ),
        _h_month_range,
    ),
    (
        "date.day",
        re.compile(rf"{_PREP}{_month('m')}\s+{_day('d')}(?:,\s*{_year('y')})?(?!\d|:\d)"),
        _h_day,
    ),
    (
        "date.day",
        re.compile(rf"{_PREP}{_day('d')}\s+{_month('m')}(?:,?\s+{_year('y')})?"),
        _h_day,
    ),
    (
        "date.numeric",
        re.compile(
            rf"{_PREP}(?<![\d/.-])(?:(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
            r"(?P<y>(?:19|20)\d\d)|(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)))"
            r"(?![\d/.-]\d)"
        ),
        _h_numeric_day,
    ),
    (
        "date.week_of_month",
        re.compile(
            rf"(?:(?i:in|during)\s+)?(?i:the)\s+(?P<wk>(?i:first|second|third|fourth|last|final))"
            rf"\s+(?i:week)\s+(?i:of)\s+{_month('m')}"
            rf"(?:,?\s+{_year('y')}|\s+(?P<rel>(?i:last|this|next))\s+(?i:year))?"
        ),
        _h_week_of_month,
    ),
    (
        "date.month",
        re.compile(
            rf"(?:(?i:in|during|since|by|until|through|from|before|after|early|mid|late|"
            rf"the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?"
            # ("May Chen, the mayor, said": a given name, not the month)
            rf"{_month('m')}(?!(?<=May)\s+[A-Z][a-z])"
            rf"(?:,?\s+{_year('y')}|\s+(?i:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year))?"
        ),
        _h_month,
    ),
    (
        "date.year",
        re.compile(
            rf"(?:(?i:in|during|since|by|until|before|after|early|late|mid)[\s-]+){_year('y')}"
        ),
        _h_year,
    ),
    (
        # "on the 23rd", as some outlets write a day of the current month
        "date.day_of_month",
        re.compile(
            r"(?i:\bon\s+the\s+)(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
            r"(?!\s+(?:century|anniversary|floor|day|time|minute|hour|round|time|of\s))"
        ),
        _h_day_of_month,
    ),
    (
        "date.weekday",
        re.compile(rf"(?:(?P<which>(?i:last|this|next|on|early|late))\s+)?{_WEEKDAY}{_PART}"),
        _h_weekday,
    ),
    (
        "date.relative_day",
        re.compile(
            # ("USA Today", "BBC Today": a name after capitals, not the day)
            r"(?<![A-Z]{2}\s)"
            r"(?P<rel>(?i:(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|"
            r"evening)|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow|the\s+day\s+before"
            r"))(?![\w])"
        ),
        _h_relative_day,
    ),
    (
        "date.weekend",
        re.compile(
            r"(?i:(?:over|during|at|on)\s+(?P<which>the|this|last|next)\s+weekend"
            r"|(?P<which2>last|this|next)\s+weekend)\b"
        ),
        _h_weekend,
    ),
    (
        "date.ago",
        re.compile(rf"(?i:\b(?P<n>{_NUM}|\d+|an?)\s+(?P<unit>day|week|month|year)s?\s+ago)\b"),
        _h_ago,
    ),
    (
        "date.span",
        re.compile(
            rf"(?i:(?:(?:over|in|during|for|within)\s+)?the\s+(?:previous|past|last|preceding)"
            rf"\s+(?:(?P<n>{_NUM}|\d+)\s+)?(?P<unit>day|week|month|year)s?)\b"
            r"(?!\s+(?:of|before|after))"
        ),
        _h_span,
    ),
    (
        "date.relative",
        re.compile(
            r"(?i:\b(?:(?:in|during|over|for)\s+)?(?P<which>last|this|next"
            # "earlier in the week" is "earlier this week"
            r"|earlier\s+(?:this|in\s+the)|later\s+this|the\s+previous"
            r"|the\s+following)\s+(?P<unit>week|month|year))\b"
        ),
        _h_relative_unit,
    ),
)
_CUED_PATTERNS = tuple(
    (rule, pattern, handler, _cue_of(pattern)) for rule, pattern, handler in _PATTERNS
)
_CUES = (_MONTH_CUE, _DIGIT_CUE, _WEEKDAY_CUE)
_SINCE = re.compile(r"(?i:\bsince)\s+$")
#: What every pattern above needs one of (a quick test before running them all).
_ANY_DATE_WORD = re.compile(
    rf"\d|{_month('any_month')}|{_WEEKDAY}"
    r"|(?i:today|tonight|yesterday|tomorrow|day|week|month|year)"
)


def _mention(
    text: str, a: int, b: int, rule: str, resolved: Interval, published_on: date, start: int
) -> DateMention:
    """A resolved date phrase: "since …" runs to publication; vague words are flagged."""
    d_start, d_end, precision = resolved
    flags: tuple[str, ...] = ()
    words = text[a:b]
    since = _SINCE.search(text, max(start, a - 6), a)
    if since is not None or words.lower().startswith("since "):
        if since is not None:
            a = since.start()
        d_end, precision, rule = published_on, "range", "date.since"
    if re.match(r"(?i:early|mid|late)", words):
        flags = ("ambiguous_date",)
    if (
        rule != "date.since"
        and re.search(r"(?i)\bearlier\s+(?:this|in\s+the)\b", words)
        and d_end is not None
        and d_end >= published_on
    ):
        flags = ("ambiguous_date",)  # "earlier this month", written on the 1st
    return DateMention(a, b, text[a:b], d_start, d_end, precision, rule, flags)


_SHORT_MONTH_WORD = re.compile(rf"(?:{_SHORT_MONTHS})")


def _bare_short_month(text: str, match: re.Match[str]) -> bool:
    """Whether a match is a short month name alone ("Vina del Mar", "a Jan Kowalski"), with
    no full stop, day or year beside it: a name, not a date ("Mar. 5", "5 Mar 2024", "in
    Jan." are dates)."""
    words = match.group(0)
    if any(ch.isdigit() for ch in words) or words.endswith("."):
        return False
    found = _SHORT_MONTH_WORD.search(words)
    if found is None or found.end() != len(words):
        return False
    after = text[match.end() : match.end() + 3]
    return not re.match(r"\.|\s*\d", after)


def find_dates(
    text: str,
    published_on: date,
    start: int = 0,
    end: int | None = None,
    *,
    future: bool | None = None,
    anchor: Interval | None = None,
) -> list[DateMention]:
    """Every date phrase in ``text[start:end]``, resolved from ``published_on``.

    ``future`` forces the reading of month and weekday names forward or back (None: decided
    from the words within 50 characters of each date, e.g. "will"). ``anchor`` is the
    interval that "the previous two months" counts back from (the statement's own date; the
    publication day when not given).
    """
    end = len(text) if end is None else end
    if _ANY_DATE_WORD.search(text, start, end) is None:
        return []  # no digit, month, weekday or day word: no pattern can match
    found: list[tuple[int, int, int, str, re.Match[str], Handler]] = []
    cued = {cue: cue.search(text, start, end) is not None for cue in _CUES}
    for order, (rule, pattern, handler, cue) in enumerate(_CUED_PATTERNS):
        if cue is not None and not cued[cue]:
            continue
        for match in pattern.finditer(text, start, end):
            if match.start() > start and text[match.start() - 1].isalnum():
                continue
            if _bare_short_month(text, match):
                continue
            if match.end() < end and text[match.end()].isalnum():
                continue
            found.append((match.start(), match.end(), order, rule, match, handler))
    # longest first, then earliest pattern, then leftmost; keep non-overlapping
    found.sort(key=lambda item: (-(item[1] - item[0]), item[2], item[0]))
    chosen: list[DateMention] = []
    for a, b, _, rule, match, handler in found:
        if any(not (b <= m.start or a >= m.end) for m in chosen):
            continue
        ahead = future
        if ahead is None:  # the words around the date, not the whole sentence
            ahead = is_future_context(text[max(start, a - 50) : min(end, b + 50)])
        resolved = handler(match, published_on, ahead, anchor)
        if resolved is None or resolved[1] is None:
            continue
        chosen.append(_mention(text, a, b, rule, resolved, published_on, start))
    chosen.sort(key=lambda mention: mention.start)
    return _weekday_with_its_date(text, chosen)


def _weekday_with_its_date(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on Friday, 7 February": the weekday names the date written after it, whatever week
    the weekday alone would fall in; one mention of that date."""
    merged: list[DateMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.rule == "date.weekday"
            and mention.precision == "day"
            and mention.rule != "date.weekday"
            and re.fullmatch(r",?\s*(?:the\s+)?", text[before.end : mention.start])
        ):
            merged[-1] = replace(mention, start=before.start, text=text[before.start : mention.end])
            continue
        merged.append(mention)
    return merged
