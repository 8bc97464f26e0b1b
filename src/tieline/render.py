"""Render results for a terminal: tables on stdout, JSON documents for --json."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console

from .analyze.pair_timeline import counts_text, way_text
from .models import Actor, Article, Event
from .results import clip
from .textsafe import printable

if TYPE_CHECKING:
    from .analyze.pair_timeline import PairTimeline, PairTimelineEntry
    from .analyze.relations import Relations
    from .models import IngestSummary
    from .overview import Overview

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True)


#: how undated entries are ordered and what their "by DAY" says (CLI, brief and page alike)
REPORTED_ORDER = ("in the order first reported ('by DAY': first reported that day, so it "
                  "happened on or before it; 'coreported': its pages state no date, and dated "
                  "pages had reported the same news by that day; 'neighbours': its pages state no "
                  "date, and dated pages sharing its rare names, numbers and quotes came out "
                  "that day)")


def undated_when(reported_by: str | None, basis: str | None = None) -> str:
    """Say when an undated entry was first reported, the same way everywhere: "by 2019-06-21",
    "by 2019-06-21 (coreported)" when the day is inferred from other pages (no page reporting
    it states a date), or "undated" when no article reporting it is dated."""
    if not reported_by:
        return "undated"
    return f"by {reported_by}" + (f" ({basis})" if basis in ("coreported", "neighbours")
                                  else "")


#: What an entry's date basis says (CLI, brief and page alike; see DATE_BASES)
DATE_BASIS_TEXT = {
    "text": "stated in its sentence",
    "narrative": "its sentence's day, the year told before it",
    "newsday": "the day its article's lede tells",
    "story": "its story's date",
    "neighbours-year": "its sentence's month and day, the year its page's dated neighbours "
                       "agree on (the page states none)",
    "publication": "the day it was reported (it happened by then)",
}


def recalled_text(recalled_by: str) -> str:
    """Say that a dated entry is recalled history (CLI and page alike): every page telling
    it is dated more than a year after it."""
    return (f"recalled history: first told on a page of {recalled_by}, more than a year "
            "later (background of those pages, not their news; not in the trajectory)")


def date_basis_text(basis: str | None) -> str:
    """Say where an entry's date comes from ("date: stated in its sentence"), or '' when it
    has no date."""
    return f"date: {DATE_BASIS_TEXT.get(basis, basis)}" if basis else ""


def source_labels(names: Sequence[str]) -> list[str]:
    """Label an entry's cited articles, one each: its outlet, and an outlet's second and later
    article "scroll.in (2)", "scroll.in (3)" (two pages of one outlet are two reports; the same
    name twice reads as one listed twice). The page labels them alike."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


#: What follows a summary the page's text ends inside (CLI, brief and page alike)
CUT_NOTE = "… [the page's text stops here]"


def shown_summary(summary: str, cut: bool) -> str:
    """Return a summary as every view shows it: marked when the page's text ends inside its
    sentence (``entry_text.cut_short``), so a fragment is never read as the whole sentence."""
    return f"{summary} {CUT_NOTE}" if cut and summary else summary


def dated_entries(n: int) -> str:
    """Say how many dated entries a timeline shows: "1 dated entry", "12 dated entries"."""
    return f"{n} dated entr{'y' if n == 1 else 'ies'}"


def undated_text(total: int, shown: int | None = None) -> str:
    """Say how many undated events a pair has, the same way everywhere: "48 undated events",
    "30 of 48 undated events shown" (the CLI, the report and the page say it alike)."""
    noun = "undated event" if total == 1 else "undated events"
    if shown is not None and shown < total:
        return f"{shown} of {total} {noun} shown"
    return f"{total} {noun}"


def print_json(doc: Any) -> None:
    """Print one JSON document on stdout and nothing else."""
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def articles_table(articles: list[Article], full: bool = False) -> None:
    """Print one line per article (and its text with *full*)."""
    out = sys.stdout
    out.write(f"{'id':16}  {'published':22}  {'outlet':20}  {'lang':7}  {'words':>5}  title\n")
    for a in articles:
        date = a.shown_date or "unknown"
        if a.shown_date and a.shown_basis != "metadata":
            date += f" ({a.shown_basis})"
        lang = (a.lang or "?") + ("+mixed" if a.lang_mixed else "")
        title = _clip(a.title or _first_words(a.text), 70)
        out.write(f"{a.id:16}  {_clip(date, 22):22}  {_clip(a.outlet or '?', 20):20}  "
                  f"{_clip(lang, 7):7}  {a.words:>5}  {title}\n")
        if full:
            out.write(f"    author: {printable(a.author or 'unknown')}; url: "
                      f"{printable(a.url or 'none')}; from: {printable(a.origin)}\n")
            for warning in a.warnings:
                out.write(f"    warning: {printable(warning)}\n")
            for paragraph in a.text.split("\n"):
                out.write(f"    {printable(paragraph, keep=chr(9))}\n")
            out.write("\n")
    out.write(f"{len(articles)} articles\n")


