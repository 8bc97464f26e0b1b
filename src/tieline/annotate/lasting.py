"""States that last: relations that stand, results held, facts accepted, nothing yielded.

PLOVER codes acts, not states: a participle that names ground or things by what was done to them
("the occupied territories", "Pakistan-occupied Kashmir"), an act undone by its prefix
("de-occupation") or aimed by "anti-", a relation that already stands ("the long-standing
partnership"), is had ("enjoy close cooperation"), is the aim of a course ("efforts to distance
Armenia") or lasts since ("have restricted ties for years"), a result kept in place, a lasting
hold reacted to ("protested the occupation"), a fact, a region "as part of" a state or a figure
accepted, steps or a "give in" that yield nothing, a concession that only says something, a
market's demand, a measure kept to, and help to oneself.
"""

from __future__ import annotations

from typing import Any

from .acting import _ACTOR_LABELS, _HYPHENS, _TIME_LABELS, _noun_governor, hyphened


def describes_a_state(head: Any) -> bool:
    """Whether a verb of restricting or seizing stands as a participle before its noun
    ("the occupied territories", "Georgia's occupied regions", "the Russian-occupied
    region", "the banned apps"): a description of what the noun is now, which dates no act
    and often names no doer (a "Russian" before it qualifies the description, it reports no
    act). Read from the words around it as well as from the parse, which often takes such
    a participle for a verb of its own ("Georgia's occupied territories" as "Georgia's"
    and "occupied")."""
    if head.tag_ == "VBG" and head.dep_ == "amod" and head.i < head.head.i:
        return True  # "the occupying forces"
    if _opens_a_noun_phrase(head):
        return True  # "between the Russian occupied region of Tskhinvali and ..."
    if head.tag_ not in ("VBN", "VBD", "JJ") or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") or
            c.dep_ == "aux" and not (c.lower_ == "to" and head.tag_ == "VBN") or
            c.dep_ == "dobj" and c.i != head.i + 1 for c in head.children):
        return False  # ("to occupied Tskhinvali": the parser may take "to" for an infinitive's
        # and the noun for an object, but no infinitive is a past participle)
    if head.dep_ == "amod" and head.i < head.head.i:
        return True
    doc = head.doc
    if not 1 <= head.i < len(doc) - 1 or doc[head.i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    before = doc[head.i - 1]
    return before.tag_ in _DESCRIBING_TAGS or \
        before.tag_ in ("IN", "TO") and head.tag_ == "VBN" or hyphened(head)


def _opens_a_noun_phrase(head: Any) -> bool:
    """Whether a past form stands between a determiner with an adjective and a noun ("the
    Russian occupied region"): no finite verb follows "the Russian", so the form describes
    the noun, however the parser reads it (it may take the sentence's subject for the
    form's and the noun for its object: round 6)."""
    doc = head.doc
    if not (head.tag_ in ("VBN", "VBD") and 2 <= head.i < len(doc) - 1):
        return False
    return doc[head.i - 1].tag_ == "JJ" and doc[head.i - 2].tag_ in ("DT", "PRP$", "POS") and \
        doc[head.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")  # (or "occupied breakaway region")


#: Tags of a word before a participle that make it a noun's modifier: a determiner, a
#: possessive or an adjective ("the occupied", "Georgia's occupied", "Russian occupied");
#: after a preposition, a past participle is one too ("went to occupied Tskhinvali").
_DESCRIBING_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "PDT"})

#: Prefixes that turn an act into its undoing or its opposite: "de-occupation",
#: "anti-occupation rally", "non-aggression pact".
_UNDOING_PREFIXES = frozenset({"de", "anti", "non"})


def undone_by_prefix(head: Any) -> bool:
    """Whether the word is written with a prefix that negates it ("de-occupation", "the
    anti-occupation rally", "a non-aggression pact"): it names the act's undoing or a stance
    against it, not the act."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text in _HYPHENS and \
        not doc[head.i - 2].whitespace_ and doc[head.i - 2].lower_ in _UNDOING_PREFIXES


def names_the_opposed(word: Any) -> bool:
    """Whether an actor's word before an act noun is written with "anti-" ("anti-Russian
    protests", "the anti-Georgian campaign"): the actor is whom the act is against, not who
    does it (round 6). The parser may split it ("anti", "-", "Russian") or keep one token."""
    doc = word.doc
    if word.lower_.startswith(("anti-", "anti–")):
        return True
    if word.lower_ == "anti" and word.i + 1 < len(doc) and doc[word.i + 1].text in _HYPHENS:
        return True
    return word.i >= 2 and doc[word.i - 1].text in _HYPHENS and \
        doc[word.i - 2].lower_ == "anti" and not doc[word.i - 2].whitespace_


def helps_oneself(head: Any) -> bool:
    """Whether a verb of helping has a reflexive object ("hired assistants to help
    themselves with reporting"): help to oneself is no aid given to another (PLOVER AID is
    given by one actor to another)."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_.endswith(("self", "selves"))
               for c in head.children)


