"""An act noun's sides: who does the act a noun names, and to whom.

A noun's source is its possessor, its "by"/"of" phrase or the subject of the light verb that
carries it ("held talks", "In a meeting with X, Pashinyan discussed ..."); its target the
object of its prepositions, of its "of" phrase ("Russia's invasion of Georgia"), a joint act's
"between" phrase or the other half of a hyphened pair ("Kazakh-Kyrgyz talks"). Verbs that speak
about an act, cause it or undergo it ("criticised the talks", "sparked protests", "faced
sanctions") carry no doer; verbs of receiving ("received aid from") make their subject the
target.
"""

from __future__ import annotations

from typing import Any

from ..models import ActorRef
from . import lasting
from .answered import ANSWERED, ANSWERING
from .arguments import _MUTUAL
from .clauses import _passive_subjects, _sentenced
from .coder import Coder
from .found import _Context, _Found
from .lexicon import Entry
from .nouns import _arrived_in, _flown_to, _names_process, _token_of_protest, between_others
from .pairs import _is_measure, _key, _prep_objects, _side_of
from .polarity import _DISRUPT
from .side_grammar import act_doers, between_words, come_under, names_act, struck_by
from .words import _INTENT_VERBS, _LIGHT

#: Verbs that carry a noun as their subject's own act: the light verbs and those of handing
#: an act over ("delivered a protest", "sent a demand", "conveyed its concern").
_CARRYING = _LIGHT | {"deliver", "send", "convey"}

_QUANTITY = {"million", "billion", "trillion", "thousand", "hundred", "worth", "sum", "amount",
             "package", "tranche"}

#: Verbs that speak about an event rather than take part in it: "Russia criticised the talks".
_EVALUATIVE = {"criticize", "criticise", "condemn", "denounce", "reject", "deny", "oppose",
               "welcome", "praise", "report", "discuss", "cover", "view", "see", "highlight",
               "complicate", "irk", "strain", "question", "doubt", "follow", "watch", "monitor",
               "describe", "call", "dismiss", "slam", "hail", "postpone", "delay", "cancel",
               "blast", "decry", "deplore", "lambast", "lambaste", "censure", "rebuke",
               "castigate", "mock", "ridicule", "applaud", "endorse",
               "ban", "prohibit", "forbid", "outlaw", "disperse",  # a rally banned is not
               *_DISRUPT}  # the banner's, nor an attack disrupted the disrupter's

#: Verbs of causing an act another does ("the visit sparked protests"): their subject is not
#: the act's doer. Verbs of undergoing one ("Russia faced sanctions"): their subject is its
#: target.
_CAUSING = {"spark", "trigger", "ignite", "provoke", "prompt", "fuel", "cause"}

_UNDERGO = {"face", "suffer", "endure", "undergo", "experience"}

_EVALUATIVE |= _CAUSING | _UNDERGO

#: Acts one side gives another, which the other can be said to receive.
_GIVEN = {"AID", "SUPPORT", "ACCUSE", "AGREE", "CONCEDE", "THREATEN", "REQUEST", "SANCTION",
          "PROTEST", "RETREAT", "COOPERATE"}

#: Verbs of getting what another gives ("Armenia received aid from Russia", "won praise from
#: X"): their subject is the act's target, and their "from" phrase its source.
_RECEIVING = {"receive", "get", "win", "earn", "obtain", "accept", "gain", "garner", "draw"}

#: Nouns of a stance towards an act, whose possessor answers it or takes a side on it rather
#: than does it ("Moscow's response to the protests", "her support for the protests").
_STANCE_NOUNS = {"response", "retaliation", "reply", "answer", "reaction", "support",
                 "opposition", "criticism", "condemnation", "concern", "fear", "view", "stance",
                 "position", "attitude", "comment", "remark", "warning"}

