"""The date of each event of a sentence: the temporal expression that governs it.

:func:`_dates` walks up the parse from each date the sentence tells (:func:`_date_path`) to
the event whose words or clause it reaches first, or to the statement it dates ("said on
Tuesday that ..."), using the readings of :mod:`tieline.annotate.clausedates`,
:mod:`tieline.annotate.occasions` and :mod:`tieline.annotate.tense`.
"""

from __future__ import annotations

import re
from typing import Any

from . import date_finding, dates
from .clausedates import (
    _ONSET,
    _dated_here,
    _dated_subject,
    _dateline_place,
    _dates_inside,
    _one_act,
    _onset_head,
    _premodified,
    _reporting_after,
    _shared_time,
    _speaking_adjunct,
    _time_of,
    _verb_after_time,
)
from .found import _Context, _Found, _sent_ents
from .occasions import (
    _adjunct_participle,
    _attendant_head,
    _dated_with_clause,
    _event_nouns,
    _framed_verb,
    _framing_participle,
    _free_adjunct,
    _governing_verb,
    _happening,
    _holding,
    _means_head,
    _occasion_clause,
    _occasion_subject,
    _occasion_verb,
    _purpose_infinitive,
    _simultaneous_clause,
    _time_relative,
)
from .reference import _antecedent, _before, _year_told, point_in_time
from .status import _REFERENCE_PREPS, _intent_head, _intent_noun_verb, _reporting_head
from .tense import _before_the_end, _looks_back, _onset_after, _tense
from .words import _OCCASIONS

#: A length of time, not a time: "two-day", "a four-year", "six months-long".
_DURATION = re.compile(
    r"(?i)^\s*(?:an?\s+|the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[\s-]+(?:hour|day|week|month|year"
    r"|decade)s?(?:[\s-]+(?:long|old))?\s*$")