#: Words before a noun of cooperation that say how long the relation has stood ("the
#: long-standing partnership", "their decades-old cooperation", "the traditional
#: friendship"): a relation that stands is a state, not an act. PLOVER codes the initiation,
#: resumption or expansion of cooperation, not its existence. "historic" is not among them:
#: "a historic partnership" may be one made that day.
_STANDING_WORDS = frozenset({"longstanding", "traditional", "historical", "longtime",
                             "existing", "enduring", "time-tested", "age-old"})

#: The second half of a hyphened age ("long-standing", "decades-old", "century-old").
_STANDING_ENDS = frozenset({"standing", "old", "lasting", "tested"})


def names_a_standing_relation(head: Any) -> bool:
    """Whether a noun act is told as a relation that already stands ("challenges in the
    long-standing partnership with Russia", "praised its decades-old cooperation"): the words
    before the noun in its own phrase say its age, so the noun names no act done. A verb that
    acts on such a relation ("deepened their traditional partnership") is coded by its own
    pattern, not by the noun."""
    before = [t for t in head.lefts if t.dep_ in ("amod", "compound", "npadvmod", "advmod")
              or t.tag_ in ("JJ", "HYPH", "VBG", "VBN")]
    words = {t.lower_ for t in before}
    if words & _STANDING_WORDS:
        return True
    doc = head.doc
    for t in head.lefts:
        for u in t.subtree:
            if u.lower_ in _STANDING_ENDS and u.i >= 2 and doc[u.i - 1].text in _HYPHENS:
                return True
    return False


#: Nouns of a course pursued over time ("Pashinyan's efforts to distance Armenia from
#: Russia", "his attempts to forge closer ties", "the pivot to deepen relations").
_COURSE_NOUNS = frozenset({"effort", "attempt", "endeavour", "endeavor", "bid", "drive",
                           "push", "quest", "policy", "course", "strategy", "pivot",
                           "aspiration", "ambition", "aim", "goal", "agenda"})


def pursued_as_a_course(head: Any) -> bool:
    """Whether a verb of relations is the aim of a course an actor pursues ("Pashinyan's
    efforts to distance Armenia from Russia have strained the alliance", "has made efforts
    to deepen relations with the West"): the noun names a policy, which dates no act; the
    acts that carry it out (a visit, a signature, a suspension) are told by their own
    words. A relation verb told as an act ("Armenia moved to distance itself from Russia on
    Monday", "Putin pledged to deepen ties") is coded."""
    verb = head.head if head.dep_ == "dobj" else head  # "attempts to forge closer ties"
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "efforts to deepen relations ... and distance the country"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head  # "efforts at deepening relations", "the aim of restoring ties"
    if verb.dep_ in ("xcomp", "prep") and verb.head.lemma_.lower() in _COURSE_VERBS and \
            verb.head.pos_ == "VERB":
        return True  # "are working on improving relations", "strove to restore ties"
    return verb.dep_ in ("acl", "xcomp", "prep") and \
        verb.head.lemma_.lower() in _COURSE_NOUNS and verb.head.pos_ == "NOUN"


#: Verbs of pursuing a course over time ("working on improving relations", "working towards
#: normalising ties"): an effort, like the nouns of one, dates no act.
_COURSE_VERBS = frozenset({"work", "strive", "endeavour", "endeavor", "labour", "labor"})

#: Units of time whose span a "for" phrase states ("have restricted ties for years").
_SPANS = frozenset({"year", "years", "decade", "decades", "month", "months", "century",
                    "centuries", "long", "weeks"})


