"""Both sides, fifth round: words that state no act toward another actor are not coded
(motion verbs that go to no place, questions put to a speaker), and sides the sentence states
but the coder lost are recovered ("commanders of A and B").

Every sentence here is written for the test (names invented), none taken from a scored set;
each rule has a twin where the act stays coded."""

from __future__ import annotations

import pytest

from test_sides import code, sides


# -- a visit goes to a place -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh border guards compelled the intruders to return to their posts.",
    "The Kyrgyz ministry urged Kazakhstan to return to the negotiations.",
    "Kazakh officials said both sides came to a consensus on the border.",
    "The deal came during a visit by Kazakh officials that nobody expected.",
])
def test_motion_to_no_place_is_no_visit(text: str) -> None:
    art = code(text)
    assert not [e for e in art.events if e.mode == "visit"]


@pytest.mark.parametrize("text, target", [
    ("Kazakh Foreign Minister Ivan Petrov will return to Bishkek next month.", "KGZ"),
    ("Kazakh Foreign Minister Ivan Petrov will travel back to Bishkek next month.", "KGZ"),
    ("Kazakh President Kassym-Jomart Tokayev flew to the Kyrgyz capital on Friday.", "KGZ"),
    ("Kazakh President Kassym-Jomart Tokayev arrived in Bishkek on Friday.", "KGZ"),
])
def test_motion_to_a_place_is_a_visit(text: str, target: str) -> None:
    art = code(text)
    assert [e.target.country for e in art.events if e.mode == "visit" and e.target] == [target]


def test_a_visit_noun_after_a_motion_verb_is_the_visit() -> None:
    art = code("The deal came during Kazakh Foreign Minister Ivan Petrov's visit to Bishkek.")
    visits = [e for e in art.events if e.mode == "visit"]
    assert [(e.source.country, e.target.country) for e in visits if e.source and e.target] \
        == [("KAZ", "KGZ")]
    assert len(visits) == 1


# -- a question put to someone is no request --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Asked about the border talks, Kazakh foreign ministry spokesman Ivan Petrov said the "
    "two sides were in close contact.",
    "Kazakh foreign ministry spokesman Ivan Petrov, when asked whether the ministers had met, "
    "said nothing.",
    "Kazakh President Kassym-Jomart Tokayev, asked to comment on the offer, smiled.",
])
def test_a_question_is_no_request(text: str) -> None:
    assert not [e for e in code(text).events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Kazakhstan asked Kyrgyzstan to withdraw its troops from the border.",
    "The Kyrgyz side was asked by Kazakhstan to refrain from such actions.",
])
def test_asking_for_an_act_is_a_request(text: str) -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(code(text), "REQUEST")


# -- sides joined under "of" ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Talks between the corps commanders of Kazakhstan and Kyrgyzstan were held on Monday.",
    # (not "a room used for meetings between ...": what a room is for tells no meeting, non-acts
    # round 8)
    "Meetings between military commanders of Kazakhstan and Kyrgyzstan were held in a border "
    "hut.",
])
def test_people_of_two_states_meet_as_both(text: str) -> None:
    assert sides(code(text), "CONSULT") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_people_of_one_state_meet_no_one_more() -> None:
    art = code("Talks between the corps commanders of Kazakhstan were held on Monday.")
    assert all(e.target is None or e.target.country != "KGZ" for e in art.events)


# -- an occasion is no actor ------------------------------------------------------------------
def test_an_occasion_named_like_an_organisation_does_nothing() -> None:
    art = code("The Altyn Trade Summit will provide an opportunity for the two leaders to talk.")
    assert not [e for e in art.events if e.source or e.target]
    art = code("The Altyn Investment Forum will provide loans to Kazakhstan.")
    assert all(e.source is None for e in art.events)


def test_an_organisation_the_kb_lacks_still_acts() -> None:
    art = code("The Altyn Investment Company will provide loans to Kazakhstan.")
    assert [(e.source.name, e.target.country) for e in art.events if e.source and e.target] \
        == [("The Altyn Investment Company", "KAZ")]


