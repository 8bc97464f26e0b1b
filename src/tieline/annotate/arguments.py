"""A verb's sides: who does what a verb says, and to whom.

A verb's subject is the source, its object or the object of the entry's prepositions the
target; a passive swaps them ("was accused by"); a subject is inherited through control and
coordination ("visited Moscow to hold talks", "met and discussed"), relative clauses ("the
court, which indicted Putin") and nouns (:meth:`ArgumentReading._subject_of`). Also here: the
speaker of a passive verbal act inside what someone says, the actors of the clauses a verb
governs, those a statement addresses, the sides of a feeling stated as an act, and the state a
measure on things falls on. :meth:`ArgumentReading._arguments` sends a noun to
:mod:`tieline.annotate.noun_arguments`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import ActorRef
from . import acting
from .asking import _ASKING, _judged, _judged_further, asks_another_party
from .clauses import (
    _RELATIVE,
    _described_object,
    _misread_main_verb,
    _passive_subjects,
    _relative_clause,
)
from .coder import Coder
from .coordination import _misjoined, _shared_agent
from .found import _Context, _Found
from .matching import _folded_recipient
from .nouns import _TOPIC_PREPS, _owning_modifiers, _owning_of, _participle_noun
from .occasions import _INSTRUMENTS
from .pairs import (
    _MEASURE_PREPS,
    _forbidden_infinitives,
    _is_measure,
    _key,
    _prep_objects,
    _side_of,
    _touched,
)
from .side_grammar import (
    act_doers,
    adjunct,
    aux_subjects,
    bare_passive,
    causative,
    causative_undergoers,
    not_kickers,
)
from .sides import JUDGING
from .status import _reporting_head

_SUBJ = {"nsubj", "csubj"}

#: Nouns of those who act for a state or a group, which a relative clause may describe ("the
#: troops that crossed", "the court, which indicted X").
_DOER_NOUNS = {"troops", "force", "forces", "army", "navy", "police", "guard", "guards",
               "soldier", "soldiers", "court", "council", "committee", "party", "delegation",
               "agency", "service", "regime", "authorities", "administration", "cabinet",
               "coalition", "alliance", "bloc", "organisation", "organization", "group",
               "company", "firm", "bank", "airline", "union", "body", "team", "commission",
               "militants", "rebels", "separatists", "protesters", "demonstrators",
               "activists", "mission", "contingent", "unit", "units", "fleet", "forum"}

#: Links through which a word without a subject inherits one from the word it depends on.
_INHERIT = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "pobj", "acl", "dobj", "attr",
            "relcl", "amod", "acomp"}

#: Nouns of a document or a decision by which its maker acts ("the decree, which banned
#: flights", "the agreement that stopped the war").
_MADE_TO_ACT = _INSTRUMENTS | {"agreement", "deal", "accord", "treaty", "pact", "decision",
                               "ruling", "verdict", "sanction", "measure", "statement", "bill",
                               "regulation", "letter", "message", "appeal", "petition",
                               "report", "document", "proposal", "plan", "note",
                               # (what is said acts for its speaker: "the Chinese accusations
                               # that blamed Indian soldiers")
                               "accusation", "allegation", "claim", "charge", "remark",
                               "comment", "warning", "demand", "request", "criticism",
                               "complaint", "announcement", "threat", "offer"}

#: Subordinators of the clauses whose actor an act answers or is conditioned on: "warned of
#: measures if Georgia joins", "protested after India built", "because China had".
_CLAUSE_MARKS = {"if", "unless", "after", "because", "once", "should", "when", "as"}

_RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "reaction", "case", "return"}

#: Verbs of addressing: their object hears what the subject says or does ("warned Y that").
_ADDRESSING = {"tell", "warn", "inform", "assure", "promise", "notify", "caution", "remind",
               "write", "say", "urge"}

#: Verbs of reacting to another's act: their subject does not do what their object's
#: participle says ("appealed a court ruling blocking X", "condemned the decision banning X").
_REACTING_TO = JUDGING | {"appeal", "challenge", "contest", "overturn", "review"}

#: Acts that two sides named together, with no one else, do to each other.
_MUTUAL = {"ASSAULT", "RETREAT", "MOBILIZE", "CONCEDE", "AGREE", "CONSULT", "COOPERATE"}

#: Acts of force whose doer a fight told around them names.
_FORCE = {"ASSAULT", "COERCE"}

#: Nouns of a request, whose "of" phrase names its maker ("the demands of Moscow").
_REQUEST_NOUNS = frozenset({"demand", "ultimatum", "request", "precondition"})


def _asked_of(tok: Any) -> bool:
    """Whether *tok* is a pattern's request noun with no possessor ("accept the demands of
    X"): its "of" or "from" phrase is then the request's maker; with a possessor ("their
    demands of X") it is whom the request is made of."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _REQUEST_NOUNS and \
        not any(x.dep_ == "poss" for x in tok.children)


