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
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from functools import cache
from typing import Any

from ..models import ActorRef, Report
from .actors import _DE_FACTO, RULER_LABEL, load_roles
from .counterpart import STATE_SECTORS

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
#: Subjects that stand for no one in particular and let the climb go on: expletives, and
#: "we", which is the speaker's side in what the speaker says.
PASSED = frozenset({"it", "there", "we", "us", "our", "this", "that", "which"})
#: Named-entity labels of someone who may be the doer though the knowledge base does not
#: know them: the climb stops at them. And the knowledge base's own label (round 15): a name
#: it knows that the tagger took for a common noun ("Guterres has ...") is someone.
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", RULER_LABEL})
#: Verbs of reporting: whoever reports a meeting or an agreement with a partner speaks for the
#: side that has it, not always as the one who has it ("Xi will visit Indonesia, the
#: spokesperson announced"): the side found through them is the speaker's state.
REPORTING = frozenset({
    "say", "tell", "state", "add", "note", "announce", "declare", "confirm", "reiterate",
    "highlight", "stress", "insist", "assert", "explain", "report", "reveal", "disclose",
})
#: What a refusal refuses when it refuses the request itself ("rejected the demand",
#: "refused to comply").
PRO_ACTS = frozenset({"comply", "accept", "agree", "oblige", "demand", "request", "call",
                      "proposal", "offer", "appeal", "ultimatum"})
#: How many heads up the doer may be found: a clause or two above, not across the sentence.
MAX_CLIMB = 8
#: Subject relations.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: Verbs whose subject answers or receives a request, as its addressee.
ANSWERING = frozenset({"refuse", "reject", "decline", "accept", "grant", "deny", "ignore",
                       "dismiss", "approve", "answer", "fulfil", "fulfill", "heed", "receive",
                       "satisfy", "rebuff", "spurn", "honour", "honor", "comply", "meet",
                       "refute", "rebut"})
#: Acts aimed at another, whose answer tells who that one is (round 15): a request is
#: answered by whom it asks, an accusation, a protest or a threat by whom it is aimed at
#: ("India dismissed China's accusations", "ignored Bhutanese protests").
ANSWERED = frozenset({"REQUEST", "ACCUSE", "PROTEST", "THREATEN"})
#: Sectors of a state's public: its opposition, press and civilians.
PUBLIC = frozenset({"OPP", "MED", "CVL"})
#: Sectors that hold power at home: government, police, legislature and courts.
POWERS = frozenset({"GOV", "COP", "LEG", "JUD"})
#: Sectors that act by force only within their own state's jurisdiction.
JURISDICTION = frozenset({"COP", "JUD"})
#: Acts of force a police or a court does to people.
FORCE = frozenset({"COERCE", "ASSAULT"})
#: Modifiers that write an agent as someone else's than the state at home.
FOREIGN = frozenset({"foreign", "international", "western", "overseas", "global", "world",
                     "other", "regional", "european", "exiled", *_DE_FACTO})
#: Words of a number of people, whose "of" phrase names who they are ("dozens of
#: protesters").
NUMBERS = frozenset({"tens", "dozens", "hundreds", "thousands", "scores", "some", "many",
                     "several", "members", "group", "crowd", "number"})
#: Prepositions whose object names the one an act is done to.
TO_WHOM = frozenset({"on", "against", "to", "at", "upon"})
#: Prepositions of an agent's own place ("protesters in Almaty", "residents of the town").
PLACE_PREPS = frozenset({"in", "of", "from"})

#: Verbs whose past participle tells what was done to someone by another ("to have him
#: freed", "got their visas rejected"): the participle is a passive, its undergoer before it.
CAUSATIVE = frozenset({"have", "get"})
#: Endings of nouns made from verbs, which name an act ("deployment", "decision"), and act
#: nouns with other endings or none ("withdrawal", "use", "move"). Not "-al", "-ure",
#: "-ance" or "-ence" as such: they end as many things ("capital", "future", "balance").
ACT_ENDINGS = ("tion", "sion", "ment")
ACT_WORDS = frozenset({"use", "move", "step", "attack", "strike", "ban", "offer", "threat",
                       "buildup", "build-up", "push", "bid", "effort", "help", "support",
                       "withdrawal", "refusal", "removal", "approval", "arrival", "dismissal",
                       "denial", "proposal", "seizure", "closure", "departure", "presence",
                       "assistance", "acceptance", "interference", "insistence", "resistance",
                       "visit", "trip"})

