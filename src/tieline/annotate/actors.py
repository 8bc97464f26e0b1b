"""Actors: find who is mentioned in an article and resolve every mention to one actor.

Recognition puts a gazetteer built from the knowledge base (spaCy's entity ruler, matching
every name, alias, demonym, capital and metonym as written) in front of spaCy's statistical
NER, which alone tags Armenia as an organisation and Yerevan as a person. Resolution then reads
each entity in its sentence:

* a KB name is its actor; a surname shared by several people goes to the one already named in
  the article, else to the one in office on the article's date, else stays unresolved;
* a person the KB lacks is matched by spelling (transliterations: Pashinian, Zelenskyy) with a
  high threshold; with a title and a country before the name ("Russian Federation Council
  Speaker Valentina Matviyenko") they become a *learned* actor, kept with that sentence;
* a capital or seat of government (Moscow, the Kremlin) is the state only where it acts —
  subject, possessor or agent — never as a place ("talks in Moscow", "a Moscow-led bloc");
* a demonym or a country with an agent noun ("Russian peacekeepers", "Armenia's Foreign
  Ministry") is that country's sector (MIL, GOV, ...);
* a title without a name ("the Armenian leader", "the prime minister") is whoever this article
  gave that title, else the office-holder on the article's date, else just the role;
* the byline's author and the outlets an article cites ("citing the newspaper Hraparak") are
  sources, not actors: they become the article's source links.

The annotator (:class:`ActorAnnotator`) keeps the article and sentence loop, the sources
and the mentions it adds; its reading is split into mixins, one module each, none importing
this one (their methods take ``self:`` :class:`~tieline.annotate.annotator.Annotator`):
:mod:`~tieline.annotate.kb_entities` (entities the knowledge base knows),
:mod:`~tieline.annotate.people` (people matched or learned),
:mod:`~tieline.annotate.descriptions` (a person's title and state from the words around the
name) and :mod:`~tieline.annotate.titles` (titles without names). Below them:
:mod:`~tieline.annotate.actor_state` (an article's reading state, the entity index),
:mod:`~tieline.annotate.roles` (titles and agent nouns) and
:mod:`~tieline.annotate.gazetteer` (the spaCy pipeline with the knowledge base's names).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ..kb import KnowledgeBase
from ..models import Article, Citation, Mention
from .actor_state import _ENTS, RULER_LABEL, _DocState, _fold
from .descriptions import DescriptionReading
from .kb_entities import EntityReading
from .people import PersonReading, _surname_index
from .roles import load_roles
from .surnames import Introductions
from .titles import TitleReading

_OUTLET_NOUNS = {"newspaper", "agency", "outlet", "daily", "website", "portal", "channel",
                 "broadcaster", "media", "publication", "weekly", "tabloid", "magazine", "tv",
                 "radio", "service", "news"}
_ATTRIBUTION = {"citing", "cited", "according"}


class ActorAnnotator(EntityReading, PersonReading, DescriptionReading, TitleReading):
    """Recognise and resolve actor mentions in parsed articles; holds the KB (the spaCy model
    that parses them, *nlp*, belongs to the pipeline: annotate/pipeline.py)."""

    def __init__(self, kb: KnowledgeBase, nlp: Any) -> None:
        self.kb = kb
        self.forms = kb.by_form()
        self.titles, self.agents = load_roles()
        self._title_index = {t.words: t for t in self.titles}
        self._max_title = max(len(t.words) for t in self.titles)
        self._title_firsts = frozenset(t.words[0] for t in self.titles)
        self._people = [(f.text, f.actor_id) for f in kb.forms
                        if f.form == "name" and kb.actors[f.actor_id].kind == "person"
                        and " " in f.text]
        self._people_folded = [_fold(t) for t, _ in self._people]
        self._surnames = _surname_index(kb)
        self._surnames_folded = [s for s, _ in self._surnames]
        self._countries = [(f.text, f.actor_id) for f in kb.forms
                           if f.form == "name" and kb.actors[f.actor_id].kind == "country"]
        self._countries_folded = [_fold(t) for t, _ in self._countries]
        self.ruler = nlp.get_pipe("entity_ruler") if "entity_ruler" in nlp.pipe_names else None
        self.introductions = Introductions(kb, [w for t in self.titles if not t.with_name
                                                or t.sector == "GOV" for w in t.words[-1:]])

    # -- entry point ----------------------------------------------------------------------
    def annotate(self, article: Article, doc: Any, page: Article | None = None) -> Article:
        """Return *article* with its mentions, learned actors and source links, read from
        *doc*, its text's parse (see annotate/pipeline.py, which runs the stages). *page*:
        the whole article, when *article* holds only the lines parsed (its title and text
        tell who a surname alone is: annotate/surnames.py)."""
        whole = page or article
        state = _DocState(article, page=self.introductions.page(whole.text, whole.title,
                                                                article.published))
        sents = list(doc.sents)
        state.sentence_starts = [sent.start_char for sent in sents]
        state.sentence_ends = [sent.end_char for sent in sents]
        ents = list(doc.ents)  # Doc.ents and Span.ents rebuild their spans on every access
        doc.user_data[_ENTS] = {i: e for e in ents for i in range(e.start, e.end)}
        by_sentence: list[list[Any]] = [[] for _ in sents]
        starts = [sent.start for sent in sents]
        for e in ents:
            by_sentence[max(bisect_right(starts, e.start) - 1, 0)].append(e)
        for sent, sent_ents in zip(sents, by_sentence, strict=True):
            state.sent = sent
            state.sent_ents = sent_ents
            self._citations(sent, state)
            claimed: set[int] = set()
            for ent in sent_ents:
                if any(s <= ent.start_char < e for s, e in state.outlet_spans):
                    continue
                self._entity(ent, state, claimed)
            self._titles(sent, state, claimed)
            self._de_facto(sent, state, claimed)
        self._later_surnames(doc, state)
        self._capital_surnames(doc, state)
        mentions = tuple(sorted(state.mentions, key=lambda m: (m.start, m.end)))
        return article.evolve(mentions=mentions, learned=tuple(state.learned.values()),
                              citations=tuple(state.links))

    def names_only(self, article: Article, doc: Any) -> Article:
        """Return *article* with the knowledge base's names found in it, without a parse: for
        pages in a language the parser does not read, whose actors ("Пашинян", "Փաշինյան")
        still count for stories and search. Only full names (countries, organisations, people)
        are taken; a surname or a capital alone says too little without the sentence.
        *doc*: the text's tokens (``nlp.make_doc``), not a parse."""
        if self.ruler is None:
            return article
        mentions: list[Mention] = []
        end = -1
        for _, start, stop in sorted(self.ruler.phrase_matcher(doc), key=lambda m: (m[1], -m[2])):
            span = doc[start:stop]
            if span.start_char < end:
                continue  # the longest name at a place
            forms = [f for f in self.forms.get(span.text, []) if f.form == "name"]
            ids = sorted({f.actor_id for f in forms})
            if len(ids) != 1:
                continue
            actor = self.kb.actors[ids[0]]
            if actor.kind == "person" and " " not in span.text and span.text.isascii():
                continue  # a Latin surname alone may be anyone's; a Cyrillic one is a name
            end = span.end_char
            mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text,
                                    actor_id=actor.id, form="name", country=actor.country,
                                    sector=actor.sector, sentence_start=span.start_char,
                                    sentence_end=span.end_char))
        return article.evolve(mentions=tuple(mentions))

    # -- sources --------------------------------------------------------------------------
    def _citations(self, sent: Any, state: _DocState) -> None:
        """Find "X reports, citing the newspaper Y" / "according to Y" and mark the outlets."""
        for t in sent:
            if t.lower_ not in _ATTRIBUTION:
                continue
            tail = [x for x in t.subtree if x.i > t.i] if t.lower_ != "according" else \
                [x for x in sent if x.i > t.i + 1]
            names: list[Any] = []
            for x in tail:
                if x.is_punct and names:
                    break
                if x.pos_ == "PROPN" and (x.ent_type_ != RULER_LABEL or names):
                    names.append(x)
                elif names:
                    break
            nouns = {x.lower_ for x in tail[:8]}
            if names and (nouns & _OUTLET_NOUNS or t.lower_ == "citing"):
                start, end = names[0].idx, names[-1].idx + len(names[-1].text)
                cited = state.article.text[start:end]
                state.links.append(Citation(state.article.outlet, cited, sent.start_char,
                                              sent.end_char))
                state.outlet_spans.append((start, end))
                for ent in state.sent_ents:  # the reporting outlet: "Caliber.Az reports"
                    if ent.end <= t.i and ent.root.dep_ == "nsubj" and \
                            ent.root.head.lemma_ in ("report", "say", "write"):
                        state.outlet_spans.append((ent.start_char, ent.end_char))

    def _add(self, state: _DocState, claimed: set[int], start: int, end: int, anchor: Any,
             actor_id: str | None, form: str, country: str | None, sector: str | None,
             role: str | None = None, text: str | None = None) -> None:
        doc = anchor.doc
        for t in doc.char_span(start, end, alignment_mode="expand") or []:
            claimed.add(t.i)
        k = max(bisect_right(state.sentence_starts, start) - 1, 0)
        state.mentions.append(Mention(
            start=start, end=end, text=text or state.article.text[start:end], actor_id=actor_id,
            form=form, country=country, sector=sector, role=role,
            sentence_start=state.sentence_starts[k] if state.sentence_starts else 0,
            sentence_end=state.sentence_ends[k] if state.sentence_ends
            else len(state.article.text)))


