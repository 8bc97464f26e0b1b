"""Acts told inside another's words: asking, ordering, judging, accusing and blaming.

A verb of asking or ordering governs an act not yet done ("urged Georgia to withdraw"); a
verb of judging holds an actor to an act ("accused Russia of occupying"): the helpers here
find who is asked, judged or blamed and who claims the act, for
:class:`tieline.annotate.events.EventCoder` to give each act its doer and its status.
"""

from __future__ import annotations

from typing import Any

from .acting import OWN_ORGANS, OWN_PRONOUNS
from .found import _Found
from .pairs import _side_of

#: Verbs of asking whose "on"/"upon"/"to" phrase names who is asked to act ("called on X
#: to withdraw", "appealed to X to impose").
_ASKING = {"call", "appeal"}
#: Verbs of asking, telling and ordering (CAMEO 10 "demand"/"request", PLOVER REQUEST): the
#: act in their infinitive ("told Georgia to withdraw") or mandative clause ("demanded that
#: Georgia withdraw") is what is asked for, not yet done. Implicative verbs ("forced",
#: "persuaded", "helped") are not here: their complement did happen.
_REQUESTING = {"ask", "tell", "urge", "call", "appeal", "demand", "order", "press", "request",
               "instruct", "invite", "encourage", "push", "command", "direct", "require",
               "beg", "implore", "exhort", "advise", "pressure", "pressurise", "pressurize",
               "insist", "recommend", "warn", "caution",
               # PETRARCH's SUGGEST block (CAMEO 020): "suggested that X withdraw"
               "suggest", "propose", "advocate", "counsel"}
#: Of those, the verbs of ordering: one orders one's own people ("ordered its troops to
#: withdraw"), whose act is the orderer's; the rest ask another party (round 11).
_ORDERING = frozenset({"order", "instruct", "direct", "command", "tell", "require"})
#: Verbs that judge an actor for an act ("accused Russia of occupying", "thanked India for
#: helping"): the judged object is the act's doer (PLOVER's ACCUSE: X charges Y with Z).
_JUDGING = {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize",
            "denounce", "fault", "slam", "rebuke", "reproach", "castigate", "censure",
            "lambast", "lambaste", "attack", "chide", "punish", "sanction", "praise", "thank",
            "commend", "congratulate", "hail", "credit", "applaud", "reward", "convict",
            "indict", "fine"}
#: Of those, the ones that only claim the act (it is the accuser's word that it happened).
_ACCUSING = {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize",
             "denounce", "fault", "slam", "rebuke", "reproach", "castigate", "censure",
             "lambast", "lambaste", "attack", "chide", "indict"}
#: Verbs that lay an act on someone: "blamed the clashes on X", "pinned the attack on X".
_LAYING = {"blame", "pin"}


def _asking(verb: Any) -> bool:
    """Whether *verb* asks for an act ("called on X to", "called for talks", "appealed to X
    to"), not "called off" or "called X a liar"."""
    return bool(verb.lemma_.lower() in _ASKING and
                any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "to")
                    for c in verb.children) and
                not any(c.dep_ == "prt" for c in verb.children))


#: Verbs whose past is their bare form: "demanded that X put" may tell a past.
_SAME_IN_THE_PAST = frozenset({"put", "cut", "set", "hit", "let", "shut", "quit", "cost",
                               "hurt", "spread", "cast", "bet", "burst", "read", "beat",
                               "bid", "broadcast", "forecast", "split", "shed", "upset",
                               "offset", "undercut", "thrust", "rid", "fit"})
#: Verbs whose clause is mandative ("demanded that X resign", "suggested X resign"); verbs
#: of telling or warning report what their clause says ("was told that soldiers beat").
_MANDATING = frozenset({"demand", "suggest", "propose", "recommend", "urge", "request",
                        "ask", "require", "advise", "advocate"})


