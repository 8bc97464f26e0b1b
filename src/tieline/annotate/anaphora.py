"""Pronouns and definite descriptions: whom "he", "it", "the country", "the grouping" mean.

A pointing word stands for the nearest earlier actor of its kind, subjects first, within a
reach of characters (:meth:`AnaphoraReading._anaphor`, :meth:`AnaphoraReading._prior`): a
person for "he" and "she", a state for "the country", an organisation for "the grouping", the
body a bare "the council" names; "we" and "I" go to the speaker
(:mod:`tieline.annotate.speakers`). ``POINTER_WORDS`` lists the words (the line selector keeps
their sentences).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..models import ActorRef, Mention
from . import officeholders
from .coder import Coder
from .firm_pronouns import nearer_firm
from .found import _Context
from .gender import agrees
from .offices import bare_government
from .pairs import _most_named, _side_of
from .partners import ADDRESSED, GROUP_PRONOUNS, group_named_before, quoted_addressee
from .side_basics import SUBJECTS, someone
from .side_grammar import own_subject
from .words import _PAIR_NOUNS

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}

#: "I" and "we" in a direct quote: the speaker (or the speaker's state).
_FIRST_PERSON_PLURAL = {"we", "us", "our"}

_FIRST_PERSON = {"i", "me", "my", *_FIRST_PERSON_PLURAL}

_THING_PRONOUNS = {"it", "its"}

#: How far back (characters, about two paragraphs) "it" or "its" may point to a state or a
#: body (round 16): further back, a live blog's "blocking it" is a thing, not the country
#: named pages before.
_IT_REACH = 1200

#: And "he" or "she" to a person (round 16): a person the text has not named for pages is
#: named again before the text says "he" of them ("she came to Oldham", a reader's letter on
#: a page that named a minister far above).
_HE_REACH = 3000

_COUNTRY_NOUNS = {"country", "nation", "state", "republic"}

_ORG_NOUNS = {"group", "grouping", "bloc", "alliance", "organisation", "organization", "pact",
              "union", "body", "treaty", "court"}

#: Nouns of bodies that a bare "the council" names only as the one of that name named before
#: ("the European Council ... the council"): the nearest body of another name is no referent.
_NAMED_BODIES = frozenset({"council", "commission"})

#: Bodies of a government that "the ministry" or "the government" points back to.
_GOVERNMENT_NOUNS = {"ministry", "government", "cabinet", "administration", "leadership",
                     "authorities"}

#: A state's government that a person's "his" or "her" names: the government of their state
#: ("X said his government would suspend talks"; round 19), when the sentence names them.
_OWN_GOVERNMENT = {"government", "administration", "cabinet"}

#: Words that may stand for an earlier actor: the coder reads events in sentences with them.
POINTER_WORDS = frozenset(_PERSON_PRONOUNS | _THING_PRONOUNS | _COUNTRY_NOUNS | _ORG_NOUNS
                          | set(_PAIR_NOUNS) | _GOVERNMENT_NOUNS | set(officeholders.OFFICES))


class AnaphoraReading:
    """Resolve pronouns and definite descriptions to the nearest earlier actor of their kind."""

    def _anaphor(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        word = t.lower_
        if word in _FIRST_PERSON:
            return self._quoted_speaker(t, word in _FIRST_PERSON_PLURAL, ctx)
        if word in ADDRESSED:  # ("'We will work with you,' Modi told Xi")
            return quoted_addressee(t, lambda toks: self._refs(toks, ctx))
        if word in GROUP_PRONOUNS:  # ("they": the joint speakers of what it is said in)
            return (self._joint_speakers(t, ctx) if word == "they" else None) or \
                group_named_before(t, lambda toks: self._refs(toks, ctx))
        if word in _PERSON_PRONOUNS | _THING_PRONOUNS:
            said = self._said_by(t, ctx)
            if said is not None:
                return said if all(agrees(word, r, t.doc.text) for r in said) else None
        if word in _PERSON_PRONOUNS:
            if self._unknown_before(t, ctx, person=True):
                return None  # ("Mike Doe, who got $100 for his request": Doe's, round 16)
            found = self._prior(ctx, t.idx, {"person"}, 1, within=_HE_REACH)  # ("him": never
            return found if found is None or agrees(word, found[0], t.doc.text) \
                else None  # a queen; round 18)
        if word in _THING_PRONOUNS:
            if self._unknown_before(t, ctx, person=False):
                return None  # ("Acme Oil said it was able to evacuate": Acme's)
            found = self._prior(ctx, t.idx, {"country", "organization", "group"}, 1,
                                within=_IT_REACH)
            firm = nearer_firm(t, found[0] if found else None, ctx.token_mention,
                               lambda m: self._ref_of_mention(m, ctx), self._kb_country,
                               _IT_REACH)  # ("oil giant BP ... it": BP's, round 20)
            return found if firm is None else firm or None
        det = next((c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")), "")
        if det in ("the", "this", "that") and word in _COUNTRY_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "of" and
                any(g.i in ctx.token_mention for g in c.children) for c in t.children):
            # (its own "of" says which: "the former Soviet republic of Georgia" is no
            # anaphor; "the state of Louisiana", a part the base does not know, still is)
            return self._prior(ctx, t.idx, {"country"}, 1)
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and word in _COUNTRY_NOUNS and owner.lower_ in ("his", "her"):
            person = self._prior(ctx, t.idx, {"person"}, 1)  # "his country"
            if person and person[0].country and person[0].country in self.kb.actors:
                c = self.kb.actors[person[0].country]
                return [ActorRef(c.id, c.name, c.country, None, c.kind)]
        if owner is not None and word in _OWN_GOVERNMENT and owner.lower_ in ("his", "her"):
            return self._own_government(owner, ctx)  # (round 19)
        if det == "the" and word in _NAMED_BODIES:  # ("the council", round 15)
            return self._named_body(t, ctx)
        if det in ("the", "this", "that") and word in _ORG_NOUNS:
            return self._prior(ctx, t.idx, {"organization", "group"}, 1)
        if det == "the" and word in _GOVERNMENT_NOUNS and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
            return self._state_of(t, ctx) or bare_government(  # "the ministry"
                t, ctx.token_mention, lambda m: self._ref_of_mention(m, ctx), self.kb.actors,
                lambda reach: self._prior(ctx, t.idx, {"country"}, 1, sector="GOV",
                                          within=reach))
        if officeholders.is_pair(t):  # ("the two foreign ministers"; round 19)
            return officeholders.two_holders(t, ctx, lambda m: self._ref_of_mention(m, ctx),
                                             self._roles_held)
        if word in _PAIR_NOUNS and det in ("two", "both") or \
                (word in _PAIR_NOUNS and any(c.lower_ == "two" for c in t.children)):
            kind = _PAIR_NOUNS[word]
            if kind != "any":
                return self._prior(ctx, t.idx, {kind}, 2)
            return self._prior(ctx, t.idx, {"country"}, 2) or \
                self._prior(ctx, t.idx, {"person"}, 2)
        return None

    def _own_government(self: Coder, owner: Any, ctx: _Context) -> list[ActorRef] | None:
        """The government "his" or "her" (*owner*) says: that of the state of the people its
        sentence names before it ("Jordan's King Abdullah dismissed his government"), when
        they are all of one state and the pronoun agrees with them; None otherwise."""
        k = bisect_right(ctx.mention_starts, owner.sent.start_char - 1)
        people = [r for m in ctx.mentions[k:bisect_right(ctx.mention_starts, owner.idx)]
                  if (r := self._ref_of_mention(m, ctx)) is not None and
                  (r.kind == "person" or m.form == "title" and m.role)]
        states = {r.country for r in people}
        if len(states) != 1 or None in states or \
                not all(agrees(owner.lower_, r, owner.doc.text) for r in people):
            return None
        c = self.kb.actors.get(people[0].country or "")
        return [ActorRef(c.id, c.name, c.country, "GOV", c.kind)] if c is not None else None

    def _roles_held(self: Coder, actor_id: str) -> list[str]:
        actor = self.kb.actors.get(actor_id)
        return [r.role for r in actor.roles] if actor is not None else []

    def _unknown_before(self: Coder, t: Any, ctx: _Context, person: bool) -> bool:
        """Whether the one named last before the pronoun *t* in its own sentence (a person
        for "he" or "she", else a state or a body) is one the knowledge base does not know: a
        name it cannot place, an office whose holder it does not know ("the vice president
        ... he called for", "Acme Oil said it"): the pronoun most likely stands for that
        one, never for a known one further back (round 16)."""
        kinds = {"person"} if person else {"country", "organization", "group"}
        barred = own_subject(t) if person else set()
        for x in reversed(t.sent[:t.i - t.sent.start]):
            if x.i in barred:
                continue
            m = ctx.token_mention.get(x.i)
            ref = self._ref_of_mention(m, ctx) if m is not None else None
            if m is not None and (person and m.form == "title" or
                                  getattr(ref, "kind", None) in kinds):
                return ref is None
            if m is None and x.pos_ == "PROPN" and x.ent_type_ == ("PERSON" if person else "ORG"):
                return True
            if person and m is None and x.tag_ == "NN" and x.dep_ in SUBJECTS and someone(x):
                return True  # ("the lawyer ... has been denied, he said")
        return False

    def _named_body(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The body a bare "the council" or "the commission" (*t*) points back to: the latest
        organisation named before it whose name holds that noun ("the European Council ...
        the council granted"); None where none is (a council the text never named, or one
        described: "the city council")."""
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in t.children):
            return None
        k = bisect_right(ctx.mention_starts, t.idx)
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and ref.kind == "organization" and \
                    t.lower_ in ref.name.lower().split():
                return [ref]
        return None

    def _prior(self: Coder, ctx: _Context, before: int, kinds: set[str], n: int,
               sector: str | None = None, within: int | None = None
               ) -> list[ActorRef] | None:
        """The *n* nearest distinct actors of *kinds* (and *sector*, if given: a state's
        government) mentioned before offset *before* (and no more than *within* characters
        before it, if given), grammatical subjects first."""
        k = bisect_right(ctx.mention_starts, before)
        candidates: list[tuple[Mention, ActorRef]] = []
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            if within is not None and m.start < before - within:
                break
            ref = self._ref_of_mention(m, ctx)
            kind = "person" if m.form == "title" and m.role and ref is not None else \
                ref.kind if ref is not None else None  # an office stands for its holder
            if ref is None or kind not in kinds or m.form == "place" or \
                    sector is not None and (m.sector != sector or m.form != "agent"):
                continue
            candidates.append((m, ref))
        if not candidates:
            return None
        out: list[ActorRef] = []
        if n == 1:
            subject = next((r for m, r in candidates[:6] if m.start in ctx.subjects), None)
            return [subject or candidates[0][1]]
        for m, ref in candidates[:12]:  # "the two countries": the pair that acted, first
            if m.start in ctx.subjects and all(_side_of(ref) != _side_of(o) for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        if kinds == {"country"}:  # else the two states the article has named most so far
            return _most_named(candidates, n)
        out = []
        for _, ref in candidates:
            if all(ref.id != o.id for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        return None
        # "postponed the visit", "is poised to meet", "the summit Modi is expected to attend"
