"""The per-article pipeline: the one place that says which annotation stages run, in what order.

A :class:`Pipeline` is built once per process (per worker) from :class:`~tieline.config.Settings`
and owns what is costly to load: the knowledge base, the event lexicon and the spaCy model (with
the knowledge base's gazetteer in front of its NER). It runs a declared list of stages over a
batch of articles. As in spaCy, each stage declares what it *requires* of an article and what it
*assigns*; building a pipeline checks the order, so a stage placed before what it needs fails
there, not on the thousandth article.

What a stage learns about one article lives in that article's :class:`ArticleContext`, passed
from stage to stage; the stages themselves (and the annotator and coder they call) keep nothing
of one article for the next. The stages of an ingest, in order:

``page_date``  the publication date its address or stamp states, when the metadata gave none;
``language``   an article in a language the parser does not read gets the knowledge base's
               names only (for stories and search) and goes no further;
``readers``    the part of a page its readers wrote (comments, contributions: annotate/readers.py)
               is left out of what the next stages read, with a warning; a page that is all
               readers' posts gets the names only, as another language does;
``lines``      the lines that can hold an event (``parse = "events"``), or ``whole``: all;
``headline``   the page's title after them, a paragraph of its own (annotate/headline.py);
``parse``      spaCy, the articles of a batch together;
``actors``     mentions resolved to actors, learned actors, cited outlets;
``events``     PLOVER reports;
``offsets``    every offset moved from the parsed lines back into the whole text, and the
               headline's reports into the title.

A failure costs the one article: a page that cannot be dated, routed or parsed becomes a
:class:`~tieline.models.Reject` saying why; one whose actors fail is kept without annotations,
one whose events fail is kept with its actors, each with a warning.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

from ..config import Settings
from ..errors import InputError, UsageError
from ..models import Article, Reject

if TYPE_CHECKING:
    from ..kb import KnowledgeBase
    from .actors import ActorAnnotator
    from .events import EventCoder
    from .lexicon import Lexicon
    from .select import LineSelector

#: The stages of an ingest, for each ``parse`` setting.
ARTICLE_STAGES = {
    "events": ("page_date", "language", "readers", "lines", "headline", "parse", "actors",
               "events", "offsets"),
    "all": ("page_date", "language", "readers", "whole", "headline", "parse", "actors",
            "events", "offsets"),
}
#: One sentence coded as an article of its own, with the date (if any) its caller gives: the
#: event evaluations.
SENTENCE_STAGES = ("given_date", "language", "whole", "parse", "actors", "events", "offsets")
#: Actors only, on the whole text: the actor evaluation.
ACTOR_STAGES = ("given_date", "language", "whole", "parse", "actors", "offsets")
#: What every article has before the first stage.
GIVEN = frozenset({"text"})

Span = tuple[int, int, int]  # a kept line: (start, end) in the whole text, start in the excerpt


@dataclass
class ArticleContext:
    """One article on its way through the stages: what they have established about it.

    *article* always has the whole text; the parse reads *excerpt* (its lines the parse needs,
    each placed by *spans*, then its headline from *title_at* on, when it has one to code),
    and ``actors`` and ``events`` annotate *reading*, the article with the excerpt as its
    text, until ``offsets`` moves that back into *article* (the headline's reports into its
    title).
    """

    article: Article
    excerpt: str = ""
    spans: list[Span] = field(default_factory=list)
    title_at: int | None = None  # where the headline starts in the excerpt (None: not coded)
    readers_from: int | None = None  # where the readers' part begins (None: no such part)
    title_stretches: list[tuple[int, int, int, int]] = field(default_factory=list)  # (the
    # headline as parsed: see annotate/headline.py apply_edits)
    doc: Any = None  # the excerpt's spacy Doc
    reading: Article | None = None
    done: bool = False  # finished before the last stage (another language, or actors failed)
    reject: Reject | None = None
    errors: list[BaseException] = field(default_factory=list)  # what the stages caught

    @property
    def outcome(self) -> Article | Reject:
        return self.reject if self.reject is not None else self.article


def rejection(origin: str, exc: BaseException) -> Reject:
    """The Reject of *origin* after *exc*, saying why: one bad page costs that page only."""
    if isinstance(exc, InputError):
        return Reject(origin, str(exc))
    if isinstance(exc, RecursionError):
        return Reject(origin, "could not be processed: nested too deeply (markup or data "
                              "thousands of levels deep)")
    return Reject(origin, f"could not be processed: {type(exc).__name__}: {str(exc)[:300]}")


class Stage:
    """One step of the pipeline; subclasses declare what they require and assign."""

    name: ClassVar[str]
    requires: ClassVar[frozenset[str]] = frozenset()
    assigns: ClassVar[frozenset[str]] = frozenset()
    releases: ClassVar[frozenset[str]] = frozenset()  # no longer true after this stage

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def run(self, batch: list[ArticleContext]) -> None:
        """Run the stage on each article of *batch*; an exception rejects that article."""
        for ctx in batch:
            try:
                self(ctx)
            except Exception as exc:  # a bug on one page must cost that page only
                ctx.reject = rejection(ctx.article.origin, exc)
                ctx.errors.append(exc)

    def __call__(self, ctx: ArticleContext) -> None:
        raise NotImplementedError


class PageDate(Stage):
    name = "page_date"
    requires = frozenset({"text"})
    assigns = frozenset({"date"})

    def __call__(self, ctx: ArticleContext) -> None:
        from .published import date_page

        ctx.article = date_page(ctx.article)


class GivenDate(Stage):
    """The date the caller set (or none) is the article's: nothing is inferred from the text."""

    name = "given_date"
    assigns = frozenset({"date"})

    def __call__(self, ctx: ArticleContext) -> None:
        if ctx.article.page_text is not None:  # (not read: the page as given is let go)
            ctx.article = ctx.article.evolve(page_text=None)


