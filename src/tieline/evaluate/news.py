"""End-to-end truth on a real news set: articles, page dates, stories, events, sources.

A set is a folder in the shape of ``../shared/data/news/*/`` (see its README):

* ``corpus.jsonl``: the pages as crawled (``id, url, outlet, title, published, lang, text``);
* ``families.json``: groups of copies and rewrites of one original;
* ``distinct_pairs.json``: independent reports of one event that must never share a story;
* ``events.jsonl``: gold events with a date and its precision, source and target codes
  (``|`` separates acceptable codes), acceptable PLOVER types (most likely first), a status and
  the ids of the articles whose text states the event.

The set is ingested as a user would ingest a crawl, with only what a crawler knows (url, outlet,
title, the page's stated date unless withheld, text): never the gold's ``lang``, ``id`` or
``note``. Then the stored result is scored by :func:`score`, a pure function of the gold and of
what tieline stored, so it can be tested on a hand-made set whose scores are known.

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
act read as PLOVER's AGREE or THREATEN is that announcement, which happened). Independent
sources are right when they equal the number of families (copies and rewrites of one
original count once) among the articles that state the event; the events whose every
family's text gave a strict event are also counted apart (``sources_right_coded``), since only
for them does merging alone decide it.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..models import ActorRef, Article, Event
from .sources import REASONS, missed_families, over

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
CRAWLER_FIELDS = ("url", "outlet", "title", "published", "text")


# -- the gold --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEvent:
    id: str
    date: str
    precision: str
    source: frozenset[str]
    target: frozenset[str]
    types: tuple[str, ...]
    status: str
    articles: tuple[str, ...]
    what: str = ""
    evidence: str = ""  # a quote of the event's words, in article evidence_in
    evidence_in: str = ""


@dataclass(frozen=True)
class GoldSet:
    name: str
    pages: tuple[dict[str, Any], ...]
    families: tuple[frozenset[str], ...]
    distinct: tuple[tuple[str, str], ...]
    events: tuple[GoldEvent, ...]


def load_gold(folder: Path) -> GoldSet:
    """Read a news set's gold files; raise UsageError naming what is missing or malformed."""
    paths = {name: folder / name for name in ("corpus.jsonl", "families.json",
                                              "distinct_pairs.json", "events.jsonl")}
    missing = [name for name, p in paths.items() if not p.is_file()]
    if missing:
        raise UsageError(f"{folder}: not a news set (missing {', '.join(missing)})")
    try:
        pages = tuple(_jsonl(paths["corpus.jsonl"]))
        families = tuple(frozenset(f["ids"]) for f in
                         json.loads(paths["families.json"].read_text(encoding="utf-8")))
        distinct = tuple((a, b) for a, b in
                         json.loads(paths["distinct_pairs.json"].read_text(encoding="utf-8")))
        events = tuple(_gold_event(e) for e in _jsonl(paths["events.jsonl"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{folder}: malformed gold file ({exc})") from None
    return GoldSet(folder.name, pages, families, distinct, events)


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _gold_event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(id=e["id"], date=e["date"], precision=e["precision"],
                     source=frozenset(e["source"].split("|")),
                     target=frozenset(e["target"].split("|")), types=tuple(e["types"]),
                     status=e["status"], articles=tuple(e["articles"]), what=e.get("what", ""),
                     evidence=e.get("evidence", ""), evidence_in=e.get("evidence_in", ""))


# -- what tieline stored ----------------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    """What tieline made of a set: its article for each gold page id, and all its events."""

    articles: dict[str, Article]
    events: tuple[Event, ...]


def run_tieline(gold: GoldSet, db: Path, withhold_dates: bool = False,
                **settings: Any) -> Stored:
    """Ingest the set's pages into a new database at *db* and read back what was stored."""
    import tieline

    if db.exists():
        raise UsageError(f"{db}: already exists; eval news ingests into a new database")
    with tempfile.TemporaryDirectory() as tmp:
        crawl = Path(tmp) / f"{gold.name}.jsonl"
        with crawl.open("w", encoding="utf-8") as f:
            for page in gold.pages:
                record = {k: page.get(k) for k in CRAWLER_FIELDS}
                if withhold_dates:
                    record["published"] = None
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        with tieline.open(db, create=True, **settings) as corpus:
            corpus.ingest(crawl)
            by_line = {a.origin.rsplit(":", 1)[-1]: a for a in corpus.articles()}
            articles = {page["id"]: by_line[str(n)] for n, page in enumerate(gold.pages, 1)
                        if str(n) in by_line}
            return Stored(articles, tuple(corpus.events()))


# -- scoring ----------------------------------------------------------------------------------

def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


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


def _family_of(gold: GoldSet) -> dict[str, int]:
    return {a: n for n, fam in enumerate(gold.families) for a in fam}


@dataclass
class NewsScores:
    set: str
    withheld_dates: bool
    articles: dict[str, Any] = field(default_factory=dict)
    page_dates: dict[str, Any] = field(default_factory=dict)
    stories: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, details: bool = True) -> dict[str, Any]:
        d = {"set": self.set, "withheld_dates": self.withheld_dates, "articles": self.articles,
             "page_dates": self.page_dates, "stories": self.stories, "events": self.events}
        return d | {"details": self.details} if details else d


def score(gold: GoldSet, stored: Stored, withheld_dates: bool = False) -> NewsScores:
    """Score what tieline *stored* against the *gold* set."""
    scores = NewsScores(gold.name, withheld_dates)
    scores.articles = _score_articles(gold, stored)
    if withheld_dates:
        scores.page_dates = _score_page_dates(gold, stored)
    scores.stories = _score_stories(gold, stored)
    scores.events, scores.details = _score_events(gold, stored)
    return scores


def _score_articles(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    langs = [(p["lang"], stored.articles[p["id"]].lang) for p in gold.pages
             if p["id"] in stored.articles and p.get("lang")]
    right = sum(1 for want, got in langs if (got or "")[:2].lower() == want[:2].lower())
    wrong = Counter(f"{want}->{got}" for want, got in langs
                    if (got or "")[:2].lower() != want[:2].lower())
    return {"pages": len(gold.pages), "stored": len(stored.articles),
            "lang_right": right, "lang_total": len(langs), "lang_share": _share(right, len(langs)),
            "lang_errors": dict(wrong.most_common(10))}


def _score_page_dates(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    """Score the date tieline gives each page with a stated date withheld: its own, its
    story's or the one the news it reports gives it (``Article.shown_date``), by basis."""
    dated_gold = [p for p in gold.pages if p.get("published") and p["id"] in stored.articles]
    dated = [(p, stored.articles[p["id"]]) for p in dated_gold
             if stored.articles[p["id"]].shown_date]
    right = [p["id"] for p, a in dated if (a.shown_date or "")[:10] == p["published"][:10]]
    wrong = [{"id": p["id"], "gold": p["published"], "got": a.shown_date,
              "basis": a.shown_basis} for p, a in dated
             if (a.shown_date or "")[:10] != p["published"][:10]]
    claims = [{"id": p["id"], "got": a.shown_date, "basis": a.shown_basis}
              for p in gold.pages if not p.get("published")
              and (a := stored.articles.get(p["id"])) is not None and a.shown_date]
    bases = Counter(a.shown_basis for _, a in dated)
    return {"pages_with_date": len(dated_gold), "dated": len(dated), "right": len(right),
            "share_dated": _share(len(dated), len(dated_gold)),
            "share_right": _share(len(right), len(dated)), "by_basis": dict(sorted(bases.items())),
            "wrong": wrong, "undated_pages_dated": claims}


def _score_stories(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    story = {gid: a.story_id for gid, a in stored.articles.items() if a.story_id}

    def together(a: str, b: str) -> bool:
        return a in story and story.get(a) == story.get(b)

    pairs = [(a, b) for fam in gold.families
             for a, b in combinations(sorted(i for i in fam if i in stored.articles), 2)]
    grouped = sum(1 for a, b in pairs if together(a, b))
    lang = {p["id"]: (p.get("lang") or "")[:2].lower() for p in gold.pages}
    across = [(a, b) for a, b in pairs if lang.get(a) != lang.get(b)]
    distinct = [(a, b) for a, b in gold.distinct if together(a, b)]
    members: dict[str, list[str]] = {}
    for gid, sid in story.items():
        members.setdefault(sid, []).append(gid)
    wrong = [sorted(ids) for ids in members.values()
             if len(ids) > 1 and not any(set(ids) <= fam for fam in gold.families)]
    wrong.sort(key=lambda ids: (-len(ids), ids))
    return {"family_pairs": len(pairs), "family_pairs_grouped": grouped,
            "pair_recall": _share(grouped, len(pairs)),
            # (a translation is a version of its original, so it belongs to its family; apart,
            # since tieline codes English only and finds versions across languages by their
            # anchors alone)
            "family_pairs_across_languages": len(across),
            "family_pairs_across_languages_grouped": sum(1 for a, b in across if together(a, b)),
            "distinct_pairs": len(gold.distinct),
            "distinct_grouped": len(distinct), "distinct_grouped_ids": [list(p) for p in distinct],
            "wrong_groups": len(wrong), "biggest_wrong_groups": wrong[:5]}


def _score_events(gold: GoldSet, stored: Stored) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    gold_of = {a.id: gid for gid, a in stored.articles.items()}
    family = _family_of(gold)
    candidates = _candidates(stored.events, gold_of)
    counts: Counter[str] = Counter()
    missed_by: Counter[str] = Counter()  # why families of multi-family events were not counted
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
                row.update(_sources_why(g, match, candidates, family, gold_of, stored))
                missed_by.update(row["families_missed"].values())
                counts["sources_over"] += row["sources_over"] > 0
                coded = _coded_families(g, candidates, family)
                row["families_coded"] = len(coded)
                if coded == families:  # (every family's text gave a strict event: merging
                    counts["multi_family_coded"] += 1  # alone decides the count)
                    counts["sources_right_coded"] += right
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
        "sources_over": counts["sources_over"],
        "wrong_merges": len(merges), "wrong_merge_events": merges,
        "events": len(stored.events), "with_both_sides": both,
        "share_both_sides": _share(both, len(stored.events)),
    }
    return summary, details


def _sources_why(g: GoldEvent, match: Event, by_page: dict[str, list[Event]],
                 family: dict[str, int], gold_of: dict[str, str], stored: Stored
                 ) -> dict[str, Any]:
    """Return where the gold event's families went (evaluate/sources.py): why each family its
    match holds no report of was missed, and how many stories beyond the gold's it holds."""
    pages = [a for a in dict.fromkeys(g.articles) if a in stored.articles]
    families: dict[str | int, list[str]] = {}
    for a in pages:
        families.setdefault(family.get(a, a), []).append(a)
    strict = {a: [e for e in by_page.get(a, []) if is_strict(e, g)] for a in pages}
    stories = {a.id: a.story_id for a in stored.articles.values()}
    shown = {a.id: a.shown_date for a in stored.articles.values()}
    return {"families_missed": missed_families(match, families, strict, shown, gold_of),
            "sources_over": over(match, [stored.articles[a].id for a in pages], stories)}


def _same_class(event: Event, gold: GoldEvent) -> bool:
    """Say whether *event* has the status class *gold* has (what happened, claimed or not, or
    what is planned, denied, hypothetical): merging never joins reports of two classes, so an
    event of another class may match a gold event but is never a merge of its reports."""
    happened = {"reported", "claimed"}
    return event.status in (happened if gold.status in ("happened", "claimed")
                            else {gold.status})


def _coded_families(g: GoldEvent, by_page: dict[str, list[Event]], family: dict[str, int]
                    ) -> set[str | int]:
    """Return the families of the gold event's articles in which some event strictly matches
    it: where no event was coded in a family's text, no merging can count that family."""
    return {family.get(a, a) for a in g.articles
            if any(is_strict(e, g) for e in by_page.get(a, []))}


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
            sentences = {(ev.article_id, ev.start) for ev in e.evidence}
            if ({g1.id, g2.id} <= matched and len(sentences) > 1) or (only1 and only2):
                found.append({"event": e.id, "gold": [g1.id, g2.id],
                              "dates": [g1.date, g2.date]})
                break
    return found


def evaluate_news(folder: Path, withhold_dates: bool = False, db: Path | None = None,
                  **settings: Any) -> NewsScores:
    """Ingest the news set in *folder* (into *db*, else a temporary database) and score it."""
    gold = load_gold(folder)
    if db is not None:
        return score(gold, run_tieline(gold, db, withhold_dates, **settings), withhold_dates)
    with tempfile.TemporaryDirectory() as tmp:
        stored = run_tieline(gold, Path(tmp) / "news.db", withhold_dates, **settings)
        return score(gold, stored, withhold_dates)


def summary(s: NewsScores) -> str:
    """Return the scores as a few lines of text."""
    a, st, ev = s.articles, s.stories, s.events
    lines = [f"news set {s.set}: {a['stored']} of {a['pages']} pages stored, language right "
             f"{a['lang_right']}/{a['lang_total']}"]
    if s.page_dates:
        p = s.page_dates
        lines.append(f"  page dates (withheld): dated {p['dated']}/{p['pages_with_date']} "
                     f"({p['share_dated']}), right {p['right']}/{p['dated']} ({p['share_right']})"
                     f"; {len(p['undated_pages_dated'])} pages the gold leaves undated were dated"
                     "; by basis: " + (", ".join(f"{k} {v}" for k, v in p["by_basis"].items())
                                       or "-"))
    lines += [
        f"  stories: family pair recall {st['family_pairs_grouped']}/{st['family_pairs']} "
        f"({st['pair_recall']}; across languages {st['family_pairs_across_languages_grouped']}"
        f"/{st['family_pairs_across_languages']}), distinct pairs grouped {st['distinct_grouped']}/"
        f"{st['distinct_pairs']}, wrong groups {st['wrong_groups']}",
        f"  events: recall strict {ev['found_strict']}/{ev['gold']} ({ev['recall_strict']}), "
        f"lenient {ev['found_lenient']}/{ev['gold']} ({ev['recall_lenient']})",
        f"  dates of found: right {ev['dated_right']} ({ev['share_dated_right']}), wrong "
        f"{ev['dated_wrong']} ({ev['share_dated_wrong']}), coarse {ev['dated_coarse']}, "
        f"undated {ev['undated']}; by basis: "
        + (", ".join(f"{k.replace('_', ' ')} {v}" for k, v in ev["dated_by_basis"].items())
           or "-"),
        f"  status right {ev['status_right']}/{ev['found_strict']}; independent sources right "
        f"{ev['sources_right']}/{ev['multi_family_found']} multi-family events "
        f"({ev['sources_right_coded']}/{ev['multi_family_coded']} of those coded in every "
        f"family's text); wrong merges {ev['wrong_merges']}",
        "  families not counted: " + (", ".join(f"{k} {v}" for k, v in
                                                ev["sources_missed_by"].items()) or "-")
        + f"; matches holding stories beyond the gold's {ev['sources_over']}",
        f"  events with both sides {ev['with_both_sides']}/{ev['events']} "
        f"({ev['share_both_sides']})",
    ]
    return "\n".join(lines)
