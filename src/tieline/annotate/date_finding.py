"""Finding temporal expressions in running text: the spans :func:`find_expressions` gives.

Spans leave out neutral prepositions ("in", "on") and keep words that change the meaning
("since", "last", "between"); month and weekday names must be capitalised, and a month name
alone needs a preposition before it, so "may" the verb and "4 percent" never match. A
pattern is searched only in a text that holds what it cannot match without (``_NEEDS``):
most sentences hold no date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .date_anchors import _RULES, _Ctx, _Handler, _Skip
from .date_patterns import (
    _AGO,
    _ANAPHOR,
    _BARE_MONTH,
    _DAY_RANGE,
    _DAY_WORD,
    _DECADE,
    _FULL,
    _FULL_MONTHS,
    _HOLIDAY,
    _MONTH_DAY,
    _MONTH_RANGE,
    _MONTH_YEAR,
    _PAST_N,
    _TRANSLATE,
    _UNIT,
    _WEEKDAY,
    _WEEKEND,
    _YEAR,
    _YEAR_RANGE,
    _yr,
)

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
