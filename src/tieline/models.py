"""The data model that flows through tieline's stages.

An input file becomes one or more :class:`RawDocument` (a reader's output: bytes or text plus
whatever metadata the container carried), each becomes an :class:`Article` (clean text, title,
author, outlet, date with its basis, language) or a :class:`Reject` (what was wrong with which
input). Later stages annotate articles with mentions, actors and events; the store keeps every
result with the versions of the stages that produced it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Generic, Literal, TypeVar

Format = Literal["text", "html"]
#: A page-dating key: a pair of sides (str) or a name, number or quotation trigram (int).
K = TypeVar("K")
#: Where an article's date came from, best first: the page's metadata, the manifest, a full date
#: in its address ("url"), its own dateline or byline stamp ("dateline"), the day of the signed
#: posts it embeds ("post", annotate/published.py); "story" when the page
#: has none and its story's original gives it (``Article.story_date``); "coreported" when it has
#: neither and dated articles report the same specific happenings within days
#: (``Article.coreported``, analyze/coreport.py); "text" for dates read from the text before
#: the basis was kept finer; "neighbours" when it has none of those and dated articles of
#: other stories share its rare names, numbers and quotations within days (``Article.
#: neighboured``, analyze/neighbours.py); "unknown" when there is none.
DateBasis = Literal["metadata", "manifest", "url", "dateline", "post", "story", "coreported",
                    "neighbours", "text", "unknown"]

#: Bumped whenever a stage's output for the same input changes; stored with every article.
STAGE_VERSIONS: dict[str, str] = {
    "read": "1",
    "extract": "1",
    "clean": "1",
    "language": "1",
    "actors": "1",
    "events": "1",
}


@dataclass(frozen=True)
class InputMeta:
    """Metadata an input carries about itself or gets from a manifest line."""

    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None

    def merged_over(self, other: InputMeta) -> InputMeta:
        """Return these values, falling back to *other* where this one has none."""
        return InputMeta(**{k: v if v is not None else getattr(other, k)
                            for k, v in asdict(self).items()})


@dataclass(frozen=True)
class RawDocument:
    """One document as a reader found it, before extraction."""

    origin: str  # where it came from: a path, "path:LINE", "path#record N", "<stdin>"
    format: Format
    text: str
    meta: InputMeta = InputMeta()
    manifest: InputMeta = InputMeta()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """A news article with clean text and the facts about it that later stages rely on."""

    id: str
    origin: str
    text: str
    content_hash: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_basis: DateBasis = "unknown"
    published_text: str | None = None  # the words an inferred date was read from
    story_date: str | None = None  # its story's original's date, when its relative phrases
    # are anchored there: a copy without a date, or a repost published much later
    coreported: str | None = None  # the day the news it reports dates it to, when it states
    coreported_from: tuple[str, ...] = ()  # no date and has no story date: the dated articles
    # that report the same happenings (analyze/coreport.py)
    neighboured: str | None = None  # the day its dated neighbours date it to, when it has
    neighboured_from: tuple[str, ...] = ()  # none of the above: those neighbours
    # (analyze/neighbours.py)
    neighbour_year: str | None = None  # the year they agree on when they give no day (no
    # page date: it only completes the page's month-and-day phrases; neighboured_from: them)
    page_text: str | None = None  # plain-text input as given, before its boilerplate (date
    # stamps and bylines with it) was removed: read for the page's date, then let go; not stored
    lang: str | None = None
    lang_mixed: bool = False
    langs: dict[str, float] = field(default_factory=dict)
    words: int = 0
    story_id: str | None = None
    copy_of: str | None = None
    translation_of: str | None = None  # copy_of, when the original is in another language
    version: int = 1
    mentions: tuple[Mention, ...] = ()
    learned: tuple[Actor, ...] = ()  # people the text taught (title + name), not in the KB
    citations: tuple[Citation, ...] = ()
    events: tuple[Report, ...] = ()  # its reports, one per sentence and event
    warnings: tuple[str, ...] = ()
    stages: dict[str, str] = field(default_factory=lambda: dict(STAGE_VERSIONS))

    def evolve(self, **changes: Any) -> Article:
        """Return a copy with *changes* applied (articles are immutable)."""
        return replace(self, **changes)

    @property
    def label(self) -> str:
        """Return what to call the article: its title, else its first words, else its id."""
        if self.title and self.title.strip():
            return " ".join(self.title.split())
        from .annotate.clean import skip_stamp  # (cleaning reads dates, which read models)

        words = skip_stamp(self.text).split()
        return " ".join(words[:12]) + (" …" if len(words) > 12 else "") if words else self.id

    @property
    def shown_date(self) -> str | None:
        """Return the date to show for the article: its own, else its story's, else the one
        the news it reports gives it, else the one its dated neighbours give it."""
        return self.published or self.story_date or self.coreported or self.neighboured

    @property
    def shown_basis(self) -> DateBasis:
        """Return where ``shown_date`` came from."""
        if self.published is None and self.story_date:
            return "story"
        if self.published is None and self.coreported:
            return "coreported"
        if self.published is None and self.neighboured:
            return "neighbours"
        return self.published_basis

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        """Return the contract's JSON shape; *full* adds the text and provenance."""
        d: dict[str, Any] = {
            "id": self.id, "url": self.url, "outlet": self.outlet, "title": self.title,
            "author": self.author, "published": self.shown_date,
            "published_basis": self.shown_basis,
            "published_text": self.published_text, "story_date": self.story_date,
            "coreported_from": list(self.coreported_from),
            "neighbours_from": list(self.neighboured_from),
            "neighbours_year": self.neighbour_year,
            "lang": self.lang,
            "lang_mixed": self.lang_mixed, "words": self.words, "story_id": self.story_id,
            "copy_of": self.copy_of, "translation_of": self.translation_of,
        }
        if full:
            d.update(text=self.text, origin=self.origin, version=self.version,
                     langs=self.langs, warnings=list(self.warnings), stages=self.stages)
        return d