# -- sides the sentence states in the act's own phrase ----------------------------------------
def test_a_call_for_an_act_in_a_state_targets_that_state() -> None:
    art = code("The European Parliament called for new elections in Kyrgyzstan.")
    assert [e.target.country for e in art.events if e.type == "REQUEST" and e.target] == ["KGZ"]


def test_a_call_for_an_act_naming_no_one_has_no_target() -> None:
    art = code("The Kazakh president called for restraint in the border area.")
    assert sides(art, "REQUEST") == [(("KAZ", "stated"), None)]


def test_being_ready_to_act_with_a_state_targets_it() -> None:
    art = code("Kazakh Foreign Minister Ivan Petrov said Astana is ready at any moment to have "
               "normal neighborly relations with Kyrgyzstan.")
    assert sides(art, "AGREE") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_being_ready_to_help_no_one_named_has_no_target() -> None:
    assert sides(code("Kazakhstan is ready to help."), "AGREE") == [(("KAZ", "stated"), None)]


@pytest.mark.parametrize("text", [
    "Kazakh doctor Ivan Petrov, who was sentenced to detention by the Kyrgyz authorities, "
    "will be released.",
    "The Kazakh minister said Ivan Petrov, a doctor who was recently sentenced to two-month "
    "pretrial detention by the Kyrgyz authorities, will be released.",
])
def test_who_is_sentenced_to_detention_is_detained(text: str) -> None:
    arrests = [e for e in code(text).events if e.mode == "arrest"]
    assert [(e.source.country, e.target.name) for e in arrests if e.source and e.target] \
        == [("KGZ", "Ivan Petrov")]


def test_a_detention_ordered_has_no_sentenced_target() -> None:
    art = code("The Kyrgyz authorities ordered the detention of two Kazakh farmers.")
    assert sides(art, "COERCE") == [(("KGZ", "stated"), ("KAZ", "stated"))]


# -- who does an act a noun owns -------------------------------------------------------------
def test_a_states_decision_to_act_is_that_states_act() -> None:
    art = code("Kazakhstan expressed concern about the Kyrgyz decision to close the border.")
    assert sides(art, "COERCE") == [(("KGZ", "stated"), None)]
    assert sides(art, "ACCUSE") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_who_is_concerned_about_a_decision_does_not_take_it() -> None:
    art = code("Kazakhstan expressed concern about the decision to close the border.")
    assert not [e for e in art.events if e.type == "COERCE"]


def test_plans_one_announces_are_ones_own() -> None:
    art = code("Kazakhstan announced plans to deploy troops near the Kyrgyz border.")
    assert sides(art, "MOBILIZE") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_a_participle_s_noun_undergoes_the_act_not_does_it() -> None:
    art = code("Ivan Petrov, a Kazakh soldier tortured and killed in the Kyrgyz border region, "
               "was a hero.")
    assert all(e.source is None or e.source.country != "KAZ" for e in art.events)


# -- "we" in a quote told over several sentences ----------------------------------------------
def test_we_in_a_quote_over_two_sentences_is_its_speakers_state() -> None:
    art = code('"We stand ready to work with Kyrgyzstan. We have reached a deal," Kazakh foreign '
               'ministry spokesman Ivan Petrov said.')
    assert sides(art, "COOPERATE") == [(("KAZ", "inferred-clause"), ("KGZ", "stated"))]


def test_our_territory_said_by_she_is_her_state() -> None:
    art = code('Kazakh President Kassym-Jomart Tokayev spoke to reporters. She said Kyrgyzstan '
               '"occupies our territory."')
    assert sides(art, "COERCE") == [(("KGZ", "stated"), ("KAZ", "inferred-clause"))]


def test_we_without_a_placed_speaker_stays_no_one() -> None:
    art = code('"We will work with Kyrgyzstan," a farmer said.')  # a speaker no one can place
    assert sides(art, "COOPERATE") == [(None, ("KGZ", "stated"))]


