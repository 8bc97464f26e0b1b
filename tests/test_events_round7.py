"""Acts told by a noun (issue 22, round 7): the noun that names an act is the act wherever a
verb carries it, also through a noun that only names its carrying out ("finalized
disengagement efforts"), also where the tagger reads it as an adjective; a state's people "of"
or "from both sides" are the two sides named before; and one act told by its noun and by a
verb pattern that takes the noun in is one report, with the sides the better reading names.
The sentences are written for these tests, not taken from any evaluation set; each rule has a
twin that must not fire.
"""

from __future__ import annotations

from test_events import code
from test_events import pairs_of as _pair
from test_events import sides_of as _of
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings


def test_act_noun_through_a_process_noun_takes_the_verbs_subject() -> None:
    art = code("Armenia and Azerbaijan finalized disengagement efforts along the border on "
               "Monday.")
    assert frozenset({"ARM", "AZE"}) in _pair(art, "RETREAT")


def test_a_process_noun_that_is_no_verbs_object_tells_no_act() -> None:
    art = code("The disengagement process is a long one, the Armenian minister said.")
    assert _of(art, "RETREAT") == []


def test_talks_on_disengagement_are_a_consultation_not_a_retreat() -> None:
    art = code("Armenia and Azerbaijan held talks on disengagement in Brussels.")
    assert frozenset({"ARM", "AZE"}) in _pair(art, "CONSULT")
    assert _of(art, "RETREAT") == []


def test_troops_from_both_sides_are_the_pair_named_before() -> None:
    art = code("Armenia and Azerbaijan met in Brussels on Monday. Soldiers from both sides "
               "exchanged gifts at the border on Tuesday.")
    assert frozenset({"ARM", "AZE"}) in _pair(art, "COOPERATE")


def test_both_sides_with_no_pair_named_before_are_no_one() -> None:
    art = code("Armenia held elections on Monday. Soldiers from both sides exchanged gifts at "
               "the border on Tuesday.")
    assert _of(art, "COOPERATE") == []


def test_an_act_told_by_its_noun_and_a_verb_taking_it_in_is_one_report() -> None:
    art = code("The withdrawal of Russian troops from Moldova was completed on Friday.")
    assert _of(art, "RETREAT") == [("RUS", "MDA")]


def test_the_verb_reading_of_an_act_noun_still_codes_it_alone() -> None:
    art = code("Russia completed the withdrawal of its troops from Moldova on Friday.")
    assert _of(art, "RETREAT") == [("RUS", "MDA")]


def test_the_reading_naming_more_sides_is_kept() -> None:
    art = code("India-China disengagement was completed on Monday.")
    assert _pair(art, "RETREAT") == {frozenset({"IND", "CHN"})}
    assert all(None not in pair for pair in _of(art, "RETREAT"))


_QUOTE = ('Russia will not interfere in the affairs of Armenia, Kremlin spokesman Dmitry '
          'Peskov said.\n\n'
          '"Of course, we have no right to interfere. But we are concerned that the EU imposed '
          'sanctions on Armenia. Everything else is a matter for Armenia{end}\n\n'
          'Dmitry Peskov {said}.')


def test_concern_over_another_sides_act_in_a_quote_is_the_speakers_allegation() -> None:
    art = code(_QUOTE.format(end='",', said="said"))
    assert ("EU", "ARM") in _of(art, "SANCTION")
    assert ("RUS", "EU") in _of(art, "ACCUSE")  # "we" of a Kremlin spokesman: his state


def test_a_quote_closed_on_a_full_stop_leaves_the_next_line_its_own_statement() -> None:
    art = code(_QUOTE.format(end='."', said="said Russia would respond"))
    assert ("EU", "ARM") in _of(art, "SANCTION")
    assert [p for p in _of(art, "ACCUSE") if p[1] == "EU"] == []


def test_the_speaker_line_of_a_quote_closed_on_a_comma_is_parsed() -> None:
    text = ('"We are concerned that the EU imposed sanctions on Armenia",\n\n'
            'Dmitry Peskov said.\n\n'
            'The weather was mild.\n'
            '"We are concerned that the EU imposed sanctions on Armenia."\n'
            'Dmitry Peskov said.')
    keep = pipeline_for(Settings()).selector.keep(text)
    assert keep == [True, False, True, False, False, True, False]
