"""Event coding accuracy on PLOVER-coded sentences, and CAMEO agreement through the crosswalk.

``plover_gsr_dev.jsonl`` gives one event per sentence: a PLOVER type, source actors
(``actor``) and targets (``recipient``) with codes. Each sentence is coded by tieline alone
(actors, then events; no article date, so no dates); scores:

* type accuracy: the sentence's gold type is among the types tieline coded for it (PLOVER's
  own convention applied: an announced cooperative act is AGREE, an announced conflictual one
  THREATEN, see :func:`tieline.annotate.events.plover_type`);
* first-event type accuracy: the first event tieline coded has the gold type;
* source and target accuracy: for sentences whose type was found, the event of that type has
  the gold source (and target) country code; a gold side with two actors ("Jordan and Britain
  agreed") is right when tieline's side is either of them; sentences without a gold target
  are not counted for targets.

``petr2_gsr_validation.jsonl`` (PETRARCH-2's validation sentences) gives CAMEO codes; the
crosswalk ``CAMEO2PLOVER-2021.txt`` maps them to PLOVER types. CAMEO 01 (public statements)
has no PLOVER type and counts as "no event"; 02 (appeals) is REQUEST. Agreement is the share
of gold events whose PLOVER type tieline coded in the sentence; with actors, also its source
and target country; and the sentences PETRARCH codes no event for give a false-event rate.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..annotate.events import plover_type
from ..annotate.extract import article_id, content_hash
from ..annotate.pipeline import SENTENCE_STAGES, Pipeline, pipeline_for
from ..config import Settings
from ..errors import UsageError
from ..kb import KnowledgeBase
from ..models import ActorRef, Article, Report
from .actors import LEGACY

CROSSWALK = "CAMEO2PLOVER-2021.txt"


@dataclass
class EventScores:
    suite: str
    sentences: int = 0
    with_events: int = 0
    type_hits: int = 0
    first_type_hits: int = 0
    source_total: int = 0
    source_hits: int = 0
    target_total: int = 0
    target_hits: int = 0
    full_hits: int = 0  # type, source and target all right (PETRARCH)
    gold_events: int = 0
    no_event_sentences: int = 0
    false_event_sentences: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def _share(self, hits: int, total: int) -> float:
        return round(hits / total, 4) if total else 0.0

    @property
    def type_accuracy(self) -> float:
        return self._share(self.type_hits, self.gold_events)

    @property
    def first_type_accuracy(self) -> float:
        return self._share(self.first_type_hits, self.gold_events)

    @property
    def source_accuracy(self) -> float:
        return self._share(self.source_hits, self.source_total)

    @property
    def target_accuracy(self) -> float:
        return self._share(self.target_hits, self.target_total)

    @property
    def full_accuracy(self) -> float:
        return self._share(self.full_hits, self.gold_events)

    @property
    def false_event_rate(self) -> float:
        return self._share(self.false_event_sentences, self.no_event_sentences)

    def to_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite, "sentences": self.sentences, "gold_events": self.gold_events,
            "sentences_with_events": self.with_events,
            "type_accuracy": self.type_accuracy,
            "first_type_accuracy": self.first_type_accuracy,
            "source_accuracy": self.source_accuracy, "source_scored": self.source_total,
            "target_accuracy": self.target_accuracy, "target_scored": self.target_total,
            "type_source_target_accuracy": self.full_accuracy,
            "no_event_sentences": self.no_event_sentences,
            "false_event_rate": self.false_event_rate,
            "confusion": [{"gold": g, "got": p, "n": n}
                          for (g, p), n in self.confusion.most_common()],
            "errors": self.errors,
        }

    def summary(self) -> str:
        lines = [f"{self.suite}: {self.sentences} sentences, {self.gold_events} gold events, "
                 f"{self.with_events} sentences with events coded",
                 f"  type accuracy            {self.type_accuracy:.3f} (any coded event), "
                 f"{self.first_type_accuracy:.3f} (first event)",
                 f"  source accuracy          {self.source_accuracy:.3f} "
                 f"({self.source_hits}/{self.source_total} where the type was found)",
                 f"  target accuracy          {self.target_accuracy:.3f} "
                 f"({self.target_hits}/{self.target_total})"]
        if self.suite == "petrarch":
            lines.append(f"  type+source+target       {self.full_accuracy:.3f}")
            lines.append(f"  events on no-event sentences {self.false_event_rate:.3f} "
                         f"({self.false_event_sentences}/{self.no_event_sentences})")
        return "\n".join(lines)


def code_sentence(pipeline: Pipeline, text: str, published: str | None = None) -> list[Report]:
    """Code one sentence as an article of its own (*pipeline*: of SENTENCE_STAGES)."""
    art = Article(id=article_id(text, None), origin="eval", text=text,
                  content_hash=content_hash(text), published=published)
    return list(pipeline.annotate_one(art).events)


def ref_code(ref: ActorRef | None, kb: KnowledgeBase) -> str | None:
    """The gold standard's kind of code for an event's actor: its country, else IGO/NGO/IMG."""
    if ref is None:
        return None
    if ref.country:
        return ref.country
    actor = kb.get(ref.id or "")
    if actor is not None and actor.kind == "group":
        return "IMG"
    if ref.sector in ("IGO", "NGO"):
        return ref.sector
    if actor is not None and actor.kind == "organization":
        return "IGO"
    if actor is not None and actor.kind == "person" and actor.organization:
        return "IGO"
    return None


def _gold_codes(side: list[dict[str, Any]]) -> set[str]:
    return {LEGACY.get(a["code"], a["code"]) for a in side if a.get("code")}


def _pick(events: list[Report], gold_type: str) -> Report | None:
    return next((e for e in events if plover_type(e) == gold_type), None)


def evaluate_plover(path: Path, pipeline: Pipeline) -> EventScores:
    """Score event types and actors over PLOVER-coded sentences (JSON Lines)."""
    scores = EventScores("plover")
    for rec in _records(path):
        text = rec["text"].strip("{}")
        gold = rec.get("event_plover_2024") or rec.get("event_plover_v05")
        if not gold:
            continue
        scores.sentences += 1
        scores.gold_events += 1
        events = code_sentence(pipeline, text)
        types = [plover_type(e) for e in events]
        scores.with_events += bool(events)
        scores.confusion[(gold, types[0] if types else "-")] += 1
        if gold in types:
            scores.type_hits += 1
        if types and types[0] == gold:
            scores.first_type_hits += 1
        chosen = _pick(events, gold)
        if chosen is None:
            scores.errors.append({"id": rec["id"], "gold": gold, "got": types,
                                  "text": text})
            continue
        sources, targets = _gold_codes(rec.get("actor", [])), _gold_codes(rec.get("recipient",
                                                                               []))
        compound = not targets and len(sources) >= 2  # "(SRC/TAR: A) and (SRC/TAR: B)"
        got_s, got_t = ref_code(chosen.source, pipeline.kb), ref_code(chosen.target, pipeline.kb)
        if sources:
            scores.source_total += 1
            scores.source_hits += got_s in sources
        if targets or compound:
            scores.target_total += 1
            scores.target_hits += got_t in (targets or sources)
        if sources and got_s not in sources or targets and got_t not in targets:
            scores.errors.append({"id": rec["id"], "gold": gold, "source": sorted(sources),
                                  "target": sorted(targets), "got_source": got_s,
                                  "got_target": got_t, "text": text})
    return scores


def load_crosswalk(path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type, from the crosswalk file."""
    out: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"crosswalk {path}: {exc.strerror or exc}") from None
    for line in lines:
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    out.setdefault("02", "REQUEST")  # appeals: PLOVER folds them into REQUEST
    return out


