"""What the actor annotator's parts may ask of it: a Protocol its mixins take as ``self``.

:class:`tieline.annotate.actors.ActorAnnotator` is assembled from mixins (entities, people,
descriptions, titles), each in a module of its own, none importing ``actors``. A mixin's
methods call each other's and read the annotator's knowledge base, forms and title index
through ``self``; :class:`Annotator` declares those members, so mypy checks every call. It is
generated from the methods' signatures by ``tools/split_annotate.py``: when a signature
changes, change it here too.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..kb import KnowledgeBase
from ..kb.loader import Form
from ..models import Actor
from .actor_state import _DocState
from .roles import Title


class Annotator(Protocol):
    """What a mixin of the annotator may ask of `self`: its attributes and methods."""

    kb: KnowledgeBase
    forms: dict[str, list[Form]]
    agents: dict[str, str]
    _title_index: dict[tuple[str, ...], Title]
    _max_title: int
    _title_firsts: frozenset[str]
    _people: list[tuple[str, str]]
    _people_folded: list[str]
    _surnames: list[tuple[str, str]]
    _surnames_folded: list[str]
    _countries: list[tuple[str, str]]
    _countries_folded: list[str]

    def _kb_entity(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
        ...

    def _choose(self, ids: list[str], state: _DocState) -> str | None:
        ...

    def _add_state_or_org(self, ent: Any, actor: Actor, state: _DocState,
                          claimed: set[int]) -> None:
        ...

    def _demonym(self, ent: Any, form: Form, state: _DocState, claimed: set[int]) -> None:
        ...

    def _names_person(self, head: Any) -> bool:
        ...

    def _agent_head(self, head: Any) -> tuple[str, int] | None:
        ...

    @staticmethod
    def _acts(token: Any) -> bool:
        ...

    def _person(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
        ...

    def _known_person(self, name: str, state: _DocState) -> str | None:
        ...

    def _prefix(self, doc: Any, start: int, floor: int) -> tuple[Title | None, str | None,
                                                                   str | None]:
        ...

    def _apposed(self, ent: Any, sent: Any) -> tuple[Title, str | None, str | None] | None:
        ...

    def _listed(self, ent: Any, sent: Any) -> tuple[Title, str | None, str | None] | None:
        ...

    def _described_noun(self, noun: Any, tokens: list[Any]
                        ) -> tuple[Title, str | None, str | None] | None:
        ...

    def _described(self, tokens: list[Any], at_end: bool) -> tuple[Title | None, str | None,
                                                                    str | None]:
        ...

    def _qualified(self, title: Title, before: list[str]) -> Title:
        ...

    def _title_at(self, words: list[str]) -> Title | None:
        ...

    def _learn(self, name: str, title: Title, country: str | None, org: str | None,
               sentence: str, state: _DocState) -> str:
        ...

    def _add_person(self, ent: Any, actor_id: str, state: _DocState, claimed: set[int],
                    form: str) -> None:
        ...

    def _add_person_span(self, start: int, end: int, name: str, ent: Any, actor_id: str,
                         state: _DocState, claimed: set[int], form: str) -> None:
        ...

    @staticmethod
    def _surname_known(actor: Actor, surname: str, state: _DocState) -> bool:
        ...

    def _country_before(self, token: Any, start_of_sentence: int) -> tuple[str | None, Any]:
        ...

    def _country_after(self, last: Any) -> str | None:
        ...

    def _title_holder(self, country: str | None, title: Title, state: _DocState) -> str | None:
        ...

    def _fuzzy_place(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
        ...

    def _add(self, state: _DocState, claimed: set[int], start: int, end: int, anchor: Any,
             actor_id: str | None, form: str, country: str | None, sector: str | None,
             role: str | None = None, text: str | None = None) -> None:
        ...
