"""Benchmark: the corpus stage (copy and rewrite detection, event merging) at scale.

The Timeline17 articles are repeated until N articles, each repetition with ~10% of its words
replaced (so repetitions are not verbatim copies; most become rewrites of their source), dated
as the original, and each given one report of a meeting between two of 20 countries dated by
its publication day, so merging runs too. Articles are stored through the ordinary store (no
NLP: the parse is not what this measures) in batches of 1,000, with the corpus stage after
each batch, as an ingest does. Prints seconds and articles/s per size, the candidates per
article the key lookup returned (in the story the article joined, and in other stories) and
the full comparisons, and the ratio of time per article between the largest and the smallest
size (1.0 = linear). Beside the wall time, the process's CPU time in the corpus stage
(``cpu_ms_per_article``): on this shared machine the load sets the wall time, far less the CPU
time. ``--progress`` prints each batch's cumulated figures to stderr as it ends, so a run cut
short still leaves every size it passed measured (the first N articles of a run are a run of N).

One-sided reports (the default; ``--two-sided`` for the corpus of earlier measures, every
report two-sided): on the two news sets 32% of the reports the coder stores state one side only
(583 of 1,828: 41% on Georgia-Russia, 23% on India-China), and the corpus stage looks for the
side each of them may take (analyze/attach.py). So each article's page is about its pair (its
mentions name the two states three times each), and every other article also carries one
one-sided report (a third of all reports): half of them the meeting told again by its
first side alone, the same day (it takes the other side from the meeting: "the minister held
talks on Tuesday"), a quarter an accusation by the second side, undated, and a quarter the
meeting by its second side alone, undated (neither finds one fitting happening to take from,
but both are looked up in their story and their article's days). The time of that step alone
is printed beside the stage's (``attach_ms_per_article``, wall and CPU).

Two corpora of the same articles:

- ``same-days`` (the default): every repetition keeps its original's date, so at 50,000
  articles each story holds 22 rewrites published the same day: stories and the news of a day
  grow with the corpus (the hardest case: each new rewrite finds every earlier one among its
  candidates, though it is compared with few of them);
- ``in-time`` (``--in-time``): repetition r is dated r × 1,100 days later (T17 spans 1,003
  days), as a corpus grows by collecting more days of news: stories keep their size.

With ``--neighbours-cost`` each size is run twice, without and with dating pages by their
neighbours (analyze/neighbours.py), and both rows are printed side by side.

    python bench/stories.py [--sizes 10000 50000] [--in-time] [--neighbours-cost] [--json]
                            [--progress]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tieline.analyze import stage as corpus_stage
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.models import ActorRef, Article, Event, Evidence, Mention
from tieline.store import Store
from tieline.store import stories as stories_sql

COUNTRIES = ("ARM", "RUS", "AZE", "TUR", "USA", "FRA", "DEU", "GBR", "CHN", "IRN", "GEO",
             "UKR", "BLR", "KAZ", "IND", "ISR", "EGY", "JPN", "POL", "ITA")
FILLERS = ("reportedly", "officials", "meanwhile", "statement", "sources", "region", "week")


def _records(data: Path) -> list[dict[str, Any]]:
    with (data / "t17" / "articles.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _perturb(text: str, rng: random.Random) -> str:
    lines = []
    for line in text.split("\n"):
        words = line.split()
        for i in range(len(words)):
            if rng.random() < 0.1:
                words[i] = rng.choice(FILLERS)
        lines.append(" ".join(words))
    return "\n".join(lines)


def _article(rec: dict[str, Any], n: int, rng: random.Random, in_time: bool,
             one_sided: bool = False) -> Article:
    text = rec["text"] if n < 2281 else _perturb(rec["text"], rng)
    published = rec["pub_date"]
    if in_time:
        shifted = date.fromisoformat(published) + timedelta(days=1100 * (n // 2281))
        published = shifted.isoformat()
    url = f"https://bench.example/{n}/{rec['id']}"
    aid = article_id(text, url)
    a, b = rng.sample(COUNTRIES, 2)
    sentence = text.split("\n")[0][:200]
    meet = Event(id=f"{aid}-e", type="CONSULT",
                 source=ActorRef(a, a, a, None, "country"),
                 target=ActorRef(b, b, b, None, "country"),
                 evidence=(Evidence(aid, 0, len(sentence), sentence, 0, 1),),
                 date=published, date_precision="day", intensity=2.0)
    events, mentions = (meet,), ()
    if one_sided:  # (its own generator: the two-sided corpus stays what it was)
        told = _one_sided(meet, random.Random(n))
        events += (told,) if told else ()
        mentions = tuple(Mention(i, i + 1, code, None, "name", code,
                                 sentence_start=0, sentence_end=len(sentence))
                         for i, code in enumerate((a, b) * 3))
    return Article(id=aid, origin=rec["id"], text=text, content_hash=content_hash(text),
                   url=url, outlet=rec["outlet"], published=published, lang="en",
                   published_basis="manifest", words=len(text.split()), events=events,
                   mentions=mentions)


def _one_sided(meet: Event, rng: random.Random) -> Event | None:
    """Return, for every other article, a one-sided report of its page: the meeting told by
    its first side alone the same day (half of them), an undated accusation by its second
    side, or the meeting told undated by its second side alone; else None."""
    if rng.random() < 0.5:
        return None
    kind = rng.random()
    b = meet.target
    if kind < 0.5:
        return replace(meet, id=f"{meet.id}-a", target=None)
    if kind < 0.75:
        return replace(meet, id=f"{meet.id}-b", type="ACCUSE", source=b, target=None,
                       intensity=-2.0, date=None, date_precision=None)
    return replace(meet, id=f"{meet.id}-c", source=None, target=b, date=None,
                   date_precision=None)


class _Counted:
    """The pairwise comparison, counting its calls and the links it finds."""

    def __init__(self) -> None:
        self.calls = self.links = 0

    def __call__(self, a: Any, b: Any) -> Any:
        link = _compare(a, b)
        self.calls += 1
        self.links += link is not None
        return link


class _Candidates:
    """The candidate lookup, counting the candidates it returns: those in the story the article
    is placed in, and those in other stories (each checked: by its sketch, then compared)."""

    def __init__(self) -> None:
        self.batch: list[tuple[str, list[str]]] = []
        self.own = self.other = 0

    def __call__(self, conn: Any, article: str, *args: Any) -> list[str]:
        found: list[str] = _candidates(conn, article, *args)
        self.batch.append((article, found))
        return found

    def tally(self, store: Store) -> None:
        """Count the last batch's candidates by the stories its articles were placed in."""
        ids = sorted({a for a, _ in self.batch} | {c for _, found in self.batch for c in found})
        story = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            story.update(store.conn.execute("SELECT id, story_id FROM articles WHERE id IN "
                                            f"({', '.join('?' * len(chunk))})", chunk))
        for article, found in self.batch:
            own = sum(story.get(c) == story[article] for c in found)
            self.own += own
            self.other += len(found) - own
        self.batch = []


