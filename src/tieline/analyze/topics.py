"""Summarise a topic's articles as a timeline: the most referred-to dates, a few sentences each.

An unsupervised date-wise method (the family of news-tls's "datewise"):

1. Sentences: an article's lines, split again where a sentence ends inside a line; lines that
   look like page furniture (too short, too long, no verb-like lower-case words, links, bylines)
   are dropped. Exact repeats (syndicated copies) are kept once, remembering every article
   that carries them.
2. Dates: each sentence's temporal expressions are found and resolved against its article's
   publication date with :mod:`tieline.annotate.dates` (the news anchoring rule; "will" or
   "'ll" in the sentence makes the tense future). Only day-precision points count; weeks and
   other ranges are not one date.
3. Date ranking: a date scores the number of distinct articles that mention it, plus those
   published on it or the day after it (the day's own reports), each kind weighted; articles
   that refer back to a date from a later day weigh more, since the story was still told.
4. Sentences per date: the candidates are the sentences that mention the date and the first
   sentences of the articles published on it or the day after that mention no other date.
   They are ranked by TF-IDF cosine to the candidates' centroid, times a preference for
   sentences of a summary's length, and picked greedily with a redundancy penalty (maximal
   marginal relevance) against everything already in the timeline.

Deterministic: ties break on date, then on sentence text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..annotate.dates import Tense, find_expressions, resolve
from ..models import Article

__all__ = ["TimelineSettings", "TopicCollection", "TopicEntry"]


@dataclass(frozen=True)
class TimelineSettings:
    """The knobs of :meth:`TopicCollection.timeline` (see the module docstring)."""

    mention_weight: float = 1.0  # per article mentioning the date from the same day
    later_mention_weight: float = 2.0  # per article mentioning the date from a later day
    published_weight: float = 0.5  # per article published on the date or the day after
    lead_sentences: int = 5  # sentences of an article that stand for its publication date
    redundancy: float = 0.5  # MMR: weight of the similarity to sentences already chosen
    ideal_words: int = 22  # a summary sentence's typical length, in tokens
    min_words: int = 6
    max_words: int = 60


@dataclass(frozen=True)
class TopicEntry:
    """One date of a topic timeline: its summary sentences and the articles each comes from."""

    date: str
    sentences: tuple[str, ...]
    sources: tuple[tuple[str, ...], ...]  # per sentence, the ids of the articles carrying it

    def to_dict(self) -> dict[str, object]:
        return {"date": self.date, "sentences": list(self.sentences),
                "sources": [list(s) for s in self.sources]}


@dataclass
class _Sentence:
    text: str
    published: dt.date  # of the earliest article carrying it
    lead: bool  # among the first sentences of some article
    mentions: tuple[dt.date, ...]
    terms: Counter[str]
    articles: list[str] = field(default_factory=list)


# --- sentences ---
_SPLIT = re.compile(r"(?<=\s[.!?])\s+(?=[A-Z`\"'])")  # tokenised text: a detached full stop
# Cheap token tests first (regexes over 100k sentences cost seconds): page furniture, and
# whether a sentence can hold a day-precision date at all before the date finder runs.
_FURNITURE_MARKS = ("http", "www.", "@", "|", "\u00a9")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FURNITURE_WORDS = _words("click subscribe copyright e-mail email share comments comment sign-up "
                          "login")
_FUTURE_WORDS = frozenset(("will", "'ll", "scheduled", "due"))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_DAY_WORDS = frozenset((
    *_MONTHS, *(m[:3] for m in _MONTHS), *(m[:3] + "." for m in _MONTHS), "Sept", "Sept.",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Today", "Yesterday", "Tomorrow", "Tonight", "Christmas", "today", "yesterday", "tomorrow",
    "tonight", "ago", "night", "morning", "afternoon", "evening"))
_STOP = _words(
    "the a an and or but of to in on at for with by from as is are was were be been being has "
    "have had it its this that these those he she they we you i his her their our your who "
    "which what when where how not no so if than then there also said says say would could "
    "will can may might should do does did about after before over into up out more most "
    "one two new")


def split_sentences(text: str) -> list[str]:
    """Split text into sentences: one per line, and again at a detached full stop in a line."""
    return [s.strip() for line in text.splitlines() for s in _SPLIT.split(line) if s.strip()]


def usable(words: Sequence[str], settings: TimelineSettings) -> bool:
    """Tell whether a sentence's ``words`` can serve in a summary (not page furniture)."""
    if not settings.min_words <= len(words) <= settings.max_words:
        return False
    if sum(1 for w in words if w.isalpha() and w.islower()) < len(words) / 3:
        return False
    lower = [w.lower() for w in words]
    return _FURNITURE_WORDS.isdisjoint(lower) and not any(
        m in w for w in lower for m in _FURNITURE_MARKS)


