"""The trajectory chart of an actor pair: one SVG, drawn here, for every place that shows it.

The web page (``GET /api/relations/chart.svg``, its script adds only the interactions), the
HTML brief (``tieline report``) and the notebook display of :class:`~tieline.Relations` all
show the string :func:`trajectory_svg` returns, so they cannot drift apart: mean intensity as a
line broken across periods without events (a period's dot open when a single independent
source gives its mean), cooperative and conflictual events as bars above
and below an axis, turning points as dashed marks, undated events first reported in a period
as a grey diamond apart (never in the line or the bars), with a legend.

The SVG holds no script, no style attribute (the page's policy forbids them) and nothing
loaded from outside; colours are presentation attributes that a page's CSS may override
through the classes. Every text is escaped for XML and HTML alike, bidi controls and the
characters XML forbids become U+FFFD: a period or an actor's name from the internet cannot
turn into markup nor break the document. ``data-period`` on each period's group and on each
turning point, and ``data-x0``, ``data-step``, ``data-top``, ``data-bottom`` on the root, let
a page map a pointer to a period without redoing the layout.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, Protocol

from .textsafe import without_bidi

#: The width the chart is laid out for unless told otherwise (the brief's, the notebook's).
WIDTH = 900
MIN_WIDTH, MAX_WIDTH = 320, 1600
COLOURS = {"line": "#2457a6", "coop": "#2f7d4f", "conf": "#b3382c", "turn": "#d08700",
           "axis": "#9aa4ad", "zero": "#6b747d", "text": "#5b6570", "undated": "#8d969e",
           "thin": "#2457a6"}
LEGEND = (("line", "mean intensity (−10 conflict … +10 cooperation)"),
          ("coop", "cooperative events"), ("conf", "conflictual events"),
          ("turn", "turning point"))
#: shown only when some period has undated events first reported in it
UNDATED_LEGEND = ("undated", "undated events first reported then (not in line or bars)")
#: shown only when some period's mean rests on one independent source (drawn as an open dot)
THIN_LEGEND = ("thin", "mean from a single independent source")
EMPTY = "No dated events between them to chart."
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_CHAR_WIDTH = 6.2  # an 11px system-ui character, on average, for laying out the legend


class HasDict(Protocol):
    """Anything that gives the relations' JSON shape (a :class:`~tieline.Relations`)."""

    def to_dict(self) -> dict[str, Any]: ...


def text(value: object) -> str:
    """Return *value* as text safe inside an SVG or HTML element or a quoted attribute."""
    return escape(without_bidi(_XML_INVALID.sub("\ufffd", str(value))))


def signed(x: float | None) -> str:
    """Return *x* with one decimal and its sign (a true minus), or '' for no value."""
    if x is None:
        return ""
    return ("+" if x > 0 else "−" if x < 0 else "") + f"{abs(x):.1f}"


@dataclass(frozen=True)
class _Layout:
    """Where things go for one width and number of periods (narrow: shorter bars)."""

    width: int
    periods: int
    left: int = 40
    right: int = 10
    top: int = 14
    gap: int = 26

    @property
    def height(self) -> int:
        return 260 if self.width < 600 else 320

    @property
    def bars(self) -> int:
        return 56 if self.width < 600 else 70

    @property
    def line_height(self) -> int:
        return self.height - self.top - self.gap - self.bars - 20

    @property
    def step(self) -> float:
        return (self.width - self.left - self.right) / max(1, self.periods)

    @property
    def bar_top(self) -> float:
        return self.top + self.line_height + self.gap

    @property
    def mid(self) -> float:
        return self.bar_top + self.bars / 2

    def x(self, i: int) -> float:
        return self.left + self.step * (i + 0.5)