class Language(Stage):
    """Finish an article the parser does not read with the names it holds; after the date,
    which every article gets, in any language."""

    name = "language"
    requires = frozenset({"text", "date"})
    assigns = frozenset({"language"})

    def __call__(self, ctx: ArticleContext) -> None:
        from .events import not_analysed
        from .language import analysed_for_events

        art = ctx.article
        if analysed_for_events(art.lang, art.langs):
            return
        names = self.pipeline.actors.names_only(art, self.pipeline.nlp.make_doc(art.text))
        ctx.article = names.evolve(
            stages={**art.stages, "parse": "none"}, warnings=(*art.warnings, not_analysed(art)))
        ctx.done = True


class Readers(Stage):
    """Leave the part of a page its readers wrote out of what the event stages read, and say
    so on the article; finish a page that is all readers' posts with the names it holds
    (annotate/readers.py). The text keeps the part: it is stored and searchable."""

    name = "readers"
    requires = frozenset({"text", "language"})
    assigns = frozenset({"readers"})

    def __call__(self, ctx: ArticleContext) -> None:
        from .readers import readers_part

        art = ctx.article
        part = readers_part(art.text)
        if part is None:
            return
        warning = part.warning(art.origin, art.text)  # (once: an article annotated again has it)
        said = art if warning in art.warnings else art.evolve(warnings=(*art.warnings, warning))
        if not part.whole_page:
            ctx.article, ctx.readers_from = said, part.start
            return
        names = self.pipeline.actors.names_only(said, self.pipeline.nlp.make_doc(art.text))
        ctx.article = names.evolve(stages={**art.stages, "parse": "none"})
        ctx.done = True


def _read_part(ctx: ArticleContext) -> str:
    """The text the event stages read: the article's, up to its readers' part."""
    text = ctx.article.text
    return text if ctx.readers_from is None else text[:ctx.readers_from]


class Lines(Stage):
    """The lines that can hold an event, and the empty ones (see annotate/select.py)."""

    name = "lines"
    requires = frozenset({"text", "language"})
    assigns = frozenset({"excerpt"})
    parse = "events"

    def __call__(self, ctx: ArticleContext) -> None:
        text = _read_part(ctx)
        try:
            ctx.excerpt, ctx.spans = self.pipeline.selector.excerpt(text)
        except Exception:  # a bug in the choice must cost speed, never the article
            ctx.excerpt, ctx.spans = text, [(0, len(text), 0)]


class Whole(Stage):
    name = "whole"
    requires = frozenset({"text", "language"})
    assigns = frozenset({"excerpt"})
    parse = "all"

    def __call__(self, ctx: ArticleContext) -> None:
        text = _read_part(ctx)
        ctx.excerpt = text
        ctx.spans = [] if text == ctx.article.text else [(0, len(text), 0)]


