"""Actor names as people type them: autocomplete, and "did you mean" for a typo.

Autocomplete ranks exact and prefix matches of an id, a name or an alias first, then words,
then substrings. When nothing matches that way ("Amerca"), the closest names by edit
similarity (rapidfuzz) are offered instead, above :data:`FUZZY_CUTOFF` so that a word unlike
any name offers nothing rather than noise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .models import Actor

FUZZY_CUTOFF = 80.0  # rapidfuzz ratio 0..100: "Amerca"/"America" 92, "Narnia"/"Armenia" 77


def _names(actor: Actor) -> list[str]:
    return [actor.name.casefold(), *(alias.casefold() for alias in actor.aliases)]


def _rank(actor: Actor, key: str) -> int | None:
    """Return how well *key* matches (0 best), or None when it does not match at all."""
    names = _names(actor)
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


def _key(typed: str) -> str:
    return " ".join(typed.split()).casefold()


def matches(actor: Actor, typed: str) -> bool:
    """Say whether *typed* is in the actor's id, name or an alias (not only close to one)."""
    return _rank(actor, _key(typed)) is not None


def complete(actors: Iterable[tuple[Actor, int]], typed: str) -> list[tuple[Actor, int]]:
    """Return the (actor, mentions) pairs matching *typed*: exact and prefix matches of the
    id or name first, then of an alias, a word, anywhere; most mentioned first within each.
    With no such match, the names closest to *typed* (see :func:`did_you_mean`)."""
    key = _key(typed)
    pool = list(actors)
    ranked = []
    for actor, mentions in pool:
        rank = _rank(actor, key)
        if rank is not None:
            ranked.append((rank, -mentions, actor.name, actor, mentions))
    ranked.sort(key=lambda r: r[:3])
    return [(r[3], r[4]) for r in ranked] or did_you_mean(pool, typed)


def did_you_mean(actors: Sequence[tuple[Actor, int]], typed: str, limit: int = 5
                 ) -> list[tuple[Actor, int]]:
    """Return the actors whose id, name or an alias is closest to *typed*, best first."""
    from rapidfuzz import fuzz

    key = _key(typed)
    if not key:
        return []
    scored = []
    for actor, mentions in actors:
        score = max(fuzz.ratio(key, name) for name in [actor.id.casefold(), *_names(actor)])
        if score >= FUZZY_CUTOFF:
            scored.append((-score, -mentions, actor.name, actor, mentions))
    scored.sort(key=lambda r: r[:3])
    return [(r[3], r[4]) for r in scored[:limit]]


def hint(suggestions: Sequence[tuple[Actor, int]]) -> str:
    """Return "did you mean United States (USA) or ...?" for an error message, or ""."""
    if not suggestions:
        return ""
    names = [f"{a.name} ({a.id})" if a.id != a.name else a.name for a, _ in suggestions[:3]]
    return "did you mean " + " or ".join(names) + "?"
