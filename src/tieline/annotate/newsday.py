"""The article's news day: the day its lede tells, which its later simple pasts continue.

News writing puts the day's news in the lede with its day ("Russia on Wednesday lifted its
ban on flights to Georgia"), then tells the same day's happenings in the simple past without
repeating the day ("Georgia's president called the move a provocation."). A simple past with no
time of its own is as often the day before an article as its day, so the event coder does not
give it the page's date; but when the first time the article's lede tells in the simple past
is one day at most WINDOW_DAYS before the page's date, that day is the article's news day
(TimeML's and HeidelTime's reference time of a news narrative). Then

- an undated event told in the simple past on its sentence's main line (not a perfect, a past
  perfect or "previously", not in a direct quote or a caption, not in a subordinate clause such
  as "after troops crossed the line", in a sentence that tells no other time) is dated to it;
- an event told in the present as the day's news ("India and China agree ...", basis
  ``publication``: the page's date) is dated to it too: the day that news happened on.

Both take basis ``newsday``, ranked below a date the event's own words give and above the day
a page was published. Without a news day they stay as they were (undated; ``publication``).

A lede that tells no time at all sums up a statement the next paragraph gives with its day
("..., the Ministry stated on February 15"): that day, when a verb of saying in the simple past
governs it as that paragraph's first time, is the news day of the lede and that paragraph only
(``_attribution_day``); a later paragraph's past may be an earlier step of the story.

The coder marks the first kind while it reads each sentence (basis NEWSDAY, no date yet: see
``told_in_past`` and ``untimed``); ``date_by_news_day`` dates them once the whole article is
read, or takes the mark back. A newsday report keeps the lede's phrase as its ``date_text``, so
dating the article again against another anchor (a story's original date) moves it with the
lede.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..models import Article, Report
from .date_finding import find_expressions
from .dates import resolve
from .published import caption

#: The basis of a date that is the article's news day (see the module's docstring).
NEWSDAY = "newsday"
#: Words a line needs to be a paragraph of running text (not a title, byline or heading).
LEDE_WORDS = 12
#: Days before its page's date a lede's day may be and still be the article's news.
WINDOW_DAYS = 3
#: A date written as a machine writes it: a page's stamp, not a time the news is told at.
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: What follows a page's stamp or dateline, not a time told in a sentence: a clock time
#: ("Apr 28, 2009 12:49 am"), the agency ("HAVANA, May 28 (Reuters) -", "-LRB- Reuters",
#: "March 10. /TASS/").
_STAMP_AFTER = re.compile(r"\s*[,|–—.-]?\s*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|\(|-LRB-|/\s*[A-Z])")
#: What comes before one: a label or a clock time ("updated at 13:13 GMT, Wednesday, 24 August").
_STAMP_BEFORE = re.compile(r"(?:updated|published|posted|[0-5]\d\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s+[A-Z]{2,4})?)\W*$", re.I)
#: Verbs that report what someone said: their simple past is the day's news, and so is the
#: act they report in a simple past ("The ministry said Russian troops detained two men").
_REPORTING = {"say", "tell", "write", "state", "add", "note", "announce", "declare", "report",
              "confirm", "claim", "allege", "insist", "warn", "stress", "tweet", "post"}


def told_in_past(verb: Any) -> bool:
    """Say whether *verb*, a simple past, tells its sentence's main line in the simple past:
    the root, a verb joined to one ("slammed ... and blamed"), or what a reporting verb in the
    simple past says; never a subordinate clause (a circumstance, a relative, a modifier:
    "after troops crossed the line", "the host who insulted him"), whose past may be any time
    before, nor a verb joined to a perfect ("has slammed ... and blamed": has blamed)."""
    node = verb
    for _ in range(8):
        if node.head.i == node.i:
            return True
        joined = node.dep_ in ("conj", "parataxis")
        if not joined and not (node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING):
            return False
        node = node.head
        if not _simple_past(node):
            return False
    return False


def _simple_past(verb: Any) -> bool:
    """Whether *verb* is a simple past, active ("blamed") or passive ("was detained")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not aux or all(c.lower_ == "did" for c in aux)
    return verb.tag_ == "VBN" and bool(aux) and all(c.lower_ in ("was", "were") for c in aux)


def untimed(verb: Any, spans: Sequence[tuple[int, int]]) -> bool:
    """Say whether *verb*'s sentence tells no time outside the words of its subjects ("X,
    who was elected in 2018, wrote ..."): a time told elsewhere in it ("called Russia an
    enemy, while the Kremlin on Friday blamed ...", "since June 18, troops crossed ...")
    belongs to another clause or sets another period, and the writer left this one apart."""
    sent = verb.sent
    begin, end = sent.start_char, sent.end_char
    inside = [(a, b) for a, b in spans if begin <= a and b <= end]
    if not inside:
        return True
    subjects = []
    node = verb
    for _ in range(8):
        subjects += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.head.i == node.i:
            break
        node = node.head
    own = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subjects]
    return all(any(x <= a and b <= y for x, y in own) for a, b in inside)


