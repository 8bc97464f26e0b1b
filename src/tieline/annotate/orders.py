"""Orders, demands, bans, norms and charges that ask nothing of another actor.

An order of an act, a thing or one's own organs (CAMEO ORDER, 100, is a demand of another
actor), an instruction to one's own people, a "must" or "should" whose subject is an act, a
thing, the speaker's "we" or an existential or perfect clause, an act kept from happening ("banned
its airlines from flying to X": the ban is coded, the flight is not), "prevent" that averts a
happening, "violate" with no norm or no actor violating it and the act's noun that is violated,
a "charge" that is a duty, control or a cost, "to blame" as a judgment, a "let's" proposal, and
a rally for someone rather than against.
"""

from __future__ import annotations

from typing import Any

from .acting import (
    _ACTOR_LABELS,
    _HYPHENS,
    _PEOPLE,
    OWN_ORGANS,
    OWN_PRONOUNS,
    _an_actor,
    _noun_governor,
    names_someone,
)
from .dangers import _DECISIONS, _THING_SUBJECTS


def prevents_nothing(head: Any, tokens: list[Any]) -> bool:
    """Whether "prevent" averts a happening rather than restrains an actor: no "from" phrase
    says what someone is kept from, and its object names no actor ("to prevent clashes",
    "prevent miscommunication"). A pronoun object is a thing or person told before: kept.
    A pattern's "from" ("stop ... from") restrains only through an act it keeps someone from
    ("stopped the troops from building a road"), not a thing's origin ("stopped imports
    from X")."""
    froms = [t for t in tokens[1:] if t.lower_ == "from"]
    if froms:
        return not any(x.dep_ == "pcomp" for t in froms for x in t.children)
    if head.lemma_.lower() != "prevent":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not any(
        t.ent_type_ in _ACTOR_LABELS or t.pos_ == "PRON" for o in objects for t in o.subtree)


#: Verbs that keep an act from happening through their "from" phrase ("banned its airlines
#: from flying to Georgia", "prevented the troops from crossing", "refrained from attacking").
_KEEPING_FROM = frozenset({"ban", "bar", "prohibit", "forbid", "prevent", "stop", "block",
                           "keep", "restrain", "refrain", "deter", "discourage", "dissuade",
                           "exclude", "debar", "abstain", "desist", "hinder", "preclude",
                           "disqualify", "save", "spare"})

#: Verbs of forbidding that take their act as an infinitive too ("forbade X to fly").
_FORBIDDING = frozenset({"forbid", "prohibit", "bar", "disallow"})


def kept_from(head: Any) -> bool:
    """Whether an act is what someone is kept from doing: the "from" phrase of a verb of
    banning, preventing or refraining ("banned its carriers from flying to Georgia",
    "stopped the convoy from entering", "refrained from attacking", "barred from the
    talks"), or the infinitive of a verb of forbidding ("forbade its airlines to fly"). The
    act did not happen; the ban or the prevention is the act, coded by its own word (PLOVER
    SANCTION, COERCE)."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i and node.tag_ == node.head.tag_:
        node = node.head  # "from entering and settling" (not "banned him from traveling
        # and frozen his assets": a verb of another form is the ban's conjunct)
    prep = node.head
    if node.dep_ in ("ccomp", "xcomp") and prep.lemma_.lower() in _FORBIDDING and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True  # "forbade Chilean airlines to fly to X": the infinitive is forbidden
    return node.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and \
        prep.lower_ == "from" and prep.head.lemma_.lower() in _KEEPING_FROM


def instructs_own_people(head: Any) -> bool:
    """Whether an order or instruction goes to the doer's own people ("agreed to direct their
    officials to intensify efforts", "ordered his ministers to prepare a plan"): a state's
    administration of itself, no request of one actor to another (PLOVER REQUEST is between
    actors; the act ordered, if the text tells one, is coded as planned on its own)."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in OWN_PRONOUNS
                                        for p in c.children)
               for c in head.children)


