"""Sides of a coded act: its (source, target) pairs, states and the report's identity.

An event is stored once per pair of its sides (:func:`_pairs`): each target of each source,
once per actor, never an actor with its own state (Putin and Russia are one side,
:func:`_side_of`). Here too: whom a measure on things touches, the doer of force told
without one, and :func:`event_id`, which identifies a report by its article, place, rule
and actors.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from ..models import ActorRef, Mention
from .coordination import _shared_preps
from .found import _Found
from .lexicon import Entry

#: The prepositions that name whom a measure on things touches ("flights to X", "visas for
#: X's nationals", "imports from X", "ban on X's wine").
_MEASURE_PREPS = frozenset({"to", "from", "for", "on", "against", "into", "with", "between"})

#: Nouns of a party in relation to another: "India's neighbour", "Russia's ally" name someone
#: else than the one who owns them.
_RELATIONAL = frozenset({"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "foe",
                         "adversary", "friend", "proxy", "client", "patron", "backer"})
#: Verbs of stating a stance ("expressed India's displeasure", "voiced Russia's support"):
#: the possessor of the stance is the side that holds it, never the one it is about.
_EXPRESSING = frozenset({"express", "voice", "convey", "reiterate", "reaffirm", "register",
                         "lodge"})


def event_id(article_id: str, sentence_start: int, trigger_start: int, rule: str,
             source: ActorRef | None, target: ActorRef | None) -> str:
    """Identify a report: its article, where it is read, the rule and its actors."""
    raw = "|".join([article_id, str(sentence_start), str(trigger_start), rule,
                    _key_text(source), _key_text(target)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


#: A state's land, as a withdrawal leaves it (not a border, which two states share).
_LAND = frozenset({"territory", "land", "soil", "airspace", "waters"})


def _ground_left(f: _Found) -> list[Any]:
    """The ground a withdrawal leaves, its "from" object a state's land ("withdrew from its
    occupied territories in X"): whose it is, the withdrawal is from (as ground taken is
    taken from its owner: :meth:`EventCoder._ground_owner`)."""
    return [x for t in f.tokens for c in (t, *t.children) if c.dep_ == "prep" and
            c.lower_ == "from" for x in c.children
            if x.dep_ == "pobj" and x.lemma_.lower() in _LAND]


def _opponents(f: _Found, found: list[_Found]) -> list[ActorRef]:
    """The doer of an act of force told without one, inside a fight its clause says it happened
    in: the other side of that fight ("soldiers were killed in a clash with X's troops": X
    killed them). Only a party of the fight itself, never someone the sentence names
    elsewhere; none when the fight has no party apart from the victims' side."""
    fights = {g.trigger.i: g for g in found if g.entry.reciprocal}
    victims = {_side_of(r) for r in f.targets}
    for prep in _shared_preps(f.trigger):
        if prep.lower_ not in ("in", "during"):
            continue
        for obj in prep.children:
            fight = fights.get(obj.i)
            if fight is None:
                continue
            others = [r for r in (*fight.sources, *fight.targets) if _side_of(r) not in victims]
            if len({_side_of(r) for r in others}) == 1:
                return [replace(others[0], basis="inferred-clause")]
    return []


def _most_named(candidates: list[tuple[Mention, ActorRef]], n: int) -> list[ActorRef] | None:
    """The *n* states named most often among *candidates* (the mentions before a pair noun,
    nearest first), the nearer first on a tie: "the two countries" of an article about Russia
    and Georgia are those two even where the sentence before named Abkhazia and South
    Ossetia last."""
    counts: dict[str | None, int] = {}
    first: dict[str | None, ActorRef] = {}
    for _, ref in candidates:
        side = _side_of(ref)
        counts[side] = counts.get(side, 0) + 1
        first.setdefault(side, ref)
    ranked = sorted(first, key=lambda side: -counts[side])  # (stable: nearer first on a tie)
    return [first[side] for side in ranked[:n]] if len(ranked) >= n else None