_compare = corpus_stage.compare
_candidates = stories_sql.candidates
_date_by_neighbours = corpus_stage.date_by_neighbours
_attach_sides = corpus_stage.attach_sides


class _Timed:
    """A step of the stage, summing its wall and CPU time."""

    def __init__(self, step: Any) -> None:
        self.step, self.wall, self.cpu = step, 0.0, 0.0

    def __call__(self, *args: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        try:
            return self.step(*args)
        finally:
            self.wall += time.perf_counter() - t
            self.cpu += time.process_time() - c


def _no_actor(actor_id: str) -> None:
    return None


def _no_neighbours(*args: Any, **kwargs: Any) -> list[str]:
    return []


def run(size: int, records: list[dict[str, Any]], folder: Path, in_time: bool = False,
        progress: bool = False, one_sided: bool = True) -> dict[str, Any]:
    rng = random.Random(size)
    counted = corpus_stage.compare = _Counted()  # type: ignore[assignment]
    looked_up = stories_sql.candidates = _Candidates()  # type: ignore[assignment]
    attach = corpus_stage.attach_sides = _Timed(_attach_sides)  # type: ignore[assignment]
    path = folder / f"stories-{size}.db"
    stage = build = cpu = 0.0
    with Store(path) as store:
        for start in range(0, size, 1000):
            t = time.perf_counter()
            batch = [_article(records[n % len(records)], n, rng, in_time, one_sided)
                     for n in range(start, min(size, start + 1000))]
            build += time.perf_counter() - t
            store.add_articles(store.start_run([]), batch,  # (mentions: stored, no actor)
                               actor_lookup=_no_actor if one_sided else None)
            t, c = time.perf_counter(), time.process_time()
            update_corpus(store)
            stage += time.perf_counter() - t
            cpu += time.process_time() - c
            if progress:
                done = start + len(batch)
                print(f"{done} articles: {1000 * stage / done:.2f} ms/article wall, "
                      f"{1000 * cpu / done:.2f} CPU; attach {1000 * attach.wall / done:.3f} "
                      f"wall, {1000 * attach.cpu / done:.3f} CPU "
                      f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr, flush=True)
            looked_up.tally(store)
        stories = store.conn.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0]
        merged = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
        links = store.conn.execute("SELECT count(*) FROM story_links").fetchone()[0]
        reports, one, taken = store.conn.execute(
            "SELECT count(*), sum((source_basis IS NULL) != (target_basis IS NULL) OR "
            "source_basis = 'inferred-event' OR target_basis = 'inferred-event'), "
            "sum(source_basis = 'inferred-event' OR target_basis = 'inferred-event') "
            "FROM reports").fetchone()
    corpus_stage.attach_sides = _attach_sides
    return {"articles": size, "corpus_stage_s": round(stage, 1),
            "articles_per_s": round(size / stage, 1),
            "ms_per_article": round(1000 * stage / size, 2),
            "cpu_ms_per_article": round(1000 * cpu / size, 2),
            "attach_ms_per_article": round(1000 * attach.wall / size, 3),
            "attach_cpu_ms_per_article": round(1000 * attach.cpu / size, 3),
            "stories": stories, "links": links, "merged_events": merged,
            "reports": reports, "one_sided_reports": one or 0, "sides_taken": taken or 0,
            "comparisons_per_article": round(counted.calls / size, 2),
            "failed_comparisons_per_article": round((counted.calls - counted.links) / size, 2),
            "candidates_per_article": {"own_story": round(looked_up.own / size, 1),
                                       "other_stories": round(looked_up.other / size, 1)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 50000])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("TIELINE_SHARED_DATA", "../shared/data")))
    parser.add_argument("--in-time", action="store_true",
                        help="date each repetition 1,100 days after the previous one")
    parser.add_argument("--two-sided", action="store_true",
                        help="every report two-sided, no mentions: the corpus measured "
                             "before 2026-12-07")
    parser.add_argument("--neighbours-cost", action="store_true",
                        help="run each size without, then with, dating by neighbours")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--progress", action="store_true",
                        help="print each batch's cumulated time per article to stderr")
    args = parser.parse_args()
    records = _records(args.data)
    if args.neighbours_cost:
        _neighbours_cost(sorted(args.sizes), records, args.in_time, args.progress,
                         not args.two_sided)
        return
    with tempfile.TemporaryDirectory() as tmp:
        results = [run(size, records, Path(tmp), args.in_time, args.progress,
                       not args.two_sided) for size in sorted(args.sizes)]
    first, last = results[0], results[-1]
    ratio = last["ms_per_article"] / first["ms_per_article"]
    if args.json:
        json.dump({"corpus": "in-time" if args.in_time else "same-days",
                   "reports": "two-sided" if args.two_sided else "one-sided too",
                   "results": results,
                   "time_per_article_ratio": round(ratio, 2),
                   "cpu_time_per_article_ratio": _growth(results, "cpu_ms_per_article"),
                   "attach_time_per_article_ratio": _growth(results, "attach_ms_per_article"),
                   "attach_cpu_time_per_article_ratio":
                       _growth(results, "attach_cpu_ms_per_article")}, sys.stdout)
        return
    print("corpus:", "in-time" if args.in_time else "same-days",
          "(two-sided reports only)" if args.two_sided else "(one-sided reports too)")
    for r in results:
        print(f"{r['articles']:>7} articles: corpus stage {r['corpus_stage_s']:>8.1f} s, "
              f"{r['articles_per_s']:>7.1f} articles/s, {r['ms_per_article']:.2f} ms/article "
              f"({r['cpu_ms_per_article']:.2f} CPU), "
              f"{r['stories']} stories, {r['links']} copy/rewrite links, "
              f"{r['merged_events']} merged events, "
              f"{r['comparisons_per_article']} comparisons/article "
              f"({r['failed_comparisons_per_article']} found no link), candidates/article: "
              f"{r['candidates_per_article']['own_story']} in its story, "
              f"{r['candidates_per_article']['other_stories']} in others; "
              f"{r['one_sided_reports']} of {r['reports']} reports one-sided, "
              f"{r['sides_taken']} sides taken, attach {r['attach_ms_per_article']:.3f} "
              f"ms/article ({r['attach_cpu_ms_per_article']:.3f} CPU)")
    cpu = last["cpu_ms_per_article"] / first["cpu_ms_per_article"]
    print(f"time per article, {last['articles']} vs {first['articles']}: ×{ratio:.2f} "
          f"(CPU ×{cpu:.2f}; 1.0 = linear)")
    if first["attach_cpu_ms_per_article"]:
        print(f"attach alone: ×{_growth(results, 'attach_ms_per_article')} "
              f"(CPU ×{_growth(results, 'attach_cpu_ms_per_article')})")


