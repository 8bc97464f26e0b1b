"""Keep character offsets right when whole lines are cut from a text after it was annotated.

Outlet chrome is found only once several articles of an outlet are seen, so lines may be cut
from a text after its mentions and events were found. The cut text's lines are a subsequence
of the old text's lines; mentions and events on a cut line are dropped, the others move with
their line.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..models import Article, Evidence, Mention, Report


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


def _spans(old: str, new: str) -> list[tuple[int, int, int]]:
    spans = line_map(old, new)
    if spans is None:
        raise ValueError("the new text is not the old one with whole lines removed")
    return spans


def remap_mentions(old: str, new: str, mentions: tuple[Mention, ...] | list[Mention]
                   ) -> list[Mention]:
    """Return *mentions* with offsets into *new*; those on cut lines are dropped."""
    spans = _spans(old, new)
    out: list[Mention] = []
    for m in mentions:
        start, end = _move(m.start, spans, False), _move(m.end, spans, True)
        if start is None or end is None or new[start:end] != m.text:
            continue
        out.append(replace(m, start=start, end=end,
                           sentence_start=_clamp(m.sentence_start, spans, False),
                           sentence_end=_clamp(m.sentence_end, spans, True)))
    return out


def _remap_evidence(old: str, new: str, spans: list[tuple[int, int, int]], ev: Evidence
                    ) -> Evidence | None:
    """Move one sentence of evidence; None when its trigger (or, without one, all of the
    sentence) was on cut lines. A title's is not in the text: it stays as it is."""
    if ev.in_title:
        return ev
    trigger_start, trigger_end = ev.trigger_start, ev.trigger_end
    if trigger_end > trigger_start:  # 0, 0: the coder gave no trigger
        moved_start = _move(trigger_start, spans, False)
        moved_end = _move(trigger_end, spans, True)
        if (moved_start is None or moved_end is None
                or new[moved_start:moved_end] != old[trigger_start:trigger_end]):
            return None
        trigger_start, trigger_end = moved_start, moved_end
    start, end = _clamp(ev.start, spans, False), _clamp(ev.end, spans, True)
    if end <= start:
        return None
    return replace(ev, start=start, end=end, sentence=new[start:end],
                   trigger_start=trigger_start, trigger_end=trigger_end)


def remap_events(old: str, new: str, events: tuple[Report, ...] | list[Report]) -> list[Report]:
    """Return *events* with their evidence offsets into *new* and each sentence re-read from
    it; evidence on cut lines is dropped, and an event left with none with it."""
    spans = _spans(old, new)
    out: list[Report] = []
    for event in events:
        moved = [_remap_evidence(old, new, spans, ev) for ev in event.evidence]
        kept = tuple(ev for ev in moved if ev is not None)
        if kept or not event.evidence:
            out.append(event.evolve(evidence=kept))
    return out


def remap_article(old: str, article: Article) -> Article:
    """Return *article* (whose text was cut from *old*) with its annotations moved along."""
    spans = _spans(old, article.text)
    links = [replace(s, start=_clamp(s.start, spans, False), end=_clamp(s.end, spans, True))
             for s in article.citations if _move(s.start, spans, False) is not None]
    return article.evolve(mentions=tuple(remap_mentions(old, article.text, article.mentions)),
                          citations=tuple(links),
                          events=tuple(remap_events(old, article.text, article.events)))




def expand_article(part: Article, whole: str, spans: list[tuple[int, int, int]]) -> Article:
    """Return *part* — annotated on an excerpt of *whole*: *whole* with whole lines removed,
    *spans* giving each kept line's (start, end) in *whole* and start in the excerpt — with
    *whole* as its text and every offset moved back into it (event ids are recomputed from the
    moved offsets, so a report keeps the id a parse of all of *whole* gives it)."""
    from .events import event_id

    if any(whole[s:e] != part.text[t:t + e - s] for s, e, t in spans):
        raise ValueError("the excerpt's lines are not where the spans say")
    starts = [target for _, _, target in spans]

    def back(offset: int) -> int:
        i = max(bisect_right(starts, offset) - 1, 0)
        return spans[i][0] + offset - spans[i][2] if spans else offset

    def end(offset: int) -> int:
        """Move an end (just after a character: move that character). A sentence's end takes
        the blank lines after it along; where a dropped line (a caption, a credit) stood
        among them, the sentence ends where the whole text's next line begins, as a parse of
        the whole ends it, and the dropped line stays out of it."""
        last = offset
        while last > 0 and part.text[last - 1].isspace():
            last -= 1
        if last == offset:
            return back(offset - 1) + 1 if offset > 0 else 0
        moved, limit = back(last - 1) + 1 if last > 0 else 0, back(offset - 1) + 1
        while moved < limit and whole[moved].isspace():
            moved += 1
        return moved

    mentions = tuple(replace(m, start=back(m.start), end=end(m.end),
                             sentence_start=back(m.sentence_start),
                             sentence_end=end(m.sentence_end)) for m in part.mentions)
    links = tuple(replace(s, start=back(s.start), end=end(s.end)) for s in part.citations)
    events: list[Report] = []
    for event in part.events:
        evidence = tuple(replace(ev, start=back(ev.start), end=end(ev.end),
                                 sentence=whole[back(ev.start):end(ev.end)],
                                 trigger_start=back(ev.trigger_start) if ev.trigger_end else 0,
                                 trigger_end=end(ev.trigger_end) if ev.trigger_end else 0)
                         for ev in event.evidence)
        first = evidence[0] if evidence else None
        events.append(event.evolve(
            evidence=evidence,
            id=event.id if first is None else event_id(
                first.article_id, first.start, first.trigger_start, event.rule, event.source,
                event.target)))
    return part.evolve(text=whole, mentions=mentions, citations=links, events=tuple(events))
