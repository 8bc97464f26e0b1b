"""Branding: a state's person or body calling another side's act or the side itself by a
condemning name ("called Russia an enemy and occupier", "said Russia's move was a
provocation", "found Moscow's decision unacceptable").

CAMEO 111 (criticize or denounce, PLOVER ACCUSE) codes such a statement: PETRARCH's verb
dictionary has "slam * as unacceptable / as provocative" and "* plan unacceptable"; English
says the same with naming verbs and copulas, which no lexicon word triggers. The words here
only find where a sentence brands something; the event coder reads the speaker and the
branded side from the parse as for any other event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Names and judgements that condemn what they are said of (CAMEO 111's "as unacceptable",
#: "as provocative", and the names a denunciation calls a state or its act).
CONDEMNING = frozenset({
    "provocation", "provocative", "unacceptable", "enemy", "occupier", "aggressor",
    "aggression", "violation", "interference", "meddling", "crime", "criminal", "terrorist",
    "illegal", "illegitimate", "blackmail", "propaganda", "hostile", "unfriendly",
    "occupation", "invader", "invasion", "lie", "lies", "russophobic", "russophobia",
})
#: Judgements that deny a charge ("allegations of interference are unfounded"): CAMEO 016,
#: PETRARCH's "deny / dismiss / reject * accusation", PLOVER REJECT.
DENYING = frozenset({"unfounded", "baseless", "groundless", "false", "absurd", "fabricated",
                     "untrue", "fabrication", "lie", "lies", "nonsense", "slander"})
#: The charges such a judgement denies.
CHARGES = frozenset({"allegation", "accusation", "claim", "charge", "assertion", "suggestion"})
#: Verbs that give something a name or a judgement by a predicate ("called X a Y").
NAMING = frozenset({"call", "brand", "label", "term", "dub", "describe", "find", "deem",
                    "consider"})
#: Verbs whose finite complement says what the speaker holds ("said that X was a Y").
SAYING = frozenset({"say", "state", "write", "tweet", "declare", "stress", "add", "note",
                    "insist", "claim", "assert", "tell", "believe", "think"})


@dataclass(frozen=True)
class Branding:
    """Where a sentence brands something: the speaking verb (whose subject speaks), the
    tokens of what is branded, and the condemning predicate; *denial* when what is branded
    is a charge and the predicate denies it (a REJECT, not an ACCUSE)."""

    verb: Any
    branded: tuple[Any, ...]
    predicate: Any
    denial: bool = False


def _denying(t: Any) -> bool:
    return t.lemma_.lower() in DENYING or t.lower_ in DENYING


def _charge(t: Any) -> bool:
    return t.lemma_.lower() in CHARGES


def _condemning(t: Any) -> bool:
    return t.lemma_.lower() in CONDEMNING or t.lower_ in CONDEMNING or \
        any(c.dep_ == "conj" and _condemning(c) for c in t.children)


def brandings(sent: Any) -> list[Branding]:
    """Return the places in *sent* where a speaker brands something by a condemning name."""
    out = []
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma in NAMING and t.pos_ == "VERB":
            out.extend(_named(t))
        elif lemma == "be" and t.dep_ == "ccomp" and t.head.lemma_.lower() in SAYING:
            out.extend(_judged_in_speech(t))
    return out


def _named(verb: Any) -> list[Branding]:
    """"called X a provocation", "found X's decision unacceptable", "described X as"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and
             c.pos_ in ("NOUN", "ADJ", "PROPN")]
    preds += [x for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
              for x in c.children if x.dep_ == "pobj"]  # "described it as a provocation"
    if len(objects) > 1:  # "called Russia an enemy" parsed with two objects
        objects, preds = objects[:1], preds + objects[1:]
    nominal = [p for p in preds if p.dep_ == "oprd" and p.pos_ in ("NOUN", "PROPN")]
    if not objects and len(nominal) > 1:  # "called X's decisions a provocation" parsed with
        objects = nominal[:1]  # two predicates: the first is what is named
        preds = [p for p in preds if p.i != nominal[0].i]
    for p in preds:
        if not _condemning(p):
            continue
        branded = objects or [c for c in p.children if c.dep_ == "nsubj"]  # "found X bad"
        return [Branding(verb, tuple(branded), p)]
    return []


def _judged_in_speech(copula: Any) -> list[Branding]:
    """"said (that) Russia's move was a provocation": the speaker of the saying verb;
    "allegations of X are unfounded, Y said": Y denies them."""
    subject = [c for c in copula.children if c.dep_ == "nsubj"]
    preds = [c for c in copula.children if c.dep_ in ("attr", "acomp")]
    if subject and _charge(subject[0]):
        pred = next((p for p in preds if _denying(p)), None)
        return [Branding(copula.head, tuple(subject), pred, denial=True)] if pred else []
    if subject and any(_condemning(p) for p in preds):
        pred = next(p for p in preds if _condemning(p))
        return [Branding(copula.head, tuple(subject), pred)]
    return []
