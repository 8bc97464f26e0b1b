"""The event lexicon: which words express which PLOVER event (kb/data/events.yaml + a user's).

Patterns are read once into an index by head lemma and part of speech, longest first, so the
coder looks up each word of a sentence once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import UsageError

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
#: Types whose acts are cooperative (the rest are conflictual); used for PLOVER's rule that an
#: announced cooperative act is AGREE and an announced conflictual one THREATEN.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entry:
    """One lexicon entry, one of its patterns."""

    id: str
    type: str
    pos: str  # "verb" or "noun"
    lemmas: tuple[str, ...]  # the pattern's words; lemmas[head] is the head word
    head: int
    mode: str | None
    context: tuple[str, ...]
    intensity: float
    target: frozenset[str]
    source: frozenset[str]
    symmetric: bool
    intent: bool
    target_kind: frozenset[str] = frozenset()  # when set, a target must be of these kinds
    object_is_target: bool = True

    @property
    def head_lemma(self) -> str:
        return self.lemmas[self.head]

    @property
    def others(self) -> tuple[str, ...]:
        return self.lemmas[:self.head] + self.lemmas[self.head + 1:]


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    type_intensity: dict[str, float]
    index: dict[tuple[str, str], tuple[Entry, ...]]  # (pos, head lemma) → longest first

    def lookup(self, pos: str, lemma: str) -> tuple[Entry, ...]:
        return self.index.get((pos, lemma), ())


def _read(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise UsageError(f"{origin}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{origin}: expected a mapping with 'events' (and 'types')")
    return data


def _entries(raw: dict[str, Any], types: dict[str, float], origin: str) -> list[Entry]:
    eid = raw.get("id")
    etype = str(raw.get("type", "")).upper()
    if not eid or etype not in PLOVER_TYPES:
        raise UsageError(f"{origin}: entry {raw!r} needs an id and a PLOVER type "
                         f"({', '.join(PLOVER_TYPES)})")
    out: list[Entry] = []
    for pos in ("verb", "noun"):
        for pattern in raw.get(pos + "s") or []:
            lemmas = tuple(str(pattern).lower().split())
            if not lemmas:
                continue
            if pos == "verb":
                head = 1 if lemmas[0] == "be" and len(lemmas) > 1 else 0
            else:
                head = len(lemmas) - 1  # English noun phrases end with their head
            out.append(Entry(
                id=str(eid), type=etype, pos=pos, lemmas=lemmas, head=head,
                mode=raw.get("mode"), context=tuple(raw.get("context") or ()),
                intensity=float(raw.get("intensity", types.get(etype, 0.0))),
                target=frozenset(raw.get("target") or ()),
                source=frozenset(raw.get("source") or ()),
                symmetric=bool(raw.get("symmetric")), intent=bool(raw.get("intent")),
                target_kind=frozenset(raw.get("target_kind") or ()),
                object_is_target=bool(raw.get("object_is_target", True))))
    return out


@lru_cache(maxsize=4)
def load_lexicon(user_file: str | None = None) -> Lexicon:
    """Return the built-in lexicon, with a user's file's entries added or replacing by id."""
    path = resources.files("tieline.kb") / "data" / "events.yaml"
    base = _read(path.read_text(encoding="utf-8"), "events.yaml")
    types = {k.upper(): float(v) for k, v in (base.get("types") or {}).items()}
    raws: dict[str, dict[str, Any]] = {str(e["id"]): e for e in base.get("events") or []}
    if user_file:
        p = Path(user_file)
        try:
            user = _read(p.read_text(encoding="utf-8"), str(p))
        except OSError as exc:
            raise UsageError(f"events file {p}: {exc.strerror or exc}") from None
        types.update({k.upper(): float(v) for k, v in (user.get("types") or {}).items()})
        for e in user.get("events") or []:
            if not isinstance(e, dict) or "id" not in e:
                raise UsageError(f"{p}: every event entry needs an id: {e!r}")
            if e.get("disabled"):
                raws.pop(str(e["id"]), None)
            else:
                raws[str(e["id"])] = e
    entries = [x for raw in raws.values() for x in _entries(raw, types, "events")]
    index: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        index[(entry.pos, entry.head_lemma)].append(entry)
    return Lexicon(tuple(entries), types,
                   {k: tuple(sorted(v, key=lambda e: -len(e.lemmas))) for k, v in index.items()})
