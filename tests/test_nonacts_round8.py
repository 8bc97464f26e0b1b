"""Fewer false events, eighth round: the generated CAMEO layer reads patterns written with
brackets, "neither ... nor" and "no" before an act's noun deny it, an attack made with words
is a criticism, a forbidden infinitive is not done, joining others' sanctions is no
membership, a lasting hold reacted to is no act told, a "should" clause whose subject is an
act asks nothing of anyone, an act by an unnamed "we" or "you" is no one's, a state's name in
a gulf's is no actor, and an imperative to the reader or a hall "reserved for talks" tells no
act. Each rule has a twin that must still be coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_nonacts_round7 import _generator
from test_sides import coded
from tieline.annotate.lexicon import load_lexicon

# -- the generated layer: patterns written with brackets ---------------------------------------
_BLOCK = """\
---  CONFER   [---]  ---
CONFER
+TALK_OVER
- * (WITH)                                            [046]         # CONFER
- * {TRADE DEAL} (WITH $)                             [046]         # CONFER
- * (FOR {FINANCIAL AID})                             [0231]        # CONFER
- * DEAL                                              [046]         # CONFER
"""


def test_a_pattern_written_with_brackets_is_read() -> None:
    found = _generator().parse_verbs(_BLOCK.splitlines(), {})
    patterns = {tuple(w[0] for w in x["words"]) for x in found if x["verb"] == "confer"}
    assert ("with",) in patterns  # a prepositional phrase: its preposition
    assert ("trade", "deal", "with") in patterns  # a braced noun phrase and a phrase
    assert ("for", "financial", "aid") in patterns  # a braced phrase inside a bracket
    assert ("deal",) in patterns  # (the plain pattern, as before)


def test_the_shipped_layer_has_bracketed_patterns() -> None:
    generated = {e.lemmas for e in load_lexicon().entries if e.layer == "cameo"}
    assert ("confer", "with") in generated  # "- * (WITH) [046] # CONFER"
    assert ("lift", "ban", "on", "trade") in generated  # "- * BAN (ON TRADE) [085] # LIFT"


# -- "neither ... nor" denies both ------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan has neither accepted the Kyrgyz proposal nor has it answered it.", "AGREE"),
    ("Neither Kazakhstan nor Uzbekistan signed the treaty with Kyrgyzstan.", "SUPPORT"),
    ("Kazakhstan signed neither the treaty with Kyrgyzstan nor the protocol.", "SUPPORT"),
    ("Kazakhstan neither confirmed the report nor recognized Kyrgyzstan's claim.", "SUPPORT"),
])
def test_neither_nor_denies_the_act(text: str, type_: str) -> None:
    found = coded(text, type_)
    assert found and all(status == "negated" for *_, status in found)


@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan has accepted the Kyrgyz proposal and answered it.", "AGREE"),
    ("Both Kazakhstan and Uzbekistan signed the treaty with Kyrgyzstan.", "SUPPORT"),
    ("Kazakhstan signed either the treaty with Kyrgyzstan or the protocol.", "SUPPORT"),
])
def test_the_twins_of_neither_nor_are_reported(text: str, type_: str) -> None:
    found = coded(text, type_)
    assert found and all(status == "reported" for *_, status in found)


# -- "no" before an act's noun (or the noun it is joined to) ----------------------------------
def test_no_before_a_coordinated_act_noun_denies_it() -> None:
    found = coded("There was no brawl or skirmish between Kazakh and Kyrgyz border guards.",
                  "ASSAULT")
    assert found and all(status == "negated" for *_, status in found)


def test_an_act_noun_without_no_is_reported() -> None:
    found = coded("There was a brawl and a skirmish between Kazakh and Kyrgyz border guards.",
                  "ASSAULT")
    assert found and all(status == "reported" for *_, status in found)


# -- an attack made with words ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh host used obscene insults to attack the Kyrgyz president.",
    "The Kazakh senator attacked the Kyrgyz president with harsh words.",
])
def test_an_attack_with_words_is_a_criticism(text: str) -> None:
    assert coded(text, "ASSAULT") == []
    assert [t for _, t, _, _ in coded(text, "ACCUSE")] == ["KGZ"]


@pytest.mark.parametrize("text", [
    "Kazakh troops used artillery to attack the Kyrgyz village.",
    "Kazakh troops attacked the Kyrgyz village with rockets.",
])
def test_an_attack_with_arms_is_an_assault(text: str) -> None:
    assert [t for _, t, _, _ in coded(text, "ASSAULT")] == ["KGZ"]


# -- a forbidden infinitive -------------------------------------------------------------------
def test_a_forbidden_trip_is_no_visit() -> None:
    assert coded("Kazakhstan forbade Kyrgyz airlines to fly to Astana.", "CONSULT") == []


def test_an_allowed_trip_is_still_read() -> None:
    assert coded("The Kazakh president will fly to Bishkek on Monday.", "CONSULT")


# -- joining others' sanctions ----------------------------------------------------------------
def test_joining_sanctions_is_no_membership() -> None:
    text = "Kazakhstan has joined the EU's sanctions against Kyrgyzstan."
    assert [m for _, _, m, _ in coded(text, "COOPERATE")] == []
    assert coded(text, "SANCTION")  # (the sanctions' own word tells them)


def test_joining_an_alliance_is_membership() -> None:
    text = "Kazakhstan has joined the EU's alliance with Kyrgyzstan."
    assert [m for _, _, m, _ in coded(text, "COOPERATE")] == ["join"]


# -- a lasting hold reacted to ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'Activists in Bishkek protested against the "Kazakh occupation".',
    "Kyrgyzstan has not accepted the Kazakh occupation of its territory.",
    "The Kyrgyz parliament condemned the Kazakh blockade.",
])
def test_a_hold_reacted_to_is_no_act(text: str) -> None:
    assert coded(text, "COERCE") == []


@pytest.mark.parametrize("text", [
    "Kazakhstan began the occupation of the Kyrgyz villages in August.",
    "Kazakh troops occupied the Kyrgyz border villages in August.",
])
def test_a_hold_taken_is_coded(text: str) -> None:
    assert [s for s, _, _, _ in coded(text, "COERCE")] == ["KAZ"]


# -- a "should" clause whose subject is an act ------------------------------------------------
def test_a_should_clause_of_an_act_asks_no_one() -> None:
    text = "Ending the blockade of Kyrgyzstan should come first, the Kazakh minister said."
    assert [m for _, _, m, _ in coded(text, "REQUEST")] == []


def test_a_should_clause_of_an_actor_demands_of_it() -> None:
    text = "The Kazakh minister said Kyrgyzstan should end the blockade."
    assert [(s, t) for s, t, _, _ in coded(text, "REQUEST")] == [("KAZ", "KGZ")]


# -- an act by an unnamed "we", "I" or "you" --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Honestly, we send Kyrgyzstan millions in aid every single year.",
    "Thank you for cooperating with the Kyrgyz government on the flood relief.",
])
def test_an_act_by_an_unnamed_person_is_not_coded(text: str) -> None:
    assert [e for e in coded(text, "AID") + coded(text, "COOPERATE")] == []


@pytest.mark.parametrize("text", [
    "Kazakhstan gives Kyrgyzstan 500 million dollars in foreign aid every year.",
    '"We will give Kyrgyzstan 500 million dollars in aid," the Kazakh president said.',
])
def test_an_act_by_a_named_doer_or_speaker_is_coded(text: str) -> None:
    assert [(s, t) for s, t, _, _ in coded(text, "AID")] == [("KAZ", "KGZ")]


# -- a state's name in the name of a water -----------------------------------------------------
def test_a_gulf_named_for_a_state_is_no_actor() -> None:
    text = "Tengiz Oil is testing a pump to capture the crude leaking from its rig in the Gulf " \
        "of Mexico."
    assert all("MEX" not in (s, t) for s, t, _, _ in coded(text, "ASSAULT"))


def test_the_state_itself_is_an_actor() -> None:
    text = "Mexico protested against the United States over the spill."
    assert [(s, t) for s, t, _, _ in coded(text, "PROTEST")] == [("MEX", "USA")]


def test_a_quoted_we_is_its_speakers() -> None:
    text = "The Kazakh foreign ministry confirmed the deal, stating, \u201cWe will work with the " \
        "Kyrgyz side to implement the solution."
    assert [(s, t) for s, t, _, _ in coded(text, "COOPERATE")] == [("KAZ", "KGZ")]


# -- an imperative addressed to the reader ------------------------------------------------------
def test_an_imperative_to_the_reader_is_no_act() -> None:
    assert coded("Visit Kyrgyzstan this summer.", "CONSULT") == []


def test_a_visit_told_is_coded() -> None:
    assert [(s, t) for s, t, _, _ in coded("The Kazakh president visited Kyrgyzstan this summer.",
                                           "CONSULT")] == [("KAZ", "KGZ")]


# -- an act's noun naming what a thing is for ---------------------------------------------------
def test_a_hall_reserved_for_talks_tells_no_talks() -> None:
    text = "Photo: an empty hall reserved for talks between the envoys of Kazakhstan and " \
        "Kyrgyzstan."
    assert coded(text, "CONSULT") == []


def test_talks_held_in_a_hall_are_coded() -> None:
    text = "Envoys of Kazakhstan and Kyrgyzstan held talks in an empty hall on Monday."
    assert coded(text, "CONSULT")
