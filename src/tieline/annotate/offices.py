"""Whose "the government" is: the state its sentence names before it (issue 22, round 20).

A definite description with no owner written ("the government", "the administration", "the
ministry") points back to the state the reader has in mind: in English, the nearest one
named before it. Within its own sentence that is the state named there before it, by its
name, its metonym ("the White House") or one of its people ("Egyptian President Mubarak
says he has asked the government to resign": Egypt's government), not the last "X
government" named paragraphs before. So:

- where the words before it in its sentence name actors of one state only, "the
  government" is that state's;
- where they name actors of two states ("Obama criticised China and urged the
  government"), which one is meant is unclear, and it is left unresolved;
- where they name none, it is the state whose government the text named last before it,
  within about two paragraphs (:data:`GOVERNMENT_REACH`); further back, none.

A place ("in Cairo") is no owner: a government acts in others' capitals too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal

from ..models import Actor, ActorRef, Mention

#: How far back (characters, about two paragraphs) a bare "the government" may point to a
#: state's government named before its sentence, as "it" may to a state (``anaphora``).
GOVERNMENT_REACH = 1200

#: Kinds of actor that are a state or of one.
_OF_A_STATE = frozenset({"country", "person", "organization", "group"})

RefOf = Callable[[Mention], ActorRef | None]
#: The government named last before an offset within a reach (``AnaphoraReading._prior``).
Prior = Callable[[int], list[ActorRef] | None]


def bare_government(t: Any, token_mention: dict[int, Mention], ref_of: RefOf,
                    actors: Mapping[str, Actor], prior: Prior) -> list[ActorRef] | None:
    """The state whose government the bare *t* ("the government") is, as one side, or None
    where its sentence leaves it unclear or nothing in reach names one (see the module's
    docstring; *actors*: the knowledge base's, by id)."""
    country = sentence_state(t, token_mention, ref_of)
    if country is False:
        return None
    if country is None:
        return prior(GOVERNMENT_REACH)
    state = actors.get(country)
    if state is None:
        return None
    return [ActorRef(state.id, state.name, state.country or state.id, "GOV", state.kind)]


def sentence_state(t: Any, token_mention: dict[int, Mention], ref_of: RefOf
                   ) -> str | Literal[False] | None:
    """The state the words before *t* in its sentence name (its id); False where they name
    two states or more (unclear); None where they name none (*token_mention*: the article's
    mentions by token; *ref_of*: the side a mention is)."""
    states: set[str] = set()
    seen: set[int] = set()
    for x in t.sent:
        if x.i >= t.i:
            break
        m = token_mention.get(x.i)
        if m is None or id(m) in seen or m.form == "place":
            continue
        seen.add(id(m))
        ref = ref_of(m)
        if ref is not None and ref.country and ref.kind in _OF_A_STATE:
            states.add(ref.country)
    if len(states) > 1:
        return False
    return next(iter(states), None)
