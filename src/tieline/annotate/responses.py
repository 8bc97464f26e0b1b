"""Acts read across an article's reports: answers, releases and recalled occasions.

A denial or rejection without a target answers the latest accusation, demand or threat of
another side; a release with no doer is by whoever held the people; a recalled occasion
takes its sentence's pair. These run over the events of one article after its sentences.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Report
from .found import _Found
from .pairs import _key, _same_side, event_id


def _responses(events: list[Report]) -> list[Report]:
    """A denial or rejection without a target answers the latest accusation, demand or threat
    aimed at its source: "Moscow has denied the accusations" → REJECT Russia → the accuser."""
    out: list[Report] = []
    for e in events:
        if e.type == "REJECT" and e.target is None and e.source is not None:
            for prior in reversed(out):
                if prior.type in ("ACCUSE", "REQUEST", "THREATEN") and prior.source and \
                        prior.target and _same_side(prior.target, e.source) and \
                        not _same_side(prior.source, e.source):  # (an answer to another side)
                    e = e.evolve(target=replace(prior.source, basis="inferred-previous"))
                    break
        out.append(e)
    return out


#: Acts of holding someone, whose doer is the one who can release them.
_HOLDING = {"arrest", "abduct", "restrict"}


def _releases(events: list[Report]) -> list[Report]:
    """A release with no doer written ("was freed on December 28", "the body was handed
    over to the Georgian side") is by whoever the article says held that person or side:
    the doer of its latest detention or abduction of them (before it, else after). So is a
    later step of a detention told without its doer ("he was sent to pretrial detention",
    "was sentenced", "he was one of three citizens arrested"), by the doer of the detention
    or release of that side told before it."""
    out: list[Report] = []
    for n, e in enumerate(events):
        later = e.mode == "arrest" and e.type == "COERCE"
        if (e.mode == "release" or later) and e.source is None and e.target is not None:
            held = [p for p in (*reversed(events[:n]), *([] if later else events[n + 1:]))
                    if (p.type == "COERCE" and _holds(p) or later and
                        p.mode == "release")  # (who released a side's people held them)
                    and p.source is not None and p.target is not None
                    and _same_side(p.target, e.target) and not _same_side(p.source, e.target)]
            doer = held[0].source if held else None
            if doer is not None:
                source = replace(doer, basis="inferred-previous")
                ev = e.evidence[0]
                e = e.evolve(source=source, id=event_id(ev.article_id, ev.start,
                                                        ev.trigger_start, e.rule, source,
                                                        e.target))
        out.append(e)
    return out


def _holds(e: Report) -> bool:
    """Whether a coercion holds people: a detention or abduction, or a restriction of a
    person or of a state's civilians ("kept under house arrest"), not of its territory ("the
    territory occupied by Russia" holds no one a release could free)."""
    if e.mode != "restrict":
        return e.mode in _HOLDING
    return e.target is not None and (e.target.kind == "person" or e.target.sector == "CVL")


#: What makes a meeting the pair's one before this ("the last meeting", "the previous round").
_PREVIOUS = frozenset({"last", "previous", "preceding", "earlier"})


def _recalled_occasions(found: list[_Found]) -> set[int]:
    """Give a recalled occasion its sentence's pair and return the ids of those so given: in
    "building on the last meeting on 17 July, the two sides exchanged views" the last meeting
    is the one between the sides the sentence names, an event of its own when a date tells
    which (the caller drops it otherwise)."""
    out: set[int] = set()
    for f in found:
        if f.sources or f.targets or f.entry.pos != "noun" or \
                not any(c.dep_ == "amod" and c.lower_ in _PREVIOUS for c in f.trigger.children):
            continue
        pair = next((g for g in found if g is not f and g.entry.type == f.entry.type and
                     g.sources and (g.targets or len(g.sources) > 1)), None)
        if pair is not None:
            f.sources, f.targets = list(pair.sources), list(pair.targets)
            out.add(id(f))
    return out


def _drop_untargeted(events: list[Report]) -> list[Report]:
    """Drop an event without a target when the same sentence codes it with one."""
    with_target = {(e.type, _key(e.source)) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or (e.type, _key(e.source))
            not in with_target]
