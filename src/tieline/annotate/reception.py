"""How an act was received: "was met with criticism" is no meeting (issue 22, round 17).

English writes the reception of an act or a visitor with "meet with" (or "be met by") and a
noun of reaction: "the announcement was met with criticism from lawmakers", "the plan met
with opposition", "Putin was met with protests in Paris". That is the reaction, told by its
noun (criticism, condemnation: CAMEO 111, PLOVER ACCUSE; protests: CAMEO 14, PLOVER PROTEST;
praise: CAMEO 051, PLOVER SUPPORT), never a meeting (PLOVER CONSULT meets another actor to
talk): the verb codes nothing (:func:`meets_a_reaction`), and the reaction noun codes the
event its own lexicon entry gives it.

Whom the reaction is aimed at is what was received: a reaction written with no target of its
own is made to the received actor, or to the owner of the received act ("Putin's
announcement", "the Russian decision"), as the sentence states them ("inferred-clause":
:func:`receivers`). Never to the reacting side itself.

A meeting stays one: "met with opposition leaders" (the object is people), "met with the
opposition" (a definite group one sits down with), "met with Putin".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from .sides import same_side

#: Nouns of a reaction to an act or a visitor: what "meet with" them receives.
REACTIONS = frozenset({
    "criticism", "condemnation", "protest", "protests", "outrage", "anger", "fury",
    "indignation", "resistance", "opposition", "skepticism", "scepticism", "disapproval",
    "dismay", "derision", "ridicule", "hostility", "suspicion", "backlash", "scorn",
    "rejection", "approval", "applause", "praise", "acclaim", "enthusiasm", "silence",
    "indifference", "concern", "alarm", "boos", "jeers", "cheers", "demonstrations",
    "demonstration", "disbelief", "contempt", "denunciation", "objection", "objections",
    "complaint", "complaints", "resentment", "calls", "reaction", "reactions", "response",
    "caution", "surprise", "relief", "welcome", "support"})
#: Determiners that make a noun a definite party one can sit down with ("the opposition").
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _reaction_objects(verb: Any) -> list[Any]:
    """The reaction nouns of *verb*'s "with" phrase (and its passive "by" phrase)."""
    preps = ("with", "by") if _passive(verb) else ("with",)
    return [y for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for x in p.children if x.dep_ == "pobj" for y in (x, *x.conjuncts)
            if y.lower_ in REACTIONS]


def _passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def meets_a_reaction(verb: Any) -> bool:
    """Whether the verb "meet" *verb* tells how something was received ("was met with
    criticism", "met with strong opposition from X"), not a meeting: a passive with a
    reaction noun, or an active one whose reaction noun is not a definite party ("met with
    the opposition" is a meeting)."""
    if verb.lemma_.lower() != "meet":
        return False
    for noun in _reaction_objects(verb):
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE or c.dep_ == "poss"
                       for c in noun.children)
        if _passive(verb) or not definite:
            return True
    return False


def received(noun: Any) -> Any | None:
    """The subject of what a reaction *noun* received ("the announcement" of "the
    announcement was met with criticism"), or None when *noun* tells no reception."""
    if noun.dep_ == "conj":  # ("met with criticism and protests")
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if not meets_a_reaction(verb):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)


Refs = Callable[[list[Any]], list[ActorRef]]


def receivers(trigger: Any, sources: list[ActorRef], refs: Refs) -> list[ActorRef]:
    """The one actor a reaction noun *trigger* told by "meet with" was aimed at: the
    received actor, or the owner of the received act ("Putin's announcement", "the Russian
    decision"), as "inferred-clause"; none where the sentence names several, or only the
    reacting side (*sources*). *refs* reads the actors of tokens."""
    if trigger.lower_ not in REACTIONS:
        return []
    subject = received(trigger)
    if subject is None:
        return []
    words = [subject, *(c for c in subject.children
                        if c.dep_ in ("poss", "amod", "compound", "nmod"))]
    found = refs(words)
    if len({r.country or r.id or r.name for r in found}) != 1 or \
            any(same_side(found[0], s) for s in sources):
        return []
    return [replace(found[0], basis="inferred-clause")]
