"""Remove web boilerplate from plain text as crawlers store it, by general rules only.

A crawler's text keeps the page chrome around the article: menu words, share buttons, size
pickers, accessibility links, author widgets, and titles or captions printed two or three times.
No string is listed here; the rules look at the shape of lines:

* lines repeated within the document (and lines equal to the title) are kept once, or dropped;
* a leading title line (no final punctuation) becomes the title;
* runs of short non-sentence lines at either edge are chrome;
* a block of two or more short non-sentence lines inside the body is a widget (author box,
  "New Update" stamps), from which a byline is taken when it names an author;
* "By NAME" lines give the author;
* a breadcrumb, the trail of section names a page prints above or below its story ("News /
  India News / Xi, Murmu exchange greetings ...", "Home » World » ..."), is dropped wherever
  it stands: short capitalised section names without digits, joined by one spaced separator;
* a line cut inside a sentence (no closing stop, and the next line begins in lower case or the
  line ends on a word no headline ends on: "... and said India had" / "withdrawn its troops")
  is joined to the next, so neither is taken for a title nor parsed as a sentence of its own;
* a page stamp glued to the first sentence on one line ("date 2019-06-20 The arrival of ...",
  "Posted May 8, 2024 Russia ...") is set on a line of its own: the text keeps it (offsets,
  search and the page-date rules still read it), but it is no part of the sentence.

Lines that recur across one outlet's articles are removed at the batch level
(:func:`drop_recurring`), since one article alone cannot show them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from .date_anchors import _full_date
from .date_patterns import _FULL, _FULL_MONTHS, _TRANSLATE
from .published import _TIME, caption

_FINAL = tuple('.!?…"”’»)')
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by)\s+((?:[A-Z][\w'’.-]+\s*){1,4}"
    r"(?:(?:and|&|,)\s*(?:[A-Z][\w'’.-]+\s*){1,4})*)$", re.I)
_NAME = re.compile(r"^(?:[A-Z][a-z'’.-]+|[A-Z]\.)"
                   r"(?:\s+(?:[A-Z][a-z'’.-]+|[A-Z]\.|von|van|de|der|al-\w+)){1,3}$")
_AUTHOR_HINT = re.compile(r"\bauthor|\bwriter\b|\bcolumnist\b", re.I)
#: a stamp's label word ("date", "Posted on", "Last updated:"), as published.py reads them
_STAMP_LABEL = re.compile(r"\s*(?:first\s+|last\s+)?(?:published|posted|filed|dated?|updated"
                          r"|modified)\b(?:\s+on)?\s*[:\-–—]?\s*", re.I)
#: a time zone after a stamp's time of day: "IST", "GMT+4", "(UTC+3 MSK)"
_ZONE = (r"(?:(?:utc|gmt)\s*[+−-]\s*\d{1,2}(?::?\d\d)?(?:\s+[a-z]{3,4})?"
         r"|ist|gmt|utc|msk|cet|cest|eet|eest|est|edt|bst|pst|pdt)(?!\w)")
#: a time of day (and zone) after the stamp's date, then a separator: "12:33 IST |"
_STAMP_TIME = re.compile(rf"\s*[,|–—-]?\s*{_TIME}(?:\s*(?:\({_ZONE}\)|{_ZONE}))?", re.I)
_STAMP_END = re.compile(r"\s*[|–—•-]?\s*")
_DATE_CHARS = 64  # the longest written date ("Wednesday, September 30th, 2023") and room
#: a day and month without a year, as a second stamp writes it before its time ("19 May.
#: 14:55 (UTC+3 MSK)"): a stamp only with the time after it
_DAY_MONTH = re.compile(r"(?:[0-3]?\d\s+[a-z]{3,9}|[a-z]{3,9}\.?\s+[0-3]?\d)\b\.?")
_MONTHS = frozenset((*_FULL_MONTHS.split("|"), "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                     "sep", "sept", "oct", "nov", "dec"))
#: a dateline line and nothing more ("Moscow, May 10", "NEW DELHI, Aug 29 (PTI) -", "19 May
#: Kyiv, Ukraine"): where and when the story was filed, never a headline
_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_DATELINE_ONLY = re.compile(
    rf"^(?:{_PLACE}\s*,\s*)?(?P<date>[0-3]?\d\s+[A-Za-z]{{3,9}}|[A-Za-z]{{3,9}}\.?\s+[0-3]?\d)"
    rf"\b\.?(?:\s*,?\s*{_PLACE}(?:\s*,\s*{_PLACE})?)?\s*(?:\([^()]{{1,30}}\))?\s*[-–—:.]?$")
#: a link to another story, as pages print them between paragraphs ("Also read: <headline>",
#: "READ MORE | <headline>", "READ | <headline>", "See also", "Related stories"): another
#: article's headline, never this article's text (a word that opens a sentence, "Related
#: talks ...", "Read together, ...", has no separator; "read" alone needs the bar)
_LINK_LABEL = re.compile(
    r"^\W{0,3}(?:also\s+read|read\s+(?:more|also)|read(?=\s*\|)|also\s+see|see\s+also"
    r"|must\s+read"
    r"|related(?:\s+(?:news|stories|story|articles?|coverage|reading))?|recommended(?:\s+stories)?"
    r"|you\s+may\s+also\s+like|more\s+on\s+this(?:\s+story)?|don'?t\s+miss)\b\s*"
    r"(?P<sep>[:|\-–—]|$)", re.I)
#: a link to the rest of a story glued to a teaser's last words ("...countries....Read More",
#: "... said. Continue reading »"): the link's words set on a line of their own
_MORE = re.compile(r"(?<=[.…!?\"”])\s*(?:read\s+more|continue\s+reading|read\s+full\s+story)"
                   r"\s*[»›.…]*\s*$", re.I)
#: news agencies as picture credits name them ("REUTERS/Jane Roe", "Jane Roe/AFP")
_AGENCY = r"(?:AP|AFP|Reuters|EPA|PTI|ANI|IANS|Xinhua|TASS|Sputnik|Getty\s+Images|Anadolu)"
#: a picture's credit label that opens a line ("Photograph: ", "(AP Photo/", "-LRB- Photo : ",
#: "Photo credit: ", "File photo: ", or an agency and a slash: "REUTERS/"): the credit that
#: follows it is glued to the caption or lede after it
_CREDIT_LABEL = re.compile(
    r"(?P<open>\(|-LRB-)?\s*(?:(?:file\s+)?(?:" + _AGENCY + r"\s+)?"
    r"(?:photograph|photo|picture|image|pic)s?(?:\s+(?:credit|courtesy|source)s?)?"
    r"\s*(?::|\\?/)|(?P<agency>" + _AGENCY + r")\s*\\?/)\s*", re.I)
#: the part of a slashed credit word after its last slash: an agency ends the credit there
#: ("Jane Roe/Reuters"); a name goes on with its surnames ("REUTERS/Jane Doe Smith")
#: Marks a page sets before a list item or a trail's item ("• ", "› ", "- ").
_MARKERS = "•·›»>*-–— "
#: The separators of a breadcrumb trail, each with a space either side ("News / India News").
_CRUMB_SEP = re.compile(r"\s+(/|>|›|»|•|\||::)\s+")
#: Words a section name of a trail may have, and how many sections before the page's own.
_CRUMB_WORDS, _CRUMB_SECTIONS = 4, 2
_AFTER_SLASH = re.compile(r"[^/]*$")
_CREDIT_CLOSE = re.compile(r"[^()]{0,80}?(?:\)|-RRB-)")


@dataclass(frozen=True)
class Cleaned:
    """Clean text with what the cleaning learned about the article."""

    text: str
    title: str | None
    author: str | None
    dropped: int  # lines removed


def normalise_line(line: str) -> str:
    """Return *line* in the form used to compare lines (NFKC, casefolded, spaces collapsed)."""
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split())


def line_key(line: str) -> str:
    """Return a short stable hash of a line's normalised form."""
    return hashlib.blake2b(normalise_line(line).encode(), digest_size=8).hexdigest()


