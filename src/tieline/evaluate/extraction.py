"""Main-text extraction scored the way the article-extraction-benchmark scores it.

The benchmark (scrapinghub/article-extraction-benchmark, ``evaluate.py``) compares texts as
multisets of 4-token shingles:

* tokens are the ``\\w+`` runs of the text, case kept (no lower-casing);
* a text of fewer than four tokens is one shingle of all its tokens; a text without tokens has
  none;
* per page, true positives are the shingles both texts share (with multiplicity), false
  positives the extra predicted ones, false negatives the missed gold ones;
* precision is averaged over the pages where something was predicted (an empty prediction
  lowers recall, not precision), recall over the pages whose gold text has shingles;
* F1 is computed from the two averages, not averaged per page.

It also reports "accuracy": the share of pages whose token sequence equals the gold one.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from ..annotate.extract import extract
from ..errors import InputError
from ..models import InputMeta, RawDocument

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    """Return the word tokens of *text* as the benchmark splits them (case kept)."""
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of *n*-token shingles of *text* (a shorter text is one shingle)."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True)
class PageMatch:
    """Shingle counts of one page: shared (tp), only predicted (fp), only gold (fn)."""

    tp: int
    fp: int
    fn: int
    exact: bool = False  # the token sequences are equal

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp); None when nothing was predicted (the page is left out)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn); None when the gold text is empty (the page is left out)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def match(gold: str | None, predicted: str | None, n: int = 4) -> PageMatch:
    """Compare *predicted* with *gold* text of one page."""
    g, p = shingles(gold, n), shingles(predicted, n)
    tp = sum((g & p).values())
    return PageMatch(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp,
                     exact=tokens(gold) == tokens(predicted))


def shingle_scores(gold: str | None, predicted: str | None) -> tuple[float | None, float | None]:
    """Return (precision, recall) of *predicted* against *gold*; None where undefined."""
    m = match(gold, predicted)
    return m.precision, m.recall


@dataclass
class ExtractionScores:
    """Scores over a set of pages, aggregated as the benchmark does."""

    pages: int = 0
    precision: float = 0.0
    recall: float = 0.0
    accuracy: float = 0.0
    failures: list[str] = field(default_factory=list)  # pages with no text extracted

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @classmethod
    def from_matches(cls, matches: Iterable[tuple[str, PageMatch]]) -> ExtractionScores:
        """Aggregate per-page matches: mean precision and recall over the pages defining them."""
        found = list(matches)
        ps = [m.precision for _, m in found if m.precision is not None]
        rs = [m.recall for _, m in found if m.recall is not None]
        return cls(pages=len(found), precision=fmean(ps) if ps else 0.0,
                   recall=fmean(rs) if rs else 0.0,
                   accuracy=fmean(m.exact for _, m in found) if found else 0.0,
                   failures=[key for key, m in found if m.tp + m.fp == 0])

    def to_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "accuracy": round(self.accuracy, 4), "failures": self.failures}

    def summary(self) -> str:
        return (f"{self.pages} pages: precision {self.precision:.3f}, recall {self.recall:.3f}, "
                f"F1 {self.f1:.3f}, exact {self.accuracy:.3f} "
                f"({len(self.failures)} pages with no text extracted)")


def extracted_text(html: bytes, url: str | None) -> str:
    """Return the text tieline stores for an HTML page (title excluded), or "" if none."""
    from ..ingest.readers import _html_document

    doc: RawDocument = _html_document("page", html, InputMeta(url=url), InputMeta())
    try:
        return extract(doc).text
    except InputError:
        return ""


def _score_pages(pages: list[tuple[str, str, str | None, str]]) -> list[tuple[str, PageMatch]]:
    """Worker task: (key, path, url, gold) → (key, match)."""
    out = []
    for key, path, url, gold in pages:
        html = gzip.decompress(Path(path).read_bytes())
        out.append((key, match(gold, extracted_text(html, url))))
    return out


def evaluate_extraction(folder: Path, limit: int | None = None,
                        jobs: int = 1) -> ExtractionScores:
    """Score extraction over the benchmark in *folder* (html/*.html.gz + ground-truth.json)."""
    from ..run import map_ordered

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(key, str(folder / "html" / f"{key}.html.gz"), truth[key].get("url"),
              truth[key].get("articleBody") or "") for key in sorted(truth)[:limit]]
    return ExtractionScores.from_matches(map_ordered(_score_pages, pages, jobs=jobs, chunk=8))
