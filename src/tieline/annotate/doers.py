"""Sides an event takes from another act: the act it reacts to, repeats or is part of.

A reaction to an act told before and named here only by a pointing word ("Y condemned the
move") is aimed at that act's doer (:mod:`tieline.annotate.retorts`); a visit told as a repeat
("will return to Delhi") has the sides of the visit before; an act two states' sides do
together with no target written is done to each other; an act of force told in a fight has the
fight's other party; "a move that was denounced" answers the doer of its sentence's act; and
"X blamed the clashes on Y" lays the clashes on Y.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from . import retorts
from .arguments import _MUTUAL, _SUBJ
from .article_pair import _EACH_OTHER, _side_written
from .asking import _laid_on
from .clauses import _points_back, _reacted_to, _restated_subject
from .coder import Coder
from .coordination import _shared_preps
from .found import _Context, _Found
from .matching import _only_time
from .nouns import _traded
from .pairs import _side_of
from .words import _PAIR_NOUNS

#: What two sides have only with each other: an act on it by both is on each other.
_TIES = {"tie", "ties", "relation", "relations", "relationship"}

#: Words of fighting that name no event of their own in the lexicon but whose "with"
#: phrase names the other party ("killed in a confrontation with X's troops").
_FIGHT_WORDS = {"confrontation", "fighting", "battle", "encounter", "firefight", "gunfight",
                "shootout", "melee", "skirmish", "clash", "brawl"}


class DoerFilling:
    """Fill an event's doer or other side from an act told before or a pair acting together."""

    def _previous_doer(self: Coder, f: _Found, sent: Any, ctx: _Context) -> None:
        """The target of a reaction to an act told before, named here only by a pointing
        word ("X imposed a ban. Y condemned the move.", "Y welcomed this decision", "Y
        rejected such claims", "Y expressed concern about this"): the doer of the acts of the
        last sentence before that told any, when they are of one side other than the
        reacting one and that sentence is of the same paragraph. Only a thing pointed at,
        never a person ("them", "him": whom, not what), and never a side no act of the
        sentence before has."""
        if ctx.previous is None or "\n" in ctx.article.text[ctx.previous[0]:sent.start_char]:
            return
        before = ctx.article.text[ctx.previous_start:ctx.previous[0]]
        if f.entry.type == "THREATEN":  # (a threat of a response answers the act before:
            if not retorts.responds(list(f.tokens)):  # "warned of appropriate measures",
                return  # round 17)
        elif not any(_points_back(x) or retorts.restates(x, before)  # ("the deployment")
                     for x in _reacted_to(f.trigger)):
            return
        own = {_side_of(r) for r in f.sources}
        doers = {_side_of(r): r for r in ctx.previous[1] if _side_of(r) not in own}
        if len(doers) == 1 and None not in doers:
            f.targets.append(replace(next(iter(doers.values())), basis="inferred-previous"))

    def _visit_again(self: Coder, f: _Found, ctx: _Context) -> None:
        """The sides of a visit told as a repeat ("He is expected to visit again", "she
        will return to Delhi") whose visitor is a pronoun: "again" and "return" point back
        to the visit the sentence before told, so the pronoun is its visitor (one, not
        whoever else the text names near it) and its host is where the visit goes, unless
        the sentence names another. Only right after a sentence that told a visit."""
        v = f.trigger
        if f.entry.pos != "verb" or not (v.lemma_.lower() == "return" or any(
                c.lower_ == "again" and c.dep_ == "advmod" for c in v.children)):
            return
        subjects = self._subject_of(v, ctx)
        if not subjects or any(t.pos_ != "PRON" for t in subjects) or ctx.last_visit is None:
            return
        visitor, host = ctx.last_visit
        f.sources = [replace(visitor, basis="inferred-previous")]
        if not f.targets and host is not None:
            f.targets = [replace(host, basis="inferred-previous")]

    def _mutual(self: Coder, f: _Found, sent: Any, ctx: _Context) -> bool:
        """Whether an act two states' sides do together, with no target written, is done to
        each other: acts of fighting, pulling back, deploying against, conceding or agreeing
        ("the two countries fought a war", "Indian and Chinese troops withdrew", "both sides
        agreed to take steps"), any act "each other" or "one another" states, and any act on
        their ties ("X and Y severed diplomatic ties"), and any act of a pair noun ("both sides
        blamed the other", "the two countries withdrew their troops"). Only when the sentence
        names no third party, who could be the target instead (ties excepted: they are the
        two's own)."""
        sides = {_side_of(r) for r in f.sources}
        if len(sides) != 2 or not all(r.country for r in f.sources):
            return False
        root = f.clause if f.clause is not None else f.trigger
        each_other = any(t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in _EACH_OTHER
                         for t in root.subtree)
        ties = any(t.lemma_.lower() in _TIES for t in f.tokens)  # "severed diplomatic ties"
        each_other = each_other or any(  # "both sides blamed the other": a pair noun acting
            c.dep_ in _SUBJ and c.lower_ in _PAIR_NOUNS for c in root.children) or \
            _traded(f.trigger)  # "India and China traded accusations"
        if not each_other and not ties and (f.entry.type not in _MUTUAL or
                                            f.entry.layer == "cameo"):
            return False  # (the generated layer codes only pairs the text states)
        if _side_written(sent, min(t.idx for t in f.tokens), by=False):
            return False  # "withdrew troops from the treaty zone to X": X, known or not
        if ties:
            return True  # (ties two name with no one else written are theirs: a third
            # party elsewhere in the sentence is no partner of them)
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form != "place" and ref is not None and _side_of(ref) not in sides:
                return False
        return True

    def _fight_party(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The other party of a fight an act of force was told in, where the coder did not
        read the fight as an event of its own ("were killed in a violent face-off with X's
        troops": a hyphened noun the parser splits). As :func:`_opponents`: only a party
        the fight's own "with"/"against" phrase names, of one side other than the victims'."""
        victims = {_side_of(r) for r in f.targets}
        for prep in _shared_preps(f.trigger):
            if prep.lower_ not in ("in", "during"):
                continue
            for obj in (x for x in prep.children if x.dep_ == "pobj"):
                first = min((c.i for c in obj.children if c.dep_ == "compound"), default=obj.i)
                written = obj.doc[first:obj.i + 1].text.lower()
                if obj.lemma_.lower() not in self.fights and written not in self.fights \
                        and obj.lemma_.lower() not in _FIGHT_WORDS:
                    continue
                parties = [x for p in obj.children if p.dep_ == "prep" and
                           p.lower_ in ("with", "against") for x in p.children
                           if x.dep_ == "pobj"]
                if not parties:  # (the parser hung "with X" on the verb: "were killed in a
                    parties = [x for p in prep.head.children  # 'face-off' with X's troops")
                               if p.dep_ == "prep" and p.lower_ in ("with", "against")
                               and _only_time(obj.doc[obj.right_edge.i + 1:p.i])
                               for x in p.children if x.dep_ == "pobj"]  # (or with a
                    # time between: "in a face-off on Monday night with X's troops")
                others = [r for r in self._refs(parties, ctx) if _side_of(r) not in victims]
                if len({_side_of(r) for r in others}) == 1:
                    return [replace(others[0], basis="inferred-clause")]
        return []

    def _restated_doer(self: Coder, f: _Found, ctx: _Context) -> None:
        """Aim a reaction at the doer of the act its sentence tells, when it answers that act
        restated as "a move" ("Peru lifted the ban, a move that was denounced by Chile",
        "..., a step Chile welcomed", "in a move criticised by Chile"): the move is the
        clause's act, so its subject is whom the reaction answers, whatever other sides
        the words after the move name. Only a doer of another side than the reaction's."""
        doers = self._refs(_restated_subject(f.trigger), ctx)
        own = {_side_of(r) for r in f.sources}
        doers = [replace(r, basis="inferred-clause") for r in doers if _side_of(r) not in own]
        if doers and all(_side_of(r) in own for r in f.targets):
            f.targets = doers[:1]

    def _lay_blame(self: Coder, found: list[_Found], ctx: _Context) -> None:
        """Read "X blamed the clashes on Y" as English means it: X accuses Y (CAMEO 112),
        and the clashes are laid on Y, so they are Y's act as X claims it, never X's, and
        the "on" phrase names whom they are laid on, not whom they hit."""
        for f in found:
            if f.entry.pos != "noun":
                continue
            on = _laid_on(f.trigger)
            laid = self._refs(on, ctx)
            if on and not laid:  # ("blamed the attack on the weather": no one's, not X's)
                f.sources = []
            if not laid:
                continue
            blamed = {_side_of(r) for r in laid}
            f.sources = [replace(r, basis="inferred-clause") for r in laid]
            f.targets = [r for r in f.targets if _side_of(r) not in blamed]
            f.agentless = f.loose_doer = False
            for g in found:
                if g.trigger.i == f.trigger.head.i and g.entry.type == "ACCUSE":
                    own = {_side_of(s) for s in g.sources}
                    g.targets = [r for r in laid if _side_of(r) not in own] or g.targets
