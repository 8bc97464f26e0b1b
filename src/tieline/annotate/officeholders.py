"""Who "the two foreign ministers" are: the two holders of that office the text named last.

"The two ministers", "both foreign ministers", "the two defence ministers" stand for two people
named before who hold that office: the people the article names, nearest first, whose office
(in the knowledge base, or the title they are named by) is the noun's ("foreign minister" for
"the two foreign ministers", any minister for "the two ministers"). Only when exactly two such
people, of two states, are named within reach: with a third holder named there ("Lavrov hosted
Jaishankar and Wang"), which two the words mean is not said, and they stay unread.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from ..models import ActorRef, Mention
from .found import _Context
from .pairs import _side_of

#: The plural office nouns read this way, and the office each names.
OFFICES = {"ministers": "minister", "premiers": "prime minister"}
#: The words before "ministers" that name which ministry ("the two foreign ministers").
_MINISTRIES = {"foreign": "foreign", "defence": "defence", "defense": "defence",
               "prime": "prime", "finance": "finance", "trade": "trade", "home": "home",
               "interior": "interior", "external": "foreign"}
#: How many mentions back the holders may be named (as far as other pointers look).
_REACH = 40

RefOf = Callable[[Mention], ActorRef | None]
RolesOf = Callable[[str], list[str]]


def is_pair(t: Any) -> bool:
    """Whether *t* is an office noun said of two ("the two ministers", "both ministers")."""
    return t.lower_ in OFFICES and any(
        c.lower_ in ("two", "both") and c.dep_ in ("det", "nummod", "predet")
        for c in t.children)


def two_holders(t: Any, ctx: _Context, ref_of: RefOf, roles_of: RolesOf) -> list[ActorRef] | None:
    """The two people of two states the office noun *t* stands for (see the module), or None."""
    office = _office(t)
    k = bisect_right(ctx.mention_starts, t.idx)
    found: list[ActorRef] = []
    for m in reversed(ctx.mentions[max(0, k - _REACH):k]):
        ref = ref_of(m)
        if ref is None or m.form == "place" or any(_same(ref, r) for r in found):
            continue
        titles = [m.role] if m.role else roles_of(ref.id) if ref.id else []
        if (ref.kind == "person" or m.form == "title") and \
                any(office in (title or "").lower() for title in titles):
            found.append(ref)
    if len(found) != 2 or len({_side_of(r) for r in found}) != 2:
        return None
    return found


def _office(t: Any) -> str:
    ministry = next((_MINISTRIES[c.lower_] for c in t.children
                     if c.dep_ in ("amod", "compound") and c.lower_ in _MINISTRIES), None)
    return f"{ministry} {OFFICES[t.lower_]}" if ministry and t.lower_ == "ministers" \
        else OFFICES[t.lower_]


def _same(a: ActorRef, b: ActorRef) -> bool:
    return (a.id or a.name) == (b.id or b.name)
