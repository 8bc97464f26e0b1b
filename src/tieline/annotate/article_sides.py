"""Sides an event takes from its article: the article's pair, or the sentence before.

A call or demand by one of the two states an article is about, whose sentence names no one
else, is on the other (:mod:`tieline.annotate.counterpart`); a sentence that continues one
between two sides leaves an act of one side with no target written on the other ("Putin met
Erdogan. He also criticised the sanctions"), and a side as the next sentence may imply it is
the state a person or a body is of (:meth:`ArticleSides._as_side`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..models import ActorRef, Report
from . import counterpart, officeholders
from .anaphora import _PERSON_PRONOUNS, _THING_PRONOUNS
from .article_pair import _aimed_elsewhere, _only_pair, _side_written, _state_doer
from .coder import Coder
from .found import _Context, _Pair
from .pairs import _side_of, event_id
from .words import _PAIR_NOUNS


def _has_anaphor(sent: Any) -> bool:
    """Whether a sentence that names no actor may point back to some: a pronoun, or a pair
    noun ("the two sides", "both countries") after a sentence naming both."""
    return any(t.lower_ in _PERSON_PRONOUNS or t.lower_ in _THING_PRONOUNS or
               t.lower_ in _PAIR_NOUNS or officeholders.is_pair(t) for t in sent)


class ArticleSides:
    """Complete one-sided events from the article's pair of states or the sentence before."""

    def _from_article(self: Coder, events: list[Report], sents: dict[int, Any],
                      ctx: _Context) -> list[Report]:
        """Complete the one-sided requests of the article's pair of states (see
        :mod:`tieline.annotate.counterpart`): a call or demand by one of the two whose
        sentence writes no addressee and names no one outside the pair, on a page that states
        acts between the two, is addressed to the other ("inferred-article")."""
        pair = counterpart.article_pair(ctx.mentions)
        if pair is None:
            return events
        stated = {(e.source.country, e.target.country) for e in events
                  if e.source is not None and e.target is not None
                  and not e.source.inferred and not e.target.inferred}
        out = []
        for e in events:
            sent = sents.get(e.evidence[0].start)
            other = None if sent is None else self._counterpart(e, pair, sent, ctx)
            if other is not None and {(e.source and e.source.country, other.country),
                                      (other.country, e.source and e.source.country)} & stated:
                ev = e.evidence[0]
                e = e.evolve(target=other, id=event_id(ev.article_id, ev.start,
                                                       ev.trigger_start, e.rule, e.source,
                                                       other))
            out.append(e)
        return out

    def _counterpart(self: Coder, e: Report, pair: tuple[str, str], sent: Any,
                     ctx: _Context) -> ActorRef | None:
        """The other state of *pair* as the target *e* leaves out, or None where the act
        is not directed, is not one of the pair's own as the sentence states it, or the
        sentence writes a target or names someone outside the pair."""
        source = e.source
        if e.target is not None or source is None or source.inferred or e.mutual or \
                e.id in ctx.loose or source.country not in pair or \
                not counterpart.directed(e.type, e.mode, source.sector):
            return None
        k = bisect_left(ctx.mention_starts, sent.start_char)
        named = ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]
        if not _only_pair(named, pair, sent, ctx) or \
                not _state_doer(e, source.country, named, ctx) or _aimed_elsewhere(e, sent):
            return None
        state = self.kb.actors.get(pair[1] if source.country == pair[0] else pair[0])
        if state is None:
            return None
        return ActorRef(state.id, state.name, state.country, None, state.kind,
                        "inferred-article")

    def _bilateral(self: Coder, events: list[Report], sent: Any) -> _Pair | None:
        """The two sides of a sentence whose every two-sided event is between the same two
        states (or actors without one), as the sides a next sentence may continue."""
        sides: dict[str | None, ActorRef] = {}
        for e in events:
            if e.source is None or e.target is None or e.source.inferred or e.target.inferred:
                continue
            for ref in (e.source, e.target):
                sides.setdefault(_side_of(ref), self._as_side(ref))
        if len(sides) != 2 or None in sides or not all(r.country for r in sides.values()):
            return None  # (between two states, or people and bodies of two states)
        a, b = sides.values()
        return _Pair(a, b, sent.start_char + len(sent.text.rstrip()))  # (before a line end)

    def _as_side(self: Coder, ref: ActorRef) -> ActorRef:
        """A side as a next sentence may imply it: the state a person or body is of (the
        sentence before named "Putin"; "Moscow also imposed duties" is Russia's act on it)."""
        state = self.kb.actors.get(ref.country or "")
        if state is None or state.id == ref.id:
            return ref
        return ActorRef(state.id, state.name, state.country, None, state.kind)

    def _from_previous(self: Coder, events: list[Report], pair: _Pair, sent: Any,
                       ctx: _Context) -> list[Report]:
        """Complete one-sided events of a sentence that continues a sentence between two
        sides: an act of one side with no target written is on the other ("Putin accused
        Georgia of provocations. Moscow also imposed sanctions."), an act done to one side by
        no one written ("Two Georgians were detained.") is by the other. Only when the
        sentence names no one but these two states (a third party breaks the context), never
        a meeting's partner, and a doer only where no word states one."""
        sides = {_side_of(pair.a): pair.a, _side_of(pair.b): pair.b}
        out = []
        for e in events:
            known = e.source or e.target
            if known is None or (e.source and e.target) or _side_of(known) not in sides or \
                    e.type == "CONSULT" or (e.source is None and e.id not in ctx.agentless):
                out.append(e)
                continue
            ev = e.evidence[0]
            if _side_written(sent, ev.trigger_start, by=e.source is None):
                out.append(e)  # (written, though no one the knowledge base knows: not implied)
                continue
            other = next(r for side, r in sides.items() if side != _side_of(known))
            other = replace(other, basis="inferred-previous")
            source, target = (e.source, other) if e.source else (other, e.target)
            out.append(e.evolve(source=source, target=target, id=event_id(
                ev.article_id, ev.start, ev.trigger_start, e.rule, source, target)))
        return out

    def _only_sides(self: Coder, pair: _Pair, sent: Any, ctx: _Context) -> bool:
        """Whether *sent* names one of the two sides of *pair* (or points back to them) and
        no one else (places aside): the sentences of a paragraph about two states go on about
        them while they name them ("Putin accused Georgia of provocations. Moscow also
        imposed duties. Russia then banned flights.": the ban is on Georgia too); a third
        party, or a sentence about a place and no one in it, ends that (a sentence that names
        no one and nothing goes on, and is passed over)."""
        sides = {_side_of(pair.a), _side_of(pair.b)}
        named = False
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form == "place" or ref is None:
                continue
            if _side_of(ref) not in sides:
                return False
            named = True
        return named or _has_anaphor(sent)
