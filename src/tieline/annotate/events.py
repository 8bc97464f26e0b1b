"""Events: who did what to whom, when and how sure, read from each sentence's parse.

For every word of a sentence that mentions an actor, the lexicon (kb/data/events.yaml) is
asked whether the word heads an event pattern — verbs ("met", "stop paying fees to") and nouns
("talks between", "the delay of ... planned visit") alike. The parse then gives the event's
participants:

* a verb's subject is the source, its object or the object of the entry's prepositions the
  target; a passive swaps them ("was accused by"); a subject is inherited through control and
  coordination ("visited Moscow to hold talks", "met and discussed"), relative clauses ("the
  court, which indicted Putin") and nouns ("Armenia's decision to join");
* a noun's source is its possessor, its "by"/"of" phrase or the subject of the light verb that
  carries it ("held talks", "In a meeting with X, Pashinyan discussed ...");
* "and" gives several actors: symmetric events ("Pashinyan and Putin met") pair them, several
  targets give one event per target;
* pronouns and definite descriptions ("he", "it", "the country", "the grouping", "the two
  men") stand for the nearest earlier actor of that kind, subjects first.

Each event gets a status from the words that govern it, a date from the temporal expressions
that govern it (annotate/dates.py anchors them on the publication date), and its evidence: the
sentence with offsets into the stored text, the trigger words, and a direct quote when the
trigger is inside one.

The coder's parts live in the modules beside it, none of which imports this one:
:mod:`~tieline.annotate.found` (the records an event is assembled in),
:mod:`~tieline.annotate.matching` (whether a matched pattern is its entry's act),
:mod:`~tieline.annotate.nouns`, :mod:`~tieline.annotate.clauses`,
:mod:`~tieline.annotate.coordination` and :mod:`~tieline.annotate.asking` (sides
read through act nouns, clauses, "and", and verbs of asking and judging),
:mod:`~tieline.annotate.pairs`, :mod:`~tieline.annotate.article_pair` and
:mod:`~tieline.annotate.responses` (the pairs an event is coded for, a side filled
from the article's pair, answers and releases across reports),
:mod:`~tieline.annotate.polarity` and :mod:`~tieline.annotate.status` (with
:mod:`~tieline.annotate.mood` and :mod:`~tieline.annotate.negation`: an act
refused or reversed; planned, claimed or hypothetical),
:mod:`~tieline.annotate.eventdate`, :mod:`~tieline.annotate.clausedates`,
:mod:`~tieline.annotate.occasions`, :mod:`~tieline.annotate.tense` and
:mod:`~tieline.annotate.reference` (an event's date), and
:mod:`~tieline.annotate.words` (word lists several of them read).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any

from ..kb import KnowledgeBase
from ..models import ActorRef, Article, Coding, Evidence, Mention, Report, SideBasis
from . import counterpart, dates, groups, nonacts, powers, private, regrets, retorts
from .actors import load_roles
from .affiliates import at_home, tied_group
from .article_pair import _EACH_OTHER, _aimed_elsewhere, _only_pair, _side_written, _state_doer
from .asking import (
    _ASKING,
    _HOPING,
    _REQUESTING,
    _asked_to_act,
    _condemn_the_doer,
    _drop_governing_intent,
    _judged,
    _judged_further,
    _laid_on,
    asks_another_party,
)
from .branding import brandings
from .business import firm_side
from .clausedates import _YIELDING, _first_day, _node, _time_before_verb, _told_by_clause
from .clauses import (
    _REACTING,
    _RELATIVE,
    _described_object,
    _in_dateline,
    _misread_main_verb,
    _passive_subjects,
    _points_back,
    _reacted_to,
    _relative_clause,
    _restated_subject,
    _sentenced,
)
from .coordination import (
    _conj_root,
    _conjuncts,
    _joined_clause,
    _misjoined,
    _shared_agent,
    _shared_preps,
    _subject_end,
)
from .eventdate import _dates
from .found import _Context, _Found, _Pair
from .gender import agrees
from .gerunds import doers as _gerund_doers
from .impacts import one_happening
from .language import NOT_ANALYSED, analysed_for_events, is_english
from .lexicon import COOPERATIVE, Entry, Lexicon
from .matching import _VERBAL, _fits, _folded_recipient, _kinds_ok, _match, _only_time, _related
from .newsday import NEWSDAY, date_by_news_day, told_in_past, untimed
from .newsday import governor as _clause_verb
from .nouns import (
    _TOPIC_PREPS,
    _arrived_in,
    _entity_of,
    _flown_to,
    _mistagged_noun,
    _names_process,
    _once,
    _opening_noun,
    _owned_act_noun,
    _owning_modifiers,
    _owning_of,
    _participle_noun,
    _token_of_protest,
    _traded,
    between_others,
)
from .occasions import _INSTRUMENTS
from .pairs import (
    _MEASURE_PREPS,
    _RELATIONAL,
    _forbidden_infinitives,
    _forces,
    _foreign,
    _ground_left,
    _is_measure,
    _key,
    _most_named,
    _mutual_pair,
    _one_per_actor,
    _one_state,
    _opponents,
    _owner_not_party,
    _pairs,
    _prep_objects,
    _side_of,
    _touched,
    _unknown_body,
)
from .pairs import event_id as event_id
from .partners import ADDRESSED, GROUP_PRONOUNS, group_named_before, quoted_addressee
from .partners import complete as _described_sides
from .polarity import _DISRUPT, _FAIL, _apply_polarity, _material_flow
from .polarity import polarity as polarity
from .published import caption, post_stamp
from .reception import reactors as _reactors
from .reception import receivers as _receivers
from .reference import _carried_reference, _expressions, _quote_at, _same_voice, _set_reference
from .reference import point_in_time as point_in_time
from .responses import _drop_untargeted, _recalled_occasions, _releases, _responses
from .sides import (
    ANSWERED,
    ANSWERING,
    JUDGING,
    SUBJECTS,
    act_doers,
    adjunct,
    aux_subjects,
    bare_passive,
    between_words,
    causative,
    causative_undergoers,
    come_under,
    names_act,
    not_kickers,
    own_subject,
    someone,
    struck_by,
)
from .sides import complete as _governed_sides
from .status import (
    _COMMENTING,
    _HYPOTHETICAL_VERBS,
    _MEDIA,
    _PROMISE,
    _TURNED,
    _in_passing,
    _reporting_head,
    _stating_head,
    _status,
    _topic_of_talk,
)
from .tense import (
    _QUOTES,
    _SAYING,
    _before_its_present,
    _finite_head,
    _joined_to_the_past,
    _narrated,
    _narrated_saying,
    _quoted,
    _told_as_news,
    _verb_tense,
)
from .words import _DASHES, _INTENT_VERBS, _LIGHT, _PAIR_NOUNS, _REPORTING, stance

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

#: Links through which a word without a subject inherits one from the word it depends on.
_INHERIT = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "pobj", "acl", "dobj", "attr",
            "relcl", "amod", "acomp"}
_SCENE_PREPS = {"in", "at", "after", "before", "during", "since", "amid", "amidst", "following",
                "despite", "near", "over", "across", "throughout", "within", "on", "by", "from",
                "into", "toward", "towards", "under", "without", "as", "like", "for", "of"}

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

#: Words the coder reads as an event's status or polarity, never as an event of their own
#: when the generated layer has them alone ("plan", "fail", "say", "may").
_MODALITY = frozenset(_FAIL | _INTENT_VERBS | _REPORTING | _HYPOTHETICAL_VERBS | _PROMISE)

#: Subordinators of the clauses whose actor an act answers or is conditioned on: "warned of
#: measures if Georgia joins", "protested after India built", "because China had".
_CLAUSE_MARKS = {"if", "unless", "after", "because", "once", "should", "when", "as"}
#: Types whose target a governing clause implies: acts that answer or are conditioned on
#: what another does ("protested after X built", "warned of measures if X joins").
_REACTIVE = {"ACCUSE", "THREATEN", "REQUEST", "PROTEST", "REJECT", "SANCTION", "COERCE"}
#: Nouns whose "to"/"for"/"of" phrase names what an act answers: "in response to X's move".
#: Verbs of going somewhere: their subject takes part in the talks or visit it goes "for" or
#: is "on" ("arrived in Beijing for talks with X", "is on a three-day visit to X").
_GOING = {"be", "arrive", "travel", "come", "go", "fly", "head", "leave", "reach", "land",
          "visit", "embark", "set", "depart", "return"}

_RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "reaction", "case", "return"}
#: Verbs of addressing: their object hears what the subject says or does ("warned Y that").
_ADDRESSING = {"tell", "warn", "inform", "assure", "promise", "notify", "caution", "remind",
               "write", "say", "urge"}

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: Verbs of reacting to another's act: their subject does not do what their object's
#: participle says ("appealed a court ruling blocking X", "condemned the decision banning X").
_REACTING_TO = JUDGING | {"appeal", "challenge", "contest", "overturn", "review"}

#: "I" and "we" in a direct quote: the speaker (or the speaker's state).
_FIRST_PERSON_PLURAL = {"we", "us", "our"}
_FIRST_PERSON = {"i", "me", "my", *_FIRST_PERSON_PLURAL}
#: A state's land, which "our" in a quote makes the speaker's state's ("our territory").
_TERRITORY = {"territory", "territories", "land", "lands", "border", "borders", "country",
              "sovereignty", "soil", "airspace", "waters"}
#: Verbs that introduce a quote's speaker.
_SPEAKING = {"say", "tell", "add", "note", "state", "stress", "emphasise", "emphasize",
             "declare", "write", "tweet", "insist", "warn", "explain", "conclude", "remark"}
_THING_PRONOUNS = {"it", "its"}
#: How far back (characters, about two paragraphs) "it" or "its" may point to a state or a
#: body (round 16): further back, a live blog's "blocking it" is a thing, not the country
#: named pages before.
_IT_REACH = 1200
#: And "he" or "she" to a person (round 16): a person the text has not named for pages is
#: named again before the text says "he" of them ("she came to Oldham", a reader's letter on
#: a page that named a minister far above).
_HE_REACH = 3000
_HYPHENS = {"-", "–", "—"}
#: Acts two do together, whose noun a speaker tells with only the partner ("talks with Y").
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}
#: Words of a part of a group ("some of its soldiers"): the group's side is the part's.
_PARTS = {"some", "many", "most", "several", "dozens", "hundreds", "thousands", "scores",
          "all", "none", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "each", "both", "few", "majority", "number"}
_COUNTRY_NOUNS = {"country", "nation", "state", "republic"}
#: Nouns of many actors whose "including" phrase names some of them ("several countries,
#: including Peru"), besides the nouns of people (round 15).
_MEMBERS_OF = frozenset({"countries", "states", "nations", "governments", "organisations",
                         "organizations", "bodies", "groups", "parties"})
#: Nouns of a part of a state named in their "of" phrase ("the Georgian region of Abkhazia",
#: "the breakaway republic of South Ossetia"): the named part is the side when it is an actor.
_PART_NOUNS = {"region", "regions", "province", "provinces", "republic", "republics",
               "territory", "territories", "enclave", "enclaves"}
#: Words that make such a part one its state does not hold ("Georgia's breakaway region"):
#: the state named before it is not the part, whatever the part does or undergoes.
_BREAKAWAY = frozenset({"breakaway", "separatist", "secessionist", "rebel", "self-proclaimed",
                        "self-declared", "unrecognised", "unrecognized"})
#: Nouns of an office or a place in a body, held for it: "the commander of the PLA unit",
#: "a member of the Russian parliament", "the head of the Chinese delegation".
_OFFICE_NOUNS = {"commander", "chief", "head", "member", "leader", "spokesman", "spokesperson",
                 "spokeswoman", "representative", "envoy", "officer", "soldier", "official",
                 "ambassador", "deputy", "director", "chairman", "chair", "personnel"}
#: The bodies that sit in their own state's places: "a court in Baku" is Azerbaijan's (not
#: troops, envoys or embassies, which are often another state's where they are; nor "the
#: parliament in Sukhumi", as often the building stormed as the body that acts).
_SEATED_BODIES = frozenset({"court", "courts", "judiciary", "prosecutors", "authorities",
                            "government", "administration", "regime", "leadership", "police",
                            "ministry"})
_ORG_NOUNS = {"group", "grouping", "bloc", "alliance", "organisation", "organization", "pact",
              "union", "body", "treaty", "court"}
#: Nouns of bodies that a bare "the council" names only as the one of that name named before
#: ("the European Council ... the council"): the nearest body of another name is no referent.
_NAMED_BODIES = frozenset({"council", "commission"})
#: Bodies of a government that "the ministry" or "the government" points back to.
_GOVERNMENT_NOUNS = {"ministry", "government", "cabinet", "administration", "leadership",
                     "authorities"}

#: Words that may stand for an earlier actor: the coder reads events in sentences with them.
POINTER_WORDS = frozenset(_PERSON_PRONOUNS | _THING_PRONOUNS | _COUNTRY_NOUNS | _ORG_NOUNS
                          | set(_PAIR_NOUNS) | _GOVERNMENT_NOUNS)


class EventCoder:
    """Code the events of annotated articles (their parse and actor mentions) in PLOVER."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon.prepare()
        self.forms = kb.by_form()
        self.agents = load_roles()[1]  # the nouns that name a state's body or people
        self.fights = frozenset(" ".join(e.lemmas) for e in lexicon.entries
                                if e.reciprocal and e.pos == "noun" and e.layer == "own")
        self._heads: dict[tuple[int, int], tuple[bool, bool]] = {}  # (POS, lemma) → layers

    # -- entry point ----------------------------------------------------------------------
    def code(self, article: Article, doc: Any) -> Article:
        """Return *article* with its events (its page date, if any, set before: see
        :func:`tieline.annotate.published.date_page`)."""
        if not analysed_for_events(article.lang, article.langs):
            return article.evolve(warnings=(*article.warnings, not_analysed(article)))
        ctx = self._context(article, doc)
        events: list[Report] = []
        mentioned = {m.sentence_start for m in article.mentions}
        read: set[str] = set()
        pair: _Pair | None = None  # the previous sentence's two sides, if it had only two
        coded_in: dict[int, Any] = {}  # the sentences that coded events, by where they start
        for sent in doc.sents:
            if sent.start_char not in mentioned and not _has_anaphor(sent):
                continue  # (names no one: a quote or comment goes on about the two sides)
            if pair is not None and "\n" in ctx.article.text[pair.end:sent.start_char]:
                pair = None  # (a new paragraph: a new context)
            key = sent.text.strip()
            if key in read:  # a caption or pull quote repeated: one report, not two
                continue
            read.add(key)
            coded = self._sentence(sent, ctx)
            kept = pair is not None and self._only_sides(pair, sent, ctx)
            if coded and is_english(sent.text):  # (the check only where there is an event)
                if kept and pair is not None:
                    coded = self._from_previous(coded, pair, sent, ctx)
                events.extend(coded)
                coded_in[sent.start_char] = sent
            pair = self._bilateral(coded, sent) or (pair if kept else None)
            if coded:  # (the visit a "visit again" of the next sentence repeats)
                visits = [(e.source, e.target) for e in coded
                          if e.mode == "visit" and e.source is not None]
                ctx.last_visit = visits[-1] if visits else None
            doers = [e.source for e in coded if e.source is not None]
            if doers:  # (the last sentence of the paragraph so far that told acts)
                ctx.previous = (sent.start_char + len(sent.text.rstrip()), doers)
                ctx.previous_start = sent.start_char
        events = self._from_article(_responses(_releases(events)), coded_in, ctx)
        events = _governed_sides(events, coded_in, lambda toks: self._refs(toks, ctx),
                                 self._as_side, event_id)
        events = _described_sides(events, coded_in, lambda toks: self._refs(toks, ctx),
                                  self._as_side, event_id)
        events = groups.complete(events, coded_in, lambda toks: self._refs(toks, ctx),
                                 groups.Places(lambda a, b: {m.country for m in ctx.mentions
                                                             if m.country and a <= m.start < b},
                                               lambda c: self._as_side(ActorRef(None, c, c)),
                                               _one_state), event_id)
        events = regrets.complete(events, coded_in, event_id)  # (round 17)
        events, dropped = private.split(date_by_news_day(events, article, doc), coded_in)
        warnings = (*article.warnings, private.said(article, dropped)) if dropped else \
            article.warnings
        return article.evolve(events=tuple(events), warnings=warnings)

    def _from_article(self, events: list[Report], sents: dict[int, Any],
                      ctx: _Context) -> list[Report]:
        """Complete the one-sided requests of the article's pair of states (see
        :mod:`tieline.annotate.counterpart`): a call or demand by one of the two whose
        sentence writes no addressee and names no one outside the pair, on a page that states
        acts between the two, is addressed to the other ("inferred-article")."""
        pair = counterpart.article_pair(ctx.mentions)
        if pair is None:
            return events
        stated = {(e.source.country, e.target.country) for e in events
                  if e.source is not None and e.target is not None
                  and not e.source.inferred and not e.target.inferred}
        out = []
        for e in events:
            sent = sents.get(e.evidence[0].start)
            other = None if sent is None else self._counterpart(e, pair, sent, ctx)
            if other is not None and {(e.source and e.source.country, other.country),
                                      (other.country, e.source and e.source.country)} & stated:
                ev = e.evidence[0]
                e = e.evolve(target=other, id=event_id(ev.article_id, ev.start,
                                                       ev.trigger_start, e.rule, e.source,
                                                       other))
            out.append(e)
        return out

    def _counterpart(self, e: Report, pair: tuple[str, str], sent: Any,
                     ctx: _Context) -> ActorRef | None:
        """The other state of *pair* as the target *e* leaves out, or None where the act
        is not directed, is not one of the pair's own as the sentence states it, or the
        sentence writes a target or names someone outside the pair."""
        source = e.source
        if e.target is not None or source is None or source.inferred or e.mutual or \
                e.id in ctx.loose or source.country not in pair or \
                not counterpart.directed(e.type, e.mode, source.sector):
            return None
        k = bisect_left(ctx.mention_starts, sent.start_char)
        named = ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]
        if not _only_pair(named, pair, sent, ctx) or \
                not _state_doer(e, source.country, named, ctx) or _aimed_elsewhere(e, sent):
            return None
        state = self.kb.actors.get(pair[1] if source.country == pair[0] else pair[0])
        if state is None:
            return None
        return ActorRef(state.id, state.name, state.country, None, state.kind,
                        "inferred-article")

    def _bilateral(self, events: list[Report], sent: Any) -> _Pair | None:
        """The two sides of a sentence whose every two-sided event is between the same two
        states (or actors without one), as the sides a next sentence may continue."""
        sides: dict[str | None, ActorRef] = {}
        for e in events:
            if e.source is None or e.target is None or e.source.inferred or e.target.inferred:
                continue
            for ref in (e.source, e.target):
                sides.setdefault(_side_of(ref), self._as_side(ref))
        if len(sides) != 2 or None in sides or not all(r.country for r in sides.values()):
            return None  # (between two states, or people and bodies of two states)
        a, b = sides.values()
        return _Pair(a, b, sent.start_char + len(sent.text.rstrip()))  # (before a line end)

    def _as_side(self, ref: ActorRef) -> ActorRef:
        """A side as a next sentence may imply it: the state a person or body is of (the
        sentence before named "Putin"; "Moscow also imposed duties" is Russia's act on it)."""
        state = self.kb.actors.get(ref.country or "")
        if state is None or state.id == ref.id:
            return ref
        return ActorRef(state.id, state.name, state.country, None, state.kind)

    def _from_previous(self, events: list[Report], pair: _Pair, sent: Any,
                       ctx: _Context) -> list[Report]:
        """Complete one-sided events of a sentence that continues a sentence between two
        sides: an act of one side with no target written is on the other ("Putin accused
        Georgia of provocations. Moscow also imposed sanctions."), an act done to one side by
        no one written ("Two Georgians were detained.") is by the other. Only when the
        sentence names no one but these two states (a third party breaks the context), never
        a meeting's partner, and a doer only where no word states one."""
        sides = {_side_of(pair.a): pair.a, _side_of(pair.b): pair.b}
        out = []
        for e in events:
            known = e.source or e.target
            if known is None or (e.source and e.target) or _side_of(known) not in sides or \
                    e.type == "CONSULT" or (e.source is None and e.id not in ctx.agentless):
                out.append(e)
                continue
            ev = e.evidence[0]
            if _side_written(sent, ev.trigger_start, by=e.source is None):
                out.append(e)  # (written, though no one the knowledge base knows: not implied)
                continue
            other = next(r for side, r in sides.items() if side != _side_of(known))
            other = replace(other, basis="inferred-previous")
            source, target = (e.source, other) if e.source else (other, e.target)
            out.append(e.evolve(source=source, target=target, id=event_id(
                ev.article_id, ev.start, ev.trigger_start, e.rule, source, target)))
        return out

    def _only_sides(self, pair: _Pair, sent: Any, ctx: _Context) -> bool:
        """Whether *sent* names one of the two sides of *pair* (or points back to them) and
        no one else (places aside): the sentences of a paragraph about two states go on about
        them while they name them ("Putin accused Georgia of provocations. Moscow also
        imposed duties. Russia then banned flights.": the ban is on Georgia too); a third
        party, or a sentence about a place and no one in it, ends that (a sentence that names
        no one and nothing goes on, and is passed over)."""
        sides = {_side_of(pair.a), _side_of(pair.b)}
        named = False
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form == "place" or ref is None:
                continue
            if _side_of(ref) not in sides:
                return False
            named = True
        return named or _has_anaphor(sent)

    def _context(self, article: Article, doc: Any) -> _Context:
        token_mention: dict[int, Mention] = {}
        subjects: set[int] = set()
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                token_mention.setdefault(t.i, m)
            if token_mention[span[0].i].start < m.start:  # a mention inside another one:
                token_mention[span[0].i] = m  # "Kyrgyz troops" in "Kazakh and Kyrgyz troops"
                # is what its first word names
            if span.root.dep_ in ("nsubj", "nsubjpass") or \
                    (span.root.dep_ == "conj" and span.root.head.dep_ in ("nsubj", "nsubjpass")):
                subjects.add(m.start)
        mentions = sorted(article.mentions, key=lambda m: m.start)
        ents = list(doc.ents)
        return _Context(article, doc, token_mention, mentions, [m.start for m in mentions],
                        subjects, ents, [e.start for e in ents],
                        learned={a.id: a for a in article.learned})

    # -- one sentence ---------------------------------------------------------------------
    def _sentence(self, sent: Any, ctx: _Context) -> list[Report]:
        found: list[_Found] = []
        taken: set[int] = set()
        for layer in ("own", "cameo"):  # the generated layer only where the own one is silent
            for t in self._heads_in(sent, layer, ctx):
                if t.i in taken:
                    continue
                f = self._trigger(t, layer, taken, ctx)
                if f is not None:
                    found = _once(f, found)
                    taken.update(x.i for x in f.tokens)
        for f in found:
            if not f.sources and f.agentless and f.entry.type in _VERBAL and \
                    not _answered(f) and \
                    not (f.entry.symmetric and len(f.targets) > 1):  # ("was agreed upon
                f.sources = self._speaker(f, ctx)  # between A and B": they agreed; "X said
                # it can only be welcomed": X welcomes it)
            if not f.sources and f.agentless:
                self._announced(f, ctx)  # "imports of X's wine will be banned, Y said"
            if not f.sources and f.agentless and f.targets and f.entry.type in _FORCE:
                f.sources = _opponents(f, found) or self._fight_party(f, ctx)
            if not f.sources and f.agentless and f.targets:
                f.sources = self._custodian(f, ctx)  # "X was detained in Santiago"
            if not f.sources and f.agentless and f.entry.mode == "summon":
                self._host(f, ctx)  # "China's envoy to India was summoned" (round 17)
            if not f.sources and f.agentless and f.entry.type == "REQUEST" and \
                    f.entry.pos == "verb":  # "X was asked to leave China" (round 17)
                f.sources = [r for r in [powers.expeller(
                    f.trigger, f.targets, lambda toks: self._refs(toks, ctx))] if r]
            if not f.sources and f.targets and f.entry.type in _JOINT and \
                    f.entry.pos == "noun" and all(r.country for r in f.targets):
                # "X said talks with Y had ...", "X said the agreement reached with Y
                # envisages ...": X takes part (a state's person or body)
                sides = {_side_of(r) for r in f.targets}
                f.sources = [r for r in self._speaker(f, ctx) if r.country and
                             _side_of(r) not in sides][:1]
            if f.sources and not f.targets and (len(f.sources) == 1 or not f.entry.symmetric) \
                    and (f.entry.pos == "verb" or _material_flow(f.entry)):
                self._fallback_target(f, found, ctx)
                if not f.targets:
                    self._intended_target(f, ctx)
            if not f.sources and f.entry.pos == "noun":  # "drew criticism from X" (round 17)
                f.sources = _reactors(f.trigger, f.entry.type == "PROTEST",
                                      lambda toks: self._refs(toks, ctx))
            if not f.targets and f.entry.pos == "noun":  # "was met with criticism" (round 17)
                f.targets = _receivers(f.trigger, f.sources, lambda toks: self._refs(toks, ctx))
            if f.entry.mode == "release" and f.targets and \
                    not any(r.country for r in f.targets):
                f.targets = self._handed_to(f, ctx) or f.targets
        found = one_happening(found, lambda toks: self._refs(toks, ctx))  # (round 18)
        self._lay_blame(found, ctx)  # "blamed the clashes on X"
        _condemn_the_doer(found)  # "condemned the detention of two journalists by X"
        for f in found:  # "called for India to withdraw", "its call for India to withdraw"
            if f.sources and not f.targets and f.entry.type == "REQUEST":
                sides = {_side_of(r) for r in f.sources}
                f.targets = [r for r in self._refs(_asked_to_act(f.trigger), ctx)
                             if _side_of(r) not in sides][:1]
        found = _apply_polarity(found, lambda w: self._refs(self._subject_of(w, ctx), ctx))
        for f in found:  # "cancelled the talks (...) with the Georgian side"
            if f.sources and not f.targets and f.entry.id.endswith(_TURNED):
                self._fallback_target(f, found, ctx)
        for f in found:
            if f.sources and not f.targets and \
                    (any(t.lemma_.lower() in _TAKING_GROUND for t in f.tokens) or
                     f.entry.armed or f.entry.type == "RETREAT" and _ground_left(f)):
                f.targets = self._ground_owner(f, ctx)  # "occupied land in Georgia",
                # "withdrew from the territories it occupies in Georgia"
                if not f.targets and f.entry.pos == "verb":  # "annexed the territories"
                    f.targets = self._pointed_ground(f, ctx)  # (round 17)
            if any(t.lemma_.lower() in _TAKING_GROUND for t in f.tokens):
                f.targets = self._claimed_ground(f)  # "occupies Abkhazia": Georgia's ground
            if f.sources and not f.targets and not f.entry.symmetric:
                self._clause_target(f, found, ctx)
            if f.sources and not f.targets and f.entry.type in _REACTING and \
                    f.entry.pos == "verb":  # "rejected Chinese renaming" (round 17)
                own = {_side_of(r) for r in f.sources}
                f.targets = [r for r in self._refs(_gerund_doers(f.trigger), ctx)
                             if _side_of(r) not in own][:1]
            if f.sources and f.entry.type in _REACTING and f.entry.pos == "verb":
                self._restated_doer(f, ctx)  # "Peru lifted the ban, a move Chile denounced"
            if f.sources and not f.targets and (f.entry.type in _REACTING or
                                                f.entry.type == "THREATEN"):
                self._previous_doer(f, sent, ctx)
            if f.entry.mode == "visit" and ctx.last_visit is not None:
                self._visit_again(f, ctx)
        for f in found:
            f.targets = at_home(f.sources, f.targets)  # (a tied group at home; round 18)
        found = [f for f in found if f.targets or not f.entry.armed]  # (forces entering
        # ground of no other state named: their own, or only a place)
        for f in found:
            f.sources, f.targets = _one_per_actor(f.sources), _one_per_actor(f.targets)
            if len(f.sources) == 2 and not f.targets and not f.entry.symmetric and \
                    self._mutual(f, sent, ctx):  # (a symmetric act pairs them already)
                a, b = f.sources  # "the two sides agreed to withdraw troops": from each other
                f.targets = [replace(b, basis="inferred-clause"),
                             replace(a, basis="inferred-clause")]
                f.mutual = True
        recalled = _recalled_occasions(found)
        found = [f for f in found if (f.sources or f.targets) and _kinds_ok(f)
                 and not (_in_passing(f) and not any(a and b for a, b in _pairs(f)))
                 and (f.sources or not nonacts.done_by_an_unnamed_person(f.trigger))]
        found = _drop_governing_intent(found)
        found += self._allegations(found, sent, ctx)
        found = self._branded(found, sent, ctx)
        events: list[Report] = []
        seen: set[tuple[Any, ...]] = set()
        date_of = _dates(sent, found, ctx)
        carried = _carried_reference(sent, ctx)
        for f in found:
            when = date_of.get(id(f))
            if when is None and id(f) in recalled:
                continue  # "since their last meeting": which one, the text does not say
            if when is None and carried is not None and _narrated(f) and \
                    _same_voice(f.trigger.idx, ctx):
                when = (carried, None)
            elif when is None and carried is not None:
                said = _narrated_saying(f)  # "He assured the House that India has not
                if said is not None and _same_voice(said.idx, ctx):  # conceded anything":
                    when = (carried, said)  # the statement's time
            for source, target in _pairs(f):
                if f.entry.layer == "cameo" and (source is None or target is None):
                    continue  # the generated layer adds recall for pairs, not one-sided acts
                clause = _joined_clause(f.clause) if f.clause is not None else f.trigger.i
                key = (clause, f.entry.type, _key(source), _key(target))
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(f, source, target, sent, ctx, when).evolve(
                    mutual=_mutual_pair(f, source, target)))
                if f.agentless and source is None:
                    ctx.agentless.add(events[-1].id)
                if f.loose_doer:
                    ctx.loose.add(events[-1].id)
        _set_reference(sent, events, ctx)
        return _drop_untargeted(events)

    def _allegations(self, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """The accusations a sentence states by reporting another side's hostile act: an
        actor who says that another state's people attacked, detained, occupied or
        sanctioned ("the Georgian ministry said Russia continues to occupy Abkhazia") makes
        an allegation against them, PLOVER's ACCUSE, besides the act it reports (which keeps
        its own status). Only a speaker the knowledge base places in a state, and never the
        act's own side ("Russia said its troops struck"), nor media, nor an act reported as
        failed, refused or merely possible."""
        base = next((e for e in self.lexicon.lookup("verb", "accuse", "own")
                     if e.type == "ACCUSE"), None)
        if base is None:
            return []
        out: list[_Found] = []
        said = {(_key(r), _key(t)) for f in found if f.entry.type == "ACCUSE"
                for r in f.sources for t in f.targets}
        for f in found:
            if f.entry.type not in _ALLEGED or f.negated or not f.sources or \
                    f.entry.pos != "verb":
                continue  # (a verb: "said Russia attacked", not "abiding by UN sanctions")
            head = _stating_head(f.clause if f.clause is not None else f.trigger)
            if head is None:
                continue
            holder = head.head if head.dep_ in ("acomp", "xcomp") and not any(
                c.dep_ == "nsubj" for c in head.children) else head  # "is concerned that"
            subject = [c for c in holder.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() not in _MEDIA]
            speakers = [r for r in self._refs(subject, ctx) if r.country and
                        r.sector not in _COMMENTING]  # (an analyst's word is no state's)
            doers = {_side_of(r) for r in f.sources}
            speakers = [r for r in speakers if _side_of(r) not in doers]
            if not speakers or _status(f, sent, ctx)[0] not in ("reported", "claimed"):
                continue
            targets = [r for r in f.sources if all((_key(s), _key(r)) not in said
                                                   for s in speakers)]
            if targets:
                entry = replace(base, id="accuse/reported", mode="allege", symmetric=False,
                                intent=False)
                out.append(_Found(entry, head, [head], head, list(speakers), targets))
        return out

    def _branded(self, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """*found* with the denunciations a sentence makes by branding another side or its act
        with a condemning name ("called Russia an enemy", "said Russia's move was a
        provocation": CAMEO 111, PLOVER ACCUSE), and the denials it makes by judging a charge
        false ("allegations of Russian interference in Georgia are unfounded, Peskov said":
        CAMEO 016, REJECT; the charge itself is then no accusation by the speaker). See
        :mod:`tieline.annotate.branding`. Only a speaker the knowledge base places in a
        state, and a side other than the speaker's: what is branded, else an actor named in
        the name ("another Russian provocation") or in the charge's phrase."""
        out = list(found)
        accused = {f.trigger.i for f in found if f.entry.type == "ACCUSE"}
        for b in brandings(sent):
            if b.verb.i in accused:
                continue
            base = self._own_entry("reject" if b.denial else "criticize")
            speakers = [r for r in self._refs(self._subject_of(b.verb, ctx), ctx) if r.country]
            sides = {_side_of(r) for r in speakers}
            words = [x for t in b.branded for x in t.subtree] if b.denial else list(b.branded)
            named = [x for x in words if x.i in ctx.token_mention or not b.denial]
            targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if not targets and not b.denial:
                named = [x for x in b.predicate.subtree if x.i in ctx.token_mention]
                targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if base is None or not speakers or not targets:
                continue
            if b.denial:  # (the charge denied is not the speaker's accusation)
                charge = {x.i for t in b.branded for x in t.subtree}
                out = [f for f in out if not (f.entry.type == "ACCUSE" and
                                              f.trigger.i in charge)]
            entry = replace(base, id=f"{base.id}/branded", symmetric=False, intent=False)
            out.append(_Found(entry, b.verb, [b.verb], b.verb, speakers, targets[:1]))
        return out

    def _own_entry(self, verb: str) -> Entry | None:
        """The own lexicon's entry for the single *verb* ("criticize", "reject")."""
        return next((e for e in self.lexicon.lookup("verb", verb, "own")
                     if not e.others), None)

    def _heads_in(self, sent: Any, layer: str, ctx: _Context) -> list[Any]:
        """The words of *sent* that head an entry of *layer* as their part of speech
        (in order): the only ones :meth:`_trigger` can find an event at. Read once per
        document from its POS and lemma columns, so the other words cost no Token."""
        if ctx.heads is None:
            ctx.heads = self._doc_heads(ctx.doc)
        heads = ctx.heads[layer]
        doc = ctx.doc
        return [doc[i] for i in heads[bisect_left(heads, sent.start):
                                      bisect_left(heads, sent.end)]]

    def _doc_heads(self, doc: Any) -> dict[str, list[int]]:
        """Per layer, the indices of *doc*'s words that head one of its entries: a verb or
        adjective ("verb" patterns; a verb only in the generated layer) or a noun whose lemma
        the lexicon files under that part of speech."""
        from spacy.attrs import LEMMA, POS, SENT_START
        from spacy.symbols import ADJ, NOUN, PROPN, VERB

        own: list[int] = []
        cameo: list[int] = []
        if not len(doc):
            return {"own": own, "cameo": cameo}
        cols = doc.to_array([POS, LEMMA, SENT_START])
        wanted = (cols[:, 0] == VERB) | (cols[:, 0] == ADJ) | (cols[:, 0] == NOUN)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] == 1)).nonzero()[0].tolist()
                   if _opening_noun(doc[i], self.lexicon))  # (a few words a document)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] != 1)).nonzero()[0].tolist()
                   if _owned_act_noun(doc[i], self.lexicon))
        strings, lookup, known = doc.vocab.strings, self.lexicon.lookup, self._heads
        for i, p, lemma in zip(wanted.nonzero()[0].tolist(), cols[wanted, 0].tolist(),
                               cols[wanted, 1].tolist(), strict=True):
            layers = known.get((p, lemma))
            if layers is None:
                if len(known) >= 300_000:  # (spellings seen: bounded)
                    known.clear()
                word, pos = strings[lemma].lower(), "noun" if p == NOUN else "verb"
                layers = known[(p, lemma)] = (bool(lookup(pos, word, "own")) or
                                              p == ADJ and bool(lookup("noun", word, "own")),
                                              p == VERB and bool(lookup(pos, word, "cameo")))
            if layers[0]:
                own.append(i)
            if layers[1]:
                cameo.append(i)
        own.sort()
        return {"own": own, "cameo": cameo}

    def _trigger(self, t: Any, layer: str, taken: set[int], ctx: _Context) -> _Found | None:
        """The event the word *t* heads with an entry of *layer*, if any: the longest pattern
        that matches (and whose target, if it asks for a kind, is of that kind)."""
        pos = "verb" if t.pos_ in ("VERB", "ADJ") else "noun" if t.pos_ == "NOUN" else None
        lemma = t.lemma_.lower()
        if _mistagged_noun(t, self.lexicon):
            pos = "noun"
        elif t.pos_ == "PROPN":
            lemma = _opening_noun(t, self.lexicon) or _owned_act_noun(t, self.lexicon)
            pos = "noun" if lemma and t.i not in ctx.token_mention else None
        if pos is None or (layer == "cameo" and t.pos_ != "VERB"):
            return None  # CAMEO's patterns are verbs': not "a planned visit"
        related: list[Any] | None = None
        vetoed = False
        near: set[str] = set()  # the words around t, to pass over patterns that cannot match
        if self.lexicon.worded(pos, lemma, layer):
            related = _related(t)
            near = {x.lemma_.lower() for x in related} | {x.lower_ for x in related}
        for entry in self.lexicon.lookup_near(pos, lemma, layer, near):
            if entry.layer != layer or (layer == "cameo" and not entry.others and
                                        entry.head_lemma in _MODALITY):
                continue  # "failed to act", "plans to join": a status, not an act of its own
            tokens = _match(t, entry, related or [])
            if tokens is None or (layer == "cameo" and any(x.i in taken for x in tokens)):
                continue
            if not _fits(t, entry, tokens):
                vetoed = True  # (tieline's own reading: no act here, in either layer)
                continue
            f = _Found(entry, t, tokens, _clause_verb(t))
            self._arguments(f, ctx)
            if entry.armed and not _forces(f.sources):
                continue  # ("tourists entered Chilean territory": no intrusion)
            if entry.mode in ("withdraw", "leave") and _forces(f.sources):
                f.targets = [r for r in f.targets if not _unknown_body(r)]
            if entry.foreign and not _foreign(f) and not self._announced(f, ctx):
                continue  # "banned Chinese apps", not "banned Ugandan opposition candidates"
            if f.sources and not f.targets and t.lower_ in _HOPING:  # whom a hope asks
                sides = {_side_of(r) for r in f.sources}  # (an actor named, not a thing,
                asked = [x for x in _asked_to_act(t)  # "hopes relations will grow", nor
                         if x.pos_ != "PRON" and  # "it", often the hoper or a thing)
                         (x.i in ctx.token_mention or x.pos_ == "PROPN")]
                f.targets = [r for r in self._refs(asked, ctx) if _side_of(r) not in sides][:1]
            if entry.target_kind and not any(r.kind in entry.target_kind
                                             for r in f.targets) and \
                    (f.targets or not entry.alone) and \
                    not (entry.symmetric and not f.targets and len(f.sources) > 1):
                continue  # "withdrew from Georgia" / "from the CSTO": the next entry
            return f
        if vetoed and layer == "own":
            taken.add(t.i)
        return None

    def _announced(self, f: _Found, ctx: _Context) -> bool:
        """Whether *f*, a sanction told in the passive without its doer inside what a state's
        body or official says, is that state's measure on another ("flights of Georgian
        airlines to Russia will be suspended, the Russian Transport Ministry said": the one
        who can impose it announces it); its sides are set if so."""
        if f.sources or not f.agentless or f.entry.type != "SANCTION":
            return False
        if f.trigger.dep_ == "amod" or _topic_of_talk(f.trigger):
            return False  # "the recently declared sanctions", "speaking about the sanctions":
            # a measure named, not announced
        speakers = [r for r in self._speaker(f, ctx) if r.country and r.sector in (None, "GOV")]
        if not speakers:
            return False
        own = {_side_of(speakers[0])}
        targets = [r for r in f.targets if _side_of(r) not in own]
        trial = replace(f, sources=speakers[:1], targets=targets)
        things = _passive_subjects(f.trigger) if f.entry.pos == "verb" else []
        trial.targets = targets or self._measure_targets(  # (and whose things they are:
            trial, things, ctx, _MEASURE_PREPS | {"of"})  # "flights of Georgian airlines")
        if not _foreign(trial):
            return False
        f.sources, f.targets = trial.sources, trial.targets
        return True

    # -- arguments ------------------------------------------------------------------------
    def _arguments(self, f: _Found, ctx: _Context) -> None:
        if f.entry.pos == "verb":
            self._verb_arguments(f, ctx)
        else:
            self._noun_arguments(f, ctx)

    def _fallback_target(self, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The first actor named after a verb in its own phrase (PETRARCH's fallback), not
        inside another event's words nor in a phrase of time or place."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        by_trigger = {x.i: g for g in found if g is not f for x in g.tokens
                      if x.i == g.trigger.i or x.pos_ == "NOUN"}  # ("the sanctions imposed
        for c in root.children:  # by X"): "rejected calls by Belarus": the caller is the target
            g = by_trigger.get(c.i)
            if c.dep_ in ("dobj", "pobj", "nsubjpass") and g is not None and g.sources and \
                    (g.trigger.i == c.i or _side_of(g.sources[0]) not in
                     {_side_of(r) for r in f.sources}):  # (not the doer's own act)
                f.targets.append(g.sources[0])
                return
            if c.dep_ == "dobj" and f.entry.type in _VERBAL:
                maker = self._maker(c, f, ctx)  # "condemned the remarks made by X": X
                if maker:
                    f.targets.append(maker[0])
                    return
        others = {x.i for g in found if g is not f and g.trigger.i != root.i
                  and not g.trigger.is_ancestor(root) for x in g.trigger.subtree}
        skip = {_key(r) for r in f.sources}
        blocked: set[int] = set()
        pattern = {x.i for x in f.tokens}
        for c in root.children:
            purpose = _material_flow(f.entry) and c.dep_ in ("advcl", "xcomp") and \
                any(x.lower_ == "to" for x in c.children)  # "aid to bolster Armenia's economy"
            if c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "relcl", "ccomp", "conj",
                          "nsubj", "nsubjpass", "mark") and not purpose and \
                    (c.dep_ != "prep" or c.lower_ in _SCENE_PREPS and c.i not in pattern):
                blocked.update(x.i for x in c.subtree)  # (not the pattern's own "call for")
        for t in root.subtree:
            if t.i <= f.trigger.i or t.i in blocked or t.i in others or _owner_not_party(t, f) \
                    or stance(t):  # ("attacked anti-government demonstrators"; round 18)
                continue
            m = ctx.token_mention.get(t.i)
            if m is None and t.lower_ in _PERSON_PRONOUNS and t.dep_ in ("poss", "dobj"):
                person = self._anaphor(t, ctx) or []  # "blocked his access"
                if person and _side_of(person[0]) not in {_side_of(r) for r in f.sources}:
                    f.targets.append(person[0])
                    return
            if m is None or m.form == "place" and not (
                    t.dep_ == "pobj" and t.head.lower_ in ("by", "from", "against", "with")):
                continue  # a place is where, unless it is the agent: "admission by Moscow"
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and _key(ref) not in skip:
                f.targets.append(ref)
                return

    def _ground_owner(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Whose ground an act of taking it takes, as its object names the owner: "occupied
        land in Georgia", "annexed Georgian territory", "occupies our territory" (said by a
        president). Occupying or annexing ground is done to the state it belongs to (CAMEO
        1723 and PLOVER's COERCE: the target is the one whose territory is seized); a place
        named in the object is that owner here, where elsewhere it is only where the act
        happened, and ground taken "in" a state is taken from it. Never a side of the
        doer's own, and never from a clause that describes the object ("the territory,
        which borders X")."""
        v = f.trigger
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ in f.entry.target and c.lower_ != "in" and c not in f.tokens
                   for x in c.children if x.dep_ == "pobj"]
        if f.entry.pos == "verb":  # (a noun's object is its "of"/"on" phrase: "strikes on")
            objects += [c for c in v.children if c.dep_ in ("dobj", "obj")]
            objects += _passive_subjects(v)
            described = _described_object(v)
            if described is not None:
                objects.append(described)
        objects += _ground_left(f)
        own = {_side_of(r) for r in f.sources}
        for obj in objects:
            refs = [r for r in self._refs([obj], ctx) if r.country and _side_of(r) not in own]
            if refs:
                return refs
            clauses = {x.i for c in obj.children if c.dep_ in _CLAUSE_DEPS for x in c.subtree}
            for t in obj.subtree:
                m = ctx.token_mention.get(t.i)
                if t.i in clauses or m is None or \
                        m.form == "place" and not (t.dep_ == "pobj" and
                                                   t.head.lower_ in _OWNING_PREPS):
                    continue  # ("land in Georgia" / "of Georgia": whose; "troops in X": where)
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and ref.country and _side_of(ref) not in own:
                    return [replace(ref, basis="stated")]
        where = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                 c.lower_ == "in" for x in c.children
                 if x.dep_ == "pobj" and x.i in ctx.token_mention]
        return [r for r in self._refs(where, ctx)  # "occupied land in Georgia" (the parser
                if r.country and _side_of(r) not in own]  # hangs "in X" on the verb)

    def _maker(self, thing: Any, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who made the thing a verbal act is about, as the participle after it says with
        its agent ("condemned the remarks made by X", "welcomed the steps taken by X"): the
        one the judgement is on, even a person the knowledge base lacks (kept by name), but
        never a side of the act's own doer."""
        sides = {_side_of(r) for r in f.sources}
        agents = [x for v in thing.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for x in a.children
                  if x.dep_ == "pobj"]
        return [r for r in self._refs(agents, ctx) if _side_of(r) not in sides][:1]

    def _intended_target(self, f: _Found, ctx: _Context) -> None:
        """The target of the act an intent names in its infinitive when the intent word is an
        adjective after "be" ("Moscow is ready at any moment to have normal relations with
        Georgia": the infinitive hangs on "is", not on "ready"). The first actor the
        infinitive's clause names, of another side than the source; stated, as written."""
        adj = f.trigger
        if not f.entry.intent or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            return
        sides = {_side_of(r) for r in f.sources}
        for c in (*adj.children, *adj.head.children):
            if c.dep_ not in ("advcl", "xcomp") or not any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                continue
            for t in c.subtree:
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" \
                    else None
                if ref is not None and _side_of(ref) not in sides:
                    f.targets.append(ref)
                    return

    def _clause_target(self, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The target a clause implies when the event's own words name none: the actor of a
        clause the event governs ("warned of measures if Georgia joins NATO", "protested
        after India's troops crossed", "in response to Georgia's decision"), or the
        addressee of the statement that carries it when the statement's speaker is the
        event's source ("Russia told Georgia it would take measures")."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        sides = {_side_of(r) for r in f.sources}
        governed = self._governed_actors(root, ctx) if f.entry.type in _REACTIVE else []
        heard = self._addressees(f, found, ctx) if f.entry.type != "CONSULT" else []
        asked = (self._demanders(root, ctx) or self._noun_demanders(f, ctx)) \
            if f.entry.type in _YIELDING and f.entry.mode != "resign" else []
        # (one's own office given up yields to no one)
        for cand in (*governed, *heard, *asked):  # (a visit's host is not whom its visitor
            # told)
            if _side_of(cand) not in sides and (cand.country or cand.id in self.kb.actors):
                f.targets.append(replace(cand, basis="inferred-clause"))
                return

    def _previous_doer(self, f: _Found, sent: Any, ctx: _Context) -> None:
        """The target of a reaction to an act told before, named here only by a pointing
        word ("X imposed a ban. Y condemned the move.", "Y welcomed this decision", "Y
        rejected such claims", "Y expressed concern about this"): the doer of the acts of the
        last sentence before that told any, when they are of one side other than the
        reacting one and that sentence is of the same paragraph. Only a thing pointed at,
        never a person ("them", "him": whom, not what), and never a side no act of the
        sentence before has."""
        if ctx.previous is None or "\n" in ctx.article.text[ctx.previous[0]:sent.start_char]:
            return
        before = ctx.article.text[ctx.previous_start:ctx.previous[0]]
        if f.entry.type == "THREATEN":  # (a threat of a response answers the act before:
            if not retorts.responds(list(f.tokens)):  # "warned of appropriate measures",
                return  # round 17)
        elif not any(_points_back(x) or retorts.restates(x, before)  # ("the deployment")
                     for x in _reacted_to(f.trigger)):
            return
        own = {_side_of(r) for r in f.sources}
        doers = {_side_of(r): r for r in ctx.previous[1] if _side_of(r) not in own}
        if len(doers) == 1 and None not in doers:
            f.targets.append(replace(next(iter(doers.values())), basis="inferred-previous"))

    def _visit_again(self, f: _Found, ctx: _Context) -> None:
        """The sides of a visit told as a repeat ("He is expected to visit again", "she
        will return to Delhi") whose visitor is a pronoun: "again" and "return" point back
        to the visit the sentence before told, so the pronoun is its visitor (one, not
        whoever else the text names near it) and its host is where the visit goes, unless
        the sentence names another. Only right after a sentence that told a visit."""
        v = f.trigger
        if f.entry.pos != "verb" or not (v.lemma_.lower() == "return" or any(
                c.lower_ == "again" and c.dep_ == "advmod" for c in v.children)):
            return
        subjects = self._subject_of(v, ctx)
        if not subjects or any(t.pos_ != "PRON" for t in subjects) or ctx.last_visit is None:
            return
        visitor, host = ctx.last_visit
        f.sources = [replace(visitor, basis="inferred-previous")]
        if not f.targets and host is not None:
            f.targets = [replace(host, basis="inferred-previous")]

    def _demanders(self, root: Any, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding *root* heads, where it is what a verb or noun of
        asking asks for ("China urged India to withdraw its troops", "China renewed its call
        for India to pull back"): the act yields to them, as the target PLOVER's RETREAT and
        CONCEDE give it (the one whose demand is met), never invented where no one asks."""
        node = _conj_root(root) if root.dep_ == "conj" else root
        head = node.head
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or head.i == node.i or \
                head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":  # "its call for India to withdraw": its owner asks
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx)

    def _noun_demanders(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding a noun names, where the noun is what a verb or
        noun of asking asks for ("China demanded the withdrawal of Indian troops", "pressed
        for a pullback", "Beijing's demand for the withdrawal"): as :meth:`_demanders`."""
        n = f.trigger
        if f.entry.pos != "noun" or n.dep_ not in ("dobj", "pobj"):
            return []
        head = n.head
        if n.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
            head = head.head  # "called for the withdrawal", "the demand for the withdrawal"
        if head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx) if head.pos_ == "VERB" else []

    def _mutual(self, f: _Found, sent: Any, ctx: _Context) -> bool:
        """Whether an act two states' sides do together, with no target written, is done to
        each other: acts of fighting, pulling back, deploying against, conceding or agreeing
        ("the two countries fought a war", "Indian and Chinese troops withdrew", "both sides
        agreed to take steps"), any act "each other" or "one another" states, and any act on
        their ties ("X and Y severed diplomatic ties"), and any act of a pair noun ("both sides
        blamed the other", "the two countries withdrew their troops"). Only when the sentence
        names no third party, who could be the target instead (ties excepted: they are the
        two's own)."""
        sides = {_side_of(r) for r in f.sources}
        if len(sides) != 2 or not all(r.country for r in f.sources):
            return False
        root = f.clause if f.clause is not None else f.trigger
        each_other = any(t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in _EACH_OTHER
                         for t in root.subtree)
        ties = any(t.lemma_.lower() in _TIES for t in f.tokens)  # "severed diplomatic ties"
        each_other = each_other or any(  # "both sides blamed the other": a pair noun acting
            c.dep_ in _SUBJ and c.lower_ in _PAIR_NOUNS for c in root.children) or \
            _traded(f.trigger)  # "India and China traded accusations"
        if not each_other and not ties and (f.entry.type not in _MUTUAL or
                                            f.entry.layer == "cameo"):
            return False  # (the generated layer codes only pairs the text states)
        if _side_written(sent, min(t.idx for t in f.tokens), by=False):
            return False  # "withdrew troops from the treaty zone to X": X, known or not
        if ties:
            return True  # (ties two name with no one else written are theirs: a third
            # party elsewhere in the sentence is no partner of them)
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form != "place" and ref is not None and _side_of(ref) not in sides:
                return False
        return True

    def _fight_party(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The other party of a fight an act of force was told in, where the coder did not
        read the fight as an event of its own ("were killed in a violent face-off with X's
        troops": a hyphened noun the parser splits). As :func:`_opponents`: only a party
        the fight's own "with"/"against" phrase names, of one side other than the victims'."""
        victims = {_side_of(r) for r in f.targets}
        for prep in _shared_preps(f.trigger):
            if prep.lower_ not in ("in", "during"):
                continue
            for obj in (x for x in prep.children if x.dep_ == "pobj"):
                first = min((c.i for c in obj.children if c.dep_ == "compound"), default=obj.i)
                written = obj.doc[first:obj.i + 1].text.lower()
                if obj.lemma_.lower() not in self.fights and written not in self.fights \
                        and obj.lemma_.lower() not in _FIGHT_WORDS:
                    continue
                parties = [x for p in obj.children if p.dep_ == "prep" and
                           p.lower_ in ("with", "against") for x in p.children
                           if x.dep_ == "pobj"]
                if not parties:  # (the parser hung "with X" on the verb: "were killed in a
                    parties = [x for p in prep.head.children  # 'face-off' with X's troops")
                               if p.dep_ == "prep" and p.lower_ in ("with", "against")
                               and _only_time(obj.doc[obj.right_edge.i + 1:p.i])
                               for x in p.children if x.dep_ == "pobj"]  # (or with a
                    # time between: "in a face-off on Monday night with X's troops")
                others = [r for r in self._refs(parties, ctx) if _side_of(r) not in victims]
                if len({_side_of(r) for r in others}) == 1:
                    return [replace(others[0], basis="inferred-clause")]
        return []

    def _restated_doer(self, f: _Found, ctx: _Context) -> None:
        """Aim a reaction at the doer of the act its sentence tells, when it answers that act
        restated as "a move" ("Peru lifted the ban, a move that was denounced by Chile",
        "..., a step Chile welcomed", "in a move criticised by Chile"): the move is the
        clause's act, so its subject is whom the reaction answers, whatever other sides
        the words after the move name. Only a doer of another side than the reaction's."""
        doers = self._refs(_restated_subject(f.trigger), ctx)
        own = {_side_of(r) for r in f.sources}
        doers = [replace(r, basis="inferred-clause") for r in doers if _side_of(r) not in own]
        if doers and all(_side_of(r) in own for r in f.targets):
            f.targets = doers[:1]

    def _lay_blame(self, found: list[_Found], ctx: _Context) -> None:
        """Read "X blamed the clashes on Y" as English means it: X accuses Y (CAMEO 112),
        and the clashes are laid on Y, so they are Y's act as X claims it, never X's, and
        the "on" phrase names whom they are laid on, not whom they hit."""
        for f in found:
            if f.entry.pos != "noun":
                continue
            on = _laid_on(f.trigger)
            laid = self._refs(on, ctx)
            if on and not laid:  # ("blamed the attack on the weather": no one's, not X's)
                f.sources = []
            if not laid:
                continue
            blamed = {_side_of(r) for r in laid}
            f.sources = [replace(r, basis="inferred-clause") for r in laid]
            f.targets = [r for r in f.targets if _side_of(r) not in blamed]
            f.agentless = f.loose_doer = False
            for g in found:
                if g.trigger.i == f.trigger.head.i and g.entry.type == "ACCUSE":
                    own = {_side_of(s) for s in g.sources}
                    g.targets = [r for r in laid if _side_of(r) not in own] or g.targets

    def _claimed_ground(self, f: _Found) -> list[ActorRef]:
        """The targets of an act of taking or striking ground, with a disputed region the
        knowledge base says a state claims read as that state's ground: "Russian forces
        occupy Abkhazia and South Ossetia" takes ground from Georgia (CAMEO 1723, PLOVER
        COERCE: the target is the one whose territory is seized), not from the breakaway
        authorities, which are Russia's allies. The claimant's own acts there keep the
        region ("Georgian troops shelled Tskhinvali": the de facto authorities are hit)."""
        own = {_side_of(r) for r in f.sources}
        if not own:
            return f.targets  # (no doer told: it may be the claimant's own act)
        out: list[ActorRef] = []
        for r in f.targets:
            state = self.kb.claimed.get(r.id or "")
            if state is not None and state in self.kb.actors and state not in own:
                actor = self.kb.actors[state]
                r = ActorRef(actor.id, actor.name, actor.country, None, actor.kind, r.basis)
            if _key(r) not in {_key(x) for x in out}:
                out.append(r)
        return out

    def _custodian(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The state on whose ground a custody act told without a doer happened: "a Peruvian
        journalist was detained in Santiago" (Chile holds him), "was released in Chile".
        Arresting, jailing and freeing people are acts of the authorities of the ground they
        happen on (CAMEO 173 and 0841: a state's legal power), so the state of the place the
        verb's own "in" phrase names (a country, its capital, a place it compounds: "in
        Santiago prison") is the doer. Only verbs, only one state named there, never the
        side of the people held (a state's own people held at home are no foreign act)."""
        if f.entry.mode not in _CUSTODY or f.entry.pos != "verb":
            return []
        held = {_side_of(r) for r in f.targets if r.country}
        if not all(r.country or r.kind == "person" for r in f.targets):
            return []  # (a person the knowledge base places nowhere is held all the same)
        places = [y for p in _shared_preps(f.trigger)  # ("from Tskhinvali prison": round 17)
                  for x in powers.custody_places(p, f.entry.mode) for y in (x, *x.conjuncts)]
        refs = []
        for x in places:
            for t in powers.place_words(x):  # ("in Tskhinvali prison": round 17)
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and \
                    m.form != "demonym" else None
                if ref is not None and ref.kind == "country":
                    refs.append(ref)
        states = {_side_of(r) for r in refs}
        if len(states) != 1 or states & held:
            return []
        return [replace(refs[0], basis="inferred-clause")]

    def _host(self, f: _Found, ctx: _Context) -> None:
        """Give a summons told in the passive with no doer the host state its envoy serves
        in, as its doer (:func:`tieline.annotate.powers.summoner`)."""
        verb = f.trigger if f.trigger.pos_ == "VERB" else f.clause
        if verb is None:
            return
        found = powers.summoner(list(f.tokens), verb, f.targets,
                                lambda toks: self._refs(toks, ctx))
        if found is not None:
            f.sources, f.targets = [found[0]], found[1]

    def _pointed_ground(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The owner of ground a definite ground noun points back to ("annexed the
        territories": :func:`tieline.annotate.powers.pointed_ground`)."""
        objects = [c for c in f.trigger.children if c.dep_ in ("dobj", "obj")]
        own = {_side_of(r) for r in f.sources}

        def named_in(start: int, end: int) -> list[ActorRef]:
            k = bisect_left(ctx.mention_starts, start)
            named = ctx.mentions[k:bisect_left(ctx.mention_starts, end)]
            return [r for m in named if m.form != "demonym"
                    for r in [self._ref_of_mention(m, ctx)] if r is not None]

        return powers.pointed_ground(objects, own, named_in, self.kb.claimed,
                                     lambda c: self._as_side(ActorRef(None, c, c))
                                     if c in self.kb.actors else None)

    def _handed_to(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The side a release returns someone to, when the released are people the
        knowledge base does not place ("released X and handed him over to the Georgian
        side"): the receiving side is whose people they are (CAMEO's target of a release),
        as the verb joined to the release says, never a side the release's doer is on."""
        v = f.trigger if f.entry.pos == "verb" else f.clause
        if v is None:
            return []
        doers = {_side_of(r) for r in f.sources}
        for w in (v, *(c for c in v.children if c.dep_ == "conj")):
            if w.lemma_.lower() not in _HANDING:
                continue
            to = [x for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for x in c.children if x.dep_ == "pobj"]
            refs = [r for r in self._refs(to, ctx) if r.country and _side_of(r) not in doers]
            if refs:
                return [replace(r, basis="inferred-clause") for r in refs[:1]]
        return []

    def _speaker(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who does a verbal act told in the passive without its doer inside what someone
        says: the speaker ("X said the decision can only be welcomed": X welcomes it)."""
        head = _reporting_head(f.trigger if f.entry.pos == "verb" else f.clause or f.trigger)
        if head is None:
            return []
        refs = self._refs([c for c in head.children if c.dep_ == "nsubj"], ctx)
        return [replace(r, basis="inferred-clause") for r in refs]

    def _governed_actors(self, root: Any, ctx: _Context) -> list[ActorRef]:
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

    def _owner_refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
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

    def _addressees(self, f: _Found, found: list[_Found], ctx: _Context) -> list[ActorRef]:
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

    def _felt_arguments(self, f: _Found, ctx: _Context) -> None:
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

    def _verb_arguments(self, f: _Found, ctx: _Context) -> None:
        v = f.trigger
        entry = f.entry
        if entry.felt:
            self._felt_arguments(f, ctx)
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

    def _measure_targets(self, f: _Found, objects: list[Any], ctx: _Context,
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

    def _subject_of(self, v: Any, ctx: _Context, passive: bool = False) -> list[Any]:
        """The tokens that do what *v* says, inherited where English leaves them out: through
        control ("visited Moscow to hold talks"), coordination, relative clauses ("the court,
        which indicted Putin"), nouns ("Armenia's decision to join", "efforts to deepen") and
        compounds ("Russian-brokered")."""
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
            nonacts.names_someone(noun) or noun.lemma_.lower() in _DOER_NOUNS or \
            noun.lemma_.lower() in _MADE_TO_ACT  # ("a Russian-brokered agreement that
        # stopped the war": the document acts for whoever its phrase says made it)

    def _noun_arguments(self, f: _Found, ctx: _Context) -> None:
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
                    (targets if nonacts.names_the_opposed(c) else sources).append(c)
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

    def _hyphen_partner(self, modifiers: list[Any], ref: ActorRef, ctx: _Context
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

    def _between(self, f: _Found, ctx: _Context) -> list[ActorRef]:
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

    def _of_object(self, f: _Found, refs: list[ActorRef], ctx: _Context) -> list[ActorRef]:
        """The target of an act noun whose doer its possessor or modifier names: the object of
        its "of" phrase, as of the verb it is made from ("Russia's invasion of Ukraine", "the
        Russian occupation of Georgia"). Without a doer so named, "of" may name the doer ("the
        visit of Putin"), and the entry's own prepositions decide."""
        sides = {_side_of(r) for r in refs}
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
        return [r for r in self._refs(objects, ctx) if _side_of(r) not in sides]

    def _carrier_subject(self, n: Any, ctx: _Context, entry: Entry) -> list[Any]:
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

    # -- actors of tokens -----------------------------------------------------------------
    def _refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        out: list[ActorRef] = []
        for tok in tokens:
            for t in [tok, *_conjuncts(tok)]:
                for ref in self._token_refs(t, ctx):
                    if all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _token_refs(self, t: Any, ctx: _Context) -> list[ActorRef]:
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in _DASHES and \
                t.i <= t.sent.start + 1 or _in_dateline(t):
            # a dateline: "Russia -- Russian President Vladimir Putin meets ...", "TBILISI,
            # Georgia — President Putin ordered ...": the place names no one; the subject the
            # parser hung on it past the dash does ("MOSCOW (AP) — Putin on Wednesday ...")
            return [r for c in t.children if c.dep_ == "appos" and c.i > t.i + 1 and
                    not _in_dateline(c) for r in self._token_refs(c, ctx)]
        m = ctx.token_mention.get(t.i)
        if m is not None and any(x.idx == m.start and x.i < t.i and stance(x)
                                 for x in t.sent):
            return []  # ("anti-Russian protesters": whom they oppose, not whose; round 17)
        if m is not None:
            ref = self._ref_of_mention(m, ctx)
            return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
        tied = tied_group(t, lambda toks: self._refs(toks, ctx))
        if tied is not None:  # ("supporters of Mubarak": the group, never Mubarak; round 18)
            return tied
        firm = firm_side(t, ctx.token_mention, lambda m: self._ref_of_mention(m, ctx),
                         self._kb_country)
        if firm is not None:  # ("British oil giant BP": a business, never Britain; round 18)
            return firm
        anaphor = self._anaphor(t, ctx)
        if anaphor is not None:
            return anaphor
        part = self._named_part(t, ctx) if t.lower_ in _PART_NOUNS else []
        if part:
            return part
        if t.lower_ in _PART_NOUNS and any(c.lower_ in _BREAKAWAY for c in t.children):
            held = self._breakaway(t, ctx)
            if held is not None:
                return held
        for c in t.children:  # "two Brazilian men", "the Armenian government's plan"
            if c.dep_ == "poss" and t.lemma_.lower() in _RELATIONAL:
                return []  # "India's western neighbour" is not India
            if c.dep_ == "poss" and c.i < t.i and c.i not in ctx.token_mention:
                owner = self._possessive_owner(c, t, ctx)  # "its troops", "the two
                if owner is not None:  # countries' troops"
                    return owner
            if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") and c.i < t.i:
                if c.lower_ in _FIRST_PERSON and (t.lower_ in self.agents or
                                                  t.lower_ in _TERRITORY):
                    # "'... occupies our territory,' the president said": the speaker's state
                    return self._quoted_speaker(c, c.lower_ in _FIRST_PERSON_PLURAL, ctx) or []
                for x in (c, *(g for g in c.children if g.dep_ in ("npadvmod", "compound",
                                                                     "amod"))):
                    if stance(x):
                        continue  # ("pro-EU demonstrators", "anti-Russian protesters": whom
                        # they back or oppose, not whose they are; round 17)
                    m = ctx.token_mention.get(x.i)  # "Armenian", "Russia-dominated"
                    if m is not None and m.form != "place":
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
                    if x.ent_type_ == "TL_KB" and x.i != t.i:
                        found = self._kb_country(x)
                        if found:
                            return found
            if c.dep_ == "appos" and c.i in ctx.token_mention and \
                    c.i < _subject_end(t):  # "the Organisation (CSTO)"
                ref = self._ref_of_mention(ctx.token_mention[c.i], ctx)
                if ref:
                    return [ref]
            if c.dep_ == "prep" and c.lower_ == "in" and t.lower_ in _SEATED_BODIES:
                seat = self._seat_of(t, c, ctx)  # "a court in Baku", "the authorities in
                if seat:  # Tskhinvali": the bodies that sit there are its state's
                    return seat
            if c.dep_ == "prep" and c.lower_ == "including" and \
                    (self._names_people(t) or t.lower_ in _MEMBERS_OF):
                members = self._refs([x for x in c.children if x.dep_ == "pobj"], ctx)
                if members:  # "officials, including the president and the US embassy":
                    return members  # those named are among them (round 15)
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                pair = self._pair_of_agents(t, c, ctx)  # "troops from both sides"
                if pair:
                    return pair
            if c.dep_ == "prep" and c.lower_ == "of":  # "the government of Armenia"
                for x in c.children:
                    m = ctx.token_mention.get(x.i)
                    if x.dep_ == "pobj" and m is not None:
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._of_conjuncts(x, ctx)] if ref else []
                    if x.dep_ == "pobj" and (t.pos_ == "NUM" or t.lower_ in _PARTS):
                        return self._token_refs(x, ctx)  # "20 of its soldiers": theirs
                    if x.dep_ == "pobj" and self._names_people(t) and self._owned_by(x, ctx):
                        owner = [r for r in self._token_refs(x, ctx) if r.country]
                        if owner:  # "the commander of the PLA unit": the PLA's
                            return owner
        if t.ent_type_ == "TL_KB":  # a KB word the resolver left aside ("Russian-brokered")
            return self._kb_country(t) or self._unlinked_surname(t)
        if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN":
            return self._unknown_entity(t)
        return []

    def _named_part(self, t: Any, ctx: _Context) -> list[ActorRef]:
        """The actors a part of a state's "of" phrase names, when the knowledge base knows them
        as actors of their own: "recognised the Georgian regions of Abkhazia and South Ossetia
        as independent" recognised those two, not Georgia, which its adjective names (a part
        the base does not know, "the Ukrainian region of Kherson", leaves the adjective's
        state; a known place of that state, "the Indian state of Sikkim", is that state)."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for x in c.children:
                if x.dep_ != "pobj":
                    continue
                for y in (x, *_conjuncts(x)):
                    m = ctx.token_mention.get(y.i)
                    ref = self._ref_of_mention(m, ctx) if m is not None else None
                    if ref is not None and all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _breakaway(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The entity a state's breakaway part *t* names ("Georgia's breakaway region",
        "Moldova's separatist republic"): never the state its modifier names, which does not
        hold it; the one entity the knowledge base says that state claims (``claimed_by``)
        when the article names one and only one, else none. None when no state is named
        before it ("another breakaway region, Abkhazia": read as any noun)."""
        states = {r.country for c in t.children if c.i < t.i and c.lower_ not in _BREAKAWAY
                  and c.dep_ in ("poss", "compound", "amod", "nmod")
                  for r in self._token_refs(c, ctx) if r.country}
        if not states:
            return None
        claimed = {part for m in ctx.mentions for part in (m.actor_id, m.country)
                   if part is not None and self.kb.claimed.get(part) in states}
        if len(claimed) != 1:
            return []
        entity = self.kb.actors.get(claimed.pop())  # (named, or its people's or towns' state)
        return [ActorRef(entity.id, entity.name, entity.country, None, "country")] \
            if entity is not None else []

    def _seat_of(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The state whose place the "in" phrase *prep* of the body *t* names ("a court in
        Baku", "the authorities in Tskhinvali"): a court, a government or its authorities
        sit in their own state's towns, so the place names whose they are (troops, envoys
        and embassies do not: they are often another state's)."""
        for x in prep.children:
            m = ctx.token_mention.get(x.i)
            if x.dep_ == "pobj" and m is not None and m.form == "place":
                ref = self._ref_of_mention(m, ctx)
                return [replace(ref, sector=self.agents.get(t.lower_))] if ref else []
        return []

    def _names_people(self, t: Any) -> bool:
        """Whether the noun *t* names people who act for a body or state (a role's agent
        noun, or a title held in one: "commander", "members", "head"), whose "of" phrase
        then says whose they are."""
        word, lemma = t.lower_, t.lemma_.lower()
        return word in self.agents or f"{lemma}s" in self.agents or lemma in _OFFICE_NOUNS

    def _owned_by(self, x: Any, ctx: _Context) -> bool:
        """Whether the noun *x* names an actor by itself or by a word before it ("the PLA
        unit", "the Kyrgyz border unit", "both sides"), not only through a phrase after it
        ("the United Bus Company of Tehran": a company, whoever's city it is in)."""
        if any(y.i in ctx.token_mention and ctx.token_mention[y.i].form != "place"
               for y in x.subtree if y.i <= x.i):
            return True
        return x.lower_ in _PAIR_NOUNS or x.lower_ in _THING_PRONOUNS

    def _pair_of_agents(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The two sides a state's people or bodies *t* are "of" or "from" when the phrase is
        a pair noun ("troops from both sides", "the soldiers of the two countries"): the
        pair named before, as "the two countries' troops" is."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return []
        for x in prep.children:
            if x.dep_ == "pobj" and x.lower_ in _PAIR_NOUNS:
                pair = self._anaphor(x, ctx)
                if pair is not None and len(pair) == 2:
                    return pair
        return []

    def _possessive_owner(self, poss: Any, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Whose people a possessive pronoun or pair noun says *t* are, where *t* names a
        state's people or bodies (kb roles' agent nouns): "the two countries' troops" are both
        states' (the pair named before); "its soldiers" the state "its" points back to, but
        only to an actor named before the clause of *t*: one its clause names ("Russia
        withdrew its troops", "China killed 20 of its soldiers") is read no further (the doer's
        own or another's: the pronoun cannot tell)."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return None
        if poss.lower_ in _PAIR_NOUNS:
            pair = self._anaphor(poss, ctx)
            return pair if pair is not None and len(pair) == 2 else None
        if poss.lower_ != "its":
            return None
        clause = _clause_verb(t)
        start = clause.left_edge.idx if clause is not None else t.sent.start_char
        k = bisect_left(ctx.mention_starts, start)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, poss.idx)]:
            if m.form != "place":
                return None  # (an actor inside the clause: its doer, or the one "its" means)
        return self._anaphor(poss, ctx)

    def _coordinated_modifiers(self, t: Any, first: Mention, ctx: _Context) -> list[ActorRef]:
        """The other actors of coordinated modifiers of one noun: "the Indian and Chinese
        troops", "the Ossetian and Russian sides" are both countries' troops and sides."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > t.i:
                continue
            for x in (y for y in c.subtree if y.dep_ == "conj" and _conj_root(y).i == c.i):
                k = bisect_left(ctx.mention_starts, x.idx)  # (the first one's span may
                m = ctx.mentions[k] if k < len(ctx.mentions) and \
                    ctx.mention_starts[k] == x.idx else None  # run over "Chinese troops")
                if m is None or m is first or m.form == "place":
                    continue
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and _key(ref) not in {_key(r) for r in out}:
                    out.append(ref)
        return out

    def _of_conjuncts(self, x: Any, ctx: _Context) -> list[ActorRef]:
        """The other actors joined to the object of "of": "commanders of India and China",
        "the foreign ministers of Peru and Chile" are both states' (each a stated side)."""
        out: list[ActorRef] = []
        for y in _conjuncts(x):
            m = ctx.token_mention.get(y.i)
            ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" else None
            if ref is not None and _key(ref) not in {_key(r) for r in out}:
                out.append(ref)
        return out

    @staticmethod
    def _unknown_entity(t: Any) -> list[ActorRef]:
        """A person or organisation the knowledge base lacks ("Askar Akayev"): kept by name,
        without an id, so the event is not lost."""
        ent = _entity_of(t)
        if ent is None or t.doc[ent.start].is_lower:
            return []
        words = [t for t in ent if not t.is_punct and not nonacts.bracket_token(t.text)]
        if not words or t.doc[words[0].i].is_lower:
            return []  # ("-RRB- pressed BP": a tokenised bracket names no one)
        if nonacts.names_an_occasion([t.text for t in words]):
            return []  # "The Chennai Summit will provide an opportunity": no actor
        kind = "person" if t.ent_type_ == "PERSON" else "organization"
        return [ActorRef(None, t.doc[words[0].i:words[-1].i + 1].text, None, None, kind)]

    def _unlinked_surname(self, t: Any) -> list[ActorRef]:
        """A KB person's surname the resolver left unlinked, as the page never introduced
        that person ("Harris" on a page that never names Kamala Harris: annotate/surnames.py):
        someone of that name the KB does not know, kept as an unknown person."""
        ent = _entity_of(t)
        forms = self.forms.get(t.text, [])
        if ent is None or len(ent) != 1 or not t.is_title or not forms or not all(
                f.form == "name" and self.kb.actors[f.actor_id].kind == "person" for f in forms):
            return []
        return [ActorRef(None, t.text, None, None, "person")]

    def _kb_country(self, t: Any) -> list[ActorRef]:
        for form in self.forms.get(t.text, []):
            actor = self.kb.actors[form.actor_id]
            if actor.kind == "country" and form.form in ("demonym", "name"):
                return [ActorRef(actor.id, actor.name, actor.country, None, actor.kind)]
        return []

    def _ref_of_mention(self, m: Mention, ctx: _Context) -> ActorRef | None:
        actor = self._actor(m.actor_id, ctx) if m.actor_id else None
        if actor is not None:
            sector = m.sector if actor.kind == "country" else actor.sector
            basis: SideBasis = "learned" if actor.id not in self.kb.actors else "stated"
            return ActorRef(actor.id, actor.name, actor.country, sector, actor.kind, basis)
        if m.country:  # a place acting for its state, or an office whose holder is unknown
            country = self.kb.actors.get(m.country)
            if country is None:
                return None
            if m.form == "place":
                return ActorRef(country.id, country.name, country.country, None, "country")
            return ActorRef(country.id, m.text, country.country, m.sector, "country")
        return None

    def _actor(self, actor_id: str, ctx: _Context) -> Any:
        found = self.kb.actors.get(actor_id)
        if found is None:
            found = ctx.learned.get(actor_id)
        return found

    def _anaphor(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        word = t.lower_
        if word in _FIRST_PERSON:
            return self._quoted_speaker(t, word in _FIRST_PERSON_PLURAL, ctx)
        if word in ADDRESSED:  # ("'We will work with you,' Modi told Xi")
            return quoted_addressee(t, lambda toks: self._refs(toks, ctx))
        if word in GROUP_PRONOUNS:  # ("they": the joint speakers of what it is said in)
            return (self._joint_speakers(t, ctx) if word == "they" else None) or \
                group_named_before(t, lambda toks: self._refs(toks, ctx))
        if word in _PERSON_PRONOUNS | _THING_PRONOUNS:
            said = self._said_by(t, ctx)
            if said is not None:
                return said if all(agrees(word, r, t.doc.text) for r in said) else None
        if word in _PERSON_PRONOUNS:
            if self._unknown_before(t, ctx, person=True):
                return None  # ("Mike Doe, who got $100 for his request": Doe's, round 16)
            found = self._prior(ctx, t.idx, {"person"}, 1, within=_HE_REACH)  # ("him": never
            return found if found is None or agrees(word, found[0], t.doc.text) \
                else None  # a queen; round 18)
        if word in _THING_PRONOUNS:
            if self._unknown_before(t, ctx, person=False):
                return None  # ("Acme Oil said it was able to evacuate": Acme's)
            return self._prior(ctx, t.idx, {"country", "organization", "group"}, 1,
                               within=_IT_REACH)
        det = next((c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")), "")
        if det in ("the", "this", "that") and word in _COUNTRY_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "of" and
                any(g.i in ctx.token_mention for g in c.children) for c in t.children):
            # (its own "of" says which: "the former Soviet republic of Georgia" is no
            # anaphor; "the state of Louisiana", a part the base does not know, still is)
            return self._prior(ctx, t.idx, {"country"}, 1)
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and word in _COUNTRY_NOUNS and owner.lower_ in ("his", "her"):
            person = self._prior(ctx, t.idx, {"person"}, 1)  # "his country"
            if person and person[0].country and person[0].country in self.kb.actors:
                c = self.kb.actors[person[0].country]
                return [ActorRef(c.id, c.name, c.country, None, c.kind)]
        if det == "the" and word in _NAMED_BODIES:  # ("the council", round 15)
            return self._named_body(t, ctx)
        if det in ("the", "this", "that") and word in _ORG_NOUNS:
            return self._prior(ctx, t.idx, {"organization", "group"}, 1)
        if det == "the" and word in _GOVERNMENT_NOUNS and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
            return self._state_of(t, ctx) or \
                self._prior(ctx, t.idx, {"country"}, 1, sector="GOV")  # "the ministry"
        if word in _PAIR_NOUNS and det in ("two", "both") or \
                (word in _PAIR_NOUNS and any(c.lower_ == "two" for c in t.children)):
            kind = _PAIR_NOUNS[word]
            if kind != "any":
                return self._prior(ctx, t.idx, {kind}, 2)
            return self._prior(ctx, t.idx, {"country"}, 2) or \
                self._prior(ctx, t.idx, {"person"}, 2)
        return None

    def _unknown_before(self, t: Any, ctx: _Context, person: bool) -> bool:
        """Whether the one named last before the pronoun *t* in its own sentence (a person
        for "he" or "she", else a state or a body) is one the knowledge base does not know: a
        name it cannot place, an office whose holder it does not know ("the vice president
        ... he called for", "Acme Oil said it"): the pronoun most likely stands for that
        one, never for a known one further back (round 16)."""
        kinds = {"person"} if person else {"country", "organization", "group"}
        barred = own_subject(t) if person else set()
        for x in reversed(t.sent[:t.i - t.sent.start]):
            if x.i in barred:
                continue
            m = ctx.token_mention.get(x.i)
            ref = self._ref_of_mention(m, ctx) if m is not None else None
            if m is not None and (person and m.form == "title" or
                                  getattr(ref, "kind", None) in kinds):
                return ref is None
            if m is None and x.pos_ == "PROPN" and x.ent_type_ == ("PERSON" if person else "ORG"):
                return True
            if person and m is None and x.tag_ == "NN" and x.dep_ in SUBJECTS and someone(x):
                return True  # ("the lawyer ... has been denied, he said")
        return False

    def _named_body(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The body a bare "the council" or "the commission" (*t*) points back to: the latest
        organisation named before it whose name holds that noun ("the European Council ...
        the council granted"); None where none is (a council the text never named, or one
        described: "the city council")."""
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in t.children):
            return None
        k = bisect_right(ctx.mention_starts, t.idx)
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and ref.kind == "organization" and \
                    t.lower_ in ref.name.lower().split():
                return [ref]
        return None

    def _said_by(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who the pronoun *t* is as the subject (or its possessor) of what a named speaker
        says: the speaker ("BP said it will donate", "Mubarak said he would ask his government
        to resign"), kept by name where the knowledge base lacks them, rather than an actor
        named before; None for a pronoun of another kind than the speaker's ("Mubarak said it
        would") or outside such a clause."""
        if t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = t
        for _ in range(4):  # (up to the said clause, past no other subject's verb)
            clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING or \
                    any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON"
                        for c in clause.children):
                break
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING or \
                any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON" for c in clause.children):
            return None
        speaker = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if len(speaker) == 1 and speaker[0].lower_ in _RELATIVE and \
                clause.head.dep_ == "relcl":  # "Landry, a fisherman who said he had ...":
            noun = clause.head.head  # the one the relative clause is about
            speaker = [noun.head if noun.dep_ == "appos" else noun]
        if len(speaker) != 1 or speaker[0].pos_ != "PROPN":
            return None
        person = t.lower_ in _PERSON_PRONOUNS
        refs = self._refs(speaker, ctx)
        if refs:
            return refs if all((r.kind == "person") == person for r in refs) else None
        label = "PERSON" if person else "ORG"
        return self._unknown_entity(speaker[0]) if speaker[0].ent_type_ == label else None

    def _joint_speakers(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who "they" is as the subject of what a coordinated subject of two sides or more
        says ("the Kazakh army and the Kyrgyz army announced that they had begun to
        disengage", "Kazakh and Kyrgyz officials said they would"): those sides. None for
        any other "they" (another clause's, or one side's: "China said they would leave")."""
        clause = t.head
        if t.dep_ not in _SUBJ or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in _SAYING:
            return None
        said_by = [c for c in clause.head.children if c.dep_ == "nsubj"]
        refs = self._refs(said_by, ctx) if len(said_by) == 1 else []
        return refs if len({_side_of(r) for r in refs}) >= 2 else None

    def _state_of(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The state a government body's "of" phrases name ("the Ministry of Foreign Affairs
        of Ukraine"), as that state's government."""
        node = t
        for _ in range(3):
            obj = next((x for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                        for x in c.children if x.dep_ == "pobj"), None)
            if obj is None:
                return None
            m = ctx.token_mention.get(obj.i)
            ref = self._ref_of_mention(m, ctx) if m is not None else None
            if ref is not None and ref.kind == "country":
                return [replace(ref, sector="GOV")]
            node = obj
        return None

    def _quoted_speaker(self, t: Any, plural: bool, ctx: _Context) -> list[ActorRef] | None:
        """Who "I" or "we" is inside a direct quote: the speaker the same sentence names
        outside the quote ("'We reject this,' Peskov said"). "We" of a government's or an
        army's person is their state ("our territory", said by a president); of anyone else,
        the speaker. None where the sentence names no speaker (a quote told over several
        sentences, a quote with its speaker left out)."""
        sent = t.sent
        quotes = [(q.start() + sent.start_char, q.end() + sent.start_char)
                  for q in _QUOTES.finditer(sent.text)]
        if any(a <= t.idx < b for a, b in quotes):
            found = self._speaker_in(sent, quotes, ctx)
            if found is None:  # a quote told over several sentences: its other sentences
                found = self._speaker_around(t, ctx)
        else:
            found = self._speaker_around(t, ctx)
        if found is None:
            return None
        if plural and found.kind == "person" and found.sector in ("GOV", "MIL"):
            found = replace(self._as_side(found), sector="GOV")
        return [replace(found, basis="inferred-clause")]

    def _speaker_in(self, sent: Any, quotes: list[tuple[int, int]],
                    ctx: _Context) -> ActorRef | None:
        """The one speaker a sentence names outside its *quotes* as the subject of a verb of
        saying ("..., Peskov said"), or points to with "he"/"she" (the person named last)."""
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in _SPEAKING or \
                    any(a <= v.idx < b for a, b in quotes):
                continue
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in ("he", "she"):
                person = self._prior(ctx, subjects[0].idx, {"person"}, 1)
                return person[0] if person else None
            speaker = self._refs([c for c in subjects if c.pos_ != "PRON"], ctx)
            if len(speaker) == 1:
                return speaker[0]
        return None

    def _speaker_around(self, t: Any, ctx: _Context) -> ActorRef | None:
        """The speaker of a quote that runs over several sentences of one paragraph ("We are
        ready. We will work with India," Lin said.): the one its sentences name outside it."""
        span = _quote_at(t.idx, ctx)
        if span is None:
            return None
        for s in ctx.doc.char_span(span[0], span[1], alignment_mode="expand").sents:
            found = self._speaker_in(s, [span], ctx)
            if found is not None and (found.id or found.country):
                return found  # (a name the knowledge base cannot place says too little here)
        return self._speaker_after(span, ctx)

    def _speaker_after(self, span: tuple[int, int], ctx: _Context) -> ActorRef | None:
        """The speaker a quote that closes on a comma leaves to the next line ("... the
        concern of the law enforcement agencies",↵ Peskov said.): a sentence of saying that
        begins right after it, the comma's clause being its object."""
        text = ctx.article.text
        after = span[1]
        if text[after:after + 1] != "," and text[after - 2:after - 1] != ",":
            return None  # (a quote ending on a full stop is a whole statement)
        after += 1 if text[after:after + 1] == "," else 0
        rest = text[after:after + 200]
        start = after + len(rest) - len(rest.lstrip())
        tokens = ctx.doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
        if tokens is None or not len(tokens) or tokens[0].sent.start != tokens[0].i:
            return None
        found = self._speaker_in(tokens[0].sent, [span], ctx)
        return found if found is not None and (found.id or found.country) else None

    def _prior(self, ctx: _Context, before: int, kinds: set[str], n: int,
               sector: str | None = None, within: int | None = None
               ) -> list[ActorRef] | None:
        """The *n* nearest distinct actors of *kinds* (and *sector*, if given: a state's
        government) mentioned before offset *before* (and no more than *within* characters
        before it, if given), grammatical subjects first."""
        k = bisect_right(ctx.mention_starts, before)
        candidates: list[tuple[Mention, ActorRef]] = []
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            if within is not None and m.start < before - within:
                break
            ref = self._ref_of_mention(m, ctx)
            kind = "person" if m.form == "title" and m.role and ref is not None else \
                ref.kind if ref is not None else None  # an office stands for its holder
            if ref is None or kind not in kinds or m.form == "place" or \
                    sector is not None and (m.sector != sector or m.form != "agent"):
                continue
            candidates.append((m, ref))
        if not candidates:
            return None
        out: list[ActorRef] = []
        if n == 1:
            subject = next((r for m, r in candidates[:6] if m.start in ctx.subjects), None)
            return [subject or candidates[0][1]]
        for m, ref in candidates[:12]:  # "the two countries": the pair that acted, first
            if m.start in ctx.subjects and all(_side_of(ref) != _side_of(o) for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        if kinds == {"country"}:  # else the two states the article has named most so far
            return _most_named(candidates, n)
        out = []
        for _, ref in candidates:
            if all(ref.id != o.id for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        return None
        # "postponed the visit", "is poised to meet", "the summit Modi is expected to attend"

    def _event(self, f: _Found, source: ActorRef | None, target: ActorRef | None, sent: Any,
               ctx: _Context, when: Any) -> Report:
        status, chain = _status(f, sent, ctx)
        art = ctx.article
        date = precision = basis = phrase = None
        tense = "future" if status == "planned" else _verb_tense(f.clause or f.trigger)
        stamp = post_stamp(sent.text) if status != "planned" else None
        reference = art.published
        if stamp is not None and when is None:  # an embedded post's or a listed story's
            when = (stamp, None)  # news is of the day that stamps it, and so are the
        elif stamp is not None:  # days it names ("Saturday" on a line stamped years ago)
            stamped = dates.resolve(stamp, art.published)
            reference = stamped.date if stamped is not None else reference
        if when is not None and not (stamp is not None and stamp in when[0]):
            phrase, told = when
            verb = f.clause or f.trigger
            if told is not None and told.pos_ in ("VERB", "AUX") and \
                    told.i not in (f.trigger.i, f.clause.i if f.clause is not None else -1):
                tense, verb = _verb_tense(told), told  # a statement's time, in its tense
            elif status == "planned" and _time_before_verb(phrase, told, f, sent):
                tense = _verb_tense(told)  # "Putin on Friday ordered the restoration of ...":
                # the order's Friday, before the page, though the restoration is to come
            if _before_its_present(phrase, _finite_head(verb), f, sent, reference):
                when = phrase = None
        if when is not None:
            phrase = when[0]
            date, precision = point_in_time(phrase, reference, tense)
            if date is not None and precision == "day":
                date = _first_day(f, date)
            basis = None if date is None else \
                "narrative" if art.published is None and dates.narrative(phrase) else "text"
        elif status in ("reported", "claimed") and tense != "future" and _told_as_news(f) \
                and not _quoted(f.trigger, sent) and not caption(sent.text) \
                and not _joined_to_the_past(_finite_head(_node(f) or f.trigger), ctx):
            # reported on the article's date: "publication" (with no date while the article
            # has none: the corpus stage may date it from its story)
            date, precision, basis = art.published, "day" if art.published else None, \
                "publication"
        elif status in ("reported", "claimed") and tense != "future" and _narrated(f) \
                and _told_by_clause(f) and told_in_past(_node(f)) \
                and untimed(_node(f), _expressions(ctx)) and not _quoted(f.trigger, sent) \
                and not caption(sent.text):
            basis = NEWSDAY  # the article's news day, if its lede tells one (newsday.py)
        start = min(t.idx for t in f.tokens)
        end = max(t.idx + len(t.text) for t in f.tokens)
        quote = None
        for q in _QUOTES.finditer(sent.text):
            if q.start() <= start - sent.start_char < q.end():
                quote = q.group(0)
        evidence = Evidence(article_id=art.id, start=sent.start_char, end=sent.end_char,
                            sentence=sent.text, trigger_start=start, trigger_end=end,
                            quote=quote, url=art.url, outlet=art.outlet)
        return Report(
            id=event_id(art.id, sent.start_char, start, f.entry.id, source, target),
            type=f.entry.type,
            source=source, target=target, evidence=(evidence,), mode=f.entry.mode,
            context=f.entry.context, intensity=f.entry.intensity, status=status,
            claimed_by=chain, date=date, date_precision=precision,
            date_basis=basis, date_text=phrase, rule=f.entry.id)


def not_analysed(article: Article) -> str:
    """The warning an article in another language gets: it is stored, searched and grouped
    into stories, but no event is read from it."""
    return f"{article.origin}: {NOT_ANALYSED} (language: {article.lang})"


#: Acts that two sides named together, with no one else, do to each other.
_MUTUAL = {"ASSAULT", "RETREAT", "MOBILIZE", "CONCEDE", "AGREE", "CONSULT", "COOPERATE"}
#: Verbs that hand someone released over to a side.
_HANDING = {"transfer", "hand", "return", "deliver", "repatriate", "send", "extradite"}
#: What two sides have only with each other: an act on it by both is on each other.
_TIES = {"tie", "ties", "relation", "relations", "relationship"}
#: Acts of force whose doer a fight told around them names.
_FORCE = {"ASSAULT", "COERCE"}
#: Modes of holding people or setting them free: a state's legal power on its own ground.
_CUSTODY = {"arrest", "release"}
#: Words of taking or striking another's ground, whose object names whose it is ("occupied
#: land in Georgia", "strikes on sites in X": see _ground_owner). Not "kill" or "wound":
#: people killed in a state need not be its people.
_TAKING_GROUND = {"occupy", "annex", "seize", "blockade", "invade", "capture", "grab",
                  "occupation", "annexation", "invasion", "incursion", "strike", "airstrike",
                  "bomb", "bombing", "shell", "shelling", "bombard", "raid"}
#: Prepositions that tie ground to its owner: "land in Georgia", "part of Georgia".
_OWNING_PREPS = {"in", "of"}
#: Dependencies of a clause that describes a noun rather than names its parts.
_CLAUSE_DEPS = {"relcl", "acl", "advcl"}
#: Words of fighting that name no event of their own in the lexicon but whose "with"
#: phrase names the other party ("killed in a confrontation with X's troops").
_FIGHT_WORDS = {"confrontation", "fighting", "battle", "encounter", "firefight", "gunfight",
                "shootout", "melee", "skirmish", "clash", "brawl"}

#: Hostile acts whose report by another side is an allegation against their doer (PLOVER
#: ACCUSE: "the ministry said Russian troops detained two citizens"), and the verbs of
#: stating or of concern that make it one ("said", "noted", "stressed", "is concerned
#: that"; not "reported", "wrote", which media do).
_ALLEGED = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}

#: Acts a person's possessive names the one who undergoes ("X's arrest", "X's release").
_UNDERGONE = {"arrest", "abduct", "release"}

#: Nouns of a request, whose "of" phrase names its maker ("the demands of Moscow").
_REQUEST_NOUNS = frozenset({"demand", "ultimatum", "request", "precondition"})


def _asked_of(tok: Any) -> bool:
    """Whether *tok* is a pattern's request noun with no possessor ("accept the demands of
    X"): its "of" or "from" phrase is then the request's maker; with a possessor ("their
    demands of X") it is whom the request is made of."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _REQUEST_NOUNS and \
        not any(x.dep_ == "poss" for x in tok.children)


#: Acts done to someone that, as the "by" phrase of a verb of a blow, land on its subject
#: ("was hit by Kazakh air strikes", "was hit by US sanctions").
_STRUCK = {"ASSAULT", "COERCE", "SANCTION"}


def _answered(f: _Found) -> bool:
    """Whether the act noun of *f* (an accusation, a protest, a threat, a request) is what
    its verb answers ("'We reject such allegations,' Peskov said"): the speaker who rejects
    it did not make it, as its answerer is no doer (round 16's rule for the verb's subject,
    here for the speaker of a quote, round 17)."""
    n = f.trigger
    return f.entry.pos == "noun" and f.entry.type in ANSWERED and n.dep_ == "dobj" and \
        n.head.lemma_.lower() in ANSWERING


def _has_anaphor(sent: Any) -> bool:
    """Whether a sentence that names no actor may point back to some: a pronoun, or a pair
    noun ("the two sides", "both countries") after a sentence naming both."""
    return any(t.lower_ in _PERSON_PRONOUNS or t.lower_ in _THING_PRONOUNS or
               t.lower_ in _PAIR_NOUNS for t in sent)


def plover_type(event: Coding) -> str:
    """The type PLOVER's own coders would give: they code an announced act (status planned)
    as the announcement — AGREE for a cooperative act, THREATEN for a conflictual one —
    where tieline keeps the act's type and says "planned"; and a cooperative act declined
    ("will not accept", "would not provide") as REJECT, where tieline says "negated"."""
    if event.status == "negated" and event.type in ("AGREE", "SUPPORT", "CONCEDE", "AID",
                                                    "COOPERATE", "RETREAT"):
        return "REJECT"  # declining a cooperative act: "will not accept refugees"
    if event.status != "planned" or event.type in ("AGREE", "THREATEN", "REQUEST", "REJECT",
                                                   "ACCUSE"):
        return event.type
    return "AGREE" if event.type in COOPERATIVE else "THREATEN"
