"""Recall round 17 (issues 22/23): acts the families' pages state that tieline did not code.

Every sentence here is written for the test (names invented or public figures in invented
situations), none taken from a scored set. Each rule has a sentence that needs it and a twin
that must keep its coding."""

from __future__ import annotations

from test_sides import coded, sides_of, states_of


# -- "was met with criticism" is a reception, no meeting -----------------------------------
def test_an_act_met_with_criticism_is_no_meeting() -> None:
    assert coded("The Turkish decision was met with criticism in Athens.", "CONSULT") == []


def test_an_act_met_with_protests_is_no_meeting() -> None:
    assert coded("Erdogan was met with protests in Berlin on Monday.", "CONSULT") == []


def test_meeting_with_leaders_stays_a_meeting() -> None:
    assert coded("Erdogan met with German leaders in Berlin on Monday.",
                 "CONSULT") == [("TUR", "DEU", "meet", "reported")]


def test_meeting_with_a_definite_opposition_stays_a_meeting() -> None:
    # ("the opposition" is a party one sits down with; "met with opposition" a reception)
    assert [r[2] for r in coded("Pashinyan met with the opposition of Georgia in Tbilisi.",
                                "CONSULT")] == ["meet"]


def test_the_reaction_is_aimed_at_the_owner_of_the_received_act() -> None:
    assert sides_of("The Chinese proposal met with strong criticism from India.",
                    "ACCUSE") == [(("IND", "stated"), ("CHN", "inferred-clause"))]


def test_a_criticism_by_no_one_named_is_aimed_at_the_owner_of_the_received_act() -> None:
    assert sides_of("The Chinese proposal was met with criticism on Monday.",
                    "ACCUSE") == [(None, ("CHN", "inferred-clause"))]


def test_protests_that_met_an_act_are_by_the_people_of_their_place() -> None:
    assert sides_of("The Chinese proposal was met with protests in Delhi.",
                    "PROTEST") == [(("IND", "inferred-clause"), ("CHN", "inferred-clause"))]


def test_protests_that_met_a_visitor_are_aimed_at_him() -> None:
    assert sides_of("Erdogan was met with protests in Berlin on Monday.",
                    "PROTEST") == [(("DEU", "inferred-clause"), ("TUR", "inferred-clause"))]


def test_an_unowned_received_act_gives_no_target() -> None:
    assert sides_of("The proposal was met with protests in Delhi.", "PROTEST") == []


def test_a_reaction_with_its_own_target_keeps_it() -> None:
    assert sides_of("The plan was met with criticism of Greece from Turkey.",
                    "ACCUSE") == [(("TUR", "stated"), ("GRC", "stated"))]


def test_criticism_from_a_state_names_its_source() -> None:
    assert sides_of("Georgia faced criticism from Russia over the new law.",
                    "ACCUSE") == [(("RUS", "stated"), ("GEO", "stated"))]


def test_criticism_of_a_state_without_a_from_phrase_has_no_source() -> None:
    assert [s for s, _ in sides_of("The criticism of Georgia grew louder on Monday.",
                                   "ACCUSE")] in ([], [None])


# -- a release from a place of custody is by the one who held it ---------------------------
def test_release_from_a_named_prison_is_by_its_ground() -> None:
    assert sides_of("Chilean journalist Ana Rojas was released from a Lima prison on Monday.",
                    "RETREAT") == [(("PER", "inferred-place"), ("CHL", "learned"))]


def test_release_from_a_jail_in_a_capital_is_by_its_state() -> None:
    assert sides_of("A Chilean journalist was freed from a jail in Lima on Monday.",
                    "RETREAT") == [(("PER", "inferred-place"), ("CHL", "stated"))]


def test_release_from_a_hospital_is_by_no_one() -> None:
    assert sides_of("A Chilean journalist was released from a Lima hospital on Monday.",
                    "RETREAT") == [(None, ("CHL", "stated"))]


def test_release_from_ones_own_states_prison_gives_no_doer() -> None:
    # (a state's own people freed at home are no act between two sides)
    assert sides_of("A Peruvian journalist was released from a Lima prison on Monday.",
                    "RETREAT") == [(None, ("PER", "stated"))]


# -- a gerund's doer before it is whom a reaction to its act is aimed at -------------------
def test_rejecting_a_gerund_act_with_a_demonym_rejects_its_doer() -> None:
    assert states_of("Nepal flatly rejected Chinese renaming and asserted that the valley "
                     "is an integral part of Nepal.", "REJECT") == [("NPL", "CHN")]


def test_rejecting_a_gerund_act_without_a_doer_has_no_target() -> None:
    assert states_of("Nepal flatly rejected renaming and asserted that the valley is an "
                     "integral part of Nepal.", "REJECT") == [("NPL", None)]


def test_rejecting_its_own_sides_gerund_act_has_no_target() -> None:
    assert states_of("Nepal flatly rejected Nepalese renaming and asserted that the valley "
                     "is an integral part of Nepal.", "REJECT") == [("NPL", None)]


# -- a verb of causing a reaction receives it as "meet with" does --------------------------
def test_an_appearance_that_sparked_protests_across_a_state_is_protested_by_its_people() -> None:
    assert sides_of("The appearance of a Turkish minister in the Greek parliament has "
                    "triggered protests across Greece.", "PROTEST") == \
        [(("GRC", "inferred-clause"), ("TUR", "inferred-clause"))]


def test_protests_aimed_at_no_one_take_no_state_from_their_place() -> None:
    assert sides_of("The storm triggered protests across Greece.", "PROTEST") == []


def test_protests_by_a_written_group_take_no_state_from_their_place() -> None:
    assert [s for s, _ in sides_of("Erdogan's visit sparked protests by Kurdish exiles in "
                                   "Berlin.", "PROTEST")] == [None]
