"""Summarise a topic's articles as a topic timeline: the most referred-to dates, a few
sentences each (not a pair's timeline of events: that is :mod:`.pair_timeline`).

An unsupervised date-wise method (the family of news-tls's "datewise"):

1. Sentences: an article's lines, split again where a sentence ends inside a line, with a
   leading bullet, aside, dateline or speaker label cut off ("(AP) --", "CAIRO (CNN) --",
   "ANDERSON :"), and a trailing attribution too (", officials said .").
   Page furniture is dropped: too short or too long, few lower-case words, links, bylines,
   reader comments, captions' credits, and questions. Exact repeats on one day (syndicated
   copies) are kept once, remembering every article that carries them.
2. Dates: each sentence's temporal expressions are found and resolved against its article's
   publication date with :mod:`tieline.annotate.dates` (the news anchoring rule; "will" or
   "'ll" in the sentence makes the tense future, a sentence without a past form the present:
   ``sentence_tense``). Only day-precision points count; weeks and
   other ranges are not one date. A chronology entry ("April 22 - The rig sinks .") loses
   its date label, which becomes its date and that of the next two sentences that name none
   (an entry's continuation).
3. Date ranking: a date scores the distinct articles that mention it (those writing from a
   later day count double: the story was still being told) plus, at half weight, the articles
   published on it or the day after it (the day's own reports).
4. Sentences per date: the candidates are the sentences that name the date and the first
   sentences of the articles published on it or the day after that name no other date. The
   date's concepts are the terms (words and word pairs) its candidates use more often than
   the whole span does, each weighted by its share of candidates times the log of that ratio.
   The k sentences are picked greedily to cover those concepts (a submodular coverage, as in
   concept-based multi-document summarisation): a candidate's gain is the weight of the
   concepts it adds that the date's sentences picked so far lack (at half weight when another
   date of the timeline already used them), per token, times priors for being on topic (its
   cosine to the whole span), for ~30-token sentences and for the lead sentences of the day's
   reports (0.7 when the sentence names the date itself, but 2.1 when it was written two weeks
   or more after the date: a retrospective account, as the timeline itself is), and times
   1 - 0.25 x its highest cosine to a sentence already in the timeline.

The settings were chosen on Timeline17's 10 gold timelines (see
:mod:`tieline.evaluate.topic_timelines`), so its scores there are not held-out.

Deterministic: ties break on date, then on sentence text.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ..annotate.date_finding import find_expressions
from ..annotate.dates import Tense, resolve
from ..models import Article

__all__ = ["TopicCollection", "TopicTimelineEntry", "TopicTimelineSettings"]


@dataclass(frozen=True)
class TopicTimelineSettings:
    """The knobs of :meth:`TopicCollection.timeline` (see the module docstring)."""

    mention_weight: float = 1.0  # per article mentioning the date from the same day
    later_mention_weight: float = 2.0  # per article mentioning the date from a later day
    published_weight: float = 0.5  # per article published on the date or the day after
    lead_sentences: int = 10  # sentences of an article that stand for its publication date
    redundancy: float = 0.25  # relevance lost per unit of cosine to a sentence already chosen
    repeat_weight: float = 0.5  # weight of a term already used on another date of the timeline
    ideal_words: int = 30  # the sentence length preferred, in tokens
    topic_weight: float = 1.0  # exponent of a sentence's similarity to the whole span
    mention_factor: float = 0.7  # relevance kept by a sentence that names the date itself
    retrospect_days: int = 14  # a sentence naming a date this many days before it looks back
    retrospect_factor: float = 2.1  # relevance of such a retrospective sentence
    entry_sentences: int = 2  # sentences after a chronology entry's first that belong to it
    min_words: int = 6
    max_words: int = 60


@dataclass(frozen=True)
class TopicTimelineEntry:
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
    position: int  # its first position in any article carrying it (0: the first sentence)
    mentions: tuple[dt.date, ...]
    terms: Counter[str]
    articles: list[str] = field(default_factory=list)


# --- sentences ---
_SPLIT = re.compile(r"(?<=\s[.!?])\s+(?=[A-Z`\"'])")  # tokenised text: a detached full stop
# Cheap token tests first (regexes over 100k sentences cost seconds): page furniture, and
# whether a sentence can hold a day-precision date at all before the date finder runs.
_FURNITURE_MARKS = ("http", "www.", "@", "|", "\u00a9", "?", " wrote :", "posted by",
                    "photograph :", "report abuse")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FURNITURE_WORDS = _words("click subscribe copyright e-mail email share comments comment sign-up "
                          "login")
_OPEN, _CLOSE = ("-LRB-", "("), ("-RRB-", ")")
_BULLETS = frozenset(("-", "--", "*", "\\*", "\u2022"))
_LABEL_ENDS = frozenset(("-", "--", ":"))
_ATTRIBUTION = re.compile(
    r" , (?:according to [^,]{1,60}|[^,]{1,50} (?:said|says|reported|reports|told [^,]{1,30}))"
    r" \.$")
_FUTURE_WORDS = frozenset(("will", "'ll", "scheduled", "due"))
#: Words that put a sentence in the past besides a regular "-ed" form: its auxiliaries and the
#: commonest irregular pasts of news.
_PAST_WORDS = frozenset((
    "was", "were", "had", "did", "said", "told", "met", "went", "came", "took", "gave", "made",
    "began", "held", "saw", "left", "won", "lost", "fell", "ran", "got", "found", "thought",
    "knew", "became", "brought", "bought", "kept", "led", "wrote", "spoke", "broke", "chose",
    "rose", "shot", "struck", "sent", "spent", "built", "felt", "heard", "meant", "paid",
    "stood", "fought", "caught", "taught", "sought", "flew", "drew", "grew", "threw", "hit",
    "ago", "yesterday", "last"))
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


def clean_sentence(text: str) -> str:
    """Drop a sentence's leading aside, dateline or speaker label.

    "(Update 4:38 p.m. ET) Tear gas was fired" and "CAIRO , Egypt (CNN) -- Tear gas was fired"
    become "Tear gas was fired"; so does "ANDERSON : Tear gas was fired". List bullets go
    too ("* April 22 - The rig sinks", "-- BP says").
    """
    words = text.split()
    while words and words[0] in _BULLETS:
        words = words[1:]
    if words and words[0] in _OPEN:
        close = next((i for i, w in enumerate(words[:25]) if w in _CLOSE), None)
        words = words[close + 1:] if close is not None else words
    for i, w in enumerate(words[:10]):
        if w in ("--", ":") and i > 0 and all(x[:1].isupper() or not x[:1].isalnum()
                                              for x in words[:i]):
            return " ".join(words[i + 1:])
    return " ".join(words)


def usable(text: str, settings: TopicTimelineSettings) -> bool:
    """Tell whether a sentence can serve in a summary: not page furniture, not a question."""
    words = text.split()
    if not settings.min_words <= len(words) <= settings.max_words:
        return False
    if sum(1 for w in words if w.isalpha() and w.islower()) < len(words) / 3:
        return False
    lower = text.lower()
    return _FURNITURE_WORDS.isdisjoint(lower.split()) and not any(
        m in lower for m in _FURNITURE_MARKS)


def mentioned_days(sentence: str, published: str) -> tuple[dt.date, ...]:
    """Return the days (day precision, no ranges) ``sentence`` refers to, published then."""
    words = sentence.split()
    if _DAY_WORDS.isdisjoint(words) and not any(
            w[:1].isdigit() and ("/" in w or "-" in w) for w in words):
        return ()
    tense = sentence_tense(words)
    days = []
    for start, end in find_expressions(sentence):
        r = resolve(sentence[start:end], published, tense)
        if r is not None and r.precision == "day" and r.end is None:
            days.append(dt.date.fromisoformat(r.date))
    return tuple(sorted(set(days)))


def sentence_tense(words: Sequence[str]) -> Tense:
    """Tell the tense a sentence's dates are read in from its words: the future with "will",
    "scheduled" or "due"; the past with a past form (an auxiliary, an irregular past, a
    lower-case word in "-ed") or a word that looks back; else the present, in which news
    tells what is scheduled ("the trial opens September 20 ."): a month and day shortly
    ahead is then that one, not last year's (see :func:`tieline.annotate.dates.resolve`)."""
    if not _FUTURE_WORDS.isdisjoint(words):
        return "future"
    if not _PAST_WORDS.isdisjoint(w.lower() for w in words) or any(
            len(w) > 4 and w.endswith("ed") and w.isalpha() and w.islower() for w in words):
        return "past"
    return "present"