def _bare_after_one(verb: Any) -> bool:
    """Whether *verb*, tagged a past or a plural present, is a bare form after a subject in
    the singular ("X resign"): only the subjunctive writes it so; after a plural ("soldiers
    beat") the present reads the same, and some pasts are their bare form ("put", "beat")."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return verb.tag_ in ("VBD", "VBP") and verb.lower_ == verb.lemma_.lower() and \
        verb.lower_ not in _SAME_IN_THE_PAST and len(subj) == 1 and \
        subj[0].tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj[0].children)


def _asked_for(node: Any) -> bool:
    """Whether *node* is the act a verb of asking, telling or ordering asks for: its
    infinitive ("told Georgia to withdraw") or its mandative clause, a bare verb without a
    modal ("demanded that Georgia withdraw"; not "told reporters that Russia withdrew")."""
    head = node.head
    if head.i == node.i or head.pos_ not in ("VERB", "AUX") or \
            head.lemma_.lower() not in _REQUESTING:
        return False
    to = [c for c in node.children if c.dep_ == "aux" and c.tag_ == "TO"]
    if node.dep_ == "xcomp" or node.dep_ == "ccomp" and to:  # ("suggested X to resign",
        return bool(to)  # parsed as a clause: an object and its infinitive all the same)
    return node.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in node.children) and (
        node.tag_ == "VB" or node.tag_ == "VBN" and any(  # "demanded the checkpoint
            c.dep_ == "auxpass" and c.lower_ == "be" for c in node.children) or  # be removed"
        _bare_after_one(node) and head.lemma_.lower() in _MANDATING)  # "suggested
    # Kyrgyzstan resign": the bare form the tagger read as a past (round 11)


def asks_another_party(verb: Any, asked: list[Any]) -> bool:
    """Whether the verb of asking *verb* asks *asked* (its object, named or not) to act as a
    party of their own: "urged the lawmakers to work with him", "asked the company to share
    data" (PLOVER REQUEST: the asked act is the asked one's, never the asker's). An order
    ("ordered troops to withdraw") or a request to one's own ("asked his ministers to ...")
    is carried out for the asker, who may be its doer."""
    return verb.lemma_.lower() in _REQUESTING - _ORDERING and bool(asked) and not any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for a in asked for c in a.children) and \
        not any(a.lemma_.lower() in OWN_ORGANS or a.lower_ in OWN_ORGANS for a in asked)
    # (a state's organs named bare are the asker's own state's: "the Duma called on the
    # government to impose sanctions"; another state's are named as such and resolve)


def _judged(verb: Any) -> list[Any]:
    """The actor a verb of judging holds to the act *verb* names in its "of"/"for" phrase:
    its object ("accused Russia of occupying Abkhazia", "thanked India for helping") or, in
    the passive, its subject ("Russia was accused of occupying")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return []
    judge = prep.head
    if judge.pos_ != "VERB" or judge.lemma_.lower() not in _JUDGING:
        return []
    return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]


def _judged_further(judge: Any, prep: Any) -> list[Any]:
    """The actor the verb of judging *judge* holds to an act named deeper in its "of"/"for"
    phrase *prep*, climbed from ("accused India of concocting excuses over sending troops":
    India sends them), as :func:`_judged` holds it to the act the phrase names itself."""
    if prep.dep_ != "prep" or prep.head.i != judge.i or prep.lower_ not in ("of", "for") or \
            judge.pos_ != "VERB" or judge.lemma_.lower() not in _JUDGING:
        return []
    return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]


#: Hostile acts whose condemnation is aimed at their doer, not at the side they hit.
_CONDEMNABLE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}


