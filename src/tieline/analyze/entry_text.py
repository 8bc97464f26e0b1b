"""What an analyst reads in a pair timeline's entry: the summary sentence, and what to call
each cited article. One place for both, so the CLI, the page and the brief say them alike.

The summary is one report's sentence, chosen because it states the entry's event: its OWN
coding (each evidence keeps the codings its sentence got) is the entry's type, status and mode
and names both sides; a happened event is not summarised by a plan ("is likely to meet",
"the impending visit"), a denial or a claim; its date phrase, if it has one, names the entry's
day; it is no page furniture (a photo credit, a page stamp glued to it); and it comes from an
original article's lede rather than a copy or the background further down. Ties go to the
article that reported it first, then the earlier place in it: the same choice whatever order
the events and their evidence come in.

A quoted sentence the page's text ends inside (no closing stop, nothing after it: the crawler
kept the page only so far) is said to be cut, so that every view marks it as such rather than
passing a fragment off as the whole sentence (``SummaryFrom.cut``).

A cited article is called by its title, unless the title is a page stamp ("Last updated on:
August 28, 2017 14:16 IST") or a photo caption ("... Photo: IC", a picture's social-media credit
"... Twitter/@handle"), recognised by the cleaning stage's own recognisers; then, as when it
has none, by the words of its address's slug.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from ..annotate.clean import _stamp, split_stamp
from ..annotate.date_finding import find_expressions
from ..annotate.dates import resolve
from ..annotate.newsday import lede
from ..annotate.published import caption
from ..models import Article, Event, Evidence, SentenceCoding

#: Words that tell a plan, a prospect or an expectation, not a happening (news style: the
#: future, modals, "is likely/expected/set to", "impending", "upcoming"): a reported event is
#: summarised by a sentence without them when one exists.
_PROSPECT = re.compile(
    r"\b(?:will|shall|would|could|might|may|won't|to\s+be\s+held)\b"
    r"|\b(?:likely|expected|set|scheduled|due|slated|poised|planning|plans?|intends?|hopes?"
    r"|wants?|seeks?|aims?)\s+to\b|\b(?:impending|upcoming|forthcoming|proposed|planned)\b",
    re.I)
#: A page's "Updated: ..." or "Published on: ..." label inside a sentence: furniture glued to it.
_LABELLED_STAMP = re.compile(r"\b(?:updated|published|posted|modified)(?:\s+on)?\s*:\s*\S",
                             re.I)
#: An embedded post as a page prints it: its picture link ("pic.twitter.com/...", a short
#: link) or its signature ("— Name (@handle) August 28, 2017"): another page's post, not the
#: article's own sentence.
_EMBED = re.compile(r"\bpic\.twitter\.com/\w|\bt\.co/\w|[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*"
                    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
#: Statuses of a thing that happened, told by the outlet or by a source it names.
_HAPPENED = ("reported", "claimed")
#: Days after an event that an article reporting it is the news of that day.
NEWS_DAYS = 3
#: How a whole sentence ends (one that does not was cut short in the page).
_FINAL = tuple('.!?…"”’»)')
#: A sentence that reads as a summary: not a fragment, not a paragraph's worth.
_WORDS = (8, 45)
#: Words a second sentence may add to the first in a summary.
SUMMARY_WORDS = 70
#: A picture's credit to a social-media account ending a caption ("... Twitter/@handle",
#: "(@handle)", "Photo: X/@handle"): a caption, never a headline.
_SOCIAL_CREDIT = re.compile(
    r"(?:\b(?:twitter|x|instagram|facebook)\s*/\s*|[(/]\s*)@\w{2,30}\)?\s*$", re.I)
#: Agencies and picture libraries as a caption credits them.
_PICTURE_AGENCY = (r"(?:AP|AFP|Reuters|PTI|ANI|IANS|EPA|EPA-EFE|Getty\s+Images|Shutterstock"
                   r"|Xinhua|TASS|Sputnik|Anadolu|Bloomberg)")
#: A caption's credit as news pages print it after the picture's description: the agency
#: after its sentence's stop (". -Reuters", ". | ANI"), a photographer's name and agency
#: ("Jane Roe/EPA"), or "via"/"by way of" a picture library.
_CREDIT_END = re.compile(
    rf"[.!?…]\s*[-–—|/]?\s*{_PICTURE_AGENCY}\.?\s*$"
    rf"|\b[A-Z][\w'’-]+/{_PICTURE_AGENCY}\b"
    rf"|\b(?:via|by\s+way\s+of)\s+(?:Shutterstock|Getty\s+Images|Reuters|AP|AFP)\b", re.I)
#: A full date with its year closing a sentence ("... in Tbilisi, Georgia, Friday, June 21,
#: 2019. ..."): a caption says when its picture was taken; a headline states no year's day
#: and has no stop.
_CAPTION_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\s+"
    r"(?:19|20)\d\d\.(?:\s|$)")
#: A page's number in an address (five digits or more) or its "amp" version: no word of a slug.
_ID = re.compile(r"\d{5,}|amp", re.I)
#: Query parameters that track a reader, not choose a page.
_TRACKING = re.compile(r"(?:utm_\w+|fbclid|gclid)=", re.I)
#: How much of an address's slug a label shows (it is clipped where it is shown anyway).
_SLUG_WORDS = 16


@dataclass(frozen=True)
class _Pick:
    """One evidence sentence, with the event it reports."""

    event: Event
    evidence: Evidence


@dataclass(frozen=True)
class SummaryFrom:
    """Where an entry's summary was taken from: one article, and the offsets into its stored
    text of the sentence or two sentences it quotes, so a reader (or a script) can open the
    article at the very words (the JSON's ``summary_from``)."""

    article_id: str
    url: str | None
    outlet: str | None
    label: str  # what to call the article, as its citation does (``article_label``)
    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence, in summary order
    # the page's text ends inside the last sentence quoted (``cut_short``): show it as cut
    cut: bool = False
    parts: tuple[str, ...] = ()  # each sentence's part ("text", or "title": offsets into the
    # article's title; none given: all in the text)

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "url": self.url, "outlet": self.outlet,
                "label": self.label,
                "sentences": [{"start": a, "end": b, "part": part} for (a, b), part in zip(
                    self.sentences, self.parts or ("text",) * len(self.sentences),
                    strict=True)],
                "cut": self.cut}