def drop_attribution(sentence: str) -> str:
    """Drop a trailing attribution: "The rig sank , the Coast Guard said ." -> "The rig sank ."

    Also ", according to ... ." and ", ... told reporters ." (summaries state what happened).
    """
    return _ATTRIBUTION.sub(" .", sentence)


def date_label(sentence: str, published: str) -> tuple[str, dt.date | None]:
    """Split a chronology entry's leading date off: "April 22 - The rig sinks ." -> the rest.

    Returns the sentence without its label and the day the label names (resolved against
    the publication date), or the sentence unchanged and None when it has no day label.
    """
    first = sentence.split(None, 1)[0] if sentence else ""
    if first not in _DAY_WORDS and not first[:1].isdigit():
        return sentence, None
    found = find_expressions(sentence)
    if not found or found[0][0] != 0:
        return sentence, None
    end = found[0][1]
    rest = sentence[end:].split(None, 1)
    if len(rest) < 2 or rest[0] not in _LABEL_ENDS:
        return sentence, None
    r = resolve(sentence[:end], published)
    if r is None or r.precision != "day" or r.end is not None:
        return sentence, None
    return rest[1], dt.date.fromisoformat(r.date)


def _terms(words: Sequence[str]) -> Counter[str]:
    """Count a sentence's content words and the pairs of them that follow each other."""
    content = [w for w in (w.lower() for w in words) if w[0].isalnum() and w not in _STOP]
    return Counter(content) + Counter(f"{a} {b}" for a, b in pairwise(content))


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
        self.terms: set[str] = set()  # every term of every chosen sentence
        self._postings: defaultdict[str, list[tuple[int, float]]] = defaultdict(list)
        self._n = 0

    def add(self, text: str, vector: Vector, terms: Iterable[str]) -> None:
        self.texts.add(text)
        self.terms.update(terms)
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
                 settings: TopicTimelineSettings | None = None) -> None:
        self.sentences = list(sentences)
        self.settings = settings or TopicTimelineSettings()

    @classmethod
    def from_articles(cls, articles: Iterable[Article],
                      settings: TopicTimelineSettings | None = None) -> TopicCollection:
        """Split and date the sentences of the articles that have a publication date."""
        settings = settings or TopicTimelineSettings()
        found: dict[tuple[str, dt.date], _Sentence] = {}
        for article in sorted(articles, key=lambda a: (a.published or "", a.id)):
            if not article.published:
                continue
            day = article.published[:10]
            published = dt.date.fromisoformat(day)
            entry: dt.date | None = None  # the day of the chronology entry being read
            follow = 0  # how many more sentences may continue that entry
            for position, raw in enumerate(split_sentences(article.text)):
                full, label = date_label(clean_sentence(raw), day)
                text = drop_attribution(full)
                if label is not None:
                    entry, follow = label, settings.entry_sentences + 1
                follow -= 1
                sentence = found.get((text, published))
                if sentence is None:
                    if not usable(text, settings):
                        continue
                    mentions = mentioned_days(full, day)  # "..., he told CNN Saturday ."
                    if label is not None:
                        mentions = tuple(sorted({label, *mentions}))
                    elif entry is not None and follow >= 0 and not mentions:
                        mentions = (entry,)
                    sentence = found[text, published] = _Sentence(
                        text, published, position, mentions, _terms(text.split()))
                sentence.position = min(sentence.position, position)
                sentence.articles.append(article.id)
        return cls(list(found.values()), settings)

    def timeline(self, dates: int, per_date: int, start: dt.date | None = None,
                 end: dt.date | None = None) -> list[TopicTimelineEntry]:
        """Return up to ``dates`` entries of up to ``per_date`` sentences, in date order.

        Only articles published from ``start`` to ``end`` (both included) are read, and only
        dates in that span are chosen.
        """
        pool = [s for s in self.sentences
                if (start is None or s.published >= start) and (end is None or s.published <= end)]
        if not pool or dates < 1 or per_date < 1:
            return []
        df = Counter(t for s in pool for t in s.terms)
        idf = {t: math.log(len(pool) / c) for t, c in df.items() if c > 1}
        topic = _centroid([{t: n * idf[t] for t, n in df.items() if t in idf}])
        candidates = self._candidates(pool)
        chosen = _Chosen()
        entries: list[TopicTimelineEntry] = []
        for day in self._rank_dates(pool, start, end):
            if len(entries) == dates:
                break
            picked = self._summarise(day, candidates.get(day, []), per_date, idf, topic, chosen)
            if picked:
                entries.append(TopicTimelineEntry(day.isoformat(),
                                                  tuple(s.text for s in picked),
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
            if s.position < self.settings.lead_sentences and not s.mentions:
                found[s.published].append(s)
                found[s.published - dt.timedelta(days=1)].append(s)
        return found

    def _summarise(self, day: dt.date, candidates: Sequence[_Sentence], k: int,
                   idf: dict[str, float], topic: Vector, chosen: _Chosen) -> list[_Sentence]:
        st = self.settings
        unique: dict[str, _Sentence] = {}
        for s in candidates:
            if s.text not in chosen.texts:
                unique.setdefault(s.text, s)
        if not unique:
            return []
        vectors = {text: _vector(s.terms, idf) for text, s in unique.items()}
        # few candidates share no distinctive term: fall back on their plain centroid
        weights = _lift_weights([s.terms for s in unique.values()], idf) or _centroid(
            vectors.values())
        prior = {text: _prior(s, day, vectors[text], topic, st) / len(text.split())
                 for text, s in unique.items()}
        redundancy = {t: chosen.max_similarity(vectors[t]) for t in unique}
        covered: set[str] = set()  # the terms of the sentences picked for this date
        picked_texts: set[str] = set()

        def gain(text: str) -> float:
            found = sum(weights.get(t, 0.0) * (st.repeat_weight if t in chosen.terms else 1.0)
                        for t in unique[text].terms if t not in covered)
            return found * prior[text] * (1 - st.redundancy * redundancy[text])

        picked: list[_Sentence] = []
        for _ in range(min(k, len(unique))):
            best = max((t for t in unique if t not in picked_texts),
                       key=lambda t: (gain(t), t))
            picked_texts.add(best)
            picked.append(unique[best])
            chosen.add(best, vectors[best], unique[best].terms)
            covered.update(unique[best].terms)
            for t in unique:
                redundancy[t] = max(redundancy[t], _cosine(vectors[t], vectors[best]))
        return picked


def _lift_weights(terms: Sequence[Counter[str]], idf: dict[str, float]) -> Vector:
    """Weigh the terms the candidates use more than the whole span does (KL contributions)."""
    df = Counter(t for c in terms for t in c if t in idf)
    n = len(terms)
    weights = {}
    for t, c in df.items():
        share = c / n
        gain = math.log(share) + idf[t]  # log(share here / share in the span)
        if gain > 0 and c > 1:
            weights[t] = share * gain
    return weights


def _prior(s: _Sentence, day: dt.date, vector: Vector, topic: Vector,
           st: TopicTimelineSettings) -> float:
    """Weigh a candidate by its length, its closeness to the whole topic, and its kind."""
    n = len(s.text.split())
    prior = 1 / (1 + ((n - st.ideal_words) / st.ideal_words) ** 2)
    prior *= math.pow(max(_cosine(vector, topic), 1e-6), st.topic_weight)
    if day not in s.mentions:
        return prior
    if (s.published - day).days >= st.retrospect_days:
        return prior * st.retrospect_factor
    return prior * st.mention_factor