def holds_since(head: Any) -> bool:
    """Whether a verb in the present perfect is told as a state lasting up to now ("since
    then, the two countries have restricted their relations", "have kept close ties for
    decades"): said of relations, it describes where they stand, not an act done at a time;
    the act that changed them is told with its own time ("restricted their relations in
    2008")."""
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_ == "have"
                                     and c.tag_ in ("VBP", "VBZ") for c in head.children):
        return False
    for c in head.children:
        words = {t.lower_ for t in c.subtree}
        if c.lower_ == "since" or c.lower_ == "ever" and "since" in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and words & _SPANS:
            return True
    return False


#: Verbs that keep a participle's result in place ("keeps our territory occupied").
_KEEPING = frozenset({"keep", "remain", "stay", "leave"})


def describes_a_held_result(head: Any) -> bool:
    """Whether a participle describes what something is now rather than tells an act: after
    a noun ("the territories occupied by Russia", "two regions recognized by Moscow", "the
    troops stationed along the border") or kept so ("keeps our territory occupied"). That
    is the lasting result of an act the sentence does not tell; with a time of its own
    ("the apps banned by India on Monday") the participle tells the act. (A present passive,
    "Georgia's territory is occupied by Russia", is left to the coder: said by a side, it is
    that side's complaint.)"""
    if head.tag_ != "VBN" or any(t.ent_type_ in _TIME_LABELS
                                 for t in head.subtree if t.i != head.i):
        return False
    if head.dep_ == "acl" and head.i > head.head.i:
        return not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return head.dep_ in ("oprd", "ccomp", "xcomp", "advcl") and \
        head.head.lemma_.lower() in _KEEPING and head.i > head.head.i


#: Nouns of a fact or a claim one acknowledges ("recognized the concerns", "recognize the
#: importance of"): not a state, a government or a territory's status recognised.
_FACTS = frozenset({"concern", "concerns", "term", "need", "importance", "fact", "problem",
                    "problems", "role", "contribution", "contributions", "effort", "efforts",
                    "achievement", "achievements", "progress", "difficulty", "difficulties",
                    "challenge", "challenges", "reality", "realities", "mistake", "mistakes",
                    "error", "errors", "failure", "value", "potential", "significance",
                    "danger", "risk", "risks", "threat", "work", "merit", "merits",
                    "necessity", "urgency", "seriousness", "gravity", "complexity"})


def acknowledges_a_fact(head: Any) -> bool:
    """Whether a verb of recognising acknowledges a fact rather than recognises a state, a
    government or a claim: what is recognised is a clause ("recognize that they must act",
    "will recognize how important this is") or a noun of a fact ("recognized the
    demonstrators' concerns", "does not recognize the term"). PLOVER's recognising (SUPPORT)
    is recognising an actor or its status ("recognized the independence of X")."""
    if head.lemma_.lower() not in ("recognize", "recognise", "acknowledge"):
        return False
    kids = list(head.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and
           (c.ent_type_ in _ACTOR_LABELS or c.pos_ == "PRON") for c in kids):
        return False
    return any(c.dep_ == "ccomp" for c in kids) or \
        any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _FACTS for c in kids)


#: What a region is recognised "as" when it is recognised as another's ground.
_PARTS_OF_A_STATE = frozenset({"part", "territory", "province", "region", "integral"})


def recognizes_as_part(head: Any) -> bool:
    """Whether a verb of recognising takes a region "as part of" a state ("recognize
    Abkhazia as part of Georgia", "recognized the island as Chinese territory"): the
    region is not recognised as a state (PLOVER SUPPORT recognize), the state's borders are
    held to, a stance kept, no act toward the region."""
    if head.lemma_.lower() not in ("recognize", "recognise"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(o.dep_ == "pobj" and (o.lemma_.lower() in _PARTS_OF_A_STATE or any(
                   m.lower_ in _PARTS_OF_A_STATE for m in o.children)) for o in c.children)
               for c in head.children)


#: Verbs of holding a relation one has ("continues to have a partnership with", "enjoy
#: close cooperation"): a relation had is a state, not its start or growth.
_HAVING = frozenset({"have", "enjoy", "share"})