def entry_summary(events: Sequence[Event], day: str | None,
                  articles: Mapping[str, Article]) -> str:
    """Return an entry's summary: the sentence that best states its headline event
    (``events[0]``; see the module's docstring), then a second sentence of the same article
    that as well states another of its events, when the two stay short."""
    return summary_text(summary_evidence(events, day, articles))


def summary_text(chosen: Sequence[Evidence]) -> str:
    """Return the summary the chosen sentences make, each with its spacing collapsed."""
    return " ".join(" ".join(ev.sentence.split()) for ev in chosen)


def summary_from(chosen: Sequence[Evidence], articles: Mapping[str, Article]
                 ) -> SummaryFrom | None:
    """Return where the chosen sentences of a summary come from (None for no summary)."""
    if not chosen:
        return None
    first = chosen[0]
    article = articles.get(first.article_id)
    url = first.url or (article.url if article else None)
    return SummaryFrom(first.article_id, url, first.outlet or (article.outlet if article else None),
                       article_label(article) if article is not None
                       else cited_label(None, url, first.article_id),
                       tuple((ev.start, ev.end) for ev in chosen),
                       cut=cut_short(chosen[-1], article),
                       parts=tuple(ev.part for ev in chosen))


def cut_short(ev: Evidence, article: Article | None) -> bool:
    """Say whether the page's text ends inside *ev*'s sentence: it has no closing stop and
    nothing but spaces follows it in its article (a crawler kept the page only so far, "...
    near the village of Bershueti (Gor"). A sentence without a stop inside the text is a
    headline or a list item, whole as it stands; without the article nothing is said."""
    if article is None or ev.in_title or " ".join(ev.sentence.split()).endswith(_FINAL):
        return False
    return not article.text[ev.end:].strip() and article.text[ev.start:ev.end].strip() != ""


