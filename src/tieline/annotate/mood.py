"""The mood of an act: whether the words that govern it tell it as done, or only as wished,
asked for, put off, possible or denied.

PLOVER codes what an actor did. A wish, a request, a call on someone to act, a delay and a
negation are not the act they name: an expressed intent is the intent at most (PLOVER's
AGREE or THREATEN for the announcement, the act itself never as happened), a demand is the
demander's REQUEST, and "no Indian soldier was killed" reports no killing. The coder
(``status._status``) reads these predicates from the parse, after the pattern
matched:

* a conjunct shares the mood of the conjunct it is joined to when it has no subject and no
  auxiliary of its own ("will withdraw its troops and sign a treaty", "called for launching
  a case and imposing sanctions", "urged India to respect ... and withdraw");
* a verb of wishing governs what is wished ("while wishing to join the Union State");
* a noun act is asked for when it is the object of a verb of demanding or requesting
  ("requested a meeting with X", "demanding the withdrawal of troops") or what a request,
  a demand, a need or a commitment is for ("at the request for talks", "the need to
  apologise", "the commitment to disengage");
* an act put off ("postponed the visit", "the delay of the visit") has not happened yet;
* an act someone is "poised", "due" or "slated" to do, or an occasion a relative clause
  tells as ahead ("the summit that Modi is expected to attend"), is ahead;
* the possibility, prospect or option of an act is no act ("raised the possibility of
  banning Georgian wine");
* an act is denied when its doer is "no one" ("no Indian soldier was killed"), or when the
  need, plan or intention to do it is ("there is no need to impose sanctions"); a negation
  does not reach past a phrase that sets the scene of its clause ("did not comment during
  his meeting with X": the meeting happened, the comment did not);
* an order or a decree given is an act done: the measure its giver orders is the measure
  taken ("Putin orders the suspension of flights"), what he orders another to do is ahead;
* a negated word of being alone or first denies no act ("is not alone in condemning X");
* an act noun told as done by a past relative clause of its own ("a clash that left 20
  dead") or taken as done as the definite object of a verb of judging or answering ("did
  not condemn the attack", "wants to avenge the attack") is out of reach of any wish,
  modal or negation above it;
* a clause of reason or concession ("since X insulted Putin, ...") is told as a fact, out
  of reach of the main clause's modal; what is "likely" to be done is possible, and what
  "it is high time" for is called for.

The negation's reach (the bullets on denial, being alone, acts told as done and
clauses of reason) is read in :mod:`tieline.annotate.negation`.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from .negation import _FUTURE, _OCCURRING

#: Verbs of wishing: what they govern is desired, not done.
DESIRING = frozenset({"wish", "desire", "aspire", "yearn", "long", "crave", "dream"})
#: Verbs whose object is the act asked for ("requested a meeting", "demanded the
#: withdrawal", "recommended the imposition of measures").
_ASKING_FOR_OBJECT = frozenset({"request", "demand", "recommend", "wish", "desire", "suggest",
                                "advocate", "require"})
#: Verbs whose "for" phrase is the act asked for ("pressed for talks", "asked for a
#: meeting", "appealed for a ceasefire"); "call for" is the coder's own (``_asking``).
_ASKING_FOR = frozenset({"ask", "press", "push", "appeal", "beg", "plead", "lobby", "campaign",
                         "clamour", "clamor", "agitate", "wait", "hope", "pray", "long"})
#: Nouns whose "for", "of" phrase or infinitive is an act wished, asked for, owed or
#: needed, not done ("the request for a meeting", "the demand for withdrawal", "the need
#: to apologise", "its commitment to disengage").
_ASKING_NOUNS = frozenset({"request", "requests", "demand", "demands", "appeal", "appeals",
                           "need", "necessity", "commitment", "commitments", "obligation",
                           "obligations", "wish", "wishes", "hope", "hopes", "aspiration",
                           "aspirations", "ambition", "ambitions", "ultimatum", "expectation",
                           "expectations", "requirement", "requirements", "push"})
#: Nouns of an agreement or an obligation: the act they are "on" or "for", or their
#: infinitive, is agreed or owed, not done ("the ceasefire agreement on the withdrawal of
#: Russian forces", "the deal to withdraw"), as an act one "agreed to" do is.
_AGREEMENT_NOUNS = frozenset({"agreement", "agreements", "deal", "accord", "accords", "treaty",
                              "pact", "consensus", "understanding", "arrangement",
                              "memorandum", "protocol", "roadmap", "obligation",
                              "obligations", "commitment", "commitments", "plan"})
#: Verbs of putting an act off: it has not happened at the time it was set for.
_DEFERRING = frozenset({"postpone", "delay", "defer", "reschedule", "adjourn", "shelve"})
#: Nouns of the same ("the delay of the visit", "the postponement of the talks").
_DEFERRING_NOUNS = frozenset({"delay", "postponement", "deferral", "deferment"})
#: Words that put an act ahead of the time told ("is poised to meet", "is due to visit").
_AHEAD = frozenset({"poised", "due", "slated", "about"})
#: Words of a future or an intention in a relative clause that tells an occasion as ahead
#: ("the summit that Modi is expected to attend", "the talks which will be held").
_AHEAD_VERBS = frozenset({"expect", "schedule", "plan", "set", "due", "slate", "poise",
                          "intend"})

#: Adjectives of an occasion about to come (besides the coder's "planned", "upcoming").
_IMPENDING = frozenset({"impending", "imminent", "pending"})
#: Nouns of what may happen: the act they are "of" is possible, not done.
_POSSIBILITY = frozenset({"possibility", "possibilities", "prospect", "prospects", "option",
                          "options", "likelihood", "chance", "chances", "scenario", "idea",
                          "eventuality", "spectre", "specter"})

#: Coordinators that contrast: the second conjunct keeps its own mood ("did not attend but
#: sent a deputy").
_CONTRASTING = frozenset({"but", "yet", "instead", "whereas"})


def shares_mood(conjunct: Any) -> bool:
    """Whether a conjunct shares the subject, auxiliaries and governor of the conjunct it is
    joined to: it has no subject and no auxiliary of its own (an infinitive's "to" aside),
    is no finite verb, and is not joined by a contrast ("will withdraw and sign": "sign"
    shares "will"; "did not vote and walked out": "walked" is told on its own). A verb
    shares only with a verb of its own form."""
    if conjunct.dep_ != "conj" or conjunct.head.i == conjunct.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or
           c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in conjunct.children):
        return False
    if conjunct.pos_ in ("VERB", "AUX") and (conjunct.tag_ not in ("VB", "VBG", "VBN") or
                                             conjunct.head.tag_ != conjunct.tag_):
        return False  # (coordinated verbs share a form: "to travel ... and removing the
        # ban" is a misparse of two acts of the decrees, not a removal wished)
    between = conjunct.doc[conjunct.head.i + 1:conjunct.i]
    return not any(t.dep_ == "cc" and t.lower_ in _CONTRASTING or t.lower_ == "instead"
                   for t in between)


def coordinates(t: Any) -> list[Any]:
    """The conjuncts *t* shares its mood with, nearest first ("and sign" -> "withdraw")."""
    out: list[Any] = []
    node = t
    while shares_mood(node) and len(out) < 6:
        node = node.head
        out.append(node)
    return out


def near(chain: list[Any]) -> list[Any]:
    """The part of *chain* (an act and the words that govern it) that can give the act its
    mood: up to the head of the first preposition crossed. Above it the act is a reason or
    a circumstance of another ("the need to apologise for the aggression of 2008", "called
    on X to act in response to insulting Putin": the aggression and the insult happened)."""
    for n, node in enumerate(chain):
        if n and node.dep_ == "prep":
            return chain[:n + 2]
    return chain


def desires(node: Any) -> bool:
    """Whether *node* is a verb of wishing ("while wishing to join", "desires to visit")."""
    return node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in DESIRING


def asked_for(chain: list[Any]) -> bool:
    """Whether the act at the start of *chain* (the act and the words that govern it, as
    ``status._governors`` climbs them) is asked for, wished, agreed or owed, not done: the object
    of a verb of demanding ("requested a meeting", "demanding the withdrawal"), the "for"
    phrase of a verb of asking ("pressed for talks"), or what a noun of asking or needing is
    for ("the request for talks", "the need to apologise", "the commitment to disengage"),
    or what an agreement is on ("the agreement on the withdrawal of forces")."""
    chain = near(chain)
    for below, node in pairwise(chain):
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and lemma in _ASKING_FOR_OBJECT and \
                below.dep_ in ("dobj", "nsubjpass"):
            return True
        if below.dep_ == "prep" and below.lower_ in ("for", "on") and \
                node.pos_ in ("VERB", "AUX") and (lemma in _ASKING_FOR or lemma == "insist"):
            return True
        if node.pos_ == "NOUN" and node.lower_ in _ASKING_NOUNS and (
                below.dep_ in ("acl", "relcl") and _infinitive(below) or
                below.dep_ == "prep" and below.lower_ in ("for", "of", "to")):
            return True
        if node.pos_ == "NOUN" and node.lower_ in _AGREEMENT_NOUNS and (
                below.dep_ == "acl" and _infinitive(below) or
                below.dep_ == "prep" and below.lower_ in ("on", "for", "about")):
            return True  # "the agreement on the withdrawal of forces": agreed, not done
    return False


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def deferred(chain: list[Any]) -> bool:
    """Whether the act is put off ("postponed the visit", "the visit was delayed", "the
    delay of the visit", "put off the talks"): it has not happened at its time."""
    chain = near(chain)
    for below, node in pairwise(chain):
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and below.dep_ in ("dobj", "nsubjpass") and (
                lemma in _DEFERRING or lemma == "put" and any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in node.children)):
            return True
        if node.pos_ == "NOUN" and node.lower_ in _DEFERRING_NOUNS and \
                below.dep_ == "prep" and below.lower_ in ("of", "in", "to"):
            return True
    return False


def ahead(t: Any, chain: list[Any]) -> bool:
    """Whether the act is told as ahead: someone is "poised", "due", "slated" or "about" to
    do it ("Modi is poised to meet Xi"), something is done "ahead of" it, or it is an
    occasion that a relative clause tells as to come ("the summit that Modi is expected to
    attend", "talks which will be held in June")."""
    chain = near(chain)
    for below, node in pairwise([None, *chain]):
        if node.lower_ in _AHEAD and any(c.dep_ == "xcomp" and _infinitive(c)
                                         for c in node.children):
            return True
        if node.lower_ == "ahead" and below is not None and below.lower_ == "of":
            return True  # "ahead of Doval's visit to Beijing, China reiterated ..."
    if t.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _IMPENDING for c in t.children):
        return True  # "the impending visit of Doval to Beijing"
    for clause in (c for c in t.children if c.dep_ == "relcl"):
        verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if any(a.dep_ == "aux" and a.lower_ in _FUTURE for v in verbs for a in v.children):
            return True
        if clause.lemma_.lower() in _AHEAD_VERBS and clause.tag_ in ("VBN", "VBZ", "VBP") and \
                any(c.dep_ == "xcomp" for c in clause.children):
            return True  # ("that Modi is expected to attend")
    return False


