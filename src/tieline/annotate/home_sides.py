"""The people or the body at home: the state of a generic agent written with none (issue 22).

"detained protesters", "called on the government", "the authorities": a state's public or
its powers written with no state are of the state their own words or their clause place them
in ("protesters in Almaty"), or of the other side's state where the act is a domestic one by
definition: police and courts act within their own jurisdiction, an opposition stands
against its own government, a legislature asks its own government (:func:`home_side`).
Never an agent written as foreign, international or de facto.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import cache
from typing import Any

from ..models import ActorRef, Report
from .roles import load_roles
from .side_basics import NAMED, Refs, StateOf, _subjects, token_at
from .titles import _DE_FACTO

#: Sectors of a state's public: its opposition, press and civilians.
PUBLIC = frozenset({"OPP", "MED", "CVL"})

#: Sectors that hold power at home: government, police, legislature and courts.
POWERS = frozenset({"GOV", "COP", "LEG", "JUD"})

#: Sectors that act by force only within their own state's jurisdiction.
JURISDICTION = frozenset({"COP", "JUD"})

#: Acts of force a police or a court does to people.
FORCE = frozenset({"COERCE", "ASSAULT"})

#: Modifiers that write an agent as someone else's than the state at home.
FOREIGN = frozenset({"foreign", "international", "western", "overseas", "global", "world",
                     "other", "regional", "european", "exiled", *_DE_FACTO})

#: Words of a number of people, whose "of" phrase names who they are ("dozens of
#: protesters").
NUMBERS = frozenset({"tens", "dozens", "hundreds", "thousands", "scores", "some", "many",
                     "several", "members", "group", "crowd", "number"})

#: Prepositions whose object names the one an act is done to.
TO_WHOM = frozenset({"on", "against", "to", "at", "upon"})

#: Prepositions of an agent's own place ("protesters in Almaty", "residents of the town").
PLACE_PREPS = frozenset({"in", "of", "from"})


def home_side(e: Report, sent: Any, refs: Refs, state_of: StateOf) -> ActorRef | None:
    """The side *e* leaves out when its words write it as a generic agent (a state's public
    or its powers: "protesters", "the government") whose state its own words, its clause's
    place or a domestic act by definition tell (see the module's docstring), or None."""
    known = e.source or e.target
    if known is None or (e.source and e.target) or e.mutual:
        return None
    trigger = token_at(sent, e.evidence[0].trigger_start)
    tokens = [] if trigger is None else \
        [_doer_token(trigger)] if e.source is None else _undergoer_tokens(trigger)
    agent = next((a for a in (_generic_agent(t, refs) for t in tokens) if a), None)
    if agent is None:
        return None
    token, sector = agent
    public = sector in PUBLIC  # (a body's place is not its state's: "the embassy in X")
    state = _place_of(token, refs, PLACE_PREPS if public else {"of", "from"}) or \
        (_place_of(trigger, refs, {"in"}) if public else None)
    if state is None and known.country and _at_home(e, known, sector):
        state = replace(known, sector=None)
    if state is None or not state.country:
        return None
    return replace(state_of(state), sector=sector, basis="inferred-clause")


def _at_home(e: Report, known: ActorRef, sector: str) -> bool:
    """Whether *e*, done by or to *known* with a generic agent of *sector* on its other
    side, is a domestic act by definition: police or a court's force on people, an
    opposition against the powers (a state's press or citizens speak of others' authorities
    as often as of their own), a legislature's request or an order to the government."""
    mine = known.sector or ("GOV" if known.kind == "person" else None)
    if e.source is known:
        return (mine in JURISDICTION and e.type in FORCE and sector in PUBLIC) or \
            (mine == "OPP" and sector in POWERS and e.type not in FORCE) or \
            (e.type == "REQUEST" and sector == "GOV" and
             (mine == "LEG" or e.mode == "instruct"))
    return sector in JURISDICTION and e.type in FORCE and mine in PUBLIC


def _doer_token(trigger: Any) -> Any:
    """The token that writes the doer of the act *trigger* names: its subject, or the
    agent of a passive ("were detained by police")."""
    for c in trigger.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    verb = trigger
    if trigger.dep_ == "advcl" and trigger.tag_ in ("VBG", "VB") and \
            not _subjects(trigger):  # ("stormed the building, demanding ...", "occupied
        verb = trigger.head  # the tribune to prevent ...": the main clause's subject acts)
    subj = [s for s in _subjects(verb) if s.dep_ == "nsubj"]
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head  # ("demonstrators who accused ...")
    return subj[0]


def _undergoer_tokens(trigger: Any) -> list[Any]:
    """The tokens that may write the one the act *trigger* is done to: its object, the
    subject of its passive, the object of "on", "against", "at" or "to" on it ("called on
    the government", "fired tear gas at protesters", "a crackdown on protesters")."""
    preps = TO_WHOM | ({"of"} if trigger.pos_ == "NOUN" else set())
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps
         for g in c.children if g.dep_ == "pobj"]


def _generic_agent(token: Any, refs: Refs) -> tuple[Any, str] | None:
    """*token* (or the people its "of" phrase names: "dozens of protesters") and its
    sector, where it is a generic agent written without a state, or None."""
    if token is None:
        return None
    while token.lower_ in NUMBERS:  # ("tens of thousands of demonstrators")
        people = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        if people is None:
            return None
        token = people
    sector = _agent_sector(token)
    if sector is None or refs([token]) or any(
            c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and
            (c.lower_ in FOREIGN or c.ent_type_ in NAMED) for c in token.children):
        return None
    return token, sector


def _agent_sector(token: Any) -> str | None:
    """The sector of a state's public or powers the noun *token* names, or None."""
    if token.pos_ != "NOUN":
        return None
    sector = _agents().get(token.lower_) or _agents().get(token.lemma_.lower())
    return sector if sector in PUBLIC | POWERS else None


@cache
def _agents() -> dict[str, str]:
    """The knowledge base's agent nouns and the one-word titles of its public, with their
    sectors ("protesters": OPP, "journalist": MED, "police": COP)."""
    titles, agents = load_roles()
    people = {t.words[0]: t.sector for t in titles
              if len(t.words) == 1 and t.sector in PUBLIC}
    return {**people, **agents}


def _place_of(token: Any, refs: Refs, preps: Collection[str]) -> ActorRef | None:
    """The state of the place a phrase of *token* with one of *preps* names ("protesters
    in Almaty", "residents of the town of X", "rallied in Almaty"), or of the body or party
    its "of" or "from" phrase names, or None: never a body it is only at or in ("protesters
    at the Kazakh embassy", "in the Kazakh parliament")."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            found = refs([g]) if g.dep_ == "pobj" else []
            if len(found) == 1 and found[0].country and (
                    found[0].kind == "country" and found[0].sector is None or
                    c.lower_ in ("of", "from") and found[0].sector in POWERS | {"PTY", "BUS"}):
                return found[0]  # (or the state whose body, party or company they are of:
    return None  # "MPs from the X party", "members of the Kazakh parliament", "workers of the
    # United Bus Company of Tehran", round 18)
