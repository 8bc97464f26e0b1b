"""What the coder's parts may ask of the coder: a Protocol its mixins take as ``self``.

:class:`tieline.annotate.events.EventCoder` is assembled from mixins (article sides, triggers,
arguments, targets, doers, references, anaphora, speakers), each in a module of its own, none
importing ``events``. A mixin's methods call each other's and read the coder's knowledge base
and lexicon through ``self``; :class:`Coder` declares those members, so mypy checks every call.
It is generated from the methods' signatures by the script that split ``events.py``: when a
signature changes, change it here too.
"""

from __future__ import annotations

from typing import Any, Protocol

from ..kb import KnowledgeBase
from ..kb.loader import Form
from ..models import ActorRef, Mention, Report
from .found import _Context, _Found
from .lexicon import Entry, Lexicon
from .pairs import _MEASURE_PREPS


class Coder(Protocol):
    """What a mixin of the coder may ask of `self`: the coder's attributes and methods."""

    kb: KnowledgeBase
    lexicon: Lexicon
    forms: dict[str, list[Form]]
    agents: dict[str, str]
    fights: frozenset[str]
    _heads: dict[tuple[int, int], tuple[bool, bool]]

    def _counterpart(self, e: Report, pair: tuple[str, str], sent: Any,
                     ctx: _Context) -> ActorRef | None:
        ...

    def _as_side(self, ref: ActorRef) -> ActorRef:
        ...

    def _own_entry(self, verb: str) -> Entry | None:
        ...

    def _doc_heads(self, doc: Any) -> dict[str, list[int]]:
        ...

    def _announced(self, f: _Found, ctx: _Context) -> bool:
        ...

    def _arguments(self, f: _Found, ctx: _Context) -> None:
        ...

    def _maker(self, thing: Any, f: _Found, ctx: _Context) -> list[ActorRef]:
        ...

    def _demanders(self, root: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _noun_demanders(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        ...

    def _speaker(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        ...

    def _governed_actors(self, root: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _owner_refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        ...

    def _addressees(self, f: _Found, found: list[_Found], ctx: _Context) -> list[ActorRef]:
        ...

    def _felt_arguments(self, f: _Found, ctx: _Context) -> None:
        ...

    def _verb_arguments(self, f: _Found, ctx: _Context) -> None:
        ...

    def _measure_targets(self, f: _Found, objects: list[Any], ctx: _Context,
                         preps: frozenset[str] = _MEASURE_PREPS) -> list[ActorRef]:
        ...

    def _subject_of(self, v: Any, ctx: _Context, passive: bool = False) -> list[Any]:
        ...

    @staticmethod
    def _names_a_doer(noun: Any, ctx: _Context) -> bool:
        ...

    def _noun_arguments(self, f: _Found, ctx: _Context) -> None:
        ...

    def _hyphen_partner(self, modifiers: list[Any], ref: ActorRef, ctx: _Context
                        ) -> list[ActorRef]:
        ...

    def _between(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        ...

    def _of_object(self, f: _Found, refs: list[ActorRef], ctx: _Context) -> list[ActorRef]:
        ...

    def _carrier_subject(self, n: Any, ctx: _Context, entry: Entry) -> list[Any]:
        ...

    def _refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        ...

    def _token_refs(self, t: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _named_part(self, t: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _breakaway(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _seat_of(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _names_people(self, t: Any) -> bool:
        ...

    def _owned_by(self, x: Any, ctx: _Context) -> bool:
        ...

    def _pair_of_agents(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        ...

    def _possessive_owner(self, poss: Any, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _coordinated_modifiers(self, t: Any, first: Mention, ctx: _Context) -> list[ActorRef]:
        ...

    def _of_conjuncts(self, x: Any, ctx: _Context) -> list[ActorRef]:
        ...

    @staticmethod
    def _unknown_entity(t: Any) -> list[ActorRef]:
        ...

    def _unlinked_surname(self, t: Any) -> list[ActorRef]:
        ...

    def _kb_country(self, t: Any) -> list[ActorRef]:
        ...

    def _ref_of_mention(self, m: Mention, ctx: _Context) -> ActorRef | None:
        ...

    def _actor(self, actor_id: str, ctx: _Context) -> Any:
        ...

    def _anaphor(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _unknown_before(self, t: Any, ctx: _Context, person: bool) -> bool:
        ...

    def _named_body(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _own_government(self, owner: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _roles_held(self, actor_id: str) -> list[str]:
        ...

    def _said_by(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _joint_speakers(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _state_of(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _quoted_speaker(self, t: Any, plural: bool, ctx: _Context) -> list[ActorRef] | None:
        ...

    def _speaker_in(self, sent: Any, quotes: list[tuple[int, int]],
                    ctx: _Context) -> ActorRef | None:
        ...

    def _speaker_around(self, t: Any, ctx: _Context) -> ActorRef | None:
        ...

    def _speaker_after(self, span: tuple[int, int], ctx: _Context) -> ActorRef | None:
        ...

    def _prior(self, ctx: _Context, before: int, kinds: set[str], n: int,
               sector: str | None = None, within: int | None = None
               ) -> list[ActorRef] | None:
        ...