def mentioned_days(sentence: str, published: str) -> tuple[dt.date, ...]:
    """Return the days (day precision, no ranges) ``sentence`` refers to, published then."""
    words = sentence.split()
    if _DAY_WORDS.isdisjoint(words) and not any(
            w[:1].isdigit() and ("/" in w or "-" in w) for w in words):
        return ()
    tense: Tense = "past" if _FUTURE_WORDS.isdisjoint(words) else "future"
    days = []
    for start, end in find_expressions(sentence):
        r = resolve(sentence[start:end], published, tense)
        if r is not None and r.precision == "day" and r.end is None:
            days.append(dt.date.fromisoformat(r.date))
    return tuple(sorted(set(days)))


def _terms(words: Sequence[str]) -> Counter[str]:
    lower = (w.lower() for w in words)
    return Counter(w for w in lower if w[0].isalnum() and w not in _STOP)


# --- vectors ---
Vector = dict[str, float]


def _vector(terms: Counter[str], idf: dict[str, float]) -> Vector:
    vec = {t: n * idf[t] for t, n in terms.items() if t in idf}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _centroid(vectors: Iterable[Vector]) -> Vector:
    total: defaultdict[str, float] = defaultdict(float)
    for vec in vectors:
        for t, v in vec.items():
            total[t] += v
    norm = math.sqrt(sum(v * v for v in total.values()))
    return {t: v / norm for t, v in total.items()} if norm else {}


def _cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


class _Chosen:
    """The sentences already in the timeline, indexed by term for fast similarity look-ups."""

    def __init__(self) -> None:
        self.texts: set[str] = set()
        self._postings: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
        self._n = 0

    def add(self, text: str, vector: Vector) -> None:
        self.texts.add(text)
        for t, v in vector.items():
            self._postings[t].append((self._n, v))
        self._n += 1

    def max_similarity(self, vector: Vector) -> float:
        """Return the highest cosine of ``vector`` to a chosen sentence (0 when none)."""
        dots: defaultdict[int, float] = defaultdict(float)
        for t, v in vector.items():
            for j, w in self._postings.get(t, ()):
                dots[j] += v * w
        return max(dots.values(), default=0.0)


