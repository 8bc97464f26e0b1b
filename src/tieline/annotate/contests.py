"""Contests that are no fighting: "a legal skirmish", "a trade war", "a war of words".

PLOVER's ASSAULT is the use of force, and CAMEO's 19/20 blocks are military fighting; a noun of
fighting whose modifier names another field of contest (law, politics, trade, words) tells a
dispute in that field, no force: "lost a legal skirmish with X", "a political battle over the
dam", "a war of words". "A border clash", "a deadly skirmish" stay fighting (round 11).
"""

from __future__ import annotations

from typing import Any

#: Fields of contest with no force in them.
_FIELDS = frozenset({"legal", "political", "verbal", "diplomatic", "trade", "economic",
                     "price", "tariff", "currency", "court", "courtroom", "judicial",
                     "electoral", "rhetorical", "media", "propaganda", "bidding",
                     "takeover", "boardroom", "budget", "ideological", "public-relations"})


def fought_in_words(noun: Any) -> bool:
    """Whether the act noun *noun* of fighting is a contest in a field with no force: a
    modifier names the field ("legal skirmish", "trade war") or its "of" phrase is words
    ("a war of words")."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _FIELDS for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lower_ == "words" for o in c.children)
        for c in noun.children)