def is_sentence(line: str) -> bool:
    """Say whether *line* reads as running text rather than a label, menu item or heading."""
    words = line.split()
    if len(words) >= 12:
        return True
    return len(words) >= 4 and line.rstrip().endswith(_FINAL)


def breadcrumb(line: str) -> bool:
    """Say whether *line* is a breadcrumb trail: two or more section names (each of one to
    four words, capitalised, with no digit, colon or closing stop: a date or a byline is no
    section) and the page's own name last (a headline: no full stop; not a short one with
    digits: "Desk / Name / 19th August 2025" is a byline's date), joined by one spaced
    separator throughout. Prose does not set " / " or " » " between capitalised words twice;
    a stamp line holds digits."""
    parts = _CRUMB_SEP.split(line.strip().lstrip("•›»> ").strip())
    items, seps = parts[0::2], set(parts[1::2])
    if len(items) < _CRUMB_SECTIONS + 1 or len(seps) != 1 or not items[-1].strip(" :"):
        return False
    return all(1 <= len(x.split()) <= _CRUMB_WORDS and x[:1].isupper()
               and not re.search(r"[\d:]", x) and not x.endswith(_FINAL)
               for x in items[:-1]) and not items[-1].rstrip().endswith((":", ".")) \
        and not (len(items[-1].split()) <= _CRUMB_WORDS and re.search(r"\d", items[-1]))


