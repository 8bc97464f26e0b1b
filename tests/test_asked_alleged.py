"""Acts told as asked for or as alleged are not acts that happened (issue 22).

An act in the infinitive of a verb of asking, telling or ordering ("Norway told Sweden to
expel the diplomats"), or in its mandative clause ("demanded that Sweden expel"), is what
the asker requests (PLOVER REQUEST, CAMEO 10): the act itself is at most planned. In "X
accused Y of doing Z" (CAMEO 112, PLOVER ACCUSE) Y is Z's doer and Z is X's claim. The
sentences are written for these tests; each has an affirmative twin that must still be
coded as done.
"""

from __future__ import annotations

import pytest

from test_events import code

# (sentence, type of the asked-for act, its doer, the asker or None: no REQUEST expected)
ASKED: list[tuple[str, str, str, str | None]] = [
    ("Norway told Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway asked Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway urged Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway called on Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway pressed Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway requested Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway ordered Sweden to expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Norway demanded that Sweden expel the Russian diplomats.", "SANCTION", "SWE", "NOR"),
    ("Turkey told Greece to withdraw its troops from the islands.", "RETREAT", "GRC", "TUR"),
    ("Turkey asked Greece to release the detained fishermen.", "RETREAT", "GRC", "TUR"),
]

# the affirmative twins: the same acts, told as done
DONE: list[tuple[str, str, str]] = [
    ("Sweden expelled the Russian diplomats.", "SANCTION", "SWE"),
    ("Greece withdrew its troops from the islands.", "RETREAT", "GRC"),
    ("Greece released the detained fishermen.", "RETREAT", "GRC"),
    # an implicative verb: what Norway made Sweden do was done
    ("Norway forced Sweden to expel the Russian diplomats.", "SANCTION", "SWE"),
    # a report of a done act told to someone is no instruction
    ("Norway told reporters that Sweden expelled the Russian diplomats.", "SANCTION", "SWE"),
]


def _side(ref: object) -> str | None:
    return getattr(ref, "id", None) if ref is not None else None


@pytest.mark.parametrize(("text", "etype", "doer", "asker"), ASKED, ids=[a[0][:40] for a in ASKED])
def test_an_act_asked_for_is_not_done(text: str, etype: str, doer: str,
                                      asker: str | None) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    acts = [e for e in events if e.type == etype and _side(e.source) == doer]
    assert acts and all(e.status == "planned" for e in acts), got
    assert not any(e.type == etype and e.status == "reported" for e in events), got
    if asker is not None:
        assert any(e.type == "REQUEST" and _side(e.source) == asker and
                   _side(e.target) == doer for e in events), got


@pytest.mark.parametrize(("text", "etype", "doer"), DONE, ids=[d[0][:40] for d in DONE])
def test_the_act_told_as_done_is_reported(text: str, etype: str, doer: str) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    assert any(e.type == etype and e.status == "reported" and _side(e.source) == doer
               for e in events), got


def test_an_order_to_ones_own_official_is_no_request_between_sides() -> None:
    events = code("The Norwegian prime minister ordered the defence ministry to expel the "
                  "Russian diplomats.", "2024-05-08").events
    assert not any(e.type == "REQUEST" for e in events), [(e.type, e.status) for e in events]


# (sentence, the alleged act's type, its doer, the accuser)
ALLEGED: list[tuple[str, str, str, str]] = [
    ("Greece accused Turkey of attacking its fishing boats.", "ASSAULT", "TUR", "GRC"),
    ("Greece blamed Turkey for attacking its fishing boats.", "ASSAULT", "TUR", "GRC"),
    ("Greece condemned Turkey for attacking its fishing boats.", "ASSAULT", "TUR", "GRC"),
    ("Greece accused Turkey of occupying the island of Imia.", "COERCE", "TUR", "GRC"),
]


@pytest.mark.parametrize(("text", "etype", "doer", "accuser"), ALLEGED,
                         ids=[a[0][:40] for a in ALLEGED])
def test_the_accused_does_the_alleged_act(text: str, etype: str, doer: str,
                                          accuser: str) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target), e.claimed_by) for e in events]
    assert any(e.type == "ACCUSE" and _side(e.source) == accuser and _side(e.target) == doer
               for e in events), got
    acts = [e for e in events if e.type == etype]
    assert acts, got
    assert all(_side(e.source) == doer and e.status == "claimed" for e in acts), got


def test_passive_accusation_names_the_accused_as_doer() -> None:
    events = code("Turkey was accused of attacking Greek fishing boats.", "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    assert any(e.type == "ASSAULT" and _side(e.source) == "TUR" and e.status == "claimed"
               for e in events), got


def test_thanks_name_the_doer_and_keep_the_act_reported() -> None:
    """Thanking Y for an act holds Y to it as well, but says it happened."""
    events = code("Greece thanked Turkey for releasing the detained fishermen.",
                  "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    assert any(e.type == "RETREAT" and _side(e.source) == "TUR" and e.status == "reported"
               for e in events), got


def test_the_accused_act_told_as_done_is_reported() -> None:
    events = code("Turkey attacked Greek fishing boats.", "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    assert any(e.type == "ASSAULT" and _side(e.source) == "TUR" and e.status == "reported"
               for e in events), got


def test_an_act_in_a_for_infinitive_is_wanted_not_done() -> None:
    """"its call for Greece to withdraw": the clause's own subject and "to" say it is asked
    for; the twin above ("Greece withdrew its troops") is reported."""
    events = code("Turkey renewed its call for Greece to withdraw its troops from the islands.",
                  "2024-05-08").events
    got = [(e.type, e.status, _side(e.source), _side(e.target)) for e in events]
    assert any(e.type == "REQUEST" and _side(e.source) == "TUR" for e in events), got
    assert not any(e.type == "RETREAT" and e.status == "reported" for e in events), got


@pytest.mark.parametrize("text", [
    "Norway wanted to improve the conditions for trade between Norway and Sweden.",
    "Norway said living conditions in Sweden had improved.",
])
def test_conditions_of_life_or_trade_are_no_demand(text: str) -> None:
    events = code(text, "2024-05-08").events
    assert not any(e.type == "REQUEST" for e in events), [(e.type, e.rule) for e in events]


def test_conditions_imposed_are_a_demand() -> None:
    events = code("Norway imposed conditions on Sweden.", "2024-05-08").events
    assert any(e.type == "REQUEST" and _side(e.source) == "NOR" and _side(e.target) == "SWE"
               for e in events), [(e.type, e.rule) for e in events]
