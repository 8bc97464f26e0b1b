"""Triggers: the words of a sentence that head a lexicon entry, and the event each heads.

The coder (:class:`tieline.annotate.events.EventCoder`) asks, for each word, whether it heads
an entry of the own or the generated layer (:meth:`TriggerReading._heads_in`, read once per
document), then for the longest pattern that matches and is its entry's act
(:meth:`TriggerReading._trigger`; the words of status and polarity never head an event of
their own). Two readings add events no pattern heads: an accusation a sentence states by
reporting another side's hostile act (:meth:`TriggerReading._allegations`) and a denunciation
by branding (:meth:`TriggerReading._branded`, "called Russia an enemy").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from .asking import _HOPING, _asked_to_act
from .branding import brandings
from .clauses import _passive_subjects
from .coder import Coder
from .found import _Context, _Found
from .lexicon import Entry
from .matching import _fits, _match, _related
from .newsday import governor as _clause_verb
from .nouns import _mistagged_noun, _opening_noun, _owned_act_noun
from .pairs import _MEASURE_PREPS, _forces, _foreign, _key, _side_of, _unknown_body
from .polarity import _FAIL
from .status import (
    _COMMENTING,
    _HYPOTHETICAL_VERBS,
    _MEDIA,
    _PROMISE,
    _stating_head,
    _status,
    _topic_of_talk,
)
from .words import _INTENT_VERBS, _REPORTING

#: Words the coder reads as an event's status or polarity, never as an event of their own
#: when the generated layer has them alone ("plan", "fail", "say", "may").
_MODALITY = frozenset(_FAIL | _INTENT_VERBS | _REPORTING | _HYPOTHETICAL_VERBS | _PROMISE)

#: Hostile acts whose report by another side is an allegation against their doer (PLOVER
#: ACCUSE: "the ministry said Russian troops detained two citizens"), and the verbs of
#: stating or of concern that make it one ("said", "noted", "stressed", "is concerned
#: that"; not "reported", "wrote", which media do).
_ALLEGED = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}


class TriggerReading:
    """Find the words of a sentence that head a lexicon entry and the event each heads."""

    def _allegations(self: Coder, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """The accusations a sentence states by reporting another side's hostile act: an
        actor who says that another state's people attacked, detained, occupied or
        sanctioned ("the Georgian ministry said Russia continues to occupy Abkhazia") makes
        an allegation against them, PLOVER's ACCUSE, besides the act it reports (which keeps
        its own status). Only a speaker the knowledge base places in a state, and never the
        act's own side ("Russia said its troops struck"), nor media, nor an act reported as
        failed, refused or merely possible."""
        base = next((e for e in self.lexicon.lookup("verb", "accuse", "own")
                     if e.type == "ACCUSE"), None)
        if base is None:
            return []
        out: list[_Found] = []
        said = {(_key(r), _key(t)) for f in found if f.entry.type == "ACCUSE"
                for r in f.sources for t in f.targets}
        for f in found:
            if f.entry.type not in _ALLEGED or f.negated or not f.sources or \
                    f.entry.pos != "verb":
                continue  # (a verb: "said Russia attacked", not "abiding by UN sanctions")
            head = _stating_head(f.clause if f.clause is not None else f.trigger)
            if head is None:
                continue
            holder = head.head if head.dep_ in ("acomp", "xcomp") and not any(
                c.dep_ == "nsubj" for c in head.children) else head  # "is concerned that"
            subject = [c for c in holder.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() not in _MEDIA]
            speakers = [r for r in self._refs(subject, ctx) if r.country and
                        r.sector not in _COMMENTING]  # (an analyst's word is no state's)
            doers = {_side_of(r) for r in f.sources}
            speakers = [r for r in speakers if _side_of(r) not in doers]
            if not speakers or _status(f, sent, ctx)[0] not in ("reported", "claimed"):
                continue
            targets = [r for r in f.sources if all((_key(s), _key(r)) not in said
                                                   for s in speakers)]
            if targets:
                entry = replace(base, id="accuse/reported", mode="allege", symmetric=False,
                                intent=False)
                out.append(_Found(entry, head, [head], head, list(speakers), targets))
        return out

    def _branded(self: Coder, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """*found* with the denunciations a sentence makes by branding another side or its act
        with a condemning name ("called Russia an enemy", "said Russia's move was a
        provocation": CAMEO 111, PLOVER ACCUSE), and the denials it makes by judging a charge
        false ("allegations of Russian interference in Georgia are unfounded, Peskov said":
        CAMEO 016, REJECT; the charge itself is then no accusation by the speaker). See
        :mod:`tieline.annotate.branding`. Only a speaker the knowledge base places in a
        state, and a side other than the speaker's: what is branded, else an actor named in
        the name ("another Russian provocation") or in the charge's phrase."""
        out = list(found)
        accused = {f.trigger.i for f in found if f.entry.type == "ACCUSE"}
        for b in brandings(sent):
            if b.verb.i in accused:
                continue
            base = self._own_entry("reject" if b.denial else "criticize")
            speakers = [r for r in self._refs(self._subject_of(b.verb, ctx), ctx) if r.country]
            sides = {_side_of(r) for r in speakers}
            words = [x for t in b.branded for x in t.subtree] if b.denial else list(b.branded)
            named = [x for x in words if x.i in ctx.token_mention or not b.denial]
            targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if not targets and not b.denial:
                named = [x for x in b.predicate.subtree if x.i in ctx.token_mention]
                targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if base is None or not speakers or not targets:
                continue
            if b.denial:  # (the charge denied is not the speaker's accusation)
                charge = {x.i for t in b.branded for x in t.subtree}
                out = [f for f in out if not (f.entry.type == "ACCUSE" and
                                              f.trigger.i in charge)]
            entry = replace(base, id=f"{base.id}/branded", symmetric=False, intent=False)
            out.append(_Found(entry, b.verb, [b.verb], b.verb, speakers, targets[:1]))
        return out

    def _own_entry(self: Coder, verb: str) -> Entry | None:
        """The own lexicon's entry for the single *verb* ("criticize", "reject")."""
        return next((e for e in self.lexicon.lookup("verb", verb, "own")
                     if not e.others), None)

    def _heads_in(self: Coder, sent: Any, layer: str, ctx: _Context) -> list[Any]:
        """The words of *sent* that head an entry of *layer* as their part of speech
        (in order): the only ones :meth:`_trigger` can find an event at. Read once per
        document from its POS and lemma columns, so the other words cost no Token."""
        if ctx.heads is None:
            ctx.heads = self._doc_heads(ctx.doc)
        heads = ctx.heads[layer]
        doc = ctx.doc
        return [doc[i] for i in heads[bisect_left(heads, sent.start):
                                      bisect_left(heads, sent.end)]]

    def _doc_heads(self: Coder, doc: Any) -> dict[str, list[int]]:
        """Per layer, the indices of *doc*'s words that head one of its entries: a verb or
        adjective ("verb" patterns; a verb only in the generated layer) or a noun whose lemma
        the lexicon files under that part of speech."""
        from spacy.attrs import LEMMA, POS, SENT_START
        from spacy.symbols import ADJ, NOUN, PROPN, VERB

        own: list[int] = []
        cameo: list[int] = []
        if not len(doc):
            return {"own": own, "cameo": cameo}
        cols = doc.to_array([POS, LEMMA, SENT_START])
        wanted = (cols[:, 0] == VERB) | (cols[:, 0] == ADJ) | (cols[:, 0] == NOUN)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] == 1)).nonzero()[0].tolist()
                   if _opening_noun(doc[i], self.lexicon))  # (a few words a document)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] != 1)).nonzero()[0].tolist()
                   if _owned_act_noun(doc[i], self.lexicon))
        strings, lookup, known = doc.vocab.strings, self.lexicon.lookup, self._heads
        for i, p, lemma in zip(wanted.nonzero()[0].tolist(), cols[wanted, 0].tolist(),
                               cols[wanted, 1].tolist(), strict=True):
            layers = known.get((p, lemma))
            if layers is None:
                if len(known) >= 300_000:  # (spellings seen: bounded)
                    known.clear()
                word, pos = strings[lemma].lower(), "noun" if p == NOUN else "verb"
                layers = known[(p, lemma)] = (bool(lookup(pos, word, "own")) or
                                              p == ADJ and bool(lookup("noun", word, "own")),
                                              p == VERB and bool(lookup(pos, word, "cameo")))
            if layers[0]:
                own.append(i)
            if layers[1]:
                cameo.append(i)
        own.sort()
        return {"own": own, "cameo": cameo}

    def _trigger(self: Coder, t: Any, layer: str, taken: set[int], ctx: _Context) -> _Found | None:
        """The event the word *t* heads with an entry of *layer*, if any: the longest pattern
        that matches (and whose target, if it asks for a kind, is of that kind)."""
        pos = "verb" if t.pos_ in ("VERB", "ADJ") else "noun" if t.pos_ == "NOUN" else None
        lemma = t.lemma_.lower()
        if _mistagged_noun(t, self.lexicon):
            pos = "noun"
        elif t.pos_ == "PROPN":
            lemma = _opening_noun(t, self.lexicon) or _owned_act_noun(t, self.lexicon)
            pos = "noun" if lemma and t.i not in ctx.token_mention else None
        if pos is None or (layer == "cameo" and t.pos_ != "VERB"):
            return None  # CAMEO's patterns are verbs': not "a planned visit"
        related: list[Any] | None = None
        vetoed = False
        near: set[str] = set()  # the words around t, to pass over patterns that cannot match
        if self.lexicon.worded(pos, lemma, layer):
            related = _related(t)
            near = {x.lemma_.lower() for x in related} | {x.lower_ for x in related}
        for entry in self.lexicon.lookup_near(pos, lemma, layer, near):
            if entry.layer != layer or (layer == "cameo" and not entry.others and
                                        entry.head_lemma in _MODALITY):
                continue  # "failed to act", "plans to join": a status, not an act of its own
            tokens = _match(t, entry, related or [])
            if tokens is None or (layer == "cameo" and any(x.i in taken for x in tokens)):
                continue
            if not _fits(t, entry, tokens):
                vetoed = True  # (tieline's own reading: no act here, in either layer)
                continue
            f = _Found(entry, t, tokens, _clause_verb(t))
            self._arguments(f, ctx)
            if entry.armed and not _forces(f.sources):
                continue  # ("tourists entered Chilean territory": no intrusion)
            if entry.mode in ("withdraw", "leave") and _forces(f.sources):
                f.targets = [r for r in f.targets if not _unknown_body(r)]
            if entry.foreign and not _foreign(f) and not self._announced(f, ctx):
                continue  # "banned Chinese apps", not "banned Ugandan opposition candidates"
            if f.sources and not f.targets and t.lower_ in _HOPING:  # whom a hope asks
                sides = {_side_of(r) for r in f.sources}  # (an actor named, not a thing,
                asked = [x for x in _asked_to_act(t)  # "hopes relations will grow", nor
                         if x.pos_ != "PRON" and  # "it", often the hoper or a thing)
                         (x.i in ctx.token_mention or x.pos_ == "PROPN")]
                f.targets = [r for r in self._refs(asked, ctx) if _side_of(r) not in sides][:1]
            if entry.target_kind and not any(r.kind in entry.target_kind
                                             for r in f.targets) and \
                    (f.targets or not entry.alone) and \
                    not (entry.symmetric and not f.targets and len(f.sources) > 1):
                continue  # "withdrew from Georgia" / "from the CSTO": the next entry
            return f
        if vetoed and layer == "own":
            taken.add(t.i)
        return None

    def _announced(self: Coder, f: _Found, ctx: _Context) -> bool:
        """Whether *f*, a sanction told in the passive without its doer inside what a state's
        body or official says, is that state's measure on another ("flights of Georgian
        airlines to Russia will be suspended, the Russian Transport Ministry said": the one
        who can impose it announces it); its sides are set if so."""
        if f.sources or not f.agentless or f.entry.type != "SANCTION":
            return False
        if f.trigger.dep_ == "amod" or _topic_of_talk(f.trigger):
            return False  # "the recently declared sanctions", "speaking about the sanctions":
            # a measure named, not announced
        speakers = [r for r in self._speaker(f, ctx) if r.country and r.sector in (None, "GOV")]
        if not speakers:
            return False
        own = {_side_of(speakers[0])}
        targets = [r for r in f.targets if _side_of(r) not in own]
        trial = replace(f, sources=speakers[:1], targets=targets)
        things = _passive_subjects(f.trigger) if f.entry.pos == "verb" else []
        trial.targets = targets or self._measure_targets(  # (and whose things they are:
            trial, things, ctx, _MEASURE_PREPS | {"of"})  # "flights of Georgian airlines")
        if not _foreign(trial):
            return False
        f.sources, f.targets = trial.sources, trial.targets
        return True
