"""Copies and rewrites: which articles tell one story, and which one each copies.

A verbatim or syndicated copy shares most of its 5-word shingles with the original. A rewrite
(a content farm retelling a wire report, a later version of a live story) shares few of them
(the samples 001 and 002 share 3%) but many content-word bigrams, and its words weigh like the
original's. A shared quotation is evidence of the same *event*, not of copying: outlets that
quote one statement wrote their own reports around it. So every measure of wording here is taken
on what the writer wrote around the quotes (quotations are cut before profiling), and a rewrite
must also keep the original's structure: enough of its sentences, in the same order
(``aligned``). Two reports with their own leads and their own order are independent, whatever
words they share. Their dates must be compatible too: publication dates within REWRITE_DAYS, and
for an undated article the days its text states (``Profile.days``) near the other's. Two pages
that credit one news agency as their source (``credits``: "(AP) —", "Source: the AP", a "By
Reuters" byline) carry its text: their rewrite needs less wording (CREDITED_BIGRAMS) and not
the structure, since the credit, not the order, tells they are not each their own report.

A translation, or a rewrite that changes every phrase, shares hardly any wording but keeps the
original's ANCHORS: the names, numbers and dates it tells its facts with, in the same order
(Latin-script names and numbers survive translation: "Gulia", "Kobakhidze", "14 May"). Two
articles whose own words (outside quotes) share a long ordered chain of anchors, most of the
shorter one's, are one text's versions (``anchored``): reports of one briefing share its names
and quote, but each tells its facts in its own order, with anchors of its own.

Every decision is a pure function of the two articles (no corpus statistics such as IDF), so
the links that exist are the same whatever order the articles arrive in, and so are the stories:
a story is a connected set of linked articles, its original is its oldest member, and every
other member is a copy of the original (``original``). A story needs only enough links to be
connected, so a new article is not compared with a candidate already in its story (that
comparison could only add a link inside it): a story of k same-day rewrites costs about k
comparisons, not k². Candidates are found with keys kept in the store, so a new article finds
them without reading the corpus, and whether two articles are candidates depends on the two
alone:

- rewrite keys, one per MinHash position over content-word bigrams, looked up only among
  articles published within REWRITE_DAYS (or undated): a rewrite comes within days, and the
  window keeps the lookup from growing with the corpus's past;
- anchor keys, one per MinHash position over the anchors, for articles with enough anchors to
  form a chain, looked up like rewrite keys (a translation shares no wording to key on);
- translation keys, one per MinHash position over the fingerprint (``translations``: the
  numbers, dates and names a translation keeps in order), tagged with the article's language
  and looked up like rewrite keys in each other language of the corpus: two pages in two
  languages whose fingerprints chain are linked as a ``translation``;
- copy keys, LSH bands over the MinHash of 5-word shingles, looked up at any date (a wire
  report republished weeks later is still a copy); and a key for the same content.

A candidate is then first checked against its stored sketch (``may_link``: Bloom filters of its
bigrams and shingles), which rules out, without loading its profile, only pairs ``compare``
would not link.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Literal

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from . import credits as _credits
from . import translations as _translations

STORIES_STAGE = "4"
NUM_PERM = 64
#: Hash positions two articles must share to be compared: P(compared) ≈ 0.97 at a bigram
#: Jaccard of 0.11 (what a rewrite of similar length shows), 0.63 at 0.05.
MIN_SHARED_KEYS = 3
COPY_CONTAINMENT = 0.7      # 5-word shingles of the shorter article found in the other
COPY_MIN_SHINGLES = 40      # a shorter text (a page of outlet chrome) copies only verbatim
REWRITE_BIGRAMS = 0.2       # content-word bigrams of the shorter found in the other
REWRITE_MIN_BIGRAMS = 12
REWRITE_COSINE = 0.45       # log-scaled term frequencies of content words
REWRITE_DAYS = 3            # a rewrite follows within days; a copy may come any time
#: Two pages that credit one news agency as their source (``credits``) carry its text: a
#: rewrite of it needs CREDITED_BIGRAMS of the shorter's content bigrams (and the cosine), not
#: REWRITE_BIGRAMS and the original's structure (an AI rewrite crediting "the AP" reorders
#: the AP copy and keeps 16-17% of its bigrams; independent reports credit no common agency).
CREDITED_BIGRAMS = 0.15
#: A rewrite keeps the original's structure: sentences that match the other's in the same
#: order. The more of its non-quoted wording it shares (content bigrams of the shorter found
#: in the other), the fewer it needs: (wording at least, sentences in order at least, share of
#: the shorter's sentences at least; a text of two sentences that shares most of its wording
#: needs one). A sentence matches when it shares SENTENCE_SHARE of the shorter sentence's
#: content words other than names (and SENTENCE_MIN_WORDS): every report of an event names
#: the same people and places, a retelling also keeps what the sentence says of them, a new
#: report tells that its own way.
STRUCTURE = ((0.45, 1, 0.5), (0.4, 2, 0.0), (0.3, 3, 0.0), (REWRITE_BIGRAMS, 3, 0.5))
SENTENCE_SHARE, SENTENCE_MIN_WORDS = 0.4, 3
COPY_BANDS, COPY_BAND_ROWS = 21, 3  # LSH bands over the shingle MinHash, for copies at any date
#: Anchors (see ``anchors``) two versions of one text share in the same order: at least
#: ANCHOR_CHAIN of them, and ANCHOR_SHARE of the shorter one's. On the two real news sets the
#: Hindustan Times rewrites of one report chain 25 anchors, 0.74 and 0.76 of the shorter's; no
#: distinct pair chains more than 16, and no other pair with 20 or more reaches 0.69.
ANCHOR_CHAIN, ANCHOR_SHARE = 20, 0.7
#: ... and the chain must be dense in both texts: at least ANCHOR_DENSITY of the anchors each
#: has between the chain's first and last (the rewrites above: 0.62 and more; a short page
#: whose anchors are mostly its site's furniture, met again over a long transcript: 0.41).
ANCHOR_DENSITY = 0.5
#: Anchor keys two articles must share to be compared: P(compared) ≈ 0.97 at an anchor Jaccard
#: of 0.21 (a chain of ANCHOR_SHARE of a text three times shorter than the other).
MIN_SHARED_ANCHOR_KEYS = 8
MIN_SHARED_TRANSLATION_KEYS = _translations.MIN_SHARED_TRANSLATION_KEYS

LinkKind = Literal["copy", "rewrite", "translation"]

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: A quotation: in double quotes (straight, curly (closed by “ too, as some sites do, or
#: opened straight and closed curly), TeX), guillemets, German quotes, or single quotes,
#: curly or straight (the house style of much of the Indian and British press), that are not
#: an apostrophe (no letter just outside them; a straight one opens at a word's start and
#: closes at a word's end). A quotation never runs across a paragraph break: a mark left
#: unclosed must not swallow the writer's own paragraphs up to the next quote mark.
_IN = r"((?:(?!\n\s*\n).)+?)"
#: (Each alternative opens with its mark, the lookbehind after it, so that the search jumps
#: from mark to mark; a single straight quote runs to the next straight quote at once, not a
#: character at a time: the same matches.)
_DOUBLE = (rf"``\s*{_IN}\s*''|“\s*{_IN}\s*[”“]|\"\s*{_IN}\s*[\"”]|«\s*{_IN}\s*»"
           rf"|„\s*{_IN}\s*[“”]|‘(?<![^\W_]‘)\s*{_IN}\s*’(?![^\W_])")
_STRAIGHT_CLOSE = r"(?<=[^\s'])'(?![^\W_])"
_QUOTE = re.compile(rf"{_DOUBLE}|'(?<![^\W_]')(?=[^\W_])((?:[^'\n]++|\n(?!\s*\n)|')+?)"
                    rf"{_STRAIGHT_CLOSE}", re.S)
#: The same without single straight quotes, for a text with no straight quote that can close
#: one: there each opening mark would be followed to its paragraph's end in vain (text
#: tokenized as "we 're", with no blank lines, made that a tenth of an ingest's time).
_QUOTE_DOUBLE = re.compile(_DOUBLE, re.S)
_CLOSES_STRAIGHT = re.compile(_STRAIGHT_CLOSE)
_PARAGRAPHS = re.compile(r"(\n\s*\n)")
#: A quotation that runs over paragraphs: by the news convention each of its paragraphs opens
#: with the mark and only the last one closes it, so a line that opens with a mark it never
#: closes is quoted whole (a mark opened inside a line and left open quotes nothing).
_OPENS_UNCLOSED = re.compile(r"^[^\S\n]*(?:“[^”\n]*|\"[^\"”\n]*|«[^»\n]*|„[^“”\n]*)$", re.M)
#: An embedded post (a tweet as pages render it): its text, then "— Name (@handle) Date". A
#: post quoted by two reports is their shared quotation, not a sign that one copies the other.
_POST = re.compile(r"[^\n]*?[—–-]\s*[^\n()—–]{1,80}\(@\w{1,15}\)\s*"
                   r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})", re.S)

#: A sentence ends at its stop, at a line break, or at an HTML block tag left in the text
#: (pages crawled with their markup: "... fact.</p>.<p>India's reaction ...").
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n\s*|</?(?:p|div|br|li|h[1-6])\b[^>]*>")


_EMPTY = np.zeros(0, dtype=np.uint32)


@dataclass(frozen=True, eq=False)
class Profile:
    """What comparing an article needs, computed once from its stored text.

    Words, shingles and bigrams are kept as sorted arrays of 32-bit hashes (the same sets as
    the strings but for rare collisions, compared by binary search instead of as Python sets:
    a profile costs a tenth as much to build and to hold).
    """

    id: str
    published: str | None
    outlet: str | None
    content_hash: str
    shingles: np.ndarray          # 5-word shingles of all words
    bigrams: np.ndarray           # adjacent content-word pairs
    words: np.ndarray             # distinct content words ...
    weights: np.ndarray           # ... and their log-scaled frequencies (1 + ln n)
    norm: float
    quotes: tuple[np.ndarray, ...]  # the content words of each direct quote
    actors: frozenset[str]
    sentences: tuple[np.ndarray, ...] = ()  # each sentence's content words, outside quotes
    days: frozenset[int] = frozenset()  # the days its text states (ordinals)
    weekdays: frozenset[int] = frozenset()  # the weekdays its lede names (0: Monday)
    anchors: np.ndarray = field(default_factory=lambda: _EMPTY)  # distinct, in text order
    credits: frozenset[str] = frozenset()  # the news agencies it credits as its source
    fingerprint: np.ndarray = field(default_factory=lambda: _EMPTY)  # see translations
    lang: str | None = None  # its language, as the article's row says

    @cached_property
    def probes(self) -> tuple[tuple[np.ndarray, ...], ...]:
        """Where a sketch's Bloom filters keep this article's bigrams, shingles and anchors."""
        return (_probe(self.bigrams, _SKETCH_BIGRAM_BITS),
                _probe(self.shingles, _SKETCH_SHINGLE_BITS),
                _probe(self.anchors, _SKETCH_ANCHOR_BITS))

    @property
    def day(self) -> int | None:
        """The publication day as a number, None when undated or dated coarser than a day."""
        return _day(self.published)


@dataclass(frozen=True)
class Link:
    """A copy or rewrite between two articles, and the similarity that decided it."""

    a: str
    b: str
    kind: LinkKind
    score: float


_MAX_HASH = np.uint64((1 << 32) - 1)
_ANCHOR_KEY_SPACE = 1 << 38  # anchor keys never equal rewrite keys (position < 64) ...
_TRANSLATION_KEY_SPACE = 1 << 39  # ... nor translation keys (position < 16) ...
_COPY_KEY_SPACE = 1 << 40   # ... nor copy keys (looked up at any date from 2^40: 0012) ...
_CONTENT_KEY_SPACE = 1 << 50  # ... nor content keys (band < 21)
_SHINGLE_MUL = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM_MUL = np.uint64(0xC2B2AE3D27D4EB4F)


@lru_cache(maxsize=1 << 18)
def _word(word: str) -> int:
    """Return a stable 64-bit hash of a word's lower case, odd for a content word."""
    word = word.lower()
    digest = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
    return digest & ~1 | (word not in STOP_WORDS and len(word) > 1)