Refs = Callable[[list[Any]], list[ActorRef]]
StateOf = Callable[[ActorRef], ActorRef]
Ident = Callable[[str, int, int, str, ActorRef | None, ActorRef | None], str]


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


def indefinite(noun: Any) -> bool:
    """Whether *noun* is written with "a" or "an" ("as a protest", "as a mark of protest"),
    not as the subject of a clause "as" opens ("as protests spread")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


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


def _between(trigger: Any) -> bool:
    """Whether the act's words name its parties together ("talks between India and
    China", "an agreement reached between the two envoys", "a meeting of the two
    leaders"): then both are written, none is governed."""
    verb = [trigger.head] if trigger.dep_ in SUBJECTS else []  # ("an agreement has been
    # reached between the envoys")
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among", "of")
               for n in (trigger, *verb, *(c for c in trigger.children if c.dep_ == "acl"))
               for c in n.children)


def answering(e: Report, sent: Any, refs: Refs) -> ActorRef | None:
    """The one who answers or receives the request *e* (or the accusation, protest or
    threat: :data:`ANSWERED`), its noun the object of their verb ("refused a request from
    X", "the request was rejected by Y", "complied with the demand", "dismissed X's
    accusations"), or None."""
    if e.type not in ANSWERED or e.source is None or e.target is not None or e.mutual:
        return None
    noun = token_at(sent, e.evidence[0].trigger_start)
    if noun is None or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
        verb = verb.head  # ("complied with the demand")
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.lemma_.lower() not in ANSWERING:
        return None
    answers = verb
    while answers.dep_ == "xcomp" and not _subjects(answers):
        answers = answers.head  # ("is expected to accept the request")
    by = [g for c in verb.children if c.dep_ == "agent" for g in c.children
          if g.dep_ == "pobj"] if noun.dep_ == "nsubjpass" else \
        [s for s in _subjects(answers) if s.dep_ in SUBJECTS]
    found = refs(by) if len(by) == 1 and by[0].pos_ != "PRON" else []
    if len({key(r) for r in found}) != 1 or same_side(found[0], e.source) or \
            not found[0].country:
        return None
    return replace(found[0], basis="inferred-clause")


def home_side(e: Report, sent: Any, refs: Refs, state_of: StateOf) -> ActorRef | None:
    """The side *e* leaves out when its words write it as a generic agent (a state's public
    or its powers: "protesters", "the government") whose state its own words, its clause's
    place or a domestic act by definition tell (see the module's docstring), or None."""
    known = e.source or e.target
    if known is None or (e.source and e.target) or e.mutual:
        return None
    trigger = token_at(sent, e.evidence[0].trigger_start)
    tokens = [] if trigger is None else \
        [_doer_token(trigger)] if e.source is None else _undergoer_tokens(trigger)
    agent = next((a for a in (_generic_agent(t, refs) for t in tokens) if a), None)
    if agent is None:
        return None
    token, sector = agent
    public = sector in PUBLIC  # (a body's place is not its state's: "the embassy in X")
    state = _place_of(token, refs, PLACE_PREPS if public else {"of", "from"}) or \
        (_place_of(trigger, refs, {"in"}) if public else None)
    if state is None and known.country and _at_home(e, known, sector):
        state = replace(known, sector=None)
    if state is None or not state.country:
        return None
    return replace(state_of(state), sector=sector, basis="inferred-clause")


def _at_home(e: Report, known: ActorRef, sector: str) -> bool:
    """Whether *e*, done by or to *known* with a generic agent of *sector* on its other
    side, is a domestic act by definition: police or a court's force on people, an
    opposition against the powers (a state's press or citizens speak of others' authorities
    as often as of their own), a legislature's request or an order to the government."""
    mine = known.sector or ("GOV" if known.kind == "person" else None)
    if e.source is known:
        return (mine in JURISDICTION and e.type in FORCE and sector in PUBLIC) or \
            (mine == "OPP" and sector in POWERS and e.type not in FORCE) or \
            (e.type == "REQUEST" and sector == "GOV" and
             (mine == "LEG" or e.mode == "instruct"))
    return sector in JURISDICTION and e.type in FORCE and mine in PUBLIC