def _key(ref: ActorRef | None) -> tuple[str | None, str | None] | None:
    if ref is None:
        return None
    return (ref.id, ref.sector) if ref.id else (ref.name, ref.country)


def _key_text(ref: ActorRef | None) -> str:
    return "" if ref is None else f"{ref.id}:{ref.sector}:{ref.name}"


def _pairs(f: _Found) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """The (source, target) pairs an event is coded for: each target of each source, each
    two participants of a joint act once, and of an act done to each other (a reciprocal
    one, "India and China clashed", "X clashed with Y", or a mutual reading, "the two sides
    agreed to withdraw troops") once as well: one report, marked mutual, stands for both
    ways (``_mutual_pair``), so one sentence is not counted twice."""
    pairs = _one_way(f)
    if not (f.mutual or f.entry.reciprocal):
        return pairs
    out: list[tuple[ActorRef | None, ActorRef | None]] = []
    for s, t in pairs:
        if (_key(t), _key(s)) not in {(_key(a), _key(b)) for a, b in out}:
            out.append((s, t))
    return out


def _mutual_pair(f: _Found, source: ActorRef | None, target: ActorRef | None) -> bool:
    """Whether a pair of *f* is read as done to each other (see :func:`_pairs`)."""
    return (f.mutual or f.entry.reciprocal) and source is not None and target is not None


def _forbidden_infinitives(verb: Any) -> list[Any]:
    """The infinitive a verb of banning governs, which English writes as its "from" phrase's
    equal ("forbade Russian airlines to fly to Georgia" = "from flying to Georgia"): read on
    for whom the ban touches."""
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _touched(thing: Any, preps: frozenset[str] = _MEASURE_PREPS) -> list[Any]:
    """The words of *thing*'s phrase that may name whom a measure on it touches: the objects
    of its prepositions ("flights to X", "visas for X"), its apposition ("apps, most of them
    Chinese"), who a "for ... to" clause names
    ("the visa regime for Georgian citizens to enter"), and a participle after it, read on
    ("airlines flying to X")."""
    out: list[Any] = []
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in preps:  # ("for airlines flying to X")
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "appos":  # "banned 59 apps, most of them Chinese,"
            out.append(c)
        elif c.dep_ in ("advcl", "acl", "relcl") and c.pos_ == "VERB":
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]
            out.extend(x for m in marks for x in m.children if x.dep_ == "pobj")
            out.extend(x for x in c.children if marks and x.dep_ == "nsubj")
            if c.dep_ == "acl" and c.tag_ == "VBG":
                out.append(c)
    return out


def _foreign(f: _Found) -> bool:
    """Whether some target of *f* is of another state than its doers'."""
    states = {s.country for s in f.sources if s.country}
    return bool(states) and any(r.country and r.country not in states for r in f.targets)


def _prep_objects(prep: Any) -> list[Any]:
    """The objects of the preposition *prep*, or, where it has none, of the prepositions
    joined to it ("flights to and from Georgia": the parser hangs Georgia on "from" only,
    and what goes to and from a place goes to it)."""
    objects = [x for x in prep.children if x.dep_ == "pobj"]
    if objects:
        return objects
    return [x for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"
            for x in c.children if x.dep_ == "pobj"]


def _is_measure(entry: Entry) -> bool:
    """Say whether *entry* is a measure on things (a ban, a sanction, or its easing), whose
    target may be named only inside the things' phrase."""
    return entry.type in ("SANCTION", "CONCEDE") or \
        (entry.type == "RETREAT" and entry.mode == "ease") or \
        (entry.type == "COERCE" and entry.mode == "restrict")


def _forces(refs: list[ActorRef]) -> bool:
    """Say whether *refs* are all armed forces ("the Indian and Chinese forces")."""
    return bool(refs) and all(r.sector == "MIL" for r in refs)


