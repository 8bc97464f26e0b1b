"""Copies and rewrites: which articles tell one story, and which one each copies.

A verbatim or syndicated copy shares most of its 5-word shingles with the original. A rewrite
(a content farm retelling a wire report, a later version of a live story) shares few of them
(the samples 001 and 002 share 3%) but many content-word bigrams, and its words weigh like the
original's. Rewrites are told apart from independent reporting of the same event by quotes:
two articles that each carry direct quotes the other lacks did their own reporting.

Every decision is a pure function of the two articles (no corpus statistics such as IDF), so
the stories come out the same whatever order the articles arrive in; candidates are found by
MinHash over content-word bigrams, one key per hash position, kept in the store: a new article
finds its candidates without reading the corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

import numpy as np
from datasketch import MinHash
from spacy.lang.en.stop_words import STOP_WORDS

STORIES_STAGE = "1"
NUM_PERM = 64
#: Hash positions two articles must share to be compared: P(compared) ≈ 0.97 at a bigram
#: Jaccard of 0.11 (what a rewrite of similar length shows), 0.63 at 0.05.
MIN_SHARED_KEYS = 3
COPY_CONTAINMENT = 0.7      # 5-word shingles of the shorter article found in the other
REWRITE_BIGRAMS = 0.2       # content-word bigrams of the shorter found in the other
REWRITE_MIN_BIGRAMS = 12
REWRITE_COSINE = 0.45       # log-scaled term frequencies of content words
REWRITE_DAYS = 3            # a rewrite follows within days; a copy may come any time
OWN_QUOTE_OVERLAP = 0.6     # a quote is the article's own when <60% of its words are in the other

LinkKind = Literal["copy", "rewrite"]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_QUOTE = re.compile(r"(?:``|“|\")\s*(.+?)\s*(?:''|”|\")", re.S)


@dataclass(frozen=True)
class Profile:
    """What comparing an article needs, computed once from its stored text."""

    id: str
    published: str | None
    outlet: str | None
    content_hash: str
    shingles: frozenset[str]
    bigrams: frozenset[str]
    weights: dict[str, float]
    norm: float
    quotes: tuple[frozenset[str], ...]
    actors: frozenset[str]


@dataclass(frozen=True)
class Link:
    """A copy or rewrite between two articles, and the similarity that decided it."""

    a: str
    b: str
    kind: LinkKind
    score: float


def profile(article_id: str, text: str, published: str | None, outlet: str | None,
            content_hash: str, actors: Iterable[str] = ()) -> Profile:
    """Return the comparison profile of one article."""
    words = [w.lower() for w in _WORD.findall(text)]
    content = [w for w in words if w not in STOP_WORDS and len(w) > 1]
    weights = {w: 1.0 + math.log(n) for w, n in Counter(content).items()}
    return Profile(
        id=article_id, published=published, outlet=outlet, content_hash=content_hash,
        shingles=frozenset(" ".join(words[i:i + 5]) for i in range(len(words) - 4)),
        bigrams=frozenset(f"{x} {y}" for x, y in zip(content, content[1:], strict=False)),
        weights=weights, norm=math.sqrt(sum(v * v for v in weights.values())),
        quotes=tuple(q for q in (_content(m) for m in _QUOTE.findall(text)) if len(q) >= 5),
        actors=frozenset(actors))


def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in (x.lower() for x in _WORD.findall(text))
                     if w not in STOP_WORDS and len(w) > 1)


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """Return the hash permutations once (drawing them costs more than hashing an article)."""
    return np.asarray(MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32").permutations)


def keys(p: Profile) -> list[int]:
    """Return the article's MinHash keys: position × minimum hash of its content bigrams."""
    if not p.bigrams:
        return []
    sketch = MinHash(num_perm=NUM_PERM, seed=7, permutations=_permutations(),
                     scheme="affine32")
    sketch.update_batch([b.encode() for b in sorted(p.bigrams)])
    return [i << 32 | int(v) for i, v in enumerate(sketch.hashvalues)]


def compare(a: Profile, b: Profile) -> Link | None:
    """Return the copy or rewrite link between two articles, or None if they are apart."""
    first, second = sorted((a.id, b.id))
    if a.content_hash == b.content_hash:
        return Link(first, second, "copy", 1.0)
    copied = _containment(a.shingles, b.shingles)
    if copied >= COPY_CONTAINMENT:
        return Link(first, second, "copy", round(copied, 4))
    if _days_apart(a.published, b.published) > REWRITE_DAYS:
        return None
    shared = len(a.bigrams & b.bigrams)
    if shared < REWRITE_MIN_BIGRAMS:
        return None
    bigrams = shared / min(len(a.bigrams), len(b.bigrams))
    cosine = _cosine(a, b)
    if bigrams < REWRITE_BIGRAMS or cosine < REWRITE_COSINE:
        return None
    if a.outlet != b.outlet and _own_quotes(a, b) and _own_quotes(b, a):
        return None  # each did its own reporting
    if len(a.actors) >= 3 and len(b.actors) >= 3 and (
            len(a.actors & b.actors) / len(a.actors | b.actors) < 0.2):
        return None  # about other people
    return Link(first, second, "rewrite", round((bigrams + cosine) / 2, 4))


def _containment(x: frozenset[str], y: frozenset[str]) -> float:
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _cosine(a: Profile, b: Profile) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a.weights) <= len(b.weights) else (b, a)
    dot = sum(v * large.weights.get(w, 0.0) for w, v in small.weights.items())
    return dot / (a.norm * b.norm)


def _days_apart(x: str | None, y: str | None) -> int:
    """Return the days between two YYYY-MM-DD dates, 0 when either is unknown or coarser."""
    if not x or not y or len(x) != 10 or len(y) != 10:
        return 0
    try:
        return abs((date.fromisoformat(x) - date.fromisoformat(y)).days)
    except ValueError:
        return 0


def _own_quotes(a: Profile, b: Profile) -> bool:
    """Say whether *a* holds a direct quote that *b* does not carry."""
    vocab = b.weights.keys()
    return any(len(q & vocab) / len(q) < OWN_QUOTE_OVERLAP for q in a.quotes)


def order_key(article_id: str, published: str | None) -> tuple[bool, str, str]:
    """Sort articles oldest first (undated last), then by id: the first of a story is its
    original."""
    return (published is None, published or "", article_id)


def assign(members: dict[str, str | None], links: Iterable[Link]
           ) -> dict[str, tuple[str, str | None]]:
    """Return (story_id, copy_of) for each article of one connected story.

    *members* maps article id → publication date. The story's id is its original's (the
    oldest, undated last, then lowest id); each other article copies or rewrites its closest
    linked article that comes before it in that order (None if every link points later).
    """
    order = sorted(members, key=lambda i: order_key(i, members[i]))
    rank = {article_id: n for n, article_id in enumerate(order)}
    best: dict[str, tuple[float, int, str]] = {}
    for link in links:
        if link.a not in rank or link.b not in rank:
            continue
        early, late = sorted((link.a, link.b), key=rank.__getitem__)
        candidate = (link.score, -rank[early], early)
        if late not in best or candidate > best[late]:
            best[late] = candidate
    story = order[0]
    return {i: (story, best[i][2] if i in best else None) for i in order}
