"""Unnamed groups as sides, and trips at home (issue 22: domestic acts in world news).

PLOVER's actors are states and their sectors as much as named people and bodies: CAMEO's
agents dictionary codes "protesters" OPP, "police" COP, "rebels" REB, "residents" CVL, with
the state of the one they are of when the text gives it. So:

- **An unnamed group is a side.** An agent noun (``kb/data/roles.yaml`` ``agents:``) written
  with no state ("protesters", "the opposition", "rebels", "security forces", "residents")
  on the side an act leaves empty is that side, with its sector. Its state is taken only
  where the context fixes it, and stored as inferred: a place its own words name
  ("residents of Cairo"), a place of one state its clause names ("clashed with police in
  Cairo"), else the one state its sentence names, else the one state its article names
  ("inferred-clause", "inferred-article"). That one state is the group's even when it is
  the other side's own only where that side does the act and is the state or one of its
  powers at home (government, legislature, courts, police: "the president urged residents
  to stay indoors"), and the act is no fight with forces or armed opponents ("the
  government shelled rebels": whose rebels, the text does not say); a public's act on
  another's public ("demonstrators expressed support for the Egyptian people"), a group's
  act on a state ("protesters accused the Kyrgyz government") and troops' acts (abroad as
  often as at home) tell nothing of whose it is. A place a group is only in ("in Cairo")
  is the state of people, armed opponents and police, not of officials, forces or bodies,
  who sit and serve in others' capitals too. Where no state is fixed, the group still names
  the side, with no state and no id: no state's or pair's view takes it in (the store
  selects a state's events by its id or country: ``store/events.py``), and a GDELT export
  codes it by its sector alone ("OPP").
- **A trip at home is no event between actors.** PLOVER's CONSULT "visit" is travel to
  meet another actor. A visit whose written place names only the visitor's own state or no
  state at all ("Obama visited the gulf", "flew to Louisiana", "arrived in Washington") is
  not coded, unless its sentence names whom the visitor met, heard or addressed there
  ("visited Louisiana to hear from residents", "visited troops"): that group, of the
  visitor's state, is the one visited; the visitor's own state's officers are no other side
  ("to hear from local officials": a state and its own branch are one, as the coder reads
  "Putin flew to Moscow"). A visit to a foreign place is untouched.

Requests to one's own people ("urged residents to evacuate") need no rule of their own: the
addressee is an unnamed group, a side by the first rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..models import ActorRef, Report
from .home_sides import FORCE, FOREIGN, NUMBERS, _doer_token, _undergoer_tokens
from .roles import load_roles
from .side_basics import NAMED, Ident, Refs, token_at, with_sides

#: The states its mentions name between two offsets of the article.
StatesIn = Callable[[int, int], set[str]]
#: A state's side from its code (None where the knowledge base lacks it).
StateRef = Callable[[str], ActorRef | None]


@dataclass(frozen=True)
class Places:
    """What the coder knows of an article's states: those its mentions name between two
    offsets (*states_in*), a state's side from its code (*state_ref*: None where the
    knowledge base lacks it), and whether two sides are one state with no relation between
    them (*one_state*: a state and its own branch, as the coder reads "Putin flew to
    Moscow")."""

    states_in: StatesIn
    state_ref: StateRef
    one_state: Callable[[ActorRef, ActorRef], bool]


#: Sectors of groups that stand as sides by themselves (CAMEO's agents): a state's public,
#: powers, forces and armed opponents.
GROUP_SECTORS = frozenset({"OPP", "CVL", "MED", "GOV", "LEG", "JUD", "COP", "MIL", "REB"})
#: Agent nouns that name no one without an owner ("counterparts", "the state", "units"),
#: and things an agent noun's word names ("social media" is no press).
_NOT_GROUPS = frozenset({"counterparts", "state", "leaders", "national", "official", "units",
                         "vessels", "military base", "kremlin", "regime", "embassy",
                         "consulate", "delegation", "agencies", "state agencies", "jets",
                         "warplanes", "fighter jets", "tanks", "artillery", "warships",
                         "social media", "news media"})
#: Sectors of a state's powers at home: a state (or its government, legislature, courts or
#: police) acting on an unnamed group of the one state its sentence names acts at home; a
#: public's act on another's public, forces' acts (abroad as often as at home: round 11)
#: and acts done TO a state tell nothing of whose the group is.
_POWERS = frozenset({"GOV", "LEG", "JUD", "COP"})
#: Sectors of groups a place they are in is the state of: a state's people, its armed
#: opponents, and police (who act in their own jurisdiction).
_PLACED = frozenset({"OPP", "CVL", "MED", "REB", "COP"})
#: Acts whose object is the doer's own forces or people moved, not the one acted on
#: (PLOVER RETREAT, MOBILIZE: "withdrew troops", "mobilised reservists").
_MOVING = frozenset({"RETREAT", "MOBILIZE"})
#: Sectors that fight: their state is not the other side's when that side uses force.
_FIGHTERS = frozenset({"MIL", "REB"})
#: Verbs of meeting people on a trip: whom one meets, hears, addresses there was visited.
MEETING = frozenset({"meet", "hear", "talk", "speak", "address", "greet", "thank", "console",
                     "comfort", "brief", "visit", "tour", "listen"})
#: Prepositions of a trip's place ("travel to", "arrive in"); never "of", which names the
#: visitor ("the visit of a Russian delegation").
_TRIP_PREPS = frozenset({"to", "in", "into", "at", "around", "across", "through"})
#: Prepositions of whom one met ("talked with residents", "heard from officials").
_MET_PREPS = frozenset({"with", "from", "to"})


def complete(events: list[Report], sents: dict[int, Any], refs: Refs, places: Places,
             ident: Ident) -> list[Report]:
    """Return *events* with trips at home dropped or given the group met, and unnamed groups
    as the sides their acts leave empty (see the module's docstring). *places* reads the
    states the article names (:class:`Places`); *sents*, *refs* and *ident* are as
    :func:`tieline.annotate.sides.complete` takes them."""
    out: list[Report] = []
    article = places.states_in(0, 1 << 62)
    for e in events:
        sent = sents.get(e.evidence[0].start)
        trigger = None if sent is None or e.mutual or (e.source is None) == (e.target is None) \
            else token_at(sent, e.evidence[0].trigger_start)
        if trigger is None:
            out.append(e)
        elif e.type == "CONSULT" and e.mode == "visit" and e.source is not None and \
                e.source.country and home_trip(trigger, e.source, refs):
            out.extend(_visit_at_home(e, trigger, places, ident))
        else:
            group = unnamed_side(e, trigger, refs, places, article)
            if group is not None and not places.one_state(known_side(e), group):
                e = with_sides(e, e.source or group, e.target or group, ident)
            out.append(e)
    return out


def _visit_at_home(e: Report, trigger: Any, places: Places, ident: Ident) -> list[Report]:
    """The trip at home *e* as a visit to the group its sentence says was met there, or none
    (no one met, or only the visitor's own state's officers: no relation between actors)."""
    met = _met_group(trigger)
    assert e.source is not None
    if met is None:
        return []
    group = _group_ref(met, e.source.country, "inferred-clause", places.state_ref)
    if places.one_state(e.source, group):
        return []
    return [with_sides(e, e.source, group, ident)]


def known_side(e: Report) -> ActorRef:
    """The one side a one-sided report *e* names."""
    known = e.source or e.target
    assert known is not None
    return known


def home_trip(trigger: Any, visitor: ActorRef, refs: Refs) -> bool | None:
    """Whether the visit *trigger* writes a place that names only *visitor*'s own state or
    none (True), a foreign one (False), or no place at all (None)."""
    places = [c for c in trigger.children if c.dep_ == "dobj"] + \
        [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _TRIP_PREPS
         for g in c.children if g.dep_ == "pobj"]
    if not places:
        return None
    return not any(r.country != visitor.country or r.country is None and r.id
                   for p in places for r in refs([p]))


def _met_group(trigger: Any) -> Any:
    """The unnamed group the sentence of the trip *trigger* says was met there: the object
    of the visit itself ("visited troops") or of a verb of meeting in its clause ("to hear
    from local officials"), or None."""
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    for v in [trigger, *clause.subtree]:
        if v.lemma_.lower() not in MEETING and v is not trigger:
            continue
        for c in v.children:
            objs = [c] if c.dep_ == "dobj" else \
                [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and \
                c.lower_ in _MET_PREPS else []
            found = next((t for t in (_group_token(o) for o in objs) if t is not None), None)
            if found is not None:
                return found
    return None


def unnamed_side(e: Report, trigger: Any, refs: Refs, places: Places,
                 article: set[str]) -> ActorRef | None:
    """The unnamed group written on the side *e* leaves empty, as a side (with its state
    where the context fixes it), or None."""
    known = known_side(e)
    if e.source is not None and e.type in _MOVING:
        return None  # ("withdraw troops", "mobilisation of 300,000 people": the doer's own)
    tokens = [_doer_token(trigger)] if e.source is None else _undergoer_tokens(trigger)
    token = next((t for t in (_group_token(x) for x in tokens if x is not None)
                  if t is not None and not refs([t])), None)
    if token is None:
        return None
    sector = _sector(token)
    own = _own_place(token, refs, sector)
    if own is not None:
        return _group_ref(token, own, "inferred-clause", places.state_ref)
    if _owner_written(token):
        return _group_ref(token, None, "stated", places.state_ref)  # (whose, it says, but
        # not as a state: "citizens of most former Soviet republics")
    power = e.source is known and (known.sector in _POWERS or
                                   known.sector is None and known.kind == "country")
    fights = e.type in FORCE and sector in _FIGHTERS  # (whose rebels the army shelled?)
    sent = trigger.sent
    for states, basis in ((places.states_in(sent.start_char, sent.end_char), "inferred-clause"),
                          (article, "inferred-article")):
        if len(states) == 1 and (known.country not in states or power and not fights):
            return _group_ref(token, next(iter(states)), basis, places.state_ref)
        if len(states) > 1:
            break  # (two states in the sentence: the article's one state fixes nothing)
    return _group_ref(token, None, "stated", places.state_ref)


def _owner_written(token: Any) -> bool:
    """Whether the group's own "of" or "from" phrase says whose it is."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from") and
               any(g.dep_ == "pobj" for g in c.children) for c in token.children)


def _own_place(token: Any, refs: Refs, sector: str | None) -> str | None:
    """The state of the place the group's own words name ("residents of X", "protesters in
    Cairo"), or of its clause ("clashed with police in Cairo"). A place it is only in names
    the state of people, armed opponents and police (who act in their own jurisdiction), not
    of officials, forces or bodies, who sit or serve in others' capitals too."""
    placed = sector in _PLACED
    for node, preps in ((token, ("in", "of", "from") if placed else ("of", "from")),
                        (token.head, ("in",) if placed else ())):
        for c in node.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for g in c.children:
                found = refs([g]) if g.dep_ == "pobj" else []
                if len(found) == 1 and found[0].kind == "country" and found[0].country and \
                        found[0].sector is None:
                    return found[0].country
    return None


def _group_ref(token: Any, country: str | None, basis: Any, state_ref: StateRef) -> ActorRef:
    """The side an unnamed group *token* is: its state's sector where *country* is known
    (as "Egyptian police" is), else the group by its words, of no state."""
    sector = _sector(token)
    name = group_name(token)
    state = state_ref(country) if country else None
    if state is None or state.id is None:
        return ActorRef(None, name, None, sector, "group", "stated")
    return replace(state, name=name, sector=sector, basis=basis)


def group_name(token: Any) -> str:
    """The words of an unnamed group ("local officials", "security forces")."""
    first = token
    for c in reversed(list(token.lefts)):
        if c.dep_ in ("compound", "amod") and c.i == first.i - 1:
            first = c
    return str(token.doc[first.i:token.i + 1].text)


def _group_token(token: Any) -> Any:
    """*token* (or the people its "of" phrase names: "dozens of protesters") where it is an
    agent noun written with no owner and nothing that makes it foreign, or None."""
    while token is not None and token.lower_ in NUMBERS:
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    if token is None or token.pos_ != "NOUN" or _sector(token) is None:
        return None
    if any(c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and
           (c.lower_ in FOREIGN or c.ent_type_ in NAMED) for c in token.children):
        return None
    return token


def _sector(token: Any) -> str | None:
    words = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and
             c.i == token.i - 1]
    for word in (" ".join([*words, token.lower_]), token.lower_, token.lemma_.lower()):
        if word in _NOT_GROUPS:
            return None
        sector = _group_sectors().get(word)
        if sector is not None:
            return sector
    return None


@cache
def _group_sectors() -> dict[str, str]:
    """The agent nouns of groups that stand as sides, with their sectors."""
    _, agents = load_roles()
    return {w: s for w, s in agents.items() if s in GROUP_SECTORS and w not in _NOT_GROUPS}