def _title_like(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and not line.rstrip().endswith((".", "!", "?", "…"))


def clean_text(raw: str, title: str | None = None) -> Cleaned:
    """Clean *raw* text; find a title unless one is given, and a byline author."""
    lines = join_broken([" ".join(line.split()) for line in raw.replace("\r\n", "\n")
                         .replace("\r", "\n").split("\n")])
    author = None
    if title is None:
        title = _find_title(lines)
    keep = {i for i in _drop_repeats(lines, title) if not breadcrumb(lines[i])}
    keep, edge_author = _trim_edges(lines, keep, bool(title))
    keep, widget_author = _drop_widgets(lines, keep)
    author = edge_author or widget_author
    kept = [lines[i] for i in sorted(keep)]
    first = min(keep, default=-1)
    for i in keep:  # a line of its own, in the same paragraph: a line ends a sentence
        lines[i] = "\n".join(set_apart(lines[i], first=i == first))
    text = "\n\n".join(_paragraphs(lines, sorted(keep)))
    dropped = sum(1 for line in lines if line) - len(kept)
    if title is not None:  # a headline line found with the page's stamp before it
        glued = split_stamp(title)
        title = glued[1] if glued is not None else title
    return Cleaned(text=text, title=title, author=author, dropped=dropped)


#: Words a sentence or a headline never ends on (articles, prepositions, conjunctions,
#: auxiliaries): a line ending on one was cut inside its sentence.
_OPEN_END = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with",
                       "from", "into", "and", "or", "but", "nor", "that", "which", "who",
                       "whom", "whose", "had", "has", "have", "was", "were", "is", "are",
                       "be", "been", "being", "will", "would", "shall", "should", "can",
                       "could", "may", "might", "must", "its", "their", "his", "her", "our",
                       "your", "as", "than", "between", "about"})


def join_broken(lines: list[str]) -> list[str]:
    """Return *lines* with each line cut inside a sentence joined to the line that continues
    it (see ``continues``)."""
    out: list[str] = []
    for line in lines:
        if out and continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def continues(line: str, following: str) -> bool:
    """Say whether *following* continues the sentence *line* was cut inside: *line* has the
    words of a sentence (four or more) and no closing stop, and *following* begins in lower
    case, or *line* ends on a word no sentence or headline ends on ("... said India had").
    A line printed twice (a subtitle repeated) is no continuation of itself."""
    words = line.split()
    if len(words) < 4 or not following or line.endswith(_FINAL + (":", ";", "'")) or \
            normalise_line(line) == normalise_line(following):
        return False
    first = following.lstrip("\"“‘'«(")[:1]
    return first.islower() or (words[-1] in _OPEN_END and first.isalnum())


def set_apart(line: str, first: bool) -> list[str]:
    """Return *line* as the lines it holds: a page stamp glued before the first line's
    sentence, a picture's credit glued before any line's sentence and a "Read More" link
    glued after it each on a line of its own (the text keeps them: offsets, search and the
    page-date rules still read them), so none is part of the sentence nor makes it a
    caption."""
    parts = list(split_stamp(line) or (line,)) if first else [line]
    credit = split_credit(parts[-1])
    parts = parts[:-1] + list(credit) if credit is not None else parts
    more = _MORE.search(parts[-1])
    if more is not None and more.start() > 0:  # "...countries....Read More": a link's words
        parts[-1:] = [parts[-1][:more.start()].rstrip(), parts[-1][more.start():].strip()]
    return parts


