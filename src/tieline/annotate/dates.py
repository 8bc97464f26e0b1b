"""Resolve temporal expressions in news text against the article's publication date.

Standard library only (dateparser leans towards the future and is slow). The news anchoring
rule, with reference = the article's publication date:

- An explicit year always wins ("in September 2020" -> 2020-09 whatever the tense); explicit
  full dates (ISO 2021-01-11, 11.01.2021 day-first, January 11 2021, 11 January 2021, and a
  slashed date only when one reading is valid) need no reference.
- Without a year, a phrase ("on Monday", "May 9", "in September", "New Year's Eve") resolves to
  the nearest matching date ON OR BEFORE the reference for tense "past" and "present" (so a
  weekday or month can be the reference's own), ON OR AFTER it for "future". "since" forces the
  past. "last"/"next" + weekday or month are strict: "last Monday" written on a Monday is a week
  earlier, "next September" written in September is a year later.
- A weekday written with a month and day ("Saturday 12 October", "Monday, March 3") is one
  expression. When the day the tense gives falls on another weekday and the same month and
  day on the other side of the reference, at most NARRATIVE_DAYS away, falls on the weekday
  written, that day is meant: "Saturday 12 October" in a clause without "will" written on
  Wednesday 2 October 2013 is 2013-10-12, not the Friday of 2012.
- A month and day (or a month) that starts a state ("from July 8", "starting July 8") in a
  past or present clause, or told in the present tense ("the trial opens on September 20":
  news tells what is scheduled in the present), is the next such day when that is at most
  NARRATIVE_DAYS ahead of the reference (a ban decreed on June 22 "from July 8" starts that
  July; "opens on September 20" told on July 26 is that September), else the last one.
- "yesterday" (and "last night")/"today"/"tomorrow" -> reference -1/0/+1 day.
  "last/this/next year" -> year precision, "last/this/next month" (and "earlier/later this
  month") -> month precision; "previous" counts as "last", "coming" as "next".
- Weeks are ranges, never one false day: "last/this/next week" and "two weeks ago" give that ISO
  week's Monday with end = its Sunday. "N days ago" -> day, "N months ago" -> month, "N years
  ago" -> year precision.
- "the past N days|weeks|months|years" (and "the past week") is the range ending at the
  reference: "over the past two years" in 2024 -> 2022..2024, precision year.
- Ranges carry ``end``: "January-October 2020" -> 2020-01..2020-10, "between 2018 and 2020"
  -> 2018..2020, "May 9-10, 2024" -> day range, "the 1990s" -> 1990..1999. A range without a
  year is anchored by its end (past) or its start (future).
- Anaphoric phrases count from the date told before them, never from the reference: "the
  next day", "the following day", "that day", "two days later" resolve only when chained to
  that date's phrase ("March 1, 2025 \u2026 the next day", ``CHAIN``); alone they give None.
- A month and day without a year ("On August 29", "May 9-10", "in September") in a text that
  has no date of its own takes its year from the last full date or month and year told before
  it, chained to that date's phrase ("19 October 2022 \u2026 December 20"): HeidelTime's
  reference for narratives, read as the nearest such day (a weekday written with it agreeing)
  and only within NARRATIVE_DAYS of the date told; further away it may be another episode of
  another year ("On March 1, 2025 ... on November 15" is 2024), so it gives None. Given a
  reference, a chained month and day is read against it like any other.
- A month and day chained to the period a page's address states (``PUBLISHED``: "published
  2019 \u2026 August 29", "published 2023-05 \u2026 December 28") is the nearest such day on
  or before the period's end (on or after its start for the future): 2019-08-29, 2022-12-28.
- Not points in time -> None: durations ("four years", "six-week", "three decades"), vague
  phrases ("recent years", "now", "a few days ago"), "in four years" (a duration as often as a
  future date), and anything needing an anchor when the reference is missing or malformed.
  Invalid dates (February 30) -> None, never an exception.
- Holidays: New Year's Eve (Dec 31), New Year's Day (Jan 1), Christmas Eve (Dec 24),
  Christmas (Dec 25), anchored like "May 9" unless a year follows. "2020's" is the possessive
  of a year; "2020s" (no apostrophe) is a decade. Years are 1900-2099 only, so numbers such as
  "1850 troops" are not mistaken for dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

__all__ = ["CHAIN", "PUBLISHED", "Precision", "Resolved", "Tense", "anaphor",
           "find_expressions", "month_counted", "narrative", "resolve", "yearless"]

Precision = Literal["day", "month", "year"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True)
class Resolved:
    """A resolved date ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), or a range when ``end`` is set."""

    date: str
    precision: Precision
    text: str
    end: str | None = None


class _Skip:
    """A pattern matched text that is not what it looks like (e.g. the verb "may")."""


_SKIP = _Skip()
_Result = Resolved | None | _Skip


@dataclass(frozen=True)
class _Ctx:
    phrase: str  # as given, for Resolved.text
    original: str  # whitespace-normalised, same offsets as the lower-cased text matched
    ref: dt.date | None
    future: bool
    # "from July 8", "starting July 8" (when a state begins) or a present tense ("the trial
    # opens on July 8"): a month and day shortly ahead is meant, not last year's
    ahead: bool = False



# --- regex building blocks ---
# Text is matched lower-cased (ASCII only) and with plain quotes and hyphens: one character for
# one keeps every offset, and case-sensitive patterns run ~2.5x faster than re.IGNORECASE.
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-",
                            "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                            **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}})
_FULL_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
                "|december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "|".join(_WEEKDAYS)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_NUM = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_COMMA = r"(?:\s*,\s*|\s+)"
_TO = r"(?:\s*-\s*|\s+(?P<sep>to|through|until|till|and)\s+)"


def _mon(g: str) -> str:
    abbr = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
    return rf"\b(?P<{g}>(?:{_FULL_MONTHS})\b|{abbr})"


def _day(g: str) -> str:
    return rf"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?\b"


def _yr(g: str) -> str:
    return rf"(?<![\d.,$])(?P<{g}>(?:19|20)\d\d)(?![\d%]|[.,]\d|\s*per\s*cent)"


_FULL = re.compile(
    r"(?<![\d.,/-])(?P<iy>(?:19|20)\d\d)(?P<isep>[-/])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)"
    r"(?!\d)"
    r"|(?<![\d.,])(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d/])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<sy>(?:19|20)\d\d)(?!\d)"
    rf"|(?:\b(?:{_WD}){_COMMA})?{_mon('mon_f1')}\s*{_day('d1')}{_COMMA}{_yr('y1')}"
    rf"|(?:\b(?:{_WD}){_COMMA})?(?<![\d.,]){_day('d2')}\s+(?:of\s+)?{_mon('mon_f2')}"
    rf"{_COMMA}{_yr('y2')}")
_DAY_RANGE = re.compile(
    rf"{_mon('mon_r1')}\s*{_day('ra')}\s*-\s*{_day('rb')}(?:{_COMMA}{_yr('ry')})?"
    rf"|(?<![\d.,]){_day('rc')}\s*-\s*{_day('rd')}\s+{_mon('mon_r2')}(?:{_COMMA}{_yr('rz')})?")
_MONTH_RANGE = re.compile(
    rf"(?:\b(?P<kw>between|from)\s+)?{_mon('mon_a')}(?:\s+{_yr('ya')})?{_TO}"
    rf"{_mon('mon_b')}(?:{_COMMA}{_yr('yb')})?")
_YEAR_RANGE = re.compile(
    rf"(?:\b(?P<kw>between|from)\s+)?{_yr('ya')}{_TO}"
    r"(?P<yb>(?:19|20)\d\d|\d\d)(?!\d|[.,]\d)")
_MONTH_YEAR = re.compile(rf"{_mon('mon_y')}(?:\s+of)?{_COMMA}{_yr('y')}")
_HOLIDAY = re.compile(
    r"\b(?P<hol>new\s+year'?s\s+eve|new\s+year'?s\s+day|christmas\s+eve|christmas(?:\s+day)?)\b"
    rf"(?:{_COMMA}{_yr('y')})?")
_DAY_WORD = re.compile(
    r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|last\s+night|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b")
_UNITS = r"(?P<u>minute|hour|day|week|month|year|decade)s?\b"
_AGO = re.compile(rf"(?<![\d.,])\b(?P<n>{_NUM})\s+{_UNITS}\s+ago\b")
_PAST_N = re.compile(rf"\b(?:past|last|previous)\s+(?P<n>{_NUM})\s+{_UNITS}")
_UNIT = re.compile(
    r"\b(?:(?:earlier|later)\s+)?(?P<mod>last|next|this|past|coming|previous|current)"
    r"\s+(?P<u>week|month|year)\b")
_MONTH_DAY = re.compile(
    rf"(?:\b(?P<wd_md>{_WD}){_COMMA}(?:the\s+)?)?"
    rf"(?:{_mon('mon_d1')}\s*{_day('d1')}(?!\s*-\s*\d)"
    rf"|(?<![\d.,]){_day('d2')}\s+(?:of\s+)?{_mon('mon_d2')})")
_DECADE = re.compile(r"(?<![\d.,])\b(?P<dec>(?:19|20)\d0)s\b")
#: A weekend, Saturday and Sunday: "over the weekend", "this weekend", "last weekend" ("next
#: weekend" is left alone: said on a weekday it is this week's or the following one's; "the
#: weekend of June 5" is the date it names; "The Weekend Australian" is a newspaper).
_WEEKEND = re.compile(r"\b(?:(?P<mod>last|past|this|coming|the)\s+|over\s+the\s+)weekend\b"
                      r"(?!\s+(?:of|edition|australian|magazine|supplement)\b)")
_YEAR = re.compile(_yr("y"))
_BARE_MONTH = re.compile(rf"\b(?:(?P<mod>last|next|this)\s+)?(?P<mon_bare>{_FULL_MONTHS})\b")
_WEEKDAY = re.compile(rf"\b(?:(?P<mod>last|next|this|past|coming)\s+)?(?P<wd>{_WD})\b")
_SINCE = re.compile(r"\bsince\b")
_START = re.compile(r"(?:from|starting(?:\s+from)?|beginning|effective|as\s+of)\s")
_ANAPHOR = re.compile(
    rf"\b(?:(?:the\s+)?(?:very\s+)?(?P<rel>next|following|same|previous|preceding)\s+day"
    rf"|that\s+(?:same\s+|very\s+)?day|(?P<n>{_NUM})\s+days?\s+(?P<dir>later|earlier)"
    # a part of the day told before: "that night", "earlier in the day", "later that day";
    # of the one after it: "the next morning"; of the one before it: "the night before",
    # standing alone (not "the day before the vote", a time before another event)
    # ("that night" only where "that" cannot open a clause: "said that night patrols ...")
    r"|(?:(?:later|earlier|late|early|by|until)\s+|^|(?<=[.!?;:]\s)|(?<=\n))"
    r"that\s+(?:same\s+)?(?:morning|afternoon|evening|night)"
    r"|that\s+(?:same\s+)?(?:morning|afternoon|evening|night)(?=\s*(?:[,.;:!?)]|$))"
    r"|(?:earlier|later)\s+(?:in\s+)?(?:the|that)\s+day"
    r"|(?:the\s+)?(?P<next1>next|following)\s+(?:morning|afternoon|evening|night)"
    r"|the\s+(?P<prev1>day|night|evening)\s+before(?=\s*(?:[,.;:!?)]|$)))\b")
_ANAPHOR_OFFSET = {"next": 1, "following": 1, "same": 0, "previous": -1, "preceding": -1}
#: joins an anaphoric phrase to the expression it counts from: "March 1, 2025 … the next day"
CHAIN = " \u2026 "
#: Heads a chain whose first part is the period the page's address states ("published
#: 2019 \u2026 August 29"): a month and day without a year, in a page without a date of its
#: own, read in that year (``published.url_period``).
PUBLISHED = "published "
_PERIOD = re.compile(rf"{PUBLISHED}(?P<y>\d{{4}})(?:-(?P<m>\d\d))?")
#: How far from the full date told before it a month and day without a year may be to take
#: the year that puts it nearest that date (see ``narrative``): about three months.
NARRATIVE_DAYS = 92
_REFERENCE = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")
_MAX_DAY = {m: calendar.monthrange(2000, m)[1] for m in range(1, 13)}
_MONTH_NUM = {name[:3]: i for i, name in enumerate(_FULL_MONTHS.split("|"), 1)}
_DAY_WORD_OFFSET = {"the day before yesterday": -2, "yesterday": -1, "last night": -1,
                    "tomorrow": 1, "the day after tomorrow": 2}  # today, tonight, this morning: 0
_HOLIDAYS = {"new years eve": (12, 31), "new years day": (1, 1), "christmas eve": (12, 24),
             "christmas": (12, 25), "christmas day": (12, 25)}


# --- date arithmetic ---
def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(token: str) -> int:
    return _MONTH_NUM[token[:3]]


def _add_months(d: dt.date, n: int) -> dt.date | None:
    year, month = divmod(d.year * 12 + d.month - 1 + n, 12)
    return _safe(year, month + 1, 1)


def _anchor_day(month: int, day: int, ref: dt.date, future: bool) -> dt.date | None:
    if not 1 <= day <= _MAX_DAY[month]:
        return None
    step = 1 if future else -1
    for k in range(9):  # February 29 recurs within eight years
        d = _safe(ref.year + step * k, month, day)
        if d is not None and (d >= ref if future else d <= ref):
            return d
    return None


def _anchor_month(month: int, ref: dt.date, future: bool, strict: bool = False) -> dt.date:
    if future:
        later = month > ref.month or (month == ref.month and not strict)
        return dt.date(ref.year if later else ref.year + 1, month, 1)
    earlier = month < ref.month or (month == ref.month and not strict)
    return dt.date(ref.year if earlier else ref.year - 1, month, 1)


def _fmt(d: dt.date, precision: Precision) -> str:
    return d.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]


def _make(d: dt.date | None, precision: Precision, c: _Ctx, end: dt.date | None = None,
          ) -> Resolved | None:
    if d is None:
        return None
    return Resolved(_fmt(d, precision), precision, c.phrase, _fmt(end, precision) if end else None)


def _range(a: dt.date | None, b: dt.date | None, precision: Precision, c: _Ctx) -> _Result:
    return _make(a, precision, c, b) if a is not None and b is not None and a <= b else None


def _week(d: dt.date, c: _Ctx) -> Resolved | None:
    monday = d - dt.timedelta(days=d.weekday())
    return _make(monday, "day", c, monday + dt.timedelta(days=6))


def _year(year: int) -> dt.date | None:
    return _safe(year, 1, 1)


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


# --- handlers: one per pattern; ``_SKIP`` lets a later pattern try ---
def _full_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    if g["iy"]:
        return _safe(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g["dy"]:
        return _safe(int(g["dy"]), int(g["dm"]), int(g["dd"]))
    if g["sy"]:  # slashed: accept only when month-first and day-first readings agree
        y, a, b = int(g["sy"]), int(g["sa"]), int(g["sb"])
        readings = {d for d in (_safe(y, a, b), _safe(y, b, a)) if d is not None}
        return readings.pop() if len(readings) == 1 else None
    if g["y1"]:
        return _safe(int(g["y1"]), _month(g["mon_f1"]), int(g["d1"]))
    return _safe(int(g["y2"]), _month(g["mon_f2"]), int(g["d2"]))


def _h_full(m: re.Match[str], c: _Ctx) -> _Result:
    return _make(_full_date(m), "day", c)


def _h_day_range(m: re.Match[str], c: _Ctx) -> _Result:
    g = m.groupdict()
    mon, a, b, y = ((g["mon_r1"], g["ra"], g["rb"], g["ry"]) if g["mon_r1"]
                    else (g["mon_r2"], g["rc"], g["rd"], g["rz"]))
    month = _month(mon)
    if y:
        start = _safe(int(y), month, int(a))
    elif c.ref is not None:
        start = _anchor_day(month, int(a), c.ref, c.future)
    else:
        return None
    if start is None:
        return None
    return _range(start, _safe(start.year, month, int(b)), "day", c)


def _h_month_range(m: re.Match[str], c: _Ctx) -> _Result:
    g = m.groupdict()
    if g["sep"] == "and" and g["kw"] != "between":
        return _SKIP
    ma, mb = _month(g["mon_a"]), _month(g["mon_b"])
    ya, yb = (int(g["ya"]) if g["ya"] else None), (int(g["yb"]) if g["yb"] else None)
    wraps = int(mb < ma)  # "November-February" crosses a new year
    if ya is None and yb is None:
        if c.ref is None:
            return None
        if c.future:
            ya = _anchor_month(ma, c.ref, True).year
        else:
            yb = _anchor_month(mb, c.ref, False).year
    if ya is None and yb is not None:
        ya = yb - wraps
    elif yb is None and ya is not None:
        yb = ya + wraps
    if ya is None or yb is None:
        return None
    return _range(_safe(ya, ma, 1), _safe(yb, mb, 1), "month", c)


def _h_year_range(m: re.Match[str], c: _Ctx) -> _Result:
    g = m.groupdict()
    sep, kw, a = g["sep"] or "-", g["kw"], int(g["ya"])
    if (sep == "and" and kw != "between") or (len(g["yb"]) == 2 and sep != "-"):
        return _SKIP
    b = int(g["yb"]) if len(g["yb"]) == 4 else a // 100 * 100 + int(g["yb"])
    return _make(_year(a), "year", c, _year(b)) if b > a else _SKIP


def _h_month_year(m: re.Match[str], c: _Ctx) -> _Result:
    return _make(_safe(int(m["y"]), _month(m["mon_y"]), 1), "month", c)


def _h_holiday(m: re.Match[str], c: _Ctx) -> _Result:
    month, day = _HOLIDAYS[" ".join(m["hol"].replace("'", "").split())]
    if m["y"]:
        return _make(_safe(int(m["y"]), month, day), "day", c)
    if c.ref is None:
        return None
    return _make(_anchor_day(month, day, c.ref, c.future), "day", c)


def _h_day_word(m: re.Match[str], c: _Ctx) -> _Result:
    if c.ref is None:
        return None
    word = " ".join(m["w"].split())
    return _make(c.ref + dt.timedelta(days=_DAY_WORD_OFFSET.get(word, 0)), "day", c)


def _h_ago(m: re.Match[str], c: _Ctx) -> _Result:
    if c.ref is None:
        return None
    n, unit = _number(m["n"]), m["u"]
    if unit in ("minute", "hour"):
        return _make(c.ref, "day", c)
    if unit == "day":
        return _make(c.ref - dt.timedelta(days=n), "day", c)
    if unit == "week":
        return _week(c.ref - dt.timedelta(weeks=n), c)
    if unit == "month":
        return _make(_add_months(c.ref, -n), "month", c)
    return _make(_year(c.ref.year - n * (10 if unit == "decade" else 1)), "year", c)


def _h_past_n(m: re.Match[str], c: _Ctx, n: int | None = None) -> _Result:
    if c.ref is None:
        return None
    n, unit, ref = n or _number(m["n"]), m["u"], c.ref
    if unit in ("minute", "hour", "day", "week"):
        days = {"minute": 0, "hour": 0, "day": n, "week": 7 * n}[unit]
        return _range(ref - dt.timedelta(days=days), ref, "day", c)
    if unit == "month":
        return _range(_add_months(ref, -n), ref, "month", c)
    return _range(_year(ref.year - n * (10 if unit == "decade" else 1)), ref, "year", c)


def _h_unit(m: re.Match[str], c: _Ctx) -> _Result:
    if c.ref is None:
        return None
    mod, unit = m["mod"], m["u"]
    if mod == "past":
        return _h_past_n(m, c, 1)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(mod, 0)
    if unit == "week":
        return _week(c.ref + dt.timedelta(weeks=step), c)
    if unit == "month":
        return _make(_add_months(c.ref, step), "month", c)
    return _make(_year(c.ref.year + step), "year", c)


def _h_month_day(m: re.Match[str], c: _Ctx) -> _Result:
    if c.ref is None:
        return None
    mon, day = (m["mon_d1"], m["d1"]) if m["mon_d1"] else (m["mon_d2"], m["d2"])
    found = _anchor_day(_month(mon), int(day), c.ref, c.future)
    if c.ahead and not c.future:  # "banned flights from July 8", told on June 22: a start
        ahead = _anchor_day(_month(mon), int(day), c.ref, True)  # set shortly ahead
        if ahead is not None and (ahead - c.ref).days <= NARRATIVE_DAYS:
            found = ahead
    if m["wd_md"] and found is not None:
        found = _weekday_agrees(found, _WEEKDAYS.index(m["wd_md"]), c)
    return _make(found, "day", c)


def _weekday_agrees(found: dt.date, weekday: int, c: _Ctx) -> dt.date:
    """The day a weekday written with a month and day points to ("Saturday 8 October" told
    on September 28, in a clause with no "will"): when the day the tense gives falls on
    another weekday and the same month and day on the other side of the reference, at most
    NARRATIVE_DAYS away, falls on the weekday written, that one. A weekday agrees by chance
    one time in seven, so agreement is the writer's word for which of the two is meant;
    when neither agrees the tense's reading stays (a slip of the writer's)."""
    if found.weekday() == weekday or c.ref is None:
        return found
    other = _anchor_day(found.month, found.day, c.ref, found < c.ref)
    if other is not None and other.weekday() == weekday and \
            abs((other - c.ref).days) <= NARRATIVE_DAYS:
        return other
    return found


def _h_decade(m: re.Match[str], c: _Ctx) -> _Result:
    start = int(m["dec"])
    return _make(_year(start), "year", c, _year(start + 9))


def _h_year(m: re.Match[str], c: _Ctx) -> _Result:
    return _make(_year(int(m["y"])), "year", c)


def _h_bare_month(m: re.Match[str], c: _Ctx) -> _Result:
    token, mod = m["mon_bare"], m["mod"] or ""
    if token in ("may", "march") and c.original[m.start("mon_bare")].islower():
        return _SKIP  # the verbs
    if c.ref is None:
        return None
    month = _month(token)
    if mod == "this":
        return _make(dt.date(c.ref.year, month, 1), "month", c)
    future = {"last": False, "next": True}.get(mod, c.future)
    found = _anchor_month(month, c.ref, future, strict=bool(mod))
    if c.ahead and not future and not mod:  # "banned flights from July", told on June 22
        ahead = _anchor_month(month, c.ref, True, strict=True)  # a start set shortly ahead
        if (ahead - c.ref).days <= NARRATIVE_DAYS:
            found = ahead
    return _make(found, "month", c)


def _h_weekday(m: re.Match[str], c: _Ctx) -> _Result:
    if c.ref is None:
        return None
    mod, wd = m["mod"] or "", _WEEKDAYS.index(m["wd"])
    future = {"last": False, "past": False, "next": True, "coming": True}.get(mod, c.future)
    strict = mod in ("last", "past", "next", "coming")
    delta = (wd - c.ref.weekday()) % 7 if future else (c.ref.weekday() - wd) % 7
    delta = 7 if strict and delta == 0 else delta
    return _make(c.ref + dt.timedelta(days=delta if future else -delta), "day", c)


def _h_weekend(m: re.Match[str], c: _Ctx) -> _Result:
    """A weekend (Saturday to Sunday, a range): the one holding or ending before the
    reference when told in the past ("over the weekend"), the one holding or starting after
    it in the future ("this weekend" in a plan); "last" and "past" the one before, "coming"
    the one after."""
    if c.ref is None:
        return None
    mod = m["mod"] or ""
    future = {"last": False, "past": False, "coming": True}.get(mod, c.future)
    saturday = c.ref - dt.timedelta(days=(c.ref.weekday() - 5) % 7)  # on or before the ref
    if mod in ("last", "past") and c.ref.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)  # "last weekend" said on a weekend: the one before
    elif future and c.ref.weekday() < 5:
        saturday += dt.timedelta(weeks=1)  # ahead of a weekday: the coming one
    return _make(saturday, "day", c, saturday + dt.timedelta(days=1))


_Handler = Callable[[re.Match[str], _Ctx], _Result]
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_FULL, _h_full), (_DAY_RANGE, _h_day_range), (_MONTH_RANGE, _h_month_range),
    (_YEAR_RANGE, _h_year_range), (_MONTH_YEAR, _h_month_year), (_HOLIDAY, _h_holiday),
    (_DAY_WORD, _h_day_word), (_AGO, _h_ago), (_PAST_N, _h_past_n), (_UNIT, _h_unit),
    (_MONTH_DAY, _h_month_day), (_DECADE, _h_decade), (_YEAR, _h_year),
    (_BARE_MONTH, _h_bare_month), (_WEEKDAY, _h_weekday), (_WEEKEND, _h_weekend),
)
#: what a year told before can complete: a month and day, a range of them, a holiday, a month
_YEARLESS = (_DAY_RANGE, _MONTH_RANGE, _HOLIDAY, _MONTH_DAY, _BARE_MONTH)


def _parse_reference(reference: str | None) -> dt.date | None:
    m = _REFERENCE.match(reference or "")
    d = _safe(int(m[1]), int(m[2]), int(m[3])) if m else None
    return d if d is not None and 1000 <= d.year <= 8999 else None  # room for date arithmetic


def resolve(phrase: str, reference: str | None, tense: Tense = "past") -> Resolved | None:
    """Resolve one temporal phrase against the publication date ``reference`` (YYYY-MM-DD).

    Returns None for durations, vague phrases, invalid dates, and phrases that need an anchor
    when ``reference`` is None or malformed. See the module docstring for the rules.
    """
    return _resolve(phrase, reference, tense)


def anaphor(phrase: str) -> bool:
    """Say whether *phrase* counts from a date told before it ("the next day", "that day",
    "two days later") rather than from the time of writing."""
    return _ANAPHOR.search(" ".join(phrase.split()).translate(_TRANSLATE)) is not None


def yearless(phrase: str) -> bool:
    """Say whether *phrase* is a month and day, a day range or a month without a year and
    without a word that counts from the time of writing ("August 29", "May 9-10", "in
    September", but not "last September" or "August 29, 2019"): the phrases a year told
    before them in the text can complete (see ``narrative``)."""
    return _in_year(phrase, 2000) is not None and _resolve(phrase, None, "past") is None


def month_counted(phrase: str | None) -> bool:
    """Say whether *phrase* is a month counted from the time of writing ("this month", "last
    month", "earlier this month"): a reference a day or two off gives it the same month,
    except on a month's first or last days."""
    text = " ".join((phrase or "").split()).translate(_TRANSLATE)
    m = _UNIT.fullmatch(text.removeprefix("the "))
    return m is not None and m["u"] == "month" and m["mod"] != "past"


def narrative(phrase: str) -> bool:
    """Say whether *phrase* is a month and day chained to the full date told before it
    ("19 October 2022 \u2026 December 20"): its year is the text's, not the writing's."""
    before, _, after = phrase.rpartition(CHAIN)
    return bool(before) and not anaphor(after)


def _in_year(phrase: str, year: int) -> Resolved | None:
    """Resolve a year-less month and day (or day range, holiday, bare month) in *year*."""
    original = " ".join(phrase.split())
    text = original.translate(_TRANSLATE)
    ctx = _Ctx(phrase.strip(), original, dt.date(year, 12, 31), False)
    for pattern, handler in _RULES:
        m = pattern.search(text)
        if m is None:
            continue
        result = handler(m, ctx)
        if isinstance(result, _Skip):
            continue
        if pattern not in _YEARLESS or (pattern is _BARE_MONTH and m["mod"]):
            return None  # needs the time of writing ("today", "last May") or has a year
        return result
    return None


def _narrative_day(before: Resolved, after: str) -> Resolved | None:
    """A month and day in the year that puts it nearest the date told before it, when that is
    at most NARRATIVE_DAYS away (then every other year is nine months further: no doubt)."""
    if before.precision == "year":
        return None  # "the 2008 war", "since 2014": a year alone is too often background
    told = _start(before)
    found = [r for y in (told.year - 1, told.year, told.year + 1)
             if (r := _in_year(after, y)) is not None]
    if not found:
        return None
    nearest = min(found, key=lambda r: abs((_start(r) - told).days))
    if abs((_start(nearest) - told).days) > NARRATIVE_DAYS:
        return None  # months from the date told: another episode, of a year not told
    wd = _WEEKDAY.search(" ".join(after.split()).translate(_TRANSLATE))
    if wd is not None and nearest.precision == "day" and \
            _start(nearest).weekday() != _WEEKDAYS.index(wd["wd"]):
        return None  # "Tuesday, July 9" in a year where July 9 is not a Tuesday
    return nearest


def _period_day(period: re.Match[str], after: str, tense: Tense) -> Resolved | None:
    """A month and day without a year read in the period the page was published in: the
    nearest such day on or before its end (after its start for what is planned). With a year
    only, that is the year itself: a page of early January telling of late December is the
    one case it misreads, rarer than the dates it recovers."""
    year, month = int(period["y"]), int(period["m"] or 0)
    if not yearless(after) or month > 12 or not 1000 <= year <= 8999:
        return None  # "Monday", "today": a day the period does not tell
    first = dt.date(year, month or 1, 1)
    last = dt.date(year, month or 12, calendar.monthrange(year, month or 12)[1])
    if tense == "future":
        return _resolve(after, first.isoformat(), "future")
    return _resolve(after, last.isoformat(), "past")


def _start(r: Resolved) -> dt.date:
    """The first day of a resolved date or range."""
    return dt.date.fromisoformat({10: r.date, 7: r.date + "-01"}.get(len(r.date),
                                                                      r.date + "-01-01"))


def _resolve_chain(phrase: str, reference: str | None, tense: Tense) -> Resolved | None:
    before, _, after = phrase.rpartition(CHAIN)
    m = _ANAPHOR.search(" ".join(after.split()).translate(_TRANSLATE))
    if m is None:  # a month and day completed by the year told before it
        own = _resolve(after, reference, tense)
        if own is not None or _parse_reference(reference) is not None:
            return None if own is None else Resolved(own.date, own.precision, phrase.strip(),
                                                     own.end)
        period = _PERIOD.fullmatch(before)
        base = None if period else _resolve(before, None, tense)
        found = _period_day(period, after, tense) if period else \
            _narrative_day(base, after) if base is not None else None
        return None if found is None else Resolved(found.date, found.precision,
                                                   phrase.strip(), found.end)
    base = _resolve(before, reference, tense)
    if base is None or base.precision != "day" or base.end is not None:
        return None
    days = (_ANAPHOR_OFFSET[m["rel"]] if m["rel"] else 1 if m["next1"] else
            -1 if m["prev1"] else
            0 if m["n"] is None else _number(m["n"]) * (1 if m["dir"] == "later" else -1))
    d = dt.date.fromisoformat(base.date) + dt.timedelta(days=days)
    return Resolved(d.isoformat(), "day", phrase.strip())


@lru_cache(maxsize=8192)
def _resolve(phrase: str, reference: str | None, tense: Tense) -> Resolved | None:
    if CHAIN in phrase:
        return _resolve_chain(phrase, reference, tense)
    original = " ".join(phrase.split())
    text = original.translate(_TRANSLATE)
    since = _SINCE.search(text) is not None
    ctx = _Ctx(phrase.strip(), original, _parse_reference(reference),
               tense == "future" and not since,
               _START.match(text) is not None or (tense == "present" and not since))
    for pattern, handler in _RULES:
        m = pattern.search(text)
        if m is not None:
            result = handler(m, ctx)
            if not isinstance(result, _Skip):
                return result
    return None


# --- finding expressions in running text ---
# a span takes in the words before it that change its meaning ("since", "last"), not the
# neutral ones that only show that a date follows ("in", "on")
_KEEP = r"since|until|till|by|from|early|late|last|next|this"
_NEUTRAL = r"in|on|for|to|during|of|before|after|around|through|throughout"
_KEEP_BEFORE = re.compile(rf"(?:\b(?:{_KEEP})\s+|\bmid-)$")
_FIND_MONTH = re.compile(rf"(?:\b(?:{_KEEP}|{_NEUTRAL})\s+|\bmid-)(?P<x>{_FULL_MONTHS})\b")
_FIND_YEAR = re.compile(
    rf"(?:\b(?:{_KEEP}|{_NEUTRAL}|the|circa|end\s+of)\s+|\bmid-){_yr('x')}|{_yr('x2')}(?='s\b)")
_DUMMY = _Ctx("", "", dt.date(2000, 1, 1), False)
_FIND_RULES: tuple[tuple[re.Pattern[str], _Handler | None], ...] = (
    *((p, h) for p, h in _RULES if p not in (_YEAR, _BARE_MONTH)),
    (_FIND_MONTH, None), (_FIND_YEAR, None), (_ANAPHOR, None),
)
# What a pattern cannot match without (a year's digits, the first letters of a month, ...):
# a text without it is not searched with that pattern. Most sentences hold no date, and
# searching them with every pattern was most of the time spent finding expressions. A
# pattern not listed is always searched; one widened must keep its entry true (the tests
# check every entry on the phrases they find).
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_MONTH_LETTERS = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_DAY_LETTERS = re.compile(r"day")
_NEEDS: dict[re.Pattern[str], re.Pattern[str]] = {
    **dict.fromkeys((_FULL, _YEAR_RANGE, _MONTH_YEAR, _DECADE, _FIND_YEAR), _YEAR_DIGITS),
    **dict.fromkeys((_DAY_RANGE, _MONTH_RANGE, _MONTH_DAY, _FIND_MONTH), _MONTH_LETTERS),
    _WEEKDAY: _DAY_LETTERS,
    _ANAPHOR: re.compile(r"day|morning|afternoon|evening|night"),
    _HOLIDAY: re.compile(r"christmas|new\s+year"),
    _DAY_WORD: re.compile(r"day|night|tomorrow|this"),
    _AGO: re.compile(r"ago"),
    _PAST_N: re.compile(r"past|last|previous"),
    _UNIT: re.compile(r"week|month|year"),
    _WEEKEND: re.compile(r"weekend"),
}


def _capitalised(m: re.Match[str], pattern: re.Pattern[str], text: str) -> bool:
    names = [k for k, v in m.groupdict().items() if v and k.startswith(("mon_", "wd"))]
    if pattern is _FIND_MONTH:
        names.append("x")
    return all(text[m.start(k)].isupper() for k in names)


def _span(m: re.Match[str], text: str) -> tuple[int, int]:
    groups = m.groupdict()
    start = next((m.start(k) for k in ("x", "x2") if groups.get(k)), m.start())
    keep = _KEEP_BEFORE.search(text, max(0, start - 8), start)
    return (keep.start() if keep else start), m.end()


def find_expressions(text: str) -> list[tuple[int, int]]:
    """Return the character spans of temporal expressions in ``text``, in text order.

    Spans leave out neutral prepositions ("in", "on") and keep words that change the meaning
    ("since", "last", "between"). Month and weekday names must be capitalised, and a month name
    alone needs a preposition before it, so "may" the verb and "4 percent" never match.
    """
    return list(_find_expressions(text))


def _searched_rules(norm: str) -> list[tuple[re.Pattern[str], _Handler | None]]:
    """The patterns that may match in *norm* (lower-cased, see ``_TRANSLATE``): those whose
    ``_NEEDS`` it holds, each looked for once."""
    held: dict[re.Pattern[str], bool] = {}
    out = []
    for pattern, handler in _FIND_RULES:
        need = _NEEDS.get(pattern)
        if need is not None and need not in held:
            held[need] = need.search(norm) is not None
        if need is None or held[need]:
            out.append((pattern, handler))
    return out


@lru_cache(maxsize=4096)
def _find_expressions(text: str) -> tuple[tuple[int, int], ...]:
    """find_expressions, kept for the texts seen last: the coder asks twice of a sentence
    (its events' dates, then its paragraph's reference time), and copies repeat sentences."""
    norm = text.translate(_TRANSLATE)
    candidates: set[tuple[int, int]] = set()
    for pattern, handler in _searched_rules(norm):
        for m in pattern.finditer(norm):
            if _capitalised(m, pattern, text) and (
                    handler is None or not isinstance(handler(m, _DUMMY), _Skip)):
                candidates.add(_span(m, norm))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda s: (s[0] - s[1], s[0])):  # longest first
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return tuple(sorted(chosen))