def news_day(article: Article, doc: Any) -> str | None:
    """Return the phrase that dates the article's news: the first temporal expression of its
    lede (``lede``) that a verb in the simple past governs, when it names one day (not a
    range) at most WINDOW_DAYS before the page's date; None when it names another time, or
    without a page date or such a phrase. A stamp or dateline ("2023-05-10", "HAVANA, May 28
    (Reuters) -", "updated at 13:13 GMT, Wednesday, 24 August 2011") is the page's own date,
    not a time its news is told at (``_stamp``). A lede that tells no time at all takes the
    day its attribution gives (``_attribution_day``)."""
    return _news_day_reach(article, doc)[0]


def _news_day_reach(article: Article, doc: Any) -> tuple[str | None, int]:
    """Return ``news_day``'s phrase and the end of the text whose reports it dates: the whole
    article for a lede's own day; only the lede and its attribution paragraph for the day
    that paragraph gives, since a later paragraph's past may be an earlier step of the
    story and no day the lede tells carries the story's reference time there."""
    if not article.published or len(article.published) != 10:
        return None, 0
    start, end = lede(article.text)
    told = find_expressions(article.text[start:end])
    for a, b in told:
        phrase = article.text[start + a:start + b]
        span = doc.char_span(start + a, start + b, alignment_mode="expand")
        verb = governor(span.root) if span is not None else None
        if _stamp(article.text, start + a, start + b) or verb is None or \
                not _simple_past(verb):
            continue
        return (phrase if _recent(phrase, article.published) else None), len(article.text)
    if told or start == end:
        return None, 0
    return _attribution_day(article, doc, end)


def _attribution_day(article: Article, doc: Any, after: int) -> tuple[str | None, int]:
    """Return the day the paragraph after a lede that tells no time gives its statement
    ("... and called on Russia to withdraw.\n\n'...,' the ministry stated on February 15."),
    with that paragraph's end, when it is the first time that paragraph tells, a verb of
    saying in the simple past governs it and it names one day at most WINDOW_DAYS before
    the page's date; else (None, 0). A lede without a time is the news of its attribution's
    day: news writing gives the day with the statement the lede sums up. Any other first
    time there (a circumstance, "after they met on Thursday") is as often an earlier step of
    the story, so it dates nothing."""
    start, end = lede(article.text[after:])
    if start == end:
        return None, 0
    start, end = start + after, end + after
    found = find_expressions(article.text[start:end])
    if not found:
        return None, 0
    a, b = found[0]
    phrase = article.text[start + a:start + b]
    span = doc.char_span(start + a, start + b, alignment_mode="expand")
    verb = governor(span.root) if span is not None else None
    if _stamp(article.text, start + a, start + b) or verb is None or \
            verb.lemma_.lower() not in _REPORTING or not _simple_past(verb) or \
            not _recent(phrase, article.published or ""):
        return None, 0
    return phrase, end


def _stamp(text: str, a: int, b: int) -> bool:
    """Whether the date at [a, b) of *text* is a page's stamp or dateline: the page's own
    date, not a time its news is told at."""
    return bool(_STAMP.fullmatch(text[a:b].strip()) or _STAMP_AFTER.match(text, b) or
                _STAMP_BEFORE.search(text[max(0, a - 40):a]))


def lede(text: str) -> tuple[int, int]:
    """Return where an article's lede is: its first paragraph of running text, a line of at
    least LEDE_WORDS words that is no photo caption (not a title, byline or heading); (0, 0)
    when it has none. (Taking the next paragraph too dated more events wrong on the news
    sets: a second paragraph's time is as often an earlier step of the story.)"""
    pos = 0
    for line in text.split("\n"):
        if len(line.split()) >= LEDE_WORDS and not caption(line):
            return pos, pos + len(line)
        pos += len(line) + 1
    return 0, 0


def governor(token: Any) -> Any:
    """The verb a word (a temporal expression's, an actor's) hangs from, if any within a
    few steps up its heads."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _recent(phrase: str, published: str) -> bool:
    """Whether *phrase* names one day (not a range), the page's or at most WINDOW_DAYS
    before it."""
    found = resolve(phrase, published, "past")
    if found is None or found.precision != "day" or found.end is not None:
        return False
    try:
        gap = (date.fromisoformat(published) - date.fromisoformat(found.date)).days
    except ValueError:
        return False
    return 0 <= gap <= WINDOW_DAYS


def date_by_news_day(reports: Sequence[Report], article: Article, doc: Any) -> list[Report]:
    """Return *reports* with the article's news day (``news_day``) as the date of the ones the
    coder marked (basis NEWSDAY, no date) and of the ones told as the day's news (basis
    ``publication``) in the text it reaches (``_news_day_reach``), keeping the lede's phrase
    as their ``date_text``; without a news day the marked ones are undated again (no basis)
    and the others stay as they are."""
    if not any(_pending(r) or r.date_basis == "publication" for r in reports):
        return list(reports)
    phrase, reach = _news_day_reach(article, doc)
    day = resolve(phrase, article.published, "past") if phrase else None
    out = []
    for r in reports:
        if day is not None and (_pending(r) or r.date_basis == "publication") and \
                r.evidence[0].start < reach:
            out.append(replace(r, date=day.date, date_precision="day", date_basis=NEWSDAY,
                               date_text=phrase))
        elif _pending(r):
            out.append(replace(r, date_basis=None))
        else:
            out.append(r)
    return out


def _pending(r: Report) -> bool:
    return r.date_basis == NEWSDAY and r.date is None
