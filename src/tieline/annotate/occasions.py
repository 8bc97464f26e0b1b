"""Dates through occasions and framing clauses: "at the talks on Monday", "when X met".

A date on an occasion (a meeting, a statement, a decree) dates what happens at it; a clause
of "when", "as" or "while", a free adjunct or a "with" clause shares its time with the act it
frames.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .found import _Found
from .words import _INTENT_NOUNS, _INTENT_VERBS, _LIGHT, _OCCASIONS

#: Nouns of the documents an act is done by ("signed a decree on Friday banning flights"): the
#: day the document was signed or issued is the day of the act it tells.
_INSTRUMENTS = {"decree", "order", "resolution", "directive", "law", "ordinance", "edict",
                "declaration", "communique", "communiqué", "notice", "notification"}


def _adjunct_participle(verb: Any) -> bool:
    """Whether *verb* is a participle adjunct without its own subject ("..., speaking at a
    briefing on Monday"): it shares the time of the clause it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


#: Verbs that say only that what their subject names happened ("the clash that took place on
#: Friday"): TimeML's occurrence predicates, whose time is the event noun's time.
_HAPPEN = {"happen", "occur", "erupt", "unfold", "transpire"}


def _happening(verb: Any) -> bool:
    """Whether *verb* is a relative or participle clause saying when the noun it modifies
    happened ("the clash that happened on December 9", "the meeting, taking place on
    Thursday"): the date is the noun's, the event the noun names."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "hold":  # "the summit, held on Thursday": an occasion's own time
        return verb.tag_ == "VBN" and verb.head.lemma_.lower() in _OCCASIONS
    return lemma in _HAPPEN or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _event_nouns(noun: Any) -> list[Any]:
    """The noun a happening clause hangs on, then the nouns whose prepositional phrase holds
    it: a clause of "happen" modifies an event, so "the clash between the troops that
    happened ..." is the clash's, wherever the parse attaches it."""
    out = [noun]
    while len(out) < 4 and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
        out.append(noun)
    return out


#: How a noun event hangs on its clause's verb when that verb's date is the event's: as its
#: subject or object ("the talks were held on Monday", "paid a visit on Monday"), or as the
#: occasion it happens at ("agreed at the talks on Monday").
_CLAUSE_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
_OCCASION_PREPS = {"at", "in", "during"}


def _dated_with_clause(f: _Found) -> bool:
    """Whether a date on an event's clause dates the event: always for a verb, and for a noun
    only when it is an argument or occasion of that verb, or the verb a light one ("held
    talks"). A noun further down is a topic of the act, from before it: "addressed
    Parliament on the clash", "furnished details of the clash", "protested against the
    detention" tell when the act was done, not when the clash or detention happened."""
    clause = f.clause
    if f.entry.pos != "noun" or clause is None:
        return True
    if clause.lemma_.lower() in _LIGHT:
        return not _topic_of(f.trigger, clause)
    node = f.trigger
    while node.dep_ == "conj" and node.head.i != clause.i:
        node = node.head  # "the talks and the meeting": as the first conjunct hangs
    if node.head.i == clause.i:
        return node.dep_ in _CLAUSE_ARGUMENTS
    return node.dep_ == "pobj" and node.head.lower_ in _OCCASION_PREPS and \
        node.head.head.i == clause.i


#: Nouns that name what is told or known about something: an event further down their
#: phrase is what they are about, from before ("gave details of the clash", "shared
#: information on the detention"), not an act done when they were given.
_TOPIC_NOUNS = {"detail", "details", "account", "information", "news", "report", "update",
                "statement", "remark", "comment", "question", "concern", "condolence",
                "condolences", "view", "assessment", "description", "version", "analysis",
                "word", "evidence", "footage", "picture", "photo", "video", "record", "review",
                "investigation", "inquiry", "probe", "explanation", "clarification", "briefing"}


def _topic_of(noun: Any, verb: Any) -> bool:
    """Whether *noun* hangs on the light *verb* through a noun that names what is told about
    it ("giving details of the clash"), rather than as its argument or through a part of one
    ("held a round of talks", "took part in the talks")."""
    node, steps = noun, 0
    while node.head.i != verb.i and steps < 6:
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            holder = node.head.head
            if holder.pos_ in ("NOUN", "PROPN") and \
                    holder.lemma_.lower() in _TOPIC_NOUNS:
                return True
        node, steps = node.head, steps + 1
    return False


def _holding(verb: Any) -> bool:
    """Whether *verb* holds the occasion of the act it completes ("met Putin to hold talks on
    Friday"): the occasion's day is the act's. Not when what it completes is an intention
    ("agreed to hold talks on 20 October", "decided to hold a summit"): the occasion is
    planned, and its day is not the day the intention was formed."""
    return verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in _LIGHT and \
        verb.head.lemma_.lower() not in _INTENT_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "dobj" and (c.lemma_.lower() in _OCCASIONS or c.lower_ in _OCCASIONS)
            for c in verb.children)


