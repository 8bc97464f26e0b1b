"""Two readings an analyst of a pair's timeline would call false, each with a twin that keeps
the other reading. The sentences are written for these tests.

- A part of a state that the knowledge base knows as an actor of its own, named in a place
  noun's "of" phrase, is the side, not the state the noun's adjective names: recognising "the
  Georgian region of Abkhazia" as independent is no act of support for Georgia.
- A past participle describing a noun tells a done act, whatever is planned or denied of the
  noun: "ready to restore the ties severed in 2008" plans a restoring, not a severing.
"""

from __future__ import annotations

import pytest

from test_sides import code


def _coded(text: str, type_: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source and (e.source.country or e.source.id),
             e.target and (e.target.country or e.target.id), e.status)
            for e in code(text).events if e.type == type_]


@pytest.mark.parametrize("text, targets", [
    ("Moscow recognised the Georgian region of Abkhazia as an independent state.", {"XAB"}),
    ("Moscow recognised the Georgian regions of Abkhazia and South Ossetia as independent "
     "states after the war.", {"XAB", "XSO"}),
    # twin: a part the knowledge base does not know leaves the adjective's state
    ("Russian troops shelled the Ukrainian region of Kherson overnight.", {"UKR"}),
])
def test_a_known_part_of_a_state_is_the_side_not_its_state(text: str, targets: set[str]) -> None:
    coded = [e for e in code(text).events if e.type in ("SUPPORT", "ASSAULT")]
    assert coded and {e.target.country or e.target.id for e in coded if e.target} == targets


def test_a_participle_describing_a_noun_tells_a_done_act() -> None:
    severed = _coded("Moscow is ready to restore the diplomatic ties severed by Tbilisi in "
                     "2008.", "SANCTION")
    assert severed and all(status == "reported" for _, _, status in severed)
    # twin: the act the plan is about stays planned
    restored = _coded("Moscow is ready to restore the diplomatic ties severed by Tbilisi in "
                      "2008.", "AGREE")
    assert restored and all(status == "planned" for _, _, status in restored)
    # twin: without the participle, what is planned is the severing itself
    planned = _coded("Tbilisi is ready to sever its diplomatic ties with Moscow.", "SANCTION")
    assert planned and all(status == "planned" for _, _, status in planned)
