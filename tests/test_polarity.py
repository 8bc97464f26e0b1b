"""Polarity before type: refusals, failures, reversals and negations, with their affirmative
twins. Written for these tests (not taken from any evaluation set): each sentence states the
event the coder must find (type, status, source, target) and the types it must not find.

A refused cooperative act is REJECT, never the act; a reversed one (suspended, froze, left,
stopped) is SANCTION; a failed one or one no longer done is the act, negated.
"""

from __future__ import annotations

import pytest

from test_events import code
from tieline.annotate.events import plover_type

# (sentence, (type, status, source id, target id or None), types that must not be reported)
CASES: list[tuple[str, tuple[str, str, str, str | None], set[str]]] = [
    # refusals of a cooperative act: REJECT, not the act
    ("Hungary refused to sign the joint declaration with Ukraine.",
     ("REJECT", "reported", "HUN", None), {"SUPPORT"}),
    ("Hungary signed a joint declaration with Ukraine.",
     ("SUPPORT", "reported", "HUN", "UKR"), {"REJECT"}),
    ("Turkey refused to join the sanctions against Russia.",
     ("SANCTION", "negated", "TUR", "RUS"), {"SANCTION"}),
    ("Serbia refused to join the European Union.",
     ("REJECT", "reported", "SRB", "EU"), {"COOPERATE"}),
    ("Serbia joined the European Union.",
     ("COOPERATE", "reported", "SRB", "EU"), {"REJECT"}),
    ("Poland declined to send aid to Belarus.",
     ("REJECT", "reported", "POL", "BLR"), {"AID"}),
    ("Poland sent aid to Belarus.",
     ("AID", "reported", "POL", "BLR"), {"REJECT"}),
    ("Israel refused to withdraw its troops from Lebanon.",
     ("REJECT", "reported", "ISR", "LBN"), {"RETREAT"}),
    ("Israel withdrew its troops from Lebanon.",
     ("RETREAT", "reported", "ISR", "LBN"), {"REJECT"}),
    ("Venezuela rejected an invitation to meet with Colombia.",
     ("REJECT", "reported", "VEN", None), {"CONSULT"}),
    ("Brazil's refusal to cooperate with Argentina surprised observers.",
     ("REJECT", "reported", "BRA", "ARG"), {"COOPERATE"}),
    ("Brazil cooperated with Argentina on border security.",
     ("COOPERATE", "reported", "BRA", "ARG"), {"REJECT"}),
    ("Egypt is unwilling to cooperate with Ethiopia on the dam.",
     ("REJECT", "reported", "EGY", "ETH"), {"COOPERATE"}),
    # questioned ties
    ("Kazakhstan raised questions about its membership in the Eurasian Economic Union.",
     ("REJECT", "reported", "KAZ", None), {"COOPERATE"}),
    ("Kazakhstan confirmed its membership in the Eurasian Economic Union.",
     ("COOPERATE", "reported", "KAZ", None), {"REJECT"}),
    # reversals: SANCTION, not the act
    ("Moldova suspended its cooperation with Russia.",
     ("SANCTION", "reported", "MDA", "RUS"), {"COOPERATE"}),
    ("Moldova deepened its cooperation with Romania.",
     ("AGREE", "reported", "MDA", "ROU"), {"SANCTION"}),
    ("Mali froze its cooperation with France.",
     ("SANCTION", "reported", "MLI", "FRA"), {"COOPERATE"}),
    ("Germany stopped supplying weapons to Saudi Arabia.",
     ("SANCTION", "reported", "DEU", "SAU"), {"AID"}),
    ("Germany supplied weapons to Saudi Arabia.",
     ("AID", "reported", "DEU", "SAU"), {"SANCTION"}),
    ("Burkina Faso announced its decision to leave the Economic Community of West African "
     "States.", ("SANCTION", "planned", "BFA", None), {"COOPERATE"}),
    ("Burkina Faso left the Economic Community of West African States.",
     ("SANCTION", "reported", "BFA", None), {"COOPERATE"}),
    ("Belarus suspended its participation in the Conventional Armed Forces treaty.",
     ("SANCTION", "reported", "BLR", None), {"COOPERATE"}),
    ("Nicaragua withdrew from the Organization of American States.",
     ("SANCTION", "reported", "NIC", "OAS"), {"RETREAT", "COOPERATE"}),
    ("Russia withdrew its forces from Syria.",
     ("RETREAT", "reported", "RUS", "SYR"), {"SANCTION"}),
    ("Japan halted economic aid to Myanmar.",
     ("SANCTION", "reported", "JPN", "MMR"), {"AID"}),
    ("Japan provided economic aid to Myanmar.",
     ("AID", "reported", "JPN", "MMR"), {"SANCTION"}),
    # failures and negations: the act, negated
    ("Armenia and Azerbaijan failed to reach an agreement.",
     ("AGREE", "negated", "ARM", "AZE"), set()),
    ("Armenia and Azerbaijan reached an agreement.",
     ("AGREE", "reported", "ARM", "AZE"), set()),
    ("Sudan no longer cooperates with the International Criminal Court.",
     ("COOPERATE", "negated", "SDN", "ICC"), set()),
    ("Sudan cooperates with the International Criminal Court.",
     ("COOPERATE", "reported", "SDN", "ICC"), set()),
    ("Ukraine did not attack Belarus.",
     ("ASSAULT", "negated", "UKR", "BLR"), set()),
    ("Ukraine attacked Belarus.",
     ("ASSAULT", "reported", "UKR", "BLR"), set()),
    ("Chile did not recognize Kosovo.",
     ("SUPPORT", "negated", "CHL", "XKX"), set()),
    ("Chile recognized Kosovo.",
     ("SUPPORT", "reported", "CHL", "XKX"), set()),
    ("Iran never met with Israel.",
     ("CONSULT", "negated", "IRN", "ISR"), set()),
    ("Iran met with Oman.",
     ("CONSULT", "reported", "IRN", "OMN"), set()),
    ("Pakistan was unable to reach a deal with India.",
     ("AGREE", "negated", "PAK", "IND"), set()),
    ("Qatar will not provide aid to Syria.",
     ("AID", "negated", "QAT", "SYR"), set()),
    # the other way round: ending a conflictual act is a retreat
    ("Turkey lifted its sanctions on Sweden.",
     ("RETREAT", "reported", "TUR", "SWE"), {"SANCTION", "AGREE"}),
    ("Turkey imposed sanctions on Sweden.",
     ("SANCTION", "reported", "TUR", "SWE"), set()),
    # refusals of conflictual acts: the act, negated (never the act as done)
    ("Norway refused to expel Russian diplomats.",
     ("SANCTION", "negated", "NOR", "RUS"), set()),
    # skipping or boycotting a meeting: REJECT
    ("Poland boycotted the summit with Hungary.",
     ("REJECT", "reported", "POL", None), {"CONSULT"}),
    ("Poland attended the summit with Hungary.",
     ("CONSULT", "reported", "POL", "HUN"), {"REJECT"}),
]


def _sides(e: object) -> tuple[str | None, str | None]:
    src = getattr(e, "source", None)
    tgt = getattr(e, "target", None)
    return (src.id if src else None, tgt.id if tgt else None)


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES,
                         ids=[c[0][:48] for c in CASES])
def test_polarity(text: str, expected: tuple[str, str, str, str | None],
                  forbidden: set[str]) -> None:
    events = code(text, "2024-05-08").events
    etype, status, source, target = expected
    got = [(e.type, e.status, *_sides(e)) for e in events]
    assert any(e.type == etype and e.status == status and
               source in _sides(e) and (target is None or target in _sides(e))
               for e in events), got
    reported = {plover_type(e) for e in events if e.status == "reported"}
    assert not reported & forbidden, got


def test_polarity_set_is_large_and_twinned() -> None:
    assert len(CASES) >= 40
    refusals = [c for c in CASES if c[1][0] == "REJECT" or c[1][1] == "negated"]
    assert len(refusals) >= 15
