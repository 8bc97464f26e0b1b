"""A chronology's date headings date the entries under them.

Pages that keep a record of incidents (a log of arrests, a timeline, a live page) head each
entry with a line that is nothing but its day ("1 November 2022", "Monday, June 24, 2019") and
tell the entry below it without repeating the day: "Three citizens were detained near the
village." A report there with no date of its own happened on its heading's day, and left
undated it would be merged with a dated entry of the same kind on the page and take that
entry's day. One such line alone is a page's stamp (the day it was published, which says
nothing of when what it tells happened), so only a page with at least HEADINGS of them is read
as a chronology. Only reports of what happened take the heading's day: a plan told under it
is for later, and a photo's caption is no entry.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..models import Article, Report
from . import date_finding, dates
from .published import caption

#: Date lines a page needs before they count as the headings of its entries, not its stamp.
HEADINGS = 2
_LINE = re.compile(r"[^\n]+")
_TRIM = " \t\u00a0.,:;–—-"
#: How an entry's sentence ends; a line without it is a title (a list of links, each with
#: its day under it, is no chronology of entries).
_CLOSED = (".", "!", "?", '"', "”", "’", "'", ")")


def heading_days(text: str) -> list[tuple[int, str, str]]:
    """Return (offset, day, words) for each line of *text* that is one full date and nothing
    else, in text order: the date headings of a chronology (a day needing no anchor)."""
    found = []
    for m in _LINE.finditer(text):
        line = m.group(0).strip(_TRIM)
        if not line or len(line) > 40 or not any(c.isdigit() for c in line):
            continue
        spans = date_finding.find_expressions(line)
        if len(spans) != 1 or line[:spans[0][0]].strip(_TRIM) or \
                line[spans[0][1]:].strip(_TRIM):
            continue
        when = dates.resolve(line, None)
        if when is not None and when.precision == "day" and when.end is None:
            found.append((m.start(), when.date, line))
    return found


def date_by_headings(article: Article) -> Article:
    """Return *article* with each undated report of what happened dated by the date heading
    above its sentence, when the page is a chronology (headings of at least HEADINGS days: a
    stamp printed twice is one day)."""
    headings = heading_days(article.text)
    if len({day for _, day, _ in headings}) < HEADINGS or \
            not any(_open(e) for e in article.events):
        return article
    starts = [h[0] for h in headings]
    events = tuple(_dated(e, headings, starts) if _open(e) else e for e in article.events)
    return article.evolve(events=events)


def _open(event: Report) -> bool:
    """Say whether *event* is a report of what happened with no date of its own, told in a
    sentence of an entry's text (not a title; a photo's caption tells what a picture shows:
    see ``published.caption``)."""
    sentence = event.evidence[0].sentence
    return event.date is None and event.date_text is None and \
        event.status in ("reported", "claimed") and not caption(sentence) and \
        sentence.strip().split("\n")[0].rstrip().endswith(_CLOSED)


def _dated(event: Report, headings: list[tuple[int, str, str]], starts: list[int]) -> Report:
    at = bisect_right(starts, event.evidence[0].start) - 1
    if at < 0:
        return event  # (above the first heading: the page's introduction)
    _, day, words = headings[at]
    return event.evolve(date=day, date_precision="day", date_basis="text", date_text=words)
