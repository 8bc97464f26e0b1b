"""What makes two codings tell one happening: the keys merging groups reports by, shared by the
article stage (a headline's report and its body's report of one act, ``annotate/headline.py``)
and the corpus stage (``analyze/merge.py``, ``analyze/attach.py``, ``analyze/coreport.py``) and
the scorer (``evaluate/sources.py``). Pure functions of the data model: no stage, no store.

A merge group is a PLOVER type, a status class (reported and claimed acts are one class: both
say it happened) and the pair of participants in either order, each keyed by the country it
acts for; within a group, :func:`participants_compatible` keeps two different people of one
country apart and :func:`direction` tells which way a report tells a one-way act.
"""

from __future__ import annotations

from .models import ActorRef, Coding, Report

#: Types whose source and target play the same part ("A met B" is "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
STATUS_CLASS = {"reported": "happened", "claimed": "happened"}


def side_key(ref: ActorRef | None) -> str:
    """Return how one side of an event is keyed: its actor id, else its name."""
    if ref is None:
        return "-"
    return ref.id if ref.id else "name:" + " ".join(ref.name.casefold().split())


def participant_key(ref: ActorRef | None) -> str:
    """Return how one side is keyed for grouping: the country it acts for when it has one
    (Modi and India are one participant to group by), else ``side_key``. Within a group,
    ``participants_compatible`` keeps two different people of one country apart."""
    if ref is not None and ref.country:
        return ref.country
    return side_key(ref)


def type_key(event_type: str) -> str:
    """Return the type part of a merge group: reports merge only within one PLOVER type (its
    modes, such as CONSULT's host, visit, meet and negotiate, are codings of one happening)."""
    return event_type.upper()


def group_key(event_type: str, status: str, source: ActorRef | None,
              target: ActorRef | None) -> str:
    """Return the merge group of an event: type, status class and the participants' pair in
    either order (a mutual report, done by each side to the other, and the one-way reports
    of its happening share a group; ``_ways_fit`` keeps opposite one-way acts apart)."""
    sides = sorted([participant_key(source), participant_key(target)])
    return "|".join([type_key(event_type), STATUS_CLASS.get(status, status), *sides])


def _sides(event: Coding) -> tuple[ActorRef | None, ActorRef | None]:
    """Return the event's sides in the order its group key puts them."""
    pair = (event.source, event.target)
    if participant_key(pair[1]) < participant_key(pair[0]):
        pair = (pair[1], pair[0])
    return pair


def direction(event: Report) -> int:
    """Return which way a report tells its act in its group's order: 1 when its source comes
    first, -1 when its target does, 0 when either way fits (a symmetric type, a report read
    as done to each other, or two sides of one participant, which ``_sides`` keeps as
    written)."""
    if event.mutual or type_key(event.type) in SYMMETRIC_TYPES:
        return 0
    a, b = participant_key(event.source), participant_key(event.target)
    return 0 if a == b else 1 if a < b else -1


def _generic(ref: ActorRef | None) -> bool:
    """Say whether a side names only a country (or nobody known): any of its people fits."""
    return ref is None or ref.id is None or ref.kind == "country" or ref.id == ref.country


def participants_compatible(a: Coding, b: Coding) -> bool:
    """Say whether two reports of one group may be one happening: on each side the same actor,
    or a country and one who acts for it; never two different people or bodies, and never two
    visits the other way round (A in B's capital is not B in A's)."""
    sides = all(side_key(x) == side_key(y) or _generic(x) or _generic(y)
                for x, y in zip(_sides(a), _sides(b), strict=True))
    travellers = traveller(a), traveller(b)
    return sides and (None in travellers or travellers[0] == travellers[1])


def traveller(event: Coding) -> str | None:
    """Return who travels in a CONSULT report that says so, keyed as ``participant_key``: the
    source of a visit (CAMEO 042, "make a visit"), the target of a host (043, "host a visit");
    None for a meeting, a call or talks, which say nothing of where, and when the traveller is
    not known (it may be anyone)."""
    if type_key(event.type) != "CONSULT":
        return None
    side = {"visit": event.source, "host": event.target}.get(event.mode or "")
    return participant_key(side) if side is not None else None
