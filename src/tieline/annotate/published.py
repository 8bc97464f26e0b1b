"""Infer a page's publication date when its metadata and the manifest give none.

The evidence is ranked, and a date is taken only from the first kind that has one:

1. ``url``: a full date in the page's address (``/2024/05/08/``, ``-2024-05-08``,
   ``/20240508/``, ``_08052024-``, ``may-8-2024``). Publishing systems put the posting day there;
   or a Unix timestamp there that the page's own month confirms (``annotate/epochs.py``).
2. ``dateline``: a stamp the page sets on itself. A line labelled "Published", "Posted",
   "Filed" (before "Updated" or "Last modified", which come later); a byline or dateline line
   that is mostly the date ("20 June 2019", "PTI, Feb 11, 2021, 12:33 PM IST",
   "YEREVAN, May 8, 2024"); a date with a time of day beside it (a CMS timestamp); and a
   year-less dateline ("YEREVAN, May 8 (Reuters) -", "MOSCOW, March 10. /TASS/") when the
   address or a month stamp gives the year. Of several stamps of one rank, the first.
3. ``post``: the day of the posts the page embeds, signed with their day ("— Name (@handle)
   August 30, 2019"), when the page states no stamp of its own. A news page embeds the posts
   of its news as it writes it: the latest such day (on 10 dated pages of the news sets with
   one, the page's day or the day before it). Posts spread over more than POST_SPAN_DAYS (a
   roundup, a chronology) or a full date in the page after the latest post (it was written
   later) date nothing.
4. nothing.

An address that states only a year or a month (``/news/2019/2382``) gives no page date (never a
day made up inside it): ``url_period`` returns that period, which completes the text's month
and day phrases (see ``dates.PUBLISHED``).

A full date anywhere else is evidence about an event (a deadline, an anniversary, a summit),
never the page's date, however late it is. Lines that carry dates of something else are
recognised and never read as stamps: photo captions and credits, embedded posts
("— Name (@handle) May 8, 2024"), comment stamps ("May 9, 2024 at 10:32 pm", "says:",
"Reply"), and lists of related or latest stories (several date lines of their own).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ..models import Article
from .date_anchors import _full_date, _month, _safe
from .date_patterns import _FULL, _TRANSLATE
from .epochs import epoch_day

__all__ = ["PageDate", "PageBasis", "caption", "date_page", "infer_published", "post_stamp",
           "url_period"]

PageBasis = Literal["url", "dateline", "post"]


@dataclass(frozen=True)
class PageDate:
    """An inferred publication date (YYYY-MM-DD), where it was read and the text it came from."""

    date: str
    basis: PageBasis
    text: str


_FIRST_YEAR = 1990
_URL_NUMERIC = re.compile(  # /2024/05/08/, 2024-05-08, /20240508/, /2024/05-08/, /2024/0508/
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?:(?P<s>[/_.-]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)(?!\d)"
    r"|/(?P<m2>[01]\d)-?(?P<d2>[0-3]\d)(?=/)"
    r"|(?P<m3>[01]\d)(?P<d3>[0-3]\d)(?=(?:[01]\d|2[0-3])[0-5]\d))")  # 202405081530...: a stamp
#: a day written day first in one token ("x4002_28102024-title"): only when the token is
#: exactly eight digits between non-digits (never part of a longer number) and a real day
_URL_DAY_FIRST = re.compile(r"(?<![\d])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?!\d)")
#: a year, or a year and month, as whole segments of the path ("/news/2019/2382",
#: "/2023/05/slug"): the period a page was published in when its address states no day
_URL_PERIOD = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?:(?P<m>[01]\d)(?=/|$))?")
_URL_MONTH = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]\d)(?:/|$)")
_LABEL = re.compile(r"(?P<label>(?:first\s+|last\s+)?(?:published|posted|filed|dated?|updated"
                    r"|modified))\b(?:\s+on)?(?:\s+[A-Z]\w*){0,2}\s*[:\-–—]?\s*$", re.I)
_LATER_LABELS = ("updated", "modified")
_TIME = (r"(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
         r"|(?:[1-9]|1[0-2])\s*[ap]\.?m\.?)(?!\w)")
_TIME_AFTER = re.compile(rf"^\s*[,|–—-]?\s*{_TIME}", re.I)
_TIME_BEFORE = re.compile(rf"(?<![\d:.]){_TIME}\s*[,|–—-]?\s*(?:[A-Za-z]+,?\s*)?$", re.I)
_EMBED = re.compile(r"\(@\w+\)|pic\.twitter|https?://t\.co/", re.I)
_COMMENT = re.compile(rf"^\s*,?\s*(?:at|@)\s*{_TIME}|\b(?:says|wrote|replied)\s*:|\breply\b",
                      re.I)
#: A picture's caption or credit, by the conventions of news pages: a credit label ("Photo:",
#: "Image source:", "Photograph: AFP", "Photo courtesy X", "©"), an agency's picture credit
#: ("(AP Photo)", "REUTERS/Name", "AP Photo/Name", "Handout via REUTERS", "AFP/Getty Images";
#: not "(PTI/ANI)" nor "Reuters/Ipsos", which credit the text),
#: an agency caption's number ("epa10209223 ..."), a picture said to be one ("(File Photos)",
#: "File image of ...", "Representational image", "In this handout photo provided by ...",
#: "This undated handout photograph ...") and people posing for it. A word alone ("photo
#: exhibition", "a source said") is no caption.
_PICTURE = r"(?:photo(?:graph)?|image|picture|pic|screengrab|screenshot|video\s+grab)s?"
_CAPTION = re.compile(
    r"\b(?:photo|image|picture|pic|credit|getty|file photo|courtesy|illustration)"
    r"s?\b(?:\s+(?:source|credit)s?)?\s*[:/©(]|©|\bphotograph\s*:"
    r"|\((?:AP|AFP|Reuters|PTI|ANI|IANS)\s+Photo"
    rf"|\b{_PICTURE}\s+(?:credits?|courtesy)\b|\bgetty\s+images\b"
    rf"|\((?:file|representational|representative|archive)\s+{_PICTURE}\)"
    rf"|^\W*(?:file|representational|representative|archive)\s+{_PICTURE}\b"
    rf"|\b(?:representational|representative)\s+{_PICTURE}\b|\bfor\s+representational\s+purpose"
    rf"|\bin\s+this\s+(?:\w+\s+){{0,2}}{_PICTURE}\b|\b(?:handout|undated)\s+{_PICTURE}\b"
    rf"|\bpos(?:e|es|ed|ing)\s+for\s+(?:a\s+)?(?:group\s+)?{_PICTURE}\b"
    r"|(?-i:\b(?:REUTERS|EPA|AP Photo|EPA-EFE)\s*/\s*[A-Z]|\bvia REUTERS\b"
    r"|^\s*epa\d{5,}\b)", re.I)
_TODAY = re.compile(r"\btoday\s*[,(]\s*$", re.I)
_SEGMENT = re.compile(r"(?:[.!?]\s+|\s[|/]\s|^)(?=[^.!?|]*$)")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[^\W\d_]{2,}")
_STAMP_WORDS = frozenset({
    "ist", "gmt", "utc", "cet", "cest", "msk", "est", "edt", "pst", "pdt", "bst", "am", "pm",
    "by", "on", "at", "and", "the", "of", "desk", "news", "source", "staff", "reporter",
    "correspondent", "agency", "online", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "sun"})
_PLACE = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_DATELINE = re.compile(
    rf"^\s*(?:\w+\s*:\s*)?(?P<place>{_PLACE})\s*(?:\([^)]*\)\s*)?,\s*"
    r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)\s*"
    r"(?:\(|\.\s*/|/|-|–|—|\.\s)")
_PLACE_BEFORE = re.compile(rf"^\s*{_PLACE}(?:,\s*{_PLACE})?\s*(?:,|[–—-])\s*$")
_MONTH_STAMP = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)\b(?!-)", re.I)
_HEADER_LINES = 12  # a stamp line without a time or label is read only near the top


def date_page(article: Article) -> Article:
    """Return *article* with the publication date its address or stamp states, when its
    metadata and the manifest gave none; every article, in any language, before the parse.

    A plain-text page is read as it was given (``page_text``): the stamp and byline lines
    sit in the chrome that cleaning removes from the article's text."""
    if article.published is not None:
        return article.evolve(page_text=None) if article.page_text is not None else article
    found = infer_published(article.page_text or article.text, article.url)
    if found is None:
        return article.evolve(page_text=None)
    return article.evolve(published=found.date, published_basis=found.basis,
                          published_text=found.text, page_text=None)