def demands_of_no_one(tokens: list[Any]) -> bool:
    """Whether a "said ... must" or "should" clause asks nothing of anyone: its subject is an
    act, not an actor ("Stopping the leak should come first, she said", "that talks resume
    must be the priority"), so there is no one the demand is made of (PLOVER REQUEST asks
    an actor)."""
    clauses = [t.head for t in tokens[1:] if t.dep_ == "aux" and t.lower_ in ("must", "should")]
    return any(not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) and
               any(c.dep_ in ("csubj", "csubjpass") for c in v.children) for v in clauses)


#: What one defies when violating is defying (CAMEO 128 "defy norms, law": VIOLATE with a
#: convention, a resolution, an embargo, a ceasefire): a norm, a law or an agreement.
_NORMS = frozenset({
    "law", "laws", "norm", "norms", "rule", "rules", "convention", "conventions",
    "resolution", "resolutions", "agreement", "agreements", "accord", "accords", "treaty",
    "treaties", "pact", "consensus", "embargo", "sanction", "sanctions", "principle",
    "principles", "protocol", "protocols", "commitment", "commitments", "obligation",
    "obligations", "deal", "understanding", "charter", "ban", "order", "orders",
    "arrangement", "arrangements", "terms", "code", "constitution", "regulation",
    "regulations", "mandate", "moratorium", "memorandum", "ceasefire", "truce", "decision",
    "ruling", "verdict", "injunction", "statute", "pledge", "promise", "guarantee", "act"})

_VIOLATING = frozenset({"violate", "breach", "contravene", "flout", "infringe"})