def actors_table(actors: list[tuple[Actor, int]]) -> None:
    """Print one line per actor: id, kind, country, sector, mentions, name."""
    out = sys.stdout
    out.write(f"{'id':24}  {'kind':12}  {'country':7}  {'sector':6}  {'mentions':>8}  name\n")
    for actor, n in actors:
        out.write(f"{_clip(actor.id, 24):24}  {actor.kind:12}  {actor.country or '-':7}  "
                  f"{actor.sector or '-':6}  {n:>8}  {printable(actor.name)}\n")
    out.write(f"{len(actors)} actors\n")


def events_table(events: list[Event], more: bool = False) -> None:
    """Print two lines per event: date, type, who → whom (A ↔ B: done to each other), status,
    intensity, outlet (with its independent sources and reports when more than one page
    reports it); then the sentence that reports it. *more*: further events match (a
    --limit cut them), and the count says so."""
    out = sys.stdout
    out.write(f"{'date':10}  {'type':22}  {'source → target':44}  {'status':12}  "
              f"{'int.':>5}  outlet\n")
    for e in events:
        kind = e.type + (f":{e.mode}" if e.mode else "")
        who = way_text(e, "-")
        status = "" if e.status == "reported" else e.status
        first = e.evidence[0] if e.evidence else None
        outlet = (first.outlet if first else None) or "?"
        # a merged event's first outlet is not its only one: its sources and copies apart
        counted = f" ({counts_text(e.independent_sources, e.reports)})" if e.reports > 1 else ""
        out.write(f"{e.date or 'undated':10}  {_clip(kind, 22):22}  {_clip(who, 44):44}  "
                  f"{status:12}  {e.intensity:>+5.1f}  {printable(outlet)}{counted}\n")
        if first is not None:
            out.write(f"    {_clip(first.sentence, 110)}\n")
    noun = f"event{'' if len(events) == 1 else 's'}"
    out.write(f"the first {len(events)} {noun}; more match (raise --limit)\n" if more
              else f"{len(events)} {noun}\n")


def _clip(text: str, width: int) -> str:
    return clip(printable(" ".join(text.split())), width)  # (at a word's edge)


def _first_words(text: str, n: int = 12) -> str:
    """The article's first words, after the page stamp that may lead its text."""
    from .annotate.clean import skip_stamp

    words = skip_stamp(text).split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _esc(text: str) -> str:
    """Escape rich markup in text that came from the internet."""
    from rich.markup import escape

    return escape(text)


def pair_title(view: str, a: Actor, b: Actor, domestic: bool) -> str:
    """Return a pair view's title: "Timeline of India and China", or, for a pair that is one
    state (or it and its own people), what its events are: no relation between two states."""
    if not domestic:
        return f"{view} of {printable(a.name)} and {printable(b.name)}"
    names = printable(a.name) if a.id == b.id else f"{printable(a.name)} and {printable(b.name)}"
    return (f"Domestic events of {names} (both sides of one state: its own bodies and people, "
            f"by sector; no relation between two states)")


def pair_timeline_table(timeline: PairTimeline) -> None:
    """Print a pair's timeline: one block per dated entry, then the undated events apart."""
    out = sys.stdout
    a, b = timeline.pair
    out.write(f"{pair_title('Timeline', a, b, timeline.domestic)}: "
              f"{dated_entries(len(timeline.entries))} "
              f"({timeline.left_out} less salient left out), "
              f"{undated_text(timeline.undated_total, timeline.undated_shown)}\n")
    for entry in timeline.entries:
        _entry_lines(out, entry.date or "", entry)
    if timeline.undated:
        out.write(f"\nUndated (not placed at a guessed date), {REPORTED_ORDER}:\n")
        for entry in timeline.undated:
            _entry_lines(out, undated_when(entry.reported_by, entry.reported_by_basis)
                         .ljust(13), entry)


