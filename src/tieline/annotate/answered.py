"""The one a refusal or an answer tells: the request's maker, the one a request is made to.

A refusal told with no addressee ("Tbilisi refused to do so") answers whoever made the
request the sentence before (or the same sentence) tells with no addressee, when that one is
of another side (:func:`refused_asker`); a request, an accusation, a protest or a threat
written with its maker only that someone refuses, accepts, dismisses or ignores is aimed at
that one (:func:`answering`: "Kyrgyz authorities refused a request from the Kazakh
ministry", "India dismissed China's accusations").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import ActorRef, Report
from .side_basics import SUBJECTS, Refs, _subjects, gap, key, same_side, token_at

#: What a refusal refuses when it refuses the request itself ("rejected the demand",
#: "refused to comply").
PRO_ACTS = frozenset({"comply", "accept", "agree", "oblige", "demand", "request", "call",
                      "proposal", "offer", "appeal", "ultimatum"})

#: Verbs whose subject answers or receives a request, as its addressee.
ANSWERING = frozenset({"refuse", "reject", "decline", "accept", "grant", "deny", "ignore",
                       "dismiss", "approve", "answer", "fulfil", "fulfill", "heed", "receive",
                       "satisfy", "rebuff", "spurn", "honour", "honor", "comply", "meet",
                       "refute", "rebut"})

#: Acts aimed at another, whose answer tells who that one is (round 15): a request is
#: answered by whom it asks, an accusation, a protest or a threat by whom it is aimed at
#: ("India dismissed China's accusations", "ignored Bhutanese protests").
ANSWERED = frozenset({"REQUEST", "ACCUSE", "PROTEST", "THREATEN"})


def answering(e: Report, sent: Any, refs: Refs) -> ActorRef | None:
    """The one who answers or receives the request *e* (or the accusation, protest or
    threat: :data:`ANSWERED`), its noun the object of their verb ("refused a request from
    X", "the request was rejected by Y", "complied with the demand", "dismissed X's
    accusations"), or None."""
    if e.type not in ANSWERED or e.source is None or e.target is not None or e.mutual:
        return None
    noun = token_at(sent, e.evidence[0].trigger_start)
    if noun is None or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
        verb = verb.head  # ("complied with the demand")
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in ANSWERING:
        return None
    answers = verb
    while answers.dep_ == "xcomp" and not _subjects(answers):
        answers = answers.head  # ("is expected to accept the request")
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children
          if g.dep_ == "pobj"] if noun.dep_ == "nsubjpass" else \
        [s for s in _subjects(answers) if s.dep_ in SUBJECTS]
    found = refs(by) if len(by) == 1 and by[0].pos_ != "PRON" else []
    if len({key(r) for r in found}) != 1 or same_side(found[0], e.source) or \
            not found[0].country:
        return None
    return replace(found[0], basis="inferred-clause")


def refused_asker(e: Report, before: list[Report], sent: Any) -> ActorRef | None:
    """The maker of the request a refusal *e* with no addressee answers, or None: the
    latest request of another side with no addressee told in the same sentence or the one
    before it, within the paragraph."""
    if e.type != "REJECT" or e.target is not None or e.source is None or \
            e.source.inferred or e.mutual:
        return None
    start = sent.start_char
    first = sent[0]
    previous = first.nbor(-1).sent if first.i > 0 else None
    if previous is not None and "\n" in gap(previous, sent) and not _pro_form(e, sent):
        previous = None  # (a new paragraph: another context, unless "do so" points back)
    earliest = previous.start_char if previous is not None else start
    for prior in reversed(before):
        at = prior.evidence[0].start
        if at < earliest:
            break
        if prior.type == "REQUEST" and prior.target is None and prior.source is not None \
                and prior.source.country and not same_side(prior.source, e.source) \
                and prior.evidence[0].trigger_start < e.evidence[0].trigger_start and \
                _refuses_asked(e, prior, sent):
            return replace(prior.source, basis="inferred-previous")
    return None


def _refuses_asked(e: Report, prior: Report, sent: Any) -> bool:
    """Whether the refusal *e* refuses what *prior* asks: no act named ("refused"), a pro-form
    ("refused to do so", "declined to do that") or the asked act named again ("pressed for
    a discussion ... refused to discuss it"), not another act ("refused to criticise his
    predecessor")."""
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if trigger is None:
        return False
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    if not acts:
        return True
    asked = prior.evidence[0].sentence.lower()
    if _pro_form(e, sent):
        return True
    for act in acts:
        lemma = act.lemma_.lower()
        if lemma in PRO_ACTS or len(lemma) >= 4 and lemma[:5] in asked:
            return True
    return False


def _pro_form(e: Report, sent: Any) -> bool:
    """Whether the refusal *e* refuses by a pro-form ("refused to do so", "declined to do
    that"), which points back to an act told before, across a paragraph's end too."""
    trigger = token_at(sent, e.evidence[0].trigger_start)
    return trigger is not None and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "do" and
        any(g.lower_ in ("so", "that", "this", "it") for g in c.children)
        for c in trigger.children)