class ArgumentReading:
    """Read a verb's sides from its parse: subject, objects, agents and inherited subjects."""

    # -- arguments ------------------------------------------------------------------------
    def _arguments(self: Coder, f: _Found, ctx: _Context) -> None:
        if f.entry.pos == "verb":
            self._verb_arguments(f, ctx)
        else:
            self._noun_arguments(f, ctx)

    def _speaker(self: Coder, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who does a verbal act told in the passive without its doer inside what someone
        says: the speaker ("X said the decision can only be welcomed": X welcomes it)."""
        head = _reporting_head(f.trigger if f.entry.pos == "verb" else f.clause or f.trigger)
        if head is None:
            return []
        refs = self._refs([c for c in head.children if c.dep_ == "nsubj"], ctx)
        return [replace(r, basis="inferred-clause") for r in refs]

    def _governed_actors(self: Coder, root: Any, ctx: _Context) -> list[ActorRef]:
        """Actors of the clauses and circumstances *root* governs: the subject (or its
        possessor) of a conditional, temporal or causal clause or of a reported clause, and
        the owner of the act a response answers ("in response to X's move")."""
        out: list[ActorRef] = []
        for c in root.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS
                                         for m in c.children) or c.dep_ == "ccomp":
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
                out += [r for r in self._owner_refs(subj, ctx) if c.dep_ != "ccomp" or
                        r.kind != "person"]  # "told reporters that X's body would be ...":
                # a person a statement is about is not whom it addresses
            elif c.dep_ == "prep" and c.lower_ in ("in", "over") or \
                    c.dep_ == "prep" and c.lower_ in ("after", "following"):
                for obj in (x for x in c.children if x.dep_ == "pobj"):
                    if c.lower_ == "in" and obj.lower_ not in _RESPONSE_NOUNS:
                        continue
                    if c.lower_ in ("in",):  # "in response to X('s move)", "in case of"
                        obj = next((y for p in obj.children if p.dep_ == "prep" and
                                    p.lower_ in ("to", "for", "of") for y in p.children
                                    if y.dep_ == "pobj"), None)
                        if obj is None:
                            continue
                    out += self._owner_refs([obj], ctx)
        return out

    def _owner_refs(self: Coder, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        """The actors *tokens* name, or for a noun that names none, its possessor or the
        actor it is "of" ("Georgia's bid", "the decision of India")."""
        out: list[ActorRef] = []
        for t in tokens:
            refs = self._refs([t], ctx)
            if not refs and t.pos_ == "NOUN":
                owners = [c for c in t.children if c.dep_ == "poss"] + \
                    [y for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                     for y in p.children if y.dep_ == "pobj"]
                refs = self._refs(owners, ctx)
            out += refs
        return out

    def _addressees(self: Coder, f: _Found, found: list[_Found], ctx: _Context) -> list[ActorRef]:
        """Whom the statement that carries *f* addresses, when its speaker is *f*'s source:
        "X warned Y that it would respond", "X told Y it would impose duties"."""
        node = f.trigger if f.entry.pos == "verb" else f.clause
        sides = {_side_of(r) for r in f.sources}
        for _ in range(3):
            if node is None or node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp",
                                                                          "advcl", "conj"):
                return []
            node = node.head
            if node.lemma_.lower() not in _ADDRESSING:
                continue
            speaker = self._refs([c for c in node.children if c.dep_ == "nsubj"], ctx)
            if not speaker or _side_of(speaker[0]) not in sides:
                return []
            heard = [c for c in node.children if c.dep_ in ("dobj", "dative")]
            heard += [y for c in node.children if c.dep_ in ("prep", "dative")
                      and c.lower_ == "to" for y in c.children if y.dep_ == "pobj"]
            return self._refs(heard, ctx)
        return []

    def _felt_arguments(self: Coder, f: _Found, ctx: _Context) -> None:
        """The sides of a feeling stated as an act ("Ukraine is disappointed by the decision
        of the Georgian government", "India is deeply disappointed with China"): whoever
        feels it voices it, whoever causes it (or owns the act that does) is its target.
        Only a feeling its subject states: "the decision dismayed Peru" tells of Peru's
        feeling, not that Peru voiced it."""
        v = f.trigger
        feelers = _passive_subjects(v) or \
            ([c for c in v.head.children if c.dep_ in _SUBJ] if v.dep_ == "acomp" else [])
        causes = [x for c in v.children if c.dep_ in ("agent", "prep") and
                  c.lower_ in ("by", "with", "at", "over") for x in c.children if x.dep_ == "pobj"]
        owners = [y for x in causes for y in (
            *(c for c in x.children if c.dep_ == "poss"),
            *(o for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"))]
        f.sources = self._refs(feelers, ctx)
        f.agentless = False
        sides = {_side_of(r) for r in f.sources}
        f.targets = [r for r in self._refs(causes, ctx) or self._refs(owners, ctx)
                     if _side_of(r) not in sides]

    def _verb_arguments(self: Coder, f: _Found, ctx: _Context) -> None:
        v = f.trigger
        entry = f.entry
        if entry.felt:
            self._felt_arguments(f, ctx)
            return
        if entry.undergone:  # "died in custody": the one held is the subject (round 18)
            f.targets, f.sources, f.agentless = self._refs(self._subject_of(v, ctx), ctx), [], True
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
            (v.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass")
                                      for c in v.head.children))
        made = causative(v) is not None  # ("had him freed": he is freed, by someone else)
        bare = bare_passive(v)  # ("X could face prison if convicted": X is convicted)
        passive = passive or made or bare
        subject_tokens = [] if made else self._subject_of(v, ctx, passive)
        objects: list[Any] = causative_undergoers(v)
        if bare:
            objects.extend(self._subject_of(v.head, ctx))
        verbs = [t for t in f.tokens if t.pos_ in ("VERB", "AUX", "ADJ")]
        # In "stop paying fees to X" the objects are those of the innermost verb, "paying".
        host = next((t for t in verbs if not any(o.i != t.i and t.is_ancestor(o)
                                                   for o in verbs)), v)
        for tok in f.tokens:
            if tok.i != v.i and tok.dep_ == "prep" and tok.lower_ in entry.target:
                objects.extend(x for x in tok.children if x.dep_ == "pobj")  # "withdraw from X"
            for c in tok.children:
                if c.i in {x.i for x in f.tokens}:
                    continue
                if c.dep_ == "dative" and c.pos_ == "ADP":  # "paying fees to X"
                    objects.extend(x for x in c.children if x.dep_ == "pobj")
                elif c.dep_ in ("dobj", "dative", "obj") and not passive and \
                        entry.object_is_target and (tok.i == host.i or tok.pos_ == "NOUN"):
                    objects.append(c)
                elif c.dep_ == "prep" and c.lower_ in entry.target:
                    objects.extend(_prep_objects(c))
                elif c.dep_ == "prep" and c.lower_ in ("of", "from") and _asked_of(tok):
                    objects.extend(x for x in c.children if x.dep_ == "pobj")  # ("accept
                    # the demands of Moscow": a request noun's "of" names its maker, whom
                    # the answer is to, as "Moscow's demands")
                elif c.dep_ == "agent":
                    subject_tokens = [x for x in c.children if x.dep_ == "pobj"]
                elif _folded_recipient(c, tok, v):
                    objects.append(c)
            if "clause-subject" in entry.target and tok.i != v.i:  # "said China must"
                objects.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        undergoer = _participle_noun(v) if entry.type in _FORCE or entry.mode == "release" \
            else None
        if undergoer is not None:
            # "three Georgian citizens arrested near X": the noun is who undergoes it (when
            # it names them, not through its possessor: "X's address released on Monday")
            passive = True
            if undergoer.i in ctx.token_mention:
                objects.append(undergoer)
        if passive:
            objects.extend(_passive_subjects(v))
            if not subject_tokens:
                subject_tokens = _shared_agent(v)
        f.sources = self._refs(subject_tokens, ctx)
        f.agentless = passive and not subject_tokens
        f.targets = [r for r in self._refs(objects, ctx) if _key(r) not in
                     {_key(s) for s in f.sources}]
        described = _described_object(v) if not f.targets and entry.object_is_target and \
            entry.layer == "own" else None  # (the generated layer: only what its words say)
        if described is not None and getattr(ctx.token_mention.get(described.i), "form",
                                             None) != "place":
            sides = {_side_of(s) for s in f.sources}  # (not "a delegation headed by its MP")
            f.targets = [r for r in self._refs([described], ctx) if _side_of(r) not in sides]
            # "Crimea, which Moscow annexed", "regions recognized by Moscow"
        if (entry.symmetric or entry.type in _MUTUAL) and len(f.sources) == 1 and \
                not f.targets:  # "Kazakhstan-Kyrgyzstan relations have improved"
            f.targets = self._hyphen_partner(
                [c for t in subject_tokens for c in (t, *t.children)
                 if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i or c is t],
                f.sources[0], ctx)
        own = {_side_of(r) for r in f.sources}
        if f.sources and _is_measure(entry) and all(_side_of(r) in own for r in f.targets):
            # (no target, or only the doer's own airlines or goods: "ordered a ban on
            # Russian flights to Georgia")
            f.targets = self._measure_targets(f, objects, ctx) or f.targets

    def _measure_targets(self: Coder, f: _Found, objects: list[Any], ctx: _Context,
                         preps: frozenset[str] = _MEASURE_PREPS) -> list[ActorRef]:
        """The state a measure on things falls on, named inside the things' phrase: "banned
        flights from Russia to Georgia", "lifted the ban on flights to Georgia", "abolished
        visas for Georgian nationals" (CAMEO's sanctions and their easing are acts on the state
        whose goods, flights or people they touch). Only another side than the doer's: Russia's
        own flights are what the measure is about, not whom it is against."""
        # (the verb too: "banned flights from Russia to Georgia", "cancelled the ban on flights
        # to Georgia" hang "to" and "on" on the verb; *objects* may be actors of the doer's
        # side, whose phrases are read: "a ban on Russian flights to Georgia")
        things = [*objects, *(t for t in f.tokens if t.pos_ == "NOUN"), f.trigger,
                  *_forbidden_infinitives(f.trigger)]
        own = {_side_of(r) for r in f.sources}
        for _ in range(3):  # the things, then the things of their phrases ("ban on flights")
            inner: list[Any] = []
            for thing in things:
                for x in _touched(thing, preps):
                    refs = [r for r in self._refs([x], ctx) if _side_of(r) not in own]
                    if refs:
                        return refs[:1]
                    inner.append(x)
            things = inner
        return []

    def _subject_of(self: Coder, v: Any, ctx: _Context, passive: bool = False) -> list[Any]:
        """The tokens that do what *v* says, inherited where English leaves them out: through
        control ("visited Moscow to hold talks"), coordination, relative clauses ("the court,
        which indicted Putin"), nouns ("Armenia's decision to join", "efforts to deepen") and
        compounds ("Russian-brokered")."""
        named = _gerund_named_by(v)
        if named is not None:
            return [named]  # "condemned the Azerbaijani shelling of X": Azerbaijan shells
        node = prev = v
        described = False  # (climbed from a participle to the noun it describes)
        for _ in range(7):
            if node.pos_ in ("VERB", "AUX", "ADJ") and _misjoined(prev, node):
                if node.head.i == node.i or node.dep_ not in _INHERIT:
                    return []
                prev, node = node, node.head  # ("signed decrees canceling visas for X's
                continue  # citizens to travel and removing the ban": the signer removes)
            if node.pos_ in ("VERB", "AUX", "ADJ"):
                if described and node.lemma_.lower() in _REACTING_TO:
                    return []  # "appealed a court ruling blocking X": the ruling blocks
                judged = _judged(node) or _judged_further(node, prev)
                if judged and self._refs(judged, ctx):
                    return judged  # "accused Russia of occupying": Russia occupies
                subj = not_kickers([c for c in node.children if c.dep_ in _SUBJ]) or \
                    aux_subjects(node)
                if subj:
                    if subj[0].lower_ in _RELATIVE and _relative_clause(node) is not None:
                        antecedent = _relative_clause(node).head
                        if subj[0].lower_ in ("which", "that") and \
                                not self._names_a_doer(antecedent, ctx):
                            return []  # "the support of Russia, which led to a war": a
                            # thing does what the clause says, no actor (round 6)
                        return [antecedent]  # (a joined one: "whose role is
                        # ceremonial and who has accused X": the person accuses)
                    if subj[0].dep_ == "csubj" and any(  # "What X has done violates
                            c.lower_ in ("what", "whatever") for c in subj[0].children):
                        return [c for c in subj[0].children if c.dep_ == "nsubj"] or subj
                        # ...": X does (not "even if it did, it would ...": a misparse)
                    return subj
                if node.i == v.i and passive:
                    return []
                raised = [c for c in node.children if c.dep_ == "nsubjpass"
                          and c.lower_ not in ("it", "there")]  # ("it was decided to")
                if raised and node.i != v.i and (prev.dep_ == "xcomp" or adjunct(prev)):
                    return raised  # "X is expected to visit", "X was urged to withdraw",
                    # "X was detained while trying to protest" (round 16: not the reporter
                    # of the clause above)
                if node.dep_ == "xcomp":  # "urged Armenia to ...": the object acts
                    obj = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
                    if not obj and node.head.lemma_.lower() in _ASKING:  # "called on X to"
                        obj = [x for c in node.head.children if c.dep_ == "prep" and
                               c.lower_ in ("on", "upon", "to") for x in c.children
                               if x.dep_ == "pobj"]
                    if obj and self._refs(obj, ctx):
                        return obj
                    if asks_another_party(node.head, obj):
                        return []  # "urged the lawmakers to work with him": they would,
                        # not the one who urged them (round 11)
                if node.dep_ == "amod":  # "Russian-brokered", "Moscow-led"
                    return [c for c in node.children if c.dep_ in ("npadvmod", "compound")]
                if node.i == v.i and _misread_main_verb(node):
                    return [node.head]  # "X, who opposes Y, called Z a provocation"
                if node.dep_ == "acl" and node.tag_ == "VBN":
                    return []  # "peacekeepers deployed to ...": the noun is acted upon
                if node.i == v.i and node.dep_ == "acl" and node.tag_ == "VBG" and \
                        node.doc[node.i - 1].text != "," and \
                        not self._names_a_doer(node.head, ctx):
                    return []  # "the only format discussing the war's consequences": a
                    # thing does it, no actor (round 6; after a comma the participle is the
                    # clause's: "said there were irregularities, urging an investigation")
                described = described or node.dep_ == "acl"
            elif node.i != v.i:  # a noun on the way up: its possessor acts
                poss = [c for c in node.children if c.dep_ == "poss"] or \
                    _owning_modifiers(node, prev, ctx) or _owning_of(node, prev, ctx) or \
                    act_doers(node)  # ("the decision by X to ...")
                if poss:
                    return poss
                if node.i in ctx.token_mention:
                    return [node]
                if node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS:
                    return []  # "concern about the decision to close": not the concerned's
            if node.head.i == node.i or node.dep_ not in _INHERIT:
                return []
            prev, node = node, node.head
        return []

    @staticmethod
    def _names_a_doer(noun: Any, ctx: _Context) -> bool:
        """Whether a noun a relative clause describes names someone who can act: an actor
        the text names, a pronoun, or a noun of a state's body or of people ("the ministry",
        "Russia's navy", "the troops"); not a thing, whoever's it is ("the support of
        Russia", "Russia's support for the rebels", "the line")."""
        return noun.i in ctx.token_mention or noun.pos_ == "PRON" or \
            noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
            acting.names_someone(noun) or noun.lemma_.lower() in _DOER_NOUNS or \
            noun.lemma_.lower() in _MADE_TO_ACT  # ("a Russian-brokered agreement that
        # stopped the war": the document acts for whoever its phrase says made it)


def _gerund_named_by(v: Any) -> Any:
    """The word naming the doer of an act noun the parser read as a clause: in "condemned the
    Azerbaijani shelling of X" it makes "Azerbaijani" the verb's object and "shelling" an
    adverbial clause (or a second object), whose doer would then be the condemner; but a
    determiner before the word and no subject of its own make "the Azerbaijani shelling" one
    noun phrase, the act's doer its modifier (as "the Russian bombing of Gori" is parsed).
    None otherwise."""
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "dobj") or v.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in v.children):
        return None
    before = v.doc[v.i - 1]
    if before.dep_ != "dobj" or before.head.i != v.head.i or before.pos_ != "PROPN" or \
            not any(c.dep_ == "det" and c.i < before.i for c in before.children):
        return None
    return before

