"""Temporal expressions resolved against the publication date by the news anchoring rule."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tieline.annotate.date_anchors import Resolved
from tieline.annotate.date_finding import find_expressions
from tieline.annotate.dates import Tense, resolve

# Reference dates: 2021-01-11 is a Monday (seed 004, Pashinian-Putin talks); 2024-05-08 is a
# Wednesday (seeds 001/002, the EAEU summit); 2024-04-20 a Saturday.
A004, A001 = "2021-01-11", "2024-05-08"

# (phrase, reference, tense, expected): expected is None, (date, precision) or
# (date, precision, end).
Expected = tuple[str, str] | tuple[str, str, str] | None
CASES: list[tuple[str, str | None, Tense, Expected]] = [
    # seed 004, article of Monday 2021-01-11
    ("on Monday", A004, "past", ("2021-01-11", "day")),
    ("on November 10", A004, "past", ("2020-11-10", "day")),
    ("in January-October 2020", A004, "past", ("2020-01", "month", "2020-10")),
    ("on New Year\u2019s Eve", A004, "past", ("2020-12-31", "day")),
    ("the six-week hostilities", A004, "past", None),
    # seeds 000-002, article of Wednesday 2024-05-08
    ("in September", A001, "past", ("2023-09", "month")),
    ("in December", A001, "past", ("2023-12", "month")),
    ("the May 9 celebrations", A001, "future", ("2024-05-09", "day")),
    ("initially set for February", A001, "past", ("2024-02", "month")),
    ("rescheduled for June", A001, "future", ("2024-06", "month")),
    ("last year", A001, "past", ("2023", "year")),
    ("three decades", A001, "past", None),
    ("in 2020", A001, "past", ("2020", "year")),
    ("since his last visit to Moscow in December", A001, "past", ("2023-12", "month")),
    # weekdays: same day counts, past looks back, future looks ahead
    ("on Wednesday", A001, "past", ("2024-05-08", "day")),
    ("on Wednesday", "2024-05-09", "past", ("2024-05-08", "day")),
    ("on Wednesday", A001, "future", ("2024-05-08", "day")),
    ("on Friday", A001, "past", ("2024-05-03", "day")),
    ("on Friday", A001, "future", ("2024-05-10", "day")),
    ("on Thursday", "2024-05-09", "present", ("2024-05-09", "day")),
    ("last Monday", A004, "past", ("2021-01-04", "day")),
    ("next Monday", A004, "future", ("2021-01-18", "day")),
    # months and days without a year
    ("will visit Moscow on May 9", "2024-04-20", "future", ("2024-05-09", "day")),
    ("on May 9", "2024-04-20", "past", ("2023-05-09", "day")),
    ("in June", A001, "future", ("2024-06", "month")),
    ("in January", A001, "future", ("2025-01", "month")),
    ("in May", A001, "past", ("2024-05", "month")),
    ("since December", A001, "future", ("2023-12", "month")),  # "since" forces the past
    ("until June", A001, "future", ("2024-06", "month")),
    ("last September", "2024-09-15", "past", ("2023-09", "month")),
    ("this September", A001, "past", ("2024-09", "month")),
    ("February 29", "2023-05-01", "past", ("2020-02-29", "day")),
    ("on May 8", A001, "past", ("2024-05-08", "day")),
    ("on May 8", A001, "future", ("2024-05-08", "day")),
    # explicit years win over the anchor and the tense
    ("in September 2020", A001, "future", ("2020-09", "month")),
    ("New Year's Eve 2019", A001, "future", ("2019-12-31", "day")),
    ("Russia's 2020's war", None, "past", ("2020", "year")),
    # relative to the publication date
    ("yesterday", "2021-01-01", "past", ("2020-12-31", "day")),
    ("last night", A001, "past", ("2024-05-07", "day")),
    ("tomorrow", A001, "future", ("2024-05-09", "day")),
    ("three days ago", "2024-03-02", "past", ("2024-02-28", "day")),
    ("two months ago", "2024-01-15", "past", ("2023-11", "month")),
    ("five years ago", A001, "past", ("2019", "year")),
    ("earlier this month", A001, "past", ("2024-05", "month")),
    ("last month", "2024-01-10", "past", ("2023-12", "month")),
    ("next year", A001, "future", ("2025", "year")),
    ("Christmas", A001, "future", ("2024-12-25", "day")),
    # weeks are Monday..Sunday ranges; "the past N units" ends at the reference
    ("last week", A001, "past", ("2024-04-29", "day", "2024-05-05")),
    ("next week", A001, "future", ("2024-05-13", "day", "2024-05-19")),
    ("two weeks ago", A001, "past", ("2024-04-22", "day", "2024-04-28")),
    ("the past week", A001, "past", ("2024-05-01", "day", "2024-05-08")),
    ("over the past two years", A001, "past", ("2022", "year", "2024")),
    # ranges
    ("between 2018 and 2020", None, "past", ("2018", "year", "2020")),
    ("from 2014 to 2016", None, "past", ("2014", "year", "2016")),
    ("January-October", A004, "past", ("2020-01", "month", "2020-10")),
    ("November-February", A001, "past", ("2023-11", "month", "2024-02")),
    ("May 9-10, 2024", None, "past", ("2024-05-09", "day", "2024-05-10")),
    ("the 1990s", None, "past", ("1990", "year", "1999")),
    # durations and vague phrases are not points in time
    ("four years", A001, "past", None),
    ("six-week", A001, "past", None),
    ("decades", A001, "past", None),
    ("over four years", A001, "past", None),
    ("in four years", A001, "future", None),
    ("recent years", A001, "past", None),
    ("now", A001, "present", None),
    ("a few days ago", A001, "past", None),
    ("4 percent", A001, "past", None),
    ("2,000 troops", A001, "past", None),
    ("by 1950 percent", A001, "past", None),
    ("a $1999 fee", A001, "past", None),
    ("the Kremlin may respond", A001, "future", None),
    # explicit full dates need no reference
    ("January 11, 2021", None, "past", ("2021-01-11", "day")),
    ("11 January 2021", None, "past", ("2021-01-11", "day")),
    ("2021-01-11", None, "future", ("2021-01-11", "day")),
    ("11.01.2021", None, "past", ("2021-01-11", "day")),
    ("Monday, Jan. 11th, 2021", None, "past", ("2021-01-11", "day")),
    ("13/01/2021", None, "past", ("2021-01-13", "day")),  # only day-first is valid
    ("01/02/2021", None, "past", None),  # January 2 or February 1: ambiguous
    # invalid dates and missing anchors
    ("February 30, 2021", None, "past", None),
    ("on February 30", A001, "past", None),
    ("on Monday", None, "past", None),
    ("in September", "not a date", "past", None),
    ("last year", "2021-02-30", "past", None),
    ("yesterday", "0001-01-01", "past", None),  # out of range: no OverflowError
]


def _expected(value: Expected) -> tuple[str, str, str | None] | None:
    if value is None:
        return None
    return (value[0], value[1], value[2] if len(value) == 3 else None)


@pytest.mark.parametrize(("phrase", "reference", "tense", "expected"), CASES,
                         ids=[f"{c[0]}|{c[1]}|{c[2]}" for c in CASES])
def test_resolve(phrase: str, reference: str | None, tense: Tense, expected: Expected) -> None:
    got = resolve(phrase, reference, tense)
    assert (None if got is None else (got.date, got.precision, got.end)) == _expected(expected)
    if got is not None:
        assert got.text == phrase


def test_the_table_is_large_and_covers_every_outcome() -> None:
    assert len(CASES) >= 45
    outcomes = [_expected(c[3]) for c in CASES]
    assert {o[1] for o in outcomes if o} == {"day", "month", "year"}
    assert any(o and o[2] for o in outcomes) and None in outcomes


def test_resolved_is_frozen() -> None:
    got = resolve("on Monday", A004)
    assert got == Resolved("2021-01-11", "day", "on Monday")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(got, "date", "2021-01-12")  # noqa: B010


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in find_expressions(text)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Russian-Armenian trade grew by almost 4 percent in January-October 2020.",
     ["January-October 2020"]),
    ("Moscow also deployed 2,000 peacekeeping troops to Nagorno-Karabakh.", []),
    ("Pashinian met with Putin in Moscow on Monday, more than two months after the signing of a "
     "Russian-brokered agreement that stopped the war on November 10.", ["Monday", "November 10"]),
    ("He addressed the nation on New Year\u2019s Eve.", ["New Year\u2019s Eve"]),
    ("Matviyenko's visit, initially set for February but rescheduled for June, may happen.",
     ["February", "June"]),
    ("Armenia may retaliate, and protesters threatened to march on Yerevan.", []),
    ('"Certain issues have piled up" since his last visit to Moscow in December.', ["December"]),
    ("The ICC, which last year issued a warrant, said on Wednesday that since December 2023 it "
     "has met twice, three days ago and earlier this month.",
     ["last year", "Wednesday", "since December 2023", "three days ago", "earlier this month"]),
    ("Armenia seeks partnerships after 2020 Nagorno-Karabakh conflict; 2020's war was lost.",
     ["2020", "2020"]),
    ("Talks were held between 2018 and 2020 and resumed on 11.01.2021 in Moscow.",
     ["between 2018 and 2020", "11.01.2021"]),
    ("The four-year plan, over four years, costs 2021 dollars.", []),
    ("Prices rose by 1950 percent, and a visa fee of $1999 was set.", []),
    ("Elections were held in January and October 2020.", ["January", "October 2020"]),
])
def test_find_expressions(sentence: str, expected: list[str]) -> None:
    assert _found(sentence) == expected


def test_found_expressions_resolve_as_in_the_sample_article() -> None:
    text = ("Prime Minister Nikol Pashinian expressed confidence on Monday that Armenia and Russia "
            "will deepen ties. The war stopped on November 10. Trade grew by almost 4 percent in "
            "January-October 2020. He spoke in a televised address aired on New Year's Eve.")
    got = [resolve(text[s:e], A004) for s, e in find_expressions(text)]
    assert [(r.date, r.precision, r.end) for r in got if r] == [
        ("2021-01-11", "day", None), ("2020-11-10", "day", None),
        ("2020-01", "month", "2020-10"), ("2020-12-31", "day", None)]


@settings(deadline=None)  # timing is checked by bench, not by a loaded test machine
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-/'\nMayJunOctmonthweeksagoinlast")),
               max_size=60),
       st.sampled_from([None, A001, "2024-02-29", "junk"]),
       st.sampled_from(["past", "present", "future"]))
def test_never_raises_and_spans_are_ordered(text: str, reference: str | None,
                                            tense: Tense) -> None:
    got = resolve(text, reference, tense)
    assert got is None or got.end is None or got.end >= got.date
    spans = find_expressions(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))


def test_a_start_told_in_the_past_is_the_next_such_day_when_it_is_near() -> None:
    # a ban decreed on 22 June 2019 "from July 8" starts that July, not the July before
    assert resolve("from July 8", "2019-06-22").date == "2019-07-08"  # type: ignore[union-attr]
    assert resolve("starting July 8", "2019-06-22").date == "2019-07-08"  # type: ignore[union-attr]
    # told in February 2020, the next July 8 is months away: the start was last July
    assert resolve("from July 8", "2020-02-19").date == "2019-07-08"  # type: ignore[union-attr]
    # without a word of starting, a past clause looks back
    assert resolve("July 8", "2019-06-22").date == "2018-07-08"  # type: ignore[union-attr]


# -- a pattern is searched for only in a text that holds what it needs --------------------------
_DATED_PHRASES = [
    "The accord was signed on 2019-03-04, then on 4.3.2019 and 03/04/2019 in two capitals.",
    "It came into force on Tuesday, March 5, 2019 and again on 5 of March, 2019.",
    "The drills ran from May 3-7, 2021 and from 12-14 June, far from the border.",
    "Between March 2018 and June 2019 the mission, from April to May, grew.",
    "Trade rose from 2016 to 2018 and between 2019 and 21 it fell.",
    "In December of 2020 the embassy reopened; by mid-2021 it had closed.",
    "They met on New Year's Eve 2019, on Christmas Day and on Christmas Eve.",
    "The day before yesterday he flew in; the day after tomorrow he leaves.",
    "Yesterday, last night, today, tonight and this morning the talks went on.",
    "Three weeks ago the ministers met, and 10 days ago they spoke again.",
    "Over the past two months and the last 5 years, relations worsened.",
    "Earlier this week, next month and last year the sides traded notes.",
    "On Jan. 4 and Sept. 9 he visited, and on 12 of August the army withdrew.",
    "In the 1990s and the 2000s the border was calm.",
    "On Wednesday, the minister said that last Friday and this Sunday matter.",
    "Since January and until mid-October the pipeline was shut, in 2014's deal.",
    "The next day, that same day and two days later the envoys returned.",
    "The very following day, the previous day and one day earlier, shelling resumed.",
    "circa 1998 the treaty lapsed; at the end of 2003 it was renewed.",
    "Over the weekend and last weekend the talks stalled; this weekend they resume.",
    "On Monday they met; that night, the next morning and earlier in the day they spoke.",
]
_UNDATED = ["The minister spoke with his counterpart about trade and security.",
            "Protesters gathered outside the parliament, chanting slogans.",
            "The two leaders discussed the ceasefire and the return of prisoners."]


def test_every_match_holds_what_its_pattern_needs() -> None:
    from tieline.annotate import date_finding, date_patterns

    seen = set()
    for text in _DATED_PHRASES:
        norm = text.translate(date_patterns._TRANSLATE)
        for pattern, _ in date_finding._FIND_RULES:
            need = date_finding._NEEDS.get(pattern)
            for m in pattern.finditer(norm):
                seen.add(pattern)
                assert need is None or need.search(m.group()), (pattern.pattern[:40], m.group())
    assert seen == {p for p, _ in date_finding._FIND_RULES}  # (each pattern tried on a phrase)


def test_a_sentence_without_date_words_is_searched_with_no_pattern() -> None:
    from tieline.annotate import date_finding, date_patterns

    for text in _UNDATED:
        assert date_finding._searched_rules(text.lower()) == []
        assert find_expressions(text) == []
    rules = [p for p, _ in date_finding._searched_rules("talks on may 5, 2019 resumed")]
    assert (date_patterns._FULL in rules and date_patterns._MONTH_DAY in rules and
            date_patterns._AGO not in rules)


@settings(deadline=None)
@given(st.lists(st.sampled_from(
    [*" ".join(_DATED_PHRASES + _UNDATED).split(), "May", "5", "2019", ",", "-", "\n", "the",
     "day", "ago", "Christmas", "New", "Year's", "Monday", "mid-2020", "'s", "20"]),
    max_size=30))
def test_what_each_text_is_searched_with_finds_what_every_pattern_finds(words: list[str]) -> None:
    from unittest import mock

    from tieline.annotate import date_finding

    text = " ".join(words)
    with mock.patch.object(date_finding, "_NEEDS", {}):
        every = date_finding._find_expressions.__wrapped__(text)
    assert date_finding._find_expressions.__wrapped__(text) == every
