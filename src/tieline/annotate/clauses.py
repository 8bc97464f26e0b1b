"""What a clause points to: the act a reaction answers, relative and passive clauses.

A reaction answers an act told before ("Moscow's response to the move"); a relative clause
describes the noun an act is done to ("the court, which indicted X"); a passive's undergoer
may be written on the verb it is joined to. The coder asks these for an act's other side.
"""

from __future__ import annotations

from typing import Any

from .asking import _told_to
from .coordination import _conj_root
from .words import _DASHES

_RELATIVE = {"which", "that", "who", "whom", "whose"}

#: Reactions to another's act: their target is who did what they answer.
_REACTING = {"ACCUSE", "SUPPORT", "REJECT"}
#: Nouns that name an act or a statement, which a pointing word refers back to.
_ACT_NOUNS = {"move", "decision", "step", "steps", "remark", "remarks", "statement",
              "statements", "announcement", "allegation", "allegations", "claim", "claims",
              "action", "actions", "act", "acts", "measure", "measures", "decree", "law",
              "ban", "policy", "proposal", "initiative", "comment", "comments", "accusation",
              "accusations", "provocation", "provocations", "incident", "attack", "attacks",
              "behaviour", "behavior", "words", "threat", "threats", "demand", "demands",
              "offer", "plan", "plans", "gesture", "development", "developments"}
_POINTING = {"the", "this", "that", "these", "those", "such"}
#: Act nouns that restate the act of the clause they hang on: "..., a move that X denounced".
_RESTATING = {"move", "step", "decision", "action", "measure", "gesture"}


def _reacted_to(trigger: Any) -> list[Any]:
    """What a reaction's verb or noun answers: its object, or the object of its "about",
    "over", "at" or "with" phrase ("expressed concern about this", "concern over the move")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    out = [c for c in trigger.children if c.dep_ == "dobj"]
    out += [x for h in heads for p in h.children if p.dep_ == "prep" and
            p.lower_ in ("about", "over", "at", "with", "to") for x in p.children
            if x.dep_ == "pobj"]
    return out


def _restated_subject(verb: Any) -> list[Any]:
    """The subject of the clause a reaction *verb* answers as "a move" restating it: *verb*
    describes an indefinite act noun ("a move that X denounced", "a step welcomed by X",
    "in a move criticised by X") whose relative pronoun, if any, is its object or passive
    subject, and the noun hangs, as an apposition or adverbial phrase, in that clause."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.lower_ not in _RESTATING or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") and
                                        c.lower_ in ("that", "which") for c in verb.children):
        return []  # ("a move that angered X": the move is the subject, X the object)
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return []
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if not (noun.dep_ in ("appos", "npadvmod", "dobj") and after_comma) and not (
            noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return []  # (the parser hangs ", a move ..." as an apposition, or as an object)
    node = noun.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return [c for c in node.children if c.dep_ == "nsubj"]


def _points_back(t: Any) -> bool:
    """Whether *t* points back to an act told before: "this", "that", "it" on its own, or an
    act noun with a pointing word and no owner or "of" phrase of its own ("the move", "such
    allegations", but not "Russia's move" nor "the decision of the court")."""
    if t.lower_ in ("this", "that", "it") and t.pos_ == "PRON" or \
            t.lower_ in ("this", "that") and t.dep_ in ("dobj", "pobj"):
        return True
    if t.lower_ not in _ACT_NOUNS:
        return False
    dets = [c.lower_ for c in t.children if c.dep_ in ("det", "predet", "amod")]
    owned = any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("of", "by")
                or c.dep_ in ("acl", "relcl") for c in t.children)
    return bool(_POINTING.intersection(dets)) and not owned


def _relative_clause(v: Any) -> Any:
    """The relative clause *v* is, or is joined to ("whose role is ceremonial and who has
    accused X": "accused" is joined to the clause of "is"), else None."""
    root = _conj_root(v) if v.dep_ == "conj" else v
    return root if root.dep_ == "relcl" else None


