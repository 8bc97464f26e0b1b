"""Leave-one-out: date every page that has a date as if it had none, by its dated neighbours.

Each page with a day-precise date (its own or its story's) is dated by ``neighbours_day`` from
the other dated pages (never its own story's), and the day found is compared with its own:
right within a day, exactly, or wrong (by how many days). Two sources:

- ``--db PATH``: a database tieline built (e.g. ``tieline eval news --keep-db``): its stories,
  its keys, and the veto by the page's own words, with only the dates its reports state in
  full (a relative phrase was resolved against the date being left out);
- ``--jsonl PATH``: a corpus file (the news sets' ``corpus.jsonl``, Timeline17's
  ``articles.jsonl``), keyed here from the texts; a story is a family of the set's
  ``families.json`` when there is one beside it, else one text (the same text is one story).
  No veto: the texts are not annotated.

``--year``: date instead the pages the day rule leaves undated by the year their neighbours
agree on (``neighbours_year``; right: their own year), and, from a database, count their
month-and-day phrases read in that year that fall on the day their own date gives.

``--phrases``: for the pages dated to a day, whether a phrase counted from the writing would
resolve the same against the neighbours' day as against the page's own: each weekday ("on
Monday": a day off moves it a week when the day found is that weekday), "yesterday", and "this
month" and "last month" (which need only the month right). This is what dating such phrases on
a page dated by its neighbours would get right and wrong.

    python bench/neighbours.py --db /tmp/gr.db
    python bench/neighbours.py --db /tmp/gr.db --year
    python bench/neighbours.py --jsonl ../shared/data/t17/articles.jsonl --phrases
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from tieline.analyze.dating import NEIGHBOURS_YEAR, redate
from tieline.analyze.neighbours import (
    MAX_CARRIERS,
    neighbours_day,
    neighbours_year,
    text_keys,
    vetoed,
    year_vetoed,
)
from tieline.annotate.dates import resolve
from tieline.models import NeighbourCarrier, ReportDating, ReportSides
from tieline.store import Store

Found = tuple[str, tuple[str, ...]] | None


def _from_db(path: Path, year: bool = False) -> Iterator[tuple[str, str, Found]]:
    """Yield (page, its own day, the day and evidence found) for each dated page of *path*."""
    with Store(path) as store:
        rows = store.conn.execute(
            "SELECT id, coalesce(story_id, id) AS story, coalesce(published, story_date) AS "
            "day FROM articles WHERE superseded_by IS NULL AND length(coalesce(published, "
            "story_date)) = 10 ORDER BY id").fetchall()
        read: dict[int, list[NeighbourCarrier] | None] = {}
        for r in rows:
            carried = {}
            for (key,) in store.conn.execute(
                    "SELECT key FROM neighbour_keys WHERE article_id = ?", (r["id"],)):
                if key not in read:
                    read[key] = store.neighbour_carriers(key, MAX_CARRIERS + 1)
                if read[key] is not None:
                    carried[key] = read[key] or []
            sides = [replace(s, date=s.date if s.date_text and _stated(s.date_text)
                             else None) for s in store.report_sides([r["id"]])]
            found = neighbours_day(r["id"], r["story"], carried)
            if found is not None and vetoed(sides, found[0]):
                found = None
            if year:
                found = _year(found, neighbours_year(r["id"], r["story"], carried), sides)
                if found is not None:
                    PHRASES.update(_phrases(store.report_dates(r["id"]), r["day"], found[0]))
            yield r["id"], r["day"], found


#: The month-and-day phrases of the pages dated to a year: read in it as against their own day.
PHRASES: Counter[str] = Counter()
#: The phrases counted from the writing (``--phrases``): right and wrong, by kind.
COUNTS: Counter[str] = Counter()


def _phrases(reports: list[ReportDating], day: str, year: str) -> Counter[str]:
    """Count a page's reports whose month and day without a year, read in *year*, fall on
    the day they fall on read against the page's own *day* ("right") or not ("wrong")."""
    found: Counter[str] = Counter()
    for r in reports:
        got = redate(r.status, r.date_text, r.date_basis, year)
        if got[2] != NEIGHBOURS_YEAR:
            continue
        own = redate(r.status, r.date_text, r.date_basis, day)
        found["right" if got[0] == own[0] else "wrong"] += 1
    return found


def _year(day: Found, year: Found, sides: list[ReportSides]) -> Found:
    """The year of a page the day step left undated (None for the pages it dated)."""
    if day is not None or year is None or year_vetoed(sides, year[0]):
        return None
    return year


