"""Sides of events, round 19 (issue 22): the side the text gives, recovered.

- A reaction to words told just before, named only by a speech noun that points back ("those
  remarks", "the statement", "these claims") or by its speaker's pronoun ("his remarks"), is
  aimed at the one who said them (CAMEO 111, 12: a criticism or rejection of a statement is
  aimed at its maker), with basis "inferred-previous"; never across a paragraph, never a
  pronoun's or two sides' speakers, never the reacting side itself.
- "The two foreign ministers" are the two holders of that office the text named last, when it
  named exactly two, of two states; "the two armies", "the two delegations" the two states.
- "His government" is the government of his state.

Every sentence here is written for the test (names of real offices, invented words), none
taken from a scored set. Each rule has a sentence that needs it and a twin that keeps its side.
"""

from __future__ import annotations

import pytest

from test_sides import MODEL, code, sides_of
from tieline.annotate import remarks

LAVROV = "Russian Foreign Minister Sergei Lavrov said on Monday that Georgia was provoking a war."


def _targets(text: str, type_: str) -> list[object]:
    return [t for _, t in sides_of(text, type_)]


# -- a reaction to words told just before: aimed at their speaker ---------------------------
@pytest.mark.parametrize(("text", "type_"), [
    (LAVROV + " Georgian Prime Minister Irakli Garibashvili strongly condemned those remarks.",
     "ACCUSE"),
    (LAVROV + " Georgian Prime Minister Irakli Garibashvili strongly condemned his remarks.",
     "ACCUSE"),
    (LAVROV + " Georgian Prime Minister Irakli Garibashvili condemned the statement.", "ACCUSE"),
    (LAVROV + " Those remarks were condemned by Georgian Prime Minister Irakli Garibashvili.",
     "ACCUSE"),
    ('"Georgia is a puppet of the West," Russian Foreign Minister Sergei Lavrov said on Monday.'
     " The Georgian Foreign Ministry rejected these claims.", "REJECT"),
    ("The talks ended on Monday. Russian Foreign Minister Sergei Lavrov made the remarks in"
     " Moscow. Georgian Prime Minister Irakli Garibashvili condemned the statement.", "ACCUSE"),
    ("Moscow has issued passports to residents of Abkhazia, claiming they are its citizens."
     " Tbilisi firmly rejects the claim.", "REJECT"),
])
def test_a_reaction_to_words_is_aimed_at_their_speaker(text: str, type_: str) -> None:
    assert _targets(text, type_) == [("RUS", "inferred-previous")]


@pytest.mark.parametrize("text", [
    # a pronoun speaker: whom "he" stands for is not read here
    "He said on Monday that Georgia was provoking a war. Georgian Prime Minister Irakli"
    " Garibashvili strongly condemned those remarks.",
    # another paragraph: not the words just told
    LAVROV + "\n\nGeorgian Prime Minister Irakli Garibashvili strongly condemned the statement.",
    # speakers of two sides
    "Russian Foreign Minister Sergei Lavrov said Georgia was provoking a war, and Armenian Prime"
    " Minister Nikol Pashinyan said Baku was arming. Georgian Prime Minister Irakli Garibashvili"
    " strongly condemned those remarks.",
    # the reacting side's own speaker
    "Georgian opposition leader Nika Melia said on Monday that the army was weak. Georgian Prime"
    " Minister Irakli Garibashvili strongly condemned those remarks.",
    # the claim of the reacting side itself, in a participle
    "Georgia has issued passports to residents of Abkhazia, claiming they are its citizens."
    " Tbilisi firmly rejects the claim.",
    # no words reacted to: the noun is no speech
    LAVROV + " Georgian Prime Minister Irakli Garibashvili strongly condemned the violence.",
])
def test_a_reaction_keeps_no_target_the_text_does_not_give(text: str) -> None:
    assert [t for type_ in ("ACCUSE", "REJECT") for t in _targets(text, type_)] == [None]


def test_words_owned_by_a_named_speaker_keep_their_stated_target() -> None:
    text = LAVROV + " Georgian Prime Minister Irakli Garibashvili strongly condemned the" \
                    " remarks of the Abkhaz leader."
    assert _targets(text, "ACCUSE") == [("XAB", "stated")]