def _doer_token(trigger: Any) -> Any:
    """The token that writes the doer of the act *trigger* names: its subject, or the
    agent of a passive ("were detained by police")."""
    for c in trigger.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    verb = trigger
    if trigger.dep_ == "advcl" and trigger.tag_ in ("VBG", "VB") and \
            not _subjects(trigger):  # ("stormed the building, demanding ...", "occupied
        verb = trigger.head  # the tribune to prevent ...": the main clause's subject acts)
    subj = [s for s in _subjects(verb) if s.dep_ == "nsubj"]
    if len(subj) != 1:
        return None
    if subj[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head  # ("demonstrators who accused ...")
    return subj[0]


def _undergoer_tokens(trigger: Any) -> list[Any]:
    """The tokens that may write the one the act *trigger* is done to: its object, the
    subject of its passive, the object of "on", "against", "at" or "to" on it ("called on
    the government", "fired tear gas at protesters", "a crackdown on protesters")."""
    preps = TO_WHOM | ({"of"} if trigger.pos_ == "NOUN" else set())
    return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + \
        [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps
         for g in c.children if g.dep_ == "pobj"]


def _generic_agent(token: Any, refs: Refs) -> tuple[Any, str] | None:
    """*token* (or the people its "of" phrase names: "dozens of protesters") and its
    sector, where it is a generic agent written without a state, or None."""
    if token is None:
        return None
    while token.lower_ in NUMBERS:  # ("tens of thousands of demonstrators")
        people = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), None)
        if people is None:
            return None
        token = people
    sector = _agent_sector(token)
    if sector is None or refs([token]) or any(
            c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and
            (c.lower_ in FOREIGN or c.ent_type_ in NAMED) for c in token.children):
        return None
    return token, sector


def _agent_sector(token: Any) -> str | None:
    """The sector of a state's public or powers the noun *token* names, or None."""
    if token.pos_ != "NOUN":
        return None
    sector = _agents().get(token.lower_) or _agents().get(token.lemma_.lower())
    return sector if sector in PUBLIC | POWERS else None


@cache
def _agents() -> dict[str, str]:
    """The knowledge base's agent nouns and the one-word titles of its public, with their
    sectors ("protesters": OPP, "journalist": MED, "police": COP)."""
    titles, agents = load_roles()
    people = {t.words[0]: t.sector for t in titles
              if len(t.words) == 1 and t.sector in PUBLIC}
    return {**people, **agents}


def _place_of(token: Any, refs: Refs, preps: Collection[str]) -> ActorRef | None:
    """The state of the place a phrase of *token* with one of *preps* names ("protesters
    in Almaty", "residents of the town of X", "rallied in Almaty"), or of the body or party
    its "of" or "from" phrase names, or None: never a body it is only at or in ("protesters
    at the Kazakh embassy", "in the Kazakh parliament")."""
    for c in token.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for g in c.children:
            found = refs([g]) if g.dep_ == "pobj" else []
            if len(found) == 1 and found[0].country and (
                    found[0].kind == "country" and found[0].sector is None or
                    c.lower_ in ("of", "from") and found[0].sector in POWERS | {"PTY", "BUS"}):
                return found[0]  # (or the state whose body, party or company they are of:
    return None  # "MPs from the X party", "members of the Kazakh parliament", "workers of the
    # United Bus Company of Tehran", round 18)


def refused_asker(e: Report, before: list[Report], sent: Any) -> ActorRef | None:
    """The maker of the request a refusal *e* with no addressee answers, or None: the
    latest request of another side with no addressee told in the same sentence or the one
    before it, within the paragraph."""
    if e.type != "REJECT" or e.target is not None or e.source is None or \
            e.source.inferred or e.mutual:
        return None
    start = sent.start_char
    first = sent[0]
    previous = first.nbor(-1).sent if first.i > 0 else None
    if previous is not None and "\n" in gap(previous, sent) and not _pro_form(e, sent):
        previous = None  # (a new paragraph: another context, unless "do so" points back)
    earliest = previous.start_char if previous is not None else start
    for prior in reversed(before):
        at = prior.evidence[0].start
        if at < earliest:
            break
        if prior.type == "REQUEST" and prior.target is None and prior.source is not None \
                and prior.source.country and not same_side(prior.source, e.source) \
                and prior.evidence[0].trigger_start < e.evidence[0].trigger_start and \
                _refuses_asked(e, prior, sent):
            return replace(prior.source, basis="inferred-previous")
    return None