def possible(chain: list[Any]) -> bool:
    """Whether the act is what a noun of possibility is "of" ("raised the possibility of
    banning Georgian wine", "the prospect of talks"): what may be, not what was done."""
    chain = near(chain)
    return any(node.pos_ == "NOUN" and node.lower_ in _POSSIBILITY and below.dep_ == "prep"
               and below.lower_ == "of" for below, node in pairwise(chain))


#: Words of a condition set for an act ("a precondition for talks", "conditional upon the
#: withdrawal", "contingent on"): the act that is the condition and the act it is set for are
#: both still to come (round 6).
_CONDITION_NOUNS = frozenset({"precondition", "preconditions", "prerequisite",
                              "prerequisites", "condition", "conditions"})
_CONDITION_ADJECTIVES = frozenset({"conditional", "contingent", "conditioned"})
#: Prepositions that lead from a word of condition to the act it sets or asks for.
_CONDITION_PREPS = frozenset({"for", "of", "on", "upon", "to"})


def conditioned(t: Any, chain: list[Any]) -> bool:
    """Whether the act *t* is a condition set for another act, or the act one is set for:
    the subject of "is a precondition" ("the withdrawal of troops is the precondition for
    talks"), what a condition is "for" or "of" ("a precondition for talks"), what an act is
    "conditional upon" or "contingent on", or the clause of "on condition that". Neither has
    happened: the text tells what one side asks before it acts (PLOVER codes acts; an act
    only set as a condition is hypothetical). "The conditions of detention" and "under the
    conditions of the agreement" describe something that happened: a bare "condition" leads
    only with "for", and only through its own phrase."""
    if awaited(t):
        return True  # "will not negotiate until Mubarak leaves office"
    chain = near(chain)
    for node in chain:  # ("the resumption of talks is conditional on ...": the talks too)
        if node.dep_ == "nsubj" and node.head.lemma_ == "be" and any(
                c.dep_ in ("attr", "acomp") and _a_condition(c) for c in node.head.children):
            return True  # "the withdrawal is a precondition for talks"
        if node.dep_ == "attr" and node.head.lemma_ == "be" and any(
                c.dep_ == "nsubj" and _a_condition(c) for c in node.head.children):
            return True  # "the only precondition is the withdrawal of troops"
    for below, node in pairwise(chain):
        if below.dep_ == "prep" and below.lower_ in _CONDITION_PREPS and _a_condition(node) \
                and (below.lower_ == "for" or node.lower_ not in ("condition", "conditions")):
            return True  # "the precondition for talks", "conditional upon the withdrawal"
        if below.dep_ in ("acl", "ccomp") and node.lower_ in ("condition", "conditions") and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in below.children):
            return True  # "on condition that Azerbaijan withdraws its troops"
    return False


