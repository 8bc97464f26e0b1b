"""Status, round 17: a measure decided is a measure taken. A decision by the authority that
holds a measure (a ban, a suspension, an expulsion: PLOVER's SANCTION) puts it in force, as
an order does (mood's sixth round), so "decided to suspend talks" and "X's decision to ban
the apps" report the measure. What a decision names that its decider must still go and do
(a visit, a withdrawal) stays planned, and a decision to come, denied or only possible is
judged by the words above it. Each rule has a twin that must keep the status it had.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded


def statuses(text: str, type_: str) -> set[str]:
    return {status for *_, status in coded(text, type_)}


# -- a measure decided is in force ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On Monday the ruling party decided to suspend talks with the European Union until 2030.",
    "Kazakhstan decided to ban imports of Kyrgyz meat.",
])
def test_a_measure_decided_is_taken(text: str) -> None:
    assert statuses(text, "SANCTION") == {"reported"}


@pytest.mark.parametrize("text", [
    "Officials criticised Tokayev's decision to suspend flights to Kyrgyzstan.",
    "Kyrgyzstan is concerned about Kazakhstan's decision to ban Kyrgyz mobile apps.",
    "Kazakhstan took the decision to expel two Kyrgyz diplomats.",
])
def test_the_decision_to_take_a_measure_is_the_measure_taken(text: str) -> None:
    assert statuses(text, "SANCTION") == {"reported"}


# -- twins: a decision still to come, denied or possible; a deed decided -------------------------
@pytest.mark.parametrize(("text", "status"), [
    ("Kazakhstan will decide to ban imports of Kyrgyz meat.", "planned"),
    ("Kazakhstan is expected to decide to ban imports of Kyrgyz meat.", "planned"),
    ("Kazakhstan urged Kyrgyzstan to decide to ban imports of Russian meat.", "planned"),
    ("Kazakhstan may decide to ban imports of Kyrgyz meat.", "hypothetical"),
    ("Kazakhstan did not decide to ban imports of Kyrgyz meat.", "negated"),
    ("Kazakhstan plans to ban imports of Kyrgyz meat.", "planned"),
])
def test_a_decision_not_taken_keeps_the_words_above_it(text: str, status: str) -> None:
    assert statuses(text, "SANCTION") == {status}


@pytest.mark.parametrize(("text", "type_"), [
    ("Kazakhstan decided to withdraw its troops from Kyrgyzstan.", "RETREAT"),
    ("Tokayev decided to visit Kyrgyzstan next month.", "CONSULT"),
    ("Tokayev's decision to visit Kyrgyzstan surprised analysts.", "CONSULT"),
])
def test_a_deed_decided_is_still_ahead(text: str, type_: str) -> None:
    assert statuses(text, type_) == {"planned"}


# -- a measure given the day it starts from is set ------------------------------------------
@pytest.mark.parametrize("text", [
    "Flights of Kyrgyz airlines to Kazakhstan will be suspended starting from July 8, the Kazakh "
    "Transport Ministry said on Saturday.",
    "Kazakhstan will ban imports of Kyrgyz meat from 1 March.",
    "Kazakhstan will ban imports of Kyrgyz meat as of 1 March.",
])
def test_a_measure_given_its_start_date_is_taken(text: str) -> None:
    assert statuses(text, "SANCTION") == {"reported"}


@pytest.mark.parametrize(("text", "type_", "status"), [
    ("Kazakhstan will ban imports of Kyrgyz meat.", "SANCTION", "planned"),
    ("Kazakhstan will ban imports of meat from Kyrgyzstan.", "SANCTION", "planned"),
    ("Kazakhstan will ban imports of Kyrgyz meat from 1 March if Bishkek does not pay.",
     "SANCTION", "planned"),
    ("Kazakhstan may ban imports of Kyrgyz meat from 1 March.", "SANCTION", "hypothetical"),
    ("Tokayev will visit Kyrgyzstan from 1 March.", "CONSULT", "planned"),
    ("Kazakhstan will withdraw its troops from Kyrgyzstan from 1 March.", "RETREAT", "planned"),
])
def test_a_start_date_does_not_set_a_deed_or_a_threat(text: str, type_: str,
                                                        status: str) -> None:
    assert statuses(text, type_) == {status}


def test_a_decision_to_leave_an_organisation_is_still_ahead() -> None:
    assert statuses("Burkina Faso announced its decision to leave the Economic Community of "
                    "West African States.", "SANCTION") == {"planned"}
