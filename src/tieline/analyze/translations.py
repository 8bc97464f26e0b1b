"""Translations: one report told in two languages is one source.

A translation shares no words with its original, but it keeps what is written the same way in
every language, in the same order: the numbers (counts, sums, years, the paragraphs of a
numbered list), the dates (a day and its month, whatever the month is called: "14 maja", "El
14 de mayo", "May 14"; "2023-05-10" and "10.05.2023") and the names, spelled in Latin letters
once transliterated and reduced to their first consonants ("Peskov", "Песков"; "Zakharova",
"Zajárova"; "Yanukovych", "Ianukovici"; "Moscow", "Moscou", "Москва"), from the first
FINGERPRINT_CHARS characters of the page's own words (outside quotes). That sequence is the
page's ``fingerprint``. Two pages in different languages are one text's versions when their
fingerprints share a long chain in the same order (TRANSLATION_CHAIN), and that chain is most
of the shorter's fingerprint *and* dense in both texts over the stretch it spans
(``translated``): an independent report of the same event in another language names the same
people and numbers too, but in its own order and among names and numbers of its own, so its
chain is short, or a small part of the shorter page, or scattered over the other.

Only pages whose languages differ are compared this way; within one language the wording
rules of ``stories`` decide (there a fingerprint would be a weaker copy of what the words
show). Measured on the two real news sets (``bench/translations.py``): see TRANSLATION_SCORE.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

#: A chain of at least TRANSLATION_CHAIN fingerprint entries in the same order, scoring at
#: least TRANSLATION_SCORE: the share of the shorter fingerprint in the chain times the lower
#: of the chain's densities in the two texts. On the two news sets (every pair of pages in two
#: languages) the translations chaining 8 or more score 0.39-0.58 (and 1.0 for one already
#: grouped by its wording), while no other pair chaining 7 or more scores above 0.19, no other
#: pair at all above 0.28 (chains of 6), and the distinct pairs (independent reports of one
#: event) 0.23 at most.
TRANSLATION_CHAIN = 8
TRANSLATION_SCORE = 0.35
#: Keys two articles in different languages must share to be compared (16 MinHash positions
#: over the fingerprint, each tagged with the article's language, so that an article looks up
#: only the other languages' keys): P(compared) ≈ 0.95 at a Jaccard of 0.27, what the
#: translations above show at the least.
TRANSLATION_KEYS = 16
MIN_SHARED_TRANSLATION_KEYS = 2

_MONTHS: dict[str, int] = {}
for _month_number, _month_names in enumerate((
        "january jan janvier enero gennaio janeiro ianuarie stycznia styczeń januar januari "
        "január ledna leden январь января январе січня січень ocak tammikuuta",
        "february feb février fevrier febrero febbraio fevereiro februarie lutego luty februar "
        "februari február února únor февраль февраля феврале лютого лютий şubat helmikuuta",
        "march mar mars marzo março martie marca marzec märz maart március března březen "
        "март марта марте березня березень mart maaliskuuta",
        "april apr avril abril aprile aprilie kwietnia kwiecień április dubna duben апрель "
        "апреля апреле квітня квітень nisan huhtikuuta",
        "may mai mayo maggio maio maja maj mei május května květen май мая мае травня травень "
        "mayıs toukokuuta",
        "june jun juin junio giugno junho iunie czerwca czerwiec juni június června červen "
        "июнь июня июне червня червень haziran kesäkuuta",
        "july jul juillet julio luglio julho iulie lipca lipiec juli július července červenec "
        "июль июля июле липня липень temmuz heinäkuuta",
        "august aug août aout agosto sierpnia sierpień augustus augusztus srpna srpen август "
        "августа августе серпня серпень ağustos elokuuta",
        "september sep sept septembre septiembre settembre setembro septembrie września "
        "wrzesień szeptember září сентябрь сентября сентябре вересня вересень eylül "
        "syyskuuta",
        "october oct octobre octubre ottobre outubro octombrie października październik oktober "
        "október října říjen октябрь октября октябре жовтня жовтень ekim lokakuuta",
        "november nov novembre noviembre novembro noiembrie listopada listopad listopadu "
        "ноябрь ноября ноябре листопада листопад kasım marraskuuta",
        "december dec décembre decembre diciembre dicembre dezembro decembrie grudnia grudzień "
        "dezember prosince prosinec декабрь декабря декабре грудня грудень aralık joulukuuta"),
        start=1):
    _MONTHS.update(dict.fromkeys(_month_names.split(), _month_number))
#: Month names that are also words ("may", "mar", "jan"): a month only when capitalised.
_WORDLIKE = frozenset({"may", "mar", "jan", "dec", "sep", "nov", "oct", "aug", "feb", "apr",
                       "jun", "jul", "mai", "maj", "mart", "mars", "sept"})

_CYRILLIC = str.maketrans({
    **dict(zip("абвгдезийклмнопрстуфыэіїєґ", "abvgdeziiklmnoprstufyeiieg", strict=True)),
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
    "ё": "e", "ь": "", "ъ": ""})
#: Spellings of one sound in the Latin alphabets, reduced to one letter ("Zakharova" and
#: "Zajárova", "Yanukovych" and "Ianukovici", "Moscow" and "Moskva"); vowels, h, w and y left
#: out (the letters transliterations disagree on most).
_DIGRAPHS = (("sch", "s"), ("ph", "f"), ("sh", "s"), ("ch", "k"), ("kh", "k"), ("cz", "k"),
             ("sz", "s"))
_CONSONANT = str.maketrans({"c": "k", "q": "k", "x": "k", "j": "k", "z": "s", "w": "v"})
NAME_CONSONANTS = 3

#: One pass finds what may be an entry: a numeric date, a number, a word opening with a
#: capital of the Latin or Cyrillic alphabets (the ranges hold some small letters: checked);
#: the other words are never looked at.
_CANDIDATE = re.compile(
    r"(?P<iso>(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d))"
    r"|(?P<num>\d+(?:[,.  ]\d{3}(?!\d))*(?:[.,]\d+)?)"
    r"|(?<![^\W_])(?P<word>[A-ZÀ-ÖØ-ÞĀ-ʯА-ЯЁЄІЇҐ][^\W\d_]*(?:[-'’][^\W\d_]+)*)")
#: Month names written in small letters, as most languages write them (English and German
#: capitalise theirs: their pages are not searched for these).
_SMALL_MONTH = re.compile(r"(?<![^\W_])(?P<month>" + "|".join(
    sorted((m for m in _MONTHS if m == m.lower() and m not in _WORDLIKE), key=len, reverse=True))
    + r")(?![^\W_])")
CAPITAL_MONTHS = frozenset({"en", "de"})
#: Between a day and its month: an ordinal's ending, then 'de', 'of' ("10 de setembro", "the
#: 14th of May"); between a month and its day, spaces ("May 14", "Sept. 14").
_DAY_MONTH = re.compile(r"(?:st|nd|rd|th|\.)?\s+(?:(?:de|of|di|del|van)\s+)?")
_MONTH_DAY = re.compile(r"\.?\s+")
#: Characters of a page's own words read for its fingerprint: the first facts a text tells are
#: those its translation tells first (the excerpts of the news sets hold ~2,000; a long page's
#: later facts add nothing a chain needs, and reading them costs).
FINGERPRINT_CHARS = 3000
#: Marks after which a word opens a sentence or a list item (capitalised in every language).
_OPENERS = frozenset(".!?:;…\n«»“”\"„([–—•*")


def fingerprint(own: str, lang: str | None = None) -> np.ndarray:
    """Return the 32-bit hashes of the distinct numbers, dates and names of *own* (an
    article's words outside quotes, in *lang*), in the order they first appear."""
    found: dict[int, None] = {}
    for entry in _entries(own, lang):
        found.setdefault(_hash(entry), None)
    return np.fromiter(found, dtype=np.uint32, count=len(found))


def _entries(own: str, lang: str | None = None) -> list[str]:
    """Return the numbers ('#20'), dates ('d05-14', a month alone 'm07') and names ('npsk':
    first consonants) of *own*, in text order, repeats kept."""
    own = own[:FINGERPRINT_CHARS]
    found: Iterable[re.Match[str]] = _CANDIDATE.finditer(own)
    if lang not in CAPITAL_MONTHS:
        found = heapq.merge(found, _SMALL_MONTH.finditer(own), key=lambda m: m.start())
    entries: list[str] = []
    last = ("", 0, 0)  # the last entry's kind ('day', 'month' or ''), end and value
    for m in found:
        kind, word = m.lastgroup, m.group()
        if kind == "word":
            at = m.start()
            before = own[at - 2:at].rstrip(" \t") if at > 1 else own[:at].rstrip(" \t")
            if not before or before[-1] in _OPENERS or not word[0].isupper():
                continue  # (a sentence's first word: capitalised in every language)
            if word.lower() not in _MONTHS:
                key = name_key(word)
                if key:
                    entries.append("n" + key)
                    last = ("", m.end(), 0)
                continue
        if kind == "iso":
            entries.append(_numeric_date(word))
            last = ("", m.end(), 0)
        elif kind == "num":
            day = _day(word)
            if day and last[0] == "month" and _MONTH_DAY.fullmatch(own, last[1], m.start()):
                entries[-1] = f"d{last[2]:02}-{day:02}"  # ("May 14")
                last = ("", m.end(), 0)
                continue
            entries.append("#" + _number(word))
            last = ("day" if day else "", m.end(), day)
        elif (month := _month(word)) is not None:
            if last[0] == "day" and _DAY_MONTH.fullmatch(own, last[1], m.start()):
                entries[-1] = f"d{month:02}-{last[2]:02}"  # ("14 maja")
                last = ("", m.end(), 0)
            else:
                entries.append(f"m{month:02}")
                last = ("month", m.end(), month)
    return entries


def _numeric_date(word: str) -> str:
    parts = [int(x) for x in re.split(r"[-./]", word)]
    month, day = (parts[1], parts[2]) if parts[0] > 31 else (parts[1], parts[0])
    return f"d{month:02}-{day:02}"  # (day first, as most of the world writes it)


def _number(word: str) -> str:
    """Return a number without its thousands separators, its decimal mark a point."""
    plain = re.sub(r"[,.  ](?=\d{3}(?!\d))", "", word)
    return plain.replace(",", ".")


def _month(word: str) -> int | None:
    low = word.lower().rstrip(".")
    if low not in _MONTHS or (low in _WORDLIKE and not word[0].isupper()):
        return None
    return _MONTHS[low]


def _day(word: str) -> int:
    """Return the day of the month *word* may be (1-31), else 0."""
    return int(word) if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31 else 0


@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """Return a name's key in the alphabets this reads (Latin, Cyrillic): its first
    NAME_CONSONANTS consonants once transliterated and folded; '' when it has fewer than two
    (a short word tells nothing) or is in another script. (Scripts without capitals, such as
    Georgian, show no names to read: their pages chain by numbers and dates alone.)"""
    folded = unicodedata.normalize("NFKD", word.lower().translate(_CYRILLIC))
    letters = "".join(c for c in folded if not unicodedata.combining(c))
    letters = letters.replace("ł", "l").replace("ß", "ss").replace("ı", "i")
    for digraph, letter in _DIGRAPHS:
        letters = letters.replace(digraph, letter)
    kept: list[str] = []
    for c in letters.translate(_CONSONANT):
        if c in "aeiouyh" or not ("a" <= c <= "z") or kept and kept[-1] == c:
            continue
        kept.append(c)
    return "".join(kept[:NAME_CONSONANTS]) if len(kept) >= 2 else ""


@lru_cache(maxsize=1 << 16)
def _hash(entry: str) -> int:
    return int.from_bytes(hashlib.blake2b(entry.encode(), digest_size=4).digest(), "little")


def translated(chain: Sequence[tuple[int, int]], a: int, b: int) -> float:
    """Return the score of two fingerprints of *a* and *b* entries that chain in the same order
    at *chain* (positions in each): the chain's share of the shorter fingerprint times its
    lower density over the stretch it spans in each text, when the chain holds
    TRANSLATION_CHAIN entries and the score reaches TRANSLATION_SCORE; else 0."""
    if len(chain) < TRANSLATION_CHAIN or not min(a, b):
        return 0.0
    density = min(len(chain) / (chain[-1][end] - chain[0][end] + 1) for end in (0, 1))
    score = len(chain) / min(a, b) * density
    return score if score >= TRANSLATION_SCORE else 0.0


def language_tag(lang: str) -> int:
    """Return the 32-bit tag a language's translation keys carry."""
    return _hash("lang:" + lang)


def languages_differ(a: str | None, b: str | None) -> bool:
    """Say whether two articles are in two languages (both known)."""
    return bool(a and b and a != b)
