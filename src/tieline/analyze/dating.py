"""A story dates its members: the date a copy's or rewrite's relative phrases are anchored to.

A copy or rewrite published without a date takes its story's original's date; one whose own
page date is more than REPOST_DAYS after the original's is a repost, and its "said Monday"
means the Monday before the original, not before the repost. Either way the article records
that date as ``story_date`` (its basis is "story") and its reports are dated again from their
own words against it. The corpus stage calls ``date_members`` after placing articles in
stories (grouping itself is analyze/stories.py's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..annotate.dates import CHAIN, PUBLISHED, Tense, narrative, yearless
from ..annotate.events import point_in_time
from ..annotate.newsday import NEWSDAY
from ..models import ReportDating

if TYPE_CHECKING:
    from ..store.interface import CorpusStore

#: The basis of a report's date whose month and day its own words tell and whose year is
#: the one its page's dated neighbours agree on (analyze/neighbours.py, ``neighbours_year``).
NEIGHBOURS_YEAR = "neighbours-year"
#: A copy published more than this many days after its original is a repost.
REPOST_DAYS = 2


def story_anchor(published: str | None, original: str | None) -> str | None:
    """Return the date a member's relative phrases anchor to instead of its own date: its
    original's *original* date when it has none or is a repost, else None."""
    if original is None or original == published:
        return None
    if published is None:
        return original
    try:
        late = (date.fromisoformat(published) - date.fromisoformat(original)).days
    except ValueError:
        return None
    return original if late > REPOST_DAYS else None


def redate(status: str, date_text: str | None, basis: str | None, reference: str | None,
           tense: Tense | None = None) -> tuple[str | None, str | None, str | None]:
    """Return a report's (date, precision, basis) from its own words against *reference*,
    read in *tense* (by default: the future for a planned event, else the past). A
    *reference* that is a year only (a page's neighbours', ``NEIGHBOURS_YEAR``) completes a
    month and day (or month) told without a year and nothing else."""
    if reference is not None and len(reference) == 4:
        found = _in_year(status, date_text, reference)
        if found is not None:
            return found
        reference = None  # (a year is no day to count from)
    if date_text:
        tense = tense or ("future" if status == "planned" else "past")
        day, precision = point_in_time(date_text, reference, tense)
        if basis != NEWSDAY:  # (the lede's phrase: still the article's news day)
            basis = "narrative" if reference is None and narrative(date_text) else "text"
        return day, precision, basis if day else None
    if basis == "publication":
        return reference, "day" if reference else None, "publication"
    return None, None, basis


def _in_year(status: str, date_text: str | None, year: str
             ) -> tuple[str | None, str | None, str | None] | None:
    """A report's (date, precision, basis) when its page is dated to *year* only and its
    phrase is a month and day (or month) without a year: read in that year (basis
    NEIGHBOURS_YEAR); None for other phrases (a year is no day: "on Monday", or no phrase at
    all, tells none)."""
    # (a phrase chained to a "since" phrase stands alone: a period's start, not a time told)
    phrase = (date_text or "").rpartition(CHAIN)[2] if (date_text or "").lower().startswith(
        "since ") else date_text or ""
    if not phrase or CHAIN in phrase or not yearless(phrase):
        return None
    day, precision = point_in_time(PUBLISHED + year + CHAIN + phrase, None,
                                   "future" if status == "planned" else "past")
    return (day, precision, NEIGHBOURS_YEAR) if day else (None, None, None)


def date_members(store: CorpusStore, article_ids: Sequence[str]) -> list[str]:
    """Anchor the articles among *article_ids* to their story's date, or back to their own
    when that no longer applies, and date their reports again; return the ids changed."""
    changed = []
    for row in store.story_dating(article_ids):
        anchor = story_anchor(row.published, row.original_published)
        if anchor == row.story_date:
            continue
        store.set_story_date(row.id, anchor)
        redate_reports(store, row.id, anchor or row.published, row.story_date or row.published)
        changed.append(row.id)
    return changed


def redate_reports(store: CorpusStore, article_id: str, reference: str | None,
                   before: str | None, phrased_only: bool = False,
                   keep: Callable[[ReportDating], bool] | None = None) -> None:
    """Date the reports of an article again from their own words against *reference*, its
    new anchor (*before*: the one they were dated against). *phrased_only*: leave the
    reports without a date phrase alone (a page dated by the news it reports, basis
    "coreported", is too loose a date to stand as their day: merging anchors them to it).
    *keep*: only the reports it says yes to."""
    store.set_report_dates([_redated(r, reference, before) for r in store.report_dates(article_id)
                            if (r.date_text or not phrased_only) and (keep is None or keep(r))])


def _redated(r: ReportDating, reference: str | None, before: str | None) -> ReportDating:
    day, precision, basis = redate(r.status, r.date_text, r.date_basis, reference,
                                   _tense_read(r.date, before))
    return ReportDating(r.id, r.status, r.date_text, basis, day, precision)


def _tense_read(day: str | None, reference: str | None) -> Tense | None:
    """The way a report's phrase was read when it was dated against *reference*: ahead of it
    ("future") or back from it ("past"), as its date shows; None when the date does not show
    it (no date, or the reference's own day, month or year). The coder chose it from the
    sentence's verbs ("said on Tuesday that they would meet": the statement's past, though
    the meeting is planned), so dating again keeps it rather than guess from the status."""
    if not day or not reference or day[:len(reference)] == reference[:len(day)]:
        return None  # (the reference's own day, month or year; or a year holding the day)
    return "future" if day > reference[:len(day)] else "past"