def _dates(sent: Any, found: list[_Found], ctx: _Context) -> dict[int, Any]:
    """Give each event the temporal expression that governs it: the one whose path up the
    parse reaches the event's words or clause first, or, for what a statement says, the
    one dating the statement ("said on Tuesday that ..."). A date inside a noun phrase
    that is not an event ("apologise for the 2008 war") dates that noun, not the event;
    a date past another event's clause is that event's."""
    spans: list[tuple[int, int]] = []
    for ent in _sent_ents(sent, ctx):
        if ent.label_ in ("DATE",):
            spans.append((ent.start_char, ent.end_char))
    base = sent.start_char
    for s, e in date_finding.find_expressions(sent.text):
        s, e = s + base, e + base
        if not any(a < e and s < b for a, b in spans):
            spans.append((s, e))
    # "the two-day summit", "a four-year ban": how long, not when (nor a date of its own)
    spans = [(s, e) for s, e in spans if not _DURATION.match(ctx.article.text[s:e])]
    out: dict[int, Any] = {}
    ctx.background = set()
    if not spans or not found:
        return out
    by_trigger: dict[int, list[_Found]] = {}
    by_clause: dict[int, list[_Found]] = {}
    for f in found:
        for tok in f.tokens:
            by_trigger.setdefault(tok.i, []).append(f)
        if f.clause is not None:
            by_clause.setdefault(f.clause.i, []).append(f)
    at_verb: dict[int, tuple[str, Any]] = {}  # the first verb each date reaches
    told: list[tuple[Any, str]] = []
    for s, e in spans:
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        phrase: str | None = ctx.article.text[s:e]
        if phrase and dates.anaphor(phrase) and \
                dates.resolve(phrase, ctx.article.published) is None:
            phrase = _antecedent(phrase, s, ctx)  # "the next day": after which day?
        elif phrase and ctx.article.published is None and dates.yearless(phrase):
            phrase = _year_told(phrase, s, ctx)  # "On August 29": of which year?
        if span is not None and phrase:
            _date_path(span, phrase, by_trigger, by_clause, out, at_verb,
                       ctx.article.published)
            told.append((span, phrase))
    for f in found:  # "on June 15, when troops crossed ...": a relative clause of a day
        held = _time_relative(f.clause or f.trigger)  # is at it, unless its own is told
        for span, phrase in told if held is not None and id(f) not in out else ():
            if span.start <= held.i < span.end and \
                    point_in_time(phrase, ctx.article.published)[1] == "day":
                out[id(f)] = (phrase, held)  # (not of a month or a year: "in September
                # 2008, when Moscow recognized ...", a period the clause is loosely in)
    for f in found:  # what a dated statement says: "Peskov said on Tuesday that ...",
        if id(f) not in out and _dated_with_clause(f):  # "issued a statement ... demanding"
            node = f.clause or f.trigger
            carrier = _reporting_head(node) or _occasion_verb(node) or \
                _intent_head(node) or _occasion_clause(node)
            when = _time_of(carrier, at_verb) if carrier is not None else None
            held = _intent_noun_verb(node)  # "said on Monday that Russia had taken
            said = _reporting_head(held) if when is None and held is not None and \
                carrier is not None and carrier.i == held.i else None  # the decision to
            if said is not None:  # expel ...": the statement's day
                when, carrier = _time_of(said, at_verb), said
            if when is not None and not by_clause.get(carrier.i) and \
                    not by_trigger.get(carrier.i):
                out[id(f)] = when
    for f in found:  # "reiterated the consensus on Monday by agreeing to ...": the
        node = f.clause or f.trigger  # means is done when the act it serves is
        means = _means_head(node) if id(f) not in out and _dated_with_clause(f) else None
        if means is not None:
            when = _time_at(means, out, by_clause, by_trigger, at_verb)
            if when is not None:
                out[id(f)] = when
    for f in found:  # "the summit ended on Saturday with both sides agreeing to ...": a
        node = f.clause or f.trigger  # "with" clause is a circumstance of its verb's act
        head = _attendant_head(node) if id(f) not in out else None
        if head is not None:
            when = _time_at(head, out, by_clause, by_trigger, at_verb)
            if when is not None:
                out[id(f)] = when
    for f in found:  # "clashes erupted on Monday when troops shelled ...": a clause of
        node = f.clause or f.trigger  # "when", "as", "while" is at its main clause's time
        held = _simultaneous_clause(node) if id(f) not in out and \
            _dated_with_clause(f) else None
        if held is not None and not _dates_inside(held, spans, ctx):
            when = _time_at(held.head, out, by_clause, by_trigger, at_verb)
            if when is not None:
                out[id(f)] = when
    for f in found:  # "called for elections on Thursday, criticizing ...": a free adjunct
        held = _free_adjunct(f) if id(f) not in out else None  # is at its clause's time:
        if held is not None and not _dates_inside(held, spans, ctx):  # the verb's own
            own = [out[id(g)] for g in by_trigger.get(held.head.i, []) if id(g) in out]
            when = own[0] if own else _time_of(held.head, at_verb)  # (not a noun's under
            if when is not None:  # it: "commented on the 2008 war, calling on ...")
                out[id(f)] = when
    for f in found:  # "travelled to Lima on Monday to sign a deal": an infinitive of
        node = f.clause or f.trigger  # purpose is done on its verb's occasion, at its time
        if id(f) not in out and _purpose_infinitive(node) and \
                not _dates_inside(node, spans, ctx):
            own = [out[id(g)] for g in by_trigger.get(node.head.i, []) if id(g) in out]
            when = own[0] if own else _time_of(node.head, at_verb)
            if when is not None:
                out[id(f)] = when
    for f in found:  # "China on Wednesday rejected ... and urged ...": one time for both
        node = f.clause or f.trigger
        if id(f) not in out and node.dep_ == "conj" and node.pos_ == "VERB" and \
                _dated_with_clause(f) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and \
                not _dates_inside(node, spans, ctx):
            head = node.head
            shared = [out[id(g)] for g in by_clause.get(head.i, []) + by_trigger.get(head.i, [])
                      if id(g) in out]
            if shared or head.i in at_verb:
                out[id(f)] = shared[0] if shared else at_verb[head.i]
    for f in found:  # "was released and transferred ... on 6 February": a date closing
        node = f.clause or f.trigger  # verbs joined under one subject is the time of each
        if id(f) not in out and node.pos_ == "VERB" and _dated_with_clause(f):
            last = _shared_time(node, spans)
            if last is not None and last.i in at_verb:
                out[id(f)] = at_verb[last.i]
            elif last is not None:  # "was released and transferred to X on 6 February":
                same = [g for g in by_trigger.get(last.i, [])  # one act told twice
                        if id(g) in out and _one_act(g.entry.type, f.entry.type)]
                if same:
                    out[id(f)] = out[id(same[0])]
    for f in found:  # "met Putin to hold talks on Friday": the talks' day is the meeting's
        node = f.trigger
        if id(f) in out and _holding(node):
            for g in by_trigger.get(node.head.i, []) + by_clause.get(node.head.i, []):
                out.setdefault(id(g), out[id(f)])
    narrated = {out[id(f)][0] for f in found if id(f) in out and not _looks_back(f)}
    ctx.background = {out[id(f)][0] for f in found if id(f) in out} - narrated
    return out



