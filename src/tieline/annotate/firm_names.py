"""A company's name keeps, through its page, the business its description gave it (issue 22,
round 20).

PETRARCH codes every mention of a name by its dictionary entry: once "BP" is a company
(BUS), each "BP" is. A page writes a company or its executive as such once ("British oil
giant BP", "BP Chief Executive Tony Hayward": :mod:`tieline.annotate.business`), then by the
bare name ("BP said", "Mr Hayward told lawmakers"). So a side written only by a name no
actor of the knowledge base has, with no state and no sector, is the business side its page
described under that name: the same name, or for a person the last words of the described
executive's name ("Hayward", "Tony Hayward"), where exactly one business side of the page
is so named. Never a name of the knowledge base, a state's or a person's with a sector of
their own; never across pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..models import ActorRef, Mention, Report
from .business import Countries, RefOf, firm_side
from .side_basics import Ident, with_sides


def carry(events: list[Report], ident: Ident,
          described: Callable[[str], ActorRef | None] | None = None) -> list[Report]:
    """Return *events* with each bare name of a company or an executive the page describes
    as one given that business side (see the module's docstring; *ident*: a report's id;
    *described*: the business side a name's own words on the page give it, if any, for a
    company described only in a sentence that tells no act: :func:`described_in`)."""
    firms: dict[str, ActorRef] = {}
    for e in events:
        for ref in (e.source, e.target):
            if ref is not None and ref.sector == "BUS" and ref.name:
                firms.setdefault(ref.name, ref)
    looked: dict[str, ActorRef | None] = {}
    out: list[Report] = []
    for e in events:
        source, target = (_described(r, firms, looked, described) for r in (e.source, e.target))
        out.append(e if source is e.source and target is e.target else
                   with_sides(e, source, target, ident))
    return out


def described_in(doc: Any, name: str, mentions: dict[int, Mention], ref_of: RefOf,
                 countries: Countries) -> ActorRef | None:
    """The business side a word of *doc* spelt as *name* (its last word) is written as,
    the first where it is ("oil giant BP"), or None."""
    last = name.split()[-1]
    for t in doc:
        if t.text == last and t.i not in mentions:
            firm = firm_side(t, mentions, ref_of, countries)
            if firm is not None and len(firm) == 1 and _names(firm[0], name):
                return firm[0]
    return None


def _described(ref: ActorRef | None, firms: dict[str, ActorRef],
               looked: dict[str, ActorRef | None],
               described: Callable[[str], ActorRef | None] | None) -> ActorRef | None:
    """The business side of the page named as *ref* is, or *ref* itself."""
    if ref is None or ref.id is not None or ref.country or ref.sector or not ref.name:
        return ref
    named = [f for f in firms.values() if _names(f, ref.name)]
    if not named and described is not None:
        if ref.name not in looked:
            looked[ref.name] = described(ref.name)
        named = [f for f in [looked[ref.name]] if f is not None]
    if len(named) != 1:
        return ref
    return replace(named[0], basis=ref.basis)


def _names(firm: ActorRef, name: str) -> bool:
    """Whether *name* names *firm*: its name, or the last words of an executive's."""
    words = name.split()
    return firm.name == name or \
        (firm.kind == "person" and firm.name.split()[-len(words):] == words)
