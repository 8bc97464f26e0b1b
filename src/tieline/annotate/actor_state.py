"""What the actor stage's parts share: one article's reading state and its entity index.

:class:`_DocState` is what an article has established so far, in reading order (its
mentions, learned people, titles held, surnames, source links); :func:`_entity` finds the
entity span a token is in through the index the annotator builds once per parsed article
(``Doc.user_data[_ENTS]``); :func:`_fold` is the accent- and case-free form names are matched
in. ``RULER_LABEL`` is the entity label of the knowledge base's gazetteer.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..models import Actor, Article, Citation, Mention
from .surnames import Page

RULER_LABEL = "TL_KB"

_ENTS = "tieline.ents"  # a parsed article's Doc.user_data key: token index → its entity span

_FORM_RANK = {"name": 0, "metonym": 1, "capital": 2, "demonym": 3}


@dataclass
class _DocState:
    """What one article has established so far, in reading order."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    learned: dict[str, Actor] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  # person ids in order of mention
    titled: dict[tuple[str | None, str], str] = field(default_factory=dict)  # (country, role)
    surnames: dict[str, str] = field(default_factory=dict)
    links: list[Citation] = field(default_factory=list)
    outlet_spans: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)  # (Span.sent scans the doc)
    sentence_ends: list[int] = field(default_factory=list)
    sent: Any = None  # the sentence being read, and its entities
    sent_ents: list[Any] = field(default_factory=list)
    page: Page | None = None  # the whole page, which tells whether a surname alone is known


@lru_cache(maxsize=65536)  # (every title-case word of an article is folded: names repeat)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _entity(token: Any) -> Any:
    """The entity span *token* is in: indexed once per article, on its own Doc (Doc.ents
    rebuilds every span on each access), so the annotator itself keeps no per-article state."""
    return token.doc.user_data[_ENTS][token.i]


def _first_conjunct(token: Any) -> Any:
    """In "US and British forces", "British" modifies "forces" through "US"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