def cameo_to_plover(code: str, crosswalk: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code (None for 01 public statements)."""
    if code.startswith("01"):
        return None
    for size in (len(code), 3, 2):
        if code[:size] in crosswalk:
            return crosswalk[code[:size]]
    return None


def _country(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    if code.startswith("IGO"):
        return "IGO"
    return LEGACY.get(code[:3], code[:3])


def evaluate_petrarch(path: Path, crosswalk: dict[str, str],
                      pipeline: Pipeline) -> EventScores:
    """CAMEO agreement on PETRARCH's validation sentences, through the PLOVER crosswalk."""
    scores = EventScores("petrarch")
    for rec in _records(path):
        text = rec["text"]
        published = _iso(rec.get("date"))
        scores.sentences += 1
        events = code_sentence(pipeline, text, published)
        scores.with_events += bool(events)
        gold = [(g, cameo_to_plover(str(g.get("cameo") or ""), crosswalk))
                for g in rec.get("events", []) if g.get("cameo")]
        coded = [(g, t) for g, t in gold if t is not None]
        if not coded:
            scores.no_event_sentences += 1
            scores.false_event_sentences += bool(events)
            continue
        types = [plover_type(e) for e in events]
        for g, gtype in coded:
            scores.gold_events += 1
            scores.confusion[(gtype, types[0] if types else "-")] += 1
            candidates = [e for e in events if plover_type(e) == gtype]
            if types and types[0] == gtype:
                scores.first_type_hits += 1
            if not candidates:
                scores.errors.append({"id": rec["id"], "gold": gtype, "cameo": g["cameo"],
                                      "got": types, "text": text})
                continue
            scores.type_hits += 1
            src, tgt = _country(g.get("source")), _country(g.get("target"))
            best = max(candidates, key=lambda e: (ref_code(e.source, pipeline.kb) == src) +
                       (ref_code(e.target, pipeline.kb) == tgt))
            got_s, got_t = ref_code(best.source, pipeline.kb), ref_code(best.target, pipeline.kb)
            if src:
                scores.source_total += 1
                scores.source_hits += got_s == src
            if tgt:
                scores.target_total += 1
                scores.target_hits += got_t == tgt
            if (not src or got_s == src) and (not tgt or got_t == tgt):
                scores.full_hits += 1
    return scores


def _iso(raw: Any) -> str | None:
    text = str(raw or "")
    return f"{text[:4]}-{text[4:6]}-{text[6:8]}" if re.fullmatch(r"\d{8}", text) else None


def _records(path: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"{path}: {exc.strerror or exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return out


def evaluate_events(data: Path, settings: Settings) -> list[EventScores]:
    """Score *data*: a PLOVER file, a PETRARCH validation file (the crosswalk is looked for
    beside it and in ../plover_gsr/), or a folder holding either or both (the shared data);
    each sentence is coded by the pipeline of *settings*, alone (SENTENCE_STAGES)."""
    pipeline = pipeline_for(settings, SENTENCE_STAGES)
    if data.is_dir():
        found: list[EventScores] = []
        plover = sorted(data.rglob("plover_gsr_dev.jsonl"))
        petr = sorted(data.rglob("petr2_gsr_validation.jsonl"))
        for p in plover:
            found.append(evaluate_plover(p, pipeline))
        for p in petr:
            found.append(evaluate_petrarch(p, load_crosswalk(_crosswalk_for(p)), pipeline))
        if not found:
            raise UsageError(f"{data}: no plover_gsr_dev.jsonl or petr2_gsr_validation.jsonl "
                             "inside")
        return found
    first = next(iter(_records(data)), {})
    if "event_plover_2024" in first or "event_plover_v05" in first:
        return [evaluate_plover(data, pipeline)]
    if "events" in first:
        return [evaluate_petrarch(data, load_crosswalk(_crosswalk_for(data)), pipeline)]
    raise UsageError(f"{data}: neither PLOVER-coded sentences nor PETRARCH records")


def _crosswalk_for(path: Path) -> Path:
    for candidate in (path.parent / CROSSWALK, path.parent.parent / "plover_gsr" / CROSSWALK):
        if candidate.is_file():
            return candidate
    raise UsageError(f"no {CROSSWALK} beside {path} or in ../plover_gsr/: the CAMEO→PLOVER "
                     "crosswalk is needed to score CAMEO codes")
