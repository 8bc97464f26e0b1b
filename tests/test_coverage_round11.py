"""Coverage, eleventh round: reports the coder read with a side missing, so that a family
telling a gold event gave no fitting event (issue 23's "not coded" families).

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a case where it must not fire."""

from __future__ import annotations

from test_sides import code


def _sides_of(text: str, type_: str) -> list[tuple[object, object]]:
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in code(text).events if e.type == type_]


# -- custody told without a doer: the authorities of the ground it happened on ---------------
def test_a_detention_in_a_capital_is_by_its_state() -> None:
    assert _sides_of("A Peruvian journalist was detained in Santiago on Monday.",
                     "COERCE") == [("CHL", "PER")]


def test_a_release_in_a_state_is_by_that_state() -> None:
    assert _sides_of("The Peruvian doctor was released in Chile on Friday.",
                     "RETREAT") == [("CHL", "PER")]


def test_the_doer_inferred_from_the_place_is_marked_inferred() -> None:
    [e] = [e for e in code("A Peruvian journalist was detained in Chile.").events
           if e.type == "COERCE"]
    assert e.source is not None and e.source.basis == "inferred-place"  # (round 18's basis)


def test_a_detention_at_home_has_no_foreign_doer() -> None:
    assert _sides_of("A Peruvian journalist was detained in Peru on Monday.",
                     "COERCE") == [(None, "PER")]


def test_a_written_agent_wins_over_the_place() -> None:
    assert _sides_of("A Peruvian journalist was detained by Bolivian police in Chile.",
                     "COERCE") == [("BOL", "PER")]


def test_a_detention_in_two_states_names_no_doer() -> None:
    assert _sides_of("A Peruvian journalist was detained in Santiago and Lima on Monday.",
                     "COERCE") == [(None, "PER")]


def test_a_killing_in_a_state_is_not_by_that_state() -> None:
    assert all(s is None for s, _ in
               _sides_of("The Peruvian doctor was killed in Chile on Friday.", "ASSAULT"))


# -- an act laid on another: "blamed the clashes on X" (CAMEO 112) ---------------------------
def test_blaming_clashes_on_a_state_accuses_it() -> None:
    assert _sides_of("Peru blamed the clashes on Chile.", "ACCUSE") == [("PER", "CHL")]


def test_blaming_an_attempt_by_a_side_accuses_that_side() -> None:
    assert _sides_of('Peru blamed the clashes on "an attempt by the Chilean side to change '
                     'the border".', "ACCUSE") == [("PER", "CHL")]


def test_an_attack_blamed_on_a_state_is_not_the_blamers() -> None:
    art = code("Peru blamed the attack on Chile.")
    attacks = [e for e in art.events if e.type == "ASSAULT"]
    assert attacks and all(e.source is not None and e.source.country == "CHL" and
                           e.status == "claimed" for e in attacks)


def test_an_attack_blamed_on_no_one_named_is_no_ones() -> None:
    art = code("Peru blamed the attack on the weather.")
    assert not [e for e in art.events if e.type == "ASSAULT"]


def test_blaming_someone_for_an_act_is_unchanged() -> None:
    assert _sides_of("Peru blamed Chile for the clashes.", "ACCUSE") == [("PER", "CHL")]


def test_condemning_an_attack_on_a_state_lays_it_on_no_one() -> None:
    art = code("Peru condemned the attack on Chile.")
    assert all(e.source is None or e.source.country != "CHL" for e in art.events)


# -- a reaction to "a move" restating the sentence's act answers its doer --------------------
def test_a_move_denounced_by_a_side_is_aimed_at_its_doer() -> None:
    assert _sides_of("Peru lifted the ban on flights to Chile, a move that was quickly "
                     "denounced by Chile's president.", "ACCUSE") == [("CHL", "PER")]


def test_a_step_a_side_condemned_is_aimed_at_its_doer() -> None:
    assert _sides_of("Peru expelled two Chilean diplomats, a step that Chile's president "
                     "condemned.", "ACCUSE") == [("CHL", "PER")]


def test_a_move_welcomed_by_a_side_supports_its_doer() -> None:
    assert ("CHL", "PER") in _sides_of("Peru lifted the ban on flights to Chile, a move "
                                       "welcomed by Chile.", "SUPPORT")


def test_a_move_that_did_something_is_no_reaction_to_aim() -> None:
    art = code("Peru lifted the ban on flights to Chile, a move that angered Bolivia.")
    assert not [e for e in art.events if e.type in ("ACCUSE", "SUPPORT")]


def test_the_move_of_another_time_is_not_restated() -> None:
    assert all(t != "PER" for _, t in _sides_of(
        "Peru lifted the ban on flights to Chile, the move that Bolivia's president "
        "denounced last year.", "ACCUSE"))


def test_an_act_an_unnamed_accuser_holds_someone_to_stays_claimed() -> None:
    art = code("Protesters gathered in Lima, accusing the occupying forces of killing a "
               "Peruvian citizen.")
    assert [e.status for e in art.events if e.type == "ASSAULT"] == ["claimed"]