def has_a_relation(head: Any) -> bool:
    """Whether a noun of cooperation is a relation its subject has ("BP continues to have a
    successful partnership with the government", "the two countries enjoy close
    cooperation"): PLOVER codes starting, resuming or expanding cooperation, not its
    existence (as a standing relation, ``names_a_standing_relation``)."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _HAVING and \
        head.head.pos_ in ("VERB", "AUX")


#: Words of easing or yielding that make "taking steps" a concession ("took steps to ease
#: the dispute", "a step toward de-escalation"), and PLOVER CONCEDE's easing of political
#: restrictions ("steps to enhance political freedoms", "to allow access").
_YIELDING = frozenset({"ease", "lift", "relax", "de-escalate", "deescalate", "de-escalation",
                       "deescalation", "defuse", "reduce", "lower", "calm", "concede",
                       "compromise", "withdraw", "disengage", "disengagement", "loosen",
                       "soften", "remove", "drop", "scrap", "cancel", "concession",
                       "concessions", "accommodate", "yield", "allow", "permit", "freedom",
                       "freedoms", "access", "release", "liberalize", "liberalise"})


def steps_toward_nothing_yielded(tokens: list[Any]) -> bool:
    """Whether "take steps" names steps that yield nothing: what the steps are for (their
    infinitive, their "toward(s)" or "to" phrase, a clause about them) eases or gives up
    nothing ("a cautious step towards renewing cooperation", "steps aimed at integrating
    the regions", "the steps taken by the United States, which create obstacles", "take it
    a step further"). PLOVER CONCEDE is yielding or easing: "took steps to ease the
    dispute" is one."""
    steps = [t for t in tokens if t.lemma_.lower() == "step"]
    if not steps or not any(t.lemma_.lower() == "take" for t in tokens):
        return False
    told = {x.lemma_.lower() for s in steps for c in s.children
            if c.dep_ not in ("det", "amod", "compound", "nummod", "poss", "punct")
            for x in c.subtree}
    verb = steps[0].head if steps[0].dep_ == "dobj" else None
    if verb is not None:  # "took steps to ease": the infinitive may hang on the verb
        told |= {x.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "advcl")
                 for x in c.subtree}
    return not told & _YIELDING


def gives_in_nowhere(head: Any, tokens: list[Any]) -> bool:
    """Whether "give in" reads a preposition with its own object as the particle: "will be
    given by the ministry in the near future", "give an account of his stay in Tskhinvali"
    tell no one yielding (the phrasal verb's "in" takes no object: "gave in to the
    demands")."""
    return head.lemma_.lower() == "give" and any(
        t.lower_ == "in" and any(c.dep_ == "pobj" for c in t.children) for t in tokens[1:])


#: Nouns of a hold over ground that lasts once taken: an occupation or a blockade stands.
_HOLDS = frozenset({"occupation", "blockade"})

#: Verbs that react to what stands ("protested the occupation", "has not accepted the
#: occupation"): their object is the state reacted to, not an act told at a time.
_REACTING_TO_A_STATE = frozenset({"protest", "condemn", "denounce", "decry", "accept",
                                  "reject", "oppose", "resist", "tolerate", "recognise",
                                  "recognize", "legitimise", "legitimize", "justify",
                                  "deplore", "criticise", "criticize"})


def a_hold_reacted_to(head: Any) -> bool:
    """Whether a noun of a lasting hold ("occupation", "blockade") is what someone reacts
    to ("protested against the Russian occupation", "has neither accepted such illegal
    occupation of our territory", "condemns the blockade"): the hold as it stands, the
    reaction being the act told (PLOVER codes acts, not the states they leave), not the
    hold's taking, which a verb tells ("occupied the region in 2008")."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.lower_ not in _HOLDS and node.lemma_.lower() not in _HOLDS:
        return False
    gov = node.head
    if node.dep_ == "pobj":
        return bool(gov.lower_ == "against")
    return node.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in _REACTING_TO_A_STATE


#: What one accepts when accepting agrees to another actor's proposal or demand (PLOVER
#: AGREE: agree to, accept or sign a proposal, demand, agreement or offer), or takes in
#: people another actor sends (CAMEO "accept refugees"). Accepting a
#: figure, a fact, a result or a finding ("accepted only four casualties", "accept their
#: defeat", "accepted the recommendations of the report") agrees to nothing anyone put to
#: the accepter.
_PROPOSALS = frozenset({
    "proposal", "proposals", "offer", "offers", "plan", "plans", "invitation", "invitations",
    "mediation", "formula", "term", "terms", "condition", "conditions", "demand", "demands",
    "deal", "agreement", "agreements", "accord", "ceasefire", "truce", "compromise",
    "settlement", "request", "requests", "bid", "initiative", "package", "roadmap", "treaty",
    "pact", "arbitration", "aid", "help", "assistance", "loan", "suggestion", "suggestions",
    "framework", "draft", "resolution", "ultimatum", "apology", "credentials", "mandate",
    "jurisdiction", "verdict", "ruling", "arrangement", "protocol", "memorandum", "peace",
    "claim", "claims", "refugee", "refugees", "migrant", "migrants", "asylum-seekers",
    "immigrants", "evacuees", "deportees", "detainees", "prisoners"})


def accepts_no_proposal(head: Any) -> bool:
    """Whether a bare "accept" accepts no proposal: what it takes is a figure, a fact or a
    result (its object names none of ``_PROPOSALS``, no actor and no pronoun standing for
    one) or a clause ("accepted that the talks had failed"): an acknowledgment, which
    agrees to nothing another actor put forward. "accepted Kazakhstan's proposal", "accepted
    it", "accepted Georgia's request for a meeting" still agree."""
    if head.lemma_.lower() != "accept":
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return any(c.dep_ == "ccomp" for c in head.children)
    for o in objects:
        for x in (o, *(c for c in o.conjuncts)):
            if x.pos_ == "PRON" and x.lower_ not in _NOTHING or x.ent_type_ in _ACTOR_LABELS \
                    or x.lower_ in _PROPOSALS or x.lemma_.lower() in _PROPOSALS:
                return False
    return True