def infer_published(text: str, url: str | None = None,
                    today: dt.date | None = None) -> PageDate | None:
    """Return the publication date the address or the page's own stamp states, else None.

    *today* bounds the dates believed (default: the current day).
    """
    last = today or dt.date.today()
    found = _from_url(url, last) or _from_epoch(url, text, last)
    if found is not None:
        return found
    return _from_stamps(text, last) or _from_dateline(text, url, last) or \
        _from_posts(text, last)


def _ok(d: dt.date | None, last: dt.date) -> bool:
    return d is not None and d.year >= _FIRST_YEAR and d <= last


def _from_url(url: str | None, last: dt.date) -> PageDate | None:
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for m in _URL_NUMERIC.finditer(path):
        month, day = next((m[f"m{k}"], m[f"d{k}"]) for k in ("", "2", "3") if m[f"m{k}"])
        d = _safe(int(m["y"]), int(month), int(day))
        if d is not None and _ok(d, last):
            return PageDate(d.isoformat(), "url", m.group(0))
    for m in _URL_DAY_FIRST.finditer(path):  # (year first and day first never both read)
        d = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
        if d is not None and _ok(d, last):
            return PageDate(d.isoformat(), "url", m.group(0))
    words = re.sub(r"[/_.+-]+", " ", path)
    for m in _FULL.finditer(words.translate(_TRANSLATE)):
        if m["y1"] or m["y2"]:  # "may-8-2024", "8-may-2024": month names only
            d = _full_date(m)
            if _ok(d, last):
                assert d is not None
                return PageDate(d.isoformat(), "url", m.group(0).strip())
    return None


