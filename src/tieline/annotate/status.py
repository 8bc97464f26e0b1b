"""An act's status from the words that govern it: planned, asked for, possible, reported.

The governors of an act (an intention, a condition, a request, a verb of stating) make it
planned, hypothetical or claimed rather than done; the helpers here find them, and the acts
only mentioned in passing.
"""

from __future__ import annotations

from typing import Any

from ..models import EventStatus
from . import decisions, mood, negation
from .asking import _accuser, _asked_for, _asking, _blamer
from .found import _Context, _Found
from .nouns import _headline_infinitive, _token_of_protest
from .words import _FUTURE_AUX, _INTENT_NOUNS, _INTENT_VERBS, _REPORTING

_MEDIA = {"report", "reports", "source", "sources", "media", "newspaper", "outlet", "agency",
          "daily", "website", "channel", "press", "journalist", "correspondent", "observer",
          "analyst", "expert"}
#: Sectors of those who comment on what states do for no state: the press and scholars.
_COMMENTING = frozenset({"MED", "EDU"})
_CLAIM_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}

_PROMISE = {"offer", "promise", "pledge", "vow"}

_PLANNED_MODIFIERS = {"planned", "proposed", "upcoming", "scheduled", "expected", "future",
                      "forthcoming", "intended", "prospective", "delayed", "postponed"}
_HYPOTHETICAL_AUX = {"may", "might", "could", "can", "should", "must"}
_HYPOTHETICAL_VERBS = {"risk", "threaten", "could", "may", "consider", "mull", "weigh"}
_HYPOTHETICAL_MARK = {"if", "unless", "whether"}
_HYPOTHETICAL_MODIFIERS = {"possible", "potential", "likely", "hypothetical", "eventual"}

_REFERENCE_PREPS = {"after", "before", "following", "since", "until", "till", "prior"}


# -- status, dates, evidence ----------------------------------------------------------
def _status(f: _Found, sent: Any, ctx: _Context
            ) -> tuple[EventStatus, tuple[str, ...]]:
    chain = _attribution(f, sent, ctx)
    t = f.trigger
    clause = f.clause
    governed = _governors(t) + ([clause] if clause is not None else [])
    own = {t.i, *(c.i for c in mood.coordinates(t))}
    done = len(f.tokens) == 1 and (negation.told_done(t) or negation.presupposed(t))  # "after a
    # clash that left 20 dead", "did not condemn the attack": told or taken as done,
    # whatever governs it (not "to end the clash", whose act is the ending)
    if f.negated or not done and any(negation.denies(g, g.i in own) and
                                     not negation.beyond_the_scene(t, g) for g in governed) \
            or any(c.lower_ == "no" and c.dep_ == "det" for c in t.children):
        return "negated", chain
    accuser = _accuser(f.clause if f.clause is not None else t)
    if accuser is None:
        accuser = _blamer(t)
    if accuser is not None:  # "X accused Y of occupying Z": X's claim, not a report
        return "claimed", (accuser, *chain)
    if done:  # (its own clause tells it took place: no wish or modal above reaches it)
        return ("claimed" if chain else "reported"), chain
    threat = _threatened(f)  # (a threat's "would"/"may"/"if" are what it threatens)
    if not threat and mood.conditioned(t, _governors(t)):
        return "hypothetical", chain  # "on condition that X withdraws": set, not planned
    if not threat and _planned(f):
        return "planned", chain
    if chain and not (not threat and _forecast(f)):
        return "claimed", chain  # ("flights may resume, according to X": X's forecast,
    if not threat and _hypothetical(f):  # not a report of flights resumed)
        return "hypothetical", chain
    return "reported", chain


