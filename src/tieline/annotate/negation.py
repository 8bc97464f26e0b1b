"""Negation and its reach: what a negation denies, and what nothing above an act reaches.

An act is denied when its doer is "no one" or "neither ... nor" is put before it, but a
negated word of being alone or first denies none ("is not alone in condemning X"), and a
negation stops short of a phrase that sets its clause's scene ("did not comment during his
meeting with X"). An act noun told as done by a relative clause of its own ("a clash that
left 20 dead"), taken as done by a verb of judging ("did not condemn the attack"), or an
adverbial clause of reason ("since X insulted Putin") is out of reach of any wish, modal or
negation above it. :mod:`tieline.annotate.mood` reads the rest of an act's mood.
"""

from __future__ import annotations

from typing import Any

_FUTURE = frozenset({"will", "shall", "'ll"})

#: Nouns of a need or an intention: denied with "no", they deny the act ("no need to
#: impose", "no plans to visit", "no intention of attacking", "no reason to withdraw").
_DENIABLE = frozenset({"need", "necessity", "plan", "plans", "intention", "intentions",
                       "reason", "desire", "wish", "question", "attempt", "decision",
                       "willingness", "readiness", "proposal", "request", "demand"})
#: Subjects that deny the act of their verb ("nobody was killed", "none were arrested").
_NO_ONE = frozenset({"nobody", "none", "nothing", "neither", "noone"})
#: Prepositions that set the scene of a clause: its negation does not deny them ("did not
#: comment during his meeting with X", "was not discussed after the talks").
_SCENE = frozenset({"during", "amid", "amidst", "after", "before", "following", "since",
                    "despite", "throughout", "ahead"})


def denies(node: Any, own: bool) -> bool:
    """Whether *node*, the act or a word that governs it, denies it: a negation of its own
    ("did not meet"; not that of being alone in it, ``exclusive``), "no" before a noun of
    need or intention that governs it ("no need to impose sanctions", "no plans to visit"),
    or, for the act's own verb and its conjuncts (*own*), a subject that is no one ("no
    soldier was killed", "nobody was arrested")."""
    kids = list(node.children)
    if any(c.dep_ == "neg" and not focusing(c) for c in kids) and not exclusive(node) or \
            neither_nor(node, own):
        return True  # ("is not alone in condemning X": the condemning is done)
    if node.pos_ == "NOUN" and (node.lower_ in _DENIABLE or own) and \
            any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return True  # (own: "there was no discussion or skirmish": neither happened)
    return own and node.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in _NO_ONE or any(d.dep_ == "det" and d.lower_ == "no"
                                       for d in c.children)) for c in kids)


def _neither(word: Any) -> bool:
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in word.children)


def neither_nor(node: Any, own: bool) -> bool:
    """Whether "neither ... nor" denies *node*: a verb it is put before ("has neither
    accepted X nor Y"), the verb after its "nor" ("neither confirmed nor denied it"), and, for
    the act's own verb (*own*), the verb whose subject or object it is put before ("neither
    Russia nor Georgia signed", "signed neither the treaty nor the protocol")."""
    if _neither(node):
        return True
    head = node.head
    if node.dep_ == "conj" and head.i != node.i and _neither(head) and \
            any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children):
        return True
    return own and node.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _neither(c) for c in node.children)


#: Verbs that tell whether an occasion took place: negated, they deny their subject ("the
#: talks did not take place", "the visit did not happen"); other verbs say what it did.
_OCCURRING = frozenset({"happen", "occur", "take", "go", "materialise", "materialize",
                        "proceed", "start", "begin", "open", "convene", "come", "be",
                        "transpire", "unfold", "resume", "continue", "last", "end", "conclude",
                        "close", "finish"})


def beyond_the_scene(t: Any, governor: Any) -> bool:
    """Whether *governor*'s negation stops short of *t*: the path up from *t* passes a
    preposition that sets the governor's scene ("did not comment during his meeting": the
    meeting is the occasion, not what is denied), or *t* is the subject of a verb that says
    what the act did, not whether it took place ("last week's visit could not provide any
    solution": the visit happened)."""
    if t.dep_ == "nsubj" and t.head.i == governor.i and t.pos_ == "NOUN" and \
            governor.lemma_.lower() not in _OCCURRING:
        return True
    node = t
    for _ in range(12):  # (a clause's depth; the root is its own head)
        if node.i == governor.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ in _SCENE and node.head.i == governor.i:
            return True
        node = node.head
    return False


