"""Speakers: who says what a sentence quotes, and whom "it", "they", "I" and "we" mean there.

A pronoun subject of what a named speaker says is the speaker ("BP said it will donate"), "they"
of a coordinated subject is all of them, a government body's "of" phrase names its state, and
"I" or "we" inside a direct quote is the speaker the sentence (or, for a quote over several
sentences or closing on a comma, its paragraph) names outside the quote.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import ActorRef
from .anaphora import _PERSON_PRONOUNS
from .arguments import _SUBJ
from .clauses import _RELATIVE
from .coder import Coder
from .found import _Context
from .pairs import _side_of
from .reference import _quote_at
from .tense import _QUOTES, _SAYING

#: Verbs that introduce a quote's speaker.
_SPEAKING = {"say", "tell", "add", "note", "state", "stress", "emphasise", "emphasize",
             "declare", "write", "tweet", "insist", "warn", "explain", "conclude", "remark"}


class SpeakerReading:
    """Find who speaks: the speaker a pronoun or a quote's "I" and "we" stand for."""

    def _said_by(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who the pronoun *t* is as the subject (or its possessor) of what a named speaker
        says: the speaker ("BP said it will donate", "Mubarak said he would ask his government
        to resign"), kept by name where the knowledge base lacks them, rather than an actor
        named before; None for a pronoun of another kind than the speaker's ("Mubarak said it
        would") or outside such a clause."""
        if t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = t
        for _ in range(4):  # (up to the said clause, past no other subject's verb)
            clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING or \
                    any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON"
                        for c in clause.children):
                break
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING or \
                any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON" for c in clause.children):
            return None
        speaker = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if len(speaker) == 1 and speaker[0].lower_ in _RELATIVE and \
                clause.head.dep_ == "relcl":  # "Landry, a fisherman who said he had ...":
            noun = clause.head.head  # the one the relative clause is about
            speaker = [noun.head if noun.dep_ == "appos" else noun]
        if len(speaker) != 1 or speaker[0].pos_ != "PROPN":
            return None
        person = t.lower_ in _PERSON_PRONOUNS
        refs = self._refs(speaker, ctx)
        if refs:
            return refs if all((r.kind == "person") == person for r in refs) else None
        label = "PERSON" if person else "ORG"
        return self._unknown_entity(speaker[0]) if speaker[0].ent_type_ == label else None

    def _joint_speakers(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who "they" is as the subject of what a coordinated subject of two sides or more
        says ("the Kazakh army and the Kyrgyz army announced that they had begun to
        disengage", "Kazakh and Kyrgyz officials said they would"): those sides. None for
        any other "they" (another clause's, or one side's: "China said they would leave")."""
        clause = t.head
        if t.dep_ not in _SUBJ or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in _SAYING:
            return None
        said_by = [c for c in clause.head.children if c.dep_ == "nsubj"]
        refs = self._refs(said_by, ctx) if len(said_by) == 1 else []
        return refs if len({_side_of(r) for r in refs}) >= 2 else None

    def _state_of(self: Coder, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The state a government body's "of" phrases name ("the Ministry of Foreign Affairs
        of Ukraine"), as that state's government."""
        node = t
        for _ in range(3):
            obj = next((x for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                        for x in c.children if x.dep_ == "pobj"), None)
            if obj is None:
                return None
            m = ctx.token_mention.get(obj.i)
            ref = self._ref_of_mention(m, ctx) if m is not None else None
            if ref is not None and ref.kind == "country":
                return [replace(ref, sector="GOV")]
            node = obj
        return None

    def _quoted_speaker(self: Coder, t: Any, plural: bool, ctx: _Context) -> list[ActorRef] | None:
        """Who "I" or "we" is inside a direct quote: the speaker the same sentence names
        outside the quote ("'We reject this,' Peskov said"). "We" of a government's or an
        army's person is their state ("our territory", said by a president); of anyone else,
        the speaker. None where the sentence names no speaker (a quote told over several
        sentences, a quote with its speaker left out)."""
        sent = t.sent
        quotes = [(q.start() + sent.start_char, q.end() + sent.start_char)
                  for q in _QUOTES.finditer(sent.text)]
        if any(a <= t.idx < b for a, b in quotes):
            found = self._speaker_in(sent, quotes, ctx)
            if found is None:  # a quote told over several sentences: its other sentences
                found = self._speaker_around(t, ctx)
        else:
            found = self._speaker_around(t, ctx)
        if found is None:
            return None
        if plural and found.kind == "person" and found.sector in ("GOV", "MIL"):
            found = replace(self._as_side(found), sector="GOV")
        return [replace(found, basis="inferred-clause")]

    def _speaker_in(self: Coder, sent: Any, quotes: list[tuple[int, int]],
                    ctx: _Context) -> ActorRef | None:
        """The one speaker a sentence names outside its *quotes* as the subject of a verb of
        saying ("..., Peskov said"), or points to with "he"/"she" (the person named last)."""
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in _SPEAKING or \
                    any(a <= v.idx < b for a, b in quotes):
                continue
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in ("he", "she"):
                person = self._prior(ctx, subjects[0].idx, {"person"}, 1)
                return person[0] if person else None
            speaker = self._refs([c for c in subjects if c.pos_ != "PRON"], ctx)
            if len(speaker) == 1:
                return speaker[0]
        return None

    def _speaker_around(self: Coder, t: Any, ctx: _Context) -> ActorRef | None:
        """The speaker of a quote that runs over several sentences of one paragraph ("We are
        ready. We will work with India," Lin said.): the one its sentences name outside it."""
        span = _quote_at(t.idx, ctx)
        if span is None:
            return None
        for s in ctx.doc.char_span(span[0], span[1], alignment_mode="expand").sents:
            found = self._speaker_in(s, [span], ctx)
            if found is not None and (found.id or found.country):
                return found  # (a name the knowledge base cannot place says too little here)
        return self._speaker_after(span, ctx)

    def _speaker_after(self: Coder, span: tuple[int, int], ctx: _Context) -> ActorRef | None:
        """The speaker a quote that closes on a comma leaves to the next line ("... the
        concern of the law enforcement agencies",↵ Peskov said.): a sentence of saying that
        begins right after it, the comma's clause being its object."""
        text = ctx.article.text
        after = span[1]
        if text[after:after + 1] != "," and text[after - 2:after - 1] != ",":
            return None  # (a quote ending on a full stop is a whole statement)
        after += 1 if text[after:after + 1] == "," else 0
        rest = text[after:after + 200]
        start = after + len(rest) - len(rest.lstrip())
        tokens = ctx.doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
        if tokens is None or not len(tokens) or tokens[0].sent.start != tokens[0].i:
            return None
        found = self._speaker_in(tokens[0].sent, [span], ctx)
        return found if found is not None and (found.id or found.country) else None
