"""Sides a sentence leaves to its governing clause or to the sentence before (issue 22).

Two acts name their other side by definition, and news leaves it where every reader finds it:

- **The doer of a meeting, a talk, an agreement or joint work** (PLOVER CONSULT, AGREE,
  COOPERATE: acts of two parties) written only with its partner ("talks with the de facto
  leadership", "the agreement reached with the Chinese side") is the actor whose clause
  governs it: the speaker who reports it ("Singh said the agreement reached with the Chinese
  side envisages ...", "Tbilisi said talks will continue with Tskhinvali") or the subject
  of the verb that holds it ("Xi appeared upbeat about the upcoming meeting with Modi").
  Never one who only judges the act ("China condemned the meeting with the Dalai Lama":
  a judgement is no part in it), never past a person or body the knowledge base does not
  know (who may be the doer), never a speaker without a state (a mediator, "the UN said
  talks with Iran resumed"), and never where the noun names both parties ("talks between
  India and China").
- **The one a refusal answers** (PLOVER REJECT: "reject a proposal, demand, or request")
  told with no addressee ("Tbilisi refused to do so") is whoever made the request the
  sentence before (or the same sentence) tells with no addressee, when that one is of
  another side ("Tskhinvali demanded the removal of the post. Tbilisi refused to do so.").
  A request with an addressee is answered by :func:`tieline.annotate.responses._responses`.

- **The one a request is made to, when its answer is told** (PLOVER REQUEST asks another to
  act): a request written as a noun with its maker only ("a request from the Kazakh
  ministry") that someone refuses, accepts, grants, receives or ignores is that one's
  request ("Kyrgyz authorities refused a request from the Kazakh ministry"). Never when
  the answerer is of the maker's own side. So (round 15) for the other acts aimed at
  another (PLOVER ACCUSE, PROTEST, THREATEN: their target is the one accused, protested
  to, threatened): who denies, dismisses, rejects or ignores an accusation, a protest or
  a threat written with its maker only is the one it is aimed at ("India dismissed
  China's accusations", "the troops ignored the Bhutanese protests").
- **A party of no state** (round 15): the doer of a joint act found so may be a person or
  body the knowledge base knows as an international organisation's ("Guterres has a busy
  week ahead, with a meeting with Lavrov planned"): an actor of its own, as a state is;
  never one who only reports the act.
- **The people or the body at home** (issue 22, round 11): a generic agent written with no
  state ("detained protesters", "called on the government", "the authorities") is of the
  state its own words or its clause place it in ("protesters in Almaty", "detained
  journalists in Almaty"), or of the other side's state where the act is a domestic one by
  definition: police and courts act within their own jurisdiction ("Kazakh police detained
  protesters": the protesters are Kazakhstan's, CAMEO's KAZOPP), an opposition stands
  against its own government ("the Kazakh opposition accused the authorities"), a
  legislature asks its own government and an order goes down its own chain of command
  ("the Duma called on the government", "instructed the government"). Never an agent
  written as foreign, international or de facto ("foreign journalists", "the de facto
  authorities"), nor border guards or troops, who act on others' people as often as on
  their own.

Each side found so is stored with its basis ("inferred-clause", "inferred-previous"),
never mistaken for one the text states.

The coder's own reading of a verb's or a noun's sides (:mod:`tieline.annotate.events`) takes
from here the grammar a parse hides (round 13): a subject hung on the auxiliary
(:func:`aux_subjects`), a causative participle's undergoer (:func:`causative`,
:func:`causative_undergoers`) and the doer an act noun writes (:func:`names_act`,
:func:`act_doers`); and (round 14) the second party of a "between" phrase the parser left
out of it (:func:`between_words`). And (round 16, from a census of world news) who
undergoes or only reports an act: "X came under attack by Y" (:func:`come_under`: Y attacks
X); a bare past participle's undergoer is the subject it leans on ("could face prison if
convicted": :func:`bare_passive`, never "as agreed"); an adverbial clause under a passive
takes its passive subject, never the reporter of the clause above ("people were detained
while trying to protest, the agency reported": :func:`adjunct`); a headline's kicker before
a colon is no subject ("BRICS Summit 2024: Modi meets Xi": :func:`not_kickers`).

The helpers other side-finding modules build on (:mod:`tieline.annotate.partners`) are public
here: :func:`key` and :func:`same_side` (which side an actor is on), :func:`someone` (a word
that names one who can act), :func:`token_at` (a report's trigger token),
:func:`with_sides` (a report given new sides and the id they make) and :func:`gap` (the text
between two sentences, which tells a paragraph's end).

This module keeps :func:`complete` and the doers of bilateral and supported acts
(:func:`governing_doer`, :func:`supporting_doer`); the rest lives beside it:
:mod:`~tieline.annotate.answered` (the one a refusal or an answer tells),
:mod:`~tieline.annotate.home_sides` (the people or the body at home),
:mod:`~tieline.annotate.side_grammar` (the grammar of sides a parse hides) and
:mod:`~tieline.annotate.side_basics` (which side an actor is on, who can act, a report's
trigger).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import ActorRef, Report
from .answered import ANSWERING, answering, refused_asker
from .counterpart import STATE_SECTORS
from .home_sides import home_side
from .side_basics import (
    NAMED,
    PASSED,
    SUBJECTS,
    Ident,
    Refs,
    StateOf,
    _subjects,
    key,
    same_side,
    someone,
    token_at,
    with_sides,
)
from .side_grammar import act_doers, indefinite

#: Acts of two parties by definition: whoever has one with a partner is the other party.
BILATERAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Modes of those acts that one party does alone: a visit (its visitor may be anyone a
#: speaker tells of: "patients fell ill after travelling to Mexico, he said") and mediation
#: (its mediator is a third party).
UNILATERAL_MODES = frozenset({"visit", "mediate"})
#: Words of judging or reacting to an act: their subject is no party to the act judged
#: ("condemned the meeting with the Dalai Lama", "welcomed the talks with the rebels").
JUDGING = frozenset({
    "condemn", "criticize", "criticise", "denounce", "slam", "blast", "protest", "object",
    "oppose", "welcome", "hail", "praise", "applaud", "support", "back", "endorse", "reject",
    "deny", "dismiss", "question", "doubt", "blame", "accuse", "warn", "fear", "worry",
    "concern", "regret", "deplore", "mock", "ridicule", "call", "urge", "demand", "ask",
    "criticism", "condemnation", "reaction", "opposition",
})
#: Verbs of reporting: whoever reports a meeting or an agreement with a partner speaks for the
#: side that has it, not always as the one who has it ("Xi will visit Indonesia, the
#: spokesperson announced"): the side found through them is the speaker's state.
REPORTING = frozenset({
    "say", "tell", "state", "add", "note", "announce", "declare", "confirm", "reiterate",
    "highlight", "stress", "insist", "assert", "explain", "report", "reveal", "disclose",
})
#: How many heads up the doer may be found: a clause or two above, not across the sentence.
MAX_CLIMB = 8


def complete(events: list[Report], sents: dict[int, Any], refs: Refs, state_of: StateOf,
             ident: Ident) -> list[Report]:
    """Return *events* with the doers of bilateral acts from their governing clause and the
    addressees of refusals from the request before them (see the module's docstring).
    *sents* holds the parsed sentences by where they start; *refs* reads the actors of
    tokens; *state_of* gives the state a person or body is of; *ident* is the id of a
    report with its sides (:func:`tieline.annotate.events.event_id`)."""
    out: list[Report] = []
    for e in events:
        sent = sents.get(e.evidence[0].start)
        if sent is not None:
            doer = governing_doer(e, sent, refs, state_of) or supporting_doer(e, sent, refs)
            if doer is not None:
                e = with_sides(e, doer, e.target, ident)
            else:
                asker = refused_asker(e, out, sent)
                if asker is not None:
                    e = with_sides(e, e.source, asker, ident)
            asked = answering(e, sent, refs)
            if asked is not None:
                e = with_sides(e, e.source, asked, ident)
            home = home_side(e, sent, refs, state_of)
            if home is not None:
                e = with_sides(e, e.source or home, e.target or home, ident)
        out.append(e)
    return out


def governing_doer(e: Report, sent: Any, refs: Refs, state_of: StateOf) -> ActorRef | None:
    """The doer of the bilateral act *e* from the clause that governs its words (the
    speaker's state where the clause is one of reporting), or None."""
    if e.source is not None or e.target is None or e.mutual or e.type not in BILATERAL or \
            e.mode in UNILATERAL_MODES:
        return None
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if trigger is None or _between(trigger) or _doer_written(trigger):
        return None
    found = _climb(trigger, refs)
    if found is None:
        return None
    doer, speaker = found
    if speaker:  # (one who reports the act speaks for a state, or has no part in it: "the
        # opposition said talks with Russia should resume")
        if not _state_side(doer):
            return None
        doer = state_of(doer)
    if doer is None or not (_state_side(doer) or not speaker and _stateless_party(doer)) or \
            same_side(doer, e.target):
        return None
    return replace(doer, basis="inferred-clause")


def supporting_doer(e: Report, sent: Any, refs: Refs) -> ActorRef | None:
    """The doer of an act its noun names as the object of a support verb, which says nothing
    but that its subject does the act ("stepped up criticism of X", "launched an offensive
    against X", "engaged in talks with X"), or None."""
    if e.source is not None or e.target is None or e.mutual:
        return None
    noun = token_at(sent, e.evidence[0].trigger_start)
    if noun is None or noun.pos_ != "NOUN" or _doer_written(noun):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "as" and \
            not indefinite(noun):
        return None  # ("As protests against X spread, Y recalled ...": a clause's subject
        # the parser read as the object of "as", not "as a protest", an act Y does)
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in JUDGING | REPORTING:
        return None
    if e.type == "REQUEST" and verb.lemma_.lower() in ANSWERING:
        return None  # (one who complies with a demand is asked, not asking)
    subj = [s for s in _subjects(verb) if s.dep_ == "nsubj"]
    found = refs(subj) if subj and someone(subj[0]) and subj[0].pos_ != "PRON" else []
    if len({key(r) for r in found}) != 1 or same_side(found[0], e.target) or \
            not (_state_side(found[0]) or _stateless_party(found[0])):
        return None
    return replace(found[0], basis="inferred-clause")


def _climb(trigger: Any, refs: Refs) -> tuple[ActorRef, bool] | None:
    """The first actor found as the subject of a verb at or above *trigger* (or as the doer
    of an act noun on the way: :func:`act_doers`), and whether that verb is one of
    reporting; None when the climb meets a judgement, a named one or a person the knowledge
    base does not know, or a thing's subject naming actors only as its modifiers ("the
    Russia-Georgia flight issue will be raised")."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.lemma_.lower() in JUDGING and node.i != trigger.i:
            return None
        doers = act_doers(node) if node.i != trigger.i else []
        if doers:  # ("the decision by X to spend two days for talks with Y": X's own act)
            found = refs(doers)
            if len({key(r) for r in found}) != 1:
                return None
            return found[0], False
        for s in _subjects(node):
            if s.i == trigger.i:
                continue
            if s.dep_ == "nsubjpass" and someone(s):
                return None  # (one who undergoes the governing act: "X will be told at a
                # meeting with Y" says nothing of who meets Y)
            if s.lower_ in PASSED:
                continue
            doers = act_doers(s)  # (an act's doer does what it holds: "Wang's visit
            if doers:  # includes talks with X", round 15)
                found = refs(doers)
                if len({key(r) for r in found}) != 1:
                    return None
                return found[0], False
            found = refs([s]) if someone(s) and s.pos_ != "PRON" else []
            if found:
                if len({key(r) for r in found}) != 1:
                    return None
                return found[0], node.lemma_.lower() in REPORTING
            if s.pos_ in ("PROPN", "PRON") or s.ent_type_ in NAMED or someone(s):
                return None  # (someone the knowledge base does not know may be the doer)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _doer_written(noun: Any) -> bool:
    """Whether the act's noun writes its own doer, known or not: a possessor ("the Pope's
    visit", "the company's negotiations") or the subject of a relative clause on it ("the
    negotiations Suleiman had with ...")."""
    return any(c.dep_ == "poss" or c.dep_ == "relcl" and
               any(g.dep_ in SUBJECTS for g in c.children) for c in noun.children)


def _state_side(ref: ActorRef) -> bool:
    """Whether *ref* acts for a state: a state's own body, officer or military, not its
    civilians, companies, press or opposition, whose travels and dealings are not the
    state's ("students who travelled to Mexico")."""
    return bool(ref.country) and (ref.sector is None or ref.sector in STATE_SECTORS)


def _stateless_party(ref: ActorRef) -> bool:
    """Whether *ref* is a party of no state that the knowledge base knows as one of an
    international organisation (its body, head or envoy: "the UN chief", "NATO"): an actor
    of its own in a meeting or an agreement, as a state is (round 15)."""
    return ref.id is not None and not ref.country and ref.sector == "IGO"


def _between(trigger: Any) -> bool:
    """Whether the act's words name its parties together ("talks between India and
    China", "an agreement reached between the two envoys", "a meeting of the two
    leaders"): then both are written, none is governed."""
    verb = [trigger.head] if trigger.dep_ in SUBJECTS else []  # ("an agreement has been
    # reached between the envoys")
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among", "of")
               for n in (trigger, *verb, *(c for c in trigger.children if c.dep_ == "acl"))
               for c in n.children)


