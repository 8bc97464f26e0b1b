"""Verbs of learning (CAMEO's HEAR block, 040): a consultation only with the one heard from.

PETRARCH's dictionary codes "find out", "hear" and "learn" as CAMEO 040, consult: one actor
hears from another. What is learned is not a party: "wants to find out more about the
Kyrgyz proposal", "learned of the attack on X", "is looking to find out what happened in
Y" consult no one, while "learned from Kyrgyz officials that ..." and "heard the Kyrgyz
envoy" name the one consulted (round 11).
"""

from __future__ import annotations

from typing import Any

_LEARNING = frozenset({"hear", "learn", "find"})
_NAMES = frozenset({"TL_KB", "PERSON", "ORG", "NORP", "GPE"})


def learns_from_no_one(head: Any) -> bool:
    """Whether the verb of learning *head* names no one it learns from: no "from" phrase
    and no named object ("heard the envoy"), only what is learned."""
    if head.lemma_.lower() not in _LEARNING or not head.tag_.startswith("VB"):
        return False
    kids = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ == "from" and
           any(o.dep_ == "pobj" for o in c.children) for c in kids):
        return False
    return not any(c.dep_ == "dobj" and (c.ent_type_ in _NAMES or any(
        x.ent_type_ in _NAMES for x in c.children if x.dep_ in ("compound", "amod")))
        for c in kids)
