"""Domestic acts: both sides of one state (issue 22, round 20).

CAMEO's actor codebook codes a state's own bodies and people by sector: USAGOV, USALEG,
EGYCOP, EGYCVL. "U.S. lawmakers called on the administration", "Egyptian police detained
protesters", "a U.S. court blocked the president's ban" are real events, coded with their
sectors, but they are no relation between two states: a state and its own parts are one
state, as a pair's key reads them (``coalesce(country, id)``).

So a domestic event (:attr:`~tieline.models.Coding.domestic`) keeps both its sides and their
sectors; no pair of two states ever holds it (a pair's events are those between its two
states); the one-state pair ("United States" and "United States", or the state and one of
its people) is its own view, titled as domestic events, not as a relation; and an ingest says
how many it coded (:func:`summary_line`), as it says what it codes as business.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Coding

#: The words every ingest's domestic line holds.
DOMESTIC_SIDES = "are domestic, both sides of one state"


def count(events: Iterable[Coding]) -> int:
    """How many of *events* are domestic (both sides of one state)."""
    return sum(e.domestic for e in events)


def summary_line(events: int, articles: int) -> str:
    """Say, once for a run, how many events were domestic, and how they are shown."""
    return (f"{events} event{'s' if events != 1 else ''} in {articles} "
            f"article{'s' if articles != 1 else ''} {DOMESTIC_SIDES} (its own bodies and "
            "people, e.g. its lawmakers and its government, its police and its citizens: kept "
            "with their sectors, never in the relations of two states; `tieline timeline A A` "
            "lists one state's)")
