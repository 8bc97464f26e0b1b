"""Sides a state's power or ground implies where the sentence leaves them out (issue 22, round 17).

These acts name their doer or their target by what they are, and news leaves the side to that
definition when the agent is obvious to a reader:

- **A summoned envoy is summoned by the state he serves in** (PLOVER PROTEST "officially
  protest", tieline's entry ``protest-officially``: an envoy is accredited to a host state and
  only its government calls him in). "China's envoy to India was summoned", "the Kyrgyz
  ambassador in Astana was summoned", "the Georgian ambassador was summoned to the Russian
  foreign ministry": the host is India, Kazakhstan, Russia, the envoy's state the target.
  Only where the envoy's own words ("to India", "in Astana") or the verb's "to" phrase (the
  body he was called to) name one state other than his own; never from anything else in the
  sentence (:func:`summoner`). So is one asked or ordered to leave a state's ground, by that
  state ("an Indian journalist has been asked to leave China": :func:`expeller`; CAMEO 174,
  expelling, is the host's act).
- **Custody is held on someone's ground** (round 11's rule, widened here): a place written
  as a proper noun before the noun of the "in" phrase ("in Tskhinvali prison", the parser
  reads the name as an adjective) names it, as a compound does (:func:`place_words`); a
  release "from" a place of custody ("released from Tskhinvali prison") is by the one who
  held it, as one "in" it is (:func:`custody_places`, recall round 17).
- **"The territories" taken are the ones just named.** Occupying or annexing ground is done to
  the state it belongs to (CAMEO 1723, PLOVER COERCE); a definite noun of ground with no owner
  of its own ("annex the territories", "has occupied the region ever since") points back to the
  states and disputed regions named before it in its sentence, else in the sentence before
  within its paragraph, and the act is done to their one owner (a disputed region's claimant
  by the knowledge base: Abkhazia is Georgia's ground). Never where they have two owners or
  more, never to the doer's own side, never a noun whose own words say which ground it is
  ("the territories it captured", "the region of X") (:func:`pointed_ground`).

Each side found so is stored as inferred ("inferred-clause" from the sentence,
"inferred-previous" from the sentence before), never as stated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from ..models import ActorRef, SideBasis
from .side_basics import gap, key

#: The words of a state's envoy ("ambassador", "chargé d'affaires", "envoy").
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "chargé", "attaché",
                    "attache", "consul", "emissary", "representative", "ambassadors", "envoys",
                    "diplomats"})
#: Verbs of leaving a place, which a request to leave a state's ground asks.
LEAVING = frozenset({"leave", "quit", "depart", "exit"})
#: Prepositions of an envoy's post ("ambassador to India", "envoy in Beijing").
_POSTED = frozenset({"to", "in", "at"})
#: Nouns of ground, which a definite article may point back with ("the territories").
GROUND = frozenset({"territory", "territories", "region", "regions", "area", "areas", "land",
                    "lands", "enclave", "enclaves", "province", "provinces"})
#: Words that make a ground noun point back to ground named before.
_POINTING = frozenset({"the", "these", "those", "this", "that"})

Refs = Callable[[list[Any]], list[ActorRef]]
#: The actors (states and places) its mentions name between two character offsets.
NamedIn = Callable[[int, int], list[ActorRef]]


def summoner(tokens: list[Any], verb: Any, targets: list[ActorRef],
             refs: Refs) -> tuple[ActorRef, list[ActorRef]] | None:
    """The host state that summoned the envoy a passive summons with no doer names, and the
    targets left once the host is no longer read as one; None where the envoy or his one host
    is not written. *tokens* are the words of the summons, *verb* its verb, *targets* the
    sides read so far, *refs* reads the actors of tokens."""
    envoys = [t for t in (*tokens, *(c for c in verb.children if c.dep_ == "nsubjpass"))
              if t.lemma_.lower() in ENVOYS or t.lower_ in ENVOYS]
    if not envoys:
        return None
    words = [g for e in envoys for c in e.children if c.dep_ == "prep" and c.lower_ in _POSTED
             for g in c.children if g.dep_ == "pobj"]
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    hosts = [r for r in refs(words) if r.country]
    if len({key(r) for r in hosts}) != 1:
        return None
    host = hosts[0]
    left = [r for r in targets if key(r) != key(host)]
    if not left:
        return None  # (the envoy's own state is the host: "recalled to Moscow")
    return replace(host, basis="inferred-clause"), left


def expeller(verb: Any, targets: list[ActorRef], refs: Refs) -> ActorRef | None:
    """The state that asked or ordered someone out of its ground, a passive request with no
    doer ("an Indian journalist has been asked to leave China", "were ordered to leave
    Egypt"): only the state whose ground it is can order one off it (as CAMEO 174, "expel
    or deport individuals", is the host's act), so the one state the left place names,
    other than the side of those asked; else None."""
    leaving = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and
               c.lemma_.lower() in LEAVING]
    words = [g for x in leaving for g in (
        *(c for c in x.children if c.dep_ == "dobj"),
        *(p for c in x.children if c.dep_ == "prep" and c.lower_ == "from"
          for p in c.children if p.dep_ == "pobj"))]
    if any(t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by"
           for x in (verb, *leaving) for t in x.children):
        return None  # (a doer written, wherever the parser hung it: "asked to leave China
        # by his editors")
    states = [r for r in refs(words) if r.kind == "country" and r.country]
    if len({key(r) for r in states}) != 1 or \
            any(key(t) == key(states[0]) for t in targets):
        return None
    return replace(states[0], basis="inferred-clause")


#: Prepositions that put a custody act inside a place ("in Gali", "at Tbilisi airport").
HELD_PREPS = frozenset({"in", "at", "inside"})
#: Nouns of custody a release is "from" ("released from Tskhinvali prison").
CUSTODY = frozenset({"prison", "jail", "gaol", "custody", "detention", "captivity", "cell",
                     "colony", "camp", "penitentiary", "prisons", "jails", "camps"})


def custody_places(prep: Any, mode: str | None) -> list[Any]:
    """The objects of the preposition *prep* of a custody act of *mode* that name the ground
    it is held on: those of "in" for both ("detained in Santiago", "released in Chile"); for
    a release out of a place of custody, those of "from" and of that place's own "in"
    ("released from Tskhinvali prison", "freed from a jail in Lima": the one who held him
    lets him go, CAMEO 0841), never a "from" of elsewhere ("released from hospital")."""
    objects = [x for x in prep.children if x.dep_ == "pobj"]
    if prep.lower_ in HELD_PREPS:  # ("detained at Tbilisi airport", "died in custody in
        return objects + _held_in(objects)  # Tskhinvali": round 18)
    if prep.lower_ != "from" or mode != "release":
        return []
    held = [x for x in objects if x.lemma_.lower() in CUSTODY]
    return held + _held_in(held)


def _held_in(objects: list[Any]) -> list[Any]:
    """The places a place of custody among *objects* is in ("a jail in Lima")."""
    return [y for x in objects if x.lemma_.lower() in CUSTODY for p in x.children
            if p.dep_ == "prep" and p.lower_ == "in" for y in p.children if y.dep_ == "pobj"]


def place_words(pobj: Any) -> list[Any]:
    """The words of an "in" phrase's object that may name the place it is in: the object, its
    compounds, and a proper noun the parser read as its adjective ("in Tskhinvali prison")."""
    return [pobj, *(c for c in pobj.children if c.dep_ == "compound" or
                    c.dep_ in ("amod", "nmod") and c.pos_ == "PROPN" or
                    c.dep_ == "amod" and c.text[:1].isupper() and c.i > pobj.sent.start)]


def pointed_ground(objects: list[Any], own: set[str | None], named_in: NamedIn,
                   claimed: Mapping[str, str], state: Callable[[str], ActorRef | None]
                   ) -> list[ActorRef]:
    """The owner of the ground a definite ground noun among *objects* points back to: the
    one state (a disputed region's claimant in *claimed*) named before it in its sentence,
    else in the sentence before within its paragraph; none for two owners, for the doer's
    own side (*own*), or for a noun whose words say which ground it is. *named_in* gives the
    states and places named between two offsets, *state* a state's side from its code."""
    noun = next((o for o in objects if _pointing_ground(o)), None)
    if noun is None:
        return []
    sent = noun.sent
    spans: list[tuple[int, int, SideBasis]] = [(sent.start_char, noun.idx, "inferred-clause")]
    first = sent[0]
    if first.i > 0:
        before = first.nbor(-1).sent
        if "\n" not in gap(before, sent):
            spans.append((before.start_char, before.end_char, "inferred-previous"))
    for start, end, basis in spans:
        owners = {_owner(r, claimed) for r in named_in(start, end)} - {None} - own
        if len(owners) == 1:
            ref = state(next(iter(owners)) or "")
            return [] if ref is None else [replace(ref, basis=basis)]
        if owners:
            return []  # (ground of two states named: which, the text does not say)
    return []


def _pointing_ground(t: Any) -> bool:
    """Whether *t* is a ground noun pointing back ("the territories", "the breakaway
    region"), with no word of its own that says whose or which ground it is."""
    if t.lower_ not in GROUND or t.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in t.children):
        return False
    return not any(c.dep_ in ("poss", "compound", "relcl", "acl", "nummod") or
                   c.dep_ == "prep" and c.lower_ in ("of", "in", "along", "near") or
                   c.ent_type_ for c in t.children)


def _owner(ref: ActorRef, claimed: Mapping[str, str]) -> str | None:
    """The state whose ground a named state or region is: a disputed region's claimant."""
    if ref.kind != "country" or not ref.country:
        return None
    return claimed.get(ref.id or "", ref.country)
