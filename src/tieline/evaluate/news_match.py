"""Match a gold event to what tieline stored, and judge the match's date and status.

How a gold event is matched: tieline's events whose evidence lies in one of the gold event's
articles are its candidates. A candidate is a **strict** match when its source and target
actors carry the gold codes (an actor carries a code by its id or its country), in the gold
direction (either order for the symmetric types CONSULT and AGREE), and its type, or the type
PLOVER's own convention gives it (a planned cooperative act is AGREE), is among the gold's
acceptable types. A **lenient** match takes the actors in either order and a type of the same
coarse class (CAMEO's quad classes: verbal and material cooperation and conflict). Of several
strict matches the one with most evidence in the gold articles is the gold event's match; on a
tie, the one read from the sentence the gold quotes as its evidence (the annotator's own
pointer to the event, whatever its date), then the first by id. Its date, status and
independent sources are scored; its status in the terms of the type it was read as (a planned
act read as PLOVER's AGREE or THREATEN is that announcement, which happened).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models import ActorRef, Event
from .news_gold import GoldEvent, Stored

SYMMETRIC = frozenset({"CONSULT", "AGREE"})
QUAD = {  # CAMEO's quad classes, through the crosswalk's PLOVER types
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "REQUEST": "verbal cooperation",
    "CONCEDE": "material cooperation", "COOPERATE": "material cooperation",
    "AID": "material cooperation", "RETREAT": "material cooperation",
    "ACCUSE": "verbal conflict", "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
STATUS = {"happened": {"reported", "claimed"}, "claimed": {"claimed"}, "planned": {"planned"},
          "negated": {"negated"}, "hypothetical": {"hypothetical"}}


def carries(ref: ActorRef | None, codes: frozenset[str]) -> bool:
    """Say whether an event side is one of the gold *codes* (by id, its country, or an
    organisation's body such as EU_COUNCIL for EU)."""
    if ref is None:
        return False
    return bool(ref.id in codes or ref.country in codes
                or (ref.id and ref.id.split("_")[0] in codes))


def _types_of(event: Event) -> set[str]:
    from ..annotate.events import plover_type

    return {event.type, plover_type(event)}


def is_strict(event: Event, gold: GoldEvent) -> bool:
    if not _types_of(event) & set(gold.types):
        return False
    forward = carries(event.source, gold.source) and carries(event.target, gold.target)
    backward = carries(event.source, gold.target) and carries(event.target, gold.source)
    return forward or (backward and (event.mutual or bool(_types_of(event) & SYMMETRIC)))


def is_lenient(event: Event, gold: GoldEvent) -> bool:
    if not {QUAD.get(t) for t in _types_of(event)} & {QUAD.get(t) for t in gold.types}:
        return False
    return _between(event, gold)


def _between(event: Event, gold: GoldEvent) -> bool:
    return ((carries(event.source, gold.source) and carries(event.target, gold.target))
            or (carries(event.source, gold.target) and carries(event.target, gold.source)))


def status_right(event: Event, gold: GoldEvent) -> bool:
    """Say whether the event's status is the gold's. A planned act whose PLOVER reading is
    its announcement (an AGREE or THREATEN, the type the match may rest on: "promised to
    apologise", "is ready to restore relations") is, in PLOVER's terms, an announcement that
    happened: the status goes with the type the scorer reads it as."""
    if event.status in STATUS.get(gold.status, {gold.status}):
        return True
    from ..annotate.events import plover_type

    announced = plover_type(event)
    return gold.status == "happened" and event.status == "planned" and \
        announced in ("AGREE", "THREATEN") and announced in gold.types


def date_verdict(event: Event, gold: GoldEvent) -> str:
    """right, wrong, coarse (a consistent but less precise date) or undated."""
    if not event.date:
        return "undated"
    rank = {"year": 1, "month": 2, "day": 3}
    need = rank[gold.precision]
    have = rank.get(event.date_precision or "", 0)
    cut = {1: 4, 2: 7, 3: 10}
    if have >= need:
        return "right" if event.date[:cut[need]] == gold.date[:cut[need]] else "wrong"
    return "coarse" if have and gold.date.startswith(event.date[:cut[have]]) else "wrong"


def _same_class(event: Event, gold: GoldEvent) -> bool:
    """Say whether *event* has the status class *gold* has (what happened, claimed or not, or
    what is planned, denied, hypothetical): merging never joins reports of two classes, so an
    event of another class may match a gold event but is never a merge of its reports."""
    happened = {"reported", "claimed"}
    return event.status in (happened if gold.status in ("happened", "claimed")
                            else {gold.status})


def _candidates(events: Sequence[Event], gold_of: dict[str, str]) -> dict[str, list[Event]]:
    """Map each gold page id to the events with evidence in it."""
    by_page: dict[str, list[Event]] = {}
    for e in events:
        for page in dict.fromkeys(gold_of[ev.article_id] for ev in e.evidence
                                  if ev.article_id in gold_of):
            by_page.setdefault(page, []).append(e)
    return by_page


def _match(g: GoldEvent, by_page: dict[str, list[Event]], gold_of: dict[str, str],
           stored: Stored) -> tuple[dict[str, Any], Event | None]:
    row: dict[str, Any] = {"id": g.id, "date": g.date, "precision": g.precision,
                           "gold": f"{'|'.join(sorted(g.source))} {'/'.join(g.types)} "
                                   f"{'|'.join(sorted(g.target))}", "status": g.status,
                           "what": g.what}
    pool = list({e.id: e for a in g.articles for e in by_page.get(a, [])}.values())

    def weight(e: Event) -> tuple[int, bool, str]:
        return (-sum(1 for ev in e.evidence if gold_of.get(ev.article_id) in g.articles),
                not cites(e, g, gold_of), e.id)

    strict = sorted((e for e in pool if is_strict(e, g)), key=weight)
    lenient = sorted((e for e in pool if is_lenient(e, g)), key=weight)
    if strict:
        match = strict[0]
        row.update(found="strict", date_verdict=date_verdict(match, g),
                   status_right=status_right(match, g),
                   matches=len(strict))
    elif lenient:
        match = lenient[0]
        row.update(found="lenient", reason=f"type {match.type}")
    else:
        match = None
        row.update(found="missed", reason=_miss_reason(g, pool, stored))
    if match is not None:
        row["event"] = {"id": match.id, "type": match.type, "mode": match.mode,
                        "source": match.source.id or match.source.name if match.source else None,
                        "target": match.target.id or match.target.name if match.target else None,
                        "date": match.date, "date_precision": match.date_precision,
                        "date_basis": match.date_basis, "status": match.status,
                        "reports": match.reports,
                        "independent_sources": match.independent_sources}
    return row, match


def _words(text: str) -> str:
    return " ".join(text.split())


def cites(event: Event, gold: GoldEvent, gold_of: dict[str, str]) -> bool:
    """Say whether *event* is read from the sentence *gold* quotes as its evidence (the
    quote holds the sentence or the sentence the quote)."""
    quote = _words(gold.evidence)
    if not quote:
        return False
    for ev in event.evidence:
        if gold_of.get(ev.article_id) == gold.evidence_in:
            sentence = _words(ev.sentence)
            if sentence and (quote in sentence or sentence in quote):
                return True
    return False


def _miss_reason(g: GoldEvent, pool: list[Event], stored: Stored) -> str:
    if not any(a in stored.articles for a in g.articles):
        return "articles not stored"
    if not pool:
        return "no event in its articles"
    between = [e for e in pool if _between(e, g)]
    if between:
        return "actors right, types " + ",".join(sorted({e.type for e in between}))
    one_side = [e for e in pool if (e.source is None or e.target is None)
                and (carries(e.source, g.source | g.target)
                     or carries(e.target, g.source | g.target))]
    typed = [e for e in one_side if _types_of(e) & set(g.types)]
    if typed:
        return "right type, one side missing"
    return f"no event between its actors ({len(pool)} in its articles)"