def _refuses_asked(e: Report, prior: Report, sent: Any) -> bool:
    """Whether the refusal *e* refuses what *prior* asks: no act named ("refused"), a pro-form
    ("refused to do so", "declined to do that") or the asked act named again ("pressed for
    a discussion ... refused to discuss it"), not another act ("refused to criticise his
    predecessor")."""
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if trigger is None:
        return False
    acts = [c for c in trigger.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    if not acts:
        return True
    asked = prior.evidence[0].sentence.lower()
    if _pro_form(e, sent):
        return True
    for act in acts:
        lemma = act.lemma_.lower()
        if lemma in PRO_ACTS or len(lemma) >= 4 and lemma[:5] in asked:
            return True
    return False


def _pro_form(e: Report, sent: Any) -> bool:
    """Whether the refusal *e* refuses by a pro-form ("refused to do so", "declined to do
    that"), which points back to an act told before, across a paragraph's end too."""
    trigger = token_at(sent, e.evidence[0].trigger_start)
    return trigger is not None and any(
        c.dep_ == "xcomp" and c.lemma_.lower() == "do" and
        any(g.lower_ in ("so", "that", "this", "it") for g in c.children)
        for c in trigger.children)


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


# -- the grammar of sides a parse hides ---------------------------------------------------
def aux_subjects(verb: Any) -> list[Any]:
    """The subject the parser hung on the auxiliary of an active *verb* that has none of
    its own, where a phrase stands between them ("China has on Monday asked X to leave":
    "China" read as the subject of "has"); none for a passive, whose subject undergoes it
    ("X has on Monday been asked")."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS or c.dep_ == "auxpass"
                                  for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "aux" and c.i < verb.i and
            any(p.dep_ == "prep" and c.i < p.i < verb.i for p in c.children)
            for g in c.children if g.dep_ == "nsubj"]  # (only where the phrase misled
    # the parser: "it would only capture" is no such case)


def causative(verb: Any) -> Any:
    """The "have" or "get" whose past participle *verb* is ("worked to have him freed",
    "got their visas rejected by X"), or None: the participle is a passive whose
    undergoer is written before it, and whose doer only its "by" phrase names (never the
    subject of "have", who arranges or suffers it)."""
    head = verb.head
    if verb.tag_ != "VBN" or head.i == verb.i:
        return None
    made = head.head if verb.dep_ == "acl" and head.dep_ == "dobj" and \
        not any(c.dep_ == "det" for c in head.children) else head  # ("got visa renewals
    # rejected", not "got the letter sent by X": a thing described)
    if made is head and verb.dep_ not in ("ccomp", "xcomp", "oprd") or \
            not _causing(made):
        return None
    return made


def _causing(verb: Any) -> bool:
    """Whether *verb* is a "get", or a "have" not finite ("to have him freed", "having it
    banned"): a finite "had" may hold what it tells of ("it had 90,000 users signed up")."""
    lemma = verb.lemma_.lower()
    return lemma in CAUSATIVE and (lemma == "get" or verb.tag_ in ("VB", "VBG"))


def causative_undergoers(verb: Any) -> list[Any]:
    """Who undergoes the participle *verb* of a causative (:func:`causative`): its own
    subject or the object of "have"/"get" ("had him freed", "had the journalists
    expelled"), else, where that is a thing ("got visa renewals rejected"), the subject
    of "get" or "have", whose the thing is."""
    made = causative(verb)
    if made is None:
        return []
    written = [c for c in verb.children if c.dep_ in SUBJECTS] or \
        ([verb.head] if verb.dep_ == "acl" else
         [c for c in made.children if c.dep_ == "dobj"])
    if any(someone(t) for t in written):
        return written
    return [c for c in made.children if c.dep_ == "nsubj"]


def bare_passive(verb: Any) -> bool:
    """Whether *verb* is a past participle opening an adverbial clause with no subject and
    no auxiliary of its own ("could face prison if convicted", "once arrested", "when
    attacked"): a passive, whose undergoer is the subject of the clause it modifies, never
    its doer (round 16). Not "having attacked", an active perfect, nor a clause of
    comparison ("as agreed between X and Y", "as planned"), which says the act is in line
    with another, not that the subject undergoes it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") or
        c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children)


def adjunct(verb: Any) -> bool:
    """Whether *verb* heads an adverbial clause a subordinator opens with no subject of its
    own ("were detained while trying to protest", "was arrested after refusing to leave"):
    its doer is the subject of the clause it modifies, passive or not (round 16)."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB") and \
        any(c.dep_ == "mark" for c in verb.children) and \
        not any(c.dep_ in SUBJECTS for c in verb.children)


#: Verbs that, with "under" and an act's noun, tell that their subject undergoes it ("came
#: under attack", "was under fire from X", "fell under shelling").
UNDER_VERBS = frozenset({"come", "be", "remain", "fall"})


def come_under(noun: Any) -> Any:
    """The verb of "X came under attack (by Y)" when *noun* is the act's noun there: its
    subject is the act's target, its "by" or "from" phrase the doer (round 16); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in UNDER_VERBS \
        else None


#: Verbs of a blow landing, whose passive subject is what an act of force in their "by"
#: phrase is done to ("was hit by Kazakh air strikes", "was pounded by Israeli shelling").
STRUCK_VERBS = frozenset({"hit", "strike", "pound", "target", "bombard", "shell", "batter",
                          "hammer", "rock", "damage", "destroy", "devastate", "level", "raze",
                          "flatten", "pummel", "blast", "ravage", "wreck", "bomb", "kill",
                          "wound", "injure"})


def struck_by(noun: Any) -> list[Any]:
    """What the act that *noun* names lands on, when the noun is the doer of a verb of a
    blow: the verb's subject when the noun is its passive's "by" phrase ("X was hit by
    Kazakh air strikes"), its object when the noun is its active subject ("Kazakh air
    strikes hit X"); else none. Grammar: the agent of a verb does to its object what the
    verb says; an act's noun as agent does it by its doer (the noun's possessor or
    demonym)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb, role = noun.head.head, "nsubjpass"
    elif noun.dep_ == "nsubj":
        verb, role = noun.head, "dobj"
    else:
        return []
    if verb.lemma_.lower() not in STRUCK_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == role]