# --- the collection ---
class TopicCollection:
    """A topic's sentences, annotated once, from which timelines of any span are built."""

    def __init__(self, sentences: Sequence[_Sentence],
                 settings: TimelineSettings | None = None) -> None:
        self.sentences = list(sentences)
        self.settings = settings or TimelineSettings()

    @classmethod
    def from_articles(cls, articles: Iterable[Article],
                      settings: TimelineSettings | None = None) -> TopicCollection:
        """Split and date the sentences of the articles that have a publication date."""
        settings = settings or TimelineSettings()
        found: dict[tuple[str, dt.date], _Sentence] = {}
        for article in sorted(articles, key=lambda a: (a.published or "", a.id)):
            if not article.published:
                continue
            day = article.published[:10]
            published = dt.date.fromisoformat(day)
            for position, text in enumerate(split_sentences(article.text)):
                sentence = found.get((text, published))
                if sentence is None:
                    words = text.split()
                    if not usable(words, settings):
                        continue
                    sentence = found[text, published] = _Sentence(
                        text, published, False, mentioned_days(text, day), _terms(words))
                sentence.lead = sentence.lead or position < settings.lead_sentences
                sentence.articles.append(article.id)
        return cls(list(found.values()), settings)

    def timeline(self, dates: int, per_date: int, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[TopicEntry]:
        """Return up to ``dates`` entries of up to ``per_date`` sentences, in date order.

        Only articles published from ``start`` to ``end`` (both included) are read, and only
        dates in that span are chosen.
        """
        pool = [s for s in self.sentences
                if (start is None or s.published >= start) and (end is None or s.published <= end)]
        if not pool or dates < 1 or per_date < 1:
            return []
        idf = _idf(pool)
        candidates = self._candidates(pool)
        chosen = _Chosen()
        entries: list[TopicEntry] = []
        for day in self._rank_dates(pool, start, end):
            if len(entries) == dates:
                break
            picked = self._summarise(candidates.get(day, []), per_date, idf, chosen)
            if picked:
                entries.append(TopicEntry(day.isoformat(), tuple(s.text for s in picked),
                                          tuple(tuple(s.articles) for s in picked)))
        return sorted(entries, key=lambda e: e.date)

    def _rank_dates(self, pool: Sequence[_Sentence], start: dt.date | None,
                    end: dt.date | None) -> list[dt.date]:
        st = self.settings
        score: defaultdict[dt.date, float] = defaultdict(float)
        mentioned: set[tuple[dt.date, str]] = set()
        published: dict[str, dt.date] = {}
        for s in pool:
            for a in s.articles:
                published[a] = s.published
                mentioned.update((d, a) for d in s.mentions)
        for d, a in mentioned:
            score[d] += st.later_mention_weight if published[a] > d else st.mention_weight
        for d in published.values():
            score[d] += st.published_weight
            score[d - dt.timedelta(days=1)] += st.published_weight
        days = [d for d in score if (start is None or d >= start) and (end is None or d <= end)]
        return sorted(days, key=lambda d: (-score[d], d))

    def _candidates(self, pool: Sequence[_Sentence]) -> dict[dt.date, list[_Sentence]]:
        found: defaultdict[dt.date, list[_Sentence]] = defaultdict(list)
        for s in pool:
            for d in s.mentions:
                found[d].append(s)
            if s.lead and not s.mentions:
                found[s.published].append(s)
                found[s.published - dt.timedelta(days=1)].append(s)
        return found

    def _summarise(self, candidates: Sequence[_Sentence], k: int, idf: dict[str, float],
                   chosen: _Chosen) -> list[_Sentence]:
        st = self.settings
        unique: dict[str, _Sentence] = {}
        support: Counter[str] = Counter()  # articles carrying a sentence: copies count
        for s in candidates:
            if s.text not in chosen.texts:
                unique.setdefault(s.text, s)
                support[s.text] += len(s.articles)
        if not unique:
            return []
        vectors = {text: _vector(s.terms, idf) for text, s in unique.items()}
        centroid = _centroid({t: v * support[text] for t, v in vec.items()}
                             for text, vec in vectors.items())
        relevance = {text: _cosine(vec, centroid) * _length_prior(text, st.ideal_words)
                     for text, vec in vectors.items()}
        shortlist = sorted(unique, key=lambda t: (-relevance[t], t))[: 3 * k + 10]
        redundancy = {t: chosen.max_similarity(vectors[t]) for t in shortlist}
        picked: list[_Sentence] = []
        for _ in range(min(k, len(shortlist))):
            best = max(shortlist, key=lambda t: (
                t not in chosen.texts, relevance[t] - st.redundancy * redundancy[t], t))
            if best in chosen.texts:
                break
            picked.append(unique[best])
            chosen.add(best, vectors[best])
            for t in shortlist:
                redundancy[t] = max(redundancy[t], _cosine(vectors[t], vectors[best]))
        return picked


def _idf(pool: Sequence[_Sentence]) -> dict[str, float]:
    df = Counter(t for s in pool for t in s.terms)
    n = len(pool)
    return {t: math.log(n / c) for t, c in df.items() if c > 1}


def _length_prior(text: str, ideal: int) -> float:
    n = len(text.split())
    return 1 / (1 + ((n - ideal) / ideal) ** 2)
