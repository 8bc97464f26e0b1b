"""An act of force that does the clause's verb: one happening, its undergoer the verb's (round 18).

"Georgian villages were destroyed by Russian bombing", "Russian bombing destroyed Georgian
villages", "Gaza was hit by Israeli air strikes": the doer of the verb is no actor but an act
(a noun the lexicon codes, PLOVER ASSAULT or COERCE), and the verb tells what that act did
to whom. English grammar makes the one who undergoes the verb (the subject of its passive,
the object of its active) the one the act was done to. So:

- the act takes the verb's undergoer as its target where it has none ("Gaza was struck by
  Israeli shelling": Israel's shelling of Gaza's state), for verbs of physical impact only
  ("Israeli shelling angered Egypt": Egypt is not shelled);
- a verb of force whose doer is such an act codes no second event ("villages destroyed by
  Russian bombing" is one ASSAULT, not an ASSAULT and a COERCE): it is the act's effect.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import ActorRef
from .found import _Found

Refs = Callable[[list[Any]], list[ActorRef]]

_FORCE = frozenset({"ASSAULT", "COERCE"})
#: Verbs of physical impact: what an act of force does to a place, people or a thing.
IMPACT = frozenset({"hit", "strike", "destroy", "damage", "kill", "wound", "injure", "flatten",
                    "raze", "level", "devastate", "pound", "ravage", "rock", "hammer",
                    "batter", "shatter", "demolish", "target"})


def one_happening(found: list[_Found], refs: Refs) -> list[_Found]:
    """*found* with each act of force that does a clause's verb given the verb's undergoer,
    and without a verb of force that such an act does (see the module's docstring)."""
    acts = {f.trigger.i: f for f in found if f.entry.pos == "noun" and f.entry.type in _FORCE}
    if not acts:
        return found
    for act in acts.values():
        verb = _done_verb(act.trigger)
        if verb is not None and not act.targets and verb.lemma_.lower() in IMPACT:
            act.targets = refs(_undergoers(verb))
    return [f for f in found if not _effect(f, acts)]


def _effect(f: _Found, acts: dict[int, _Found]) -> bool:
    """Whether *f* is a verb of force whose doer is one of *acts*."""
    if f.entry.pos != "verb" or f.entry.type not in _FORCE:
        return False
    done = (_done_verb(a.trigger) for a in acts.values() if a is not f)
    return any(v is not None and v.i == f.trigger.i for v in done)


def _done_verb(noun: Any) -> Any:
    """The verb the act noun *noun* does: the one it is the subject of, or the passive whose
    "by" phrase it is; else None."""
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head
    return None


def _undergoers(verb: Any) -> list[Any]:
    """The words that write who undergoes *verb*: its passive subject, the noun its
    participle describes ("villages destroyed by ..."), else its object."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return passive or [c for c in verb.children if c.dep_ == "dobj"]