def _planned(f: _Found) -> bool:
    t = f.trigger
    if f.entry.type == "PROTEST" and _token_of_protest(t):
        return False  # "has decided to withdraw its team as a protest against X": the
        # decision told is the stance taken, whenever the team leaves
    if f.entry.pos == "verb" and t.lemma_.lower() in _PROMISE and len(f.tokens) > 1:
        return True  # "offered military assistance": the aid is offered, not yet given
    if f.entry.pos == "noun" and any(c.lower_ in _PLANNED_MODIFIERS for c in t.children) \
            and not f.entry.id.endswith(_TURNED):
        return True  # (the planned talks cancelled: the cancelling is done, not planned)
    if t.dep_ == "nsubj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.head.children):
        return True  # "waiting for Pashinyan's visit to take place": not yet happened
    if mood.ahead_to_occur(t):
        return True  # "the talks will take place in June"
    chain = _governors(t)
    own = {t.i, *(c.i for c in mood.coordinates(t))}
    for below, node in zip([None, *chain], chain, strict=False):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "'d"}
               for c in node.children) and not (
                node.i in own and
                decisions.starts_on_a_day(node, f.entry.type, f.entry.mode)):
            return True  # (not "will be suspended from July 8": a measure set, taken)
        if _headline_infinitive(node):
            return True  # a headline's "Putin to visit Georgia": what is to come
        enacts = below is not None and (  # "Putin orders the suspension of flights":
            mood.enacted(below, node) or mood.purposed(below, node) or  # the order is it;
            decisions.decided(below, node, f.entry.type, f.entry.mode))  # ("decided to
        # suspend talks": the decision is the measure)
        if node.i != t.i and not enacts and (  # "the ban was intended to protect X"
                node.lemma_.lower() in _INTENT_VERBS or _asking(node)) and \
                not negation.beyond_the_scene(t, node):  # ("sought to ease tensions after
            return True  # a clash": the clash sets the seeking's scene; what X is called
            # on to do is not done yet)
        if _asked_for(node) and not mood.enacted(node, node.head) or \
                mood.time_called(node):  # ("it is high time that Russia withdrew")
            return True  # "told Georgia to withdraw", "demanded that Georgia withdraw"
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) and \
                any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return True  # "its call for India to withdraw": wanted, not done
        if node.i != t.i and not enacts and node.pos_ == "NOUN" and \
                node.lower_ in _INTENT_NOUNS:
            return True
        if node.i != t.i and _wish_noun_phrase(node, t):
            return True  # "expressed interest in joining X" ("in" hung on the verb)
        if node.i != t.i and mood.desires(node):
            return True  # "while wishing to join the Union State"
    if f.entry.id.endswith(_TURNED):
        return False  # ("refused a request to hand over the body": the refusal is done)
    return mood.asked_for(chain) or mood.deferred(chain) or mood.ahead(t, chain)


def _hypothetical(f: _Found) -> bool:
    t = f.trigger
    if any(c.lower_ in _HYPOTHETICAL_MODIFIERS for c in t.children):
        return True
    climbed = ("advcl", "ccomp", "conj", "relcl")
    verb = mood.occurring(t)  # "a meeting should take place": the verb's mood is its
    for node in [t, *_governors(verb, also=climbed)] if verb is not None else \
            _governors(t, also=climbed):
        if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in node.children) \
                and not _only_possible(node):
            return True
        if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in node.children):
            return True
        if node.i != t.i and (node.lemma_.lower() in _HYPOTHETICAL_VERBS or
                              mood.likely(node)):
            return True  # ("is likely to resume flights")
        if mood.said_apart(node) or negation.gives_reason(node):
            break  # '"Trust should remain the basis," Modi said during the meeting';
            # "since X insulted Putin, the country should be held accountable"
    return mood.possible(_governors(t))  # "raised the possibility of banning wine"