def test_only_speech_nouns_pointing_back_are_words_answered() -> None:
    import spacy

    doc = spacy.load(MODEL)("Georgia rejected those claims, the comments of Moscow and the"
                            " decision.")
    verb = next(t for t in doc if t.lemma_ == "reject")
    assert [t.lower_ for t in remarks.words_answered(verb)] == ["claims"]


# -- "the two ministers": the two holders of that office named before ---------------------------
def test_the_two_foreign_ministers_are_the_two_named_before() -> None:
    text = ("Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Moscow"
            " on Thursday. The two foreign ministers discussed the border situation.")
    found = {(s and s[0], t and t[0]) for s, t in sides_of(text, "CONSULT")}
    assert found == {("IND", "CHN"), ("CHN", "IND")}


def test_both_ministers_are_the_two_ministers_named_before() -> None:
    text = ("Indian Defence Minister Rajnath Singh met Chinese Defence Minister Wei Fenghe in"
            " Moscow. Both ministers agreed to continue talks.")
    assert {(s and s[0], t and t[0]) for s, t in sides_of(text, "AGREE")} == {("CHN", "IND")}


@pytest.mark.parametrize("text", [
    # three foreign ministers named: which two, the words do not say
    "Russian Foreign Minister Sergei Lavrov hosted Indian Foreign Minister S. Jaishankar and"
    " Chinese Foreign Minister Wang Yi in Moscow on Thursday. The two foreign ministers discussed"
    " the border situation.",
    # no foreign minister named: the two leaders are not they
    "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Wuhan. The two"
    " foreign ministers discussed the border situation.",
    # one minister named
    "Indian Foreign Minister S. Jaishankar arrived in Moscow on Thursday. The two foreign"
    " ministers discussed the border situation.",
])
def test_the_two_ministers_are_no_pair_the_text_does_not_name(text: str) -> None:
    second = text.index("The two")
    assert all(e.evidence[0].start < second for e in code(text).events
               if e.type == "CONSULT" and e.source and e.target)


def test_the_two_armies_are_the_two_states_named_before() -> None:
    text = ("Indian and Chinese troops clashed in Ladakh on Monday. The two armies later pulled"
            " back from the area.")
    assert ("CHN", "IND") in {(s and s[0], t and t[0]) for s, t in sides_of(text, "RETREAT")}


# -- "his government": the government of his state ---------------------------------------------
def test_his_government_is_the_government_of_his_state() -> None:
    art = code("Georgian Prime Minister Irakli Garibashvili said his government would suspend"
               " talks with Russia.")
    (event,) = [e for e in art.events if e.type == "SANCTION"]
    assert event.source is not None and event.target is not None
    assert (event.source.id, event.source.sector, event.target.id) == ("GEO", "GOV", "RUS")


def test_his_government_with_no_one_named_is_no_side() -> None:
    assert [s for s, _ in sides_of("The minister said his government would suspend talks with"
                                   " Russia.", "SANCTION")] == [None]


def test_his_government_with_people_of_two_states_before_is_no_side() -> None:
    text = ("US President Barack Obama said Georgian Prime Minister Irakli Garibashvili's"
            " decision was brave, and that his government would support Georgia.")
    assert [s for s, _ in sides_of(text, "SUPPORT")] == [None]


# -- a clash told by the fighters it killed: between their two states -------------------------
def test_a_clash_that_killed_two_states_soldiers_was_between_them() -> None:
    text = ("Relations soured after a border clash killed at least 12 Indian soldiers and three"
            " Chinese troops in the Himalayas.")
    found = sides_of(text, "ASSAULT")
    assert len(found) == 1
    (source, target), = found
    assert {source and source[0], target and target[0]} == {"IND", "CHN"}
    assert "inferred-clause" in {source and source[1], target and target[1]}


@pytest.mark.parametrize("text", [
    "Relations soured after a border clash killed at least 12 Indian soldiers in the Himalayas.",
    "Relations soured after a border clash killed 12 Indian soldiers and three Chinese"
    " shepherds in the Himalayas.",
])
def test_a_clash_with_one_states_fighters_hit_names_no_second_party(text: str) -> None:
    assert all("inferred-clause" not in {s and s[1], t and t[1]}
               for s, t in sides_of(text, "ASSAULT"))
