"""Both sides, thirteenth round: sides the sentence states in grammar the coder misread (issue 22).

- A subject the parser hangs on the auxiliary ("X has on Jun 12 asked Y"), where a phrase
  stands between them, is the verb's subject; never in the passive, whose subject undergoes.
- A causative participle ("worked to have him released", "got their renewals rejected by
  X") is a passive: the one it is done to is written before it, its doer only by "by"; not
  after a finite "had", which may only hold what it tells of ("it had 90 users signed up").
- The doer of an act noun is its "by" phrase ("the decision by X to travel for talks with
  Y": X meets Y), never of a thing ("a book by X about the talks with Y"), and never
  through a judgement ("the criticism by X of the talks").
- A fight's other party in a "with" phrase the parser hung on the verb after a time ("were
  killed in a face-off on Monday night with X's troops"), not a "with" of instruments.
- A withdrawal from a state's land ("to withdraw from its occupied territories in X") is
  from that state; not from a border, which two share.
- A verb of judging holds its object to an act named deeper in its "of" phrase ("accused X
  of concocting excuses over sending troops": X sends them), unless that act has a subject.
- A demand said to be a precondition ("X's withdrawal is the precondition for talks, Y's
  spokesperson said") is the speaker's, asked of the subject's doer; a clause subject's own
  subject does what the clause is said to do ("What X has done violates Y's sovereignty").
- Troops sent "into" a state are mobilised against it, as "to" or "against" it.

Every sentence is written for the test (names of states and offices are real, the events
invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import sides_of, states_of


# -- the subject on an auxiliary ---------------------------------------------------------------
def test_subject_hung_on_the_auxiliary_is_the_verbs() -> None:
    assert states_of("Peru has on Jun 12 asked two Chilean reporters to leave the country.",
                     "REQUEST") == [("PER", "CHL")]


def test_subject_of_a_passive_auxiliary_does_not_ask() -> None:
    assert states_of("Two Chilean reporters have on Jun 12 been asked to leave the country.",
                     "REQUEST") == [(None, "CHL")]


# -- causative participles ---------------------------------------------------------------------
def test_one_had_released_is_released_not_the_releaser() -> None:
    assert states_of("The Peruvian government worked to have the Chilean journalist "
                     "released.", "RETREAT") == [(None, "CHL")]


def test_ones_whose_things_got_rejected_are_the_target() -> None:
    assert states_of("Several Chilean reporters got their visa renewals rejected by Peru.",
                     "REJECT") == [("PER", "CHL")]


def test_had_as_an_auxiliary_is_no_causative() -> None:
    assert states_of("Peru had released the Chilean journalist.", "RETREAT") == \
        [("PER", "CHL")]


def test_a_finite_had_with_a_participle_is_no_causative() -> None:
    # (what the site holds, not what was done to its users by another)
    assert states_of("By Tuesday, the Peruvian government had 90,000 Chilean applicants "
                     "signed up for the program.", "COOPERATE") == []


# -- the doer of an act noun -------------------------------------------------------------------
def test_decision_by_x_to_travel_for_talks_with_y() -> None:
    text = ("The decision by Peruvian President Dina Boluarte to travel to Santiago for talks "
            "with Chile's president surprised many.")
    assert ("PER", "CHL") in states_of(text, "CONSULT")
    assert all(s == "PER" for s, _ in states_of(text, "CONSULT"))


@pytest.mark.parametrize("text", [
    "The criticism by Peru of the talks with Chile surprised many.",  # a judgement
    "The report by the United Nations on the talks with Chile was published.",  # no state
])
def test_no_doer_of_talks_through_a_judgement_or_a_report(text: str) -> None:
    assert states_of(text, "CONSULT") == [(None, "CHL")]


def test_by_phrase_of_a_thing_names_no_doer() -> None:
    # (a book is no act: its author does not meet the one the book tells of)
    assert states_of("A book by Peru's foreign minister about the talks with Chile was "
                     "published.", "CONSULT") == [(None, "CHL")]


# -- a fight with a time between ---------------------------------------------------------------
def test_fight_party_after_a_time_phrase() -> None:
    assert sides_of("Twenty Chilean soldiers were killed in a violent face-off on Monday "
                    "night with Peruvian troops near the border.", "ASSAULT") == \
        [(("PER", "inferred-clause"), ("CHL", "stated"))]


def test_fight_with_instruments_has_no_party() -> None:
    assert states_of("Twenty Chilean soldiers were killed in a violent face-off on Monday "
                     "night with knives and stones near the border.", "ASSAULT") == \
        [(None, "CHL")]


# -- withdrawal from a state's land ------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Armenia to withdraw from its occupied territories in Azerbaijan.", ("ARM", "AZE")),
    ("Turkey to pull out from its occupied land in Cyprus.", ("TUR", "CYP")),
])
def test_withdrawal_from_land_in_a_state(text: str, pair: tuple[str, str]) -> None:
    assert states_of(text, "RETREAT") == [pair]


def test_withdrawal_from_a_border_is_from_no_one() -> None:
    assert states_of("Peru withdrew its troops from the border with Chile.", "RETREAT") == \
        [("PER", None)]


# -- judged acts deeper in the "of" phrase -----------------------------------------------------
_STATEMENT = ("Earlier on Tuesday, Peru had released a statement demanding the withdrawal of "
              "Chilean troops from Tacna and also accused Chile of \"concocting\" excuses ")


def test_accused_of_excuses_over_sending_troops_sends_them() -> None:
    text = _STATEMENT + "over illegally sending troops into Peruvian territory."
    assert [s for s, _ in states_of(text, "MOBILIZE")] == ["CHL"]


def test_deeper_act_with_its_own_subject_keeps_it() -> None:
    text = _STATEMENT + "while Bolivia was illegally sending troops into Peruvian territory."
    assert [s for s, _ in states_of(text, "MOBILIZE")] == ["BOL"]


# -- preconditions and clause subjects ---------------------------------------------------------
def test_precondition_is_the_speakers_demand_on_the_subjects_doer() -> None:
    text = ("Chile's withdrawal of its troops is the precondition for any talks, a Peruvian "
            "foreign ministry spokesperson said.")
    assert states_of(text, "REQUEST") == [("PER", "CHL")]


def test_a_demand_of_ones_own_keeps_its_maker() -> None:
    assert states_of("Chile's main demand is the release of the fishermen.", "REQUEST") == \
        [("CHL", None)]


def test_a_demand_that_is_no_act_names_no_one_asked() -> None:
    # ("a wake-up call" said of a thing asks no one: no speaker's demand is read into it)
    assert states_of("This is a wake-up call, Peru's president told reporters.",
                     "REQUEST") == []


def test_what_x_has_done_violates() -> None:
    # nonacts round 9: violating is CAMEO 128 (defy norms, law) only when an actor violates
    # a norm; a speaker's judgment that an act "violates sovereignty" is no rejection
    assert states_of("What Chile has done not only violates Peru's territorial sovereignty "
                     "but also threatens regional peace.", "REJECT") == []


def test_a_conditional_read_as_a_clause_subject_names_no_doer() -> None:
    assert states_of("Peru's foreign minister told a press conference on Saturday that he "
                     "could not guarantee the attempt would work, and even if it did it "
                     "would only capture the majority of the oil.", "ASSAULT") == []


def test_precondition_of_an_act_by_its_doer() -> None:
    assert states_of("Peruvian foreign ministry spokesperson Ana Cecilia Gervasi said "
                     "withdrawal of troops by Chile was a precondition for any dialogue.",
                     "REQUEST") == [("PER", "CHL")]


def test_a_clause_subject_without_a_subject_names_no_doer() -> None:
    # (nonacts round 9: no rejection at all, as the violation is of no norm)
    assert states_of("Building the wall violates Peru's territorial sovereignty.",
                     "REJECT") == []


# -- troops sent into a state ------------------------------------------------------------------
def test_troops_sent_into_a_states_land_are_sent_against_it() -> None:
    assert states_of("Peru sent troops into Chilean territory.", "MOBILIZE") == [("PER", "CHL")]


def test_troops_sent_into_a_range_are_sent_against_no_one() -> None:
    assert states_of("Peru sent troops into the Andes to fight the rebels.", "MOBILIZE") == \
        [("PER", None)]