def _unknown_body(ref: ActorRef) -> bool:
    """Say whether *ref* is a name the parser took for an organisation the knowledge base
    lacks: what armed forces withdraw from is a place ("Patrolling Point 15"), for no army
    holds a membership to leave."""
    return ref.id is None and ref.kind == "organization"


def _one_per_actor(refs: list[ActorRef]) -> list[ActorRef]:
    """Name each actor once among one act's sources (or targets): a state read from two
    words ("New Delhi: India rejected ...": the dateline's capital and the subject;
    "China's troop deployment": China and its troops) is one side of one act, not two
    reports of it. The reading with a sector (its government, its forces) stands for it."""
    out: list[ActorRef] = []
    for r in refs:
        same = next((i for i, o in enumerate(out) if r.id and o.id == r.id), None)
        if same is None:
            out.append(r)
        elif out[same].sector is None and r.sector is not None:
            out[same] = r
    return out


def _one_way(f: _Found) -> list[tuple[ActorRef | None, ActorRef | None]]:
    sources: list[ActorRef | None] = list(f.sources) or [None]
    targets: list[ActorRef | None] = list(f.targets)
    if f.entry.symmetric and not targets and len(f.sources) >= 2:  # every pair takes part
        return [(a, b) for i, a in enumerate(f.sources) for b in f.sources[i + 1:]
                if not _one_state(a, b)]  # ("Astana, May 3: Kazakhstan and X agree")
    if f.entry.symmetric and not f.sources and len(targets) >= 2:  # "relations between A and B"
        return [(a, b) for i, a in enumerate(f.targets) for b in f.targets[i + 1:]
                if not _one_state(a, b)]
    if not targets:
        if f.entry.type == "CONSULT" and f.entry.symmetric:
            return []  # a meeting needs two sides
        targets = [None]
    elif f.entry.symmetric and len(f.sources) == 1 and len(targets) > 1 and \
            f.sources[0].country:  # "X held talks to strengthen relations between the two
        own = _side_of(f.sources[0])  # countries": X's own state takes part, on X's side
        targets = [t for t in targets if t is None or _side_of(t) != own] or targets
    pairs = [(s, None if _one_state(s, t) else t) for s in sources for t in targets
             if not (s is not None and t is not None and s.id and s.id == t.id)]
    if f.entry.type == "CONSULT" and f.entry.symmetric:
        pairs = [(s, t) for s, t in pairs if t is not None]  # (a meeting needs two sides)
    return list(dict.fromkeys(pairs))


#: Sectors of a state's own branches: its government, forces, legislature and courts.
_STATE_BRANCHES = frozenset({"GOV", "MIL", "LEG", "JUD"})


def _owner_not_party(t: Any, f: _Found) -> bool:
    """Whether *t* owns a noun that names someone else than its owner ("India's western
    neighbour") or the stance of *f*'s own words ("expressed India's displeasure with X":
    India holds it): no target of *f*."""
    if t.dep_ != "poss":
        return False
    noun = t.head
    return noun.lemma_.lower() in _RELATIONAL or \
        noun.i in {x.i for x in f.tokens} and noun.head.lemma_.lower() in _EXPRESSING


def _one_state(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether *a* and *b* are one state: the state itself and a branch, officer or body of
    its own ("Putin flew to Moscow", "Wang Yi said China ...", "India and China agreed":
    India with itself), so that no relation is between them; a state's citizens, parties
    or companies with it are ("the opposition protested against the government")."""
    if a is None or b is None:
        return False
    state, other = (a, b) if a.kind == "country" and a.sector in (None, "GOV") else (b, a)
    return state.kind == "country" and state.sector in (None, "GOV") and \
        bool(state.id) and other.country == state.id and \
        (other.sector is None or other.sector in _STATE_BRANCHES)


def _side_of(ref: ActorRef) -> str | None:
    """The state (or, without one, the actor) a side stands for: Putin and Russia are one."""
    return ref.country or ref.id or ref.name


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    return bool(a.id and a.id == b.id) or bool(a.country and a.country == b.country) or \
        (not a.id and not b.id and a.name == b.name)