def violates_no_norm(head: Any) -> bool:
    """Whether "violate" tells no defiance of a norm (CAMEO 128, PLOVER REJECT): what is
    violated is no law, rule or agreement ("violated Kyrgyz airspace", "violates the
    sovereignty and territorial integrity of Georgia": a charge of trespass, which only its
    speaker's words make an accusation), or the violator is a thing or an act, not an actor
    ("the election violates the constitution", "China's action violates the rules": a
    judgment of that act by the speaker). "Kazakhstan violated the ceasefire agreement"
    defies one. "defy" defies a norm or an actor ("defied Moscow"), not "the odds"."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.lemma_.lower() == "defy":  # "defied Moscow", "defied the ban"; not "the odds"
        return bool(objects) and not any(
            x.lemma_.lower() in _NORMS or x.lower_ in _NORMS or _an_actor(x) or
            x.ent_type_ in _ACTOR_LABELS for o in objects for x in (o, *o.conjuncts))
    if head.lemma_.lower() not in _VIOLATING:
        return False
    if not any(x.lemma_.lower() in _NORMS or x.lower_ in _NORMS
               for o in objects for x in (o, *o.conjuncts)):
        return True
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    return any(s.dep_ == "csubj" or _a_thing(s) for s in subjects)


#: Pronouns that stand for a thing or an act, not an actor ("this violates ...").
_THING_PRONOUNS = frozenset({"this", "that", "it", "these", "those"})


def _a_thing(noun: Any) -> bool:
    """Whether a subject names a thing or an act, not someone: a demonstrative, or a noun
    that itself names no one ("the move", "Russia's use of bases", "Abkhazia's so-called
    election"; not "the Indian side", "Russian troops")."""
    if noun.lower_ in _THING_PRONOUNS and noun.tag_ != "WDT":
        return True  # (not a relative "that": "troops that violated ...")
    return noun.pos_ == "NOUN" and not names_someone(noun) and \
        noun.lemma_.lower() not in OWN_ORGANS and noun.lower_ not in OWN_ORGANS


def what_is_violated(head: Any) -> bool:
    """Whether an act's noun names what is violated or defied ("violated the ceasefire",
    "in breach of the truce", "defied the ban"): the act stood before; the violation is
    what the sentence tells, not a ceasefire declared or a ban imposed."""
    gov = _noun_governor(head, ("of",))  # "in breach of the truce"
    return gov is not None and (gov.lemma_.lower() in _VIOLATING | {"defy", "breach",
                                                                    "violation"} or
                                gov.lower_ in ("breach", "violation", "violations", "breaches"))


#: Verbs of ordering (CAMEO ORDER [100], a demand made of another actor).
_ORDERING = frozenset({"order", "instruct", "direct", "command"})


def orders_no_one(head: Any) -> bool:
    """Whether an order asks nothing of another actor (CAMEO ORDER is a demand, 100): it
    orders an act or a thing ("ordered the suspension of flights", "ordered a re-run of the
    vote": the act, coded by its own noun, is the leader's), forces to a place ("ordered
    troops to the border": a deployment), or the state's own organs without a possessive
    ("ordered the authorities to ensure ...": as ``instructs_own_people``). "ordered
    Kyrgyzstan to withdraw", "a court ordered the company to pay" demand of someone."""
    if head.lemma_.lower() not in _ORDERING or head.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    ordered = [c for c in head.children
               if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not ordered:
        return False
    for o in ordered:
        organ = o.lower_ in OWN_ORGANS and o.ent_type_ != "TL_KB"  # ("the Cabinet of
        # Ministers", capitalised and taken for a name, is an organ: round 11)
        if o.ent_type_ in _ACTOR_LABELS and not organ or o.pos_ == "PRON" or \
                o.pos_ == "PROPN" and not organ:
            return False
        named = any(t.ent_type_ in _ACTOR_LABELS and t.lower_ not in OWN_ORGANS and
                    t.pos_ not in ("DET", "ADP") for t in o.subtree if t.i != o.i)
        if o.lemma_.lower() in OWN_ORGANS or o.lower_ in OWN_ORGANS:
            if named:
                return False  # "ordered the Kyrgyz authorities to ...": another state's
        elif _an_actor(o) or o.lower_ in _PEOPLE:
            return False
    return True


#: Endings of abstract nouns, which name no one ("reincarnation", "relationship",
#: "settlement", "stability", "tolerance", "pluralism", "readiness", "policy").
_ABSTRACT_ENDINGS = ("tion", "sion", "ship", "ment", "ity", "ance", "ence", "ism", "ness",
                     "cy", "ure")

#: Nouns of what is, no one ("ties", "the situation", "the process").
_ABSTRACT_NOUNS = _DECISIONS | _THING_SUBJECTS | {"tie", "ties", "process", "issue", "matter",
                                                  "question", "dispute", "border", "boundary"}


def _abstract(noun: Any) -> bool:
    """Whether a common noun names something abstract (by its ending or as a noun of a
    decision, a situation or relations): no one a demand could be made of. Nouns of
    people ("protesters", "heir", "corps") are not."""
    word = noun.lemma_.lower()
    if word in _BODIES or noun.lower_ in _BODIES:
        return False
    return word in _ABSTRACT_NOUNS or noun.lower_ in _ABSTRACT_NOUNS or \
        word.endswith(_ABSTRACT_ENDINGS)


#: Nouns of bodies and peoples with an abstract noun's ending ("both nations should").
_BODIES = frozenset({"nation", "nations", "delegation", "administration", "coalition",
                     "federation", "organization", "organisation", "corporation",
                     "association", "opposition", "commission", "mission", "population",
                     "generation", "leadership", "community", "authority", "authorities",
                     "majority", "minority", "agency", "presidency", "legislature",
                     "institution", "institutions", "union", "confederation", "alliance",
                     "convention", "committee", "assembly", "parliament", "government",
                     "ministry", "embassy", "company", "party", "parties", "army",
                     "military", "navy", "force", "forces", "police", "militia"})


def demands_of_oneself_or_a_thing(tokens: list[Any]) -> bool:
    """Whether a "said ... must" or "should" clause asks nothing of another actor: its
    subject is the speaker's "we" or "I" ("we must respond to the situation", Tadtaev
    said: an obligation the speaker takes on, no request) or a thing, not an actor ("the
    reincarnation must follow religious rituals", "the relationship should take the form of
    a tango": a view of how things should be), or "should" opens a condition ("a plan
    should the attempt fail": "if"). PLOVER REQUEST asks an actor to act; "India should
    honour its commitments", "both nations should handle ties wisely" ask."""
    auxes = [t for t in tokens[1:] if t.dep_ == "aux" and t.lower_ in ("must", "should")]
    for a in auxes:
        v = a.head
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and a.i < min(s.left_edge.i for s in subjects):
            return True  # "a plan should the attempt fail": "if", no obligation
        if subjects and all(s.lower_ in ("we", "i") or s.pos_ == "NOUN" and
                            not names_someone(s) and not _an_actor(s) and _abstract(s)
                            for s in subjects):
            return True
    return False


#: Verbs whose object "charge" is control or a cost, not an accusation ("took charge of the
#: clean-up", "assumed charge", "took a $56 million charge"); charges are "brought",
#: "filed", "pressed" or "faced" (CAMEO 112, 173).
_HOLDING_CHARGE = frozenset({"take", "assume", "book", "record", "incur", "post", "report",
                             "put", "place", "leave"})

#: What one is "charged with" when charged with a duty, not with a crime: a task told by
#: its verb ("charged with deciding", "charged by the president with providing
#: recommendations"; CAMEO: "+ BEEN * BY $ WITH FORMING GOVERNMENT" is 060, cooperation)
#: or named ("charged with the task of").
_DUTIES = frozenset({"decide", "provide", "oversee", "ensure", "lead", "run", "manage",
                     "coordinate", "co-ordinate", "monitor", "implement", "develop", "draft",
                     "prepare", "review", "investigate", "examine", "study", "protect",
                     "supervise", "negotiate", "handle", "regulate", "enforce", "form",
                     "determine", "advise", "recommend", "assess", "evaluate", "organize",
                     "organise", "conduct", "maintain", "build", "design", "set", "establish",
                     "create", "deliver", "distribute", "clean", "contain", "find", "keep",
                     "make", "write", "plan", "guide", "head", "direct", "represent",
                     "task", "responsibility", "duty", "job", "mission", "role", "care"})


def charges_no_wrong(head: Any) -> bool:
    """Whether "charge" names a duty, control or a cost rather than an accusation: "in
    charge of" and "took charge of" are control, "a $56 million charge" a cost booked, and
    "charged (by X) with deciding" a task given (PLOVER ACCUSE, CAMEO 112 and 173: a
    charge is a wrong imputed to someone). "charged the minister with treason", "brought
    charges against", "faces charges of" accuse."""
    if head.lemma_.lower() != "charge":
        return False
    if head.pos_ == "NOUN":
        if head.dep_ == "pobj" and head.head.lower_ == "in":
            return True  # "in charge of the company"
        if any(t.ent_type_ == "MONEY" or t.text == "$" for t in head.subtree):
            return True  # "a $56 million charge related to the ban"
        return head.dep_ == "dobj" and head.head.lemma_.lower() in _HOLDING_CHARGE and \
            not any(c.dep_ == "prep" and c.lower_ == "against" for c in head.children)
    withs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ in ("pcomp", "pobj")]
    return any(o.lemma_.lower() in _DUTIES for o in withs)


def there_should_be(tokens: list[Any]) -> bool:
    """Whether a "said ... should" or "must" clause is an existential one ("whether there
    should be punitive damages, he said", "there must be an inquiry"): a view of what ought
    to exist, with no actor it is asked of (PLOVER REQUEST asks an actor to act); what is
    called for, if it is an act, is coded by its own word."""
    return any(t.dep_ == "aux" and t.lower_ in ("must", "should") and
               any(c.dep_ == "expl" for c in t.head.children) for t in tokens[1:])


def should_have_done(tokens: list[Any]) -> bool:
    """Whether a "said ... should" or "must" clause is in the perfect ("it should have
    slowed down", "that should've been secured", "the government should have said"): a
    judgment of what was not done, which asks no one to act now (PLOVER REQUEST asks for an
    act to come; the reproach, if it faults an actor, is the criticism's own word)."""
    return any(t.dep_ == "aux" and t.lower_ in ("must", "should") and any(
        a.dep_ == "aux" and a.lemma_ == "have" and a.i > t.i for a in t.head.children)
        for t in tokens[1:])


#: Prepositions and prefixes of a demonstration held for someone, not against them.
_FOR_SOMEONE = frozenset({"pro"})

#: What one rallies when rallying is gathering support, not demonstrating.
_RALLIED = frozenset({"support", "supporter", "supporters", "troops", "ally", "allies",
                      "backing", "opinion", "voter", "voters", "base", "party", "nation",
                      "country", "public", "people", "forces", "members"})


def demonstrates_for(head: Any, tokens: list[Any]) -> bool:
    """Whether a word of demonstrating tells support, not protest: "rally support for his
    efforts" gathers backers (no demonstration), and a rally or protest "in support of" or
    "in solidarity with" someone, or "pro-Mubarak", is held for them (CAMEO 051: a
    demonstration in support is a statement of support). PLOVER PROTEST is a demonstration
    against its target. The pattern's words are read together ("held a rally in support
    of X": the "in" may hang on "held")."""
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in _RALLIED
                                            for c in head.children):
        return True  # "to rally support", "rallied his supporters"
    nodes = [*tokens, head.head] if head.dep_ == "dobj" else tokens
    if any(c.dep_ == "prep" and c.lower_ == "against" for n in nodes for c in n.children):
        return False  # "a rally against X in support of Y": a protest against X
    for node in nodes:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    o.lower_ in ("support", "solidarity", "favour", "favor")
                    for o in c.children if o.dep_ == "pobj"):
                return True
            if (c.lower_ in _FOR_SOMEONE or c.lower_.startswith("pro-")) and _backs_an_actor(c):
                return True  # "a pro Mubarak protest", "pro-government rallies"
    return False


