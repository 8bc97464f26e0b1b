"""Whom an apology is made to, from the act it regrets (issue 22, round 17).

CAMEO 055 (PLOVER SUPPORT, mode apologize) is "express regret for one's own actions", made to
those they wronged. So an apology written without its addressee is made to the one the act it
apologises for was done to, when its sentence codes that act inside the apology's own "for"
phrase with a target ("Peru apologised for attacking Chile": to Chile, "inferred-clause").
Never to the apologiser's own side, and never from an act told elsewhere in the sentence
("Peru apologised, and Bolivia attacked Chile": not to Chile). (Who did the act regretted is
the apologiser's by :func:`tieline.annotate.sides.supporting_doer`: "apologised for the
aggression against X".)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import Report
from .side_basics import Ident, same_side, token_at, with_sides

#: The mode of an apology (PLOVER SUPPORT, CAMEO 055).
APOLOGY = "apologize"


def complete(events: list[Report], sents: dict[int, Any], ident: Ident) -> list[Report]:
    """Return *events* with each apology that has no addressee given the target of the act
    its "for" phrase tells (see the module's docstring). *sents* holds the parsed sentences
    by where they start, *ident* the id of a report with its sides."""
    out: list[Report] = []
    for e in events:
        if e.type == "SUPPORT" and e.mode == APOLOGY and e.target is None and \
                e.source is not None and not e.mutual:
            wronged = _wronged(e, events, sents)
            if wronged is not None and wronged.target is not None:
                e = with_sides(e, e.source, replace(wronged.target, basis="inferred-clause"),
                               ident)
        out.append(e)
    return out


def _wronged(e: Report, events: list[Report], sents: dict[int, Any]) -> Report | None:
    """The one act of another side's target that the apology *e* regrets in its "for"
    phrase, or None."""
    sent = sents.get(e.evidence[0].start)
    trigger = None if sent is None else token_at(sent, e.evidence[0].trigger_start)
    regretted = _regretted_words(trigger) if trigger is not None else set()
    assert e.source is not None
    acts = [r for r in events if r is not e and r.evidence[0].start == e.evidence[0].start
            and r.evidence[0].trigger_start in regretted and r.target is not None
            and not same_side(r.target, e.source)]
    return acts[0] if len({a.target.country or a.target.id for a in acts
                           if a.target is not None}) == 1 else None


def _regretted_words(trigger: Any) -> set[int]:
    """Where the words of the "for" phrase of the apology *trigger* start (its own, or its
    verb's for a noun: "offered an apology for the war")."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        heads.append(trigger.head)
    return {t.idx for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
            for t in c.subtree}