#: Pronouns that stand for no proposal ("accepted nothing", "accepted everything").
_NOTHING = frozenset({"nothing", "everything", "all"})

#: What one yields when yielding is conceding (CAMEO 08: yield ground, power, a position).
_YIELDED = frozenset({"ground", "territory", "control", "power", "position", "positions",
                      "seat", "seats", "land", "concession", "concessions", "point",
                      "points", "defeat", "demand", "demands", "right", "rights", "way"})


def concedes_nothing(head: Any) -> bool:
    """Whether "concede" or "yield" tells no yielding: "concede" says something ("he
    concedes, 'there were different scenarios'", "conceded that mistakes were made": an
    admission, a verb of saying), and transitive "yield" produces ("often yields a surreal
    result", "the search yielded nothing"). PLOVER CONCEDE is yielding to another's
    demands: "conceded the village", "yielded to pressure", "yielded ground"."""
    lemma = head.lemma_.lower()
    if lemma == "concede":
        if head.dep_ in ("parataxis", "ccomp") and head.head.i > head.i:
            return True  # '"...," he conceded' / 'he concedes, "..."' parsed either way
        return any(c.dep_ in ("ccomp", "parataxis") for c in head.children)
    if lemma == "yield":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return bool(objects) and not any(o.lemma_.lower() in _YIELDED for o in objects)
    return False


#: Words before "demand" that make it a market's demand for goods (an economic quantity),
#: not a demand made of someone ("domestic demand", "consumer demand", "oil demand").
_MARKET = frozenset({"domestic", "consumer", "global", "world", "external", "internal",
                     "aggregate", "energy", "oil", "fuel", "gas", "power", "electricity",
                     "market", "import", "export", "housing", "travel", "weak", "strong",
                     "robust", "sluggish", "seasonal", "peak", "private", "investment",
                     "industrial", "household", "customer", "commodity", "steel", "food",
                     "crude", "tourist", "overseas", "foreign"})


def a_markets_demand(head: Any) -> bool:
    """Whether the noun "demand" is demand for goods ("expand domestic demand, particularly
    consumer demand", "global oil demand"): an economic quantity that no actor makes of
    another (PLOVER REQUEST: a demand one actor makes of another)."""
    return head.lemma_.lower() == "demand" and head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _MARKET for c in head.children)


#: Verbs of keeping to or getting round a measure in force ("abiding by UN sanctions",
#: "complied with the ban", "evade sanctions"): the measure stood before; keeping to it or
#: evading it imposes nothing.
_KEEPING_TO = frozenset({"abide", "comply", "adhere", "observe", "respect", "obey", "honour",
                         "honor", "evade", "circumvent", "skirt", "dodge", "bypass",
                         "sidestep", "enforce", "implement"})


def kept_to(head: Any) -> bool:
    """Whether an act's noun names a measure someone keeps to or evades ("was abiding by
    United Nations sanctions against Iran", "complied with the ban", "to evade sanctions"):
    the measure stands; no one imposes it here (as ``what_is_violated``)."""
    gov = _noun_governor(head, ("by", "with", "to"))
    return gov is not None and gov.lemma_.lower() in _KEEPING_TO and gov.i != head.i
