"""Score the gold events of a news set: recall, dates, status, independent sources and wrong
merges (how a gold event is matched: evaluate/news_match.py; why a family was not counted:
evaluate/sources.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any

from ..models import Event
from .news_gold import GoldEvent, GoldSet, Stored
from .news_match import _candidates, _match, _same_class, is_strict
from .sources import MISCOUNTS, REASONS, beyond, counted_wrong, missed_families, over


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _family_of(gold: GoldSet) -> dict[str, int]:
    return {a: n for n, fam in enumerate(gold.families) for a in fam}


def _score_events(gold: GoldSet, stored: Stored) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    gold_of = {a.id: gid for gid, a in stored.articles.items()}
    family = _family_of(gold)
    candidates = _candidates(stored.events, gold_of)
    counts: Counter[str] = Counter()
    missed_by: Counter[str] = Counter()  # why families of multi-family events were not counted
    missed_not_english: Counter[str] = Counter()  # (of them, those with no English page)
    wrong_coded_by: Counter[str] = Counter()  # why events coded in every family count wrong
    english = _english_pages(gold)
    details = []
    strict_of: dict[str, list[GoldEvent]] = {}
    match_of: dict[str, list[GoldEvent]] = {}
    for g in gold.events:
        row, match = _match(g, candidates, gold_of, stored)
        if match is not None and row["found"] == "strict" and _same_class(match, g):
            match_of.setdefault(match.id, []).append(g)
        for a in dict.fromkeys(g.articles):
            for e in candidates.get(a, []):
                if is_strict(e, g) and _same_class(e, g) and \
                        g not in strict_of.setdefault(e.id, []):
                    strict_of[e.id].append(g)
        counts[row["found"]] += 1
        if match is not None and row["found"] == "strict":
            counts["date_" + row["date_verdict"]] += 1
            counts[f"date_{row['date_verdict']}_{match.date_basis or 'none'}"] += 1
            counts["status_right"] += row["status_right"]
            families = {family.get(a, a) for a in g.articles if a in stored.articles}
            row["families"] = len(families)
            if len(families) > 1:
                right = match.independent_sources == len(families)
                counts["multi_family"] += 1
                counts["sources_right"] += right
                row.update(_sources_why(g, match, candidates, family, gold_of, stored, english))
                missed_by.update(row["families_missed"].values())
                _count_english(row, match, len(families), counts, missed_not_english)
                counts["sources_over"] += row["sources_over"] > 0
                coded = _coded_families(g, candidates, family)
                row["families_coded"] = len(coded)
                if coded == families:  # (every family's text gave a strict event: merging
                    counts["multi_family_coded"] += 1  # alone decides the count)
                    counts["sources_right_coded"] += right
                    if not right:
                        wrong_coded_by.update(row["counted_wrong_by"])
        details.append(row)
    merges = _wrong_merges(stored.events, strict_of, match_of, gold_of)
    found = counts["strict"]
    both = sum(1 for e in stored.events if e.source is not None and e.target is not None)
    summary = {
        "gold": len(gold.events), "found_strict": found,
        "found_lenient": found + counts["lenient"],
        "recall_strict": _share(found, len(gold.events)),
        "recall_lenient": _share(found + counts["lenient"], len(gold.events)),
        "dated_right": counts["date_right"], "dated_wrong": counts["date_wrong"],
        "dated_coarse": counts["date_coarse"], "undated": counts["date_undated"],
        "share_dated_right": _share(counts["date_right"], found),
        "share_dated_wrong": _share(counts["date_wrong"], found),
        "dated_by_basis": {k[5:]: v for k, v in sorted(counts.items())
                           if k.startswith("date_") and k.count("_") == 2},
        "status_right": counts["status_right"],
        "share_status_right": _share(counts["status_right"], found),
        "multi_family_found": counts["multi_family"], "sources_right": counts["sources_right"],
        "share_sources_right": _share(counts["sources_right"], counts["multi_family"]),
        "multi_family_coded": counts["multi_family_coded"],
        "sources_right_coded": counts["sources_right_coded"],
        "sources_missed_by": {k: missed_by[k] for k in REASONS if missed_by[k]},
        "sources_wrong_coded_by": {k: wrong_coded_by[k] for k in (*REASONS, *MISCOUNTS)
                                   if wrong_coded_by[k]},
        "multi_family_english": counts["multi_family_english"],
        "sources_right_english": counts["sources_right_english"],
        "share_sources_right_english": _share(counts["sources_right_english"],
                                              counts["multi_family_english"]),
        "families_not_english": counts["families_not_english"],
        "sources_missed_not_english": {k: missed_not_english[k] for k in REASONS
                                       if missed_not_english[k]},
        "sources_over": counts["sources_over"],
        "wrong_merges": len(merges), "wrong_merge_events": merges,
        "events": len(stored.events), "with_both_sides": both,
        "share_both_sides": _share(both, len(stored.events)),
    }
    return summary, details


def _english_pages(gold: GoldSet) -> set[str]:
    """Return the ids of the pages the gold judges English, or does not judge: tieline reads
    events in English only (issue 22), so a family with none of them cannot be counted."""
    return {p["id"] for p in gold.pages if (p.get("lang") or "en")[:2].lower() == "en"}


def _count_english(row: dict[str, Any], match: Event, families: int, counts: Counter[str],
                   missed_not_english: Counter[str]) -> None:
    """Count a multi-family event's sources over its English families only (those with an
    English page among the pages that state it), beside the count over all its families:
    issue 23 asks for every family, issue 22 reads English only. An event stated by two or
    more English families has them right when its independent sources equal their number;
    the families with no English page are counted by why they were missed."""
    not_english = row["families_not_english"]
    counts["families_not_english"] += len(not_english)
    missed_not_english.update(row["families_missed"][f] for f in not_english
                              if f in row["families_missed"])
    if families - len(not_english) > 1:
        counts["multi_family_english"] += 1
        counts["sources_right_english"] += \
            match.independent_sources == families - len(not_english)


def _sources_why(g: GoldEvent, match: Event, by_page: dict[str, list[Event]],
                 family: dict[str, int], gold_of: dict[str, str], stored: Stored,
                 english: set[str]) -> dict[str, Any]:
    """Return where the gold event's families went (evaluate/sources.py): why each family its
    match holds no report of was missed (and that family's pages among those stating it, for
    a reader to open), how many stories beyond the gold's it holds, which families have no
    page in *english* (page ids) among the pages that state it, and, when its count is wrong,
    why (``counted_wrong``)."""
    pages = [a for a in dict.fromkeys(g.articles) if a in stored.articles]
    families: dict[str | int, list[str]] = {}
    for a in pages:
        families.setdefault(family.get(a, a), []).append(a)
    strict = {a: [e for e in by_page.get(a, []) if is_strict(e, g)] for a in pages}
    stories = {a.id: a.story_id for a in stored.articles.values()}
    shown = {a.id: a.shown_date for a in stored.articles.values()}
    missed = missed_families(match, families, strict, shown, gold_of)
    held = [stored.articles[a].id for a in pages]
    extra = over(match, held, stories)
    causes = counted_wrong(match, families, missed, stories, gold_of, extra) \
        if match.independent_sources != len(families) else []
    return {"families_missed": missed,
            "families_missed_pages": {name: list(ids) for name, ids in
                                      ((str(n), i) for n, i in families.items())
                                      if name in missed},
            "sources_over": extra,
            "sources_over_pages": [gold_of.get(a, a) for a in beyond(match, held, stories)],
            "counted_wrong_by": causes,
            "miscounted": [cause for cause in causes if cause in MISCOUNTS],
            "families_not_english": [str(name) for name, ids in families.items()
                                     if not english.intersection(ids)]}


def _coded_families(g: GoldEvent, by_page: dict[str, list[Event]], family: dict[str, int]
                    ) -> set[str | int]:
    """Return the families of the gold event's articles in which some event strictly matches
    it: where no event was coded in a family's text, no merging can count that family."""
    return {family.get(a, a) for a in g.articles
            if any(is_strict(e, g) for e in by_page.get(a, []))}