def test_we_without_a_speaker_does_nothing() -> None:
    # no quote, no speaker: an act by a "we" no one stands for is no one's (non-acts round 8)
    assert sides(code("We will work with Kyrgyzstan."), "COOPERATE") == []


# -- acts two sides trade --------------------------------------------------------------------
def test_accusations_two_states_trade_are_on_each_other() -> None:
    art = code("Kazakhstan and Kyrgyzstan have traded accusations over who was to blame for the "
               "clashes.")
    # (one report for both ways, marked mutual: issue 23 item 3)
    assert sides(art, "ACCUSE") == [(("KAZ", "stated"), ("KGZ", "inferred-clause"))]
    assert all(e.mutual for e in art.events if e.type == "ACCUSE")


def test_accusations_two_states_make_name_no_target() -> None:
    art = code("Kazakhstan and Kyrgyzstan have made accusations over who was to blame for the "
               "clashes.")
    assert all(target is None for _, target in sides(art, "ACCUSE"))


# -- the object of an act noun whose doer is its possessor -----------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The announcement came on the 79th day of Kyrgyzstan's invasion of Kazakhstan.",
     "ASSAULT"),
    # (not "protested against the Kyrgyz occupation of ...": the hold reacted to is no act
    # told, non-acts round 8)
    ("The Kyrgyz occupation of Kazakhstan began in May.", "COERCE"),
])
def test_of_after_a_possessed_act_noun_is_its_target(text: str, type_: str) -> None:
    assert (("KGZ", "stated"), ("KAZ", "stated")) in sides(code(text), type_)


def test_of_after_an_act_noun_without_a_doer_is_no_target() -> None:
    art = code("The invasion of Kazakhstan began in May.")
    assert not [e for e in art.events if e.type == "ASSAULT" and e.target is not None
                and e.source is not None]


# -- the noun a clause describes is what its verb is done to ---------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan, which Kyrgyzstan accused of provocations, denied it.", "ACCUSE"),
    ("Kyrgyzstan advised its citizens to avoid travel to Kazakhstan, a country it accused of "
     "provocations in 2008.", "ACCUSE"),
])
def test_a_relative_clause_s_noun_is_its_object(text: str, type_: str) -> None:
    assert (("KGZ", "stated"), ("KAZ", "stated")) in sides(code(text), type_)


def test_a_relative_clause_s_noun_of_time_is_no_target() -> None:
    assert sides(code("The day Kazakhstan attacked was cold."), "ASSAULT") == \
        [(("KAZ", "stated"), None)]


def test_a_relative_clause_s_subject_noun_is_no_target() -> None:
    art = code("The Kazakh delegation, which met Kyrgyz officials, left on Monday.")
    assert sides(art, "CONSULT") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_a_place_a_where_clause_describes_is_no_target() -> None:
    art = code("The Kazakh minister spoke to reporters in Bishkek, where he is meeting with "
               "defence ministers of Kyrgyzstan.")
    assert all(e.target is None or e.target.name != "Bishkek" for e in art.events)


def test_a_territory_a_participle_describes_is_its_states() -> None:
    # (with a time of its own: without one, "the territory occupied by X" describes what the
    # territory is, no act: tests/test_nonacts_round2.py)
    art = code("He said he was in the Kazakh territory occupied by Kyrgyzstan in 2019.")
    assert (("KGZ", "stated"), ("KAZ", "stated")) in sides(art, "COERCE")


# -- an answer goes to another side ----------------------------------------------------------
def test_a_rejection_answers_an_accusation_of_another_side() -> None:
    art = code("Kyrgyzstan accused Kazakhstan of provocations. Kazakhstan rejected the "
               "accusations.")
    assert sides(art, "REJECT") == [(("KAZ", "stated"), ("KGZ", "inferred-previous"))]


def test_a_rejection_answers_no_accusation_of_its_own_side() -> None:
    art = code("Kazakh President Kassym-Jomart Tokayev accused Kazakhstan's critics of lying. "
               '"We strongly reject such allegations," Tokayev said.')
    assert all(target is None or target[0] != "KAZ" for _, target in sides(art, "REJECT"))
