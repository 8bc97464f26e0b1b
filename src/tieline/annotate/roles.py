"""Titles and agent nouns: who a word says a person or a body is (kb/data/roles.yaml).

A :class:`Title` ("foreign minister": GOV, "opposition leader") names an office and its
sector; an agent noun ("troops": MIL, "police": COP) a state's body. The actor stage reads
them to give a name its role, and the side-finding and event modules to tell a noun of
people from a thing (:func:`load_roles`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import yaml


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    role: str
    sector: str
    leader: bool = False
    with_name: bool = False  # a title only before or beside a name ("billionaire X")


def load_roles() -> tuple[list[Title], dict[str, str]]:
    """Read the titles and agent nouns (kb/data/roles.yaml): "foreign minister" (GOV),
    "troops" (MIL)."""
    path = resources.files("tieline.kb") / "data" / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    titles = [Title(tuple(w.split()), e["role"], e["sector"], bool(e.get("leader")),
                    bool(e.get("with_name"))) for e in data["titles"] for w in e["words"]]
    agents = {w: e["sector"] for e in data["agents"] for w in e["words"]}
    return titles, agents
