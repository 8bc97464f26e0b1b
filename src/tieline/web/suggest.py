"""Actor name autocomplete: rank the corpus's actors against what the user has typed so far."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Actor


def _rank(actor: Actor, key: str) -> int | None:
    """Return how well *key* matches (0 best), or None when it does not match at all."""
    names = [actor.name.casefold(), *(alias.casefold() for alias in actor.aliases)]
    if actor.id.casefold() == key or names[0] == key:
        return 0
    if names[0].startswith(key) or actor.id.casefold().startswith(key):
        return 1
    if any(name.startswith(key) for name in names[1:]):
        return 2
    if any(word.startswith(key) for name in names for word in name.split()):
        return 3
    if any(key in name for name in names):
        return 4
    return None


def suggest_actors(actors: Iterable[tuple[Actor, int]], typed: str
                   ) -> list[tuple[Actor, int]]:
    """Return the (actor, mentions) pairs matching *typed*: exact and prefix matches of the
    id or name first, then of an alias, a word, anywhere; most mentioned first within each."""
    key = " ".join(typed.split()).casefold()
    ranked = []
    for actor, mentions in actors:
        rank = _rank(actor, key)
        if rank is not None:
            ranked.append((rank, -mentions, actor.name, actor, mentions))
    ranked.sort(key=lambda r: r[:3])
    return [(r[3], r[4]) for r in ranked]
