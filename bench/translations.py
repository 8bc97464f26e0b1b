"""Measure how the translation score separates translations from other pairs in two languages.

On a real news set (``../shared/data/news/SET``: gold copy families and distinct pairs) and a
database tieline stored it in (``tieline eval news --keep-db``), this scores every pair of
articles whose stored languages differ with ``analyze/translations.py``: the fingerprints of
their words outside quotes (numbers, dates, names in any of the alphabets it reads), their
longest chain in the same order, the chain's share of the shorter fingerprint, its density in
each text over the stretch it spans, and the score (share × lower density). It prints the gold
family pairs, the distinct pairs and every other pair chaining at least --least entries, best
first, and whether each would be linked (``translations.translated``; the day rules of
``stories.compare`` apply too and are not checked here).

    python bench/translations.py SETDIR DB [--least 6]
"""

from __future__ import annotations

import argparse
import json
from itertools import combinations
from pathlib import Path

import tieline
from tieline.analyze.stories import _chain, own_words
from tieline.analyze.translations import fingerprint, translated


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--least", type=int, default=6)
    args = parser.parse_args()
    folder: Path = args.folder
    pages = [json.loads(line) for line in (folder / "corpus.jsonl").open(encoding="utf-8")]
    family = {pair for fam in json.loads((folder / "families.json").read_text(encoding="utf-8"))
              for pair in combinations(sorted(fam["ids"]), 2)}
    distinct = {tuple(sorted(p)) for p in
                json.loads((folder / "distinct_pairs.json").read_text(encoding="utf-8"))}
    corpus = tieline.open(args.db)
    stored = {a.url: a for a in corpus.articles()}
    prints, langs = {}, {}
    for page in pages:
        article = stored.get(page["url"])
        if article is not None:
            prints[page["id"]] = fingerprint(own_words(article.text), article.lang)
            langs[page["id"]] = article.lang
    rows = []
    for a, b in combinations(sorted(prints), 2):
        if not langs[a] or not langs[b] or langs[a] == langs[b]:
            continue
        chain = _chain(prints[a], prints[b])
        kind = "family" if (a, b) in family else "distinct" if (a, b) in distinct else "other"
        if kind == "other" and len(chain) < args.least:
            continue
        shorter = min(len(prints[a]), len(prints[b])) or 1
        density = min((len(chain) / (chain[-1][e] - chain[0][e] + 1)) for e in (0, 1)) \
            if chain else 0.0
        linked = bool(translated(chain, len(prints[a]), len(prints[b])))
        rows.append((round(len(chain) / shorter * density, 3), len(chain), kind, a, b,
                     f"{langs[a]}/{langs[b]}", round(len(chain) / shorter, 2), round(density, 2),
                     "LINKED" if linked else ""))
    rows.sort(reverse=True)
    print("score chain kind a b langs share density")
    for row in rows:
        print(*row)


if __name__ == "__main__":
    main()
