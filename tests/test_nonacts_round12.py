"""Non-acts and sides, round 12 (issue 22): small grammar mistakes that gave a false event
or lost a side.

Every sentence here is written for the test (names invented), none taken from a scored set.
Each rule has a sentence that needs it and a twin that must keep its coding."""

from __future__ import annotations

from test_sides import coded, sides_of


# -- "meet" a demand, a need or a deadline satisfies it: no meeting -------------------------
def test_meeting_a_demand_is_no_meeting() -> None:
    assert coded("Russia met Georgia's demands on Monday.", "CONSULT") == []


def test_meeting_a_deadline_is_no_meeting() -> None:
    assert coded("Armenia failed to meet the deadline set by the European Union.",
                 "CONSULT") == []


def test_requirements_met_in_a_relative_clause_are_no_meeting() -> None:
    assert coded("Kazakhstan has met the requirements that the European Union set.",
                 "CONSULT") == []


def test_meeting_a_delegation_stays_a_meeting() -> None:
    assert coded("Armenia failed to meet the Azerbaijani delegation in Vienna.",
                 "CONSULT") == [("ARM", "AZE", "meet", "negated")]


# -- an act of force as the doer of a verb of a blow lands on that verb's other party ------
def test_passive_hit_by_demonym_strikes_has_both_sides() -> None:
    assert sides_of("Kyrgyzstan was hit by Kazakh air strikes on Monday.",
                    "ASSAULT") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_active_strikes_hit_their_object() -> None:
    assert sides_of("Kazakh air strikes hit Kyrgyzstan on Monday.",
                    "ASSAULT") == [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_sanctions_that_hit_a_state_target_it() -> None:
    assert sides_of("Iran was hit by new American sanctions in May.",
                    "SANCTION") == [(("USA", "stated"), ("IRN", "stated"))]


def test_a_verb_of_no_blow_gives_its_subject_no_part() -> None:
    # ("overshadowed" lands nothing on the talks: the strikes' target stays unsaid)
    assert sides_of("The talks with Kyrgyzstan were overshadowed by Kazakh air strikes.",
                    "ASSAULT") == [(("KAZ", "stated"), None)]


def test_strikes_with_their_target_stated_keep_it() -> None:
    assert sides_of("Kazakhstan's air strikes on Kyrgyzstan killed ten people.",
                    "ASSAULT") == [(("KAZ", "stated"), ("KGZ", "stated"))]


# -- a request noun's "of" names its maker, to whom an answer goes --------------------------
def test_refusing_to_accept_the_demands_of_a_state_rejects_that_state() -> None:
    assert sides_of("Tbilisi refused to accept the demands of Moscow.",
                    "REJECT") == [(("GEO", "stated"), ("RUS", "stated"))]


def test_accepting_the_demands_of_a_state_concedes_to_it() -> None:
    assert sides_of("Yerevan accepted the demands of Baku on Monday.",
                    "CONCEDE") == [(("ARM", "stated"), ("AZE", "stated"))]


def test_demands_written_with_a_possessor_keep_their_maker() -> None:
    assert sides_of("Tbilisi refused to accept Moscow's demands.",
                    "REJECT") == [(("GEO", "stated"), ("RUS", "stated"))]


# -- "visit again" repeats the visit told before: one visitor, the same host ---------------
def test_visit_again_is_the_last_visitors_with_its_host() -> None:
    found = sides_of("Chinese Foreign Minister Wang Yi met Indian Foreign Minister Subrahmanyam "
                     "Jaishankar in Delhi on Monday. This will be Narendra Modi's third visit "
                     "to China this year. He is expected to visit again in October.", "CONSULT")
    assert found[-1] == (("IND", "inferred-previous"), ("CHN", "inferred-previous"))
    assert len(found) == 3


def test_visit_again_to_a_named_host_keeps_that_host() -> None:
    found = sides_of("Chinese Foreign Minister Wang Yi visited Nepal last year. He will visit "
                     "India again next week.", "CONSULT")
    assert found == [(("CHN", "stated"), ("NPL", "stated")),
                     (("CHN", "inferred-previous"), ("IND", "stated"))]


def test_a_visit_not_repeated_keeps_its_own_sides() -> None:
    found = sides_of("Chinese Foreign Minister Wang Yi visited Nepal last year. He is expected "
                     "to visit Moscow in October.", "CONSULT")
    assert found == [(("CHN", "stated"), ("NPL", "stated")), (("CHN", "stated"), ("RUS", "stated"))]
