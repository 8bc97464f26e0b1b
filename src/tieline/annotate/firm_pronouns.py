"""A company's own "it" and "its" (issue 22, round 20).

"It" stands for the nearest thing named before it (English grammar: the nearest agreeing
antecedent). A company the knowledge base does not know is still such a thing: in "British
oil giant BP has struggled to stop the leak. But it attacks the clean-up fund", "it" is BP,
never Britain, whose adjective is only part of the company's description. So, before "it"
is taken for the state or body the knowledge base knows, the words between that actor's
last mention and the pronoun are read:

- a company written there with a noun of a firm ("oil giant BP", "the company", "Acme
  Corp": :func:`~tieline.annotate.business.firm_side`) is what "it" stands for: a business
  side (sector BUS, of the state its words write, as CAMEO's GBRBUS), never the state;
- an organisation the knowledge base does not know (a name the parser reads as one, "Acme
  Oil") or a bare "the company" named there leaves "it" unresolved: the nearer one is
  more likely meant, and the text does not say who it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..models import ActorRef, Mention
from .business import FIRM_NOUNS, firm_side

RefOf = Callable[[Mention], ActorRef | None]
Countries = Callable[[Any], list[ActorRef]]


def nearer_firm(t: Any, found: ActorRef | None, token_mention: dict[int, Mention],
                ref_of: RefOf, countries: Countries, reach: int) -> list[ActorRef] | None:
    """What the pronoun *t* stands for where a company or an unknown organisation is named
    after *found*'s last mention before it (see the module's docstring): the company's
    business side, or [] (unresolved); None where none is (*found*, if any, stands)."""
    doc = t.doc
    for i in range(t.i - 1, -1, -1):
        x = doc[i]
        if x.idx < t.idx - reach:
            return None
        m = token_mention.get(i)
        if m is not None:
            ref = ref_of(m)
            if ref is not None and found is not None and _same(ref, found):
                return None  # (the antecedent itself, nearest: it stands)
            continue
        if not _names_a_thing(x):
            continue
        firm = firm_side(x, token_mention, ref_of, countries)
        if firm is not None:
            return firm
        return []  # (an organisation or "the company" of no name: whose, unsaid)
    return None


def _names_a_thing(x: Any) -> bool:
    """Whether *x* heads a name of an organisation ("BP") or a firm's noun ("the company")."""
    if x.dep_ == "compound":
        return False  # (the name's last word stands for it)
    return (x.ent_type_ == "ORG" and x.pos_ == "PROPN") or \
        (x.lower_ in FIRM_NOUNS and x.pos_ == "NOUN")


def _same(ref: ActorRef, found: ActorRef) -> bool:
    return (ref.id is not None and ref.id == found.id) or \
        (ref.id is None and found.id is None and ref.name == found.name)
