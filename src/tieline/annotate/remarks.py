"""Whose words a reaction answers: "Y condemned those remarks" is aimed at who made them.

A reaction (condemned, rejected, welcomed, expressed concern over) to words told just before,
named where it is only by a speech noun that points back ("those remarks", "the statement",
"such claims") or by its speaker's pronoun ("his words"), is aimed at the speaker of those
words, as CAMEO aims a criticism or a rejection of a statement at its maker (codes 111, 12):
the named subject of the verbs of saying of the nearest sentence before, in the same paragraph,
that has any (of a participle, "X issued visas, claiming ...", its main clause's subject),
when all of them are of one side other than the reacting one. A pronoun or an
unnamed speaker there leaves the target unwritten (whom "he" stands for is not read here), and
so do speakers of two sides. The side's basis is "inferred-previous".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from .clauses import _points_back, _reacted_to
from .pairs import _side_of

#: Nouns that name what someone said.
_SPEECH = {"remark", "remarks", "statement", "statements", "comment", "comments", "word",
           "words", "claim", "claims", "allegation", "allegations", "accusation",
           "accusations", "assertion", "assertions", "speech", "rhetoric", "tweet", "tweets"}
#: A speaker's pronoun owning the words ("his remarks").
_OWNER_PRONOUNS = {"his", "her", "their"}
#: Verbs whose subject says something (the remarks a later sentence reacts to).
_SAYING = {"say", "tell", "state", "add", "note", "stress", "declare", "claim", "allege",
           "assert", "accuse", "call", "describe", "label", "brand", "write", "tweet", "post",
           "remark", "insist", "suggest", "argue", "announce", "comment", "quip", "joke"}
#: Verbs whose subject says what their object names ("made the remarks", "issued a statement").
_MAKING = {"make", "issue", "deliver", "give", "release", "publish", "post"}
#: How many sentences back the words may have been told.
_REACH = 2

Refs = Callable[[list[Any]], list[ActorRef]]


def words_answered(trigger: Any) -> list[Any]:
    """The speech nouns a reaction answers that stand for words told before: pointing back
    ("those remarks") or owned by a pronoun alone ("his words"), as object or, in the passive,
    as subject ("the statement was condemned by Y")."""
    told = _reacted_to(trigger) + [c for c in trigger.children if c.dep_ == "nsubjpass"]
    return [x for x in told if x.lower_ in _SPEECH and (_points_back(x) or _pronoun_owned(x))]


def _pronoun_owned(noun: Any) -> bool:
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "acl", "relcl") or
              c.dep_ == "prep" and c.lower_ in ("of", "by", "from")]
    return len(owners) == 1 and owners[0].dep_ == "poss" and \
        owners[0].lower_ in _OWNER_PRONOUNS


def speaker_answered(trigger: Any, sources: list[ActorRef], sent: Any,
                     refs: Refs) -> list[ActorRef]:
    """The maker of the words a reaction *trigger* answers (see the module), or []."""
    if not words_answered(trigger):
        return []
    own = {_side_of(r) for r in sources}
    doc, text = sent.doc, sent.doc.text
    before = sent
    for _ in range(_REACH):
        if before.start == 0:
            return []
        previous = doc[before.start - 1].sent
        gap = text[previous.start_char:before.start_char]
        if not gap.strip() or "\n" in gap.strip() or "\n" in gap[len(gap.rstrip()):]:
            return []  # (another paragraph: not the words just told)
        before = previous
        subjects = _speakers(before)
        if subjects is None:
            continue
        if not subjects:
            return []  # (a speaker the text does not name there)
        said = refs(subjects)
        if len(said) != len(subjects) or len({_side_of(r) for r in said}) != 1 or \
                _side_of(said[0]) in own:
            return []
        return [replace(said[0], basis="inferred-previous")]
    return []


def _speakers(sent: Any) -> list[Any] | None:
    """The subjects of the main verbs of saying of *sent*: None when it has none, [] when one
    of them is a pronoun or a relative word (a speaker not named there)."""
    out: list[Any] = []
    verbs = [t for t in sent if t.pos_ == "VERB" and (t.dep_ in ("ROOT", "conj", "parataxis")
                                                      or _participle(t))
             and (t.lemma_.lower() in _SAYING or t.lemma_.lower() in _MAKING and any(
                 c.dep_ == "dobj" and c.lower_ in _SPEECH for c in t.children))]
    if not verbs:
        return None
    for verb in verbs:
        subjects = [c for c in (verb.head if _participle(verb) else verb).children
                    if c.dep_ == "nsubj"]
        if any(s.pos_ == "PRON" or s.tag_ in ("WDT", "WP") for s in subjects):
            return []
        out += subjects
    return out if out else []


def _participle(verb: Any) -> bool:
    """Whether *verb* is a participle clause with no subject of its own, whose subject is
    its main clause's ("X issued visas, claiming the state is its own": X claims)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ROOT" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
