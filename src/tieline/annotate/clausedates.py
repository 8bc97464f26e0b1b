"""Which acts a date told in a sentence reaches: by the verb, its subject, its clause.

A date dates the act of the verb it hangs on, the verbs joined to it without a subject of
their own, the act a dateline or a subject name opens, and the first day of an act of
several days dated by its last.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .found import _Context, _Found
from .occasions import _dated_with_clause, _topic_of
from .words import _DASHES, _LIGHT, _OCCASIONS, _REPORTING


def _time_of(verb: Any, at_verb: dict[int, tuple[str, Any]]) -> tuple[str, Any] | None:
    """The date told for *verb*, or for the verb it is conjoined to without a subject of its
    own ("said on 12 June ... but suggested that ..."): one time for both."""
    for _ in range(3):
        if verb.i in at_verb:
            return at_verb[verb.i]
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        verb = verb.head
    return None


def _reporting_after(span: Any) -> Any:
    """The reporting verb right after a date between its subject and it ("Singh on Tuesday
    said", "Moscow Friday announced"): the news order that puts the statement's time before
    its verb, which the parse often hangs on a noun before it instead."""
    doc = span.doc
    if span.end >= len(doc) or span.start == 0:
        return None
    verb = doc[span.end]
    before = doc[span.start - 1]
    if before.lower_ in ("on", "last", "this", "earlier", "late") and span.start > 1:
        before = doc[span.start - 2]
    if verb.lemma_.lower() not in _REPORTING or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return verb


#: Words that narrow a day to a part of it ("Sunday evening", "Thursday night").
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}


def _verb_after_time(span: Any) -> Any:
    """The finite verb right after a time told between its subject and it ("a presenter on
    Sunday evening launched ...", "troops who on Monday crossed ..."): the news order that
    puts a clause's time before its verb, which the parse often hangs on the subject noun."""
    doc = span.doc
    at = span.end + int(span.end < len(doc) and doc[span.end].lower_ in _PARTS_OF_DAY)
    if span.start < 2:
        return None
    if at + 1 < len(doc) and doc[at].text == "," and doc[span.start - 1].text != ",":
        at += 1  # "Georgians on Wednesday, May 10, staged ...": the comma closing the day
    if at >= len(doc):
        return None
    verb, before = doc[at], [doc[span.start - 1]]
    if before[0].lower_ == "on":  # the word before "on", or the subject "on" hangs on
        before = [doc[span.start - 2], before[0].head]  # ("Dozens of Georgians on ...")
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if verb.pos_ != "VERB" or not finite or not any(
            b.head.i == verb.i and b.dep_ in ("nsubj", "nsubjpass") for b in before):
        return None
    return verb


#: PLOVER's acts of yielding: releasing, handing over, withdrawing and conceding are one act
#: when one subject's joined verbs tell them ("was released and transferred to Tbilisi").
_YIELDING = frozenset({"RETREAT", "CONCEDE"})


def _one_act(a: str, b: str) -> bool:
    """Whether two verbs joined under one subject may tell one act: the same type, or both
    acts of yielding (see ``_YIELDING``); "detained them and released them" tells two."""
    return a == b or (a in _YIELDING and b in _YIELDING)


#: Dependencies of a date written before a noun as its modifier ("the 2019 ban", "its 2008 war").
_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod", "poss"})


def _premodified(node: Any, prev: Any) -> bool:
    """Whether a date reached *node*, a noun, as a modifier written before it ("lifted a 2019
    ban", "its 2008 war"): then it tells when that thing began or was made, and dates an event
    only where the noun is the event's own word (the 2019 ban itself), never the act done to
    it (the lifting)."""
    return node.pos_ in ("NOUN", "PROPN") and prev is not node and prev.head.i == node.i \
        and prev.i < node.i and prev.dep_ in _PREMODIFIERS


def _dated_here(node: Any, by_trigger: dict[int, list[_Found]],
                by_clause: dict[int, list[_Found]]) -> list[_Found]:
    """The events a date reaching *node* dates: those *node* is a word of, else those whose
    clause it is; both when *node* is a light verb ("a meeting was held on Monday": the
    meeting as well as the holding)."""
    own = by_trigger.get(node.i, [])
    if not own:
        return [f for f in by_clause.get(node.i, []) if _dated_with_clause(f)]
    if node.lemma_.lower() not in _LIGHT:
        return own  # "condemned the attack on Monday": the attack's day is not told
    ids = {id(f) for f in own}  # "held talks", "a meeting was held": one occasion
    return own + [f for f in by_clause.get(node.i, [])
                  if id(f) not in ids and f.entry.pos == "noun" and _dated_with_clause(f)]


def _shared_time(verb: Any, spans: list[tuple[int, int]]) -> Any:
    """The last of the verbs joined to *verb* by "and" without a subject of their own, when
    a date closes it and none is told between them ("was released and transferred to Tbilisi
    on 6 February": one time for both), else None. It dates *verb* only when that last verb
    is no act of its own (the caller's ``at_verb``): "detained them and released them on
    Friday" tells two acts, each its own time."""
    last = verb
    for _ in range(4):
        nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ == "VERB"
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if not nxt or not any(c.lower_ == "and" and c.dep_ == "cc" for c in last.children):
            break
        last = nxt[-1]
    if last is verb:
        return None
    begin, mid = verb.idx, last.idx
    end = last.right_edge.idx + len(last.right_edge.text)
    if any(begin <= s < mid for s, _ in spans):
        return None  # "arrived on Thursday and met him": each its own time
    return last if any(mid < s < end for s, _ in spans) else None


def _dates_inside(verb: Any, spans: list[tuple[int, int]], ctx: _Context) -> bool:
    """Whether a date is told inside *verb*'s own words ("arrived on Thursday and met him to
    hold talks on Friday"): then it does not share the date of the verb it is joined to. A
    date of a noun in them that is no occasion ("lifted a 2019 ban", "the ban imposed in
    2019") is that thing's, not a time of the verb."""
    first, last = verb.left_edge, verb.right_edge
    begin, end = first.idx, last.idx + len(last.text)
    return any(begin <= s and e <= end and not _of_a_thing(s, e, verb, ctx) for s, e in spans)


def _of_a_thing(start: int, end: int, verb: Any, ctx: _Context) -> bool:
    """Whether the date at *start*..*end* hangs, below *verb*, on a noun that is no occasion
    (its premodifier, or a phrase or clause of it), so it dates that noun."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(12):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if not span.start <= node.i < span.end and node.pos_ in ("NOUN", "PROPN") and \
                node.lemma_.lower() not in _OCCASIONS:
            return True
        node = node.head
    return False


def _node(f: _Found) -> Any:
    """The verb that tells an event: its trigger, or the clause verb of a noun trigger."""
    return f.clause if f.entry.pos == "noun" else f.trigger


def _told_by_clause(f: _Found) -> bool:
    """Whether the event's clause verb tells the event itself: a verb, a noun its light verb
    holds ("held talks", not a topic: "gave details of the clash") or a noun that is its
    subject ("the talks ended"); not a noun another act is done to ("recalled the clashes",
    "addressed Parliament over the clash"), which happened before that act."""
    if f.entry.pos != "noun":
        return True
    clause, noun = f.clause, f.trigger
    if clause is None or noun.head.i != clause.i:
        return False
    if clause.lemma_.lower() in _LIGHT:
        return noun.dep_ == "dobj" and not _topic_of(noun, clause)
    return noun.dep_ in ("nsubj", "nsubjpass")


def _dated_subject(node: Any, prev: Any) -> bool:
    """Whether a date hangs off a clause's subject name ("Russia on Friday accused ...",
    "Moscow Friday said ..."): a time for the clause, not for the name."""
    return node.pos_ == "PROPN" and node.dep_ in ("nsubj", "nsubjpass") and \
        prev.dep_ in ("prep", "npadvmod") and prev.head.i == node.i


def _dateline_place(node: Any, prev: Any) -> bool:
    """Whether a date hangs off the place of a dateline that opens its sentence, closed by
    a colon or a dash ("Beijing, June 16 : China accused ...", "NEW DELHI, June 16 - India
    ..."): the day the news was filed, for the clause as when the parse makes the place its
    subject (``_dated_subject``), whatever it makes the place instead."""
    if node.pos_ != "PROPN" or node.i - node.sent.start > 2 or prev.head.i != node.i or \
            prev.i < node.i or prev.dep_ not in ("npadvmod", "appos", "nmod"):
        return False
    after = prev.right_edge.i + 1
    return after < len(node.doc) and (node.doc[after].text == ":" or
                                      node.doc[after].text in _DASHES)


#: Participles of speaking: "..., speaking at a briefing on Monday" tells when the subject of
#: the sentence spoke, whichever clause of what was said the parse hangs it on.
_SPEAKING_PARTICIPLES = {"speak", "talk", "address", "comment", "write", "tell", "answer",
                         "respond"}


def _speaking_adjunct(verb: Any) -> bool:
    """Whether *verb* is a participle of speaking closing its sentence after a comma, without
    a subject of its own ("..., speaking at a briefing on Monday"): its subject is the
    speaker, the main verb's subject, so its time is the main verb's, whichever clause or
    noun the parse hangs it on."""
    root = verb.sent.root
    return verb.lemma_.lower() in _SPEAKING_PARTICIPLES and verb.tag_ == "VBG" and \
        verb.dep_ in ("advcl", "acl") and verb.i > root.i and root.pos_ in ("VERB", "AUX") \
        and verb.doc[verb.i - 1].text == "," and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


#: Verbs whose participle tells when an act's effect starts ("waived visas beginning on May
#: 15"): like "from" or "starting" before a date (dates._START), the time of an act to come
#: ("will attend the summit starting Thursday"), not of one done.
_ONSET = {"begin", "start", "commence"}


def _time_before_verb(phrase: str, told: Any, f: _Found, sent: Any) -> bool:
    """Whether *phrase* is told before *told*, the verb of the clause whose object names
    *f*'s act ("Putin on Friday ordered the restoration of flights", "On Monday, Russia
    announced the lifting of the ban"): a time written before a verb is that verb's, read in
    its tense, not the tense of the act it orders or announces. A time after the noun ("ordered
    the restoration of flights on Friday") may be the act's own day, and keeps its tense."""
    if told is None or f.clause is None or told.i != f.clause.i or told.i == f.trigger.i:
        return False
    at = sent.text.find(phrase)
    return at >= 0 and bool(sent.start_char + at < told.idx)


def _onset_head(verb: Any) -> Any:
    """The act whose start a participle of beginning without a subject tells ("will suspend
    flights starting from July 8"), or None: the verb it hangs on, however the parser hangs
    it there (an "advcl", a "prep", or an "acl" of the act's object or of a noun in a phrase
    on the act or its object: "to ban Chinese apps starting from July 8" is the ban's start,
    not the apps')."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _ONSET or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "prep"):
        return verb.head
    noun = verb.head
    for _ in range(3) if verb.dep_ == "acl" else ():  # the act's object, or a noun of a
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":  # phrase on the act or on its
            return noun.head  # object ("will resume services with daily flights starting
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":  # 26 October")
            return None
        if noun.head.head.pos_ == "VERB":
            return noun.head.head
        noun = noun.head.head
    return None


_ENDING = {"conclude", "end", "close", "wrap"}
_DAYS_LONG = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven)\s*-\s*day\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _first_day(f: _Found, day: str) -> str:
    """The first day of an event of several days dated by its last ("the two-day summit
    concluded on Saturday": it began on Friday), as a multi-day event is dated by its
    first day; else *day*."""
    verb = f.clause if f.entry.pos == "noun" else f.trigger
    if verb is None or verb.lemma_.lower() not in _ENDING or f.entry.pos != "noun":
        return day
    t = f.trigger
    m = _DAYS_LONG.search(t.doc[t.left_edge.i:t.i + 1].text)
    if m is None:
        return day
    n = int(m[1]) if m[1].isdigit() else _SMALL[m[1].lower()]
    return (dt.date.fromisoformat(day) - dt.timedelta(days=n - 1)).isoformat()