def _hashes(text: str) -> np.ndarray:
    """Return the hashes of the words of *text*, in text order."""
    return np.array([_word(w) for w in _WORD.findall(text)], dtype=np.uint64)


def _content(hashes: np.ndarray) -> np.ndarray:
    content: np.ndarray = hashes[(hashes & np.uint64(1)).astype(bool)]
    return content


def _fold(hashes: np.ndarray) -> np.ndarray:
    """Return 64-bit hashes folded to 32 bits (collisions among an article's few thousand
    shingles stay below one in a thousand articles)."""
    folded: np.ndarray = ((hashes ^ (hashes >> np.uint64(32))) & _MAX_HASH).astype(np.uint32)
    return folded


def _ngrams(hashes: np.ndarray, n: int, mul: np.uint64) -> np.ndarray:
    """Return the sorted distinct hashes of the *n*-word windows of *hashes*."""
    if len(hashes) < n:
        return _EMPTY
    windows = hashes[:len(hashes) - n + 1].copy()
    for k in range(1, n):
        windows = windows * mul + hashes[k:len(hashes) - n + 1 + k]
    return np.unique(_fold(windows))


def _without_posts(text: str) -> tuple[str, list[str]]:
    """Return *text* without the embedded posts that open its paragraphs, and those posts."""
    kept, posts = [], []
    for part in _PARAGRAPHS.split(text):
        post = _POST.match(part)
        if post:
            posts.append(post.group())
            part = part[post.end():]
        kept.append(part)
    return "".join(kept), posts