def trajectory_svg(relations: Mapping[str, Any] | HasDict, width: int = WIDTH) -> str:
    """Return the pair's trajectory as one SVG document (see the module docstring).

    *relations* is a :class:`~tieline.Relations` or its ``to_dict()`` (the JSON of
    ``tieline relations --json``); *width* (320–1600) the width it is laid out for, so that
    its 11-unit labels stay legible on a phone. With no period, the SVG says so.
    """
    rel = relations if isinstance(relations, Mapping) else relations.to_dict()
    series = list(rel.get("series") or [])
    box = _Layout(max(MIN_WIDTH, min(MAX_WIDTH, int(width))), len(series))
    if not series:
        return _svg(box.width, 40, "No dated events to chart",
                    f'<text x="{box.width / 2:.0f}" y="24" text-anchor="middle" '
                    f'font-size="13" fill="{COLOURS["text"]}">{text(EMPTY)}</text>')
    values = [abs(float(s["mean_intensity"])) for s in series
              if s.get("mean_intensity") is not None]
    top = max(2, math.ceil(max(values, default=0)))
    most = max([1] + [max(int(s.get("cooperation") or 0), int(s.get("conflict") or 0))
                      for s in series])
    legend, legend_height = _legend(box, any(s.get("undated_reported") for s in series),
                                    any(s.get("thin") for s in series))
    parts = [*_axes(box, top, most), *_turning_marks(box, rel, series),
             *_periods(box, series, top, most), _line(box, series, top),
             *_period_labels(box, series), legend]
    label = f"Mean intensity by {rel.get('by') or 'period'}, {len(series)} periods"
    pair = " and ".join(str(p.get("name") or p.get("id")) for p in rel.get("pair") or []
                        if isinstance(p, Mapping))
    data = (f' data-by="{text(rel.get("by") or "")}" data-x0="{box.x(0):.2f}" '
            f'data-step="{box.step:.4f}" data-top="{box.top}" '
            f'data-bottom="{box.bar_top + box.bars:.1f}"')
    return _svg(box.width, box.height + legend_height, f"{label}{', ' + pair if pair else ''}",
                "".join(parts), data)


def _svg(width: int, height: float, label: str, body: str, data: str = "") -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height:.0f}" '
            f'class="trajectory" role="img" aria-label="{text(label)}" font-size="11" '
            f'font-family="system-ui, sans-serif"{data}>{body}</svg>')


def _label(x: float, y: float, anchor: str, value: object) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{COLOURS["text"]}">'
            f"{text(value)}</text>")


def _axes(box: _Layout, top: int, most: int) -> list[str]:
    """Draw the intensity axis with its dashed zero, and the bars' axis with their scale."""
    right, zero = box.width - box.right, _y(box, top, 0)
    return [f'<line class="axis" x1="{box.left}" x2="{box.left}" y1="{box.top}" '
            f'y2="{box.top + box.line_height}" stroke="{COLOURS["axis"]}"/>',
            f'<line class="zero" x1="{box.left}" x2="{right}" y1="{zero:.1f}" y2="{zero:.1f}" '
            f'stroke="{COLOURS["zero"]}" stroke-dasharray="3 3"/>',
            f'<line class="axis" x1="{box.left}" x2="{right}" y1="{box.mid:.1f}" '
            f'y2="{box.mid:.1f}" stroke="{COLOURS["axis"]}"/>',
            *(_label(box.left - 6, _y(box, top, v) + 4, "end", mark)
              for v, mark in ((top, f"+{top}"), (0, "0"), (-top, f"−{top}"))),
            _label(box.left - 6, box.bar_top + 8, "end", most)]