_WHERE_WHEN = {"where", "when", "whereby", "why", "how", "wherever", "whenever"}


def _described_object(v: Any) -> Any:
    """The noun a clause of *v* describes as what *v* is done to: a participle with its doer
    ("two regions recognized by Moscow"), or a relative clause whose object is the relative
    word or left out ("Crimea, which Moscow annexed", "a region it recognized"). A noun in
    apposition stands for the name it follows ("Abkhazia, a region it recognized")."""
    kids = list(v.children)
    if any(c.lower_ in _WHERE_WHEN for c in kids):
        return None  # "Brussels, where he is meeting X": a place or time, not the object
    participle = v.dep_ == "acl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)
    relative = v.dep_ == "relcl" and (
        any(c.dep_ == "dobj" and c.lower_ in _RELATIVE for c in kids) or
        not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr") for c in kids)
        and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in kids))
    if not (participle or relative):
        return None
    noun = v.head
    return noun.head if noun.dep_ == "appos" else noun


#: Verbs that send someone to a penalty ("sentenced to detention", "subjected to arrest").
_SENTENCING = {"sentence", "condemn", "subject", "send"}


def _sentenced(n: Any) -> list[Any]:
    """Who is sent to the detention *n* names: the passive subject of "was sentenced to
    detention" (a relative "who" stands for the noun its clause describes)."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in _SENTENCING:
        return []
    verb = prep.head
    subjects = _passive_subjects(verb)
    if subjects and subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        noun = verb.head  # "X, a doctor who was sentenced": the doctor is X
        return [noun.head if noun.dep_ == "appos" else noun]
    return [s for s in subjects if s.lower_ not in _RELATIVE]


def _in_dateline(t: Any) -> bool:
    """Whether *t* is in the dateline that opens its sentence: the place (in capitals, or
    a place and its country), the agency in brackets and the day, closed by a dash within
    the sentence's first words ("TBILISI, Georgia — President Putin ordered ...", "MOSCOW
    (Sputnik) – Flights of ... will be suspended"). The parser hangs the place on the
    clause as its subject or an apposition; it is where the news was filed, not who acts."""
    sent = t.sent
    if t.i - sent.start > 8:
        return False
    for d in sent[:min(len(sent), 12)]:
        if d.text not in _DASHES or d.i <= sent.start:
            continue
        if d.i <= t.i:
            return False
        head = sent.doc[sent.start:d.i]
        first = head[0]
        return (first.is_upper and len(first.text) > 1 or len(head) > 2 and head[1].text == ",") \
            and all(x.pos_ in ("PROPN", "NUM", "PUNCT") or x.is_upper or x.is_title for x in head)
    return False


def _passive_subjects(v: Any) -> list[Any]:
    """Who undergoes the passive *v*: its own passive subject (for a relative pronoun, the
    noun its clause describes), or that of the verb it is coordinated with ("X was arrested
    and [was] detained": X is detained too)."""
    own = [c for c in v.children if c.dep_ == "nsubjpass" and not _in_dateline(c)]
    if [c.lower_ for c in own] in (["who"], ["that"]) and v.dep_ == "relcl":
        return [*own, v.head]  # ("X, who was released from prison": X is; round 18)
    if own or v.dep_ != "conj" or v.tag_ != "VBN" and not _told_to(v):
        return own
    return [c for c in v.head.children if c.dep_ == "nsubjpass"]


def _misread_main_verb(v: Any) -> bool:
    """Whether *v*, parsed as a participle describing the sentence's root noun, is in truth
    the sentence's main verb after a relative clause set off by commas: "X, who opposes Y,
    called Z a provocation" (the parser makes X the root and "called" a modifier of X, as in
    "a man called John"). Only a participle with an object or predicate of its own, right
    after the comma that closes a relative clause on that noun, where no verb governs it."""
    head = v.head
    return (v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")
            and v.i > 0 and v.doc[v.i - 1].text == ","
            and any(c.dep_ == "relcl" and c.i < v.i for c in head.children)
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in v.children))