ActorKind = Literal["country", "person", "organization", "group"]


@dataclass(frozen=True)
class Role:
    """An office a person held: what, for which sector, from when to when (None: open)."""

    role: str
    sector: str = "GOV"
    start: str | None = None
    end: str | None = None
    body: str | None = None  # the institution, where the role names one ("Federation Council")
    title: str | None = None  # the local title ("Secretary of State")
    organization: str | None = None  # for leaders of organisations: the organisation's id

    def active_on(self, day: str) -> bool:
        """Say whether the role was held on *day* (YYYY-MM-DD); partial dates compare by prefix."""
        start = self.start or "0000"
        end = self.end or "9999"
        return start[:len(day)] <= day and day[:len(end)] <= end


@dataclass(frozen=True)
class Actor:
    """A country, person, organisation or group that acts in the news."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None  # ISO 3166 alpha-3 (or a documented pseudo-id)
    sector: str | None = None  # GOV, MIL, LEG, JUD, IGO, REB, ...
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    parent: str | None = None
    learned_from: str | None = None  # the sentence that taught tieline a person not in the KB
    organization: str | None = None  # for a person who speaks for an organisation (EU, UN)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "sector": self.sector, "organization": self.organization,
                "aliases": list(self.aliases)}

    @property
    def state(self) -> str | None:
        """Return the state the actor is or is of (its country), None for one of no state."""
        return self.country or (self.id if self.kind == "country" else None)


#: CAMEO's sectors in a reader's words, for a side that is a state's sector ("United States"
#: written as "U.S. lawmakers" is the state with sector LEG: "United States (legislature)").
SECTOR_WORDS: dict[str, str] = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
    "COP": "police", "OPP": "opposition", "CVL": "civilians", "MED": "media",
    "BUS": "business", "PTY": "party", "REB": "rebels", "EDU": "education",
    "HLH": "health", "REL": "religion", "AGR": "agriculture", "LAB": "labour",
    "SPY": "intelligence", "IGO": "international body"}


def one_state(pair: tuple[Actor, Actor]) -> bool:
    """Say whether both actors of *pair* are one state or of it ("United States" and "Barack
    Obama"): what the pair has between them is domestic, no relation between two states."""
    first, second = pair[0].state, pair[1].state
    return first is not None and first == second


@dataclass(frozen=True)
class Mention:
    """A stretch of an article's text that names or stands for an actor.

    ``actor_id`` is None when the text names a role whose holder cannot be known (no date, or
    no such office-holder in the knowledge base): then ``role`` and ``country`` say what it is.
    ``form`` says how it was written: name, surname, demonym, capital, metonym, title, agent.
    """

    start: int
    end: int
    text: str
    actor_id: str | None
    form: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(frozen=True)
class Citation:
    """An outlet's attribution of what it reports to another source ("citing Hraparak")."""

    outlet: str | None  # who reports (the article's outlet)
    cited: str  # the source named in the text
    start: int  # the sentence that says so
    end: int


EventStatus = Literal["reported", "planned", "negated", "hypothetical", "claimed"]
DatePrecision = Literal["day", "month", "year"]


#: How an event's side was found: written in the sentence ("stated"), a person the sentence
#: itself introduces by role and country ("learned": "Georgia's deputy prime minister X"),
#: or not written where the event is but implied by the clause that governs it
#: ("inferred-clause": "warned of measures if Georgia joins") or by the sentence before, which
#: the event's sentence continues ("inferred-previous"), or by the article, which is about
#: the source's state and one other ("inferred-article": "the ministry condemned the
#: occupation" on a page about Georgia and Russia; see annotate/counterpart.py), or by the
#: one happening a one-sided report fits, which another report tells with both sides
#: ("inferred-event": see analyze/attach.py), or by the place the act is told at, whose
#: holder alone has the power to do it ("inferred-place": "was detained in Akhalgori" by the
#: authority holding Akhalgori; "thousands rallied in Tbilisi" by Georgia's people; see
#: annotate/custody.py).
SideBasis = Literal["stated", "learned", "inferred-clause", "inferred-previous",
                    "inferred-article", "inferred-event", "inferred-place"]
SIDE_BASES: tuple[str, ...] = ("stated", "learned", "inferred-clause", "inferred-previous",
                               "inferred-article", "inferred-event", "inferred-place")


@dataclass(frozen=True)
class ActorRef:
    """Who takes part in an event: an actor id when known, else what the text says of them
    (a role and its country: "the Armenian foreign minister" on an undated article), and how
    the side was found (``basis``: see :data:`SideBasis`)."""

    id: str | None
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    basis: SideBasis = "stated"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country,
                "sector": self.sector, "basis": self.basis}

    @property
    def inferred(self) -> bool:
        """Say whether the side is implied rather than written where the event is."""
        return self.basis.startswith("inferred")