#: Subordinators of a time an act waits for ("until X withdraws", "once X leaves office").
_AWAITING = frozenset({"until", "till", "once"})


def awaited(t: Any) -> bool:
    """Whether a verb's act is the time another act waits for, told in the present ("will
    not negotiate until Mubarak leaves office", "downplays the prospect ... once Mubarak
    leaves office"): English puts a future act in the present after "until" and "once", so
    it has not happened; it is set as a condition (round 10 of the non-acts). "stayed until
    the troops withdrew" tells a past act."""
    return t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP") and \
        any(c.dep_ == "mark" and c.lower_ in _AWAITING for c in t.children)


def _a_condition(word: Any) -> bool:
    return word.lower_ in _CONDITION_NOUNS or word.lower_ in _CONDITION_ADJECTIVES


#: Verbs of saying that tell who spoke a quote ('"...," Modi said during the meeting').
_SAYING = frozenset({"say", "tell", "add", "state", "note", "stress", "declare", "remark",
                     "write", "tweet", "assert", "emphasise", "emphasize"})


def said_apart(node: Any) -> bool:
    """Whether *node* is a verb of saying with its own subject that the parser joined to the
    quote's verb as a conjunct ('"Trust should remain the basis," Modi said during the
    meeting': "said" hangs on "remain"): a clause of its own, which the quote's modal does
    not reach (round 6)."""
    return node.dep_ == "conj" and node.lemma_.lower() in _SAYING and \
        any(c.dep_ == "nsubj" for c in node.children)


