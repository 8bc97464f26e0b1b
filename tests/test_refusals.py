"""Refusals must not come out as the act refused: the scope of a refusing word over acts
joined to the one it governs, "be against" an act, and "rule out".

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code


def coded(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.status) for e in code(text).events}


@pytest.mark.parametrize("text, refused", [
    # the refusal governs every act joined to the one it names
    ("Hungary refused to impose sanctions on Belarus or lend Moldova military support.",
     "SUPPORT"),
    ("Azerbaijan still refuses to honour the truce and withdraw its troops from Armenia.",
     "RETREAT"),
    # "be against" an act opposes it
    ("Prime Minister Kovacs said he was against imposing sanctions on Serbia.", "SANCTION"),
    # "rule out" an act refuses it
    ("The Peruvian government ruled out any military assistance to Bolivia.", "AID"),
])
def test_a_refused_act_is_not_reported_as_done(text: str, refused: str) -> None:
    assert (refused, "reported") not in coded(text)
    assert (refused, "claimed") not in coded(text)


def test_an_act_joined_to_a_refusal_at_the_top_is_still_done() -> None:
    # two clauses, each its own: the second act is not refused
    got = coded("Chile rejected the Peruvian demand and sent troops to the border.")
    assert {("REJECT", "reported"), ("MOBILIZE", "reported")} <= got


def test_calling_off_talks_reverses_them() -> None:
    assert ("SANCTION", "reported") in coded("Chile called off the talks with Peru on Friday.")
    assert ("CONSULT", "reported") not in coded("Chile called off the talks with Peru on Friday.")


def test_against_a_country_is_not_a_refusal() -> None:
    assert ("SANCTION", "reported") in coded(
        "The European Union imposed new sanctions against Belarus on Monday.")