#: Nouns whose "to"/"for"/"of" phrase names what an act answers: "in response to X's move".
#: Verbs of going somewhere: their subject takes part in the talks or visit it goes "for" or
#: is "on" ("arrived in Beijing for talks with X", "is on a three-day visit to X").
_GOING = {"be", "arrive", "travel", "come", "go", "fly", "head", "leave", "reach", "land",
          "visit", "embark", "set", "depart", "return"}

_HYPHENS = {"-", "–", "—"}

#: Acts two do together, whose noun a speaker tells with only the partner ("talks with Y").
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}

#: Acts a person's possessive names the one who undergoes ("X's arrest", "X's release").
_UNDERGONE = {"arrest", "abduct", "release"}

#: Acts done to someone that, as the "by" phrase of a verb of a blow, land on its subject
#: ("was hit by Kazakh air strikes", "was hit by US sanctions").
_STRUCK = {"ASSAULT", "COERCE", "SANCTION"}


class NounArgumentReading:
    """Read an act noun's sides: its possessor, its phrases and the verb that carries it."""

    def _noun_arguments(self: Coder, f: _Found, ctx: _Context) -> None:
        n = f.trigger
        entry = f.entry
        pattern = {x.i for x in f.tokens}
        carried = False  # the doer read from the subject of a verb that is not a light one
        sources: list[Any] = []
        targets: list[Any] = []
        for tok in f.tokens:
            for c in tok.children:
                if c.i in pattern:
                    continue
                if c.dep_ == "poss":
                    sources.append(c)
                elif c.dep_ == "prep" and (c.lower_ in entry.source or
                                           c.lower_ == "of" and entry.type == "REQUEST" and
                                           not any(x.dep_ == "poss" for x in tok.children)):
                    sources.extend(x for x in c.children if x.dep_ == "pobj")  # ("the
                    # ultimatum of X": a demand's "of" is its maker, round 17; "their
                    # demands of X" are made of X, as the verb's "demanded of X")
                elif c.dep_ == "prep" and c.lower_ in entry.target:
                    targets.extend(_prep_objects(c))
                elif c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.token_mention \
                        and ctx.token_mention[c.i].form != "place":
                    (targets if lasting.names_the_opposed(c) else sources).append(c)
                    # ("anti-Russian protests" are against Russia)
        if entry.type in _JOINT and sources and all(c.lower_ == "their" for c in sources) \
                and not self._refs(sources, ctx):
            sources = []  # "X and Y had their summit": the joint act's "their" is its doers
        getting = n.head.lemma_.lower() in _RECEIVING and entry.type in _GIVEN
        under = come_under(n)
        if n.dep_ == "dobj" and (n.head.lemma_.lower() in _UNDERGO or getting):
            targets.extend(c for c in n.head.children if c.dep_ == "nsubj")  # "X faced sanctions"
            if not sources:  # "experience arrest by Russian border guards", "received aid
                sources = [x for c in n.head.children if c.dep_ == "prep" and  # from X"
                           (c.lower_ == "by" or getting and c.lower_ == "from")
                           for x in c.children if x.dep_ == "pobj"]
        elif under is not None:  # "X came under attack by Y": Y attacks X (round 16)
            targets.extend(c for c in under.children if c.dep_ == "nsubj")
            if not sources:
                sources = [x for t in (under, n) for c in t.children if c.dep_ == "prep" and
                           c.lower_ in ("by", "from") for x in c.children if x.dep_ == "pobj"]
        elif entry.type in _STRUCK and not targets and struck_by(n):
            targets.extend(struck_by(n))  # "X was hit by Kazakh air strikes", "Kazakh air
            # strikes hit X": the blow lands on X
        elif entry.mode in _UNDERGONE and not targets and _sentenced(n):
            targets.extend(_sentenced(n))  # "X, who was sentenced to detention by Y"
            if not sources:
                sources = self._carrier_subject(n, ctx, entry)
        elif not sources and entry.type == "REQUEST" and n.dep_ == "attr" and \
                n.head.lemma_.lower() == "be" and \
                any(c.dep_ == "nsubj" and names_act(c) for c in n.head.children):
            # ("X's withdrawal is the precondition": X is asked to withdraw, by the one who
            # says so, the speaker, as of any demand told without its maker)
            asked = self._subject_of(n.head, ctx)  # ("withdrawal of troops by India")
            targets.extend([x for t in asked for x in act_doers(t)] or asked)
        elif not sources:
            sources = self._carrier_subject(n, ctx, entry)
            carried = n.head.lemma_.lower() not in _CARRYING  # (not "reiterated the threat
            # posed by Russia", "is the precondition": the subject need not be the doer)
            if n.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
                for c in n.head.children:  # "offered aid to Armenia"
                    if c.dep_ == "prep" and c.lower_ in entry.target:
                        targets.extend(x for x in c.children if x.dep_ == "pobj")
        refs = self._refs(sources, ctx)
        tgts = self._refs(targets, ctx)
        if entry.mode in _UNDERGONE and refs and not tgts and \
                all(r.kind == "person" for r in refs) and \
                all(c.dep_ == "poss" for c in sources):  # "X's detention": X is held
            refs, tgts, sources = [], refs, []
        if refs and not tgts and not entry.symmetric and "of" not in entry.source and \
                any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in sources):
            tgts = self._of_object(f, refs, ctx)  # "Russia's invasion of Ukraine"
        if entry.symmetric and not refs and len(tgts) < 2:
            tgts = self._between(f, ctx) or tgts
        if (entry.symmetric or entry.type in _MUTUAL) and len(refs) == 1 and not tgts:
            tgts = self._hyphen_partner(sources, refs[0], ctx)  # "India-China cooperation"
        if refs and not tgts:  # "landed in China on a two-day visit"
            own = {_side_of(r) for r in refs}
            tgts = [r for r in self._refs(_arrived_in(n, entry) or _flown_to(n), ctx)
                    if _side_of(r) not in own]
        if entry.symmetric and not refs and len(tgts) >= 2 and \
                any(c.lower_ in ("between", "among") for t in f.tokens for c in t.children):
            refs, tgts = tgts[:1], tgts[1:]  # "talks between A and B"
        f.sources = refs
        f.agentless = not sources
        f.loose_doer = bool(sources) and (carried or all(
            c.dep_ in ("compound", "amod", "nmod") for c in sources))
        f.targets = [r for r in tgts if _key(r) not in {_key(s) for s in refs}]
        own = {_side_of(r) for r in refs}
        if refs and _is_measure(entry) and all(_side_of(r) in own for r in f.targets):
            # (as of a verb: "Russia's ban on flights to Georgia" falls on Georgia)
            f.targets = self._measure_targets(f, targets, ctx) or f.targets

    def _hyphen_partner(self: Coder, modifiers: list[Any], ref: ActorRef, ctx: _Context
                        ) -> list[ActorRef]:
        """The other state of a pair written as one hyphened modifier of a joint act
        ("Kazakhstan-Kyrgyzstan relations", "Kazakh-Kyrgyz talks": the parser hangs the
        first name on the second): the pair's two states do it together."""
        for y in modifiers:
            for x in y.children:
                m = ctx.token_mention.get(x.i)
                if x.dep_ not in ("compound", "amod", "npadvmod") or x.i + 2 != y.i or \
                        y.doc[x.i + 1].text not in _HYPHENS or m is None or m.form == "place":
                    continue
                other = self._ref_of_mention(m, ctx)
                if other is not None and other.kind == "country" and \
                        _side_of(other) != _side_of(ref):
                    return [other]
        return []

    def _between(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The actors a joint act's "between" phrase names where the parser did not join them
        as "A and B" ("talks between Kazakh Foreign Minister Ivan Petrov and Kyrgyz Foreign
        Minister Ruslan Kazakbaev" read as one name modifying the other, or the second
        left out of the phrase: :func:`between_words`): every actor mentioned in the phrase,
        when they are at least two of different sides, else none."""
        out: list[ActorRef] = []
        for prep in (c for t in f.tokens for c in t.children if c.lower_ in ("between", "among")):
            for x in between_words(prep):
                m = ctx.token_mention.get(x.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" \
                    else None
                if ref is not None and all(_side_of(ref) != _side_of(o) for o in out):
                    out.append(ref)
        return out if len(out) >= 2 else []

    def _of_object(self: Coder, f: _Found, refs: list[ActorRef], ctx: _Context) -> list[ActorRef]:
        """The target of an act noun whose doer its possessor or modifier names: the object of
        its "of" phrase, as of the verb it is made from ("Russia's invasion of Ukraine", "the
        Russian occupation of Georgia"). Without a doer so named, "of" may name the doer ("the
        visit of Putin"), and the entry's own prepositions decide."""
        sides = {_side_of(r) for r in refs}
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
        return [r for r in self._refs(objects, ctx) if _side_of(r) not in sides]

    def _carrier_subject(self: Coder, n: Any, ctx: _Context, entry: Entry) -> list[Any]:
        """The subject of the verb that carries a noun ("held talks", "offered aid", "In a
        meeting with X, Y discussed"), or the possessor of the noun it depends on."""
        head = n.head
        if _names_process(n):  # "completed disengagement efforts": as "completed
            n, head = head, head.head  # disengagement"
        if n.dep_ == "pobj" and head.lower_ in ("in", "of") and \
                head.head.lower_ in _QUANTITY:  # "€270 million in investments"
            n, head = head.head, head.head.head
        if entry.type == "PROTEST" and _token_of_protest(n) and head.lower_ == "of":
            n, head = head.head, head.head.head  # "as a mark of protest": as "in protest"
        if between_others(n):
            return []  # "urged negotiations between X and Y": the two are its parties, the
            # one who urges or hosts them is not (round 11)
        if n.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX") and \
                head.lemma_.lower() not in _EVALUATIVE:
            if entry.type in ANSWERED and head.lemma_.lower() in ANSWERING:
                return []  # "Peru ignored the protests": who answers an act aimed at it
                # does not do it (round 16; whose it is: sides.answering)
            return self._subject_of(head, ctx)
        if n.dep_ == "pobj" and head.dep_ == "prep":
            gov = head.head
            if gov.pos_ in ("VERB", "AUX") and entry.type == "CONSULT" and \
                    (head.lower_ in ("in", "at", "during", "after") or
                     head.lower_ in ("on", "for") and gov.lemma_.lower() in _GOING):
                return self._subject_of(gov, ctx)  # "arrived for talks", "is on a visit"
            if gov.pos_ in ("VERB", "AUX") and entry.type == "PROTEST" and \
                    _token_of_protest(n) and gov.tag_ != "VBN":  # "gathered in protest
                return self._subject_of(gov, ctx)  # against X", "withdrew as a protest
                # against X": the subject protests by what it does (not "as the protests
                # spread", a clause's subject)
            if gov.pos_ in ("VERB", "AUX") and entry.reciprocal and \
                    head.lower_ in ("in", "during"):  # "were wounded in a clash with X"
                undergo = _passive_subjects(gov)
                return undergo if undergo or gov.tag_ == "VBN" else self._subject_of(gov, ctx)
            if gov.pos_ in ("VERB", "AUX") and head.lower_ == "for" and \
                    gov.lemma_.lower() in _INTENT_VERBS:  # "waiting for Pashinyan's visit"
                return []
            if gov.pos_ == "NOUN" and head.lower_ in ("for", "to", "of") and \
                    gov.lemma_.lower() not in _STANCE_NOUNS:
                return [c for c in gov.children if c.dep_ == "poss"]
            if entry.type == "CONSULT" and gov.dep_ in ("nsubj", "nsubjpass") and \
                    head.lower_ in ("in", "at", "during"):  # "X and Y, in their summit, ..."
                return [gov]  # (the parser hangs the phrase on the subject it follows)
        if n.dep_ == "conj" and head.pos_ == "NOUN":
            return [c for c in head.children if c.dep_ == "poss"]
        return []
