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

This module keeps :func:`resolve` and the reading of chains and narratives; the rest
lives beside it: :mod:`~tieline.annotate.date_patterns` (the patterns),
:mod:`~tieline.annotate.date_anchors` (each pattern's handler, the date arithmetic,
:class:`~tieline.annotate.date_anchors.Resolved`) and :mod:`~tieline.annotate.date_finding`
(:func:`~tieline.annotate.date_finding.find_expressions`: the spans in running text).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Literal

from .date_anchors import _RULES, _YEARLESS, NARRATIVE_DAYS, Resolved, _Ctx, _number, _safe, _Skip
from .date_patterns import (
    _ANAPHOR,
    _BARE_MONTH,
    _SINCE,
    _START,
    _TRANSLATE,
    _UNIT,
    _WEEKDAY,
    _WEEKDAYS,
)

__all__ = ["CHAIN", "PUBLISHED", "Tense", "anaphor", "month_counted", "narrative", "resolve",
           "yearless"]

Tense = Literal["past", "present", "future"]


_ANAPHOR_OFFSET = {"next": 1, "following": 1, "same": 0, "previous": -1, "preceding": -1}
#: joins an anaphoric phrase to the expression it counts from: "March 1, 2025 … the next day"
CHAIN = " \u2026 "
#: Heads a chain whose first part is the period the page's address states ("published
#: 2019 \u2026 August 29"): a month and day without a year, in a page without a date of its
#: own, read in that year (``published.url_period``).
PUBLISHED = "published "
_PERIOD = re.compile(rf"{PUBLISHED}(?P<y>\d{{4}})(?:-(?P<m>\d\d))?")
_REFERENCE = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


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