def _wrong_merges(events: Sequence[Event], strict_of: dict[str, list[GoldEvent]],
                  match_of: dict[str, list[GoldEvent]], gold_of: dict[str, str]
                  ) -> list[dict[str, Any]]:
    """Events that stand for two gold events of different dates (each of the event's status
    class, ``_same_class``): the match of both (with
    more than one sentence: a single sentence is ambiguous, not merged, however many events
    were coded in it), or holding reports of
    each from articles that state it and not the other."""
    found = []
    for e in events:
        golds = strict_of.get(e.id, [])
        matched = {g.id for g in match_of.get(e.id, [])}
        pages = {gold_of[ev.article_id] for ev in e.evidence if ev.article_id in gold_of}
        for g1, g2 in combinations(golds, 2):
            if g1.date.startswith(g2.date) or g2.date.startswith(g1.date):
                continue
            only1 = pages & (set(g1.articles) - set(g2.articles))
            only2 = pages & (set(g2.articles) - set(g1.articles))
            sentences = {(ev.article_id, ev.part, ev.start) for ev in e.evidence}
            if ({g1.id, g2.id} <= matched and len(sentences) > 1) or (only1 and only2):
                found.append({"event": e.id, "gold": [g1.id, g2.id],
                              "dates": [g1.date, g2.date]})
                break
    return found