def summary_evidence(events: Sequence[Event], day: str | None,
                     articles: Mapping[str, Article]) -> list[Evidence]:
    """Return the sentences an entry's summary quotes (see ``entry_summary``): one, or two of
    one article; none when its events have no evidence."""
    picks = [_Pick(e, ev) for e in events for ev in e.evidence]
    if not picks:
        return []
    top = events[0]
    best = min(picks, key=lambda p: summary_rank(p.evidence, top, p.event is top, day,
                                                 articles))
    chosen = [best.evidence]
    for e in events[1:]:
        if e is best.event:
            continue
        sentences = [ev.sentence for ev in chosen]
        more = [ev for ev in e.evidence if ev.article_id == best.evidence.article_id
                and ev.sentence not in sentences and _states(ev, e, day, articles)]
        if more:
            second = min(more, key=lambda ev: summary_rank(ev, e, True, day, articles))
            if len(" ".join(sentences + [second.sentence]).split()) <= SUMMARY_WORDS:
                chosen.append(second)
            break
    return chosen


def summary_rank(ev: Evidence, event: Event, headline: bool, day: str | None,
                 articles: Mapping[str, Article]) -> tuple[object, ...]:
    """Return how well *ev* states *event* as an entry dated *day* (lower first): page
    furniture last; then a sentence coded as another type, one telling a plan or a denial of
    a happening (or the reverse), one telling a plan in words for a happening, one of another
    event than the entry's headline (*headline* False), of another mode, not naming both
    sides; one whose date phrase names the entry's date as it is ("in August 2008" for
    2008-08) before one that names a period holding it ("in 2008"), before one without; a
    fragment (no final stop); a copy's; one of an article that is not the news of that day
    (published within NEWS_DAYS after it), outside its article's lede, told by a source for
    one the outlet tells (or the reverse), with only other days' date phrases, too short or
    too long; ties to the first reported, then the earlier place in the article."""
    article = articles.get(ev.article_id)
    coding = _best_coding(ev.codings, event)
    text = " ".join(ev.sentence.split())
    fit = _date_fit(text, _reference(article), day)
    return (
        furniture(text, article.title if article else None),
        coding is None or coding.type != event.type,
        coding is None or _happened(coding.status) != _happened(event.status),
        _happened(event.status) and _PROSPECT.search(text) is not None,
        not headline,
        coding is None or coding.mode != event.mode,
        coding is None or not (coding.source and coding.target),
        min(fit, 2),
        not text.endswith(_FINAL),
        article is None or article.copy_of is not None,
        not _news_of(article, day),
        not (ev.in_title or _in_lede(article, ev.start)),
        coding is None or coding.status != event.status,
        fit == 3,
        not _WORDS[0] <= len(text.split()) <= _WORDS[1],
        _reference(article) or "9999",
        ev.start, ev.outlet or "", ev.url or "", ev.article_id)


def _happened(status: str) -> bool:
    return status in _HAPPENED


def _states(ev: Evidence, event: Event, day: str | None,
            articles: Mapping[str, Article]) -> bool:
    """Say whether *ev* states *event* well enough to follow a summary's first sentence: no
    furniture, coded as its type and status, no plan told of a happening, no other day."""
    article = articles.get(ev.article_id)
    coding = _best_coding(ev.codings, event)
    return (not furniture(ev.sentence, article.title if article else None)
            and coding is not None and coding.type == event.type
            and coding.status == event.status
            and not (_happened(event.status) and _PROSPECT.search(ev.sentence))
            and _date_fit(ev.sentence, _reference(article), day) != 3)


def _best_coding(codings: Sequence[SentenceCoding], event: Event) -> SentenceCoding | None:
    """Return the coding of a sentence closest to *event* (type, status, mode, both sides)."""
    return min(codings, default=None, key=lambda c: (
        c.type != event.type, _happened(c.status) != _happened(event.status),
        c.mode != event.mode, not (c.source and c.target), c.status != event.status))


