"""Coordination: the members of "A and B", and clauses and verbs joined by "and".

Who else is a subject or an object with a word ("Pashinyan and Putin met"), and which
prepositional phrases, agents and clauses verbs joined by "and" share.
"""

from __future__ import annotations

from typing import Any


def _shared_preps(v: Any) -> list[Any]:
    """The prepositional phrases on a verb and on the participles it is joined to by "and" or
    "or", which share them ("were killed or injured in a clash with X": "in a clash" is the
    killing's too)."""
    verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if v.dep_ == "conj" and v.head.pos_ == "VERB":
        verbs.append(v.head)
    return [c for w in verbs for c in w.children if c.dep_ == "prep"]


def _joined_clause(v: Any) -> int:
    """The clause of *v*, as one with the participle it is joined to by "and" ("was arrested
    and detained by X" reports one act, not two)."""
    if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i == v.i - 2 and \
            v.doc[v.i - 1].dep_ == "cc":
        return int(v.head.i)
    return int(v.i)


def _shared_agent(v: Any) -> list[Any]:
    """The agent of passive participles joined by "and" right after *v* ("was arrested and
    detained by X"): English writes it once, after the last, for both. Only for participles
    next to each other, so "arrested by X and later released by Y" keeps its own."""
    for c in v.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and c.i == v.i + 2 and \
                v.doc[v.i + 1].dep_ == "cc":
            agents = [x for a in c.children if a.dep_ == "agent"
                      for x in a.children if x.dep_ == "pobj"]
            return agents or _shared_agent(c)
    return []


def _conjuncts(t: Any) -> list[Any]:
    """The other members of a coordination headed by *t*: "A and B", "A, B, and C" (which
    the parser often reads as A with B in apposition)."""
    end = _subject_end(t)
    return [c for c in t.subtree if _is_member(c) and c.head.i != c.i and c.i < end and
            _conj_root(c).i == t.i and c.pos_ in ("PROPN", "NOUN", "PRON")]


def _subject_end(t: Any) -> int:
    """Where the words that can belong to *t* end: a subject's members and appositions come
    before its verb (one after it is a misparse of a list in the object)."""
    return int(t.head.i) if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i \
        else len(t.doc)


def _is_member(t: Any) -> bool:
    return t.dep_ == "conj" or (t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children))


def _conj_root(t: Any) -> Any:
    while _is_member(t) and t.head.i != t.i:
        t = t.head
    return t


def _misjoined(conjunct: Any, verb: Any) -> bool:
    """Whether *conjunct*, a gerund the parser joined to the infinitive *verb* of a "for X
    to ..." clause, is of another form than it: it continues the clause above, not the
    infinitive's, so the infinitive's subject (the ones it is for) does not do it."""
    return conjunct.dep_ == "conj" and conjunct.head.i == verb.i and \
        conjunct.tag_ == "VBG" and verb.tag_ == "VB" and \
        any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
