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

The coder (:class:`EventCoder`) keeps the article and sentence loop and the final event;
its own reading is split into mixins, one module each, none importing this one (their methods
take ``self:`` :class:`~tieline.annotate.coder.Coder`, a Protocol of what they call):
:mod:`~tieline.annotate.article_sides` (sides from the article's pair or the sentence before),
:mod:`~tieline.annotate.triggers` (the words that head an entry, and the event each heads),
:mod:`~tieline.annotate.arguments` and :mod:`~tieline.annotate.noun_arguments` (a verb's and
an act noun's sides), :mod:`~tieline.annotate.targets` and :mod:`~tieline.annotate.doers`
(sides the event's words leave out, from its sentence or from another act),
:mod:`~tieline.annotate.actor_refs`, :mod:`~tieline.annotate.anaphora` and
:mod:`~tieline.annotate.speakers` (the actors a token, a pronoun or a quote's "we" stands for).

Below them, the coder's parts that are functions:
:mod:`~tieline.annotate.found` (the records an event is assembled in),
:mod:`~tieline.annotate.matching` (whether a matched pattern is its entry's act, with
:mod:`~tieline.annotate.nonacts` and the modules beside it),
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

from dataclasses import replace
from typing import Any

from ..kb import KnowledgeBase
from ..models import ActorRef, Article, Coding, Evidence, Mention, Report
from . import (
    clashes,
    custody,
    dates,
    decisions,
    firm_names,
    groups,
    nonacts,
    powers,
    private,
    regrets,
    remarks,
)
from .actor_refs import ReferenceReading
from .affiliates import at_home
from .anaphora import AnaphoraReading
from .answered import ANSWERED, ANSWERING
from .arguments import _FORCE, ArgumentReading
from .article_sides import ArticleSides, _has_anaphor
from .asking import _asked_to_act, _condemn_the_doer, _drop_governing_intent
from .clausedates import _first_day, _node, _time_before_verb, _told_by_clause
from .clauses import _REACTING
from .coordination import _joined_clause
from .doers import DoerFilling
from .eventdate import _dates
from .found import _Context, _Found, _Pair
from .gerunds import doers as _gerund_doers
from .impacts import one_happening
from .language import NOT_ANALYSED, analysed_for_events, is_english
from .lexicon import COOPERATIVE, Lexicon
from .matching import _VERBAL, _kinds_ok
from .newsday import NEWSDAY, date_by_news_day, told_in_past, untimed
from .noun_arguments import _JOINT, NounArgumentReading
from .nouns import _once
from .pairs import (
    _ground_left,
    _key,
    _mutual_pair,
    _one_per_actor,
    _one_state,
    _opponents,
    _pairs,
    _side_of,
)
from .pairs import event_id as event_id
from .partners import complete as _described_sides
from .polarity import _apply_polarity, _material_flow
from .polarity import polarity as polarity
from .published import caption, post_stamp
from .reception import reactors as _reactors
from .reception import receivers as _receivers
from .reference import _carried_reference, _expressions, _same_voice, _set_reference
from .reference import point_in_time as point_in_time
from .responses import _drop_untargeted, _recalled_occasions, _releases, _responses
from .roles import load_roles
from .sides import complete as _governed_sides
from .speakers import SpeakerReading
from .status import _TURNED, _in_passing, _status
from .targets import TargetFilling
from .tense import (
    _QUOTES,
    _before_its_present,
    _finite_head,
    _joined_to_the_past,
    _narrated,
    _narrated_saying,
    _quoted,
    _told_as_news,
    _verb_tense,
)
from .triggers import TriggerReading


class EventCoder(ArticleSides, TriggerReading, ArgumentReading, NounArgumentReading, TargetFilling,
                 DoerFilling, ReferenceReading, AnaphoraReading, SpeakerReading):
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
        events = firm_names.carry(events, event_id, lambda name: firm_names.described_in(
            doc, name, ctx.token_mention, lambda m: self._ref_of_mention(m, ctx),
            self._kb_country))  # (a company's bare name on its page, round 20)
        events, dropped = private.split(date_by_news_day(events, article, doc), coded_in)
        warnings = (*article.warnings, private.said(article, dropped)) if dropped else \
            article.warnings
        return article.evolve(events=tuple(events), warnings=warnings)

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
            if not f.sources and f.targets:  # "X was detained in Santiago", "by Gali police"
                f.sources = self._custodian(f, ctx)
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
        clashes.between_victims(found)  # "a clash killed Indian and Chinese soldiers" (19)
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
            if f.sources and not f.targets and f.entry.type in _REACTING:  # "condemned
                f.targets = remarks.speaker_answered(  # those remarks" (round 19)
                    f.trigger, f.sources, sent, lambda toks: self._refs(toks, ctx))
            if f.entry.mode == "visit" and ctx.last_visit is not None:
                self._visit_again(f, ctx)
        for f in (f for f in found if f.entry.mode == "demo"):  # "thousands rallied in
            f.sources = custody.crowd_side(  # Tbilisi against X" (round 18)
                f.trigger, f.sources, f.targets, lambda toks: self._refs(toks, ctx),
                self.kb.places, ctx.article.published) or f.sources
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

    def _event(self, f: _Found, source: ActorRef | None, target: ActorRef | None, sent: Any,
               ctx: _Context, when: Any) -> Report:
        status, chain = _status(f, sent, ctx)
        art = ctx.article
        date = precision = basis = phrase = None
        far = False  # a start day that could be last year's as well as ahead: not guessed
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
            elif status == "reported" and decisions.starts_ahead(f, sent, phrase):
                start = decisions.start_tense(phrase, reference)  # a measure decided from
                tense, far = start or tense, start is None  # a day on: near the page, if told
            if _before_its_present(phrase, _finite_head(verb), f, sent, reference):
                when = phrase = None
        if when is not None:
            phrase = when[0]
            date, precision = point_in_time(phrase, reference, tense) if not far else (None, None)
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


#: Words of taking or striking another's ground, whose object names whose it is ("occupied
#: land in Georgia", "strikes on sites in X": see _ground_owner). Not "kill" or "wound":
#: people killed in a state need not be its people.
_TAKING_GROUND = {"occupy", "annex", "seize", "blockade", "invade", "capture", "grab",
                  "occupation", "annexation", "invasion", "incursion", "strike", "airstrike",
                  "bomb", "bombing", "shell", "shelling", "bombard", "raid"}


def _answered(f: _Found) -> bool:
    """Whether the act noun of *f* (an accusation, a protest, a threat, a request) is what
    its verb answers ("'We reject such allegations,' Peskov said"): the speaker who rejects
    it did not make it, as its answerer is no doer (round 16's rule for the verb's subject,
    here for the speaker of a quote, round 17)."""
    n = f.trigger
    return f.entry.pos == "noun" and f.entry.type in ANSWERED and n.dep_ == "dobj" and \
        n.head.lemma_.lower() in ANSWERING


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
