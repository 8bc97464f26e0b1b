"""Extract: turn a RawDocument into an Article (main text, title, author, outlet, date, language).

HTML goes through trafilatura with ``favor_precision=True`` (its date from htmldate without the
extensive free-text search, so the date comes from the URL or the page's markup and its basis is
"metadata"); plain text through the line rules of :mod:`tieline.annotate.clean`. Metadata
precedence: manifest > the document's own > derived (outlet from the URL's host). A date is never
invented: without one, the basis is "unknown".

trafilatura's output is already free of page chrome, and the plain-text rules cost extraction
quality on it (measured on the article-extraction-benchmark: F1 0.960 from trafilatura alone,
0.940 after :func:`~tieline.annotate.clean.clean_text`: short non-sentence lines are headings and
list items there, and in scripts written without spaces every line looks short). So text that
trafilatura extracted only loses lines repeating the title (F1 0.962); the full rules apply to
plain text and to the fallback for HTML that trafilatura finds no article in.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from ..models import Article, DateBasis, InputMeta, RawDocument
from .clean import Cleaned, clean_text, normalise_line, set_apart
from .language import detect_language

_TAGS = re.compile(r"<[^>]+>")

# How tieline calls trafilatura.bare_extraction (bench/ingest.py times the same call alone).
# Tables are left out: table cells are not running text for the later stages, though on the
# article-extraction-benchmark (whose gold text keeps them) they would add 0.004 F1.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "with_metadata": True,
    "include_comments": False,
    "include_tables": False,
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}


def extract(doc: RawDocument) -> Article:
    """Return the Article in *doc*; raise InputError when it holds no article text."""
    meta = doc.meta
    warnings = list(doc.warnings)
    extracted = False
    if doc.format == "html":
        body, found, extracted = _from_html(doc.text, doc.manifest.url or meta.url)
        meta = meta.merged_over(found)
    else:
        body, posted_title = text_of_markup(doc.text)
        meta = meta if meta.title or posted_title is None else meta.merged_over(
            InputMeta(title=posted_title))
    title = doc.manifest.title or meta.title
    cleaned = _tidy_extracted(body, title) if extracted else clean_text(body, title=title)
    if not cleaned.text.strip():
        raise InputError("no article text left after removing markup and boilerplate")
    url = doc.manifest.url or meta.url
    published, basis, warning = _published(doc.manifest, meta)
    if warning:
        warnings.append(f"{doc.origin}: {warning}")
    lang, mixed, shares = detect_language(cleaned.text)
    digest = content_hash(cleaned.text)
    return Article(
        id=_id_from_hash(digest, url), origin=doc.origin, text=cleaned.text,
        content_hash=digest, url=url,
        outlet=doc.manifest.outlet or meta.outlet or outlet_from_url(url),
        title=cleaned.title, author=doc.manifest.author or meta.author or cleaned.author,
        published=published, published_basis=basis, lang=lang, lang_mixed=mixed,
        langs=shares, words=len(cleaned.text.split()), warnings=tuple(warnings),
        page_text=None if extracted or published else body,
    )


def _from_html(html: str, url: str | None) -> tuple[str, InputMeta, bool]:
    """Return (main text, page metadata, whether trafilatura found the text)."""
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        return _fragment_text(html), InputMeta(), False
    found = InputMeta(url=doc.url, outlet=doc.sitename, published=doc.date, title=doc.title,
                       author=doc.author)
    return str(doc.text), found, True


def _tidy_extracted(body: str, title: str | None) -> Cleaned:
    """Tidy text trafilatura extracted: collapse spacing, drop lines repeating the title.

    A page without a title in its metadata gets the one the plain-text rules find (and its
    line is dropped); the author found by those rules is kept as a fallback. A page stamp
    glued to the first sentence, and a picture's credit glued to a sentence, are set on lines
    of their own, as the plain-text rules do (``clean.set_apart``).
    """
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
    author = None
    if title is None:
        rules = clean_text(body)
        title, author = rules.title, rules.author
    title_key = normalise_line(title) if title else None
    kept = [line for line in lines if normalise_line(line) != title_key]
    dropped = len(lines) - len(kept)
    kept = [part for i, line in enumerate(kept) for part in set_apart(line, first=i == 0)]
    return Cleaned(text="\n".join(kept), title=title, author=author, dropped=dropped)


#: Tags that show a text input is a page's markup stored as text (a crawler's raw HTML): the
#: paragraph and formatting tags a page's text is written in (a link or a picture named in a
#: text is no sign of it: a text may quote them).
_MARKUP = re.compile(r"</?(?:p|br|span|div|strong|em|b|i|h[1-6]|li|ul|ol|blockquote|figure"
                     r"|figcaption|table|tr|td)\b[^<>]{0,400}>", re.I)
#: Stray quote marks a crawler leaves between tags ("<br />'' <span>"), at a line's ends.
_STRAY = re.compile(r"^(?:''\s*)+|(?:\s*'')+$")
#: Elements that end a line of the text they hold.
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption",
           "tr", "section", "article", "header", "footer", "ul", "ol", "table")


def text_of_markup(text: str) -> tuple[str, str | None]:
    """Return a text input as text, and a title it carries: markup a crawler stored as the
    text ("<p>India on Thursday ...</p>", "<span style=...>...<br />") becomes its lines, and
    a WordPress REST API post (a JSON object with ``content.rendered``) its content and
    ``title.rendered``. Text with no more than one tag is left as it is ("a <p> tag" in prose)."""
    posted = _rest_post(text)
    if posted is not None:
        body, title = posted
        return markup_lines(body), title
    if len(_MARKUP.findall(text, 0, 20000)) < 2:
        return text, None
    return markup_lines(text), None


def _rest_post(text: str) -> tuple[str, str | None] | None:
    """Return (content HTML, title) of a WordPress REST API post stored as the text, read
    field by field so that a post the crawler cut short still gives what it holds."""
    if not text.lstrip().startswith("{"):
        return None
    content = _rendered(text, "content")
    if content is None:
        return None
    title = _rendered(text, "title")
    return content, (markup_lines(title).strip() or None) if title else None


def _rendered(text: str, field: str) -> str | None:
    """Return the JSON string value of *field*'s ``rendered`` in *text*, else None."""
    found = re.search(rf'"{field}"\s*:\s*\{{\s*"rendered"\s*:\s*"((?:[^"\\]|\\.)*)', text)
    if found is None:
        return None
    raw = re.sub(r"\\(?:u[0-9a-fA-F]{0,3})?$", "", found.group(1))  # cut inside an escape
    try:
        return str(json.loads(f'"{raw}"'))
    except ValueError:
        return None