#: Of those, the verbs of an occasion's ending or lasting: one that "will end" or "will
#: continue" is under way, not ahead ("its investigations will conclude only when ...").
_LASTING = frozenset({"last", "end", "conclude", "close", "finish", "continue"})


def ahead_to_occur(t: Any) -> bool:
    """Whether the occasion *t* is told as to take place: the subject of a verb of occurring
    in the future ("the talks will take place in June", "the meeting will begin on Monday");
    not of its ending ("the investigation will conclude"), which tells it under way."""
    verb = occurring(t)
    return verb is not None and verb.lemma_.lower() not in _LASTING and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def occurring(t: Any) -> Any:
    """The verb that tells whether the occasion *t* takes place, when *t* is its subject
    ("a meeting should take place soon", "the talks may happen"), else None: its mood is the
    occasion's (round 6)."""
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and \
            t.head.lemma_.lower() in _OCCURRING and t.head.lemma_ != "be":
        return t.head
    return None


#: Verbs of telling: to promise or offer to tell is no intent to cooperate with anyone.
_TELLING = frozenset({"inform", "explain", "clarify", "comment", "elaborate", "brief",
                      "update", "detail", "answer", "reply", "describe", "say", "tell",
                      "disclose", "reveal", "specify", "recount"})


def promises_words(head: Any, not_objects: frozenset[str]) -> bool:
    """Whether a verb of promising or offering promises only words: its infinitive is a verb
    of telling ("promised to explain") or gives one of the things an offer of which is no
    intent to cooperate (*not_objects*: "promised to give a detailed account of his stay",
    "offered to provide more details")."""
    for verb in head.children:
        if verb.dep_ != "xcomp" or not _infinitive(verb):
            continue
        if verb.lemma_.lower() in _TELLING or any(
                o.dep_ == "dobj" and o.lemma_.lower() in not_objects for o in verb.children):
            return True
    return False


