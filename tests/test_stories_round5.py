"""Stories, round 5: a version found by its chain of anchors must tell of the same days as the
text it retells, as a rewrite found by its wording must: two reports whose ledes name only other
weekdays are apart, however many names they share in order. Texts are written for these tests."""

from __future__ import annotations

import hashlib

from test_stories_round4 import WIRE
from tieline.analyze.stories import anchored, compare, profile

# WIRE told again in other words (few shared 5-word runs), its names and numbers in order.
REWORDED = (
    "The coast guard of Estrania on Tuesday took 14 fishing boats close to Kessel, prompting "
    "Foreign Minister Anton Reyes to call in the envoy of Norvia, Piet Halvorsen, about the 230 "
    "sailors detained in Dalen. Admiral Greta Holm of Norvia insisted the vessels had crossed "
    "the boundary set in 2019 by the Lund accord. Ilse Brandt and Tomas Okafor will lead "
    "negotiations in Zerbst on 28 March, watched by monitors from Osterholt. Commerce between "
    "Estrania and Norvia dropped 37 percent over the past year to 4,500 million, according to "
    "Jana Petrova, an economist of Varnhagen. Mara Koval, the president, travels to Quellin on "
    "2 April alongside adviser Lukas Ferreira, ahead of a 2032 summit in Aldenburg that Sven "
    "Dahl will chair.")


def _profile(i: str, text: str, published: str | None = "2031-03-12") -> object:
    return profile(i, text, published, i, hashlib.sha1(text.encode()).hexdigest())


def test_a_version_by_anchors_that_retells_the_same_weekday_is_linked() -> None:
    wire, reworded = _profile("a", WIRE), _profile("b", REWORDED)
    assert anchored(wire, reworded)  # (linked by its anchors: few words in common)
    link = compare(wire, reworded)
    assert link is not None and link.kind == "rewrite"


def test_a_version_by_anchors_whose_lede_names_another_weekday_is_apart() -> None:
    friday = _profile("c", REWORDED.replace("on Tuesday", "on Friday"))
    wire = _profile("a", WIRE)
    assert anchored(wire, friday)  # (the same chain of names and numbers ...)
    assert compare(wire, friday) is None  # (... but another day's seizure)


def test_an_undated_version_without_a_weekday_is_still_linked() -> None:
    no_day = _profile("d", REWORDED.replace(" on Tuesday", ""), None)
    link = compare(_profile("a", WIRE), no_day)
    assert link is not None and link.kind == "rewrite"