def _turning_marks(box: _Layout, rel: Mapping[str, Any], series: Sequence[Any]) -> list[str]:
    """Mark each turning point with a dashed line and a flag, its change as the tooltip."""
    index = {s["period"]: i for i, s in enumerate(series)}
    marks = []
    for tp in rel.get("turning_points") or []:
        i = index.get(tp.get("period"))
        if i is None:
            continue
        x = box.x(i)
        tip = f"turning point {tp['period']}: {signed(tp.get('before'))} → " \
              f"{signed(tp.get('after'))}"
        marks.append(f'<g class="turn-mark" data-period="{text(tp["period"])}" '
                     f'fill="{COLOURS["turn"]}"><title>{text(tip)}</title>'
                     f'<line class="turn" x1="{x:.1f}" x2="{x:.1f}" y1="{box.top}" '
                     f'y2="{box.bar_top + box.bars:.1f}" stroke="{COLOURS["turn"]}" '
                     f'stroke-width="2" stroke-dasharray="5 3"/>'
                     f'<path d="M{x - 6:.1f},{box.top} h12 l-6,9 z"/></g>')
    return marks


def _tip(s: Mapping[str, Any]) -> str:
    mean = s.get("mean_intensity")
    undated = int(s.get("undated_reported") or 0)
    sources = int(s.get("sources") or 0)
    reports = int(s.get("reports") or 0)
    found = (f"; from {sources} independent source{'' if sources == 1 else 's'}, {reports} "
             f"report{'' if reports == 1 else 's'}" if s.get("events") and reports else "")
    return (f"{s['period']}: {s.get('events', 0)} events"
            f"{'' if mean is None else ', mean intensity ' + signed(mean)} "
            f"({s.get('cooperation', 0)} cooperative, {s.get('conflict', 0)} conflictual)"
            + found
            + (f"; {undated} undated event{'' if undated == 1 else 's'} first reported then"
               if undated else ""))


def _periods(box: _Layout, series: Sequence[Any], top: int, most: int) -> list[str]:
    """Draw each period as a group: its bars and, when it has events, its mean as a dot."""
    width = max(1.0, min(box.step * 0.7, 24.0))
    out = []
    for i, s in enumerate(series):
        x = box.x(i)
        up = int(s.get("cooperation") or 0) / most * (box.bars / 2)
        down = int(s.get("conflict") or 0) / most * (box.bars / 2)
        parts = [f'<title>{text(_tip(s))}</title>',
                 f'<rect class="coop" x="{x - width / 2:.1f}" y="{box.mid - up:.1f}" '
                 f'width="{width:.1f}" height="{up:.1f}" fill="{COLOURS["coop"]}" '
                 f'opacity=".75"/>',
                 f'<rect class="conf" x="{x - width / 2:.1f}" y="{box.mid:.1f}" '
                 f'width="{width:.1f}" height="{down:.1f}" fill="{COLOURS["conf"]}" '
                 f'opacity=".75"/>']
        undated = int(s.get("undated_reported") or 0)
        if undated:  # a diamond in the gap between line and bars, growing with the count
            r = min(6.0, 2.0 + math.sqrt(undated))
            y = box.top + box.line_height + box.gap / 2
            parts.append(f'<path class="undated" d="M{x:.1f},{y - r:.1f} l{r:.1f},{r:.1f} '
                         f'l{-r:.1f},{r:.1f} l{-r:.1f},{-r:.1f} z" '
                         f'fill="{COLOURS["undated"]}"/>')
        if s.get("mean_intensity") is not None:
            y = _y(box, top, float(s["mean_intensity"]))
            radius = min(6.0, 2.5 + math.sqrt(int(s.get("events") or 0)))
            parts.append(_dot(x, y, radius, bool(s.get("thin"))))
        out.append(f'<g class="period" data-period="{text(s["period"])}">{"".join(parts)}</g>')
    return out


def _dot(x: float, y: float, radius: float, thin: bool) -> str:
    """Draw a period's mean: a filled dot, or an open one when a single independent source
    gives it (one outlet's account must not look as solid as five outlets' reports)."""
    fill = "#ffffff" if thin else COLOURS["line"]
    return (f'<circle class="dot{" thin" if thin else ""}" cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{radius:.1f}" fill="{fill}" stroke="{COLOURS["line"]}" stroke-width="1.5"/>')


