"""Coverage, thirteenth round: English families whose page states a gold event but whose
report of it was not coded, or coded in another status (issues 22 and 23).

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a case where it must not fire."""

from __future__ import annotations

from test_sides import coded


# -- a main verb the parser hangs on its subject after a relative clause ----------------------
def test_branding_after_a_relative_clause_is_the_subjects() -> None:
    # the parser makes "Diaz" the root and "called" a participle describing her (as in "a man
    # called John"): the comma-closed relative clause before it says it is her main verb
    assert coded("Peruvian President Ana Diaz, who opposes the ruling party, called Boric’s "
                 "decisions “another Chilean provocation.”",
                 "ACCUSE") == [("PER", "CHL", "disapprove", "reported")]


def test_a_name_given_inside_a_relative_clause_brands_nothing() -> None:
    # the twin: "a party called the Democratic Front" is a participle naming its noun
    assert coded("Ana Diaz, who leads a party called the Democratic Front, said that Chile "
                 "was a friend.", "ACCUSE") == []


# -- "called X's decisions a provocation" parsed with two predicates --------------------------
def test_the_first_of_two_predicates_is_what_is_branded() -> None:
    assert coded("Peruvian President Ana Diaz, who opposes many of the ruling party’s "
                 "policies, called Chile's decisions “another provocation.”",
                 "ACCUSE") == [("PER", "CHL", "disapprove", "reported")]


def test_a_name_that_condemns_nothing_brands_nothing() -> None:
    # the twin: the same shape with a name that is no condemnation
    assert coded("Peruvian President Ana Diaz, who opposes many of the ruling party’s "
                 "policies, called Chile's decisions “another opportunity.”", "ACCUSE") == []


# -- an infinitive a noun governs, labelled a relative clause by the parser -----------------
def test_what_one_would_find_the_strength_to_do_is_planned() -> None:
    assert coded("Peru's president said that Peru would find the strength to apologize to "
                 "Chile for the war.", "SUPPORT") == [("PER", "CHL", "apologize", "planned")]


def test_what_one_found_the_strength_to_do_is_done() -> None:
    # the twin: nothing above the noun says it is to come
    assert coded("Peru found the strength to apologize to Chile for the war.",
                 "SUPPORT") == [("PER", "CHL", "apologize", "reported")]


# -- "forbid" and "bar" are "ban" (CAMEO's PROHIBIT block, 172) ----------------------------
def test_barring_another_states_people_is_an_embargo() -> None:
    assert coded("Peru has barred two Chilean journalists from returning to Lima.",
                 "SANCTION") == [("PER", "CHL", "restrict", "reported")]


def test_forbidding_another_states_people_is_an_embargo() -> None:
    assert coded("After a row over visas, Peru has forbidden two Chilean journalists from "
                 "returning to Lima.", "SANCTION") == [("PER", "CHL", "restrict", "reported")]


def test_forbidding_ones_own_police_is_no_embargo() -> None:
    # the twin: a ban at home falls on no other state
    assert coded("Peru forbade its police to use force against protesters.", "SANCTION") == []
