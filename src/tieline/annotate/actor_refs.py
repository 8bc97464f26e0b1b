"""The actors a word stands for: a mention, a state's part or body, people of a state.

:meth:`ReferenceReading._refs` is the coder's one question "whom does this token name?": the
actor mention under it, else a state's breakaway part, a body seated in a state's place ("a
court in Baku"), people acting for a state or body ("the commander of the Indian army", "the two
countries' troops"), coordinated modifiers ("the Indian and Chinese troops"), a person or
organisation the knowledge base lacks (kept by name), a KB person's surname left unlinked, and,
for pronouns and descriptions, :mod:`tieline.annotate.anaphora`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..models import ActorRef, Mention, SideBasis
from . import nonacts, officeholders
from .affiliates import tied_group
from .anaphora import _FIRST_PERSON, _FIRST_PERSON_PLURAL, _THING_PRONOUNS
from .business import firm_side
from .clauses import _in_dateline
from .coder import Coder
from .coordination import _conj_root, _conjuncts, _subject_end
from .found import _Context
from .newsday import governor as _clause_verb
from .nouns import _entity_of
from .pairs import _RELATIONAL, _key
from .words import _DASHES, _PAIR_NOUNS, stance

#: A state's land, which "our" in a quote makes the speaker's state's ("our territory").
_TERRITORY = {"territory", "territories", "land", "lands", "border", "borders", "country",
              "sovereignty", "soil", "airspace", "waters"}

#: Words of a part of a group ("some of its soldiers"): the group's side is the part's.
_PARTS = {"some", "many", "most", "several", "dozens", "hundreds", "thousands", "scores",
          "all", "none", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "each", "both", "few", "majority", "number"}

#: Nouns of many actors whose "including" phrase names some of them ("several countries,
#: including Peru"), besides the nouns of people (round 15).
_MEMBERS_OF = frozenset({"countries", "states", "nations", "governments", "organisations",
                         "organizations", "bodies", "groups", "parties"})

#: Nouns of a part of a state named in their "of" phrase ("the Georgian region of Abkhazia",
#: "the breakaway republic of South Ossetia"): the named part is the side when it is an actor.
_PART_NOUNS = {"region", "regions", "province", "provinces", "republic", "republics",
               "territory", "territories", "enclave", "enclaves"}

#: Words that make such a part one its state does not hold ("Georgia's breakaway region"):
#: the state named before it is not the part, whatever the part does or undergoes.
_BREAKAWAY = frozenset({"breakaway", "separatist", "secessionist", "rebel", "self-proclaimed",
                        "self-declared", "unrecognised", "unrecognized"})

#: Nouns of an office or a place in a body, held for it: "the commander of the PLA unit",
#: "a member of the Russian parliament", "the head of the Chinese delegation".
_OFFICE_NOUNS = {"commander", "chief", "head", "member", "leader", "spokesman", "spokesperson",
                 "spokeswoman", "representative", "envoy", "officer", "soldier", "official",
                 "ambassador", "deputy", "director", "chairman", "chair", "personnel"}

#: The bodies that sit in their own state's places: "a court in Baku" is Azerbaijan's (not
#: troops, envoys or embassies, which are often another state's where they are; nor "the
#: parliament in Sukhumi", as often the building stormed as the body that acts).
_SEATED_BODIES = frozenset({"court", "courts", "judiciary", "prosecutors", "authorities",
                            "government", "administration", "regime", "leadership", "police",
                            "ministry"})


class ReferenceReading:
    """Resolve a token to the actors it names: mentions, parts, bodies, people of a state."""

    # -- actors of tokens -----------------------------------------------------------------
    def _refs(self: Coder, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        out: list[ActorRef] = []
        for tok in tokens:
            for t in [tok, *_conjuncts(tok)]:
                for ref in self._token_refs(t, ctx):
                    if all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _token_refs(self: Coder, t: Any, ctx: _Context) -> list[ActorRef]:
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in _DASHES and \
                t.i <= t.sent.start + 1 or _in_dateline(t):
            # a dateline: "Russia -- Russian President Vladimir Putin meets ...", "TBILISI,
            # Georgia — President Putin ordered ...": the place names no one; the subject the
            # parser hung on it past the dash does ("MOSCOW (AP) — Putin on Wednesday ...")
            return [r for c in t.children if c.dep_ == "appos" and c.i > t.i + 1 and
                    not _in_dateline(c) for r in self._token_refs(c, ctx)]
        m = ctx.token_mention.get(t.i)
        if m is not None and any(x.idx == m.start and x.i < t.i and stance(x)
                                 for x in t.sent):
            return []  # ("anti-Russian protesters": whom they oppose, not whose; round 17)
        if m is not None:
            ref = self._ref_of_mention(m, ctx)
            return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
        tied = tied_group(t, lambda toks: self._refs(toks, ctx))
        if tied is not None:  # ("supporters of Mubarak": the group, never Mubarak; round 18)
            return tied
        firm = firm_side(t, ctx.token_mention, lambda m: self._ref_of_mention(m, ctx),
                         self._kb_country)
        if firm is not None:  # ("British oil giant BP": a business, never Britain; round 18)
            return firm
        anaphor = self._anaphor(t, ctx)
        if anaphor is not None:
            return anaphor
        part = self._named_part(t, ctx) if t.lower_ in _PART_NOUNS else []
        if part:
            return part
        if t.lower_ in _PART_NOUNS and any(c.lower_ in _BREAKAWAY for c in t.children):
            held = self._breakaway(t, ctx)
            if held is not None:
                return held
        for c in t.children:  # "two Brazilian men", "the Armenian government's plan"
            if c.dep_ == "poss" and t.lemma_.lower() in _RELATIONAL:
                return []  # "India's western neighbour" is not India
            if c.dep_ == "poss" and c.i < t.i and c.i not in ctx.token_mention:
                owner = self._possessive_owner(c, t, ctx)  # "its troops", "the two
                if owner is not None:  # countries' troops"
                    return owner
            if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") and c.i < t.i:
                if c.lower_ in _FIRST_PERSON and (t.lower_ in self.agents or
                                                  t.lower_ in _TERRITORY):
                    # "'... occupies our territory,' the president said": the speaker's state
                    return self._quoted_speaker(c, c.lower_ in _FIRST_PERSON_PLURAL, ctx) or []
                for x in (c, *(g for g in c.children if g.dep_ in ("npadvmod", "compound",
                                                                     "amod"))):
                    if stance(x):
                        continue  # ("pro-EU demonstrators", "anti-Russian protesters": whom
                        # they back or oppose, not whose they are; round 17)
                    m = ctx.token_mention.get(x.i)  # "Armenian", "Russia-dominated"
                    if m is not None and m.form != "place":
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
                    if x.ent_type_ == "TL_KB" and x.i != t.i:
                        found = self._kb_country(x)
                        if found:
                            return found
            if c.dep_ == "appos" and c.i in ctx.token_mention and \
                    c.i < _subject_end(t):  # "the Organisation (CSTO)"
                ref = self._ref_of_mention(ctx.token_mention[c.i], ctx)
                if ref:
                    return [ref]
            if c.dep_ == "prep" and c.lower_ == "in" and t.lower_ in _SEATED_BODIES:
                seat = self._seat_of(t, c, ctx)  # "a court in Baku", "the authorities in
                if seat:  # Tskhinvali": the bodies that sit there are its state's
                    return seat
            if c.dep_ == "prep" and c.lower_ == "including" and \
                    (self._names_people(t) or t.lower_ in _MEMBERS_OF):
                members = self._refs([x for x in c.children if x.dep_ == "pobj"], ctx)
                if members:  # "officials, including the president and the US embassy":
                    return members  # those named are among them (round 15)
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                pair = self._pair_of_agents(t, c, ctx)  # "troops from both sides"
                if pair:
                    return pair
            if c.dep_ == "prep" and c.lower_ == "of":  # "the government of Armenia"
                for x in c.children:
                    m = ctx.token_mention.get(x.i)
                    if x.dep_ == "pobj" and m is not None:
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._of_conjuncts(x, ctx)] if ref else []
                    if x.dep_ == "pobj" and (t.pos_ == "NUM" or t.lower_ in _PARTS):
                        return self._token_refs(x, ctx)  # "20 of its soldiers": theirs
                    if x.dep_ == "pobj" and self._names_people(t) and self._owned_by(x, ctx):
                        owner = [r for r in self._token_refs(x, ctx) if r.country]
                        if owner:  # "the commander of the PLA unit": the PLA's
                            return owner
        if t.ent_type_ == "TL_KB":  # a KB word the resolver left aside ("Russian-brokered")
            return self._kb_country(t) or self._unlinked_surname(t)
        if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN":
            return self._unknown_entity(t)
        return []

    def _named_part(self: Coder, t: Any, ctx: _Context) -> list[ActorRef]:
        """The actors a part of a state's "of" phrase names, when the knowledge base knows them
        as actors of their own: "recognised the Georgian regions of Abkhazia and South Ossetia
        as independent" recognised those two, not Georgia, which its adjective names (a part
        the base does not know, "the Ukrainian region of Kherson", leaves the adjective's
        state; a known place of that state, "the Indian state of Sikkim", is that state)."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for x in c.children:
                if x.dep_ != "pobj":
                    continue
                for y in (x, *_conjuncts(x)):
                    m = ctx.token_mention.get(y.i)
                    ref = self._ref_of_mention(m, ctx) if m is not None else None
                    if ref is not None and all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _breakaway(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The entity a state's breakaway part *t* names ("Georgia's breakaway region",
        "Moldova's separatist republic"): never the state its modifier names, which does not
        hold it; the one entity the knowledge base says that state claims (``claimed_by``)
        when the article names one and only one, else none. None when no state is named
        before it ("another breakaway region, Abkhazia": read as any noun)."""
        states = {r.country for c in t.children if c.i < t.i and c.lower_ not in _BREAKAWAY
                  and c.dep_ in ("poss", "compound", "amod", "nmod")
                  for r in self._token_refs(c, ctx) if r.country}
        if not states:
            return None
        claimed = {part for m in ctx.mentions for part in (m.actor_id, m.country)
                   if part is not None and self.kb.claimed.get(part) in states}
        if len(claimed) != 1:
            return []
        entity = self.kb.actors.get(claimed.pop())  # (named, or its people's or towns' state)
        return [ActorRef(entity.id, entity.name, entity.country, None, "country")] \
            if entity is not None else []

    def _seat_of(self: Coder, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The state whose place the "in" phrase *prep* of the body *t* names ("a court in
        Baku", "the authorities in Tskhinvali"): a court, a government or its authorities
        sit in their own state's towns, so the place names whose they are (troops, envoys
        and embassies do not: they are often another state's)."""
        for x in prep.children:
            m = ctx.token_mention.get(x.i)
            if x.dep_ == "pobj" and m is not None and m.form == "place":
                ref = self._ref_of_mention(m, ctx)
                return [replace(ref, sector=self.agents.get(t.lower_))] if ref else []
        return []

    def _names_people(self: Coder, t: Any) -> bool:
        """Whether the noun *t* names people who act for a body or state (a role's agent
        noun, or a title held in one: "commander", "members", "head"), whose "of" phrase
        then says whose they are."""
        word, lemma = t.lower_, t.lemma_.lower()
        return word in self.agents or f"{lemma}s" in self.agents or lemma in _OFFICE_NOUNS

    def _owned_by(self: Coder, x: Any, ctx: _Context) -> bool:
        """Whether the noun *x* names an actor by itself or by a word before it ("the PLA
        unit", "the Kyrgyz border unit", "both sides"), not only through a phrase after it
        ("the United Bus Company of Tehran": a company, whoever's city it is in)."""
        if any(y.i in ctx.token_mention and ctx.token_mention[y.i].form != "place"
               for y in x.subtree if y.i <= x.i):
            return True
        return x.lower_ in _PAIR_NOUNS or x.lower_ in _THING_PRONOUNS or \
            officeholders.is_pair(x)  # ("the two foreign ministers"; round 19)

    def _pair_of_agents(self: Coder, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The two sides a state's people or bodies *t* are "of" or "from" when the phrase is
        a pair noun ("troops from both sides", "the soldiers of the two countries"): the
        pair named before, as "the two countries' troops" is."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return []
        for x in prep.children:
            if x.dep_ == "pobj" and x.lower_ in _PAIR_NOUNS:
                pair = self._anaphor(x, ctx)
                if pair is not None and len(pair) == 2:
                    return pair
        return []

    def _possessive_owner(self: Coder, poss: Any, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Whose people a possessive pronoun or pair noun says *t* are, where *t* names a
        state's people or bodies (kb roles' agent nouns): "the two countries' troops" are both
        states' (the pair named before); "its soldiers" the state "its" points back to, but
        only to an actor named before the clause of *t*: one its clause names ("Russia
        withdrew its troops", "China killed 20 of its soldiers") is read no further (the doer's
        own or another's: the pronoun cannot tell)."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return None
        if poss.lower_ in _PAIR_NOUNS:
            pair = self._anaphor(poss, ctx)
            return pair if pair is not None and len(pair) == 2 else None
        if poss.lower_ != "its":
            return None
        clause = _clause_verb(t)
        start = clause.left_edge.idx if clause is not None else t.sent.start_char
        k = bisect_left(ctx.mention_starts, start)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, poss.idx)]:
            if m.form != "place":
                return None  # (an actor inside the clause: its doer, or the one "its" means)
        return self._anaphor(poss, ctx)

    def _coordinated_modifiers(self: Coder, t: Any, first: Mention,
                               ctx: _Context) -> list[ActorRef]:
        """The other actors of coordinated modifiers of one noun: "the Indian and Chinese
        troops", "the Ossetian and Russian sides" are both countries' troops and sides."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > t.i:
                continue
            for x in (y for y in c.subtree if y.dep_ == "conj" and _conj_root(y).i == c.i):
                k = bisect_left(ctx.mention_starts, x.idx)  # (the first one's span may
                m = ctx.mentions[k] if k < len(ctx.mentions) and \
                    ctx.mention_starts[k] == x.idx else None  # run over "Chinese troops")
                if m is None or m is first or m.form == "place":
                    continue
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and _key(ref) not in {_key(r) for r in out}:
                    out.append(ref)
        return out

    def _of_conjuncts(self: Coder, x: Any, ctx: _Context) -> list[ActorRef]:
        """The other actors joined to the object of "of": "commanders of India and China",
        "the foreign ministers of Peru and Chile" are both states' (each a stated side)."""
        out: list[ActorRef] = []
        for y in _conjuncts(x):
            m = ctx.token_mention.get(y.i)
            ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" else None
            if ref is not None and _key(ref) not in {_key(r) for r in out}:
                out.append(ref)
        return out

    @staticmethod
    def _unknown_entity(t: Any) -> list[ActorRef]:
        """A person or organisation the knowledge base lacks ("Askar Akayev"): kept by name,
        without an id, so the event is not lost."""
        ent = _entity_of(t)
        if ent is None or t.doc[ent.start].is_lower:
            return []
        words = [t for t in ent if not t.is_punct and not nonacts.bracket_token(t.text)]
        if not words or t.doc[words[0].i].is_lower:
            return []  # ("-RRB- pressed BP": a tokenised bracket names no one)
        if nonacts.names_an_occasion([t.text for t in words]):
            return []  # "The Chennai Summit will provide an opportunity": no actor
        kind = "person" if t.ent_type_ == "PERSON" else "organization"
        return [ActorRef(None, t.doc[words[0].i:words[-1].i + 1].text, None, None, kind)]

    def _unlinked_surname(self: Coder, t: Any) -> list[ActorRef]:
        """A KB person's surname the resolver left unlinked, as the page never introduced
        that person ("Harris" on a page that never names Kamala Harris: annotate/surnames.py):
        someone of that name the KB does not know, kept as an unknown person."""
        ent = _entity_of(t)
        forms = self.forms.get(t.text, [])
        if ent is None or len(ent) != 1 or not t.is_title or not forms or not all(
                f.form == "name" and self.kb.actors[f.actor_id].kind == "person" for f in forms):
            return []
        return [ActorRef(None, t.text, None, None, "person")]

    def _kb_country(self: Coder, t: Any) -> list[ActorRef]:
        for form in self.forms.get(t.text, []):
            actor = self.kb.actors[form.actor_id]
            if actor.kind == "country" and form.form in ("demonym", "name"):
                return [ActorRef(actor.id, actor.name, actor.country, None, actor.kind)]
        return []

    def _ref_of_mention(self: Coder, m: Mention, ctx: _Context) -> ActorRef | None:
        actor = self._actor(m.actor_id, ctx) if m.actor_id else None
        if actor is not None:
            sector = m.sector if actor.kind == "country" else actor.sector
            basis: SideBasis = "learned" if actor.id not in self.kb.actors else "stated"
            return ActorRef(actor.id, actor.name, actor.country, sector, actor.kind, basis)
        if m.country:  # a place acting for its state, or an office whose holder is unknown
            country = self.kb.actors.get(m.country)
            if country is None:
                return None
            if m.form == "place":
                return ActorRef(country.id, country.name, country.country, None, "country")
            return ActorRef(country.id, m.text, country.country, m.sector, "country")
        return None

    def _actor(self: Coder, actor_id: str, ctx: _Context) -> Any:
        found = self.kb.actors.get(actor_id)
        if found is None:
            found = ctx.learned.get(actor_id)
        return found
