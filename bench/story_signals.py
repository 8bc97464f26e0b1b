"""Measure how well a copy signal separates copy families from independent reports.

A story joins copies and rewrites of one text; two independent reports of one event must stay
apart. On the real news sets (``../shared/data/news/*``: gold copy families and distinct
pairs) this scores, for every pair of articles within the rewrite window (published at most
REWRITE_DAYS apart, or either undated), two signals that do not rely on shared wording, so that
they could find translations and loose rewrites:

- **anchor order**: the article's anchors (numbers, and names: capitalised words after a
  sentence's first, letters folded: case, diacritics, Cyrillic transliterated) in the order of
  their first use, outside quotations; the names of countries, their capitals, demonyms and
  metonyms (the knowledge base's country forms, rapidfuzz ratio ≥ 85: Rusia) are left out,
  since every report on a pair of countries names them (``--with-countries`` keeps them); two
  anchors are equal when the same number, or names equal, sharing all but their last two
  letters (an inflected name: Lavrov, Lavrova) or of rapidfuzz ratio ≥ 80 (Yanukovych,
  Ianukovici). The score is the longest common subsequence of
  the two sequences over the shorter one's length: a translation or rewrite keeps its source's
  order of facts, an independent report orders them its own way (the hypothesis measured);
- **verbatim run**: the longest run of consecutive 5-word shingles the two share outside
  quotations (a passage copied word for word).

Pairs are classed: **family** (one gold family; *missed* when tieline stores them in different
stories), **distinct** (a gold distinct pair), **same-event** (both state one gold event, neither
of the above), **other**. For each signal it prints each class's count and top scores, then a
leave-one-set-out fit: on one set, the rule (score ≥ t, and for anchor order at least k anchors
in order) that joins the most family pairs while grouping no distinct pair and making no wrong
group (a story no family holds whole), added to the stories tieline stores; then what that rule
does on the other set. A rule is worth adopting only if it gains family pairs there without
wrong groups.

    python bench/story_signals.py [--data ../shared/data/news] [--db-dir DIR] [--with-countries]
        [--json]

``--db-dir`` keeps (or reuses) each set's database as DIR/SET.db; by default each set is
ingested into a temporary database (about 10 s a set on a quiet machine).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import extractOne

import tieline
from tieline.analyze import stories
from tieline.evaluate.news import GoldSet, load_gold, run_tieline
from tieline.kb.loader import load_kb

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "e",
     "yi", "g"], strict=True))
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n\s*")

Anchor = tuple[str, str]  # ("#", digits) or ("A", folded name)


def fold(word: str) -> str:
    """Return a word lower-cased, Cyrillic transliterated, diacritics stripped."""
    word = "".join(_CYRILLIC.get(c, c) for c in word.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Return the folded words of the knowledge base's country forms (names, aliases,
    capitals, demonyms, metonyms) of three letters or more."""
    kb = load_kb()
    return frozenset(w for f in kb.forms if (a := kb.get(f.actor_id)) and a.kind == "country"
                     for w in fold(f.text).split() if len(w) >= 3)


@lru_cache(maxsize=1 << 16)
def is_country(name: str) -> bool:
    """Say whether a folded name is (near) a word of a country form."""
    return extractOne(name, country_words(), scorer=ratio, score_cutoff=85) is not None


def anchors(text: str, countries: bool = False) -> list[Anchor]:
    """Return the anchors of the writer's own words (quotations cut), each at its first use;
    names of countries left out unless *countries*."""
    found: dict[Anchor, None] = {}
    for sentence in _SENTENCE.split(stories.own_words(text)):
        for k, token in enumerate(_TOKEN.findall(sentence)):
            if token[0].isdigit():
                found.setdefault(("#", re.sub(r"[.,]", "", token).lstrip("0") or "0"))
            elif k and token[0].isupper() and not (token.isupper() and len(token) <= 2):
                name = fold(token)
                if len(name) >= 3 and (countries or not is_country(name)):
                    found.setdefault(("A", name))
    return list(found)


