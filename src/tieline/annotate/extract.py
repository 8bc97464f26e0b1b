"""Extract: turn a RawDocument into an Article (main text, title, author, outlet, date, language).

HTML goes through trafilatura with ``favor_precision=True`` (its date from htmldate, restricted
to the page's markup so the basis is honestly "metadata"); plain text through the line rules of
:mod:`tieline.annotate.clean`. Metadata precedence: manifest > the document's own > derived
(outlet from the URL's host). A date is never invented: without one, the basis is "unknown".
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..errors import InputError
from ..models import Article, DateBasis, RawDocument, SourceMeta
from .clean import clean_text, normalise_line
from .language import detect_language

_TAGS = re.compile(r"<[^>]+>")


def extract(doc: RawDocument) -> Article:
    """Return the Article in *doc*; raise InputError when it holds no article text."""
    meta = doc.meta
    warnings = list(doc.warnings)
    if doc.format == "html":
        body, found = _from_html(doc.text, doc.manifest.url or meta.url)
        meta = meta.merged_over(found)
    else:
        body = doc.text
    title = doc.manifest.title or meta.title
    cleaned = clean_text(body, title=title)
    if not cleaned.text.strip():
        raise InputError("no article text left after removing markup and boilerplate")
    url = doc.manifest.url or meta.url
    published, basis, warning = _published(doc.manifest, meta)
    if warning:
        warnings.append(f"{doc.origin}: {warning}")
    lang, mixed, shares = detect_language(cleaned.text)
    return Article(
        id=article_id(cleaned.text, url), origin=doc.origin, text=cleaned.text,
        content_hash=content_hash(cleaned.text), url=url,
        outlet=doc.manifest.outlet or meta.outlet or outlet_from_url(url),
        title=cleaned.title, author=doc.manifest.author or meta.author or cleaned.author,
        published=published, published_basis=basis, lang=lang, lang_mixed=mixed,
        langs=shares, words=len(cleaned.text.split()), warnings=tuple(warnings),
    )


def _from_html(html: str, url: str | None) -> tuple[str, SourceMeta]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, with_metadata=True, include_comments=False,
        include_tables=False, date_extraction_params={"extensive_search": False,
                                                      "original_date": True})
    if doc is None or not (doc.text or "").strip():
        return _fragment_text(html), SourceMeta()
    found = SourceMeta(url=doc.url, outlet=doc.sitename, published=doc.date, title=doc.title,
                       author=doc.author)
    return str(doc.text), found


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's summary) that trafilatura finds too small."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return _TAGS.sub(" ", html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h1", "h2",
                                                                       "h3", "blockquote")]
    text = "\n".join(b for b in blocks if b)
    return text or " ".join(root.text_content().split())


def _published(manifest: SourceMeta, meta: SourceMeta) -> tuple[str | None, DateBasis, str | None]:
    for value, basis in ((manifest.published, "manifest"), (meta.published, "metadata")):
        if value:
            parsed = parse_date(value)
            if parsed:
                return parsed, basis, None  # type: ignore[return-value]
            return None, "unknown", f"unreadable {basis} date {value!r} ignored"
    return None, "unknown", None


def parse_date(value: str) -> str | None:
    """Return *value* (ISO 8601, RFC 2822 or YYYY-MM-DD) as YYYY-MM-DD, or None."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    return None


def outlet_from_url(url: str | None) -> str | None:
    """Return the host of *url* without "www." (the outlet when nothing better names it)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.removeprefix("www.").removeprefix("amp.").removeprefix("m.")
    return host or None


def normalised_content(text: str) -> str:
    """Return the form of *text* that identity is based on (case, spacing, Unicode form)."""
    return "\n".join(normalise_line(line) for line in text.split("\n") if line.strip())


def content_hash(text: str) -> str:
    """Return a hash of the normalised text."""
    return hashlib.sha256(normalised_content(text).encode()).hexdigest()


def article_id(text: str, url: str | None) -> str:
    """Return the article id: derived from normalised content plus URL, stable across runs."""
    key = f"{url or ''}\n{content_hash(text)}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]