def _attribution(f: _Found, sent: Any, ctx: _Context) -> tuple[str, ...]:
    """The chain of sources the sentence attributes the event to, nearest first."""
    outlet = ctx.article.outlet
    chain: list[str] = []
    for link in ctx.article.citations:
        if link.start <= sent.start_char < link.end or sent.start_char <= link.start < \
                sent.end_char:
            chain.append(link.cited)
    if not chain:
        for t in sent:
            if t.lower_ in _CLAIM_ADVERBS:
                chain.append(t.lower_)
                break
            if t.lemma_.lower() in _REPORTING and t.pos_ == "VERB" and \
                    any(x.i == f.trigger.i for x in t.subtree):
                subj = [c for c in t.children if c.dep_ == "nsubj"]
                said_by = ctx.token_mention.get(subj[0].i) if subj else None
                if subj and subj[0].lower_ in _MEDIA and (  # ("a Russian analyst said")
                        said_by is None or said_by.sector in _COMMENTING):
                    chain.append(" ".join(x.text for x in subj[0].subtree))
                    break
            if t.lower_ == "according" and t.i + 2 < len(t.doc):
                obj = t.doc[t.i + 2]
                if obj.i not in ctx.token_mention:
                    chain.append(" ".join(x.text for x in obj.subtree))
                    break
    if chain and outlet:
        chain.append(outlet)
    return tuple(chain)


_STATING = {"say", "note", "stress", "state", "add", "claim", "allege", "insist", "declare",
            "emphasise", "emphasize", "point", "reveal", "charge", "assert", "maintain",
            "underline", "complain", "warn", "tell", "inform",
            "concern", "worry", "alarm", "deplore", "regret"}  # ("is concerned that ...")

#: The same stance tagged an adjective ("we are concerned that ...")
_CONCERNED = {"concerned", "worried", "alarmed"}

_TURNED = ("/refuse", "/reverse", "/doubt")  # the ids of entries _turned makes


def _threatened(f: _Found) -> bool:
    """Whether *f* is a threat told by the act it threatens ("would take appropriate
    measures", "may take countermeasures if ...", "vowed retaliation"): PLOVER's THREATEN is
    the statement of a possible act, so the act's future, modal or condition is the threat's
    content, and the threat itself was made. A threat told by its own verb ("could threaten")
    keeps its modality."""
    return f.entry.type == "THREATEN" and f.trigger.lemma_.lower() not in ("threaten", "threat")


def _only_possible(verb: Any) -> bool:
    """Whether *verb* is said to be the only thing possible ("it can only be welcomed", "we
    can only condemn"): an emphatic statement of the act, not a possibility."""
    return any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children) and \
        any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)


def _governors(t: Any, also: tuple[str, ...] = ()) -> list[Any]:
    """*t* and the words that govern it as an intention or condition would: "plans to
    [visit]", "the decision to [join]", "waiting for [the visit]", "not aimed at [severing]";
    never past a past participle describing a noun, whose act is done whatever is planned or
    denied of the noun ("ready to restore the ties [severed] in 2008", "did not honour the
    agreement [signed] last year")."""
    out = [t, *mood.coordinates(t)]  # "will withdraw and [sign]": sign's "will"
    node = out[-1]
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ == "acl" and node.tag_ == "VBN":
            break  # "restoring the ties severed by Tbilisi in 2008": the severing is done
        if node.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "attr",
                         "nsubjpass", *also) or (node.dep_ == "ccomp" and
                                                 node.head.lemma_.lower() not in _REPORTING) \
                or _noun_infinitive(node):
            node = node.head
            out.append(node)
            continue
        break
    return out


def _noun_infinitive(v: Any) -> bool:
    """Whether *v* is an infinitive a noun governs that the parser labels a relative clause
    ("would find the strength to apologize", "the chance to meet"): governed like the noun's
    other infinitives ("the decision to join"), so what governs the noun governs it."""
    return v.dep_ == "relcl" and v.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


#: Prepositions that set the background of a clause: "after the invasion", "amid protests".
_BACKGROUND_PREPS = _REFERENCE_PREPS | {"amid", "amidst", "during", "despite", "since"}


def _in_passing(f: _Found) -> bool:
    """Whether an act is only mentioned in passing, not reported: a participle describing a
    noun before it ("Russian-backed separatists", "the EU-mediated ceasefire"; "soldiers
    killed in Ukraine" after it reports a killing) or a noun setting a clause's background
    ("after the invasion", "amid protests"). With both sides named it still says who did
    what to whom; with one, it is no event of its own."""
    t = f.trigger
    if f.entry.pos == "verb":
        return t.dep_ == "amod" and t.tag_ == "VBN" and len(f.tokens) == 1
    return t.dep_ == "pobj" and t.head.lower_ in _BACKGROUND_PREPS