def own_words(text: str) -> str:
    """Return *text* with its quotations cut out: what the writer wrote around them."""
    return _split_quotes(text)[0]


def _quotations(text: str) -> list[str]:
    return _split_quotes(text)[1]


def _split_quotes(text: str) -> tuple[str, list[str]]:
    """Return *text* with its quotations cut out (each becomes a space), and the quotations:
    its embedded posts, the lines that open a quote they never close, then the closed ones.
    One search of the quote marks gives both."""
    rest, posts = _without_posts(text)
    unclosed = _OPENS_UNCLOSED.findall(rest)
    rest = _OPENS_UNCLOSED.sub(" ", rest)
    pattern = _QUOTE if _CLOSES_STRAIGHT.search(rest) else _QUOTE_DOUBLE
    kept, quotes, at = [], [*posts, *unclosed], 0
    for m in pattern.finditer(rest):
        kept.append(rest[at:m.start()])
        quotes.append(next(g for g in m.groups() if g is not None))
        at = m.end()
    kept.append(rest[at:])
    return " ".join(kept), quotes


def _told(sentence: str) -> np.ndarray:
    """Return the hashes of the content words a sentence tells its facts in: its names left
    out (a word capitalised after the first), since every report of an event names the same
    people and places, however it tells what they did. (A German sentence, its nouns
    capitalised, matches on its other words; a script without case keeps every word.)"""
    words = _WORD.findall(sentence)
    told = [w for k, w in enumerate(words) if not k or not w[0].isupper()]
    return np.unique(_fold(_content(np.array([_word(w) for w in told], dtype=np.uint64))))


def _sentences(text: str) -> tuple[np.ndarray, ...]:
    """Return the content words (names aside) of each sentence of *text* with
    SENTENCE_MIN_WORDS of them."""
    found = (_told(s) for s in _SENTENCE_END.split(text))
    return tuple(s for s in found if len(s) >= SENTENCE_MIN_WORDS)


#: An anchor is a number (of two digits or more) or a capitalised word inside a sentence (a
#: sentence's first word is capitalised in every language, a name only where it is one).
#: (Only tokens that may be one are matched: a number, or a word opening with a capital of the
#: Latin or Cyrillic alphabets (the ranges hold some small letters too: ``anchors`` checks).)
_ANCHOR_TOKEN = re.compile(r"(?<![^\W_])(?:\d+(?:[.,]\d+)*"
                           r"|[A-ZÀ-ÖØ-ÞĀ-ʯА-ЯЁЄІЇҐ][^\W\d_]*(?:[-'’][^\W\d_]+)*)")
