"""Actor accuracy on PLOVER-coded sentences: is each gold actor's country code ours?

For every gold actor and recipient of ``plover_gsr_dev.jsonl`` (text span + code), the
mention tieline finds over that span gives a code: the country (ISO alpha-3) of the actor, or
``IGO`` / ``NGO`` / ``IMG`` for international organisations, NGOs and transnational armed
groups, as the gold standard writes them. Legacy CAMEO country codes in the gold (JAP, ITL,
VTN) are read as their ISO codes. A gold actor with no mention over it counts as wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..annotate.extract import article_id, content_hash
from ..annotate.pipeline import ACTOR_STAGES, Pipeline, pipeline_for
from ..config import Settings
from ..models import Actor, Article, Mention

LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UKG": "GBR"}


@dataclass
class ActorScores:
    actors: int = 0
    correct: int = 0
    found: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.actors if self.actors else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"actors": self.actors, "correct": self.correct, "found": self.found,
                "accuracy": round(self.accuracy, 4), "errors": self.errors}

    def summary(self) -> str:
        return (f"{self.actors} gold actors: country code accuracy {self.accuracy:.3f} "
                f"({self.correct} right, {self.found} with a mention over them)")


def mention_code(mention: Mention, actor: Actor | None) -> str | None:
    """Return the gold standard's kind of code for a mention."""
    if actor is not None and actor.kind == "person" and actor.roles:
        last = actor.roles[-1]
        if last.organization:
            return "IGO"
    if mention.country:
        return mention.country
    if actor is None:
        return None
    if actor.sector in ("IGO", "NGO"):
        return str(actor.sector)
    if actor.kind == "group":
        return "IMG"
    return None


def _overlap(m: Mention, start: int, end: int) -> int:
    return max(0, min(m.end, end) - max(m.start, start))


def score_record(pipeline: Pipeline, record: dict[str, Any], scores: ActorScores) -> None:
    text = record["text"].strip("{}")
    art = pipeline.annotate_one(Article(id=article_id(text, None), origin=record["id"],
                                        text=text, content_hash=content_hash(text)))
    learned = {a.id: a for a in art.learned}
    for gold in record.get("actor", []) + record.get("recipient", []):
        scores.actors += 1
        want = LEGACY.get(gold["code"], gold["code"])
        start = text.find(gold["text"])
        end = start + len(gold["text"])
        candidates = [m for m in art.mentions if start >= 0 and _overlap(m, start, end)]
        if not candidates:
            scores.errors.append({"id": record["id"], "text": gold["text"], "gold": want,
                                  "got": None})
            continue
        scores.found += 1
        best = max(candidates, key=lambda m: (_overlap(m, start, end), m.end - m.start))
        actor = pipeline.kb.get(best.actor_id or "") or learned.get(best.actor_id or "")
        got = mention_code(best, actor)
        if got == want:
            scores.correct += 1
        else:
            scores.errors.append({"id": record["id"], "text": gold["text"], "gold": want,
                                  "got": got, "mention": best.text})


def evaluate_actors(path: Path, settings: Settings) -> ActorScores:
    """Score actor country codes over the PLOVER-coded sentences in *path* (JSON Lines), each
    annotated alone by the pipeline of *settings* (ACTOR_STAGES)."""
    pipeline = pipeline_for(settings, ACTOR_STAGES)
    scores = ActorScores()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            score_record(pipeline, json.loads(line), scores)
    return scores
