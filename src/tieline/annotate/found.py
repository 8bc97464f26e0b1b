"""The coder's working records: an event being assembled, a sentence's pair, the article.

:class:`_Found` is one trigger's event while :class:`tieline.annotate.events.EventCoder`
reads its sides, polarity, status and date; :class:`_Context` is what the coder knows of the
article it reads (its parse, mentions, dates, quotes, reference time). The helpers of the
modules beside this one take them as they are; they are private to the event coder.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from ..models import ActorRef, Article, Mention
from .lexicon import Entry


@dataclass
class _Found:
    """An event being assembled from one trigger."""

    entry: Entry
    trigger: Any  # head token
    tokens: list[Any]  # the pattern's tokens
    clause: Any  # the verb whose clause holds it
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    negated: bool = False  # polarity: the act failed or is no longer done
    agentless: bool = False  # no doer written at all: "were detained", "the detention of X"
    #: the doer of a noun read only from its modifier ("Chinese investments"), which names
    #: whose the thing is more often than who acts, or from the subject of a verb that does
    #: not carry it as its act ("reiterated the threat posed by Russia")
    loose_doer: bool = False
    mutual: bool = False  # the sides do it to each other: "the two sides agreed to withdraw"


@dataclass(frozen=True)
class _Pair:
    """The two sides of a sentence, and where it ends."""

    a: ActorRef
    b: ActorRef
    end: int


@dataclass
class _Context:
    article: Article
    doc: Any
    token_mention: dict[int, Mention]
    mentions: list[Mention]
    mention_starts: list[int]
    subjects: set[int]  # start offsets of mentions that are grammatical subjects
    ents: list[Any]  # doc.ents once: Span.ents rebuilds all of the doc's on every access
    ent_starts: list[int]
    expressions: list[tuple[int, int]] | None = None  # the article's temporal expressions
    # the paragraph's reference time, where it ends, and the direct quote it was told in
    reference: tuple[str, int, tuple[int, int] | None] | None = None
    learned: dict[str, Any] = field(default_factory=dict)  # the article's learned actors
    agentless: set[str] = field(default_factory=set)  # its events whose doer no word states
    background: set[str] = field(default_factory=set)  # a sentence's dates of a past perfect
    quotes: list[tuple[int, int]] | None = None  # the article's direct quotes, when read
    heads: dict[str, list[int]] | None = None  # per layer, the words a lexicon entry may head
    previous: tuple[int, list[ActorRef]] | None = None  # the sentence before: its end, doers
    previous_start: int = 0  # and where it starts (round 17: the words of its acts)
    loose: set[str] = field(default_factory=set)  # its events of a loosely read doer
    # the visitor and host of the last visit told, when the last sentence that told acts
    # told one ("visit again" repeats it)
    last_visit: tuple[ActorRef, ActorRef | None] | None = None


def _sent_ents(sent: Any, ctx: _Context) -> list[Any]:
    """Return ``sent.ents`` (as spaCy's Span.ents selects them) from the doc's list."""
    out = []
    for ent in ctx.ents[bisect_left(ctx.ent_starts, sent.start):]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out