class Headline(Stage):
    """The page's title after the lines the parse reads, a paragraph of its own: truecased
    by its body and written with the auxiliary a headline leaves out (its words tagged, the
    batch's titles together), unless the body repeats it or it asks a question
    (annotate/headline.py)."""

    name = "headline"
    requires = frozenset({"excerpt"})
    assigns = frozenset({"headline"})

    def run(self, batch: list[ArticleContext]) -> None:
        from .headline import SEPARATOR, apply_edits, headline_edits

        titled = [(ctx, h) for ctx in batch if (h := self._headline(ctx)) is not None]
        tagger = [n for n in self.pipeline.nlp.pipe_names if n not in _TAGGING]
        try:
            tags = list(self.pipeline.nlp.pipe([h for _, h in titled], disable=tagger))
        except Exception:  # (a bug in the headlines must cost the headlines only)
            return
        selecting = any(isinstance(s, Lines) for s in self.pipeline.stages)
        for (ctx, headline), tagged in zip(titled, tags, strict=True):
            try:
                written, ctx.title_stretches = apply_edits(headline, headline_edits(tagged))
                if selecting and not self.pipeline.selector.keep(written)[0]:
                    continue  # (no event can be read in it: not parsed, as a body line)
            except Exception as exc:
                ctx.errors.append(exc)
                continue
            ctx.title_at = len(ctx.excerpt) + len(SEPARATOR)
            ctx.excerpt = ctx.excerpt + SEPARATOR + written

    @staticmethod
    def _headline(ctx: ArticleContext) -> str | None:
        from .headline import headline_to_code

        try:
            return headline_to_code(ctx.article.title, ctx.article.text)
        except Exception as exc:  # a bug in a headline must cost the headline only
            ctx.errors.append(exc)
            return None


#: The components that tag a headline's words (the rest of the model is left out there).
_TAGGING = frozenset({"tl_lines", "tok2vec", "tagger"})


class Parse(Stage):
    """spaCy over the batch's excerpts together (nlp.pipe); a text it fails on is rejected."""

    name = "parse"
    requires = frozenset({"excerpt"})
    assigns = frozenset({"doc"})

    def run(self, batch: list[ArticleContext]) -> None:
        from .parse import parse_texts

        mode = next(s.parse for s in self.pipeline.stages if isinstance(s, Lines | Whole))
        docs = parse_texts(self.pipeline.nlp, [ctx.excerpt for ctx in batch])
        for ctx, doc in zip(batch, docs, strict=True):
            if isinstance(doc, Exception):
                ctx.errors.append(doc)
                ctx.reject = Reject(ctx.article.origin, f"could not be parsed: "
                                                        f"{type(doc).__name__}: {str(doc)[:300]}")
                continue
            ctx.doc = doc
            ctx.article = ctx.article.evolve(stages={**ctx.article.stages, "parse": mode})
            ctx.reading = ctx.article.evolve(text=ctx.excerpt)


class Actors(Stage):
    """Actors; failing, the article is kept unannotated, with a warning."""

    name = "actors"
    requires = frozenset({"doc", "date"})
    assigns = frozenset({"mentions"})

    def __call__(self, ctx: ArticleContext) -> None:
        assert ctx.reading is not None
        try:
            ctx.reading = self.pipeline.actors.annotate(ctx.reading, ctx.doc, ctx.article)
        except Exception as exc:  # keep the article; say that its actors are missing
            ctx.errors.append(exc)
            art = ctx.article
            ctx.article = art.evolve(warnings=(*art.warnings, f"{art.origin}: actors not "
                                               f"annotated ({type(exc).__name__}: {exc})"))
            ctx.done = True


class Events(Stage):
    """Events; failing, the article is kept with its actors, with a warning."""

    name = "events"
    requires = frozenset({"doc", "mentions", "date"})
    assigns = frozenset({"events"})

    def __call__(self, ctx: ArticleContext) -> None:
        art = ctx.reading
        assert art is not None
        try:
            ctx.reading = self.pipeline.events.code(art, ctx.doc)
        except Exception as exc:  # keep the article and its actors; say events are missing
            ctx.errors.append(exc)
            ctx.reading = art.evolve(warnings=(*art.warnings, f"{art.origin}: events not "
                                               f"coded ({type(exc).__name__}: {exc})"))