def furniture(sentence: str, title: str | None = None) -> bool:
    """Say whether a sentence carries page furniture: a photo's caption or credit, a page
    stamp that begins it, an "Updated: ..." label inside it, an embedded post's link or
    signature ("pic.twitter.com/...", "— Name (@handle) August 28, 2017"), or its article's
    *title* glued before it (a headline without its full stop runs on into the lede)."""
    text = " ".join(sentence.split())
    headline = " ".join((title or "").split())
    return caption(text) or _stamped(text) or \
        _LABELLED_STAMP.search(text) is not None or _EMBED.search(text) is not None or \
        bool(headline) and len(text) > len(headline) and text.startswith(headline) and \
        not headline.endswith((".", "!", "?"))


def _reference(article: Article | None) -> str | None:
    """The day an article's relative phrases count from: its own date, else its story's,
    else the day the news it reports dates it to, else its neighbours' day."""
    if article is None:
        return None
    return article.shown_date


def _date_fit(sentence: str, reference: str | None, day: str | None) -> int:
    """Say how a sentence's date phrases name *day*: as it is (0: "in August 2008" of
    2008-08), as a period holding it or within it (1: "in 2008"), not at all (2: no phrase
    that resolves), or only other days (3: "said on Tuesday" of a Monday clash, "in 1962")."""
    if day is None:
        return 2
    best = 2
    for start, end in find_expressions(sentence):
        found = resolve(sentence[start:end], reference)
        if found is None:
            continue
        if found.date == day and found.end is None:
            return 0
        best = min(best, 1) if _overlaps(found.date, found.end, day) else best
        best = 3 if best == 2 else best
    return best


def _overlaps(start: str, end: str | None, day: str) -> bool:
    """Say whether a date (YYYY, YYYY-MM or YYYY-MM-DD, a range to *end*) holds *day* or lies
    within it."""
    if day.startswith(start) or start.startswith(day):
        return True
    return end is not None and start <= day[:len(start)] and day[:len(end)] <= end


def _news_of(article: Article | None, day: str | None) -> bool:
    """Say whether *article* is the news of *day*: dated on it or within NEWS_DAYS after it
    (an entry dated to a month or a year: within it)."""
    reference = _reference(article)
    if reference is None or day is None:
        return False
    if len(day) < 10:
        return reference.startswith(day)
    try:
        gap = (date.fromisoformat(reference[:10]) - date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= gap <= NEWS_DAYS


def _in_lede(article: Article | None, start: int) -> bool:
    if article is None:
        return False
    a, b = _lede(article.text)
    return a <= start < b


@lru_cache(maxsize=1024)
def _lede(text: str) -> tuple[int, int]:
    return lede(text)


# -- what to call a cited article --------------------------------------------------------------
def cited_label(title: str | None, url: str | None, fallback: str) -> str:
    """Return what to call a cited article: its title, unless it has none or the title is a
    page stamp or a photo caption; then its address's slug words ("india and china agree to
    disengage"), else its address without the scheme, else *fallback*."""
    if title and title.strip() and not furniture_title(title):
        return " ".join(title.split())
    return url_words(url) or _bare(url) or fallback


def article_label(article: Article) -> str:
    """Return what to call *article* in a list of sources: ``cited_label``, with its first
    words when neither its title nor its address will do."""
    title = article.title if article.title and not furniture_title(article.title) else None
    if title or url_words(article.url):
        return cited_label(title, article.url, article.id)
    return article.evolve(title=None).label


def furniture_title(title: str) -> bool:
    """Say whether a title is page furniture rather than a headline: a photo's caption or
    credit (``_caption_title``: "... in Moscow on September 4, 2020. Twitter/@handle"), a
    bare address, or a page stamp ("Last updated on: ...", "date
    2023-08-24 Yeshi Seli By"): a stamp with its label or time of day, or a date with too few
    words after it to be a headline's subject."""
    text = " ".join(title.split())
    return caption(text) or re.match(r"https?://", text) is not None or _stamped(text) \
        or _caption_title(text) or names_only(text)


#: How the people a picture shows are listed in its caption: "X and Y", "X, Y", "X with Y".
_NAME_LIST = re.compile(r"\s+(?:and|&|with)\s+|\s*,\s*")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of the titles a person's name follows (kb/data/roles.yaml: "Prime Minister",
    "President", "Foreign Minister"), lower case."""
    from ..annotate.roles import load_roles

    return frozenset(w for t in load_roles()[0] for w in t.words)


def names_only(title: str) -> bool:
    """Say whether a title only names the people a picture shows, by their titles: "Prime
    Minister Narendra Modi and Chinese President Xi Jinping". Each listed person is at most
    two capitalised words before a run of title words and one to three capitalised words of
    a name after it, nothing else: a headline says what they did ("President Putin Bans
    Flights To Georgia" names more than a name after the title, and "Putin and Xi agree"
    has no title). Such a title says no news, and the page's address or first words do."""
    parts = [p.split() for p in _NAME_LIST.split(title.strip()) if p.strip()]
    return bool(parts) and all(_titled_name(words) for words in parts)