#: Phrases counted from the writing, by kind, as ``--phrases`` reads them.
COUNTED = {"weekday": tuple(f"on {d}" for d in ("Monday", "Tuesday", "Wednesday", "Thursday",
                                                "Friday", "Saturday", "Sunday")),
           "yesterday": ("yesterday",), "this month": ("this month",),
           "last month": ("last month",)}


def _counted(own: str, found: str) -> Counter[str]:
    """Count, by kind, the phrases of ``COUNTED`` that resolve against the *found* day as
    against the page's *own* ("KIND right") or not ("KIND wrong")."""
    out: Counter[str] = Counter()
    for kind, phrases in COUNTED.items():
        for phrase in phrases:
            a, b = resolve(phrase, own), resolve(phrase, found)
            same = a is not None and b is not None and a.date == b.date
            out[f"{kind} {'right' if same else 'wrong'}"] += 1
    return out


def _stated(phrase: str) -> bool:
    resolved = resolve(phrase, None)
    return resolved is not None and resolved.precision == "day"


def _from_jsonl(path: Path, year: bool = False) -> Iterator[tuple[str, str, Found]]:
    """Yield (page, its own day, the day and evidence found) for each dated page of *path*."""
    family: dict[str, str] = {}
    if (path.parent / "families.json").exists():
        for f in json.loads((path.parent / "families.json").read_text(encoding="utf-8")):
            family.update((i, f["family"]) for i in f["ids"])
    pages: dict[str, tuple[str, str, list[int]]] = {}
    index: dict[int, list[NeighbourCarrier]] = {}
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        day = r.get("published") or r.get("pub_date")
        text = r["text"]
        story = family.get(r["id"]) or hashlib.sha1(text.encode()).hexdigest()
        pages[r["id"]] = (day, story, text_keys(text))
        for key in pages[r["id"]][2]:
            index.setdefault(key, []).append(NeighbourCarrier(day if day and len(day) == 10
                                                              else None, r["id"], story))
    for page, (day, story, keys) in sorted(pages.items()):
        if not day or len(day) != 10:
            continue
        carried = {k: index[k] for k in keys if len(index[k]) <= MAX_CARRIERS + 1}
        found = neighbours_day(page, story, carried)
        yield page, day, _year(found, neighbours_year(page, story, carried), []) if year \
            else found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path)
    source.add_argument("--jsonl", type=Path)
    parser.add_argument("--show", action="store_true", help="list the pages dated wrong")
    parser.add_argument("--year", action="store_true",
                        help="date the pages the day step leaves undated by the year their "
                             "neighbours agree on (right: the same year)")
    parser.add_argument("--phrases", action="store_true",
                        help="count the weekday, yesterday and this/last month phrases that "
                             "resolve against the neighbours' day as against the page's own")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    wrong = []
    for page, day, found in (_from_db(args.db, args.year) if args.db
                             else _from_jsonl(args.jsonl, args.year)):
        counts["pages"] += 1
        if found is None:
            continue
        if len(found[0]) == 4:  # (a year: right or wrong, no days off)
            counts["dated"] += 1
            counts["exact"] += found[0] == day[:4]
            counts["right"] += found[0] == day[:4]
            if found[0] != day[:4]:
                wrong.append((page, day, found[0], int(found[0]) - int(day[:4]), found[1]))
            continue
        off = date.fromisoformat(found[0]).toordinal() - date.fromisoformat(day).toordinal()
        if args.phrases:
            COUNTS.update(_counted(day, found[0]))
        counts["dated"] += 1
        counts["exact"] += off == 0
        counts["right"] += abs(off) <= 1
        if abs(off) > 1:
            wrong.append((page, day, found[0], off, found[1]))
    dated = counts["dated"]
    print(f"{args.db or args.jsonl}: {counts['pages']} dated pages; dated by neighbours "
          f"{dated}{' (to a year)' if args.year else ''}; right within a day (or the same "
          f"year) {counts['right']}"
          f" ({counts['right'] / dated if dated else 0:.3f}), the same day {counts['exact']}; "
          f"wrong by {sorted(w[3] for w in wrong)} days")
    for kind in COUNTED if args.phrases else ():
        right, wrong_ = COUNTS[f"{kind} right"], COUNTS[f"{kind} wrong"]
        print(f"  {kind}: {right} resolve as against the page's own day, {wrong_} not "
              f"({wrong_ / (right + wrong_) if right + wrong_ else 0:.3f} wrong)")
    if PHRASES:
        print(f"  month-and-day phrases read in the year: {PHRASES['right']} on the day their "
              f"page's own date gives, {PHRASES['wrong']} not")
    for page, day, got, off, evidence in wrong if args.show else []:
        print(f"  {page}: own {day}, neighbours {got} ({off:+d}) from {', '.join(evidence)}")


if __name__ == "__main__":
    main()