_ANCHOR_AFTER = frozenset(".!?:;…\n«»“”\"„([")  # (marks after which a word opens a sentence)
ANCHOR_STEM = 5  # letters of a name kept: 'Gruzji' and 'Gruzja', 'Kremlin' and 'Kremlinul' agree
#: Cyrillic letters spelled in Latin ones (the spelling English news uses), so that a Russian or
#: Ukrainian version's names meet the English ones: Лавров → lavrov, Песков → peskov.
_CYRILLIC = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфыэіїєґ", "abvgdeziiklmnoprstufyeiieg", strict=True)),
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
    "ё": "e", "ь": "", "ъ": ""})


@lru_cache(maxsize=1 << 16)
def _anchor_key(word: str) -> int | None:
    """Return the hash of a capitalised word's anchor (its first ANCHOR_STEM letters in Latin
    script, without accents), None when it is not a name (a stop word, a short word, a script
    other than Latin or Cyrillic)."""
    folded = unicodedata.normalize("NFKD", word.lower().translate(_CYRILLIC))
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    if not letters.isascii() or not letters.replace("-", "").replace("'", "").isalpha():
        return None
    if letters in STOP_WORDS or (len(letters) < 3 and not word.isupper()):
        return None
    return _word(letters[:ANCHOR_STEM]) & 0xFFFFFFFF


def anchors(own: str) -> np.ndarray:
    """Return the 32-bit hashes of the distinct anchors of *own* (an article's words outside
    quotes), in the order they first appear: the names and numbers a version of the text in
    any wording or language keeps in the same order."""
    found: dict[int, None] = {}
    for m in _ANCHOR_TOKEN.finditer(own):
        token = m.group()
        if token[0].isdigit():
            digits = token.replace(",", "").replace(".", "")
            key: int | None = _word("#" + digits) & 0xFFFFFFFF if len(digits) > 1 else None
        elif token[0].isupper():
            before = own[max(0, m.start() - 4):m.start()].rstrip(" \t")
            key = _anchor_key(token) if before and before[-1] not in _ANCHOR_AFTER else None
        else:
            key = None
        if key is not None:
            found.setdefault(key, None)
    return np.fromiter(found, dtype=np.uint32, count=len(found))


def profile(article_id: str, text: str, published: str | None, outlet: str | None,
            content_hash: str, actors: Iterable[str] = (), days: Iterable[int] = (),
            author: str | None = None, lang: str | None = None) -> Profile:
    """Return the comparison profile of one article: its wording outside quotations, and the
    quotations apart; *author* is the byline cleaning took out of the text ("By Reuters")."""
    own, quoted = _split_quotes(text)
    every = _hashes(own)
    content = _content(every)
    words, counts = np.unique(_fold(content), return_counts=True)
    weights = 1.0 + np.log(counts)
    quotes = (np.unique(_fold(_content(_hashes(q)))) for q in quoted)
    return Profile(
        id=article_id, published=published, outlet=outlet, content_hash=content_hash,
        shingles=_ngrams(every, 5, _SHINGLE_MUL), bigrams=_ngrams(content, 2, _BIGRAM_MUL),
        words=words, weights=weights, norm=float(np.sqrt(np.dot(weights, weights))),
        quotes=tuple(q for q in quotes if len(q) >= 5), actors=frozenset(actors),
        sentences=_sentences(own), days=frozenset(days), weekdays=lede_weekdays(own),
        anchors=anchors(own), credits=_credits.credits(text, author, outlet),
        fingerprint=_translations.fingerprint(own, lang), lang=lang)


#: Weekday names as news ledes write them ("on Thursday", "Tues."): the day a report tells.
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|"
                      r"r|t|n|e)?\b\.?", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: Words a lede has at least (a page stamp or a dateline line before it is none).
LEDE_WORDS = 8


def lede_weekdays(own: str) -> frozenset[int]:
    """Return the weekdays (0: Monday) the lede of an article names outside its quotes: its
    first sentence of LEDE_WORDS words or more ("India on Thursday strongly rejected ..."). A
    rewrite retells its original's day (or turns it to "yesterday" or a date): two reports
    whose ledes name only other weekdays tell of other days, however alike their wording (a
    wire's stock phrasing of a second, like happening)."""
    for sentence in _SENTENCE_END.split(own):
        if len(sentence.split()) >= LEDE_WORDS:
            return frozenset(_WEEKDAYS.index(m.group(1).lower())
                             for m in _WEEKDAY.finditer(sentence)
                             if m.group(0)[0].isupper() and _full_weekday(m.group(0)))
    return frozenset()


def _full_weekday(word: str) -> bool:
    """Say whether *word* is a weekday's name or its abbreviation ("Thursday", "Thu.",
    "Thurs"), not a word that begins like one ("Sunni", "Wedding", "Monsoon")."""
    w = word.lower().rstrip(".")
    return w in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"} and \
        (len(w) > 3 or word.endswith("."))


_FORMAT = 8  # the layout of a stored profile (see dump); 2: wording outside quotes, sentences;
# 3: quotes end at a paragraph, sentences at HTML block tags; 4: single straight quotes,
# quotations over paragraphs and embedded posts cut, sentences without their names; 5: the
# weekdays the lede names; 6: anchors; 7: credited agencies; 8: the fingerprint (older
# profiles are recomputed)