#: Words of being alone or first: denied, they deny that the actor is alone or first in an
#: act, not the act ("is not alone in condemning", "is not the only country to condemn").
_EXCLUSIVE = frozenset({"alone", "only", "sole", "lone", "first", "single", "unique"})


def exclusive(node: Any) -> bool:
    """Whether *node* is a copula whose predicate is a word of being alone or first ("is
    not alone in condemning X", "was not the first to criticise Y"): its negation denies
    the actor's being alone, while the act it is alone in is told as done."""
    return node.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and (c.lower_ in _EXCLUSIVE or any(
            d.dep_ in ("amod", "advmod") and d.lower_ in _EXCLUSIVE for d in c.children))
        for c in node.children)


#: Adverbs that, right after "not", make it deny that something is all there is, not the
#: thing itself ("not only attacked X but also ...", "it is not just X leaving office").
_FOCUSING = frozenset({"only", "just", "merely", "simply", "solely"})


def focusing(neg: Any) -> bool:
    """Whether the negation *neg* is "not only", "not just", "not merely": English's
    additive focus, which tells the act it names and adds another (round 11)."""
    nxt = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in _FOCUSING


_RELATIVE = frozenset({"that", "which", "who"})


def told_done(t: Any) -> bool:
    """Whether the act noun *t* is told as done by a relative clause of its own whose
    subject it is, in an active past tense ("a clash that left 20 soldiers dead", "talks
    which lasted four hours", "the visit that has angered Tbilisi"): whatever wish, plan,
    modal or negation governs the noun ("sought to ease tensions after a clash that
    killed 20"), the clause asserts the act took place. A passive ("that was cancelled"),
    a negated or modal clause, or one of the future says nothing of the kind."""
    if t.pos_ != "NOUN":
        return False
    for clause in (c for c in t.children if c.dep_ == "relcl"):
        kids = list(clause.children)
        if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in kids) or any(
                c.dep_ in ("neg", "auxpass", "xcomp") or c.dep_ == "aux" and (
                    c.tag_ in ("MD", "TO") or c.lower_ in _FUTURE) for c in kids):
            continue
        if clause.tag_ == "VBD" or clause.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in kids):
            return True
    return False


#: Marks of a clause told as a fact: the reason or the concession a clause rests on
#: ("since X insulted Putin, the country should be held accountable").
_FACTUAL_MARKS = frozenset({"because", "since", "although", "though", "whereas"})


def gives_reason(clause: Any) -> bool:
    """Whether *clause* is an adverbial clause of reason or concession ("since X has
    insulted Putin, ...", "because Y attacked, ..."): told as a fact, out of reach of the
    main clause's modal or wish."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTUAL_MARKS
                                          for c in clause.children)


#: Verbs of judging or answering an act: the act they take as their definite object is
#: presupposed, whatever negation, wish or modal governs them ("did not condemn the attack",
#: "wants to avenge the attack", "may respond to the shelling": the attack took place).
#: Verbs of welcoming and praising are left out: one "would welcome the talks" still ahead.
_JUDGING_ACTS = frozenset({"condemn", "criticise", "criticize", "denounce", "deplore",
                           "decry", "slam", "blast", "lambast", "lambaste", "castigate",
                           "censure", "rebuke", "regret", "mourn", "avenge", "retaliate",
                           "respond", "react", "investigate", "probe", "apologise",
                           "apologize", "protest"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def presupposed(t: Any) -> bool:
    """Whether the act noun *t* is the definite object of a verb of judging or answering
    ("did not condemn the Kyrgyz attack", "wants to avenge the attack", "may respond to
    Russia's shelling"): a definite noun presupposes its act, and the presupposition holds
    under the verb's negation, modal or wish; "would condemn any attack" presupposes none."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in
                                   _DEFINITE for c in t.children):
        return False
    verb = t.head
    if t.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "for", "against"):
        verb = verb.head
    elif t.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _JUDGING_ACTS
