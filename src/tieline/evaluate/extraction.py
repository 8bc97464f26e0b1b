"""Main-text extraction scored the way the article-extraction-benchmark scores it.

Text is split into word tokens; precision and recall are the overlap of 4-gram token shingles
(as multisets) between the extracted and gold text, computed per page and averaged over pages;
F1 is taken from the averaged precision and recall.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..annotate.extract import extract
from ..errors import InputError
from ..models import RawDocument, SourceMeta

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of *n*-token shingles of *text* (short texts: one shingle)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def shingle_scores(gold: str, predicted: str) -> tuple[float, float]:
    """Return (precision, recall) of *predicted* against *gold*."""
    g, p = shingles(gold), shingles(predicted)
    overlap = sum((g & p).values())
    precision = overlap / sum(p.values()) if p else (1.0 if not g else 0.0)
    recall = overlap / sum(g.values()) if g else 1.0
    return precision, recall


@dataclass
class ExtractionScores:
    pages: int = 0
    precision: float = 0.0
    recall: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"pages": self.pages, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "failures": self.failures}

    def summary(self) -> str:
        return (f"{self.pages} pages: precision {self.precision:.3f}, recall {self.recall:.3f}, "
                f"F1 {self.f1:.3f} ({len(self.failures)} pages with no text extracted)")


def extracted_text(html: bytes, url: str | None) -> str:
    """Return the text tieline stores for an HTML page (title excluded), or "" if none."""
    from ..ingest.readers import _html_document

    doc: RawDocument = _html_document("page", html, SourceMeta(url=url), SourceMeta())
    try:
        return extract(doc).text
    except InputError:
        return ""


def evaluate_extraction(folder: Path, limit: int | None = None) -> ExtractionScores:
    """Score extraction over the benchmark in *folder* (html/*.html.gz + ground-truth.json)."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    scores = ExtractionScores()
    ps: list[float] = []
    rs: list[float] = []
    for key in sorted(truth)[:limit]:
        page = folder / "html" / f"{key}.html.gz"
        html = gzip.decompress(page.read_bytes())
        text = extracted_text(html, truth[key].get("url"))
        if not text:
            scores.failures.append(key)
        p, r = shingle_scores(truth[key].get("articleBody") or "", text)
        ps.append(p)
        rs.append(r)
    scores.pages = len(ps)
    scores.precision = sum(ps) / len(ps) if ps else 0.0
    scores.recall = sum(rs) / len(rs) if rs else 0.0
    return scores