def _titled_name(words: list[str]) -> bool:
    """Say whether *words* are a name after its title ("Chinese President Xi Jinping")."""
    if not all(w[:1].isupper() for w in words):
        return False
    titled = [i for i, w in enumerate(words) if w.lower().strip(".") in _title_words()]
    if not titled or titled != list(range(titled[0], titled[-1] + 1)):
        return False  # no title, or words between two titles ("President Xi Meets PM Modi")
    return titled[0] <= 2 and 1 <= len(words) - titled[-1] - 1 <= 3


def _caption_title(text: str) -> bool:
    """Say whether a title is a picture's caption by the conventions of news captions: a
    credit to a social-media account ("... Twitter/@handle") or to an agency after the
    description's stop (". -Reuters", ". | ANI"), a photographer and agency ("Jane Roe/EPA",
    "via Shutterstock"), or a full date with its year ending a sentence ("Friday, June 21,
    2019."). A headline has none of these: no stop, no credit, no year's day."""
    return (_SOCIAL_CREDIT.search(text) is not None or _CREDIT_END.search(text) is not None
            or _CAPTION_DATE.search(text) is not None)


def _stamped(text: str) -> bool:
    """Say whether *text* begins with a page stamp: a date with its label or time of day
    ("Last updated on: August 28, 2017 14:16 IST"), one glued to a sentence as the cleaning
    stage reads it (``clean.split_stamp``), or a date with too few words after it to be a
    headline's or a sentence's subject ("date 2023-08-24 Yeshi Seli By"); "20 June 2019 was
    the day" is a sentence."""
    stamp = _stamp(text)
    return stamp is not None and (stamp[1] or split_stamp(text) is not None
                                  or len(text[stamp[0]:].split()) < 4)


def url_words(url: str | None) -> str:
    """Return the words of an address's slug, the last path segment of three or more words
    ("india-and-china-agree-to-disengage" -> "india and china agree to disengage"), or ''
    when it has none (``/economy/1615587``)."""
    if not url:
        return ""
    for segment in reversed(urlsplit(url).path.split("/")):
        name = re.sub(r"\.(?:s?html?|php|aspx?|cms|ece)$", "", unquote(segment), flags=re.I)
        # an id before or after the slug ("3458759-india-china-...", "...-amp-11671706842562")
        words = [w for w in re.split(r"[-_+/\s]+", name) if w and not _ID.fullmatch(w)]
        # words, not letters: a slug whose script's vowel signs were dropped ("5-स-ल-ब-द")
        # spells no word a reader can take in
        if sum(any(ch.isalpha() for ch in w) for w in words) >= 3 and \
                2 * sum(len(w) == 1 for w in words) <= len(words):
            return " ".join(words[:_SLUG_WORDS]) + (" …" if len(words) > _SLUG_WORDS else "")
    return ""


def same_address(url: str) -> str:
    """Return the form of an address two stored pages share when they are one page: without
    the scheme, "www.", a trailing slash, the fragment and tracking parameters ("?utm_source=
    rss&utm_medium=public" is the same page as the address without it)."""
    parts = urlsplit(url.strip())
    query = "&".join(q for q in parts.query.split("&") if q and not _TRACKING.match(q))
    host = re.sub(r"^www\.", "", parts.netloc.lower())
    return host + parts.path.rstrip("/") + (f"?{query}" if query else "")


def _bare(url: str | None) -> str:
    return re.sub(r"^[a-z]+://", "", url or "", flags=re.I).rstrip("/")