def _entry_lines(out: TextIO, when: str, entry: PairTimelineEntry) -> None:
    kind = entry.type + (f":{entry.mode}" if entry.mode else "")
    basis = date_basis_text(entry.date_basis)
    out.write(f"\n{when:10}  {kind:22}  {entry.intensity:>+5.1f}  {len(entry.events)} "
              f"event{'' if len(entry.events) == 1 else 's'}, {entry.counts}"
              f"{'; ' + basis if basis else ''}"
              f"{'; not told as done: ' + entry.status_text if entry.status_text else ''}\n")
    out.write(f"    {_clip(entry.who_text, 110)}\n")
    if entry.recalled_by:
        out.write(f"    {recalled_text(entry.recalled_by)}\n")
    cut = entry.summary_from is not None and entry.summary_from.cut
    out.write(f"    {shown_summary(_clip(entry.summary, 300), cut)}\n")
    if entry.alike_text:
        out.write(f"    ({entry.alike_text})\n")
    if entry.summary_from is not None:
        out.write(f"    {summary_from_text(entry.summary_from.to_dict())}\n")
    for s in entry.sources[:4]:
        note = f" ({s.note} at this address)" if s.note else ""
        out.write(f"    — {_clip(s.outlet or '?', 60)}: "
                  f"{_clip(s.label or s.title or s.url or s.article_id, 80)}{note}\n")
    if len(entry.sources) > 4:
        more = len(entry.sources) - 4
        out.write(f"    — and {more} more article{'' if more == 1 else 's'} (--json lists "
                  "them all)\n")


def summary_from_text(source: Mapping[str, Any]) -> str:
    """Say where a timeline entry's summary was quoted from: the outlet, the article's id and
    the characters of its text ("(summary: azatutyun.am, article 0180bd5111e8edd6, characters
    0-165)"), for `tieline articles --full` or the page's reader to show them."""
    spans = ", ".join(f"{s.get('start')}-{s.get('end')}"
                      + (" of its title" if s.get("part") == "title" else "")
                      for s in source.get("sentences") or [])
    return (f"(summary: {_clip(str(source.get('outlet') or '?'), 60)}, article "
            f"{source.get('article_id')}, characters {spans})")


def recalled_series_text(recalled: int) -> str:
    """Say how many events a trajectory leaves out as recalled history (nothing when none)."""
    if not recalled:
        return ""
    return (f", {recalled} event{'' if recalled == 1 else 's'} of recalled history (told "
            "only more than a year later)")


def relations_table(relations: Relations) -> None:
    """Print a pair's trajectory: one line per period, the turning points, outlet framing."""
    out = sys.stdout
    a, b = relations.pair
    out.write(f"{pair_title('Relations', a, b, relations.domestic)} by {relations.by} "
              f"(−10 conflict … +10 cooperation); {undated_text(relations.undated_all)} and "
              f"{relations.coarser} dated too coarsely"
              f"{recalled_series_text(relations.recalled)} are not in the series\n")
    out.write(f"{'period':8}  {'events':>6}  {'coop':>4}  {'confl':>5}  {'mean':>5}  "
              f"{'sources':>7}  {'undated*':>8}\n")
    series = relations.series
    for i, p in enumerate(series):
        if _quiet(series, i) and _quiet(series, i - 1):
            continue  # (within a run of empty periods, said once at its start)
        if _quiet(series, i) and _quiet(series, i + 1):
            last = next(j for j in range(i, len(series)) if not _quiet(series, j + 1))
            out.write(f"{p.period:8}  … {series[last].period}: no events in these "
                      f"{last - i + 1} {relations.by}s\n")
            continue
        mean = f"{p.mean_intensity:>+5.1f}" if p.mean_intensity is not None else f"{'-':>5}"
        # a mean from one source is drawn in dots, never as solid as a corroborated one
        bar = _bar(p.mean_intensity)
        bar = "·" * len(bar) if p.thin else bar
        sources = f"{p.sources}{'!' if p.thin else ''}" if p.events else ""
        undated = str(p.undated_reported or "")
        out.write(f"{p.period:8}  {p.events:>6}  {p.cooperation:>4}  {p.conflict:>5}  "
                  f"{mean}  {sources:>7}  {undated:>8}  {bar}\n".rstrip() + "\n")
    if any(p.thin for p in series):
        out.write(f"! {THIN_NOTE}\n")
    if any(p.undated_reported for p in relations.series):
        out.write("* undated events first reported in the period: they happened on or before "
                  "it, so they are not in its counts or mean\n")
    for t in relations.turning_points:
        out.write(f"turning point {t.period}: mean {t.before:+.1f} → {t.after:+.1f}\n")
        for e in t.events:
            first = e.evidence[0].sentence if e.evidence else ""
            out.write(f"    {e.date or ''} {e.type} {e.intensity:+.1f}: {_clip(first, 100)}\n")
    framed = [f for f in relations.framing if not f.too_few_events]
    few = [f for f in relations.framing if f.too_few_events]
    if framed:
        out.write("outlet framing (counted by story: mean intensity of the events each reports; "
                  "against all, shrunk toward the pair's mean):\n")
        for f in framed:
            mix = ", ".join(f"{t} {share:.0%}" for t, share in list(f.types.items())[:3])
            out.write(f"    {_clip(f.outlet, 24):24}  {f.events:>3} events  "
                      f"{f.mean_intensity:>+5.1f} ({f.difference:+.1f})  {mix}\n")
    if few:
        listed = ", ".join(f"{printable(f.outlet)} ({f.events})" for f in few)
        out.write(f"{too_few_text(len(few))}: {listed}\n")