def _from_epoch(url: str | None, text: str, last: dt.date) -> PageDate | None:
    found = epoch_day(url, text, last)  # (annotate/epochs.py: only where the page's month agrees)
    return PageDate(found[0].isoformat(), "url", found[1]) if found else None


def caption(text: str) -> bool:
    """Say whether *text* carries a photo's caption or credit ("(Image source: X)", "Photo:
    AP"): its present tense tells what the picture shows, not the day's news."""
    return _CAPTION.search(text) is not None


#: The signature closing an embedded post: "— TASS (@tassagency_en) June 21, 2019".
_POST_STAMP = re.compile(
    r"[—–-]\s*[^—–\n]{0,80}\(@\w{1,30}\)\s*(?P<day>(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\s+[0-3]?\d,\s+(?:19|20)\d\d)\s*$")


#: A listing's stamp on another story's line: "updated : Tue Mar 10 2009 09:15:00" (a label,
#: a weekday, a full date and a clock time, as news sites print them beside a headline).
_LIST_STAMP = re.compile(
    r"\b(?:updated|posted|published)\s*:\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w{0,6}\.?,?\s+"
    r"(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w{0,6}\.?\s+[0-3]?\d,?\s+"
    r"(?:19|20)\d\d)\s+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b", re.I)


def post_stamp(text: str) -> str | None:
    """Return the date that signs an embedded post ending *text* ("... — TASS
    (@tassagency_en) June 21, 2019") or stamps a listed story's line ("updated : Tue Mar 10
    2009 09:15:00 A bank asks ..."): the day the post or the listed story told its news, which
    the page showing it may report days or years later; None when *text* has no such stamp."""
    m = _POST_STAMP.search(text.rstrip()) or _LIST_STAMP.search(text)
    return m["day"] if m else None


#: The most days apart the signed posts a page embeds may be and still date it (``post``).
POST_SPAN_DAYS = 2


def _from_posts(text: str, last: dt.date) -> PageDate | None:
    """The day of the latest signed post the page embeds (see the module docstring)."""
    signed: list[tuple[dt.date, str]] = []
    for _, line in _lines(text):
        day = post_stamp(line)
        d = _full_date(m) if day and (m := _FULL.search(day.translate(_TRANSLATE))) else None
        if d is not None and _ok(d, last):
            signed.append((d, line.strip()))
    if not signed:
        return None
    (first, _), (latest, line) = min(signed), max(signed)
    if (latest - first).days > POST_SPAN_DAYS:
        return None
    for m in _FULL.finditer(text.translate(_TRANSLATE)):
        told = _full_date(m)
        if told is not None and latest < told <= last:
            return None  # (written after the post: a day it tells is later)
    return PageDate(latest.isoformat(), "post", line[line.rfind("(@"):])


def url_period(url: str | None, today: dt.date | None = None) -> str | None:
    """Return the year ("2019") or month ("2023-05") a page's address states as whole path
    segments when it states no day (``/news/2019/2382``), else None: a period, never a day
    made up inside it (see ``dates.PUBLISHED``)."""
    if not url or infer_published("", url, today) is not None:
        return None
    last = today or dt.date.today()
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    m = _URL_PERIOD.search(path)
    if m is None or not _FIRST_YEAR <= int(m["y"]) <= last.year:
        return None
    if m["m"] and 1 <= int(m["m"]) <= 12 and (int(m["y"]), int(m["m"])) <= (last.year,
                                                                              last.month):
        return f"{m['y']}-{m['m']}"
    return m["y"]


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _blank_tags(line: str) -> str:
    """Return *line* with markup replaced by spaces (offsets kept): "<strong>DATE</strong>"."""
    return _TAG.sub(lambda m: " " * len(m.group(0)), line)