def markup_lines(html: str) -> str:
    """Return the text of an HTML fragment, a line per block and per ``<br>``, its entities
    read; lines with no letter or digit (a stray "." or "''" between tags) are left out."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError, AssertionError):
        return _TAGS.sub(" ", html)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter("br", *_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (_STRAY.sub("", " ".join(line.split())) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if any(ch.isalnum() for ch in line))


def _fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed item's summary) that trafilatura finds too small."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError, AssertionError):  # lxml asserts one <body>: a page with
        return _TAGS.sub(" ", html)                     # a frameset or only a head has none
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h1", "h2",
                                                                       "h3", "blockquote")]
    text = "\n".join(b for b in blocks if b)
    return text or " ".join(root.text_content().split())


def _published(manifest: InputMeta, meta: InputMeta) -> tuple[str | None, DateBasis, str | None]:
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
    match = _DAY_AND_TIME.match(value)
    if match:
        day, hour, minute, second = match.groups()
        if int(hour or 0) > 23 or int(minute or 0) > 59 or int(second or 0) > 60:
            return None  # "T25:61:00" is no time: the whole value is suspect
        try:
            return date.fromisoformat(day).isoformat()
        except ValueError:
            return None
    return None


# A day, then perhaps a time whose parts must be real (fractions, zones, names may follow).
_DAY_AND_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(?!\d)")


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
    return _id_from_hash(content_hash(text), url)


def _id_from_hash(digest: str, url: str | None) -> str:
    return hashlib.sha256(f"{url or ''}\n{digest}".encode()).hexdigest()[:16]