#: Nouns of a government or its power that "pro-" backs ("pro-government", "pro-regime").
_RULERS = frozenset({"government", "regime", "kremlin", "army", "military", "president",
                     "establishment", "junta", "monarchy", "king"})


def _backs_an_actor(pro: Any) -> bool:
    """Whether "pro" (or a "pro-" word) backs an actor ("pro-Mubarak", "pro Kyrgyz",
    "pro-government"), not a cause: a "pro-democracy" protest is one against those who
    withhold it."""
    doc = pro.doc
    words = [pro] if pro.lower_ != "pro" else \
        [t for t in doc[pro.i + 1:pro.i + 3] if t.text not in _HYPHENS][:1]
    return any(t.ent_type_ in _ACTOR_LABELS or t.lower_.removeprefix("pro-") in _RULERS
               or t.lower_ in _RULERS for t in words)


def proposed_by_lets(head: Any) -> bool:
    """Whether a verb is what "let's" proposes ("Let's go straight to Cairo", an anchor
    handing over to a correspondent): a first-person imperative suggests, it reports no
    act of anyone."""
    gov = head.head
    return head.dep_ in ("ccomp", "xcomp") and gov.lemma_.lower() == "let" and \
        gov.dep_ == "ROOT" and any(c.lower_ in ("'s", "’s", "us") for c in head.children)


def judged_to_blame(head: Any) -> bool:
    """Whether "blame" is the predicate of "be to blame" ("Obama is to blame", "BP is
    unlikely to be wholly to blame"): a judgment of who is responsible, in which the subject
    is the one blamed; no one is said to accuse anyone (PLOVER ACCUSE is an accusation
    made)."""
    return head.lemma_.lower() == "blame" and head.dep_ == "xcomp" and \
        head.head.lemma_ == "be" and any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in head.children)
