"""Topic timelines on Timeline17, built and scored with the protocol of news-tls.

news-tls (Ghalandari & Ifrim 2020) scores a system on each gold timeline separately:

* the input is the articles of the gold timeline's topic published from its first to its last
  date, both included (no extension on T17);
* the system is asked for T dates, T = the number of gold dates, and k sentences per date,
  k = the mean number of sentences per gold date, rounded with Python's ``round`` (half to
  even: 2.5 gives 2);
* content is scored with tilse's alignment-based ROUGE, many-to-one variant
  (``align_date_content_costs_many_to_one``, Martschat & Markert 2017): every predicted date is
  aligned to the gold date of least cost, and every gold date to the predicted date of least
  cost, cost = (1 - 1/(days apart + 1)) * (1 - an approximate ROUGE-1 F1 of the two
  summaries); matched n-grams count 1/(days apart + 1). Precision sums over predicted dates,
  recall over gold dates;
* dates are scored by F1 of the predicted against the gold date set;
* the mean over timelines is news-tls's: precision and recall are averaged over timelines,
  and F1 is computed from the two means. The mean of the per-timeline F1s is reported beside it.

ROUGE counts follow ROUGE-1.5.5 as tilse runs it (``-m -s``, raw counts, one sentence list per
date joined into one text): ASCII lower-casing; a hyphen becomes its own token and any other
character outside ``[a-z0-9]`` a space; the SMART stop words of ROUGE-1.5.5 are removed;
tokens longer than 3 characters are Porter-stemmed (ROUGE's variant, see :func:`porter_stem`);
bigrams run across sentence boundaries within a date. Not reproduced: ROUGE's WordNet
exception table for irregular forms ("children" -> "child") looked up before stemming.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import string
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..analyze.topic_timeline import TopicCollection, TopicTimelineEntry, TopicTimelineSettings
from ..errors import UsageError
from ..models import Article

Summaries = Mapping[dt.date, Sequence[str]]

# ROUGE-1.5.5's smart_common_words.txt, less the entries that can never match a token once
# punctuation is gone ("e.g.", "ain't").
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS = _words(
    "a able about above according accordingly across actually after afterwards again against all "
    "allow allows almost alone along already also although always am amid among amongst an and "
    "another any anybody anyhow anyone anything anyway anyways anywhere ap apart appear "
    "appreciate appropriate apr are around as aside ask asking associated at aug available away "
    "awfully b be became because become becomes becoming been before beforehand behind being "
    "believe below beside besides best better between beyond both brief but by c came can cannot "
    "cant cause causes certain certainly changes clearly co com come comes concerning "
    "consequently consider considering contain containing contains corresponding could course "
    "currently d dec definitely described despite did different do does doing done down downwards "
    "during e each edu eg eight either else elsewhere enough entirely especially et etc even ever "
    "every everybody everyone everything everywhere ex exactly example except f far feb few fifth "
    "five followed following follows for former formerly forth four fri from further furthermore "
    "g get gets getting given gives go goes going gone got gotten greetings h had happens hardly "
    "has have having he hello help hence her here hereafter hereby herein hereupon hers herself "
    "hi him himself his hither hopefully how howbeit however i ie if ignored immediate in "
    "inasmuch inc indeed index indicate indicated indicates inner insofar instead into inward is "
    "it its itself j jan jul jun just k keep keeps kept know known knows l lately later latter "
    "latterly least less lest let like liked likely little look looking looks ltd m mainly many "
    "mar may maybe me mean meanwhile merely might mon more moreover most mostly much must my "
    "myself n namely nd near nearly necessary need needs neither never nevertheless new news next "
    "nine no nobody non none noone nor normally not nothing nov novel now nowhere o obviously oct "
    "of off often oh ok okay old on once one ones only onto or other others otherwise ought our "
    "ours ourselves out outside over overall own p particular particularly per perhaps placed "
    "please plus possible presumably probably provides q que quite qv r rather rd re really "
    "reasonably regarding regardless regards relatively respectively reuters right s said same "
    "sat saw say saying says second secondly see seeing seem seemed seeming seems seen self "
    "selves sensible sent sep serious seriously seven several shall she should since six so some "
    "somebody somehow someone something sometime sometimes somewhat somewhere soon sorry "
    "specified specify specifying still sub such sup sure t take taken tech tell tends th than "
    "thank thanks thanx that thats the their theirs them themselves then thence there thereafter "
    "thereby therefore therein theres thereupon these they think third this thorough thoroughly "
    "those though three through throughout thru thu thus to together too took toward towards "
    "tried tries truly try trying tue twice two u un under unfortunately unless unlikely until "
    "unto up upon us use used useful uses using usually uucp v value various very via viz vs w "
    "want wants was way we wed welcome well went were what whatever when whence whenever where "
    "whereafter whereas whereby wherein whereupon wherever whether which while whither who "
    "whoever whole whom whose why will willing wish with within without wonder would x y yes yet "
    "you your yours yourself yourselves z zero")


# --- ROUGE-1.5.5's Porter stemmer ---
_C = "[^aeiou][^aeiouy]*"  # a consonant sequence
_V = "[aeiouy][aeiou]*"  # a vowel sequence
_M_GT0 = re.compile(f"^({_C})?{_V}{_C}")
_M_EQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_M_GT1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_HAS_VOWEL = re.compile(f"^({_C})?[aeiouy]")
_CVC = re.compile(f"^{_C}[aeiouy][^aeiouwxy]$")
_STEP2 = {"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
          "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous",
          "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive",
          "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble",
          "logi": "log"}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
          "ness": ""}
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate",
          "iti", "ous", "ive", "ize")


def _longest_suffix(word: str, suffixes: Sequence[str]) -> str | None:
    found = [s for s in suffixes if word.endswith(s)]
    return max(found, key=len) if found else None


def _replace(word: str, table: Mapping[str, str]) -> str:
    suffix = _longest_suffix(word, tuple(table))
    if suffix is not None and _M_GT0.match(word[: -len(suffix)]):
        return word[: -len(suffix)] + table[suffix]
    return word


def _strip_if_m_gt1(word: str, suffix: str) -> str:
    stem = word[: -len(suffix)]
    return stem if word.endswith(suffix) and _M_GT1.match(stem) else word


def _step1(w: str) -> str:
    if w.endswith(("sses", "ies")):
        w = w[:-2]
    elif len(w) > 1 and w[-1] == "s" and w[-2] != "s":
        w = w[:-1]
    if w.endswith("eed"):
        return w[:-1] if _M_GT0.match(w[:-3]) else w
    suffix = _longest_suffix(w, ("ed", "ing"))
    if suffix is not None and _HAS_VOWEL.match(w[: -len(suffix)]):
        w = w[: -len(suffix)]
        if w.endswith(("at", "bl", "iz")) or _CVC.match(w):
            w += "e"
        elif len(w) > 1 and w[-1] == w[-2] and w[-1] not in "aeiouylsz":
            w = w[:-1]
    return w


def _step4(w: str) -> str:
    suffix = _longest_suffix(w, _STEP4)
    if suffix is not None:
        w = _strip_if_m_gt1(w, suffix)
    # ROUGE-1.5.5 tries "-ment" and then "-ent" after the group above, each on its own
    w = _strip_if_m_gt1(w, "ment")
    if w.endswith("ent"):
        return _strip_if_m_gt1(w, "ent")
    if w.endswith(("sion", "tion")):
        return _strip_if_m_gt1(w, "ion")
    return w


def _step5(w: str) -> str:
    if w.endswith("e"):
        stem = w[:-1]
        if _M_GT1.match(stem) or (_M_EQ1.match(stem) and not _CVC.match(stem)):
            w = stem
    if w.endswith("ll") and _M_GT1.match(w):
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def porter_stem(word: str) -> str:
    """Stem a lower-case word as ROUGE-1.5.5's Porter stemmer does.

    That is Porter's algorithm in Martin Porter's published form ("bli" -> "ble", "logi" ->
    "log" in step 2) with ROUGE's change to step 4: "-ment" and then "-ent" are tried after
    the other suffixes, not instead of them ("agreement" -> "agreem").
    """
    if len(word) < 3:
        return word
    w = "Y" + word[1:] if word[0] == "y" else word  # an initial y is a consonant
    w = _step1(w)
    if w.endswith("y") and _HAS_VOWEL.match(w[:-1]):
        w = w[:-1] + "i"
    w = _step5(_step4(_replace(_replace(w, _STEP2), _STEP3)))
    return "y" + w[1:] if w[0] == "Y" else w


# --- ROUGE counts ---
_NOT_WORD = re.compile(r"[^a-z0-9-]")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def rouge_tokens(sentences: Sequence[str]) -> list[str]:
    """Return the tokens ROUGE-1.5.5 (``-m -s``) counts in a summary of ``sentences``."""
    # tilse writes each sentence into ROUGE's HTML input, which reads a sentence up to its
    # first "<" and where "^" is written as "&circ;"
    text = " ".join(s.split("<", 1)[0].replace("^", "&circ;") for s in sentences)
    text = _NOT_WORD.sub(" ", text.translate(_ASCII_LOWER).replace("-", " - "))
    return [porter_stem(t) if len(t) > 3 else t for t in text.split()
            if t not in _STOPWORDS and t[0] != "-"]


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Count the n-grams of ``tokens``."""
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class Overlap:
    """ROUGE-N counts of a summary against a reference: shared, summary and reference n-grams."""

    hits: int
    predicted: int
    gold: int


