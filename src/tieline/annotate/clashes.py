"""The two parties of a clash told only by whom it killed: "a clash killed 20 Indian soldiers
and four Chinese" (round 19).

A clash, skirmish or firefight is an act two parties do to each other (tieline's reciprocal
entries: "India and China clashed" is one report, marked mutual). When a clash is told with
no party of its own, only by the soldiers it killed or wounded (the verb's undergoers, see
:mod:`tieline.annotate.impacts`), and those are of exactly two states, the fighters who fell
on each side are the two parties: the clash was between those states, one report marked
mutual, the added side with basis "inferred-clause". Only when everyone it hit is written as
a state's fighter (soldiers, troops, guards): a farmer, tourists or "four Chinese" name no
party ("a clash between police and protesters killed two Britons" was not fought by Britain);
never with one state's dead, or three states'.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .found import _Found
from .impacts import IMPACT
from .pairs import _side_of

#: Nouns of a fight between two parties.
FIGHTS = frozenset({"clash", "skirmish", "firefight", "gunfight", "shootout", "face-off",
                    "faceoff", "confrontation", "brawl", "melee", "fighting", "battle"})


def between_victims(found: list[_Found]) -> None:
    """Give each clash of *found* told only by its fallen fighters its two parties."""
    for f in found:
        if f.sources or f.entry.type != "ASSAULT" or not _a_fight(f.trigger):
            continue
        sides = {_side_of(r): r for r in f.targets}
        if len(sides) != 2 or not all(r.country and r.sector == "MIL" for r in f.targets):
            continue  # (a farmer, "four Chinese": not written as fighters)
        a, b = sides.values()
        f.sources, f.targets = [replace(a, basis="inferred-clause")], [b]
        f.mutual = True


def _a_fight(t: Any) -> bool:
    """Whether *t* is a fight's noun, or the verb of impact a fight's noun is the subject of
    ("a clash killed ...": the parser may leave the noun no undergoer of its own)."""
    if t.lemma_.lower() in FIGHTS:
        return True
    if t.lemma_.lower() not in IMPACT:
        return False
    if t.dep_ in ("acl", "relcl"):  # ("a clash [that] killed X": active, with an object)
        return t.head.lemma_.lower() in FIGHTS and (
            t.tag_ != "VBN" or any(c.dep_ == "dobj" for c in t.children))
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FIGHTS for c in t.children)