def _condemn_the_doer(found: list[_Found]) -> None:
    """Aim a condemnation of a hostile act at the act's doer: "Georgia condemned the
    detention of two Ukrainian journalists by Russia" accuses Russia, which detained them,
    not Ukraine, whose people were hit (PLOVER ACCUSE: criticising an actor for its act).
    The act is the object of the verb of condemning, or what its noun is "of" ("the
    condemnation of the arrests"); a condemnation naming its target ("condemned Russia for
    the detention") keeps it, as does an act with no doer or done by the condemner's side."""
    by_trigger = {g.trigger.i: g for g in found}
    for f in found:
        if f.entry.type != "ACCUSE" or not f.sources:
            continue
        t = f.trigger
        acts = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] if \
            t.tag_.startswith("VB") else \
            [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj"]
        for act in acts:
            g = by_trigger.get(act.i)
            if g is None or g is f or g.entry.type not in _CONDEMNABLE or g.negated:
                continue
            own = {_side_of(r) for r in f.sources}
            doers = [r for r in g.sources if _side_of(r) not in own]
            if doers and len(doers) == len(g.sources):
                f.targets = doers[:1]


def _accuser(node: Any) -> str | None:
    """Who claims the act *node* names, when a verb of accusing holds another actor to it
    ("Georgia accused Russia of occupying Abkhazia": Georgia), as the words that name them
    ("" when the accuser is unnamed: "Russia was accused of ...")."""
    if not _judged(node) or node.head.head.lemma_.lower() not in _ACCUSING:
        return None
    judge = node.head.head
    subj = [c for c in judge.children if c.dep_ == "nsubj"] or \
        [x for c in judge.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
    return " ".join(x.text for x in subj[0].subtree) if subj else ""


def _laid_on(noun: Any) -> list[Any]:
    """Whom a verb of blaming lays the act *noun* on ("blamed the clashes on X", "blamed
    the violence on an attempt by X's troops"): the objects of its "on" phrase (the parser
    hangs it on the noun or on the verb), or the "by" phrase of an act they name; [] when
    *noun* is not the object of such a verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LAYING:
        return []
    on = [x for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "on"
          for x in c.children if x.dep_ == "pobj"]
    by = [y for x in on for c in x.children if c.dep_ == "prep" and c.lower_ == "by"
          for y in c.children if y.dep_ == "pobj"]
    return by or on


def _blamer(noun: Any) -> str | None:
    """Who lays the act *noun* on another ("Peru blamed the clashes on Chile": Peru), as
    the words that name them, or None (see :func:`_laid_on`)."""
    if not _laid_on(noun):
        return None
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return " ".join(x.text for x in subj[0].subtree) if subj else ""


#: Verbs of hoping, CAMEO's HOPE block (020, an appeal): the one hoped to act is asked to.
#: (Read by the word: the parser's lemmatizer takes "hopes" for a form of "hop".)
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could"})


def _modal(clause: Any) -> bool:
    """Whether *clause* tells an act to come or wanted ("India will revise", "would stop")."""
    return any(a.dep_ == "aux" and a.lower_ in _MODALS for a in clause.children)


def _asked_to_act(trigger: Any) -> list[Any]:
    """The subject of the infinitive a request asks for with "for" ("called for India to
    withdraw", "its call for India to pull back"): whom the request asks to act."""
    if trigger.lower_ in _HOPING:  # "China hopes India will revise its rules"
        return [x for c in trigger.children if c.dep_ == "ccomp" and _modal(c)
                for x in c.children if x.dep_ == "nsubj"]
    words = [trigger, *(c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for")]
    for w in words:
        for c in w.children:
            if c.dep_ in ("advcl", "acl", "ccomp", "pcomp") and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                return [x for x in c.children if x.dep_ == "nsubj"]
            if c.dep_ == "pobj" and w.lower_ == "for":  # ("called for X to act": X is the
                inf = [v for v in c.children if v.dep_ in ("acl", "relcl") and  # object)
                       any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
                if inf:
                    return [c]
    return []


def _told_to(v: Any) -> bool:
    """Whether *v* is a verb of asking or telling written with its infinitive and no one
    before it ("was summoned and told to leave"): active, it names the one it asks ("told
    them to leave"), so without one it is a passive whose past form the tagger took for a
    past tense."""
    return v.lemma_.lower() in _REQUESTING and v.tag_ == "VBD" and \
        not any(c.dep_ in ("nsubj", "dobj", "dative") for c in v.children) and \
        any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
            for c in v.children)


def _drop_governing_intent(found: list[_Found]) -> list[_Found]:
    """An "offered aid" or "instructed ... to restore ties" is the governed event, planned:
    the intent word's own event is dropped, unless it asks another side to act ("Russia
    told Georgia to withdraw": Russia's REQUEST to Georgia, besides the withdrawal asked
    for)."""
    triggers = {f.trigger.i: f for f in found}
    drop: set[int] = set()
    for f in found:
        node = f.trigger
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            g = triggers.get(node.i)
            if g is not None and g is not f and g.entry.intent and not _asks_another(g):
                drop.add(id(g))
                break
    return [f for f in found if id(f) not in drop]


def _asks_another(g: _Found) -> bool:
    """Whether *g* is a request or an order to an actor of another side than its giver."""
    return g.entry.type == "REQUEST" and any(
        s.country and t.country and s.country != t.country for s in g.sources
        for t in g.targets)  # (not "ordered his interior secretary to report")
