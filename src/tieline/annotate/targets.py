"""Targets an event's own words leave out, read from the rest of its sentence.

PETRARCH's fallback (the first actor named after the verb in its own phrase), the owner of
ground taken ("occupied land in Georgia", a region a state claims), the maker of the thing a
verbal act is about ("condemned the remarks made by X"), the target of an intended act, the
actor of a clause the event governs ("warned of measures if Georgia joins NATO"), who asks for
an act of yielding, the state a custody act happened in, the host of a summoned envoy
(:mod:`tieline.annotate.powers`) and the side a release hands someone to.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from . import custody, powers
from .anaphora import _PERSON_PRONOUNS
from .asking import _REQUESTING
from .clausedates import _YIELDING
from .clauses import _described_object, _passive_subjects
from .coder import Coder
from .coordination import _conj_root, _shared_preps
from .found import _Context, _Found
from .matching import _VERBAL
from .pairs import _ground_left, _key, _owner_not_party, _side_of
from .polarity import _material_flow
from .words import stance

_SCENE_PREPS = {"in", "at", "after", "before", "during", "since", "amid", "amidst", "following",
                "despite", "near", "over", "across", "throughout", "within", "on", "by", "from",
                "into", "toward", "towards", "under", "without", "as", "like", "for", "of"}

#: Prepositions whose object is what a consultation is about, not whom it is with.
_TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}

#: Types whose target a governing clause implies: acts that answer or are conditioned on
#: what another does ("protested after X built", "warned of measures if X joins").
_REACTIVE = {"ACCUSE", "THREATEN", "REQUEST", "PROTEST", "REJECT", "SANCTION", "COERCE"}

#: Verbs that hand someone released over to a side.
_HANDING = {"transfer", "hand", "return", "deliver", "repatriate", "send", "extradite"}

#: Modes of holding people or setting them free: a state's legal power on its own ground.
_CUSTODY = {"arrest", "release"}

#: Prepositions that tie ground to its owner: "land in Georgia", "part of Georgia".
_OWNING_PREPS = {"in", "of"}

#: Dependencies of a clause that describes a noun rather than names its parts.
_CLAUSE_DEPS = {"relcl", "acl", "advcl"}


class TargetFilling:
    """Fill an event's missing target from what its sentence says around it."""

    def _fallback_target(self: Coder, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The first actor named after a verb in its own phrase (PETRARCH's fallback), not
        inside another event's words nor in a phrase of time or place."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        by_trigger = {x.i: g for g in found if g is not f for x in g.tokens
                      if x.i == g.trigger.i or x.pos_ == "NOUN"}  # ("the sanctions imposed
        for c in root.children:  # by X"): "rejected calls by Belarus": the caller is the target
            g = by_trigger.get(c.i)
            if c.dep_ in ("dobj", "pobj", "nsubjpass") and g is not None and g.sources and \
                    (g.trigger.i == c.i or _side_of(g.sources[0]) not in
                     {_side_of(r) for r in f.sources}):  # (not the doer's own act)
                f.targets.append(g.sources[0])
                return
            if c.dep_ == "dobj" and f.entry.type in _VERBAL:
                maker = self._maker(c, f, ctx)  # "condemned the remarks made by X": X
                if maker:
                    f.targets.append(maker[0])
                    return
        others = {x.i for g in found if g is not f and g.trigger.i != root.i
                  and not g.trigger.is_ancestor(root) for x in g.trigger.subtree}
        skip = {_key(r) for r in f.sources}
        blocked: set[int] = set()
        pattern = {x.i for x in f.tokens}
        for c in root.children:
            purpose = _material_flow(f.entry) and c.dep_ in ("advcl", "xcomp") and \
                any(x.lower_ == "to" for x in c.children)  # "aid to bolster Armenia's economy"
            if c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "relcl", "ccomp", "conj",
                          "nsubj", "nsubjpass", "mark") and not purpose and \
                    (c.dep_ != "prep" or c.lower_ in _SCENE_PREPS and c.i not in pattern):
                blocked.update(x.i for x in c.subtree)  # (not the pattern's own "call for")
            elif c.dep_ == "dobj" and not f.entry.object_is_target:
                party = {x.i for p in c.subtree if p.dep_ == "prep" and p.lower_ in
                         f.entry.target for x in p.subtree}  # ("discuss the issue with X":
                blocked.update(x.i for x in c.subtree if x.i not in party)  # the parser may
                # hang "with X" on the object); "discussed Pakistan": a topic, not a party
        blocked.update(x.i for t in root.subtree if t.dep_ == "relcl" and t.i not in pattern
                       and any(w.lower_ in ("who", "whom") for w in t.children)
                       for x in t.subtree)  # "ordered people who returned from Mexico into
        # quarantine": a "who" clause describes people; the places it names are not a side
        if f.entry.type == "CONSULT":  # "talks with his aides about China": a topic, never
            blocked.update(x.i for t in (root, *f.tokens) for c in t.children  # the party
                           if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for x in c.subtree)
        for t in root.subtree:
            if t.i <= f.trigger.i or t.i in blocked or t.i in others or _owner_not_party(t, f) \
                    or stance(t):  # ("attacked anti-government demonstrators"; round 18)
                continue
            m = ctx.token_mention.get(t.i)
            if m is None and t.lower_ in _PERSON_PRONOUNS and t.dep_ in ("poss", "dobj"):
                person = self._anaphor(t, ctx) or []  # "blocked his access"
                if person and _side_of(person[0]) not in {_side_of(r) for r in f.sources}:
                    f.targets.append(person[0])
                    return
            if m is None or m.form == "place" and not (
                    t.dep_ == "pobj" and t.head.lower_ in ("by", "from", "against", "with")):
                continue  # a place is where, unless it is the agent: "admission by Moscow"
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and _key(ref) not in skip:
                f.targets.append(ref)
                return

    def _ground_owner(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Whose ground an act of taking it takes, as its object names the owner: "occupied
        land in Georgia", "annexed Georgian territory", "occupies our territory" (said by a
        president). Occupying or annexing ground is done to the state it belongs to (CAMEO
        1723 and PLOVER's COERCE: the target is the one whose territory is seized); a place
        named in the object is that owner here, where elsewhere it is only where the act
        happened, and ground taken "in" a state is taken from it. Never a side of the
        doer's own, and never from a clause that describes the object ("the territory,
        which borders X")."""
        v = f.trigger
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ in f.entry.target and c.lower_ != "in" and c not in f.tokens
                   for x in c.children if x.dep_ == "pobj"]
        if f.entry.pos == "verb":  # (a noun's object is its "of"/"on" phrase: "strikes on")
            objects += [c for c in v.children if c.dep_ in ("dobj", "obj")]
            objects += _passive_subjects(v)
            described = _described_object(v)
            if described is not None:
                objects.append(described)
        objects += _ground_left(f)
        own = {_side_of(r) for r in f.sources}
        for obj in objects:
            refs = [r for r in self._refs([obj], ctx) if r.country and _side_of(r) not in own]
            if refs:
                return refs
            clauses = {x.i for c in obj.children if c.dep_ in _CLAUSE_DEPS for x in c.subtree}
            for t in obj.subtree:
                m = ctx.token_mention.get(t.i)
                if t.i in clauses or m is None or \
                        m.form == "place" and not (t.dep_ == "pobj" and
                                                   t.head.lower_ in _OWNING_PREPS):
                    continue  # ("land in Georgia" / "of Georgia": whose; "troops in X": where)
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and ref.country and _side_of(ref) not in own:
                    return [replace(ref, basis="stated")]
        where = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                 c.lower_ == "in" for x in c.children
                 if x.dep_ == "pobj" and x.i in ctx.token_mention]
        return [r for r in self._refs(where, ctx)  # "occupied land in Georgia" (the parser
                if r.country and _side_of(r) not in own]  # hangs "in X" on the verb)

    def _maker(self: Coder, thing: Any, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who made the thing a verbal act is about, as the participle after it says with
        its agent ("condemned the remarks made by X", "welcomed the steps taken by X"): the
        one the judgement is on, even a person the knowledge base lacks (kept by name), but
        never a side of the act's own doer."""
        sides = {_side_of(r) for r in f.sources}
        agents = [x for v in thing.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for x in a.children
                  if x.dep_ == "pobj"]
        return [r for r in self._refs(agents, ctx) if _side_of(r) not in sides][:1]

    def _intended_target(self: Coder, f: _Found, ctx: _Context) -> None:
        """The target of the act an intent names in its infinitive when the intent word is an
        adjective after "be" ("Moscow is ready at any moment to have normal relations with
        Georgia": the infinitive hangs on "is", not on "ready"). The first actor the
        infinitive's clause names, of another side than the source; stated, as written."""
        adj = f.trigger
        if not f.entry.intent or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            return
        sides = {_side_of(r) for r in f.sources}
        for c in (*adj.children, *adj.head.children):
            if c.dep_ not in ("advcl", "xcomp") or not any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                continue
            for t in c.subtree:
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" \
                    else None
                if ref is not None and _side_of(ref) not in sides:
                    f.targets.append(ref)
                    return

    def _clause_target(self: Coder, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The target a clause implies when the event's own words name none: the actor of a
        clause the event governs ("warned of measures if Georgia joins NATO", "protested
        after India's troops crossed", "in response to Georgia's decision"), or the
        addressee of the statement that carries it when the statement's speaker is the
        event's source ("Russia told Georgia it would take measures")."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        sides = {_side_of(r) for r in f.sources}
        governed = self._governed_actors(root, ctx) if f.entry.type in _REACTIVE else []
        heard = self._addressees(f, found, ctx) if f.entry.type != "CONSULT" else []
        asked = (self._demanders(root, ctx) or self._noun_demanders(f, ctx)) \
            if f.entry.type in _YIELDING and f.entry.mode != "resign" else []
        # (one's own office given up yields to no one)
        for cand in (*governed, *heard, *asked):  # (a visit's host is not whom its visitor
            # told)
            if _side_of(cand) not in sides and (cand.country or cand.id in self.kb.actors):
                f.targets.append(replace(cand, basis="inferred-clause"))
                return

    def _demanders(self: Coder, root: Any, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding *root* heads, where it is what a verb or noun of
        asking asks for ("China urged India to withdraw its troops", "China renewed its call
        for India to pull back"): the act yields to them, as the target PLOVER's RETREAT and
        CONCEDE give it (the one whose demand is met), never invented where no one asks."""
        node = _conj_root(root) if root.dep_ == "conj" else root
        head = node.head
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or head.i == node.i or \
                head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":  # "its call for India to withdraw": its owner asks
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx)

    def _noun_demanders(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding a noun names, where the noun is what a verb or
        noun of asking asks for ("China demanded the withdrawal of Indian troops", "pressed
        for a pullback", "Beijing's demand for the withdrawal"): as :meth:`_demanders`."""
        n = f.trigger
        if f.entry.pos != "noun" or n.dep_ not in ("dobj", "pobj"):
            return []
        head = n.head
        if n.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
            head = head.head  # "called for the withdrawal", "the demand for the withdrawal"
        if head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx) if head.pos_ == "VERB" else []

    def _claimed_ground(self: Coder, f: _Found) -> list[ActorRef]:
        """The targets of an act of taking or striking ground, with a disputed region the
        knowledge base says a state claims read as that state's ground: "Russian forces
        occupy Abkhazia and South Ossetia" takes ground from Georgia (CAMEO 1723, PLOVER
        COERCE: the target is the one whose territory is seized), not from the breakaway
        authorities, which are Russia's allies. The claimant's own acts there keep the
        region ("Georgian troops shelled Tskhinvali": the de facto authorities are hit)."""
        own = {_side_of(r) for r in f.sources}
        if not own:
            return f.targets  # (no doer told: it may be the claimant's own act)
        out: list[ActorRef] = []
        for r in f.targets:
            state = self.kb.claimed.get(r.id or "")
            if state is not None and state in self.kb.actors and state not in own:
                actor = self.kb.actors[state]
                r = ActorRef(actor.id, actor.name, actor.country, None, actor.kind, r.basis)
            if _key(r) not in {_key(x) for x in out}:
                out.append(r)
        return out

    def _custodian(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The power holding the ground a custody act told without a doer happened on: "a
        Peruvian journalist was detained in Santiago" (Chile holds him), "was released in
        Chile", "was detained in Akhalgori" (South Ossetia's de facto authority holds the
        town: :mod:`tieline.annotate.custody`), or the one the doer is the authority of,
        named only by its place ("was detained by Akhalgori police"). Arresting, jailing and
        freeing people are acts of the authorities of the ground they happen on (CAMEO 173
        and 0841: a state's legal power). Only verbs, only one holder named there, never the
        side of the people held (a state's own people held at home are no foreign act)."""
        if f.entry.mode not in _CUSTODY or f.entry.pos != "verb":
            return []
        held = {_side_of(r) for r in f.targets if r.country}
        if not all(r.country or r.kind == "person" for r in f.targets):
            return []  # (a person the knowledge base places nowhere is held all the same)
        if f.agentless:  # ("from Tskhinvali prison": round 17)
            places = [y for p in _shared_preps(f.trigger)
                      for x in powers.custody_places(p, f.entry.mode)
                      for y in (x, *x.conjuncts)]
        else:
            places = custody.authority_places(f.trigger)
        refs = []
        for x in places:
            words = powers.place_words(x)  # ("in Tskhinvali prison": round 17)
            for t in words:
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and \
                    m.form != "demonym" else None
                if ref is not None and ref.kind == "country":
                    refs.append(ref)
            for holder in custody.held_by(words, self.kb.places, ctx.article.published):
                refs.append(self._as_side(ActorRef(None, holder, holder)))
        states = {_side_of(r) for r in refs}
        if len(states) != 1 or states & held:
            return []
        return [replace(refs[0], basis="inferred-place")]

    def _host(self: Coder, f: _Found, ctx: _Context) -> None:
        """Give a summons told in the passive with no doer the host state its envoy serves
        in, as its doer (:func:`tieline.annotate.powers.summoner`)."""
        verb = f.trigger if f.trigger.pos_ == "VERB" else f.clause
        if verb is None:
            return
        found = powers.summoner(list(f.tokens), verb, f.targets,
                                lambda toks: self._refs(toks, ctx))
        if found is not None:
            f.sources, f.targets = [found[0]], found[1]

    def _pointed_ground(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The owner of ground a definite ground noun points back to ("annexed the
        territories": :func:`tieline.annotate.powers.pointed_ground`)."""
        objects = [c for c in f.trigger.children if c.dep_ in ("dobj", "obj")]
        own = {_side_of(r) for r in f.sources}

        def named_in(start: int, end: int) -> list[ActorRef]:
            k = bisect_left(ctx.mention_starts, start)
            named = ctx.mentions[k:bisect_left(ctx.mention_starts, end)]
            return [r for m in named if m.form != "demonym"
                    for r in [self._ref_of_mention(m, ctx)] if r is not None]

        return powers.pointed_ground(objects, own, named_in, self.kb.claimed,
                                     lambda c: self._as_side(ActorRef(None, c, c))
                                     if c in self.kb.actors else None)

    def _handed_to(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The side a release returns someone to, when the released are people the
        knowledge base does not place ("released X and handed him over to the Georgian
        side"): the receiving side is whose people they are (CAMEO's target of a release),
        as the verb joined to the release says, never a side the release's doer is on."""
        v = f.trigger if f.entry.pos == "verb" else f.clause
        if v is None:
            return []
        doers = {_side_of(r) for r in f.sources}
        for w in (v, *(c for c in v.children if c.dep_ == "conj")):
            if w.lemma_.lower() not in _HANDING:
                continue
            to = [x for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for x in c.children if x.dep_ == "pobj"]
            refs = [r for r in self._refs(to, ctx) if r.country and _side_of(r) not in doers]
            if refs:
                return [replace(r, basis="inferred-clause") for r in refs[:1]]
        return []
