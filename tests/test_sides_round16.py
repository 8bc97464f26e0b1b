"""Sides of events in world news, round 16 (issue 22): grammar that names who undergoes an
act and who only reports it.

Every sentence here is written for the test (names invented), none taken from a scored set.
Each rule has a sentence that needs it and a twin it must leave alone."""

from __future__ import annotations

import pytest

from test_sides import states_of


# -- "came under attack by X": the subject undergoes the act, the "by"/"from" phrase does it --
def test_came_under_attack_by() -> None:
    assert states_of("The Georgian village of Ergneti came under attack by Russia.",
                     "ASSAULT") == [("RUS", "GEO")]


def test_attack_by_the_subject_is_unchanged() -> None:
    assert states_of("Russia attacked the Georgian village of Ergneti.",
                     "ASSAULT") == [("RUS", "GEO")]


# -- "if convicted": a bare past participle's undergoer is the subject it leans on --------------
def test_bare_passive_participle_undergoer() -> None:
    found = states_of("Four Kazakh activists could face ten years in prison if convicted of "
                      "treason.", "ACCUSE")
    assert found and all(src is None and tgt == "KAZ" for src, tgt in found)


def test_active_perfect_participle_keeps_doer() -> None:
    found = states_of("Having accused Kyrgyzstan of smuggling, Kazakhstan closed the border.",
                      "ACCUSE")
    assert found and all(src == "KAZ" for src, _ in found)


def test_clause_of_comparison_is_no_passive() -> None:
    assert states_of("As promised, Kazakhstan released the Kyrgyz shepherds.",
                     "AGREE") == [("KAZ", None)]  # ("as promised": Kazakhstan's promise)


# -- an adjunct under a passive: its doer is the passive subject, never the reporter above -----
def test_adjunct_of_passive_is_not_the_reporters() -> None:
    found = states_of("Kazakhstan's state news agency reported that dozens of people were "
                      "detained while trying to protest in Almaty.", "PROTEST")
    assert ("KAZ", None) not in found  # (the agency reports; it does not protest)


def test_adjunct_of_passive_names_its_subject() -> None:
    found = states_of("Georgian officials were detained while trying to protest in Moscow.",
                      "PROTEST")
    assert found and all(src == "GEO" for src, _ in found)


# -- the protester named by "from" / "by"; the one who ignores a protest does not make it ------
@pytest.mark.parametrize("text, pair", [
    ("Uruguay ignored protests from Paraguay.", ("PRY", "URY")),
    ("Bolivia staged protests against Paraguay.", ("BOL", "PRY")),
])
def test_protest_maker(text: str, pair: tuple[str, str]) -> None:
    assert states_of(text, "PROTEST") == [pair]


def test_ignoring_a_protest_is_not_protesting() -> None:
    assert ("URY", None) not in states_of("Uruguay ignored the protests.", "PROTEST")


# -- "he"/"she" after a person the knowledge base does not know is that one, not one before --
def test_pronoun_after_unknown_person_is_not_a_known_one() -> None:
    found = states_of("Vladimir Putin spoke on Monday. The vice president gave an address in "
                      "which he called on Georgia to pay compensation.", "REQUEST")
    assert found and all(src is None for src, _ in found)


def test_pronoun_still_finds_the_known_person() -> None:
    found = states_of("Vladimir Putin spoke on Monday. Later he called on Georgia to pay "
                      "compensation.", "REQUEST")
    assert ("RUS", "GEO") in found


# -- "it" points to a state named within about two paragraphs, not pages before ----------------
FILLER = "The committee met again and discussed many other things at length. " * 20


def test_it_does_not_reach_pages_back() -> None:
    found = states_of(f"Russia spoke on Monday. {FILLER}It then accused Georgia of lying.",
                      "ACCUSE")
    assert found and all(src is None for src, _ in found)


def test_it_finds_the_state_nearby() -> None:
    assert ("RUS", "GEO") in states_of("Russia spoke on Monday. The committee met again. It "
                                       "then accused Georgia of lying.", "ACCUSE")


# -- "it" after a body the knowledge base does not know is that body, not a state before ------
def test_it_after_unknown_company() -> None:
    found = states_of("Russia criticized the deal. Officials said Exxon Mobil was lucky that it "
                      "could send aid to Georgia.", "AID")
    assert found and all(src != "RUS" for src, _ in found)


def test_it_with_no_company_between() -> None:
    found = states_of("Russia criticized the deal. Officials said that it could send aid to "
                      "Georgia.", "AID")
    assert found and all(src == "RUS" for src, _ in found)


# -- a headline's kicker before a colon is its topic, never a side ------------------------------
def test_kicker_is_no_side() -> None:
    assert states_of("BRICS Summit 2023: Lula meets Ramaphosa", "CONSULT") == [("BRA", "ZAF")]
    assert states_of("G20 Summit 2023: Albanese meets Xi", "CONSULT") == [("AUS", "CHN")]


def test_subjects_without_colon_are_kept() -> None:
    assert states_of("Kassym-Jomart Tokayev and Sadyr Japarov met in Astana.",
                     "CONSULT") == [("KAZ", "KGZ")]


def test_object_pronoun_is_not_its_own_clause_subject() -> None:
    found = states_of("Vladimir Putin spoke on Tuesday. As for Kazakh blogger Aidos Serikov, "
                      "who insulted him during a broadcast, Putin said nothing.", "ACCUSE")
    assert found and all(tgt == "RUS" for _, tgt in found)


def test_kicker_check_survives_a_subject_of_punctuation() -> None:
    import spacy
    from spacy.tokens import Doc

    from tieline.annotate.side_grammar import not_kickers

    doc = Doc(spacy.blank("en").vocab, words=["-", "Modi", "meets", "Xi"],
              heads=[2, 2, 2, 2], deps=["nsubj", "nsubj", "ROOT", "dobj"])
    assert doc[0].is_punct
    subjects = [doc[0], doc[1]]
    assert not_kickers(subjects) == subjects


def test_he_does_not_reach_pages_back() -> None:
    found = states_of(f"Vladimir Putin spoke on Monday. {FILLER * 3}Later he called on Georgia "
                      "to pay compensation.", "REQUEST")
    assert found and all(src is None for src, _ in found)