def same_anchor(x: Anchor, y: Anchor) -> bool:
    """Say whether two anchors are one: the same number, or near-equal names."""
    if x[0] != y[0]:
        return False
    if x[0] == "#" or x[1] == y[1]:
        return x[1] == y[1]
    a, b = x[1], y[1]
    stem = min(len(a), len(b)) - 2
    return min(len(a), len(b)) >= 4 and (stem >= 4 and a[:stem] == b[:stem]
                                          or ratio(a, b) >= 80)


def anchor_order(a: Sequence[Anchor], b: Sequence[Anchor]) -> tuple[float, int]:
    """Return (anchors in the same order / the shorter's anchors, anchors in the same order)."""
    if not a or not b:
        return 0.0, 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            current[j + 1] = (previous[j] + 1 if same_anchor(x, y)
                              else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1] / min(len(a), len(b)), previous[-1]


def shingle_sequence(text: str) -> list[int]:
    """Return the 5-word shingles of the writer's own words, in text order."""
    words = stories._hashes(stories.own_words(text))
    if len(words) < 5:
        return []
    windows = words[:len(words) - 4].copy()
    for k in range(1, 5):
        windows = windows * stories._SHINGLE_MUL + words[k:len(words) - 4 + k]
    return [int(v) for v in windows.astype(np.uint64)]


def verbatim_run(a: Sequence[int], b: Sequence[int]) -> int:
    """Return the longest run of consecutive shingles *a* and *b* share in order."""
    where: dict[int, list[int]] = {}
    for j, value in enumerate(b):
        where.setdefault(value, []).append(j)
    best, previous = 0, {}
    for value in a:
        current = {j: previous.get(j - 1, 0) + 1 for j in where.get(value, ())}
        best = max([best, *current.values()])
        previous = current
    return best


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    kind: str          # family | distinct | same-event | other
    together: bool     # in one stored story now
    order: float
    in_order: int
    run: int
    across: bool       # in two languages (as tieline detected them)


def _classes(gold: GoldSet) -> tuple[dict[str, int], set[frozenset[str]], set[frozenset[str]]]:
    family = {a: n for n, ids in enumerate(gold.families) for a in ids}
    distinct = {frozenset(p) for p in gold.distinct}
    same_event = {frozenset(p) for g in gold.events for p in combinations(sorted(g.articles), 2)}
    return family, distinct, same_event


def _stored(gold: GoldSet, db: Path
            ) -> dict[str, tuple[str, str | None, str | None, str | None]]:
    """Return, per gold page id, its stored (text, published, story_id, lang): ingest the set
    into *db* unless it holds it already."""
    if not db.exists():
        run_tieline(gold, db)
    with tieline.open(db) as corpus:
        by_line = {a.origin.rsplit(":", 1)[-1]: a for a in corpus.articles()}
    return {page["id"]: (a.text, a.published, a.story_id, a.lang)
            for n, page in enumerate(gold.pages, 1) if (a := by_line.get(str(n)))}


@dataclass(frozen=True)
class Scored:
    """A set's pairs within the rewrite window, scored, and the story each article is in."""

    pairs: list[Pair]
    story: dict[str, str | None]


def score_pairs(gold: GoldSet, db: Path, countries: bool = False) -> Scored:
    """Return every pair of the set's stored articles within the rewrite window, scored."""
    stored = _stored(gold, db)
    family, distinct, same_event = _classes(gold)
    marks = {i: anchors(row[0], countries) for i, row in stored.items()}
    runs = {i: shingle_sequence(row[0]) for i, row in stored.items()}
    found = []
    for a, b in combinations(sorted(stored), 2):
        if stories._days_apart(stored[a][1], stored[b][1]) > stories.REWRITE_DAYS:
            continue
        key = frozenset((a, b))
        kind = ("family" if a in family and family[a] == family.get(b) else
                "distinct" if key in distinct else "same-event" if key in same_event
                else "other")
        order, in_order = anchor_order(marks[a], marks[b])
        together = stored[a][2] is not None and stored[a][2] == stored[b][2]
        found.append(Pair(a, b, kind, together, order, in_order,
                          verbatim_run(runs[a], runs[b]), stored[a][3] != stored[b][3]))
    return Scored(found, {i: row[2] for i, row in stored.items()})