@dataclass(frozen=True)
class SentenceCoding:
    """One coding a sentence got: the type, mode, sides and status its report read in it. An
    event's sentence keeps each of its codings (two rules, or two readings of who acts, may
    code one sentence), so a page shows what each sentence says, not only the event's
    consensus."""

    type: str
    mode: str | None = None
    source: str | None = None  # the sides' names as the report gives them
    target: str | None = None
    status: str = "reported"
    mutual: bool = False
    rule: str = ""

    @classmethod
    def of(cls, report: Coding, rule: str = "") -> SentenceCoding:
        """Return the coding *report* gives its sentence."""
        return cls(report.type, report.mode, report.source.name if report.source else None,
                   report.target.name if report.target else None, report.status,
                   report.mutual, rule)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode, "source": self.source,
                "target": self.target, "status": self.status, "mutual": self.mutual,
                "rule": self.rule}


#: Which of its article's texts a report's offsets are into: the stored ``text``, or its
#: ``title`` (a headline is coded as a sentence of its page, but is kept apart from the text).
EvidencePart = Literal["text", "title"]


@dataclass(frozen=True)
class Evidence:
    """Where an event is reported: the sentence (offsets into the stored article text, or
    into its title when ``part`` is "title") and, in a merged event, the codings its reports
    gave it (``SentenceCoding``)."""

    article_id: str
    start: int  # the sentence
    end: int
    sentence: str
    trigger_start: int = 0  # the words that express the event ("held talks", "accused")
    trigger_end: int = 0
    quote: str | None = None  # a direct quote in the sentence that supports it
    url: str | None = None
    outlet: str | None = None
    codings: tuple[SentenceCoding, ...] = ()
    part: EvidencePart = "text"

    @property
    def in_title(self) -> bool:
        """Say whether the sentence is its article's title (offsets into the title)."""
        return self.part == "title"

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "url": self.url, "outlet": self.outlet,
                "part": self.part,
                "sentence": self.sentence, "start": self.start, "end": self.end,
                "trigger": [self.trigger_start, self.trigger_end], "quote": self.quote,
                "codings": [c.to_dict() for c in self.codings]}


