"""Anchoring: each pattern's handler turns a match into a date against the reference.

One handler per pattern of :mod:`tieline.annotate.date_patterns` (``_RULES``, in the order
they are tried; ``_SKIP`` lets a later pattern try), with the date arithmetic they share: a
month and day anchored on or before the reference (after it for the future), a weekday
written with a month and day agreeing, a start shortly ahead ("from July 8"), weeks and
weekends as ranges. :class:`Resolved` is what they give (see :mod:`tieline.annotate.dates`
for the rules).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .date_patterns import (
    _AGO,
    _BARE_MONTH,
    _DAY_RANGE,
    _DAY_WORD,
    _DAY_WORD_OFFSET,
    _DECADE,
    _FULL,
    _HOLIDAY,
    _HOLIDAYS,
    _MAX_DAY,
    _MONTH_DAY,
    _MONTH_NUM,
    _MONTH_RANGE,
    _MONTH_YEAR,
    _NUMBER_WORDS,
    _PAST_N,
    _UNIT,
    _WEEKDAY,
    _WEEKDAYS,
    _WEEKEND,
    _YEAR,
    _YEAR_RANGE,
)

Precision = Literal["day", "month", "year"]


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


#: How far from the full date told before it a month and day without a year may be to take
#: the year that puts it nearest that date (see ``narrative``): about three months.
NARRATIVE_DAYS = 92


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