def _y(box: _Layout, top: int, v: float) -> float:
    return box.top + box.line_height / 2 - v / top * (box.line_height / 2)


def _line(box: _Layout, series: Sequence[Any], top: int) -> str:
    """Join the periods' means; a period without events breaks the line (never joined over)."""
    path, dashed, last, joined = "", "", None, False
    for i, s in enumerate(series):
        if s.get("mean_intensity") is None:
            last, joined = None, False
            continue
        point = (box.x(i), _y(box, top, float(s["mean_intensity"])), bool(s.get("thin")))
        at = f"{point[0]:.1f},{point[1]:.1f}"
        if last is not None and (last[2] or point[2]):
            # a step to or from a mean one source gives is dashed: no solid trend rests on it
            dashed += f"M{last[0]:.1f},{last[1]:.1f}L{at}"
            joined = False
        elif last is not None:
            path += f"L{at}" if joined else f"M{last[0]:.1f},{last[1]:.1f}L{at}"
            joined = True
        elif not s.get("thin"):
            path += f"M{at}"
            joined = True
        last = point
    return (f'<path class="line" d="{path}" fill="none" stroke="{COLOURS["line"]}" '
            f'stroke-width="2"/>'
            + (f'<path class="line-thin" d="{dashed}" fill="none" '
               f'stroke="{COLOURS["line"]}" stroke-width="1.5" stroke-dasharray="4 3"/>'
               if dashed else ""))


def _period_labels(box: _Layout, series: Sequence[Any]) -> list[str]:
    """Label every n-th period so that labels never overlap; the last ends at the edge."""
    n = len(series)
    every = max(1, math.ceil(n / max(1, box.width // 110)))
    out = []
    for i, s in enumerate(series):
        if i % every == 0 or (i == n - 1 and i % every >= every / 2):
            last = i == n - 1 and n > 1
            out.append(_label(box.width - box.right if last else box.x(i), box.height - 4,
                              "end" if last else "middle", s["period"]))
    return out


def _legend(box: _Layout, undated: bool = False, thin: bool = False) -> tuple[str, int]:
    """Return the legend, flowed in rows below the chart, and the height it adds."""
    x, row, items = float(box.left), 0, []
    keys = (*LEGEND, *([THIN_LEGEND] if thin else []), *([UNDATED_LEGEND] if undated else []))
    for kind, words in keys:
        span = 22 + len(words) * _CHAR_WIDTH
        if x > box.left and x + span > box.width - box.right:
            x, row = float(box.left), row + 1
        y = box.height + 14 + row * 16
        items.append(_legend_key(kind, x, y) + _label(x + 18, y + 4, "start", words))
        x += span + 14
    return f'<g class="legend">{"".join(items)}</g>', 22 + row * 16


def _legend_key(kind: str, x: float, y: float) -> str:
    colour = COLOURS[kind]
    if kind == "line":
        return (f'<line x1="{x:.1f}" x2="{x + 14:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                f'stroke="{colour}" stroke-width="2"/>')
    if kind == "turn":
        return (f'<line x1="{x + 7:.1f}" x2="{x + 7:.1f}" y1="{y - 6:.1f}" y2="{y + 6:.1f}" '
                f'stroke="{colour}" stroke-width="2" stroke-dasharray="3 2"/>')
    if kind == "undated":
        return f'<path d="M{x + 7:.1f},{y - 5:.1f} l5,5 l-5,5 l-5,-5 z" fill="{colour}"/>'
    if kind == "thin":  # an open dot drawn as a path: every circle is a period's mean
        return (f'<path d="M{x + 3:.1f},{y:.1f} a4,4 0 1,0 8,0 a4,4 0 1,0 -8,0" '
                f'fill="#ffffff" stroke="{colour}" stroke-width="1.5"/>')

    return (f'<rect x="{x:.1f}" y="{y - 4:.1f}" width="14" height="8" fill="{colour}" '
            f'opacity=".75"/>')
