"""Whether an act's missing side may be one of the article's pair of states.

A sentence that names no one outside the article's two states, whose request is not aimed
elsewhere and that does not write the missing side itself ("each other", a pointer to an
earlier act) may have that side filled from the pair.
"""

from __future__ import annotations

from typing import Any

from ..models import Mention, Report
from . import counterpart
from .clauses import _points_back
from .found import _Context, _sent_ents
from .words import _PAIR_NOUNS

_EACH_OTHER = {("each", "other"), ("each", "others"), ("one", "another")}


def _only_pair(named: list[Mention], pair: tuple[str, str], sent: Any,
               ctx: _Context) -> bool:
    """Whether a sentence names no one outside the article's *pair* of states: neither an
    actor of another state or none (an organisation), nor a person, body or people the
    knowledge base does not know ("accused European states", "the Dalai Lama's plan"), any
    of whom may be the one the act is aimed at."""
    if any(m.country not in pair for m in named):
        return False
    covered = [(m.start, m.end) for m in named]
    return not any(ent.label_ in counterpart.PARTY_LABELS and
                   not any(a < ent.end_char and ent.start_char < b for a, b in covered)
                   for ent in _sent_ents(sent, ctx))


def _state_doer(e: Report, country: str | None, named: list[Mention], ctx: _Context) -> bool:
    """Whether the sentence names the doer's state as one that acts ("Beijing", "the foreign
    ministry", "Xi"), and as the subject of the act's verbs where they have one: not only as
    the nationality of someone else ("the Georgian TV host who insulted him"), nor beside a
    subject of another ("the government has ruled out investments from China")."""
    acting = [m for m in named if m.country == country and counterpart.acts_for_state(m)]
    if not acting:
        return False
    ev = e.evidence[0]
    for v in ctx.doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand") or ():
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if v.pos_ in ("VERB", "AUX") else []
        if subjects and not any(t.idx <= m.start < t.idx + len(t)
                                for m in acting for c in subjects for t in c.subtree):
            return False
    return True


def _addressed(verb: Any) -> bool:
    """Whether *verb* names whom it addresses as its object: a verb whose object is always
    the one addressed ("accused the smugglers of provocations", "warned the rebels"), or
    one with the act in a phrase or clause after the object ("urged the government to ban
    imports", "blamed the rebels for the attack"): the object is the target, written."""
    children = list(verb.children)
    if not any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    return verb.lemma_.lower() in counterpart.ADDRESSING or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") or c.dep_ in ("xcomp", "ccomp")
        for c in children)


def _aimed_elsewhere(e: Report, sent: Any) -> bool:
    """Whether a request's own words address it to someone the article's pair need not be:
    an addressee written though unknown ("urged the smugglers to", "demanded that the
    smugglers reopen", "called on the international community"), or a call to the streets
    ("called for protests"): a state's own public."""
    trigger = next((t for t in sent if t.idx == e.evidence[0].trigger_start), None)
    if trigger is None or _side_written(sent, trigger.idx, by=False) or _addressed(trigger):
        return True
    if e.type != "REQUEST":  # (ties with many: "its international partnerships")
        ev = e.evidence[0]
        words = sent.doc.char_span(ev.trigger_start, ev.trigger_end, "expand") or ()
        return counterpart.with_many(w.text for t in words for w in t.subtree)
    return bool({t.lemma_.lower() for t in trigger.subtree} & counterpart.RALLIES) or \
        _asked_in_clause(trigger)


def _asked_in_clause(verb: Any) -> bool:
    """Whether a request names whom it asks as the doer of the clause it asks for
    ("demanded that the smugglers reopen the crossing"), not a pair noun ("said the
    neighbours should coexist": the two) nor a thing ("demanded that the checkpoint be
    removed")."""
    return any(s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and
               s.lower_ not in _PAIR_NOUNS
               for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children)


#: Prepositions that introduce whom an act is aimed at ("ties with", "sanctions on", "a
#: protest to", "fired at"): a phrase after one names the target, known or not.
_TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at"}


def _side_written(sent: Any, trigger_start: int, by: bool) -> bool:
    """Whether the sentence writes the missing side of the act whose trigger starts at
    *trigger_start*, as a phrase the knowledge base may not know: a target after a target
    preposition on the trigger or its object ("strengthen ties with the West", "imposed
    sanctions on the oligarchs"), or, for a missing doer (*by*), a passive's agent ("were
    detained by unidentified men"). Such a side is unknown, not implicit: the previous
    sentence must not fill it. A time is no side ("imposed sanctions on Monday"), nor an
    act pointed back to ("respond to such actions"), whose doer the sentence before told."""
    trigger = next((t for t in sent if t.idx == trigger_start), None)
    if trigger is None:
        return False
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "attr", "nsubjpass"))]
    for head in heads:
        for child in head.children:
            has_object = any(g.dep_ == "pobj" and not _reciprocal(g) and not _points_back(g)
                             and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
            if by and child.dep_ == "agent" and has_object:
                return True
            if not by and child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and has_object:
                return True
    return False


def _reciprocal(t: Any) -> bool:
    """Whether *t* is the pronoun of "each other" or "one another": the doers themselves, no
    side written besides them ("fired on each other", "a threat to one another")."""
    return t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in _EACH_OTHER or \
        t.i + 1 < len(t.doc) and (t.lower_, t.doc[t.i + 1].lower_) in _EACH_OTHER  # ("one"
    # is the object where the parser reads "another" as its determiner)