def split_credit(line: str) -> tuple[str, str] | None:
    """Return (credit, sentence) when *line* opens with a picture's credit glued to the
    sentence after it ("Photograph: Jane Roe/Reuters Norway said ...", "(AP Photo/Jane Roe)
    The talks ...", "Photo: AFP Talks between ..."), else None.

    The credit runs to its closing bracket; else to the last name joined by a slash
    ("Jane Roe/Reuters"); else through the capitalised names after the label but the last,
    which begins the sentence ("Photograph: PA An outbreak ..."). A label word inside a
    sentence ("Photo exhibition opens ...") has no colon or slash after it: no credit."""
    label = _CREDIT_LABEL.match(line)
    if label is None:
        return None
    end = label.end()
    if label["open"]:
        closed = _CREDIT_CLOSE.match(line, end)
        if closed is None:
            return None
        end = closed.end()
    else:
        names = _credit_end(line, end)
        if names is None:
            return None
        end = names
    credit, rest = line[:end].strip(), line[end:].strip()
    if len(rest.split()) < 4 or not rest[0].isupper() and rest[0] not in "\"“‘'«":
        return None
    return credit, rest


def _credit_end(line: str, at: int) -> int | None:
    """Where the credit's names, beginning at *at* of *line*, end (see ``split_credit``)."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", line[at:])][:8]
    slashed = [i for i, (_, _, w) in enumerate(words[:6]) if "/" in w]
    # "REUTERS/Jane Roe", "AP Photo/Jane Roe": the label took the slash before the first name
    labelled = line[:at].rstrip().endswith("/") and bool(words)
    if slashed or labelled:
        last = slashed[-1] if slashed else 0
        behind = (_AFTER_SLASH.search(words[last][2]).group(0)  # type: ignore[union-attr]
                  if slashed else words[0][2])
        if behind[:1].isupper() and not re.fullmatch(_AGENCY + r"\W*", behind, re.I):
            last += _surnames(words[last + 1:], behind.isupper())
        return at + words[last][1]
    names = 0
    while names < len(words) and words[names][2][:1].isupper():
        names += 1
    if names < 2 or names == len(words):
        return None  # one name, then the sentence's words: no telling where it ends
    return at + words[names - 2][1]


def _surnames(words: list[tuple[int, int, str]], capitals: bool) -> int:
    """How many of *words* (after "AGENCY/Firstname") are the name's surnames: in capitals,
    as many as are written in capitals ("REUTERS/DARO SULAKAURI"); else all but the last
    capitalised word before the sentence's first word in lower case, which begins the
    sentence (the last two before a comma: a name and its apposition), when that leaves one
    or two ("REUTERS/Jane Doe Smith Norway said"), else one (a run of names longer than a
    name: "... Jane Doe Russian President Vladimir Putin")."""
    if capitals:
        return min(2, next((i for i, (_, _, w) in enumerate(words)
                            if not (w.isupper() and w.isalpha())), len(words)))
    run = next((i for i, (_, _, w) in enumerate(words) if not w[:1].isupper()), len(words))
    if run <= 1:
        return 0  # the one capitalised word begins the sentence
    if run == len(words):
        return 1  # no word in lower case in sight: no telling where the sentence begins
    # the sentence's subject: its last capitalised word, or two before an apposition's comma
    # ("AP/Jamahiriya Broadcasting Hillary Clinton, the US secretary of state, ...")
    comma = words[run - 1][2].endswith(",") or words[run][2] == ","
    taken = run - (2 if comma else 1)
    return taken if 0 <= taken <= 2 else 1


def split_stamp(line: str) -> tuple[str, str] | None:
    """Return (stamp, sentence) when *line* begins with the page's date stamp glued to the
    sentence after it ("date 2019-06-20 The arrival ...", "20 June 2019 12:33 Russia ...",
    "Posted May 8, 2024 - The ..."), else None.

    A date followed by a word in lower case is the subject of a sentence ("20 June 2019 was
    the day ..."), as is one followed by a comma or other punctuation, so without a label
    word or a time of day a date is a stamp only before a capitalised word, a digit or a
    quote: no sentence runs on from a bare date to a new capitalised clause."""
    found = _stamps(line)
    if found is None:
        return None
    end, marked = found
    stamp, rest = line[:end].strip(" |–—•-"), line[end:].strip()
    if len(rest.split()) < 4 and not dateline_only(rest):
        return None  # a date line of its own, or a short label: nothing glued to it
    if not marked and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'«"):
        return None
    return stamp, rest


def _stamps(line: str) -> tuple[int, bool] | None:
    """Return where the stamps that begin *line* end and whether a label or time marks
    them, else None. Pages often print two ("date 2023-05-11 Updated May 11, 2023",
    "date 2023-05-19 19 May. 14:55 (UTC+3 MSK)"): after the first, a full date or a day and
    month with a time of day is one more, and a second stamp marks the first as one."""
    found = _stamp(line)
    if found is None:
        return None
    end, marked = found
    while (more := _stamp(line, end) or _timed_day(line, end)) is not None and more[0] > end:
        end, marked = more[0], True
    return end, marked


def _stamp(line: str, at: int = 0) -> tuple[int, bool] | None:
    """Return where a stamp that begins at *at* of *line* ends (an optional label, a full
    date, an optional time of day and separator) and whether a label or time marks it, else
    None."""
    label = _STAMP_LABEL.match(line, at)
    start = label.end() if label else at + len(line[at:]) - len(line[at:].lstrip())
    date = _FULL.match(line[:start + _DATE_CHARS].translate(_TRANSLATE), start)
    if date is None or _full_date(date) is None:
        return None
    timed = _STAMP_TIME.match(line, date.end())
    end = timed.end() if timed else date.end()
    end = _STAMP_END.match(line, end).end()  # type: ignore[union-attr]
    return end, bool(label or timed)


def _timed_day(line: str, at: int) -> tuple[int, bool] | None:
    """Return where a day and month without a year and the time of day after it ("19 May.
    14:55 (UTC+3 MSK)") that begin at *at* of *line* end, else None."""
    start = at + len(line[at:]) - len(line[at:].lstrip())
    day = _DAY_MONTH.match(line[:start + _DATE_CHARS].translate(_TRANSLATE), start)
    if day is None or not _month_in(day.group(0)):
        return None
    timed = _STAMP_TIME.match(line, day.end())
    if timed is None:
        return None
    return _STAMP_END.match(line, timed.end()).end(), True  # type: ignore[union-attr]


def dateline_only(line: str) -> bool:
    """Say whether *line* is a dateline and nothing more ("Moscow, May 10", "NEW DELHI,
    Aug 29 (PTI) -"): where and when a story was filed, no headline or sentence."""
    m = _DATELINE_ONLY.match(line.strip())
    return m is not None and _month_in(m["date"])


def _month_in(day: str) -> bool:
    """Whether a day and month ("19 May.", "Aug 29") names a month ("Mayor 10" does not)."""
    return any(w.lower().rstrip(".") in _MONTHS for w in day.split())


def furniture(line: str) -> bool:
    """Say whether *line* is only the page's stamps and dateline ("date 2023-05-11 Moscow,
    May 10", "Last updated on: August 28, 2017 14:16 IST"): never the article's title."""
    found = _stamps(line)
    rest = line[found[0]:] if found is not None else line
    return not rest.strip(" |–—•-") or dateline_only(rest)


def skip_stamp(text: str) -> str:
    """Return *text* without a page stamp that leads it, glued to its first sentence or on a
    line of its own ("date 2020-04-21" above "Russia is interested ..."): what to show as the
    article's first words."""
    body = text.lstrip()
    line, _, after = body.partition("\n")
    glued = split_stamp(line)
    if glued is not None:
        return glued[1] + ("\n" + after if after else "")
    alone = _stamps(line)
    if alone is not None and alone[0] >= len(line.rstrip()) and after.strip():
        return after.lstrip()  # the stamp alone on its line, the article below it
    return body


#: A picture's credit closing a caption's sentence: ". -Reuters", ". Photo-ANI", ". | AFP".
_CREDIT_TAIL = re.compile(
    r"[.!?][\"”’']?\s*(?:[-–—|]\s*)?(?:(?:file\s+)?(?:photo|pic|picture|image)s?"
    r"(?:\s+credit)?\s*[-:/|]?\s*)?" + _AGENCY + r"\W*$", re.I)


def credited(line: str) -> bool:
    """Say whether *line* is a picture's caption by its form: a sentence closed by its stop
    and the picture's credit ("Soldiers rest at a camp near the border. -Reuters"). A
    headline has no full stop before its outlet's name ("Peru bans flights | Reuters")."""
    return _CREDIT_TAIL.search(line) is not None


def _find_title(lines: list[str]) -> str | None:
    """Take the first title-like line before any sentence, if text follows it."""
    for i, line in enumerate(lines):
        if not line or _byline(line) or _title_like(line) and (
                furniture(line) or caption(line) or credited(line)) \
                or line.startswith(("•", "·", "›", "»")):
            continue  # (a stamp, dateline, photo's caption or list item heads the page)
        if is_sentence(line) and line.rstrip().endswith(_FINAL):
            return None
        if _title_like(line) and _mostly_latin_or_same(line, lines[i + 1:]):
            return line if any(is_sentence(rest) for rest in lines[i + 1:]) else None
    return None


def _script(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split()[0]
    return "?"


def _mostly_latin_or_same(line: str, rest: list[str]) -> bool:
    """A title is written in the body's script (an Armenian menu line above English text is not)."""
    body = next((r for r in rest if is_sentence(r)), "")
    return not body or _script(line) == _script(body)


def _drop_repeats(lines: list[str], title: str | None) -> set[int]:
    """Keep each line once; drop the title printed again, also as a breadcrumb trail's last
    item on a line of its own ("• News", "• India News", "• <the headline>")."""
    headline = normalise_line(title) if title else None
    seen: set[str] = {headline} if headline else set()
    keep: set[int] = set()
    for i, line in enumerate(lines):
        if not line:
            continue
        key = normalise_line(line)
        if key in seen or headline and normalise_line(line.lstrip(_MARKERS)) == headline:
            continue
        seen.add(key)
        keep.add(i)
    return keep


def links(lines: list[str]) -> list[bool]:
    """Say, for each of *lines*, whether it links to another story: a line opening with a
    link label and a separator ("Also read: ...", "READ MORE | ..."), and the list items
    ("- ...", "• ...") or headlines (no closing stop) below a label alone ("Also read:",
    "Related"); a sentence below a label alone is the article's own again.

    Such a line is another article's headline, so no event of this article is read from it
    (``select.LineSelector``); the text keeps it, as the page printed it."""
    out = [False] * len(lines)
    listing = False  # below a label alone
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        label = _LINK_LABEL.match(line)
        if label is not None:
            out[i] = True
            listing = not line[label.end():].strip()
        elif listing and (line.lstrip().startswith(("-", "•", "*", "·")) or _title_like(line)):
            out[i] = True
        else:
            listing = False
    return out


def _byline(line: str) -> str | None:
    match = _BYLINE.match(line.strip())
    return " ".join(match.group(1).split()) if match and len(line.split()) <= 10 else None


def _trim_edges(lines: list[str], keep: set[int], titled: bool) -> tuple[set[int], str | None]:
    author = None
    order = sorted(keep)
    for direction in (order, order[::-1]):
        for i in direction:
            if is_sentence(lines[i]) and not furniture(lines[i]):
                break  # ("date 2023-05-19 19 May. 14:55 (UTC+3 MSK)" ends as one does)
            author = author or _byline(lines[i])
            keep.discard(i)
    return keep, author


def _drop_widgets(lines: list[str], keep: set[int]) -> tuple[set[int], str | None]:
    """Drop blocks of 2+ adjacent non-sentence lines; take an author named in one."""
    author = None
    block: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and i in keep and not is_sentence(lines[i]):
            block.append(i)
            continue
        if i < len(lines) and not lines[i] and not block:
            continue
        if len(block) >= 2:
            author = author or _widget_author([lines[j] for j in block])
            keep.difference_update(block)
        block = []
    return keep, author


def _widget_author(block: list[str]) -> str | None:
    for line in block:
        found = _byline(line)
        if found:
            return found
    for i, line in enumerate(block):
        if _AUTHOR_HINT.search(line):
            for other in block[i + 1:i + 3]:
                if _NAME.match(other):
                    return other
    return None


def _paragraphs(lines: list[str], kept: list[int]) -> list[str]:
    """Keep kept lines that were adjacent in the input together as one paragraph."""
    paragraphs: list[list[str]] = []
    prev = -2
    for i in kept:
        gap = any(not lines[j] for j in range(prev + 1, i)) if prev >= 0 else True
        if gap or not paragraphs:
            paragraphs.append([lines[i]])
        else:
            paragraphs[-1].append(lines[i])
        prev = i
    return ["\n".join(p) for p in paragraphs]


def drop_recurring(text: str, recurring: set[str]) -> tuple[str, int]:
    """Remove lines whose key is in *recurring* (one outlet's chrome); return text and count."""
    if not recurring:
        return text, 0
    out: list[str] = []
    dropped = 0
    for paragraph in text.split("\n\n"):
        kept = [line for line in paragraph.split("\n") if line_key(line) not in recurring]
        dropped += paragraph.count("\n") + 1 - len(kept)
        if kept:
            out.append("\n".join(kept))
    return "\n\n".join(out), dropped
