"""Make text from the internet safe to show: on a terminal, in a web page, as a link.

Titles, outlets, file names and reasons come from inputs anyone can write. On a terminal their
control characters could move the cursor, recolour or forge lines ("stored 999 articles"); in a
page, bidirectional controls (U+202E) reverse what follows them; a URL that is not absolute
http(s) can point anywhere once it is a link.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

#: Bidirectional formatting characters: embeddings, overrides, isolates and marks.
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI}]")
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\u2028\u2029{BIDI}]")


def printable(text: str, keep: str = "") -> str:
    """Return *text* with every control, bidi and line-separator character written as an
    escape (``\\x1b``, ``\\n``, ``\\u202e``), except those in *keep*; lone surrogates too."""
    def escaped(match: re.Match[str]) -> str:
        ch = match.group()
        if ch in keep:
            return ch
        return ch.encode("unicode_escape").decode("ascii")

    text = _UNSAFE.sub(escaped, text)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def without_bidi(text: str) -> str:
    """Return *text* with bidirectional controls shown as U+FFFD, so that no value can
    reverse or reorder what a page shows after it."""
    return _BIDI.sub("\ufffd", text)


def safe_url(url: str | None) -> str | None:
    """Return *url* if it is an absolute http(s) URL with a host, else None: never a
    relative path, ``//host``, ``/\\host``, ``javascript:`` or ``data:``."""
    if not url or _UNSAFE.search(url) or any(unicodedata.category(c) == "Zs" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or "\\" in url:
        return None
    return url
