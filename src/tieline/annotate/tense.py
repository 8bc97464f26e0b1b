"""The tense an act is told in: done before the page, told as the day's news, or to come.

An undated act told in the simple past or the present perfect is the day's news; told in the
past perfect or "previously" it is background; a simple present joined to the past or a
date long before the page is not the page's day. These decide which date an act may get.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import dates
from .found import _Context, _Found
from .occasions import _dated_with_clause
from .reference import _expressions, point_in_time
from .status import _STATING, _reporting_head
from .words import _FUTURE_AUX, _REPORTING

_BACKWARD = {"previously", "earlier", "before", "already", "once", "formerly", "ago", "recently",
             "lately"}
#: Adverbs that move a narrative on from its reference time to a later, untold one ("Y later
#: said", "was subsequently released"): the act is not of the day told before it.
_FORWARD = {"later", "subsequently", "afterwards", "afterward", "thereafter"}

_QUOTES = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"|«[^»]{3,}»|„[^“”]{3,}[“”]")


def _tense(verb: Any) -> dates.Tense:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & (_FUTURE_AUX | {"would", "'d"}) or verb.tag_ == "VB" and "to" in aux:
        return "future"
    if verb.tag_ in ("VBD", "VBN") or aux & {"did", "had", "has", "have", "was", "were"}:
        return "past"
    return "present"


#: How long before its page's date a time cannot be the time of a verb in the present.
_PRESENT_DAYS = 365


def _before_its_present(phrase: str, verb: Any, f: _Found, sent: Any, reference: str | None
                        ) -> bool:
    """Whether *phrase* names a time ending more than _PRESENT_DAYS before the page's date
    while the verb it would date is in the simple present ("The Kremlin accuses the West of
    having toppled X in 2014", "Kazakhstan condemns calls to apologise for June 2010"): the
    present is the time of writing, so the time is another clause's, however the parse
    hangs it. A time told before the verb and its subject ("In 2014, Russia annexes
    Crimea", a chronology's "2008 - Russia recognises ...", a stamp's "updated: Thu Jan 10
    2008 A suicide attack kills ...") sets a historical present or a headline's day and
    stays, and so does one inside the words of a noun that tells the event ("refer to
    Ukraine's 2004 protests")."""
    if reference is None or dates.CHAIN in phrase or not _simple_present(verb):
        return False
    at = sent.text.find(phrase)
    if at < 0:
        return False
    at += sent.start_char
    subjects = [c.idx for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    t = f.trigger
    inside = f.entry.pos == "noun" and \
        t.left_edge.idx <= at < t.right_edge.idx + len(t.right_edge.text)
    return at >= min([verb.idx, *subjects]) and not inside and _long_before(phrase, reference)


def _long_before(phrase: str, reference: str) -> bool:
    """Whether *phrase* names a time ending more than _PRESENT_DAYS before *reference*."""
    day, _ = point_in_time(phrase, reference, "past")
    try:
        cutoff = dt.date.fromisoformat(reference) - dt.timedelta(days=_PRESENT_DAYS)
    except ValueError:
        return False
    return day is not None and day < cutoff.isoformat()[:len(day)]


def _joined_to_the_past(verb: Any, ctx: _Context) -> bool:
    """Whether *verb*, a simple present, is joined by "and" or "but" to a clause that tells
    a time more than _PRESENT_DAYS before the page ("Russia allows most neighbours visa-free
    entry but imposed visas on Georgians in 2000", "the two have a dispute dating back to
    1962 and are in talks"): the sentence sets a standing state against its past origin,
    background rather than the day's news. (A time inside the verb's own clause, "calls on
    Russia to respect the agreement reached in 2008", leaves it the day's news.)"""
    reference = ctx.article.published
    if reference is None:
        return False
    joined = {c.i for c in verb.children if c.dep_ == "conj"} | \
        ({verb.head.i} if verb.dep_ == "conj" else set())
    sent = verb.sent
    for a, b in _expressions(ctx):
        if sent.start_char <= a and b <= sent.end_char and _long_before(ctx.article.text[a:b],
                                                                        reference):
            span = ctx.doc.char_span(a, b, alignment_mode="expand")
            clause = _finite_clause_verb(span.root) if span is not None else None
            if clause is not None and clause.i in joined:
                return True
    return False


def _before_the_end(prep: Any, obj: Any) -> bool:
    """Whether *prep* is "before" the end of a period ("may resume before the end of May"):
    a deadline inside the period, as "by the end of May" is, not a reference point outside
    it as "before May" or "after the end of May" are."""
    return bool(prep.lower_ == "before" and obj.dep_ == "pobj" and obj.lower_ == "end")


def _onset_after(prep: Any) -> Any:
    """The verb of the "after" clause that tells what began a state told "since" a time ("have
    been locked in a standoff since June 16 after Indian troops stopped the road"): the act
    the state began with, at that time, as no other time is told for it; else None. Not
    when the clause is measured back from it ("since June 16, weeks after troops stopped"),
    nor when it tells a time of its own ("after troops stopped ... on May 30")."""
    if prep.lower_ != "since" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    for c in prep.head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBD" and \
                any(m.dep_ == "mark" and m.lower_ == "after" and not list(m.children)
                    for m in c.children) and not any(m.dep_ == "npadvmod" for m in c.children) \
                and not any(t.ent_type_ == "DATE" for t in c.subtree):
            return c
    return None


def _finite_clause_verb(token: Any) -> Any:
    """The finite verb of the clause *token* is in ("dating back to 1962" in "have a
    dispute dating back to 1962": have), if any within a few steps up its heads."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _verb_tense(node: Any) -> dates.Tense:
    """The tense a date of *node* is read in: its finite verb's; the past when no verb in
    the simple present carries it ("Russia's Feb. 24 invasion", a noun alone; "moving signs
    after ...", a participle), as what is named so is what was done: only a simple present
    tells a schedule ("the talks open on May 9"), whose month and day ahead are meant."""
    verb = _finite_head(node)
    tense = _tense(verb) if verb.pos_ in ("VERB", "AUX") else "past"
    return "past" if tense == "present" and not _simple_present(verb) else tense


def _finite(f: _Found) -> bool:
    """Whether the event is asserted by a finite verb ("deployed", "has met"), not told in
    passing by a modifier ("a Russian-brokered agreement", "in halting the hostilities")."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None:
        return False
    if node.dep_ in ("amod", "acl", "pcomp", "relcl") and node.tag_ in ("VBN", "VBG"):
        return False
    return node.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in node.children)


def _narrated(f: _Found) -> bool:
    """Whether an event is narrated in the simple past ("the talks ended", "he accused"),
    the tense that carries a paragraph's reference time; not a perfect, present or future."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None or node.tag_ != "VBD":
        return False
    return not _looks_back(f) and not _moves_on(node) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("did", "was", "were")
        for c in node.children)


#: Verbs of saying whose complement is what was said, at the time it was said.
_SAYING = frozenset(_REPORTING | _STATING | {"assure", "reassure", "promise", "pledge",
                                             "reiterate", "affirm", "reaffirm"})


def _narrated_saying(f: _Found) -> Any:
    """The verb of saying, narrated in the simple past, whose finite complement tells the event
    ("He assured the House that India has not conceded anything"), or None: a statement takes
    its paragraph's reference time as a narrated act does, and what it says is dated by the
    statement's time, as it is when the statement's own words tell one."""
    if not _dated_with_clause(f) or _looks_back(f):
        return None  # "said relations improved after their meeting": the meeting's time is
    node, link = f.clause or f.trigger, ""  # not told; "had expressed": before the statement
    for _ in range(4):  # (a circumstance, "when he was detained", may be any time before)
        if node.head.i == node.i or node.dep_ not in ("ccomp", "conj", "xcomp"):
            return None
        link, node = node.dep_, node.head
        if node.lemma_.lower() in _SAYING and node.pos_ == "VERB":
            break
    else:
        return None
    if link != "ccomp" or node.tag_ != "VBD" or node.lemma_.lower() not in _SAYING or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("did", "was", "were") or
            c.lower_ in _BACKWARD for c in node.children) or _moves_on(node):
        return None
    return node


def _moves_on(verb: Any) -> bool:
    """Whether *verb* is told as a later step of the story ("Y later said", "was subsequently
    freed"), after the time told before it, by how much unknown: "later" on its own, not a
    time of its own ("later that day", "two days later": a date the text resolves)."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORWARD and
               not any(x.dep_ in ("npadvmod", "prep") for x in c.children)
               for c in verb.children)


def _finite_head(verb: Any) -> Any:
    """The finite verb a to-infinitive depends on ("refused [to hand over]"): a reported
    event's tense is that verb's, not the infinitive's look ahead."""
    node = verb
    for _ in range(4):
        infinitive = node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children)
        if node.head.i == node.i or not (infinitive or node.pos_ in ("NOUN", "PROPN")):
            break
        node = node.head  # "refused a request [to hand over]": through the noun to its verb
    return node if node.pos_ in ("VERB", "AUX") else verb


def _told_as_news(f: _Found) -> bool:
    """Whether an event without a date of its own is told as the day's news: in the simple
    present of headlines and ledes ("Russia resumes flights", "India and China agree"), and,
    when it is what a statement says, by a statement in the present ("Peskov says ...").
    A simple past without a time ("Armenia accused Russia") is as often a day or a week
    before the article as on its day, so it is left undated rather than given a day that
    looks certain and is wrong; perfects and "previously" look further back still."""
    if not _finite(f) or _looks_back(f) or _present_perfect(f):
        return False
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None:
        return False
    verbs = [_finite_head(node)]
    carrier = _reporting_head(f.clause or f.trigger)
    if carrier is not None:
        verbs.append(carrier)
    return all(_simple_present(v) for v in verbs)


def _quoted(t: Any, sent: Any) -> bool:
    """Whether *t* is inside a direct quote: the speaker's present, not the day's news."""
    at = t.idx - sent.start_char
    return any(q.start() <= at < q.end() for q in _QUOTES.finditer(sent.text))


def _simple_present(verb: Any) -> bool:
    """Whether *verb* is in the simple present, active or passive ("rejects", "are
    detained"), with no auxiliary that moves it to the past or the future."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBN" and bool(aux) and all(
        c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in aux)


def _present_perfect(f: _Found) -> bool:
    """Whether the event is told in the present perfect ("has accused", "have been detained"):
    before the time of writing at a time the writer leaves open (English does not combine it
    with a past date), so the day it was reported on is not the day it happened."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None or node.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in node.children)


def _looks_back(f: _Found) -> bool:
    """Past perfect or "previously": before the article's date, by how much unknown."""
    node = f.clause or f.trigger
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children):
        return True
    return any(c.lower_ in _BACKWARD for c in node.children)