def _growth(results: list[dict[str, Any]], key: str) -> float:
    """Return the growth of *key* from the first size to the last (1.0 = linear)."""
    return round(results[-1][key] / results[0][key], 2) if results[0][key] else 0.0


def _neighbours_cost(sizes: list[int], records: list[dict[str, Any]], in_time: bool,
                     progress: bool = False, one_sided: bool = True) -> None:
    """Print ms/article per size without and with dating by neighbours, and each growth."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for label, step in (("without neighbours", _no_neighbours), ("with neighbours",
                                                                 _date_by_neighbours)):
        corpus_stage.date_by_neighbours = step  # type: ignore[assignment]
        with tempfile.TemporaryDirectory() as tmp:
            rows[label] = [run(size, records, Path(tmp), in_time, progress, one_sided)
                           for size in sizes]
    corpus_stage.date_by_neighbours = _date_by_neighbours
    print("corpus:", "in-time" if in_time else "same-days")
    for label, results in rows.items():
        cells = ", ".join(f"{r['articles']}: {r['ms_per_article']:.2f} ms/article "
                          f"({r['cpu_ms_per_article']:.2f} CPU)" for r in results)
        growth = results[-1]["ms_per_article"] / results[0]["ms_per_article"]
        cpu = results[-1]["cpu_ms_per_article"] / results[0]["cpu_ms_per_article"]
        print(f"{label:>20}: {cells}; growth ×{growth:.2f} (CPU ×{cpu:.2f})")


if __name__ == "__main__":
    main()