def _occasion_verb(node: Any) -> Any:
    """The verb whose occasion or document noun *node* describes ("released a statement
    demanding ...", "signed a decree banning ..."): its date is the date of what it says."""
    if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.pos_ == "VERB":
        # "signed a decree on Friday banning ...": a time between them moves the participle
        return node.head if any(  # under the verb; the document still tells the act
            c.dep_ == "dobj" and c.i < node.i and c.lemma_.lower() in _INSTRUMENTS
            for c in node.head.children) else None
    if node.dep_ != "acl" or node.tag_ != "VBG":
        return None
    noun = node.head
    lemma = noun.lemma_.lower()
    if (lemma not in _OCCASIONS and lemma not in _INSTRUMENTS) or \
            noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def _governing_verb(verb: Any) -> Any:
    """The verb above *verb* whose clause, noun or complement holds it ("gave the assurance
    that it would resume ...", "said it will lift ..."), or None."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _framing_participle(verb: Any) -> bool:
    """Whether *verb* is a participle that dates an occasion or instrument framing a clause
    ("In a statement issued on Monday, the ministry accused ...", "In a decree signed on
    May 10, Putin ordered ..."): what is done in the statement or decree is done on its day,
    as when the day is the noun's own ("In a statement on Monday": ``_framed_verb``). Only
    a frame ("in", "at", "during"): "condemned the decree signed on Monday" is another's."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        _framed_verb(noun, _OCCASIONS | _INSTRUMENTS) is not None


def _framed_verb(noun: Any, nouns: Collection[str] = _OCCASIONS) -> Any:
    """The verb an occasion noun frames as the place of the act ("At the talks on Monday,
    they agreed ...", "agreed during the visit on Friday"): PLOVER dates what is done at an
    occasion by the occasion's day."""
    prep = noun.head
    occasion = noun.lemma_.lower() in nouns or noun.lower_ in nouns
    if noun.dep_ != "pobj" or not occasion or prep.lower_ not in _OCCASION_PREPS or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _means_head(node: Any) -> Any:
    """The verb whose means *node* tells ("reiterated the consensus by agreeing to ...",
    "retaliated by expelling ..."): a gerund after "by" names how that act was done, so it
    was done at that act's time."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.lower_ != "by" or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _attendant_head(node: Any) -> Any:
    """The verb whose act a "with" clause accompanies ("the talks ended on Saturday with the
    two sides agreeing to ...", "Russia lifted the ban with Georgia welcoming it"), or None:
    English's absolute "with" + subject + participle tells a circumstance at the time of that
    act, not an act of its own time (a noun after "with" is the act's partner instead)."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.lower_ != "with" or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "nsubj" for c in node.children):
        return None
    return prep.head


#: What opens a clause that happens at its main clause's time ("when troops shelled ...").
_SIMULTANEOUS = {"when", "as", "while", "whilst"}


def _time_relative(node: Any) -> Any:
    """The time a relative clause of "when" or "where" that holds *node* hangs on ("on June
    15, when troops crossed the line", "held on June 11, where the side was asked to ..."),
    or None: a clause told of a time is at that time (the parser hangs "where" of the
    occasion held then on its day as often as on the occasion)."""
    for _ in range(3):
        if node.dep_ == "relcl":
            break
        if node.dep_ != "conj" or node.head.i == node.i:
            return None  # (not an infinitive under it: "was asked to withdraw" is to come)
        node = node.head
    else:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in node.children):
        return None
    return node.head if node.head.ent_type_ == "DATE" or node.head.pos_ == "NUM" else None


def _free_adjunct(f: _Found) -> Any:
    """The participle that tells *f*'s act as a free adjunct closing its clause after a
    comma, without a subject or a conjunction of its own ("protesters broke into the
    parliament on Friday, demanding the leader's resignation", "called for new elections on
    Thursday, criticizing ..."), or None: English's free adjunct is the doing of the clause's
    own subject at the clause's time. Only the participle as the act: a noun under it
    ("..., marking his first meeting with Putin in years") is an act of another time."""
    verb = f.trigger
    if f.entry.pos == "noun" or not _adjunct_participle(verb) or verb.i < verb.head.i or \
            verb.head.pos_ not in ("VERB", "AUX") or verb.doc[verb.i - 1].text != ",":
        return None
    return verb


def _simultaneous_clause(node: Any) -> Any:
    """The clause of "when", "as" or "while" that holds *node* (its own verb, or a verb joined
    to it or its infinitive: "as China attempted to extend a road and Indian troops moved in
    to prevent it"), told in the simple past or present, or None. Such a clause is at the
    time of the clause it hangs from ("Clashes erupted on Monday when troops shelled ..."),
    as TimeML reads "when" and "as": a perfect in it ("as Russia had installed fences") is
    earlier, a modal or future one later, and "after", "before", "since" tell another time.
    An infinitive of purpose ("moved in to prevent it") is the doing of its verb's act, so it
    is where that verb is, and a verb joined to the clause's is told in its own tense ("and
    troops had moved in to prevent it": earlier)."""
    joined = []
    for _ in range(4):
        if _purpose_infinitive(node):
            node = node.head
            continue
        if node.dep_ not in ("conj", "xcomp") or node.head.pos_ not in ("VERB", "AUX"):
            break
        if node.dep_ == "xcomp" and node.head.dep_ == "advcl" and _opens_simultaneous(node.head):
            node = node.head
            break
        if node.dep_ == "conj":
            joined.append(node)
        node = node.head
    if node.dep_ != "advcl" or node.head.pos_ not in ("VERB", "AUX") or \
            not _opens_simultaneous(node):
        return None
    if not all(_simple_tense(v) for v in (node, *joined)):
        return None  # "As agreed between the two sides, ...": agreed before, not then
    return node


def _simple_tense(verb: Any) -> bool:
    """Whether *verb* is told in the simple past or present (a passive's "was" included)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not (verb.tag_ == "VBN" and not aux) \
        and not aux - {"was", "were", "is", "are", "did", "does", "do"}


def _purpose_infinitive(verb: Any) -> bool:
    """Whether *verb* is an infinitive of purpose without a subject of its own, hung on the
    verb of the act it is done by ("troops moved in to prevent the road"); not one that
    completes a noun of intent between them, however the parse hangs it
    ("responded to the call of the Duma to impose sanctions": the call's, not a purpose)."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and head.pos_ == "VERB" and \
        head.i < verb.i and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and \
        not any(t.lower_ in _INTENT_NOUNS for t in verb.doc[head.i + 1:verb.i])


def _opens_simultaneous(verb: Any) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SIMULTANEOUS and c.i < verb.i
               for c in verb.children)


def _occasion_subject(noun: Any) -> bool:
    """Whether *noun* is an occasion that is the subject of its clause ("The meeting ... saw
    both sides agree", "the summit ended with ..."): what the clause tells happened at it."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in _OCCASIONS and \
        noun.head.pos_ == "VERB"


def _occasion_clause(node: Any) -> Any:
    """The verb whose subject is the occasion *node* happened at ("The meeting saw both sides
    agreeing to ..."): the occasion's date is the date of what it saw."""
    if node.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp") or node.head.pos_ != "VERB":
        return None
    verb = node.head
    return verb if any(_occasion_subject(c) for c in verb.children) else None