def overlap(predicted: Counter[tuple[str, ...]], gold: Counter[tuple[str, ...]]) -> Overlap:
    """Count the n-grams two summaries share (clipped), and each summary's n-grams."""
    hits = sum(min(n, gold[g]) for g, n in predicted.items() if g in gold)
    return Overlap(hits, sum(predicted.values()), sum(gold.values()))


# --- tilse's many-to-one alignment ---
def _approx_counts(sentences: Sequence[str]) -> Counter[str]:
    # tilse's cheap ROUGE-1 for alignment costs: raw tokens, minus those that are a substring
    # of string.punctuation (so ".", "," and "()" go, "--" and "``" stay); no case folding
    return Counter(t for s in sentences for t in s.split() if t not in string.punctuation)


def _approx_f1(predicted: Counter[str], gold: Counter[str]) -> float:
    match = sum(min(n, gold[t]) for t, n in predicted.items())
    p_total, g_total = sum(predicted.values()), sum(gold.values())
    precision = match / p_total if p_total else 0.0
    recall = match / g_total if g_total else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _date_weight(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _align(sources: Sequence[dt.date], targets: Sequence[dt.date],
           content_f1: dict[tuple[dt.date, dt.date], float], predicted_first: bool,
           ) -> list[tuple[dt.date, dt.date]]:
    """Map every source date to the target of least cost (the first one on ties)."""
    pairs = []
    for s in sources:
        best, best_cost = targets[0], float("inf")
        for t in targets:
            key = (s, t) if predicted_first else (t, s)
            cost = (1 - _date_weight(s, t)) * (1 - content_f1[key])
            if cost < best_cost:
                best, best_cost = t, cost
        pairs.append((s, best))
    return pairs


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


def alignment_rouge(predicted: Summaries, gold: Summaries, sizes: Sequence[int] = (1, 2),
                    ) -> dict[int, PRF]:
    """Score ``predicted`` against ``gold`` with tilse's many-to-one alignment ROUGE-N.

    Returns precision and recall (and so F1) for each n in ``sizes``; all zero when either
    timeline is empty.
    """
    pred_dates, gold_dates = sorted(predicted), sorted(gold)
    if not pred_dates or not gold_dates:
        return {n: PRF(0.0, 0.0) for n in sizes}
    approx = {d: _approx_counts(predicted[d]) for d in pred_dates}
    approx_gold = {d: _approx_counts(gold[d]) for d in gold_dates}
    content = {(p, g): _approx_f1(approx[p], approx_gold[g])
               for p in pred_dates for g in gold_dates}
    tokens = {("p", d): rouge_tokens(predicted[d]) for d in pred_dates}
    tokens.update({("g", d): rouge_tokens(gold[d]) for d in gold_dates})
    precision_pairs = _align(pred_dates, gold_dates, content, predicted_first=True)
    recall_pairs = [(p, g) for g, p in _align(gold_dates, pred_dates, content, False)]
    scores = {}
    for n in sizes:
        grams = {key: ngrams(toks, n) for key, toks in tokens.items()}
        prec = [(_date_weight(p, g), overlap(grams["p", p], grams["g", g]))
                for p, g in precision_pairs]
        rec = [(_date_weight(p, g), overlap(grams["p", p], grams["g", g]))
               for p, g in recall_pairs]
        p_total = sum(o.predicted for _, o in prec)
        g_total = sum(o.gold for _, o in rec)
        scores[n] = PRF(sum(w * o.hits for w, o in prec) / p_total if p_total else 0.0,
                        sum(w * o.hits for w, o in rec) / g_total if g_total else 0.0)
    return scores


def date_scores(predicted: Sequence[dt.date], gold: Sequence[dt.date]) -> PRF:
    """Score the predicted dates against the gold dates as sets."""
    shared = len(set(predicted) & set(gold))
    return PRF(shared / len(set(predicted)) if predicted else 0.0,
               shared / len(set(gold)) if gold else 0.0)


# --- Timeline17 ---
@dataclass(frozen=True)
class GoldTopicTimeline:
    """One gold timeline: its topic, the outlet folder it was written from, its dated summaries."""

    topic: str
    source_folder: str
    name: str
    summaries: dict[dt.date, tuple[str, ...]]

    @property
    def label(self) -> str:
        return f"{self.topic}/{self.source_folder}/{self.name}"

    def span(self) -> tuple[dt.date, dt.date]:
        """Return the first and last gold dates: the input span (news-tls, no extension)."""
        return min(self.summaries), max(self.summaries)

    def sentences_per_date(self) -> int:
        """Return k: the mean number of sentences per date, rounded half to even as news-tls."""
        return round(sum(len(s) for s in self.summaries.values()) / len(self.summaries))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise UsageError(f"{path} not found: --data must be the Timeline17 folder holding "
                         "articles.jsonl and timelines.jsonl")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_gold(folder: Path) -> list[GoldTopicTimeline]:
    """Read ``timelines.jsonl``: one gold timeline a line, entries of date and sentences.

    A date given twice keeps its last entry, as news-tls and tilse read these timelines (a
    dict from date to summary): this drops 2 entries of H1N1_bbc and 2 of bpoil_guardian.
    """
    gold = []
    for row in _read_jsonl(folder / "timelines.jsonl"):
        summaries = {dt.date.fromisoformat(e["date"]): tuple(e["sentences"])
                     for e in row["entries"]}
        gold.append(GoldTopicTimeline(row["topic"], row["source_folder"],
                                      row["timeline_file"], summaries))
    return gold


def load_articles(folder: Path) -> dict[str, list[Article]]:
    """Read ``articles.jsonl`` as tieline articles, grouped by topic."""
    by_topic: defaultdict[str, list[Article]] = defaultdict(list)
    for row in _read_jsonl(folder / "articles.jsonl"):
        text = row["text"]
        by_topic[row["topic"]].append(Article(
            id=row["id"], origin="t17", text=text,
            content_hash=hashlib.sha256(text.encode()).hexdigest(), outlet=row.get("outlet"),
            published=row["pub_date"], published_basis="manifest"))
    return dict(by_topic)


@dataclass
class TopicTimelineScore:
    """The scores of the timeline built for one gold timeline."""

    gold: GoldTopicTimeline
    articles: int  # in the gold span
    per_date: int  # k
    rouge_1: PRF
    rouge_2: PRF
    dates: PRF
    entries: list[TopicTimelineEntry] = field(default_factory=list)

    def to_dict(self, entries: bool = False) -> dict[str, Any]:
        start, end = self.gold.span()
        d: dict[str, Any] = {
            "topic": self.gold.topic, "source_folder": self.gold.source_folder,
            "timeline_file": self.gold.name, "start": start.isoformat(), "end": end.isoformat(),
            "articles": self.articles, "gold_dates": len(self.gold.summaries),
            "predicted_dates": len(self.entries), "sentences_per_date": self.per_date,
            "rouge_1": self.rouge_1.to_dict(), "rouge_2": self.rouge_2.to_dict(),
            "dates": self.dates.to_dict()}
        if entries:
            d["timeline"] = [e.to_dict() for e in self.entries]
        return d


@dataclass
class TopicTimelineScores:
    """Scores over all gold timelines, with news-tls's mean."""

    timelines: list[TopicTimelineScore]
    seconds: float = 0.0

    def mean(self, metric: str) -> PRF:
        """Return news-tls's mean of ``metric``: precision and recall averaged over timelines."""
        found = [getattr(t, metric) for t in self.timelines]
        n = len(found) or 1
        return PRF(sum(s.precision for s in found) / n, sum(s.recall for s in found) / n)

    def mean_f1(self, metric: str) -> float:
        """Return the plain mean of the per-timeline F1 of ``metric``."""
        found = [getattr(t, metric).f1 for t in self.timelines]
        return sum(found) / len(found) if found else 0.0

    def to_dict(self, entries: bool = False) -> dict[str, Any]:
        metrics = ("rouge_1", "rouge_2", "dates")
        return {
            "suite": "timeline17", "timelines": len(self.timelines),
            "topics": len({t.gold.topic for t in self.timelines}),
            "mean": {m: {**self.mean(m).to_dict(), "mean_of_f1": round(self.mean_f1(m), 4)}
                     for m in metrics},
            "seconds": round(self.seconds, 1),
            "per_timeline": [t.to_dict(entries) for t in self.timelines]}

    def summary(self) -> str:
        topics = len({t.gold.topic for t in self.timelines})
        lines = [f"timeline17: {len(self.timelines)} gold timelines over {topics} topics "
                 f"({self.seconds:.1f} s); alignment ROUGE (many-to-one) F1 and date F1",
                 f"  {'timeline':48} {'T':>4} {'k':>2} {'R1':>6} {'R2':>6} {'date':>6}"]
        for t in self.timelines:
            lines.append(f"  {t.gold.label[:48]:48} {len(t.gold.summaries):>4} {t.per_date:>2} "
                         f"{t.rouge_1.f1:6.3f} {t.rouge_2.f1:6.3f} {t.dates.f1:6.3f}")
        r1, r2, d = self.mean("rouge_1"), self.mean("rouge_2"), self.mean("dates")
        lines.append(f"  {'mean (news-tls: F1 of mean P and mean R)':56} "
                     f"{r1.f1:6.3f} {r2.f1:6.3f} {d.f1:6.3f}")
        lines.append(f"  {'mean of per-timeline F1':56} {self.mean_f1('rouge_1'):6.3f} "
                     f"{self.mean_f1('rouge_2'):6.3f} {self.mean_f1('dates'):6.3f}")
        return "\n".join(lines)


def score_topic_timeline(entries: Sequence[TopicTimelineEntry], gold: GoldTopicTimeline,
                         articles: int) -> TopicTimelineScore:
    """Score one predicted timeline against its gold timeline."""
    predicted = {dt.date.fromisoformat(e.date): e.sentences for e in entries}
    rouge = alignment_rouge(predicted, gold.summaries)
    return TopicTimelineScore(gold, articles, gold.sentences_per_date(), rouge[1], rouge[2],
                              date_scores(list(predicted), list(gold.summaries)), list(entries))


def evaluate_topic_timelines(folder: Path, settings: TopicTimelineSettings | None = None
                             ) -> TopicTimelineScores:
    """Build a timeline for every gold timeline in ``folder`` (Timeline17) and score it."""
    began = time.perf_counter()
    articles = load_articles(folder)
    collections: dict[str, TopicCollection] = {}
    results = []
    for gold in load_gold(folder):
        if gold.topic not in collections:
            collections[gold.topic] = TopicCollection.from_articles(
                articles.get(gold.topic, []), settings)
        start, end = gold.span()
        n_articles = sum(1 for a in articles.get(gold.topic, [])
                         if start.isoformat() <= (a.published or "")[:10] <= end.isoformat())
        entries = collections[gold.topic].timeline(
            len(gold.summaries), gold.sentences_per_date(), start, end)
        results.append(score_topic_timeline(entries, gold, n_articles))
    return TopicTimelineScores(results, time.perf_counter() - began)
