"""Sides told by the place of an act: custody by the holder of its ground, crowds by its people.

Issues 22/23, round 18. News often tells an act of a state's power or of a crowd by where it
happened and leaves the doer out, because the place says it:

- **Custody is the act of the power that holds the place** (CAMEO 173 "arrest, detain" and
  0841 "release" are acts of a state's legal power, which only the authority of the ground
  has): "was detained in Akhalgori", "was sentenced in Tskhinvali to 12 years", "was
  arrested at Tbilisi airport" are the acts of whoever holds Akhalgori, Tskhinvali, Tbilisi;
  so is a detention by a place's authority that the text names only by its place ("was
  detained by Akhalgori police", "by the de facto authorities in Gali", "the police of
  Gudauta detained ..."). A place is a state's own name or capital (a mention) or a town the
  knowledge base ties to one holder (``kb/data/places.yaml``, with the day the holder's
  control began); never a line or a village on it ("near the occupation line", "near the
  village of X": ``powers.HELD_PREPS`` has no "near"), never where the text names another
  doer ("by unknown gunmen in Tskhinvali"), and never a place two holders share.
- **A crowd protesting with no doer named is the people of the place's state** (CAMEO's
  CVL sector: "thousands rallied in Tbilisi against the Russian deputy", "protesters marched in
  Zugdidi"): the one state the protest's own place phrase names ("in", "at", "outside", "in
  front of", "across"); its target is what the text says it protests against, never the
  place itself. Never for a crowd at a state's mission abroad (often its own nationals) or
  against its own state (one state on both sides is no act between two).

Each side found so has the basis "inferred-place": the page and the API say the place, not
the sentence, named it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from ..kb.loader import Place
from ..models import ActorRef

#: Nouns of a place's authority that acts for its holder ("Akhalgori police", "the
#: authorities in Gali", "the regime in Tskhinvali", "the court of Gudauta").
AUTHORITIES = frozenset({"police", "policeman", "policemen", "court", "courts", "authorities",
                         "authority", "regime", "administration", "government", "kgb",
                         "prosecutor", "prosecutors", "militia", "service", "committee",
                         "ministry", "officials"})
#: Nouns of a settlement whose "of" phrase names it ("the village of Akhalgori").
SETTLEMENTS = frozenset({"village", "town", "city", "district", "region", "municipality",
                         "settlement"})
#: Prepositions of a crowd's place ("rallied in Tbilisi", "outside parliament in Tbilisi").
#: A state's missions abroad, outside which a crowd may be of any nation.
MISSIONS = frozenset({"embassy", "consulate", "mission", "commission", "legation"})
CROWD_PREPS = frozenset({"in", "at", "outside", "across", "throughout", "near", "on",
                         "through"})


def held_by(words: Iterable[Any], places: Mapping[str, Place], day: str | None) -> set[str]:
    """The holders of the towns *words* name (a word, a word with its compounds: "New Athos",
    or a settlement noun's "of" phrase), of those held on *day* (the act's, else any)."""
    found: set[str] = set()
    for w in words:
        names = [w, *(g for c in w.children if c.dep_ == "prep" and c.lower_ == "of" and
                      w.lemma_.lower() in SETTLEMENTS for g in c.children if g.dep_ == "pobj")]
        for n in names:
            compounds = [c for c in n.children if c.dep_ == "compound" and c.i < n.i]
            for text in (n.text, " ".join(x.text for x in (*compounds, n))):
                place = places.get(text.lower())
                if place is not None and (not day or not place.since or place.since <= day):
                    found.add(place.holder)
    return found


def authority_places(verb: Any) -> list[Any]:
    """The words naming the place of the one authority that does a custody verb *verb*, as
    its "by" phrase or its subject names it ("was detained by Akhalgori police", "by the
    authorities in Gali", "the police of Gudauta detained"); [] for any other doer, for
    which the place says nothing ("by unknown gunmen in Tskhinvali")."""
    doers = [g for c in verb.children if c.dep_ == "agent"
             for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    if len(doers) != 1 or doers[0].lemma_.lower() not in AUTHORITIES:
        return []
    a = doers[0]
    words = [c for c in a.children if c.dep_ in ("compound", "poss") or
             c.dep_ in ("amod", "nmod") and c.pos_ == "PROPN"]
    return words + [g for c in a.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                    for g in c.children if g.dep_ == "pobj"]


def crowd_places(trigger: Any) -> list[Any] | None:
    """The objects of the place phrases of a protest's word *trigger*, and of the verb a
    protest noun is the subject or object of ("a protest took place in Tbilisi", "held a
    rally outside parliament in Tbilisi"); for an object in a place of its own, that place
    ("outside parliament in Tbilisi": Tbilisi). None for a crowd at a state's mission abroad
    ("outside the Egyptian embassy in London"): such crowds are often the mission's own
    nationals, so the city does not say whose people they are."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "dobj", "pobj"):
        heads.append(trigger.head if trigger.dep_ != "pobj" else trigger.head.head)
    out: list[Any] = []
    for x in (x for h in heads for c in h.children
              if c.dep_ == "prep" and c.lower_ in CROWD_PREPS for x in _objects(c)):
        if x.lemma_.lower() in MISSIONS:
            return None
        inner = [g for c in x.children if c.dep_ == "prep" and c.lower_ == "in"
                 for g in c.children if g.dep_ == "pobj"]
        out.extend(inner or [x])
    return out


def _crowd_written(trigger: Any) -> bool:
    """Whether the protest's makers are written as someone other than a crowd of the place:
    a subject or "by" phrase that is no crowd word ("Kurdish exiles protested"), or a crowd
    with a nationality or group of its own ("Kurdish protesters", "thousands of Georgians")."""
    makers = [c for c in trigger.children if c.dep_ == "nsubj"]  # (a passive's subject is
    # what is protested: "his visit was protested in Zugdidi")
    makers += [g for c in trigger.children if c.dep_ in ("agent", "prep") and
               c.lower_ in ("by", "from") for g in c.children if g.dep_ == "pobj"]
    for m in makers:
        words = [m, *(g for c in m.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj")]
        if any(w.lower_ not in CROWDS for w in words[:1]) or \
                any(c.ent_type_ or c.dep_ == "poss" for w in words for c in w.children
                    if c.dep_ in ("amod", "compound", "poss", "nmod")) or \
                any(w.ent_type_ for w in words[1:]):
            return True
    return False


def _objects(prep: Any) -> list[Any]:
    """The objects of *prep*, through "in front of" ("front" is the parser's object of "in")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return [y for g in objects for y in ([g] if g.lower_ != "front" else
            [z for c in g.children if c.dep_ == "prep" and c.lower_ == "of"
             for z in c.children if z.dep_ == "pobj"])]


#: Words of a crowd that name no actor ("thousands", "people", "protesters").
CROWDS = frozenset({"people", "thousands", "hundreds", "dozens", "tens", "crowd", "crowds",
                    "protesters", "protestors", "demonstrators", "citizens", "residents",
                    "locals", "marchers"})

#: The actors (state-kind sides) some tokens name.
Refs = Callable[[list[Any]], list[ActorRef]]


def crowd_side(trigger: Any, sources: list[ActorRef], targets: list[ActorRef], refs: Refs,
               places: Mapping[str, Place], day: str | None) -> list[ActorRef]:
    """The people of the one state a protest's place names, as its doer, for a protest aimed
    at someone (*targets*) whose doer the text leaves out or writes only as a crowd
    ("thousands rallied in Tbilisi against the deputy", "people protested in Zugdidi against
    the occupation"): CAMEO's civilians (CVL) of that state, "inferred-place"; else []. The
    place is a state or capital *refs* reads, or a town of *places* held on *day*; never a
    crowd against its own state or at a mission abroad (:func:`crowd_places`)."""
    if not targets or any(r.id or r.country for r in sources) or _crowd_written(trigger):
        return []
    where = crowd_places(trigger)
    if where is None:
        return []
    states = {r.country: r for r in refs(where) if r.kind == "country" and r.country}
    for holder in held_by(where, places, day):
        states.setdefault(holder, ActorRef(holder, holder, holder, None, "country"))
    if len(states) != 1 or any(t.country in states for t in targets):
        return []  # (a crowd against its own state stays as told: one side and the other
        # of one state is no act between two)
    return [replace(next(iter(states.values())), name="protesters", sector="CVL",
                    basis="inferred-place")]  # (as reception's protesters: the state's id)