#: What an open dot (chart) or a "!" (CLI) on a period says: its mean is one source's account.
THIN_NOTE = ("the period's mean rests on a single independent source (one story, its copies "
             "included): one outlet's account, not a corroborated mood")


def too_few_text(outlets: int) -> str:
    """Say which outlets are left unframed, the same way everywhere: "too few events to frame
    (fewer than 5) in 12 outlets"."""
    from .analyze.relations import MIN_FRAMING_EVENTS

    return (f"too few events to frame (fewer than {MIN_FRAMING_EVENTS}) in {outlets} "
            f"outlet{'' if outlets == 1 else 's'}")


def _quiet(series: Sequence[Any], i: int) -> bool:
    """Say whether period *i* of a series exists and has no event, dated or undated (a stray
    old event must not print decades of zero rows)."""
    return 0 <= i < len(series) and not series[i].events and not series[i].undated_reported


def _bar(mean: float | None) -> str:
    if mean is None:
        return ""
    width = round(abs(mean) * 2)
    return ("+" if mean > 0 else "-") * width


def render_gold_row(row: dict[str, Any]) -> str:
    """One gold event of ``eval news --details``: found or not, what tieline said, and why."""
    head = f"{row['id']:>5} {row['date']:<10} {row['gold']:<32} {row['found']:<8}"
    event = row.get("event")
    if event is None:
        return f"{head} {row.get('reason', '')}  | {_clip(row.get('what', ''), 60)}"
    said = (f"{event['source']} {event['type']}:{event['mode']} {event['target']} "
            f"{event['date'] or 'undated'}/{event['date_basis']} {event['status']}")
    if row["found"] == "strict":
        return (f"{head} {said}  [{row['date_verdict']}, status "
                f"{'ok' if row['status_right'] else 'wrong'}, sources "
                f"{event['independent_sources']}/{row.get('families', '?')}]"
                + _missed_families(row) + _miscounted(row))
    return f"{head} {said}  [{row.get('reason', '')}]"


def _missed_families(row: dict[str, Any]) -> str:
    """The families a found gold event's match holds no report of, by why (evaluate/sources.py),
    each as its pages that state the event; "(not English)" marks one with no English page,
    which tieline does not read for events. Empty when there are none."""
    missed = row.get("families_missed") or {}
    if not missed:
        return ""
    pages = row.get("families_missed_pages", {})
    foreign = set(row.get("families_not_english", ()))
    by_reason: dict[str, list[str]] = {}
    for name, reason in missed.items():
        shown = "+".join(pages.get(name, [name])) + (" (not English)" if name in foreign else "")
        by_reason.setdefault(reason, []).append(shown)
    return "\n" + " " * 6 + "families missed: " + "; ".join(
        f"{reason} {', '.join(shown)}" for reason, shown in by_reason.items())


def _miscounted(row: dict[str, Any]) -> str:
    """How a found gold event's match counts the families it holds wrong (a copy counted as a
    source, two sources in one story, stories beyond the gold's, with their pages:
    evaluate/sources.py), or nothing."""
    found = [f"over ({', '.join(row.get('sources_over_pages') or [])})" if cause == "over"
             else cause for cause in row.get("miscounted") or []]
    return "\n" + " " * 6 + "miscounted: " + ", ".join(found) if found else ""


def ingest_summary(report: IngestSummary, overview: Overview, seconds: float) -> str:
    """Return the lines that close an ingest: what this run did, in how long, and what the
    corpus now holds (events, actors, stories, languages the stages do not read)."""
    c = overview.counts
    lines = [f"stored {report.stored} articles, {report.unchanged} already stored, "
             f"{len(report.rejects)} rejected, in {_duration(seconds)}",
             f"the corpus: {c['articles']} articles in {c['stories']} stories "
             f"({c['copies']} {'copy or rewrite' if c['copies'] == 1 else 'copies or rewrites'}), "
             f"{c['events']} events "
             f"({c['undated_events']} undated), {overview.actors_total} actors"]
    others = {lang: n for lang, n in c["languages"].items() if lang != "en"}
    if others:
        listed = ", ".join(f"{lang} {n}" for lang, n in list(others.items())[:6])
        more = ", …" if len(others) > 6 else ""
        lines.append(f"{sum(others.values())} articles in {len(others)} other languages "
                     f"({listed}{more}) in the corpus: stored and searchable, not analysed "
                     "for events (events are read in English)")
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {rest:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"
