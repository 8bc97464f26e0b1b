"""A brief: one self-contained HTML file to open and share, every value from the internet escaped.

``tieline report`` writes one (the command keeps its name: users' scripts call it). A pair's
brief holds its trajectory (the chart of :mod:`tieline.chart`, the same SVG the page and the
notebook show), turning points, outlet framing, timeline with evidence, and sources; without
a pair, the brief lists the stored articles with their text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from html import escape as _html_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .analyze.entry_text import article_label
from .chart import signed as _signed
from .chart import trajectory_svg
from .ingest.pipeline import other_languages_line
from .models import Article
from .render import (
    REPORTED_ORDER,
    date_basis_text,
    dated_entries,
    shown_summary,
    source_labels,
    too_few_text,
    undated_text,
    undated_when,
)
from .textsafe import safe_url, without_bidi

if TYPE_CHECKING:
    from .corpus import Corpus

_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;
text-align:left;vertical-align:top}article{margin:2rem 0}p{margin:.4rem 0}.meta{color:#555}"""


def escape(text: str) -> str:
    """Escape *text* for HTML and neutralise its bidi controls (no value reverses the page)."""
    return _html_escape(without_bidi(text))


def write_articles_brief(articles: list[Article], path: Path) -> Path:
    """Write the articles as one HTML file; return its path."""
    rows = []
    bodies = []
    for a in articles:
        link = safe_url(a.url)
        outlet = escape(a.outlet or "?")
        if link:
            outlet = f'<a href="{escape(link)}" rel="noopener noreferrer">{outlet}</a>'
        rows.append(f"<tr><td>{escape(a.shown_date or 'unknown')}</td><td>{outlet}</td>"
                    f"<td>{escape(a.lang or '?')}</td><td>{a.words}</td>"
                    f'<td><a href="#a-{escape(a.id)}">{escape(a.label)}</a></td></tr>')
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n") if p.strip())
        bodies.append(f'<article id="a-{escape(a.id)}"><h2>{escape(a.label)}</h2>'
                      f'<div class="meta">{outlet} · {escape(a.shown_date or "date unknown")} '
                      f"({escape(a.shown_basis)}) · {escape(a.author or 'author unknown')}"
                      f"</div>{paragraphs}</article>")
    html = (f"<!doctype html><html lang=en><meta charset=utf-8><title>tieline brief</title>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'>"
            f"<style>{_STYLE}</style><h1>tieline: {len(articles)} articles</h1>"
            f"<table><tr><th>published</th><th>outlet</th><th>lang</th><th>words</th>"
            f"<th>title</th></tr>{''.join(rows)}</table>{''.join(bodies)}</html>")
    path.write_text(html, encoding="utf-8")
    return path