def dump(p: Profile) -> bytes:
    """Return the profile's hashed sets as bytes, to store beside the article: loading them
    costs a hundredth of profiling the text again."""
    head = [_FORMAT, len(p.shingles), len(p.bigrams), len(p.words), len(p.anchors),
            len(p.quotes), len(p.sentences), sum(1 << d for d in p.weekdays),
            _credits.mask(p.credits), len(p.fingerprint), *(len(q) for q in p.quotes),
            *(len(s) for s in p.sentences)]
    counts = np.rint(np.exp(p.weights - 1.0)).astype(np.uint16)
    return b"".join([np.asarray(head, dtype=np.uint32).tobytes(), p.shingles.tobytes(),
                     p.bigrams.tobytes(), p.words.tobytes(), p.anchors.tobytes(),
                     p.fingerprint.tobytes(), *(q.tobytes() for q in p.quotes),
                     *(s.tobytes() for s in p.sentences),
                     counts.tobytes()])


def load(data: bytes, article_id: str, published: str | None, outlet: str | None,
         content_hash: str, actors: Iterable[str] = (), days: Iterable[int] = (),
         lang: str | None = None) -> Profile | None:
    """Return the profile *data* holds (from ``dump``), None if it is in another format."""
    values = np.frombuffer(data, dtype=np.uint32, count=len(data) // 4)
    if not len(values) or values[0] != _FORMAT:
        return None
    (n_shingles, n_bigrams, n_words, n_anchors, n_quotes, n_sentences, weekdays, credited,
     n_fingerprint) = (int(v) for v in values[1:10])
    at = 10 + n_quotes + n_sentences
    sizes = [n_shingles, n_bigrams, n_words, n_anchors, n_fingerprint,
             *(int(v) for v in values[10:at])]
    parts = []
    for size in sizes:
        parts.append(values[at:at + size])
        at += size
    counts = np.frombuffer(data, dtype=np.uint16, offset=4 * at, count=n_words)
    weights = 1.0 + np.log(counts.astype(np.float64))
    return Profile(id=article_id, published=published, outlet=outlet,
                   content_hash=content_hash, shingles=parts[0], bigrams=parts[1],
                   words=parts[2], weights=weights,
                   norm=float(np.sqrt(np.dot(weights, weights))),
                   quotes=tuple(parts[5:5 + n_quotes]), actors=frozenset(actors),
                   sentences=tuple(parts[5 + n_quotes:]), days=frozenset(days),
                   weekdays=frozenset(d for d in range(7) if weekdays >> d & 1),
                   anchors=parts[3], credits=_credits.names(credited),
                   fingerprint=parts[4], lang=lang)


def _found(small: np.ndarray, large: np.ndarray) -> np.ndarray:
    """Return, for each value of sorted *small*, its position in sorted *large* or -1."""
    if not len(large):
        return np.full(len(small), -1)
    at = np.searchsorted(large, small)
    at[at == len(large)] = 0
    return np.where(large[at] == small, at, -1)


def _shared(x: np.ndarray, y: np.ndarray) -> int:
    """Return how many values two sorted sets share."""
    small, large = (x, y) if len(x) <= len(y) else (y, x)
    if len(small) * 8 < len(large):
        return int(np.count_nonzero(_found(small, large) >= 0))
    both = np.concatenate((small, large))
    both.sort(kind="stable")  # two sorted runs: a merge
    return int(np.count_nonzero(both[1:] == both[:-1]))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Return the NUM_PERM hash functions' multipliers (odd) and increments, drawn once."""
    rng = np.random.default_rng(7)
    a = rng.integers(0, 1 << 64, size=(NUM_PERM, 1), dtype=np.uint64, endpoint=False) | 1
    b = rng.integers(0, 1 << 64, size=(NUM_PERM, 1), dtype=np.uint64, endpoint=False)
    return a, b


def _minhash(hashes: np.ndarray) -> np.ndarray:
    """Return the NUM_PERM minimum hash values of a non-empty set of 32-bit hashes.

    Each hash function is multiply-add-shift, the high 32 bits of a·x + b mod 2⁶⁴
    (Dietzfelbinger): universal like (a·x + b) mod p, without the division that made the
    modulo a tenth of an article's time.
    """
    a, b = _permutations()
    lowest: np.ndarray = ((a * hashes.astype(np.uint64) + b) >> np.uint64(32)).min(axis=1)
    return lowest


def keys(p: Profile) -> list[int]:
    """Return the article's rewrite keys: position × minimum hash of its content bigrams.

    Two articles at most REWRITE_DAYS apart (or either undated) are compared when they share
    MIN_SHARED_KEYS of them.
    """
    if not len(p.bigrams):
        return []
    return [i << 32 | int(v) for i, v in enumerate(_minhash(p.bigrams))]


def anchor_keys(p: Profile) -> list[int]:
    """Return the article's anchor keys: position × minimum hash of its anchors, when it has
    enough of them to chain (ANCHOR_CHAIN).

    Looked up like rewrite keys (near the article's day); two articles are compared when they
    share MIN_SHARED_ANCHOR_KEYS of them.
    """
    if len(p.anchors) < ANCHOR_CHAIN:
        return []
    return [_ANCHOR_KEY_SPACE | i << 32 | int(v) for i, v in enumerate(_minhash(p.anchors))]


def translation_keys(p: Profile, lang: str | None = None) -> list[int]:
    """Return the article's translation keys: position × minimum hash of its fingerprint
    (``translations``), for the first TRANSLATION_KEYS positions, tagged with its language, or
    with *lang* (the keys to look up its versions in that language), when it is long enough
    to chain (TRANSLATION_CHAIN) and its language is known.

    Looked up like rewrite keys (near the article's day); two articles are compared when they
    share MIN_SHARED_TRANSLATION_KEYS of them.
    """
    lang = lang or p.lang
    if len(p.fingerprint) < _translations.TRANSLATION_CHAIN or not p.lang or not lang:
        return []
    tag = _translations.language_tag(lang)
    lowest = _minhash(p.fingerprint)[:_translations.TRANSLATION_KEYS]
    return [_TRANSLATION_KEY_SPACE | i << 32 | (int(v) ^ tag) for i, v in enumerate(lowest)]


def copy_keys(p: Profile) -> list[int]:
    """Return the article's copy keys: LSH bands of the MinHash of its 5-word shingles.

    Two articles sharing one band are compared whatever their dates: P(shared band) is 0.94 at
    a shingle Jaccard of 0.5, 0.43 at 0.3, 0.16 at 0.2 (21 bands of 3 rows).
    """
    if not len(p.shingles):
        return []
    rows = _minhash(p.shingles)[:COPY_BANDS * COPY_BAND_ROWS].reshape(COPY_BANDS,
                                                                         COPY_BAND_ROWS)
    band = rows[:, 0]
    for k in range(1, COPY_BAND_ROWS):
        band = band * _SHINGLE_MUL + rows[:, k]
    return [_COPY_KEY_SPACE | j << 32 | int(v) for j, v in enumerate(band & _MAX_HASH)]


def content_key(p: Profile) -> int:
    """Return the article's content key: a 48-bit hash of its content hash (the same text is
    compared at any date, however short)."""
    digest = hashlib.blake2b(p.content_hash.encode(), digest_size=6).digest()
    return _CONTENT_KEY_SPACE | int.from_bytes(digest, "little")


def compare(a: Profile, b: Profile) -> Link | None:
    """Return the copy, rewrite or translation link between two articles, or None if they are
    apart.

    ``may_link`` mirrors these thresholds on sketches: a new way to link here must be allowed
    there too (``test_a_sketch_rules_out_only_pairs_compare_does_not_link``).
    """
    first, second = sorted((a.id, b.id))
    if a.content_hash == b.content_hash:
        return Link(first, second, "copy", 1.0)
    copied = _containment(a.shingles, b.shingles)
    if copied >= COPY_CONTAINMENT and min(len(a.shingles), len(b.shingles)) >= COPY_MIN_SHINGLES:
        return Link(first, second, "copy", round(copied, 4))
    if _days_apart(a.published, b.published) > REWRITE_DAYS:
        return None
    if not days_compatible(a, b) or a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        return None  # the texts tell of other days (a version retells its original's day)
    chained = anchored(a, b)
    if chained:
        return Link(first, second, "rewrite", round(chained, 4))
    return _rewrite(a, b) or _translation(a, b)


def _rewrite(a: Profile, b: Profile) -> Link | None:
    """Return the rewrite link the two articles' wording makes, if any."""
    first, second = sorted((a.id, b.id))
    shared = _shared(a.bigrams, b.bigrams)
    if shared < REWRITE_MIN_BIGRAMS:
        return None
    bigrams = shared / min(len(a.bigrams), len(b.bigrams))
    credited = bool(a.credits & b.credits) and bigrams >= CREDITED_BIGRAMS
    cosine = _cosine(a, b)
    if (bigrams < REWRITE_BIGRAMS and not credited) or cosine < REWRITE_COSINE:
        return None
    if len(a.actors) >= 3 and len(b.actors) >= 3 and (
            len(a.actors & b.actors) / len(a.actors | b.actors) < 0.2):
        return None  # about other people
    if not credited and not same_structure(a, b, bigrams):
        return None  # its own lead and order: its own report (one agency's text: its own)
    return Link(first, second, "rewrite", round((bigrams + cosine) / 2, 4))


def _translation(a: Profile, b: Profile) -> Link | None:
    """Return the translation link between two articles in two languages that share too few
    words for a rewrite, when their fingerprints chain (``translations.translated``)."""
    if not _translations.languages_differ(a.lang, b.lang):
        return None
    if b.id < a.id:
        a, b = b, a  # (one chain of the several longest: the same whichever way asked)
    chain = _chain(a.fingerprint, b.fingerprint)
    score = _translations.translated(chain, len(a.fingerprint), len(b.fingerprint))
    return Link(a.id, b.id, "translation", round(score, 4)) if score else None


def anchored(a: Profile, b: Profile) -> float:
    """Return the share of the shorter article's anchors the two chain in the same order, when
    the chain holds ANCHOR_CHAIN anchors, ANCHOR_SHARE of the shorter's, and ANCHOR_DENSITY of
    the anchors each text has over the stretch the chain spans (a short page's furniture found
    scattered over a long one is no version of it); else 0."""
    if b.id < a.id:
        a, b = b, a  # (one chain of the several longest: the same whichever way asked)
    shorter = min(len(a.anchors), len(b.anchors))
    if shorter < ANCHOR_CHAIN:
        return 0.0
    chain = _chain(a.anchors, b.anchors)
    if len(chain) < max(ANCHOR_CHAIN, ANCHOR_SHARE * shorter):
        return 0.0
    for end in (0, 1):
        if len(chain) < ANCHOR_DENSITY * (chain[-1][end] - chain[0][end] + 1):
            return 0.0
    return len(chain) / shorter


def _chain(a: np.ndarray, b: np.ndarray) -> list[tuple[int, int]]:
    """Return the positions (in *a*, in *b*) of a longest chain of values the two sequences of
    distinct values share in the same order."""
    at = {v: j for j, v in enumerate(b.tolist())}
    ends: list[int] = []    # ends[k]: the lowest position in b ending a chain of k + 1 ...
    last: list[int] = []    # ... and its position in a
    before: dict[int, int] = {}  # position in a → the one before it in its chain (-1: none)
    for i, v in enumerate(a.tolist()):
        j = at.get(v)
        if j is None:
            continue
        k = bisect_left(ends, j)
        before[i] = last[k - 1] if k else -1
        ends[k:k + 1], last[k:k + 1] = [j], [i]
    chain, i = [], last[-1] if last else -1
    while i >= 0:
        chain.append((i, at[int(a[i])]))
        i = before[i]
    return chain[::-1]


def matching(a: Sequence[np.ndarray], b: Sequence[np.ndarray]) -> list[tuple[int, int]]:
    """Return the pairs (i, j), by i then descending j, where sentence i of *a* and j of *b*
    match: they share SENTENCE_SHARE of the shorter one's content words."""
    where: dict[int, list[int]] = {}
    for j, sentence in enumerate(b):
        for word in sentence.tolist():
            where.setdefault(word, []).append(j)
    found = []
    for i, sentence in enumerate(a):
        shared = Counter(j for word in sentence.tolist() for j in where.get(word, ()))
        found += [(i, j) for j in sorted(shared, reverse=True) if shared[j] >= max(
            SENTENCE_MIN_WORDS, SENTENCE_SHARE * min(len(sentence), len(b[j])))]
    return found


def aligned(pairs: Sequence[tuple[int, int]]) -> int:
    """Return how many sentences match in the same order: the longest chain of *pairs*
    (from ``matching``) increasing in both."""
    chain: list[int] = []  # chain[k]: the lowest end in b of a chain of k + 1 matches
    for _, j in pairs:  # (j descending within one i: one sentence of a extends a chain once)
        k = bisect_left(chain, j)
        chain[k:k + 1] = [j]
    return len(chain)


def same_structure(a: Profile, b: Profile, wording: float) -> bool:
    """Say whether one article keeps the other's structure, given the share of non-quoted
    wording they have in common (see STRUCTURE)."""
    matched = aligned(matching(a.sentences, b.sentences))
    shorter = min(len(a.sentences), len(b.sentences))
    return any(wording >= least and matched >= count and matched >= share * shorter
               for least, count, share in STRUCTURE)


def days_compatible(a: Profile, b: Profile) -> bool:
    """Say whether two articles may tell of the same days: publication days at most
    REWRITE_DAYS apart; when either is undated, some day one states (or its publication day)
    within REWRITE_DAYS of one the other states. Unknown days are compatible with any."""
    if a.day is not None and b.day is not None:
        return abs(a.day - b.day) <= REWRITE_DAYS
    x = a.days | ({a.day} if a.day is not None else set())
    y = b.days | ({b.day} if b.day is not None else set())
    if not x or not y:
        return True
    ys = sorted(y)
    for day in x:
        k = bisect_left(ys, day - REWRITE_DAYS)
        if k < len(ys) and ys[k] <= day + REWRITE_DAYS:
            return True
    return False


#: A sketch's Bloom filters: bits and the two bit positions per 32-bit hash (its low bits, and
#: the bits above them). At T17's sizes (~400 bigrams, ~1,000 shingles) 1% of another
#: article's bigrams and 5% of its shingles look present when they are not: far from the 20%
#: and 70% that decide.
_SKETCH_BIGRAM_BITS, _SKETCH_SHINGLE_BITS = 1 << 13, 1 << 13
#: Anchors are a few dozen: 1,024 bits let few other anchors look present.
_SKETCH_ANCHOR_BITS = 1 << 10
_SKETCH_HEAD = 16  # the counts of bigrams, shingles and anchors, and the credit mask
_SKETCH_BYTES = _SKETCH_HEAD + (
    _SKETCH_BIGRAM_BITS + _SKETCH_SHINGLE_BITS + _SKETCH_ANCHOR_BITS) // 8


def _bloom_positions(values: np.ndarray, bits: int) -> tuple[np.ndarray, np.ndarray]:
    shift = np.uint32(bits.bit_length() - 1)
    mask = np.uint32(bits - 1)
    return values & mask, (values >> shift) & mask


def _bloom(values: np.ndarray, bits: int) -> np.ndarray:
    field = np.zeros(bits, dtype=bool)
    for at in _bloom_positions(values, bits):
        field[at] = True
    packed: np.ndarray = np.packbits(field)
    return packed


def sketch(p: Profile) -> bytes:
    """Return the article's sketch (_SKETCH_BYTES): its bigram, shingle and anchor counts, the
    agencies it credits (a mask) and Bloom filters of the three. ``may_link`` reads sketches to
    rule links out without loading profiles.
    """
    head = np.asarray([len(p.bigrams), len(p.shingles), len(p.anchors),
                       _credits.mask(p.credits)], dtype=np.uint32).tobytes()
    return b"".join([head, _bloom(p.bigrams, _SKETCH_BIGRAM_BITS).tobytes(),
                     _bloom(p.shingles, _SKETCH_SHINGLE_BITS).tobytes(),
                     _bloom(p.anchors, _SKETCH_ANCHOR_BITS).tobytes()])


def _probe(values: np.ndarray, bits: int) -> tuple[np.ndarray, ...]:
    """Return where a Bloom filter packed by ``_bloom`` keeps *values*' two bits: the byte of
    each and its mask."""
    return tuple(part for at in _bloom_positions(values, bits)
                 for part in ((at >> np.uint32(3)).astype(np.intp),
                              (np.uint8(0x80) >> (at & np.uint32(7)).astype(np.uint8))))


def _held(probe: tuple[np.ndarray, ...], fields: np.ndarray) -> np.ndarray:
    """Return, for each packed Bloom filter (a row of *fields*), how many of the probed values
    it holds: at least how many it truly holds."""
    one, one_mask, two, two_mask = probe
    held = ((fields[:, one] & one_mask) != 0) & ((fields[:, two] & two_mask) != 0)
    counts: np.ndarray = np.count_nonzero(held, axis=1)
    return counts


def may_link(p: Profile, others: Sequence[tuple[bytes, str | None, str]],
             langs: Sequence[str | None] = ()) -> list[bool]:
    """Say, for each other article (its sketch, publication date and content hash; its
    language in *langs*, when given), whether ``compare`` could link it with *p*.

    Exact in one direction: False only where ``compare`` would return None, since a Bloom
    filter holds every value it was built from (it may hold others: the counts are upper
    bounds). A sketch of another size than this version's says True, and so does one of an
    article in another language within REWRITE_DAYS (a sketch holds no fingerprint: a
    translation is decided in full).
    """
    usable = [i for i, (data, _, _) in enumerate(others) if len(data) == _SKETCH_BYTES]
    possible = [True] * len(others)
    if not usable:
        return possible
    table = np.frombuffer(b"".join(others[i][0] for i in usable),
                          dtype=np.uint8).reshape(len(usable), _SKETCH_BYTES)
    sizes = table[:, :_SKETCH_HEAD].copy().view(np.uint32).astype(np.int64)
    split = _SKETCH_HEAD + _SKETCH_BIGRAM_BITS // 8
    split_anchors = split + _SKETCH_SHINGLE_BITS // 8
    shortest = np.minimum(len(p.shingles), sizes[:, 1])
    copied = _held(p.probes[1], table[:, split:split_anchors]) / np.maximum(shortest, 1)
    copy = (shortest >= COPY_MIN_SHINGLES) & (copied >= COPY_CONTAINMENT)
    shared = _held(p.probes[0], table[:, _SKETCH_HEAD:split])
    credited = (sizes[:, 3] & _credits.mask(p.credits)) != 0
    least = np.where(credited, min(CREDITED_BIGRAMS, REWRITE_BIGRAMS), REWRITE_BIGRAMS)
    rewrite = (shared >= REWRITE_MIN_BIGRAMS) & (
        shared / np.maximum(np.minimum(len(p.bigrams), sizes[:, 0]), 1) >= least)
    chained = _held(p.probes[2], table[:, split_anchors:])  # (at least the chain's length)
    rewrite |= (chained >= ANCHOR_CHAIN) & (
        chained >= ANCHOR_SHARE * np.minimum(len(p.anchors), sizes[:, 2]))
    for row, i in enumerate(usable):
        _, published, content_hash = others[i]
        other_lang = langs[i] if i < len(langs) else None
        possible[i] = bool(content_hash == p.content_hash or copy[row] or (
            (rewrite[row] or _translations.languages_differ(p.lang, other_lang))
            and _days_apart(p.published, published) <= REWRITE_DAYS))
    return possible


def _containment(x: np.ndarray, y: np.ndarray) -> float:
    if not len(x) or not len(y):
        return 0.0
    return _shared(x, y) / min(len(x), len(y))


def _cosine(a: Profile, b: Profile) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a.words) <= len(b.words) else (b, a)
    at = _found(small.words, large.words)
    hit = at >= 0
    return float(np.dot(small.weights[hit], large.weights[at[hit]])) / (a.norm * b.norm)


def _days_apart(x: str | None, y: str | None) -> int:
    """Return the days between two YYYY-MM-DD dates, 0 when either is unknown or coarser."""
    dx, dy = _day(x), _day(y)
    return 0 if dx is None or dy is None else abs(dx - dy)


def _day(published: str | None) -> int | None:
    if not published or len(published) != 10:
        return None
    try:
        return date.fromisoformat(published).toordinal()
    except ValueError:
        return None


def order_key(article_id: str, published: str | None) -> tuple[bool, str, str]:
    """Sort articles oldest first (undated last), then by id: the first of a story is its
    original."""
    return (published is None, published or "", article_id)


def original(members: Mapping[str, str | None]) -> str:
    """Return the original of a story: its oldest article (undated last), then lowest id.

    *members* maps article id → publication date. Every other article of the story has the
    original as ``copy_of``: a story is one report and its copies and rewrites, whichever
    member each was found through, so ``copy_of`` does not depend on which pairs were
    compared (a new article joins a story through one confirmed link, not by being compared
    with every member).
    """
    return min(members, key=lambda i: order_key(i, members[i]))
