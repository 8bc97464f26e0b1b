"""Classes of events read with the wrong type or status on real news, each coded by a general
rule (CAMEO's dictionary and codebook, PLOVER's conventions). The sentences are written for
these tests, not taken from any evaluation set: each states the event the coder must find
(type, mode or None, status, source id, target id or None) and the types it must not report.
"""

from __future__ import annotations

import pytest

from test_events import code
from tieline.annotate.events import plover_type

Expected = tuple[str, str | None, str, str | None, str | None]

# (sentence, expected event, types that must not be reported as having happened)
CASES: list[tuple[str, Expected, set[str]]] = [
    # CAMEO 173: the steps of holding someone are the arrest itself, the one held the target
    ("Russia ordered pretrial detention for the Georgian activist.",
     ("COERCE", "arrest", "reported", "RUS", "GEO"), {"THREATEN", "REQUEST"}),
    ("Russia placed the Georgian activist in pretrial detention.",
     ("COERCE", "arrest", "reported", "RUS", "GEO"), set()),
    ("Russia sent the Georgian activist to prison.",
     ("COERCE", "arrest", "reported", "RUS", "GEO"), {"CONSULT"}),
    ("Mikheil Saakashvili was sent to pretrial detention by a Russian court.",
     ("COERCE", "arrest", "reported", "RUS", "mikheil-saakashvili"), set()),
    ("Georgia condemned the arrest of two Georgian citizens by Russian troops.",
     ("COERCE", "arrest", "reported", "RUS", "GEO"), set()),
    # halting talks (CAMEO 164) read before the talks: by a verb whose only pattern is the
    # generated layer's ("break off"), or one that wrecks them (CAMEO 160 DISRUPT)
    ("The Kremlin has broken off negotiations with Ukraine.",
     ("SANCTION", "withdraw", "reported", "RUS", "UKR"), {"CONSULT", "THREATEN"}),
    ("Turkey disrupted the talks with Greece.",
     ("SANCTION", "withdraw", "reported", "TUR", "GRC"), {"CONSULT"}),
    ("Turkey held talks with Greece.",
     ("CONSULT", "meet", "reported", "TUR", "GRC"), {"SANCTION"}),
    ("Armenia cancelled the planned talks with Azerbaijan.",  # cancelled now, not planned
     ("SANCTION", "withdraw", "reported", "ARM", "AZE"), {"CONSULT"}),
    # a conflictual act disrupted is not done by its disrupter
    ("Ukraine disrupted the attack on Kyiv.", ("ASSAULT", None, "reported", None, "UKR"),
     set()),
    # to be against an act is to refuse it: a conflictual act refused did not happen
    ("Russia said it was against imposing sanctions on Georgia.",
     ("SANCTION", "restrict", "negated", "RUS", "GEO"), {"SANCTION"}),
    ("Russia said it was imposing sanctions on Georgia.",
     ("SANCTION", "restrict", "reported", "RUS", "GEO"), set()),
    # "can only" is emphasis, not a possibility
    ("Georgia said it can only welcome Russia's decision.",
     ("SUPPORT", "praise", "reported", "GEO", "RUS"), set()),
    ("Georgia said Russia's decision can only be welcomed.",
     ("SUPPORT", "praise", "reported", "GEO", "RUS"), set()),
    ("Georgia can welcome Russia's decision.",
     ("SUPPORT", "praise", "hypothetical", "GEO", "RUS"), {"SUPPORT"}),
    # CAMEO 111's single verbs of denouncing, and insulting
    ("A Georgian television host insulted Putin on air.",
     ("ACCUSE", "disapprove", "reported", "GEO", "vladimir-putin"), set()),
    ("Sergei Lavrov berated the Georgian government.",  # (a minister's surname alone needs
     # an introduction or their state named: persons round 1)
     ("ACCUSE", "disapprove", "reported", "sergei-lavrov", "GEO"), set()),
    # who causes, undergoes or takes a stance on an act does not do it
    ("Russia faces sanctions from the European Union.",
     ("SANCTION", "restrict", "reported", "EU", "RUS"), set()),
    ("The Georgian opposition staged protests against Russia.",
     ("PROTEST", "demo", "reported", "GEO", "RUS"), set()),
    # a threat told by the act it threatens was made, whatever that act's modality
    ("China said it may take countermeasures if India expels its journalist.",
     ("THREATEN", None, "reported", "CHN", "IND"), set()),
    ("Russia said it would take appropriate measures against Georgia.",
     ("THREATEN", None, "reported", "RUS", "GEO"), set()),
    ("Russia could threaten Georgia with sanctions.",
     ("THREATEN", None, "hypothetical", "RUS", "GEO"), {"THREATEN"}),
]

# (sentence, (type, source id)): events that must not be coded at all
NOT_CODED: list[tuple[str, tuple[str, str]]] = [
    ("The visit of the Russian lawmaker sparked protests in Tbilisi.", ("PROTEST", "RUS")),
    ("This was Moscow's response to the protests in Georgia.", ("PROTEST", "RUS")),
    ("Zourabichvili announced her support for the protests.",
     ("PROTEST", "salome-zourabichvili")),
    ("Russia faces sanctions from the European Union.", ("SANCTION", "RUS")),
]


def _id(ref: object) -> str | None:
    return getattr(ref, "id", None) if ref is not None else None


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES,
                         ids=[c[0][:48] for c in CASES])
def test_event_class(text: str, expected: Expected, forbidden: set[str]) -> None:
    events = code(text, "2024-05-08").events
    etype, mode, status, source, target = expected
    got = [(e.type, e.mode, e.status, _id(e.source), _id(e.target)) for e in events]
    assert any(e.type == etype and (mode is None or e.mode == mode) and e.status == status
               and _id(e.source) == source and _id(e.target) == target for e in events), got
    done = {plover_type(e) for e in events if e.status == "reported"}
    assert not done & forbidden, got


@pytest.mark.parametrize(("text", "unwanted"), NOT_CODED, ids=[c[0][:48] for c in NOT_CODED])
def test_not_the_doer(text: str, unwanted: tuple[str, str]) -> None:
    events = code(text, "2024-05-08").events
    got = [(e.type, _id(e.source)) for e in events]
    assert unwanted not in got, got