#: Verbs of ordering and decreeing: an authority's order puts the measure it names into force.
_ORDERING = frozenset({"order", "decree", "mandate"})


def enacted(act: Any, governor: Any) -> bool:
    """Whether *act* is the measure an order or decree (*governor*) puts into force: its
    object ("Putin orders the suspension of flights", "the suspension was ordered") or its
    infinitive when the order names no one else to carry it out ("ordered to abolish the
    visa regime"). An order given is an act done, and what its giver orders of his own
    state is the measure taken; what he orders another to do ("ordered the troops to
    withdraw", "ordered Georgia to withdraw") is still to come."""
    if act.head.i != governor.i or governor.pos_ not in ("VERB", "AUX") or \
            governor.lemma_.lower() not in _ORDERING:
        return False
    if act.dep_ in ("dobj", "nsubjpass"):
        return bool(act.pos_ == "NOUN")
    return act.dep_ == "xcomp" and _infinitive(act) and not any(  # ("Exxon was ordered to
        c.dep_ in ("dobj", "iobj", "dative", "nsubjpass", "auxpass")  # pay": Exxon is told)
        for c in governor.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in act.children)


#: Adjectives of likelihood: the act in their infinitive is possible, not done ("is likely
#: to resume flights", "is unlikely to attend").
_LIKELIHOOD = frozenset({"likely", "unlikely", "probable"})


def likely(node: Any) -> bool:
    """Whether *node* is an adjective of likelihood with an infinitive ("Russia is likely to
    resume flights"): what is likely is possible, not done."""
    return node.lower_ in _LIKELIHOOD and any(c.dep_ == "xcomp" and _infinitive(c)
                                              for c in node.children)


def time_called(node: Any) -> bool:
    """Whether *node* is the act "it is time" for ("it is time for X to apologise", "it is
    high time that Russia withdrew"): a call for the act, which has not been done."""
    noun = node.head
    return node.dep_ in ("relcl", "acl", "ccomp") and noun.lower_ == "time" and \
        noun.dep_ == "attr" and noun.head.lemma_ == "be" and \
        not any(c.dep_ in ("det", "poss", "nummod") or c.dep_ == "amod" and c.lower_ not in
                ("high", "about") for c in noun.children) and \
        any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in noun.head.children)


def purposed(act: Any, governor: Any) -> bool:
    """Whether *act* is the subject of a passive verb of intent that tells what it was for
    ("Putin's move to ban flights was intended to protect citizens", "the sanctions were
    intended to punish X"): the act is the means, taken; its purpose is what is intended.
    Not when the infinitive tells the act's own happening ("the talks were intended to
    start in May") or is itself passive ("sanctions were intended to be imposed")."""
    return act.dep_ == "nsubjpass" and act.head.i == governor.i and \
        governor.lemma_.lower() == "intend" and any(
            c.dep_ == "xcomp" and _infinitive(c) and c.lemma_.lower() not in _OCCURRING and
            not any(d.dep_ == "auxpass" for d in c.children) for c in governor.children)