def stories_after(gold: GoldSet, scored: Scored, linked: Iterable[Pair]) -> dict[str, Any]:
    """Return the story figures of ``tieline eval news`` once *linked* pairs join the stored
    stories."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for article, story in scored.story.items():
        if story is not None:
            parent[root(article)] = root("story:" + story)
    for p in linked:
        parent[root(p.a)] = root(p.b)
    fam_pairs = [(a, b) for ids in gold.families
                 for a, b in combinations(sorted(i for i in ids if i in scored.story), 2)]
    grouped = sum(1 for a, b in fam_pairs if a in parent and root(a) == root(b))
    distinct = sum(1 for a, b in gold.distinct if a in parent and root(a) == root(b))
    groups: dict[str, set[str]] = {}
    for x in scored.story:
        groups.setdefault(root(x), set()).add(x)
    wrong = sum(1 for ids in groups.values()
                if len(ids) > 1 and not any(ids <= fam for fam in gold.families))
    return {"family_pairs_grouped": grouped, "family_pairs": len(fam_pairs),
            "distinct_grouped": distinct, "wrong_groups": wrong}


Rule = tuple[float, int]
SIGNALS: dict[str, tuple[Callable[[Pair], tuple[float, int]], list[Rule]]] = {
    "anchor order": (lambda p: (p.order, p.in_order),
                     [(t / 20, k) for t in range(6, 21) for k in (3, 4, 6, 8, 10, 12, 15)]),
    "anchor order across languages": (
        lambda p: (p.order, p.in_order) if p.across else (0.0, 0),
        [(t / 20, k) for t in range(6, 21) for k in (3, 4, 6, 8, 10, 12, 15)]),
    "verbatim run": (lambda p: (float(p.run), p.run),
                     [(float(t), 0) for t in (5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 70)]),
}


def fit(gold: GoldSet, scored: Scored, signal: str) -> tuple[Rule | None, dict[str, Any]]:
    """Return the rule of *signal* that joins most family pairs of this set with no distinct
    pair grouped and no wrong group added (of equals, the strictest), and its figures."""
    value, rules = SIGNALS[signal]
    before = stories_after(gold, scored, [])
    best: tuple[Rule | None, dict[str, Any]] = (None, before)
    for rule in rules:
        after = stories_after(gold, scored, _linked(scored.pairs, value, rule))
        safe = (after["distinct_grouped"] == before["distinct_grouped"]
                and after["wrong_groups"] <= before["wrong_groups"])
        gains = after["family_pairs_grouped"] > before["family_pairs_grouped"]
        if safe and gains and after["family_pairs_grouped"] >= best[1]["family_pairs_grouped"]:
            best = (rule, after)  # (rules go from loose to strict: of equals, the strictest)
    return best


def _linked(found: Sequence[Pair], value: Callable[[Pair], tuple[float, int]], rule: Rule
            ) -> list[Pair]:
    return [p for p in found if not p.together
            and value(p)[0] >= rule[0] and value(p)[1] >= rule[1]]


def _top(values: list[float], n: int = 8) -> list[float]:
    return [round(v, 2) for v in sorted(values, reverse=True)[:n]]


#: Rules whose trade-off is printed for each set (family pairs gained against distinct pairs
#: grouped and wrong groups).
SHOWN: dict[str, list[Rule]] = {"anchor order": [(0.5, 6), (0.6, 8), (0.7, 10)],
                                "anchor order across languages": [(0.5, 6), (0.5, 7)],
                                "verbatim run": [(10.0, 0), (20.0, 0), (30.0, 0)]}
#: Anchors in order a pair needs for its anchor-order score to be listed (a pair of two short
#: sequences scores 1.0 on two anchors).
LISTED_FROM = 6


def describe(gold: GoldSet, scored: Scored, signal: str) -> dict[str, Any]:
    """Return each class's pair count and highest scores for *signal*, and the trade-off of
    the SHOWN rules."""
    value = SIGNALS[signal][0]
    least = LISTED_FROM if signal.startswith("anchor order") else 0
    found = [p for p in scored.pairs if value(p)[1] >= least]
    out: dict[str, Any] = {}
    for kind in ("family", "distinct", "same-event", "other"):
        chosen = [p for p in (scored.pairs if kind == "family" else found) if p.kind == kind]
        if kind == "family":
            out["family missed"] = {f"{p.a}/{p.b}": round(value(p)[0], 2) for p in
                                    sorted(chosen, key=lambda p: -value(p)[0]) if not p.together}
            out["family grouped (top)"] = _top([value(p)[0] for p in chosen if p.together])
        else:
            out[kind] = {"pairs": len(chosen), "top": _top([value(p)[0] for p in chosen])}
    out["rules"] = {f"{rule[0]}/{rule[1]}": stories_after(gold, scored, _linked(
        scored.pairs, value, rule)) for rule in SHOWN[signal]}
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(os.environ.get(
        "TIELINE_SHARED_DATA", "../shared/data")) / "news")
    parser.add_argument("--db-dir", type=Path)
    parser.add_argument("--with-countries", action="store_true",
                        help="keep names of countries among the anchors")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sets = sorted(p for p in args.data.iterdir() if (p / "families.json").is_file())
    with tempfile.TemporaryDirectory() as tmp:
        where = args.db_dir or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        golds = {s.name: load_gold(s) for s in sets}
        found = {name: score_pairs(g, where / f"{name}.db", args.with_countries)
                 for name, g in golds.items()}
    result: dict[str, Any] = {"sets": {}, "leave_one_set_out": []}
    for name, scored in found.items():
        result["sets"][name] = {signal: describe(golds[name], scored, signal)
                                for signal in SIGNALS}
    for train in golds:
        for test in (t for t in golds if t != train):
            for signal in SIGNALS:
                rule, on_train = fit(golds[train], found[train], signal)
                value = SIGNALS[signal][0]
                on_test = stories_after(golds[test], found[test], _linked(
                    found[test].pairs, value, rule) if rule else [])
                result["leave_one_set_out"].append({
                    "signal": signal, "fit_on": train, "rule": rule, "train": on_train,
                    "test_set": test, "test_before": stories_after(golds[test], found[test], []),
                    "test_after": on_test})
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        _print(result)
    return result


def _print(result: dict[str, Any]) -> None:
    for name, signals in result["sets"].items():
        for signal, classes in signals.items():
            print(f"{name}: {signal}")
            for kind, figures in classes.items():
                if kind == "rules":
                    for rule, f in figures.items():
                        print(f"  rule {rule}: family pairs {f['family_pairs_grouped']}/"
                              f"{f['family_pairs']}, distinct grouped {f['distinct_grouped']}, "
                              f"wrong groups {f['wrong_groups']}")
                else:
                    print(f"  {kind}: {figures}")
    for r in result["leave_one_set_out"]:
        rule = ("none safe" if r["rule"] is None else
                f"score >= {r['rule'][0]}" + (f", >= {r['rule'][1]} in order"
                                              if r["signal"] != "verbatim run" else ""))
        b, a = r["test_before"], r["test_after"]
        print(f"{r['signal']}: fit on {r['fit_on']} ({rule}; family pairs there "
              f"{r['train']['family_pairs_grouped']}/{r['train']['family_pairs']}) -> "
              f"{r['test_set']}: family pairs {b['family_pairs_grouped']} -> "
              f"{a['family_pairs_grouped']}/{a['family_pairs']}, distinct grouped "
              f"{b['distinct_grouped']} -> {a['distinct_grouped']}, wrong groups "
              f"{b['wrong_groups']} -> {a['wrong_groups']}")


if __name__ == "__main__":
    main()