class Offsets(Stage):
    """Move the annotations of the parsed lines back into the whole text (event ids with
    them), then date the entries of a chronology by its date headings, lines the parse may
    have skipped (annotate/headings.py); after it, the excerpt's Doc no longer describes the
    article."""

    name = "offsets"
    requires = frozenset({"excerpt", "mentions"})
    assigns = frozenset({"offsets"})
    releases = frozenset({"doc", "excerpt"})

    def __call__(self, ctx: ArticleContext) -> None:
        from .headings import date_by_headings
        from .headline import headline_reports, without_headline
        from .offsets import expand_article

        art, whole = ctx.reading, ctx.article.text
        assert art is not None
        body = art if ctx.title_at is None else without_headline(art, ctx.title_at)
        article = date_by_headings(
            body if body.text == whole else expand_article(body, whole, ctx.spans))
        if ctx.title_at is not None and ctx.article.title:
            titled = headline_reports(art, ctx.article.title, ctx.title_at,
                                      ctx.title_stretches, article.events)
            article = article.evolve(events=(*article.events, *titled))
        ctx.article = article
        ctx.reading = ctx.doc = None


STAGES: dict[str, type[Stage]] = {s.name: s for s in (
    PageDate, GivenDate, Language, Readers, Lines, Whole, Headline, Parse, Actors, Events, Offsets)}


def check_order(names: Sequence[str]) -> list[type[Stage]]:
    """Return the stages *names* stand for; UsageError if one is unknown, repeated, or placed
    before a stage that assigns what it requires."""
    unknown = [n for n in names if n not in STAGES]
    if unknown:
        raise UsageError(f"unknown pipeline stage {unknown[0]!r}; known: {', '.join(STAGES)}")
    repeated = sorted({n for n in names if list(names).count(n) > 1})
    if repeated:
        raise UsageError(f"pipeline stage {repeated[0]!r} is listed twice")
    have = set(GIVEN)
    stages = [STAGES[n] for n in names]
    for i, stage in enumerate(stages):
        missing = stage.requires - have
        if missing:
            raise UsageError(
                f"pipeline stage {stage.name!r} requires {', '.join(sorted(missing))}, which "
                f"no stage before it assigns (order: {' → '.join(names[:i + 1])})")
        have = (have | stage.assigns) - stage.releases
    return stages


class Resources:
    """What the stages share and is costly to load, each loaded on first use, once: the
    knowledge base, the event lexicon, the spaCy model (with the knowledge base's gazetteer in
    front of its NER), and the annotator, coder and line selector built on them."""

    def __init__(self, model: str, actors_file: str, events_file: str) -> None:
        self.model, self.actors_file, self.events_file = model, actors_file, events_file

    @cached_property
    def kb(self) -> KnowledgeBase:
        from ..kb import load_kb

        return load_kb(self.actors_file or None)

    @cached_property
    def lexicon(self) -> Lexicon:
        from .lexicon import load_lexicon

        return load_lexicon(self.events_file or None)

    @cached_property
    def nlp(self) -> Any:
        return _nlp(self.model, self.actors_file)

    @cached_property
    def actors(self) -> ActorAnnotator:
        return _annotator(self.model, self.actors_file)

    @cached_property
    def events(self) -> EventCoder:
        from .events import EventCoder

        return EventCoder(self.kb, self.lexicon)

    @cached_property
    def selector(self) -> LineSelector:
        from .select import LineSelector  # imports spaCy: only where the parse runs

        return LineSelector(self.nlp, self.lexicon)


