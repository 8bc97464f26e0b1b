"""Keep character offsets right when whole lines are cut from a text after it was annotated.

Outlet chrome is found only once several articles of an outlet are seen, so lines may be cut
from a text after its mentions were found. The cut text's lines are a subsequence of the old
text's lines; mentions on a cut line are dropped, the others move with their line.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import Article, Mention


def line_map(old: str, new: str) -> list[tuple[int, int, int]] | None:
    """Return (old start, old end, new start) for each kept line, or None if *new* is not
    *old* with whole lines removed."""
    old_lines = old.split("\n")
    new_lines = new.split("\n")
    spans: list[tuple[int, int, int]] = []
    pos_old = pos_new = 0
    j = 0
    for line in old_lines:
        if j < len(new_lines) and new_lines[j] == line:
            spans.append((pos_old, pos_old + len(line), pos_new))
            pos_new += len(line) + 1
            j += 1
        pos_old += len(line) + 1
    return spans if j == len(new_lines) else None


def _move(offset: int, spans: list[tuple[int, int, int]], end: bool) -> int | None:
    for start, stop, target in spans:
        if start <= offset <= stop if end else start <= offset < stop:
            return target + offset - start
    return None


def _clamp(offset: int, spans: list[tuple[int, int, int]], end: bool) -> int:
    """Map a sentence boundary that may fall on a cut line to the nearest kept position."""
    moved = _move(offset, spans, end)
    if moved is not None:
        return moved
    if end:
        before = [t + (stop - s) for s, stop, t in spans if stop <= offset]
        return before[-1] if before else 0
    after = [t for s, _, t in spans if s >= offset]
    return after[0] if after else (spans[-1][2] if spans else 0)


def remap_mentions(old: str, new: str, mentions: tuple[Mention, ...] | list[Mention]
                   ) -> list[Mention]:
    """Return *mentions* with offsets into *new*; those on cut lines are dropped."""
    spans = line_map(old, new)
    if spans is None:
        raise ValueError("the new text is not the old one with whole lines removed")
    out: list[Mention] = []
    for m in mentions:
        start, end = _move(m.start, spans, False), _move(m.end, spans, True)
        if start is None or end is None or new[start:end] != m.text:
            continue
        out.append(replace(m, start=start, end=end,
                           sentence_start=_clamp(m.sentence_start, spans, False),
                           sentence_end=_clamp(m.sentence_end, spans, True)))
    return out


def remap_article(old: str, article: Article) -> Article:
    """Return *article* (whose text was cut from *old*) with its annotations moved along."""
    spans = line_map(old, article.text)
    if spans is None:
        raise ValueError("the new text is not the old one with whole lines removed")
    links = [replace(s, start=_clamp(s.start, spans, False), end=_clamp(s.end, spans, True))
             for s in article.source_links if _move(s.start, spans, False) is not None]
    return article.evolve(mentions=tuple(remap_mentions(old, article.text, article.mentions)),
                          source_links=tuple(links))


