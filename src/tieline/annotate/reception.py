"""How an act was received: "was met with criticism" is no meeting (issue 22, round 17).

English writes the reception of an act or a visitor with "meet with" (or "be met by") and a
noun of reaction: "the announcement was met with criticism from lawmakers", "the plan met
with opposition", "Putin was met with protests in Paris"; or with a verb of causing it:
"the move drew criticism from India", "his appearance sparked protests across Georgia",
"Gavrilov addressed MPs, triggering protests". That is the reaction, told by its
noun (criticism, condemnation: CAMEO 111, PLOVER ACCUSE; protests: CAMEO 14, PLOVER PROTEST;
praise: CAMEO 051, PLOVER SUPPORT), never a meeting (PLOVER CONSULT meets another actor to
talk): the verb codes nothing (:func:`meets_a_reaction`), and the reaction noun codes the
event its own lexicon entry gives it.

Whom the reaction is aimed at is what was received: a reaction written with no target of its
own is made to the received actor, or to the owner of the received act ("Putin's
announcement", "the Russian decision"), as the sentence states them ("inferred-clause":
:func:`receivers`). Never to the reacting side itself. Who reacts is the noun's own "from"
or "by" phrase, else the causing verb's ("drew criticism from India"), else, for protests,
the people of the one state the place of the reaction names, where it is aimed at someone
("his appearance sparked protests across Georgia": Georgia's protesters, OPP,
"inferred-clause": :func:`reactors`).

A meeting stays one: "met with opposition leaders" (the object is people), "met with the
opposition" (a definite group one sits down with), "met with Putin".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from .side_basics import same_side

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
#: Verbs of causing a reaction, whose subject is what the reaction received.
CAUSING = frozenset({"spark", "trigger", "provoke", "prompt", "draw", "cause", "ignite",
                     "fuel", "stir", "spur", "elicit", "unleash", "attract", "earn"})
#: Prepositions of the place a reaction happened in.
_PLACES = frozenset({"in", "across", "throughout"})
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


def _causer(noun: Any) -> Any | None:
    """The verb of causing whose object the reaction *noun* is ("drew criticism"), or None."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in CAUSING and verb.pos_ == "VERB":
        return verb
    return None


def _reception(noun: Any) -> Any | None:
    """The verb that tells the reception the reaction *noun* is of: "meet with" or a verb of
    causing it, or None."""
    if noun.dep_ == "conj":  # ("met with criticism and protests")
        noun = noun.head
    causer = _causer(noun)
    if causer is not None:
        return causer
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if meets_a_reaction(verb) else None


def received(noun: Any) -> Any | None:
    """The subject of what a reaction *noun* received ("the announcement" of "the
    announcement was met with criticism", "the move drew criticism"; the subject of the
    clause a participle of causing hangs on: "Gavrilov addressed MPs, triggering protests"),
    or None when *noun* tells no reception."""
    verb = _reception(noun)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


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
    found = refs(_owner_words(subject))
    if len({r.country or r.id or r.name for r in found}) != 1 or \
            any(same_side(found[0], s) for s in sources):
        return []
    return [replace(found[0], basis="inferred-clause")]


def _owner_words(subject: Any) -> list[Any]:
    """The words of a received act's subject that may name it or its owner: the subject, its
    owner and modifiers, and its "of" phrase's ("the appearance of a Russian MP")."""
    def near(t: Any) -> list[Any]:
        return [t, *(c for c in t.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
    ofs = [x for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
           for x in p.children if x.dep_ == "pobj"]
    return [*near(subject), *(w for x in ofs for w in near(x))]


def reactors(trigger: Any, protest: bool, refs: Refs) -> list[ActorRef]:
    """Who made the reaction noun *trigger* told by a reception, where its own words name
    no one: the causing verb's "from" or "by" phrase ("drew criticism from India"), else,
    for a protest (*protest*), the people of the one state the place of the reaction names
    ("his appearance sparked protests across Georgia") where the protest is aimed at someone
    (:func:`receivers`), as "inferred-clause"; else none."""
    verb = _reception(trigger) if trigger.lower_ in REACTIONS else None
    if verb is None or received(trigger) is None:
        return []
    phrases = [p for h in (trigger, verb) for p in h.children
               if p.dep_ == "prep" and p.lower_ in ("from", "by")]
    found = refs([x for p in phrases for x in p.subtree if p.head is verb])
    if found:
        return found[:1] if len({r.country or r.id or r.name for r in found}) == 1 else []
    if phrases:
        return []  # (the reaction's makers are written, and are no one the coder knows)
    if not protest or not receivers(trigger, [], refs):
        return []  # (a crowd's state only for a protest aimed at someone: "the storm
        # triggered protests across Georgia" tells no side)
    places = [x for h in (trigger, verb) for p in h.children
              if p.dep_ == "prep" and p.lower_ in _PLACES
              for x in p.children if x.dep_ == "pobj"]
    states = [r for r in refs(places) if r.kind == "country" and r.country]
    if len({r.country for r in states}) != 1:
        return []
    return [replace(states[0], name="protesters", sector="OPP", basis="inferred-clause")]
