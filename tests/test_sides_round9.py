"""Both sides, ninth round: the side a governing clause or the sentence before leaves plain.

- The doer of a bilateral act (a meeting, talks, an agreement, joint work) written only with
  its partner is the actor whose clause governs it: the state of the one who reports it
  ("Tokayev said the agreement reached with the Kyrgyz side envisages ..."), or the subject
  of the verb that holds it ("Tokayev appeared upbeat about the upcoming meeting with ...").
  Never one who judges the act, never across a pair the noun names itself ("between"), never
  a non-state speaker (the opposition), never past a person the knowledge base does not know.
- A noun of an act that is the object of a support verb is done by its subject ("ended the
  day with bilateral meetings with ...").
- A refusal with no addressee answers the request the sentence before tells with none, made
  by another side ("Bishkek demanded ... Astana refused to do so."); never across a
  paragraph, never a request told two sentences before.

Each side found so carries its basis ("inferred-clause", "inferred-previous"). Each rule has
a twin where it must not fire. Every sentence is written for the test (names invented where
people are named), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, sides_of


# -- the doer of a bilateral act from the clause that governs it ------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Tokayev said the agreement reached with the Kyrgyz side envisages a phased pullback.",
     "AGREE"),  # the speaker of a nested clause
    ("Astana rejected the blockade and said talks will continue with Bishkek.",
     "CONSULT"),  # the subject of the first of two joined verbs
    ("Kazakh President Tokayev appeared upbeat about the upcoming meeting with the Kyrgyz "
     "president.", "CONSULT"),  # the subject of the verb the noun hangs on
    ('Kazakh Foreign Minister Tileuberdi confirmed the deal, stating, "We will work with the '
     'Kyrgyz side to implement it."', "COOPERATE"),  # "we" in what the minister says
])
def test_a_bilateral_act_is_done_by_the_actor_of_its_governing_clause(text: str,
                                                                      type_: str) -> None:
    assert (("KAZ", "inferred-clause"), ("KGZ", "stated")) in sides_of(text, type_)


@pytest.mark.parametrize("text, type_", [
    # the pair written by the noun itself
    ("Tokayev said the agreement reached between the Kyrgyz and Uzbek sides envisages a "
     "phased pullback.", "AGREE"),
    # one who judges a meeting has no part in it
    ("Kazakh President Tokayev condemned the upcoming meeting with the Kyrgyz president.",
     "CONSULT"),
    # a speaker the knowledge base does not know may be of either side, or neither
    ("Erlan Abenov said the agreement reached with the Kyrgyz side envisages a phased "
     "pullback.", "AGREE"),
    # the opposition reports, it does not negotiate for the state
    ("The Kazakh opposition said the agreement reached with the Kyrgyz side envisages a "
     "phased pullback.", "AGREE"),
    # the subject of a passive undergoes the governing act: no one is said to meet
    ("The border question will be raised at the upcoming meeting with the Kyrgyz president.",
     "CONSULT"),
])
def test_no_doer_where_the_clause_does_not_give_one(text: str, type_: str) -> None:
    found = sides_of(text, type_)
    assert found, "the act itself is coded"
    assert all(s is None or s[1] != "inferred-clause" for s, _ in found), found


def test_an_act_of_force_is_not_done_by_whoever_reports_it() -> None:
    """Only bilateral acts take the speaker: one who reports an attack did not make it."""
    found = sides_of("Tokayev said the attack on the Kyrgyz border post killed two guards.",
                     "ASSAULT")
    assert all(s is None or s[1] != "inferred-clause" for s, _ in found), found


# -- the subject of a support verb does the act its object names ------------------------------
def test_the_subject_of_a_support_verb_does_the_act() -> None:
    found = sides_of("Kazakh President Tokayev ended the day with bilateral meetings with the "
                     "Kyrgyz president.", "CONSULT")
    assert (("KAZ", "inferred-clause"), ("KGZ", "stated")) in found


def test_a_judging_verb_is_no_support_verb() -> None:
    found = sides_of("Kazakh President Tokayev criticised the meetings with the Kyrgyz "
                     "president.", "CONSULT")
    assert all(s is None or s[1] != "inferred-clause" for s, _ in found), found


# -- a refusal answers the request before it -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bishkek demanded the removal of the post. Astana refused to do so.",
    "Bishkek demanded the removal of the post.\nAstana refused to do so.",  # "do so" points
    # back across a paragraph's end
    "Bishkek demanded the removal of the post. Astana refused to remove it.",  # asked again
])
def test_a_refusal_answers_the_request_of_the_sentence_before(text: str) -> None:
    assert sides_of(text, "REJECT") == [(("KAZ", "stated"), ("KGZ", "inferred-previous"))]


@pytest.mark.parametrize("text", [
    "Bishkek demanded the removal of the post.\nAstana refused to remove it.",  # a new
    # paragraph, and nothing that points back
    "Bishkek demanded the removal of the post. The post stands on a hill. Astana refused to "
    "do so.",  # told two sentences before
    "Bishkek demanded the removal of the post. Astana refused to criticise its own "
    "officials.",  # another act refused
    "Astana refused to do so.",  # no request at all
])
def test_no_addressee_for_a_refusal_without_a_request_just_before(text: str) -> None:
    found = sides_of(text, "REJECT")
    assert found == [(("KAZ", "stated"), None)]


def test_an_inferred_side_says_so() -> None:
    art = code("Tokayev said the agreement reached with the Kyrgyz side envisages a phased "
               "pullback.")
    event = next(e for e in art.events if e.type == "AGREE")
    assert event.source is not None and event.source.inferred
    assert event.to_dict()["source"]["basis"] == "inferred-clause"
