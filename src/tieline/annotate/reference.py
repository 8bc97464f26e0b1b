"""Points in time and the paragraph's reference time.

:func:`point_in_time` anchors a temporal expression on a reference date
(:mod:`tieline.annotate.dates`); the reference time a paragraph sets is carried to the
sentences without a date of their own when told in the same voice (not from inside a
quote), and "the next day" chains to the day told last.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..models import Report
from . import date_anchors, date_finding, dates
from .found import _Context
from .published import url_period

_RELATIVE_RANGE = re.compile(r"\b(?:week|weeks|weekend|past|last|previous|recent|this|these"
                             r"|coming|next)\b", re.I)

#: A direct quote within one paragraph, over one or more sentences.
_PARAGRAPH_QUOTES = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"|«[^»\n]{3,}»")


def point_in_time(phrase: str, reference: str | None,
                  tense: dates.Tense = "past") -> tuple[str | None, date_anchors.Precision | None]:
    """Return the date and precision *phrase* gives an event, anchored on *reference*.

    An explicit range ("May 9-10, 2024", "January-March 2020") dates the event by its start,
    as a multi-day event is dated by its first day; a relative one ("this week", "the past
    two years") is not one day but the month or year that holds it, or no date when it
    spans more. A phrase that does not resolve (a vague "recently") gives no date.
    """
    anniversary = _ANNIVERSARY.match(phrase.strip())
    if anniversary is not None:
        return _anniversary(int(anniversary[1]), anniversary[2], reference)
    found = dates.resolve(phrase, reference, tense)
    if found is None:
        return None, None
    if found.end is None or not _RELATIVE_RANGE.search(phrase):
        return found.date, found.precision
    if found.date[:7] == found.end[:7]:
        return found.date[:7], "month"
    if found.date[:4] == found.end[:4]:
        return found.date[:4], "year"
    return None, None


#: "the 17th anniversary of August 2008": the day N years after the date it names.
_ANNIVERSARY = re.compile(r"(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(.+)",
                          re.IGNORECASE)


def _anniversary(years: int, phrase: str, reference: str | None
                 ) -> tuple[str | None, date_anchors.Precision | None]:
    """Return the date of the *years*-th anniversary of what *phrase* dates: what is done
    on "the 17th anniversary of August 2008" is done in August 2025, not in 2008."""
    found = dates.resolve(phrase, reference, "past")
    if found is None:
        return None, None
    shifted = f"{int(found.date[:4]) + years:04d}{found.date[4:]}"
    if found.precision == "day":
        try:
            dt.date.fromisoformat(shifted)
        except ValueError:  # (the anniversary of a 29 February: its month)
            return shifted[:7], "month"
    return shifted, found.precision


def _expressions(ctx: _Context) -> list[tuple[int, int]]:
    if ctx.expressions is None:
        ctx.expressions = date_finding.find_expressions(ctx.article.text)
    return ctx.expressions


def _antecedent(phrase: str, start: int, ctx: _Context, depth: int = 0) -> str | None:
    """Chain an anaphoric phrase ("the next day", "two days later") to the day told last
    before it ("March 1 … the next day"), or None when the last date told is not a day. A
    "since" phrase is passed over: it tells when a period began ("for the first time since
    2019"), not a time the text moved to."""
    text = ctx.article.text
    before = [(a, b) for a, b in _expressions(ctx) if b <= start  # "since 2019": from then
              and not text[a:b].lower().startswith("since")]  # on, not a time told
    if not before or depth > 2:
        return None
    a, b = before[-1]
    told = text[a:b]
    if dates.anaphor(told) and dates.resolve(told, ctx.article.published) is None:
        chained = _antecedent(told, a, ctx, depth + 1)
        return chained + dates.CHAIN + phrase if chained else None
    found = dates.resolve(told, ctx.article.published)
    if found is None or found.precision != "day" or found.end is not None:
        return None
    return told + dates.CHAIN + phrase


def _year_told(phrase: str, start: int, ctx: _Context) -> str:
    """Chain a month and day without a year, in an article without a date, to the last date
    told before it that states its year ("detained on 19 October 2022 \u2026 sentenced on
    December 20"), HeidelTime's reference time for a narrative; else, or when that date is
    of another episode, to the year or month the page's address states ("published 2019
    \u2026 August 29"); *phrase* alone when there is neither (``dates.resolve`` decides
    whether a chain's year can complete it)."""
    text = ctx.article.text
    told = phrase
    for a, b in reversed([(a, b) for a, b in _expressions(ctx) if b <= start]):
        if dates.resolve(text[a:b], None) is not None:
            told = text[a:b] + dates.CHAIN + phrase
            break
    if told is phrase or dates.resolve(told, None) is None:
        period = url_period(ctx.article.url)  # "agenda.ge/en/news/2019/2382": of 2019
        if period is not None:
            return dates.PUBLISHED + period + dates.CHAIN + phrase
    return told


def _set_reference(sent: Any, events: list[Report], ctx: _Context) -> None:
    """Keep the day a sentence's reported events happened on as its paragraph's reference
    time (HeidelTime's narrative reference), or drop it when the sentence tells another."""
    told = [e.date_text for e in events if e.date_basis == "text" and e.date_precision == "day"
            and e.status == "reported" and e.date_text and e.date_text not in ctx.background]
    if told:
        at = next(e.evidence[0].trigger_start for e in reversed(events)
                  if e.date_text == told[-1])
        ctx.reference = (told[-1], sent.start_char + len(sent.text.rstrip()),
                         _quote_at(at, ctx))
    elif any(True for _ in date_finding.find_expressions(sent.text)):
        ctx.reference = None


def _carried_reference(sent: Any, ctx: _Context) -> str | None:
    """The phrase of the reference time a sentence with no date of its own inherits: set
    earlier in its paragraph, with no paragraph break and no other date told in between."""
    if ctx.reference is None:
        return None
    phrase, end, _ = ctx.reference
    gap = ctx.article.text[end:sent.start_char]
    if "\n" in gap or "\n" in sent.text.strip() or \
            any(s >= end and s < sent.end_char for s, _ in _expressions(ctx)):
        return None
    return phrase


def _same_voice(at: int, ctx: _Context) -> bool:
    """Whether the words at *at* are told in the voice that told the paragraph's reference
    time: a speaker's quote keeps its own times, and the narrator's time does not pass into
    a quote nor a quote's into the narration (a speaker's "On 2 May, we agreed to ..." dates
    nothing the writer tells next). The page's own day ("our meeting today") is both's."""
    if ctx.reference is None:
        return False
    phrase, _, quote = ctx.reference
    if _quote_at(at, ctx) == quote:
        return True
    published = ctx.article.published
    found = dates.resolve(phrase, published) if published else None
    return found is not None and found.date == published


def _quote_at(at: int, ctx: _Context) -> tuple[int, int] | None:
    """The direct quote of one paragraph holding the character at *at*, if any."""
    if ctx.quotes is None:
        ctx.quotes = [(q.start(), q.end()) for q in _PARAGRAPH_QUOTES.finditer(
            ctx.article.text)]
    return next(((a, b) for a, b in ctx.quotes if a <= at < b), None)


def _before(phrase: str, reference: str | None) -> bool:
    """Whether *phrase* tells a time wholly before the page's date even read as the future
    ("yesterday", "last week", "on 12 May 2019"): a time a verb of the future cannot have."""
    found = dates.resolve(phrase, reference, "future") if reference else None
    if found is None or reference is None:
        return False
    last = found.end or found.date
    return last < reference[:len(last)]
