"""The patterns of temporal expressions, matched on lower-cased text, and the words they read.

Text is matched lower-cased (ASCII only) with plain quotes and hyphens (``_TRANSLATE``: one
character for one keeps every offset): full dates, day and month ranges, a month and year,
holidays, "yesterday", "N days ago", "the past N years", "last week", a month and day, a
decade, a year, a bare month, a weekday, a weekend, and the anaphoric phrases that count from
a date told before ("the next day"). :mod:`tieline.annotate.date_anchors` reads each match.
"""

from __future__ import annotations

import calendar
import re

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

_MAX_DAY = {m: calendar.monthrange(2000, m)[1] for m in range(1, 13)}

_MONTH_NUM = {name[:3]: i for i, name in enumerate(_FULL_MONTHS.split("|"), 1)}

_DAY_WORD_OFFSET = {"the day before yesterday": -2, "yesterday": -1, "last night": -1,
                    "tomorrow": 1, "the day after tomorrow": 2}  # today, tonight, this morning: 0

_HOLIDAYS = {"new years eve": (12, 31), "new years day": (1, 1), "christmas eve": (12, 24),
             "christmas": (12, 25), "christmas day": (12, 25)}
