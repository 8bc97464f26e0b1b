"""What finding sides rests on: which side an actor is on, who can act, a report's trigger.

:func:`key` and :func:`same_side` (a state and its officers are one side), :func:`someone` (a
word that names one who can act: a name, a pronoun, a noun of people or a body),
:func:`token_at` (a report's trigger token), :func:`with_sides` (a report given new sides and
the id they make), :func:`gap` (the text between two sentences, which tells a paragraph's
end) and the subjects of a verb (:func:`_subjects`). :mod:`tieline.annotate.sides`,
:mod:`tieline.annotate.partners` and the modules beside them build on these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..models import ActorRef, Report
from .actor_state import RULER_LABEL
from .roles import load_roles

#: Subjects that stand for no one in particular and let the climb go on: expletives, and
#: "we", which is the speaker's side in what the speaker says.
PASSED = frozenset({"it", "there", "we", "us", "our", "this", "that", "which"})

#: Named-entity labels of someone who may be the doer though the knowledge base does not
#: know them: the climb stops at them. And the knowledge base's own label (round 15): a name
#: it knows that the tagger took for a common noun ("Guterres has ...") is someone.
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", RULER_LABEL})

#: Subject relations.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})

Refs = Callable[[list[Any]], list[ActorRef]]

StateOf = Callable[[ActorRef], ActorRef]

Ident = Callable[[str, int, int, str, ActorRef | None, ActorRef | None], str]


def someone(t: Any) -> bool:
    """Whether *t* names someone who can act: a name, a pronoun, or a noun of a body, an
    office or people ("the Chinese side", "the foreign minister"), not a thing."""
    return t.pos_ in ("PROPN", "PRON") or t.ent_type_ in NAMED or \
        t.lemma_.lower() in _person_nouns() or t.lower_ in _person_nouns()


@cache
def _person_nouns() -> frozenset[str]:
    """The last words of the knowledge base's titles and its agent nouns ("minister",
    "side", "government", "troops")."""
    titles, agents = load_roles()
    return frozenset({t.words[-1] for t in titles} | {w.split()[-1] for w in agents})


def _subjects(node: Any) -> list[Any]:
    """The subjects of *node*, a verb's or, for a verb joined to another ("refused ... and
    said"), the first verb's."""
    if node.pos_ not in ("VERB", "AUX"):
        return []
    subj = [c for c in node.children if c.dep_ in SUBJECTS]
    head = node
    while not subj and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        subj = [c for c in head.children if c.dep_ in SUBJECTS]
    return subj


def gap(before: Any, sent: Any) -> str:
    """The text between the words of *before* and those of *sent* (the parser hangs the
    spaces and line breaks between two sentences on either)."""
    end = before.start_char + len(before.text.rstrip())
    text: str = sent.doc.text
    return text[end:sent.start_char + len(sent.text) - len(sent.text.lstrip())]


def with_sides(e: Report, source: ActorRef | None, target: ActorRef | None,
               ident: Ident) -> Report:
    """Return *e* with *source* and *target* as its sides and the id those sides give it
    (*ident*: :func:`tieline.annotate.events.event_id`)."""
    ev = e.evidence[0]
    return e.evolve(source=source, target=target, id=ident(
        ev.article_id, ev.start, ev.trigger_start, e.rule, source, target))


def token_at(sent: Any, char: int) -> Any:
    """The token of *sent* that starts at character *char* (a report's trigger), or None."""
    return next((t for t in sent if t.idx == char), None)


def key(ref: ActorRef) -> str | None:
    """The side *ref* is on: its state, else the actor itself (id, else name)."""
    return ref.country or ref.id or ref.name


def same_side(a: ActorRef, b: ActorRef) -> bool:
    """Whether *a* and *b* are on one side (:func:`key`): a state and its officers are."""
    return key(a) == key(b)
