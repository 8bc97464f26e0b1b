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

from .dates import _FULL, _TRANSLATE, _full_date
from .published import _TIME

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
#: a time of day (and zone) after the stamp's date, then a separator: "12:33 IST |"
_STAMP_TIME = re.compile(rf"\s*[,|–—-]?\s*{_TIME}(?:\s*\(?(?:ist|gmt|utc|msk|cet|cest|eet|eest"
                         r"|est|edt|bst|pst|pdt)\)?(?!\w))?", re.I)
_STAMP_END = re.compile(r"\s*[|–—•-]?\s*")


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


def _title_like(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and not line.rstrip().endswith((".", "!", "?", "…"))


def clean_text(raw: str, title: str | None = None) -> Cleaned:
    """Clean *raw* text; find a title unless one is given, and a byline author."""
    lines = [" ".join(line.split()) for line in raw.replace("\r\n", "\n").replace("\r", "\n")
             .split("\n")]
    author = None
    if title is None:
        title = _find_title(lines)
    keep = _drop_repeats(lines, title)
    keep, edge_author = _trim_edges(lines, keep, bool(title))
    keep, widget_author = _drop_widgets(lines, keep)
    author = edge_author or widget_author
    kept = [lines[i] for i in sorted(keep)]
    if keep:
        first = min(keep)
        stamp = split_stamp(lines[first])
        if stamp is not None:  # a line of its own, in the first paragraph: a line ends a sentence
            lines[first] = "\n".join(stamp)
    text = "\n\n".join(_paragraphs(lines, sorted(keep)))
    dropped = sum(1 for line in lines if line) - len(kept)
    if title is not None:  # a headline line found with the page's stamp before it
        glued = split_stamp(title)
        title = glued[1] if glued is not None else title
    return Cleaned(text=text, title=title, author=author, dropped=dropped)


def split_stamp(line: str) -> tuple[str, str] | None:
    """Return (stamp, sentence) when *line* begins with the page's date stamp glued to the
    sentence after it ("date 2019-06-20 The arrival ...", "20 June 2019 12:33 Russia ...",
    "Posted May 8, 2024 - The ..."), else None.

    A date followed by a word in lower case is the subject of a sentence ("20 June 2019 was
    the day ..."), as is one followed by a comma or other punctuation, so without a label
    word or a time of day a date is a stamp only before a capitalised word, a digit or a
    quote: no sentence runs on from a bare date to a new capitalised clause."""
    found = _stamp(line)
    if found is None:
        return None
    end, marked = found
    stamp, rest = line[:end].strip(" |–—•-"), line[end:].strip()
    if len(rest.split()) < 4:
        return None  # a date line of its own, or a short label: nothing glued to it
    if not marked and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'«"):
        return None
    return stamp, rest


def _stamp(line: str) -> tuple[int, bool] | None:
    """Return where a stamp that begins *line* ends (an optional label, a full date, an
    optional time of day and separator) and whether a label or time marks it, else None."""
    label = _STAMP_LABEL.match(line)
    start = label.end() if label else len(line) - len(line.lstrip())
    date = _FULL.match(line.translate(_TRANSLATE), start)
    if date is None or _full_date(date) is None:
        return None
    timed = _STAMP_TIME.match(line, date.end())
    end = timed.end() if timed else date.end()
    end = _STAMP_END.match(line, end).end()  # type: ignore[union-attr]
    return end, bool(label or timed)


def skip_stamp(text: str) -> str:
    """Return *text* without a page stamp that leads it, glued to its first sentence or on a
    line of its own ("date 2020-04-21" above "Russia is interested ..."): what to show as the
    article's first words."""
    body = text.lstrip()
    line, _, after = body.partition("\n")
    glued = split_stamp(line)
    if glued is not None:
        return glued[1] + ("\n" + after if after else "")
    alone = _stamp(line)
    if alone is not None and alone[0] >= len(line.rstrip()) and after.strip():
        return after.lstrip()  # the stamp alone on its line, the article below it
    return body


def _find_title(lines: list[str]) -> str | None:
    """Take the first title-like line before any sentence, if text follows it."""
    for i, line in enumerate(lines):
        if not line or _byline(line):
            continue
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
    seen: set[str] = {normalise_line(title)} if title else set()
    keep: set[int] = set()
    for i, line in enumerate(lines):
        if not line:
            continue
        key = normalise_line(line)
        if key in seen:
            continue
        seen.add(key)
        keep.add(i)
    return keep


def _byline(line: str) -> str | None:
    match = _BYLINE.match(line.strip())
    return " ".join(match.group(1).split()) if match and len(line.split()) <= 10 else None


def _trim_edges(lines: list[str], keep: set[int], titled: bool) -> tuple[set[int], str | None]:
    author = None
    order = sorted(keep)
    for direction in (order, order[::-1]):
        for i in direction:
            if is_sentence(lines[i]):
                break
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