def _time_at(head: Any, out: dict[int, Any], by_clause: dict[int, list[_Found]],
             by_trigger: dict[int, list[_Found]], at_verb: dict[int, Any]) -> Any:
    """The time of the act *head* carries: the date already given to an event coded at it,
    else the date that reaches it first (None when neither)."""
    shared = [out[id(g)] for g in by_clause.get(head.i, []) + by_trigger.get(head.i, [])
              if id(g) in out]
    return shared[0] if shared else _time_of(head, at_verb)

def _date_path(span: Any, phrase: str, by_trigger: dict[int, list[_Found]],
               by_clause: dict[int, list[_Found]], out: dict[int, Any],
               at_verb: dict[int, tuple[str, Any]], reference: str | None = None) -> None:
    """Walk up the parse from a date to the event it dates, if any (see ``_dates``)."""
    said = _reporting_after(span)
    if said is not None:  # "Singh on Tuesday said ...": the statement's, however parsed
        at_verb.setdefault(said.i, (phrase, said))
        return
    node = prev = span.root
    acted = _verb_after_time(span)
    if acted is not None:  # "a presenter on Sunday evening launched ...": the clause's
        node = acted
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end and \
                _tense(node) == "future" and _before(phrase, reference):
            above = _governing_verb(node)  # "assured yesterday that it would resume
            if above is None:  # supplies": a past day is not the future verb's time
                return
            prev, node = node, above
        own_prep = node.pos_ == "ADP" and span.start <= prev.i < span.end  # "on" Friday
        hits = None if own_prep else _dated_here(node, by_trigger, by_clause)
        said = _reporting_head(node) if hits else None
        if said is not None and span.end <= said.i < node.i:
            # "On Tuesday, Misri said that they would meet": a date told before the
            # statement is the statement's, however the parse hangs it
            at_verb.setdefault(said.i, (phrase, said))
            return
        if hits and _premodified(node, prev):  # "lifted a 2019 ban": the ban's year,
            hits = [f for f in hits if f.trigger.i == node.i]  # not the lifting's
            if not hits:
                return
        if hits:
            for f in hits:
                out.setdefault(id(f), (phrase, node))
            framed = _framed_verb(node)  # "At the talks on Monday, they agreed to ...":
            if framed is not None:  # the occasion's day is the day of what was done at it
                at_verb.setdefault(framed.i, (phrase, framed))
                for f in _dated_here(framed, by_trigger, by_clause):
                    out.setdefault(id(f), (phrase, framed))
            return
        inside = span.start <= node.i < span.end
        if not inside and node.dep_ in ("aux", "auxpass") and node.pos_ == "AUX":
            prev, node = node, node.head  # "has on June 12 asked": the verb's time
            continue
        if not inside and node.pos_ in ("VERB", "AUX"):
            at_verb.setdefault(node.i, (phrase, node))
            if _happening(node):  # "the clash that happened on December 9"
                for noun in _event_nouns(node.head):
                    for f in by_trigger.get(noun.i, []):
                        out.setdefault(id(f), (phrase, node))
                    if noun.i in by_trigger:
                        return
                if _occasion_subject(node.head):  # "The meeting, taking place on
                    at_verb.setdefault(node.head.head.i, (phrase, node.head.head))
                return  # Thursday, saw both sides agree": the day of what it saw
            if _speaking_adjunct(node):  # "..., speaking at a briefing on Monday"
                prev, node = node, node.sent.root
                continue
            if _framing_participle(node):  # "In a statement issued on Monday, X said"
                prev, node = node, node.head
                continue
            if (_adjunct_participle(node) and node.lemma_.lower() not in _ONSET) or \
                    _holding(node):
                prev, node = node, node.head  # "..., arriving on Monday": the clause's time
                continue
            onset = _onset_head(node)  # "will ban the apps starting from July 8"
            if onset is not None and _tense(onset) == "future":
                prev, node = node, onset
                continue
            return  # the date belongs to another clause's verb
        if not inside and node.pos_ in ("NOUN", "PROPN") and \
                node.lemma_.lower() not in _OCCASIONS and \
                not (node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "during")) \
                and not _dated_subject(node, prev) and not _dateline_place(node, prev):
            return  # "apologise for the 2008 war": the war's date, not the apology's
        if node.head.i == node.i:
            return
        if node.dep_ == "prep" and node.lower_ in _REFERENCE_PREPS and not inside \
                and not _before_the_end(node, prev):
            onset = _onset_after(node)  # "locked in a standoff since June 16 after
            for f in _dated_here(onset, by_trigger, by_clause) if onset else ():
                out.setdefault(id(f), (phrase, onset))  # troops stopped ...": the stop's
            return  # "after the hostilities in 2020": a reference point, not the date
        prev, node = node, node.head