class Pipeline:
    """The annotation stages over batches of articles, and the resources they share (loaded on
    first use: a pipeline that never parses, without a ``spacy_model``, loads none of them)."""

    def __init__(self, settings: Settings, stages: Sequence[str] | None = None,
                 resources: Resources | None = None) -> None:
        names = tuple(stages) if stages is not None else default_stages(settings)
        kinds = check_order(names)
        if not settings.spacy_model and any(k.requires - GIVEN for k in kinds):
            raise UsageError("the annotation stages need a spaCy model; set spacy_model")
        self.settings = settings
        self.names = names
        self.resources = resources or Resources(settings.spacy_model, settings.actors_file,
                                                settings.events_file)
        self.stages = [kind(self) for kind in kinds]

    def with_stages(self, names: Sequence[str]) -> Pipeline:
        """Another pipeline of *names*, sharing this one's resources."""
        return Pipeline(self.settings, names, self.resources)

    @property
    def kb(self) -> KnowledgeBase:
        return self.resources.kb

    @property
    def nlp(self) -> Any:
        return self.resources.nlp

    @property
    def actors(self) -> ActorAnnotator:
        return self.resources.actors

    @property
    def events(self) -> EventCoder:
        return self.resources.events

    @property
    def selector(self) -> LineSelector:
        return self.resources.selector

    def load(self) -> Pipeline:
        """Load now what the stages will need, so that a missing model or a bad actors or
        events file stops the run with its error instead of failing every article."""
        for stage in self.stages:
            if isinstance(stage, Lines):
                _ = self.selector
            elif isinstance(stage, Parse | Actors | Language | Readers):
                _ = self.actors
            elif isinstance(stage, Events):
                _ = self.events
        _settle()
        return self

    # -- running --------------------------------------------------------------------------
    def annotate(self, articles: Sequence[Article]) -> list[Article | Reject]:
        """Run the stages over *articles* (parsed together); each comes back annotated, or
        as the Reject that says why it could not be."""
        return [ctx.outcome for ctx in self.run(articles)]

    def annotate_one(self, article: Article) -> Article:
        """Run the stages over one article and return it annotated; raise what a stage
        raised (one article's caller, an evaluation or a test, wants the error itself, not a
        warning or a Reject)."""
        (ctx,) = self.run([article])
        if ctx.errors:
            raise ctx.errors[0]
        return ctx.article

    def run(self, articles: Sequence[Article]) -> list[ArticleContext]:
        """Run the stages over *articles*; return each one's context after the last."""
        self.load()
        batch = [ArticleContext(article) for article in articles]
        for stage in self.stages:
            live = [ctx for ctx in batch if ctx.reject is None and not ctx.done]
            if live:
                stage.run(live)
        return batch


@lru_cache(maxsize=1)
def _settle() -> None:
    """Once per process, after the first load: what is loaded by then (the model, knowledge
    base and lexicon, some 390,000 objects) lives as long as the process, so it is moved out
    of the cyclic garbage collector's sight (``gc.freeze``). Otherwise each of its full
    collections, triggered as articles come and go, walks all of it again: about 2% of an
    ingest's time. Nothing is read differently; only what the collector scans changes."""
    gc.collect()  # (what is garbage already is freed, not kept for good)
    gc.freeze()


def default_stages(settings: Settings) -> tuple[str, ...]:
    """The stages of an ingest with *settings*: none without a spaCy model (extraction only)."""
    if not settings.spacy_model:
        return ()
    if settings.parse not in ARTICLE_STAGES:
        raise UsageError(f"unknown parse setting {settings.parse!r}; choose one of "
                         f"{', '.join(ARTICLE_STAGES)}")
    return ARTICLE_STAGES[settings.parse]


def pipeline_for(settings: Settings, stages: Sequence[str] | None = None) -> Pipeline:
    """The pipeline of *settings* (an ingest's stages unless *stages* are named) for this
    process: its resources load once per process (per worker), whichever stages are asked for."""
    resources = _resources(settings.spacy_model, settings.actors_file, settings.events_file)
    return Pipeline(settings, stages, resources)


@lru_cache(maxsize=2)
def _resources(model: str, actors_file: str, events_file: str) -> Resources:
    return Resources(model, actors_file, events_file)


@lru_cache(maxsize=2)
def _nlp(model: str, actors_file: str) -> Any:
    """The model with the gazetteer, once per process for any events file."""
    from ..kb import load_kb
    from .gazetteer import build_nlp

    return build_nlp(model, load_kb(actors_file or None))


@lru_cache(maxsize=2)
def _annotator(model: str, actors_file: str) -> ActorAnnotator:
    from ..kb import load_kb
    from .actors import ActorAnnotator

    return ActorAnnotator(load_kb(actors_file or None), _nlp(model, actors_file))