def not_kickers(subjects: list[Any]) -> list[Any]:
    """*subjects* of one verb without a headline's kicker the parser took for one: a subject
    ended by a colon before another subject after it ("BRICS Summit 2024: Modi meets Xi",
    "Ukraine war: Russia attacks Kyiv"): the label before the colon names the topic, never
    a side (round 16)."""
    if len(subjects) < 2:
        return subjects
    def kicker(s: Any) -> bool:
        end = max((t.i for t in s.subtree if not t.is_punct), default=s.i)
        return s.doc[end + 1:end + 2].text == ":" and any(o.i > end + 1 for o in subjects)
    return [s for s in subjects if not kicker(s)] or subjects


def own_subject(t: Any) -> set[int]:
    """The words of the subject of the clause whose object the pronoun *t* is ("who insulted
    him": not the one who insulted): an object pronoun never stands for its own clause's
    subject (a reflexive would), so that one is no antecedent (round 16). Through a relative
    pronoun, the noun it stands for, with its name's words."""
    if t.lower_ not in ("him", "her") or t.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    verb = t.head.head if t.dep_ == "pobj" else t.head
    out: set[int] = set()
    for s in (c for c in verb.children if c.dep_ in SUBJECTS):
        if s.lower_ in ("who", "that") and verb.dep_ == "relcl":
            s = verb.head
        out |= {s.i, *(c.i for c in s.children if c.dep_ == "compound")}
    return out


def names_act(noun: Any) -> bool:
    """Whether *noun* names an act ("the withdrawal", "Russia's decision", "the use of
    force"), not a person, a body or a thing."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not someone(noun) and \
        (lemma in ACT_WORDS or lemma.endswith(ACT_ENDINGS))


def act_doers(noun: Any) -> list[Any]:
    """The words that name the doer of the act the noun *noun* names, when it names an act
    and no one ("Russia's deployment of troops", "the decision by X to ...", "X's use of
    the bases"): its possessor or the object of its "by"; none for a noun of people or a
    body ("Putin's critics" are not Putin), who do their own acts."""
    if not names_act(noun):
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PASSED] + \
        [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
         for g in c.children if g.dep_ == "pobj"]


def between_words(prep: Any) -> list[Any]:
    """The words of the "between" phrase *prep*: its own, and where they end on an "and" the
    parser left without the party after it ("a meeting between Prime Minister Modi and
    Chinese President Xi tomorrow", "Xi" read as a word of "tomorrow"), the words that
    follow, to the phrase's end (a verb, a preposition, a clause's opening or a stop):
    "between" names two parties by definition."""
    words = list(prep.subtree)
    if words[-1].dep_ != "cc" or words[-1].lower_ != "and":
        return words
    for t in prep.doc[words[-1].i + 1:prep.sent.end]:
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or \
                t.pos_ == "PUNCT" and t.tag_ != "HYPH":
            break
        words.append(t)
    return words