def _segment(before: str) -> str:
    """Return the part of the line before a date that belongs to it: after the last sentence
    end or " | " separator."""
    m = _SEGMENT.search(before)
    return before[m.end():] if m else before


def _rank(line: str, start: int, end: int, index: int, bare_lines: int) -> int | None:
    """Return how much a full date at [start, end) of *line* counts as the page's stamp
    (lower first), or None when it is not a stamp."""
    before, after = _segment(line[:start]), line[end:end + 48]
    if _EMBED.search(line[max(0, start - 80):start]) or _COMMENT.search(after) or \
            _COMMENT.search(before):
        return None  # an embedded post's date, a comment's stamp
    label = _LABEL.search(before)
    if label is not None and (label.start() == len(before) - len(before.lstrip(" \t:-–—•*"))
                              or label["label"][0].isupper()):
        return 2 if any(w in label["label"].lower() for w in _LATER_LABELS) else 0
    if _TODAY.search(before):
        return 1  # "Today, 7 August 2023, marks ..."
    tail = after.split(". ")[0]
    words = [w for w in _WORD.findall(before + " " + tail) if w.lower() not in _STAMP_WORDS]
    timed = bool(_TIME_AFTER.match(after) or _TIME_BEFORE.search(line[:start]))
    if timed and len(words) <= 8:
        return 1  # a timestamp: "22 June 2019, 08:32", "Photo: X, 29 Dec 2019 - 11:58"
    if _CAPTION.search(before) or _CAPTION.search(tail):
        return None  # a caption's date: when the photo was taken
    others = [w for w in _WORD.findall(line[:start] + " " + line[end:])
              if w.lower() not in _STAMP_WORDS]
    if len(others) <= 3 and index < _HEADER_LINES and bare_lines == 1:
        return 1  # a byline or dateline line near the top, not one of a list of dates
    if _PLACE_BEFORE.match(line[:start]) and index < _HEADER_LINES:
        return 1  # "YEREVAN, May 8, 2024 (Reuters) - ...", "Tianjin, China – August 31, 2025"
    return None


def _from_stamps(text: str, last: dt.date) -> PageDate | None:
    candidates: list[tuple[int, int, PageDate]] = []
    lines = [(p, line) for p, line in _lines(text) if line.strip()]
    dated: list[tuple[int, int, str, re.Match[str], dt.date]] = []
    for index, (pos, line) in enumerate(lines):
        line = _blank_tags(line)
        for m in _FULL.finditer(line.translate(_TRANSLATE)):
            d = _full_date(m)
            if d is not None and _ok(d, last):
                dated.append((index, pos, line, m, d))
    bare = sum(1 for _, _, line, m, _ in dated
               if len(line.strip()) <= len(m.group(0)) + 12
               and not _LABEL.search(_segment(line[:m.start()])))
    for index, _pos, line, m, d in dated:
        rank = _rank(line, m.start(), m.end(), index, max(bare, 1))
        if rank is not None:
            candidates.append((rank, index, PageDate(d.isoformat(), "dateline",
                                                     line[m.start():m.end()].strip())))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))[2]


def _from_dateline(text: str, url: str | None, last: dt.date) -> PageDate | None:
    """A year-less dateline ("MOSCOW, March 10. /TASS/") dated by the year (and month) the
    address or a month stamp (" date 2023-03") gives, or the year alone a segment of the
    address gives (``/news/2019/3070``)."""
    known = _known_month(text, url)
    if known is None:
        return None
    year, month = known
    for _, line in _lines(text)[:_HEADER_LINES]:
        m = _DATELINE.match(line)
        if m is None or _EMBED.search(line) or _CAPTION.search(line):
            continue
        mon = _month(m["mon"].lower().rstrip("."))
        if month is not None and mon != month:
            continue
        d = _safe(year, mon, int(m["day"]))
        if d is not None and _ok(d, last):
            return PageDate(d.isoformat(), "dateline", line[m.start("place"):m.end("day")])
    return None


def _known_month(text: str, url: str | None) -> tuple[int, int | None] | None:
    stamp = _MONTH_STAMP.match(text)
    if stamp:
        return int(stamp["y"]), int(stamp["m"])
    if url:
        path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
        m = _URL_MONTH.search(path)
        if m and 1 <= int(m["m"]) <= 12:
            return int(m["y"]), int(m["m"])
        if year := _URL_PERIOD.search(path):  # a year alone ("/news/2019/3070"): the
            return int(year["y"]), None  # dateline's month and day in the year posted
    return None
