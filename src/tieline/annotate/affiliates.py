"""Groups written by their tie to another actor: supporters, opponents, kin (issue 22, round 18).

"Supporters of President Mubarak attacked protesters": the doer is the group, never the one
it stands with or against. CAMEO's actor codebook codes a group by its state and its sector
(a state's civilians CVL, its opposition OPP), and PETRARCH's agent dictionary has no agent
for a tie of this kind, so the group is read by its noun's meaning in English:

- a group that **stands with** another ("supporters", "loyalists", "followers", "backers",
  "sympathisers") is of that one's state: as its civilians (CVL) when they back its powers
  or the state itself ("Mubarak's supporters", "supporters of Mubarak" are Egypt's
  civilians, not Mubarak nor his government), of the sector they back otherwise ("supporters
  of the Georgian opposition" are Georgia's opposition, OPP);
- a group that **stands against** a state's powers ("opponents", "critics", "detractors",
  "foes" of a government, its leader, its legislature) is that state's opposition (OPP),
  never those powers; against anyone else (a state named as a whole, a company, a body of
  no state) its state is not written, and it stays a group of no known state;
- a person's **kin** ("family", "relatives", "widow", "parents") are private persons, never
  that person: the civilians (CVL) of that person's state ("the Obama family" is of the
  United States, so its return to Washington is a trip at home), or, of one of no state,
  private persons of no state (:mod:`tieline.annotate.private` leaves acts between such
  uncoded), so "his daughter asked" is no act of the president's.

Each group is an actor of its own (no id: "supporters of Mubarak" are no actor of the
knowledge base), named by its words, with the state and sector it is of, so a state's
relations hold it by its state while no state's own act is read from it, and an act between
it and its own state's powers stays a domestic act ("supporters of the opposition attacked
the police"). A group of no state keeps its words as its name ("critics of BP").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import ActorRef

Refs = Callable[[list[Any]], list[ActorRef]]

#: Nouns of a group that stands with the one its "of" phrase or its possessor names.
WITH = frozenset({"supporter", "supporters", "loyalist", "loyalists", "follower", "followers",
                  "backer", "backers", "sympathiser", "sympathisers", "sympathizer",
                  "sympathizers", "partisans", "devotees", "admirers", "fans"})
#: Nouns of a group that stands against the one it names.
AGAINST = frozenset({"opponent", "opponents", "critic", "critics", "detractor", "detractors",
                     "foe", "foes", "enemies", "adversaries", "rivals"})
#: Nouns of a person's kin and friends: private persons of no state.
KIN = frozenset({"family", "families", "relatives", "kin", "widow", "widower", "parents",
                 "children", "friends", "brother", "sister", "son", "daughter", "wife",
                 "husband", "mother", "father"})
TIES = WITH | AGAINST | KIN
#: Sectors of a state's powers: what an opposition stands against.
_POWERS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def tied_group(t: Any, refs: Refs) -> list[ActorRef] | None:
    """The side the noun *t* writes when it names a group by its tie to another ("supporters
    of Mubarak", "Mubarak's critics", "the family of the journalist"), or None when *t* is
    no such noun or names no one it is tied to (see the module's docstring)."""
    word = t.lower_
    if word not in TIES or t.pos_ != "NOUN":
        return None
    tokens = _tied_tokens(t)
    tied = refs(tokens)
    if not tied:
        return None
    one = tied[0]
    name = f"{word} of {one.name if tokens[0].pos_ == 'PRON' else _words(tokens[0])}"
    if word in WITH | KIN and one.country:
        sector = "CVL" if word in KIN or _powers(one) or one.sector is None else one.sector
        return [ActorRef(None, name, one.country, sector, "group", one.basis)]
    if word in AGAINST and one.country and _powers(one):
        return [ActorRef(None, name, one.country, "OPP", "group", one.basis)]
    return [ActorRef(None, name, None, None, "person" if word in KIN else "group", one.basis)]


def at_home(sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """*targets* without the bare state a tied group of its own acts in ("supporters of
    Mubarak attacked demonstrators in Cairo": Cairo says where, not that Egypt was attacked,
    as it would not for Mubarak himself); a body of that state stays ("... attacked the
    Egyptian parliament")."""
    home = {s.country for s in sources if s.id is None and s.kind == "group" and s.country}
    return [t for t in targets if not (t.kind == "country" and t.sector is None and
                                       t.id in home)]


def _tied_tokens(t: Any) -> list[Any]:
    """The tokens that write whom the group *t* is tied to: its possessor or a name before
    it ("Mubarak's supporters", "Mubarak supporters") or its "of" phrase."""
    out = [c for c in t.children if c.i < t.i and (
        c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")]
    out += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]
    return out


def _words(t: Any) -> str:
    """The words of the phrase *t* heads, without its determiner or possessive mark."""
    return " ".join(x.text for x in t.subtree if x.dep_ not in ("det", "case", "punct")) \
        or t.text


def _powers(ref: ActorRef) -> bool:
    """Whether *ref* is a state's powers: a body or office-holder of a power's sector, or a
    state's person of no other sector (a leader the knowledge base knows)."""
    if ref.sector in _POWERS:
        return True
    return ref.kind == "person" and ref.sector is None