def one_per_sentence(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Return *evidence* with each sentence of each article once: the first of it, with the
    codings of all (each once).

    Two rules, or two readings of who acts ("India" and "Modi"), may code one sentence, and
    their reports may merge into one event: the sentence is still one report of it in one
    article, so an event lists and counts it once, with every coding it got."""
    found: dict[tuple[str, str, int, int], Evidence] = {}
    for ev in evidence:
        key = (ev.article_id, ev.part, ev.start, ev.end)
        first = found.get(key)
        if first is None:
            found[key] = ev
        elif ev.codings:
            found[key] = replace(first, codings=tuple(dict.fromkeys(first.codings + ev.codings)))
    return tuple(found.values())


@dataclass(frozen=True)
class Coding:
    """Who did what to whom, when and how sure, coded in PLOVER, with its evidence: what a
    report and a merged event both say (see :class:`Report` and :class:`Event`).

    ``status``: reported (it happened), planned (announced, intended, offered), negated (it
    did not happen), hypothetical (may, could, if) or claimed (attributed to a source the
    outlet names or hides: ``claimed_by`` keeps the chain, nearest source first).
    ``date`` is YYYY-MM-DD, YYYY-MM or YYYY by ``date_precision``; ``date_basis`` says where it
    came from: "text" (a temporal expression governing the event, ``date_text``), "narrative"
    (such an expression without a year, in an article without a date, with the year of the
    full date told before it), "newsday" (no expression of its own, told in the simple past
    or as the day's news in an article whose lede dates its news to a day at most three days
    before the page's date: that day, ``date_text`` the lede's phrase; annotate/newsday.py),
    "neighbours-year" (such an expression without a year, in an article with no date of its
    own, its story's or its news's, nor a full date told before it: the year its dated
    neighbours agree on, ``Article.neighbour_year``), "publication"
    (a reported event with no temporal expression: the day it was reported on, its article's
    date, not the day it happened; without a date while the article has none), or None
    (undated). ``source`` is the side that acts, ``target`` the side acted on; ``mutual``
    when the two do it to each other ("Indian and Chinese troops clashed", "both sides blamed
    the other"): one happening, the sides in either order, each source and target of it.
    ``domestic`` (derived) when both sides are of one state: a state's own bodies and people
    (its lawmakers and its government, its police and its citizens), coded with their sectors
    as CAMEO codes USALEG and USAGOV, and no relation between two states.
    """

    id: str
    type: str
    source: ActorRef | None
    target: ActorRef | None
    evidence: tuple[Evidence, ...]
    mode: str | None = None
    context: tuple[str, ...] = ()
    intensity: float = 0.0
    status: EventStatus = "reported"
    claimed_by: tuple[str, ...] = ()
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_basis: str | None = None
    date_text: str | None = None
    mutual: bool = False

    @property
    def domestic(self) -> bool:
        """Say whether both sides are of one state (see the class docstring)."""
        return self.source is not None and self.target is not None and \
            self.source.country is not None and self.source.country == self.target.country

    def _dict(self, date_spread: tuple[str, str] | None, rule: str, reports: int,
              independent_sources: int) -> dict[str, Any]:
        return {
            "id": self.id, "date": self.date, "date_precision": self.date_precision,
            "date_basis": self.date_basis, "date_text": self.date_text,
            "date_spread": list(date_spread) if date_spread else None,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "mutual": self.mutual, "domestic": self.domestic,
            "type": self.type, "mode": self.mode,
            "context": list(self.context),
            "intensity": self.intensity, "status": self.status,
            "claimed_by": list(self.claimed_by), "rule": rule,
            "evidence": [e.to_dict() for e in self.evidence],
            "reports": reports, "independent_sources": independent_sources,
        }


@dataclass(frozen=True)
class Report(Coding):
    """One sentence's coding: an event as one article reports it (its one evidence), with its
    own date. Merging the reports of one happening gives an :class:`Event`."""

    rule: str = ""  # the lexicon entry that coded it

    def evolve(self, **changes: Any) -> Report:
        return replace(self, **changes)

    # (read alike on a report and an event: one report gives one date, in one article)
    @property
    def date_spread(self) -> None:
        return None

    @property
    def reports(self) -> int:
        return 1

    @property
    def independent_sources(self) -> int:
        return 1

    def to_event(self, **changes: Any) -> Event:
        """Return the event this report alone stands for, with *changes*."""
        fields = {f: getattr(self, f) for f in self.__dataclass_fields__}
        return Event(**(fields | changes))

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON reads it: the keys of an event (one report, one source)."""
        return self._dict(None, self.rule, self.reports, self.independent_sources)


@dataclass(frozen=True)
class Event(Coding):
    """A real-world happening: the reports of it merged (their consensus, with all their
    evidence). It takes its best-based report's date; ``date_spread`` keeps the first and last
    dates of its reports when they differ; ``reports`` counts the articles reporting it and
    ``independent_sources`` the stories among them."""

    date_spread: tuple[str, str] | None = None
    rule: str = ""  # the lexicon entry that coded its first report
    reports: int = 1
    independent_sources: int = 1

    def evolve(self, **changes: Any) -> Event:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return self._dict(self.date_spread, self.rule, self.reports, self.independent_sources)


# -- what the corpus stage reads from the store and writes back -------------------------------
@dataclass(frozen=True)
class StoryArticle:
    """A current article as the story stage reads it: its stored profile (None when it must be
    computed from the text) and whether its sketch is stored."""

    id: str
    published: str | None
    outlet: str | None
    content_hash: str
    profile: bytes | None = None
    sketched: bool = False
    lang: str | None = None


@dataclass(frozen=True)
class StoryPlace:
    """Where a candidate article stands: its story when it is placed (None while pending)."""

    id: str
    story: str | None
    published: str | None
    content_hash: str
    lang: str | None = None


@dataclass(frozen=True)
class Placed:
    """Where one stored report of a merge group stands, as choosing the region to merge
    needs it (no evidence)."""

    id: str
    date: str | None
    precision: str | None
    story: str
    merged_id: str | None  # the merged event it is in ('' none, None not merged yet)
    current: bool          # False once its article is superseded
    pending: bool          # to merge again: new, or its story changed, or superseded
    anchor: str | None = None  # its article's date (its story's, else its own)
    keys: tuple[int, ...] = ()  # the numbers and quotation trigrams of its sentence


@dataclass(frozen=True)
class StoryReport:
    """One stored report with what merging needs of its article: the article's date, its
    story (its own id when it stands alone) and the date undated reports anchor to."""

    event: Report
    published: str | None
    story: str  # the article's story id (its own id when it stands alone)
    anchor: str | None = None  # the article's date: its story's when it has one, else its own
    keys: tuple[int, ...] = ()  # the numbers and quotation trigrams of its sentence

    @property
    def article_id(self) -> str:
        return self.event.evidence[0].article_id


@dataclass(frozen=True)
class StoryDating:
    """What dating a story member needs: its date, the date it is anchored to now, and its
    original's date (None when it copies nothing)."""

    id: str
    published: str | None
    story_date: str | None
    original_published: str | None


@dataclass(frozen=True)
class ReportSides:
    """The two sides of one stored report, as dating a page by co-reported news reads them."""

    article_id: str
    status: str
    source: ActorRef | None
    target: ActorRef | None
    date_text: str | None = None  # (the page's own words for when it happened)
    type: str = ""  # (its PLOVER type: a country pair's day is told of one kind of act)
    date: str | None = None  # (its date, when it has one, "YYYY-MM-DD" for a day)


@dataclass(frozen=True)
class CoreportWitness:
    """A dated article that carries a specific pair of sides: its date and its story."""

    day: str
    article_id: str
    story: str


@dataclass(frozen=True)
class NeighbourCarrier:
    """An article that carries a name, number or quotation trigram: its date as evidence (its
    own or its story's; None: undated) and its story."""

    day: str | None
    article_id: str
    story: str


@dataclass(frozen=True)
class UndatedPage(Generic[K]):
    """What dating a page without a date of its own by one page-dating step needs
    (analyze/pagedating.py): its story, the date that comes before the step's (its story's;
    for the neighbours, also its news's), the step's date and evidence now, and its keys."""

    id: str
    story: str
    prior: str | None
    day: str | None
    evidence: tuple[str, ...]
    keys: tuple[K, ...]


@dataclass(frozen=True)
class ReportDating:
    """What dating one stored report again needs, and what it gets (``date`` and on)."""

    id: str
    status: str
    date_text: str | None
    date_basis: str | None
    date: str | None = None
    date_precision: str | None = None


@dataclass(frozen=True)
class PairCount:
    """How many merged events one pair of actors (ids, at country level) has, and when."""

    first: str
    second: str
    events: int
    undated: int
    since: str | None
    until: str | None


@dataclass(frozen=True)
class EventFilter:
    """Which events (or reports) to select: the one value every layer passes on, from the
    CLI's and the HTTP api's options through ``Corpus.events`` and the exports to the store.

    - *actors*: events with any of them as source or target;
    - *pair* (A, B): events between A and B, either way round; an actor is an id, a name or
      an alias in any case, and a country also stands for its people and bodies;
    - *type*: a PLOVER type ("CONSULT") or type and mode ("consult:visit"), any case;
    - *since*, *until*: YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event is kept when its day,
      month or year overlaps them; undated events are left out when either is given;
    - *date_bases*: keep only events dated on these bases and the undated ones (``("text",)``
      leaves out dates that are only the day a report was published).
    """

    actors: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    date_bases: tuple[str, ...] | None = None

    @classmethod
    def of(cls, actors: str | Sequence[str] | None = (), pair: Sequence[str] | None = None,
           type: str | None = None, since: str | None = None, until: str | None = None,
           date_bases: Sequence[str] | None = None) -> EventFilter:
        """Return the filter of these values as callers give them: one actor or several,
        any sequence for *pair* (two names) and *date_bases*, empty values for none."""
        names = (actors,) if isinstance(actors, str) else tuple(actors or ())  # (a name is
        # never read letter by letter)
        return cls(actors=names,
                   pair=(pair[0], pair[1]) if pair else None,
                   type=type or None, since=since or None, until=until or None,
                   date_bases=None if date_bases is None else tuple(date_bases))

    @property
    def names_actors(self) -> bool:
        """Say whether the filter names actors (they must be looked up)."""
        return bool(self.actors or self.pair)


@dataclass(frozen=True)
class Reject:
    """An input that could not be stored, and why."""

    origin: str
    reason: str


@dataclass
class IngestSummary:
    """What one ingest did: counts, rejects and warnings, for the CLI and the API."""

    stored: int = 0
    unchanged: int = 0
    skipped_files: int = 0
    rejects: list[Reject] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: what the run did that a user should know but that is no fault (how a kind of side was coded)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejects


#: Former names, kept for the scripts that import them.
IngestReport = IngestSummary
SourceLink = Citation
SourceMeta = InputMeta