# -- a pair's brief: trajectory, turning points, timeline, sources ---------------------------
_PAIR_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;
padding:0 1rem;color:#1d232a}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.8rem}
svg{width:100%;height:auto}.pos{color:#2f7d4f}
.neg{color:#b3382c}.meta,.method{color:#5b6570;font-size:.85rem}ol.tl{list-style:none;padding:0}
ol.tl>li{border-bottom:1px solid #ddd;padding:.5rem 0}.when,.who{font-weight:600}
.tag{background:#e9edf1;border-radius:3px;padding:0 .3rem;margin-right:.3rem;font-size:.85rem}
blockquote{margin:.3rem 0;padding:.3rem .6rem;background:#f5f7f9;border-left:3px solid #2457a6}
mark{background:#fff1a8}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.25rem;text-align:left;vertical-align:top}
@media print{details{display:block}}"""


def _tone(x: float | None) -> str:
    return "pos" if x and x > 0 else "neg" if x and x < 0 else ""


def _link(url: str | None, text: str, hover: str | None = None) -> str:
    href = safe_url(url)
    if not href:
        return escape(text)
    title = f' title="{escape(hover)}"' if hover else ""
    return (f'<a href="{escape(href)}"{title} rel="noopener noreferrer nofollow">'
            f'{escape(text)}</a>')


def _evidence_html(ev: Mapping[str, Any]) -> str:
    """Quote an evidence sentence with its trigger words marked."""
    sentence = str(ev.get("sentence") or "").rstrip()
    start = int(ev.get("start") or 0)
    t0, t1 = (int(v) - start for v in (ev.get("trigger") or (start, start)))
    t0, t1 = max(0, min(t0, len(sentence))), max(0, min(t1, len(sentence)))
    if t1 > t0:
        quoted = (f"{escape(sentence[:t0])}<mark>{escape(sentence[t0:t1])}</mark>"
                  f"{escape(sentence[t1:])}")
    else:
        quoted = escape(sentence)
    codings = "; ".join(_coding_text(c) for c in ev.get("codings") or [])
    return (f"<blockquote>{quoted}<div class=meta>"
            f"{_link(ev.get('url'), str(ev.get('outlet') or 'source'))}"
            f"{' · ' + escape(codings) if codings else ''}</div></blockquote>")


def _coding_text(c: Mapping[str, Any]) -> str:
    """Say what one sentence was coded as, as the page says it: "India → China · CONSULT:meet"
    (↔ done to each other; the status when it is not "reported")."""
    arrow = "↔" if c.get("mutual") else "→"
    kind = f"{c.get('type')}:{c.get('mode')}" if c.get("mode") else str(c.get("type"))
    status = f" · {c.get('status')}" if c.get("status") not in (None, "reported") else ""
    return f"{c.get('source') or '?'} {arrow} {c.get('target') or '?'} · {kind}{status}"


def _summary_from_html(entry: Mapping[str, Any]) -> str:
    """Say which article the summary quotes, as the page says it: "Summary from OUTLET:
    LABEL", the outlet linked to the article."""
    source = entry.get("summary_from")
    if not source:
        return ""
    label = str(source.get("label") or "")
    outlet = _link(source.get("url"), str(source.get("outlet") or "source"), label or None)
    return f"<div class=meta>Summary from {outlet}{': ' + escape(label) if label else ''}</div>"


def _summary(entry: Mapping[str, Any]) -> str:
    """Return an entry's summary as the page shows it (marked when its page is cut inside it)."""
    source = entry.get("summary_from") or {}
    return shown_summary(str(entry.get("summary") or ""), bool(source.get("cut")))


def _entry_html(entry: Mapping[str, Any]) -> str:
    events = list(entry.get("events") or [])
    kinds = dict.fromkeys(f"{e['type']}:{e['mode']}" if e.get("mode") else str(e["type"])
                          for e in events)
    seen: set[tuple[str, str, int]] = set()
    quotes = []
    for e in events:
        for ev in e.get("evidence") or []:
            key = (str(ev.get("article_id")), str(ev.get("part") or "text"),
                   int(ev.get("start") or 0))
            if key not in seen:
                seen.add(key)
                quotes.append(_evidence_html(ev))
    cited = list(entry.get("sources") or [])
    labels = source_labels([str(s.get("outlet") or s.get("label") or "source") for s in cited])
    sources = " · ".join(_link(s.get("url"), label, s.get("label"))
                         + (f" ({escape(str(s['note']))})" if s.get("note") else "")
                         for s, label in zip(cited, labels, strict=True))
    precision = entry.get("date_precision")
    basis = date_basis_text(entry.get("date_basis"))
    when = escape(str(entry.get("date") or undated_when(entry.get("reported_by"),
                                                          entry.get("reported_by_basis")))) + (
        f" ({escape(str(precision))})" if precision and precision != "day" else "") + (
        f" <span class=meta>{escape(basis)}</span>" if basis else "")
    tags = "".join(f"<span class=tag>{escape(k)}</span>" for k in kinds)
    intensity = entry.get("intensity")
    alike = (f"<div class=meta>{escape(str(entry['alike_text']))}</div>"
             if entry.get("alike_text") else "")
    return (f"<li><div><span class=when>{when}</span> {tags}"
            f"<span class={_tone(intensity)}>{_signed(intensity)}</span></div>"
            f"<div class=who>{escape(str(entry.get('who') or ''))}</div>"
            f"<p>{escape(_summary(entry))}</p>{_summary_from_html(entry)}{alike}"
            f"<div class=meta>{escape(str(entry.get('counts') or ''))}"
            f"{'. ' if entry.get('counts') else ''}Sources: {sources or 'none'}</div>"
            f"<details><summary>Evidence ({len(quotes)})</summary>{''.join(quotes)}</details>"
            f"</li>")


def _turning_html(relations: Mapping[str, Any]) -> str:
    items = [f"<li>{escape(str(tp.get('period')))}: mean intensity "
             f"<span class={_tone(tp.get('before'))}>{_signed(tp.get('before'))}</span> → "
             f"<span class={_tone(tp.get('after'))}>{_signed(tp.get('after'))}</span> "
             f"({len(tp.get('events') or [])} events)</li>"
             for tp in relations.get("turning_points") or []]
    return f"<ul>{''.join(items)}</ul>" if items else "<p class=meta>No turning point.</p>"


def _framing_html(relations: Mapping[str, Any]) -> str:
    rows = []
    frames = list(relations.get("framing") or [])
    few = [f for f in frames if f.get("too_few_events")]
    for f in (f for f in frames if not f.get("too_few_events")):
        types = ", ".join(f"{escape(str(t))} {round(float(v) * 100)}%"
                          for t, v in (f.get("types") or {}).items())
        rows.append(f"<tr><td>{escape(str(f.get('outlet') or '?'))}</td>"
                    f"<td>{int(f.get('events') or 0)}</td>"
                    f"<td class={_tone(f.get('mean_intensity'))}>"
                    f"{_signed(f.get('mean_intensity'))}</td>"
                    f"<td class={_tone(f.get('difference'))}>{_signed(f.get('difference'))}</td>"
                    f"<td>{types}</td></tr>")
    if not frames:
        return ""
    note = (f"<p class=meta>{escape(too_few_text(len(few)).capitalize())}: "
            + ", ".join(f"{escape(str(f.get('outlet') or '?'))} ({int(f.get('events') or 0)})"
                        for f in few) + "</p>") if few else ""
    return ("<h2>How each outlet frames it</h2><p class=meta>Counted by story (a copy is its "
            "original's framing); each outlet's difference is shrunk toward the pair's mean."
            "</p><table><tr><th>outlet</th><th>events</th>"
            "<th>mean intensity</th><th>vs. all</th><th>types</th></tr>"
            f"{''.join(rows)}</table>{note}")


def _sources_html(articles: Sequence[Article], originals: Mapping[str, Article]) -> str:
    items = []
    for a in articles:
        first = originals.get(a.copy_of) if a.copy_of else None
        kind = "translation" if a.translation_of else "copy"
        copy = "" if not a.copy_of else (
            f" · {kind} of {escape(first.outlet or first.label)}, "
            f"{escape(shown_date(first))}" if first else f" · {kind} of {escape(a.copy_of)}")
        items.append(f"<li>{_link(a.url, article_label(a))} <span class=meta>— "
                     f"{escape(a.outlet or '?')}, {escape(shown_date(a))}{copy}</span></li>")
    return f"<h2>Sources ({len(items)} articles)</h2><ol>{''.join(items)}</ol>" if items else ""


def shown_date(a: Article) -> str:
    """Say an article's date as the CLI's list says it: its own, else its story's original's
    ("2017-08-02 (story)") or the one the news it reports gives it ("(coreported)")."""
    if not a.shown_date:
        return "date unknown"
    return a.shown_date + (f" ({a.shown_basis})" if a.shown_basis in ("story", "coreported",
                                                                "neighbours")
                           else "")


def _unread_html(languages: Mapping[str, int]) -> str:
    """Say how many of the corpus's articles the brief could not read for events: "In the
    corpus, 42 articles in 19 other languages: not analysed for events (ru 6, ...)"."""
    others = Counter({str(lang): int(n) for lang, n in languages.items() if lang != "en"})
    return f" In the corpus, {escape(other_languages_line(others))}." if others else ""


def pair_brief_html(timeline: Mapping[str, Any], relations: Mapping[str, Any],
                     articles: Sequence[Article] = (),
                     originals: Mapping[str, Article] | None = None,
                     languages: Mapping[str, int] | None = None) -> str:
    """Return the pair's brief as one HTML document: no script, nothing loaded from outside.
    *articles* are its sources; *originals* the stories' originals they copy, by id (a copy
    names its original's outlet and date); *languages* the corpus's articles by language
    (the brief says how many it could not read for events)."""
    pair = list(timeline.get("pair") or relations.get("pair") or [])
    names = " and ".join(str(p.get("name") or p.get("id")) for p in pair) or "the pair"
    entries = list(timeline.get("entries") or [])
    undated = list(timeline.get("undated") or [])
    total = int(timeline.get("undated_total", len(undated)))
    shown = int(timeline.get("undated_shown", len(undated)))
    undated_html = (f"<details><summary>{undated_text(total, shown)}, {REPORTED_ORDER}"
                    "</summary>"
                    f"<ol class=tl>{''.join(_entry_html(e) for e in undated)}</ol></details>"
                    if undated else "")
    uncharted = int(relations.get("undated_all", relations.get("undated")) or 0)
    method = " · ".join(filter(None, [escape(str(relations.get("method") or "")),
                                      f"{undated_text(uncharted)} are not charted."
                                      if uncharted else ""]))
    today = datetime.now(UTC).date().isoformat()
    return (f"<!doctype html><html lang=en><meta charset=utf-8>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'>"
            f"<title>tieline: {escape(names)}</title><style>{_PAIR_STYLE}</style>"
            f"<h1>{escape(names)}</h1><p class=meta>tieline brief, {today}: "
            f"{dated_entries(len(entries))}, {undated_text(total, shown)}."
            f"{_unread_html(languages or {})}</p>"
            f"<h2>Cooperation and conflict by {escape(str(relations.get('by', 'month')))}</h2>"
            f"{trajectory_svg(relations)}<p class=method>{method}</p>"
            f"<h2>Turning points</h2>{_turning_html(relations)}{_framing_html(relations)}"
            f"<h2>Timeline</h2><ol class=tl>{''.join(_entry_html(e) for e in entries)}</ol>"
            f"{undated_html}{_sources_html(articles, originals or {})}</html>")


def write_pair_brief(corpus: Corpus, a: str, b: str, path: Path, by: str = "month",
                      since: str | None = None, until: str | None = None,
                      publication_dates: bool = True) -> Path:
    """Write the brief on actors *a* and *b* to *path*; return the path.

    *since*, *until* (YYYY, YYYY-MM or YYYY-MM-DD) narrow it to the events dated within;
    without *publication_dates*, events dated only by the day they were reported are undated
    (``Corpus.timeline``). Raises UsageError for an unknown actor or a bad date (before
    writing anything).
    """
    timeline = corpus.timeline(a, b, limit=None, since=since, until=until,
                               publication_dates=publication_dates).to_dict()
    relations = corpus.relations(a, b, by=by, since=since, until=until,
                                 publication_dates=publication_dates).to_dict()
    ids = dict.fromkeys(i for e in timeline["entries"] + timeline["undated"]
                        for s in e.get("sources") or []
                        for i in [s["article_id"], *s.get("same_url", [])])
    articles = [found for i in ids if (found := corpus.article(i)) is not None]
    originals = {i: found for i in sorted({a.copy_of for a in articles if a.copy_of})
                 if (found := corpus.article(i)) is not None}
    languages = corpus.overview(0, 0).counts.get("languages") or {}
    path.write_text(pair_brief_html(timeline, relations, articles, originals, languages),
                    encoding="utf-8")
    return path
