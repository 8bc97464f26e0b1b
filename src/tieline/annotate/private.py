"""Acts between private persons are no relation between actors (issue 22, persons round 1).

tieline records relations between countries, leaders and organisations (PLOVER's and CAMEO's
actors are states, their sectors, and named people and bodies acting for them). A person the
knowledge base does not know, whom the text gives no state, no organisation and no role
("Derek Edwards sued Mary Smith", "Grandfather met Harris"), is a private person: an event
both of whose sides are such people is a private matter (a quarrel, a lawsuit, a family visit),
not a relation between actors. It is not coded, and the article says so in a warning
(:func:`said`), which an ingest's summary counts (:func:`summary_line`), as it counts pages in
other languages: what tieline read and did not code is stated, never silently dropped.

A person with a state or a role the text gives them ("Georgian citizen X", "Foreign Secretary
X": a learned person, annotate/actors.py) is no private person here, nor is an unnamed group
("protesters", "residents": a sector), nor an organisation the KB lacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from ..models import ActorRef, Article, Report
from .roles import load_roles

#: The words every such warning holds, by which an ingest counts them.
NOT_CODED = "between private persons, not coded"


@cache
def _titles() -> tuple[frozenset[tuple[str, ...]], int]:
    index = frozenset(t.words for t in load_roles()[0])
    return index, max(len(w) for w in index)


def _ends_in_title(words: Sequence[str]) -> bool:
    index, longest = _titles()
    return any(tuple(words[-n:]) in index for n in range(1, min(longest, len(words)) + 1))


def titled(name: str, sent: Any) -> bool:
    """Say whether the sentence *sent* (a spaCy span) gives the person written *name* a title
    (``kb/data/roles.yaml``), before the name ("lawyer Derek Edwards", "Foreign Secretary
    X") or in apposition ("Derek Edwards, a lawyer,"): a role, though no state is written."""
    at = sent.text.find(name)
    if at < 0:
        return False
    start, end = sent.start_char + at, sent.start_char + at + len(name)
    tokens = [t for t in sent if start <= t.idx < end]
    if not tokens:
        return False
    before = [t.lower_ for t in sent if tokens[0].i - 4 <= t.i < tokens[0].i]
    own = [t.lower_ for t in tokens]
    if _ends_in_title(before) or any(_ends_in_title(own[:k]) for k in range(1, len(own))):
        return True
    inside = {t.i for t in tokens}
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and _ends_in_title(
        [x.lower_ for x in sent if c.left_edge.i <= x.i <= c.i])
        for t in tokens for c in t.children if c.i not in inside)


def private(ref: ActorRef | None, sent: Any = None) -> bool:
    """Say whether *ref* is a person the KB does not know, with no state, organisation or role
    (a title its sentence *sent* gives them, when given)."""
    return ref is not None and ref.kind == "person" and ref.id is None and \
        ref.country is None and ref.sector is None and \
        (sent is None or not titled(ref.name, sent))


def between_private(e: Report, sent: Any = None) -> bool:
    """Say whether *e*'s two sides are both private persons (see the module's docstring);
    *sent*: the sentence it was coded in, which may give them a title."""
    return private(e.source, sent) and private(e.target, sent)


def split(events: Iterable[Report], sents: dict[int, Any]) -> tuple[list[Report], list[Report]]:
    """Return *events* without those between private persons, and those. *sents*: the
    sentences that coded them, by where they start."""
    kept: list[Report] = []
    dropped: list[Report] = []
    for e in events:
        sent = sents.get(e.evidence[0].start) if e.evidence else None
        (dropped if between_private(e, sent) else kept).append(e)
    return kept, dropped


def said(article: Article, dropped: Sequence[Report]) -> str:
    """The article's warning for the events *dropped* (at least one): how many, and between
    whom, so a reader can check them."""
    pairs = sorted({f"{e.source.name} – {e.target.name}" for e in dropped
                    if e.source is not None and e.target is not None})
    n = len(dropped)
    return (f"{article.origin}: {n} event{'s' if n != 1 else ''} {NOT_CODED} "
            f"(no state, organisation or role: {'; '.join(pairs)})")


def summary_line(events: int, articles: int) -> str:
    """Say, once for a run, how many events were left uncoded as private, in how many articles."""
    return (f"{events} event{'s' if events != 1 else ''} in {articles} "
            f"article{'s' if articles != 1 else ''} {NOT_CODED} (both sides persons the "
            "knowledge base does not know, with no state, organisation or role; each "
            "article's warnings name them)")


def count(warning: str) -> int:
    """The number of events an article's *warning* says were not coded as private (0: another
    warning)."""
    if NOT_CODED not in warning:
        return 0
    head = warning.split(f" {NOT_CODED}", 1)[0].rsplit(":", 1)[-1].split()
    return int(head[0]) if head and head[0].isdigit() else 0