def _wish_noun_phrase(verb: Any, t: Any) -> bool:
    """Whether *verb*'s object is a noun of wishing and the act *t* is in a phrase or an
    infinitive the parser hung on the verb rather than on the noun after it ("expressed
    interest in joining the bloc", "citing their aspiration to join X": the wish is to
    join, which is not done)."""
    if verb.pos_ != "VERB":
        return False
    wish = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WISH_NOUNS),
                None)
    return wish is not None and any(
        (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("in", "for", "of")) and
        c.i > wish.i and (c.i == t.i or c.is_ancestor(t))
        for c in verb.children)


_WISH_NOUNS = frozenset({"interest", "aspiration", "aspirations", "hope", "hopes", "wish",
                         "desire", "readiness", "willingness"})

#: Links from the words of what a statement says up to the reporting verb: "Russia is
#: interested in restoring ties, Lavrov said" climbs pcomp, prep, acomp and ccomp.
_TO_STATEMENT = {"ccomp", "xcomp", "conj", "advcl", "prep", "pcomp", "pobj", "acomp",
                 "parataxis"}


def _reporting_head(node: Any) -> Any:
    """The reporting verb whose complement holds *node* ("said that ..."), if any."""
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _TO_STATEMENT:
            return None
        node = node.head
        if node.lemma_.lower() in _REPORTING and node.pos_ in ("VERB", "AUX"):
            return node
    return None


#: The modals of what may come to pass (not of what must: "airlines should stop flights,
#: according to the order" is the order's claim).
_POSSIBLE_AUX = frozenset({"may", "might", "could"})


def _forecast(f: Any) -> bool:
    """Whether *f*'s act is told as what may come to pass ("flights may resume", "Modi
    could hold talks with Xi"): a forecast, hypothetical even when someone is cited for it."""
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUX and not _only_possible(node)
               for node in _governors(f.trigger, also=("advcl", "ccomp", "conj", "relcl"))
               for c in node.children)


def _topic_of_talk(node: Any) -> bool:
    """Whether *node* is in what someone talks about ("speaking about the sanctions",
    "commented on the ban"): a measure named as a topic, not one announced."""
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in ("about", "on") and \
                node.head.head.lemma_.lower() in _REPORTING | {"speak", "talk", "comment"}:
            return True
        node = node.head
    return False


def _stating_head(node: Any) -> Any:
    """The verb of stating whose finite complement holds *node* ("said that Russia
    attacked"), not one that orders it ("told Armenia to leave": an instruction)."""
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _TO_STATEMENT:
            return None
        link, node = node.dep_, node.head
        if node.lemma_.lower() in _STATING and node.pos_ in ("VERB", "AUX") or \
                node.lower_ in _CONCERNED and node.dep_ == "acomp":
            return node if link == "ccomp" else None
    return None


def _intent_head(node: Any) -> Any:
    """The verb of decision or intent an act is the complement of ("On 28 November the
    party decided to suspend talks"): its date is the day the act was decided or announced,
    the day PLOVER codes an announced act on."""
    if node.dep_ == "xcomp" and node.head.pos_ == "VERB" and \
            node.head.lemma_.lower() in _INTENT_VERBS:
        return node.head
    return _intent_noun_verb(node)


def _intent_noun_verb(node: Any) -> Any:
    """The verb whose object is a noun of decision or intent an act is the infinitive of
    ("On Monday Russia took the decision to expel ...", "announced plans to impose ..."): the
    noun form of ``_intent_head``, dated as the verb is. Only an object, and only the doer's
    own ("its decision", not "protested China's decision to issue visas": another's, taken
    before); a subject's plan ("the plan to expel them was dropped on Monday") is told at
    another time."""
    if node.dep_ not in ("acl", "relcl") or node.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    noun = node.head
    if noun.lower_ not in _INTENT_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or \
            any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return None
    return noun.head
