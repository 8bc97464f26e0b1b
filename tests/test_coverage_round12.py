"""Coverage, twelfth round: families whose page tells a gold event but gave no fitting event
(issue 23 via issue 22).

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a case where it must not fire."""

from __future__ import annotations

from test_sides import coded


# -- a joint act's "their" is its doers (PLOVER CONSULT: a meeting is its participants') ---------
def test_their_summit_held_by_two_sides_is_theirs() -> None:
    assert coded("Peru and Chile had their first summit in Lima in April.",
                 "CONSULT") == [("PER", "CHL", "meet", "reported")]


def test_their_meeting_as_the_setting_of_an_act_is_the_subjects() -> None:
    assert coded("Peru and Chile reached several understandings during their meeting in Lima.",
                 "CONSULT") == [("PER", "CHL", "meet", "reported")]


def test_their_summit_hung_on_the_subject_is_the_subjects() -> None:
    # the parser hangs "in their summit" on the subject it follows, not on the verb
    assert coded("Peru and Chile, in their second summit on Monday in Lima, reiterated the "
                 "consensus.", "CONSULT") == [("PER", "CHL", "meet", "reported")]


def test_their_talks_with_a_third_keep_their_target() -> None:
    # the twin: "their" names no one, and the act is not the subject's to be read as a meeting
    # of the subjects: only the partner written stays
    assert ("PER", "CHL", "meet", "reported") not in \
        coded("Peru and Chile criticised their talks with Bolivia.", "CONSULT")


def test_a_meeting_recalled_by_one_names_no_pair() -> None:
    # the twin: one subject recalling "their" meeting gives no second side
    assert all(target is None for _, target, _, _ in
               coded("Peru recalled their previous meeting in Lima.", "CONSULT"))


def test_their_dispute_is_no_meeting() -> None:
    # the twin: a possessed noun of no joint act ("their dispute") gains no doer
    assert coded("Peru and Chile have not settled their dispute.", "CONSULT") == []


# -- conferring a standing on a state (CAMEO 054 "grant recognition", PLOVER SUPPORT) ---------
def test_granting_candidate_status_supports_the_state() -> None:
    assert coded("The EU has granted Moldova candidate status.",
                 "SUPPORT") == [("EU", "MDA", "recognize", "reported")]


def test_the_status_of_a_candidate_country_is_the_same_act() -> None:
    assert coded("The European Union decided to grant Moldova the status of a candidate "
                 "country.", "SUPPORT") == [("EU", "MDA", "recognize", "planned")]


def test_a_status_granted_to_people_is_no_act_between_states() -> None:
    # the twin: refugee status is granted to people, not a state's standing
    assert coded("The EU granted refugee status to twenty Syrians.", "SUPPORT") == []


def test_a_name_modifying_a_status_not_given_is_no_recipient() -> None:
    # the twin of the folded first object: a verb of no giving ("discussed") gives no one
    # the status the name modifies
    assert coded("The EU discussed Moldova candidate status.", "SUPPORT") == []


# -- a capitalised act noun owned by a pronoun is the act, not a name ---------------------------
def test_their_capitalised_summit_is_their_meeting() -> None:
    assert coded("Peru and Chile, in their second Informal Summit on Monday, reiterated the "
                 "consensus.", "CONSULT") == [("PER", "CHL", "meet", "reported")]


def test_a_named_summit_is_an_occasion() -> None:
    # the twin: "the Lima Summit" names an occasion, no one's meeting
    assert coded("The consensus reached at the Lima Summit was reiterated by Peru.",
                 "CONSULT") == []


# -- a headline's infinitive is what is to come ("Putin to visit Georgia") --------------------
def test_a_headline_infinitive_is_planned() -> None:
    assert coded("Peru to impose sanctions on Chile.", "SANCTION") == \
        [("PER", "CHL", "restrict", "planned")]


def test_a_headline_infinitive_after_a_dateline_is_planned() -> None:
    assert coded("Lima: Peru to impose sanctions on Chile over border row.", "SANCTION") == \
        [("PER", "CHL", "restrict", "planned")]


def test_an_infinitive_of_purpose_beside_a_finite_verb_is_no_plan() -> None:
    # the twin: a sentence with a finite verb tells what was done ("recalled")
    assert coded("To protest the ban, Peru recalled its ambassador from Chile.",
                 "SANCTION") == [("PER", "CHL", "withdraw", "reported")]


def test_an_infinitive_completing_a_noun_is_no_headline() -> None:
    # the twin: with no finite verb read (the tagger's adjective "surprised"), the refusal's
    # infinitive completes a noun; the refusal is told as done
    assert coded("Peru's refusal to cooperate with Chile surprised observers.", "REJECT") == \
        [("PER", "CHL", None, "reported")]
