"""Typed results of the Python API: lists of records that also become tables.

``Corpus.articles()``, ``actors()``, ``events()`` and ``search()`` return lists — ``len()``,
indexing, iteration and ``==`` with a plain list work as before — that also turn into a pandas
DataFrame (``to_pandas()``), an Arrow table (``to_arrow()``) and, in a notebook, an HTML table
(``_repr_html_``, every value escaped). pandas and pyarrow are imported only when asked for.

A :class:`Table` names the columns of one kind of record, their types and how a record fills
them. The exports (:mod:`tieline.export`) write the same columns, chunk by chunk: nested values
(an actor's aliases, an event's evidence) stay nested in pandas, Arrow and Parquet, and are
JSON text in CSV. :class:`FramesMixin` gives the same methods to objects with a ``to_dict()``
holding a list of rows (a pair's timeline, its relations series).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, SupportsIndex, TypeVar, overload

from .chart import trajectory_svg
from .models import Actor, ActorRef, Article, Event

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

T = TypeVar("T")

#: Column types: a scalar, a list of strings, or an event's evidence (a list of structs).
COLUMN_TYPES = ("str", "int", "float", "bool", "list<str>", "evidence")
NESTED = frozenset({"list<str>", "evidence"})
EVIDENCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("article_id", "str"), ("url", "str"), ("outlet", "str"), ("part", "str"),
    ("sentence", "str"), ("start", "int"), ("end", "int"), ("trigger_start", "int"),
    ("trigger_end", "int"), ("quote", "str"))
HTML_ROWS = 20  # rows shown by _repr_html_; the rest is counted


@dataclass(frozen=True)
class Table(Generic[T]):
    """The tabular shape of one kind of record: ordered (column, type) pairs and a row maker."""

    name: str
    columns: tuple[tuple[str, str], ...]
    row: Callable[[T], dict[str, Any]]
    record: Callable[[T], dict[str, Any]]  # the JSON shape, as the CLI's --json prints it
    display: Callable[[T], dict[str, str]]  # a few short columns for an HTML table

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.columns]

    @property
    def nested(self) -> list[str]:
        return [name for name, kind in self.columns if kind in NESTED]

    def rows(self, items: Iterable[T]) -> list[dict[str, Any]]:
        return [self.row(item) for item in items]


def arrow_type(kind: str) -> pa.DataType:
    """Return the Arrow type of a column type."""
    import pyarrow as pa

    scalars = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    if kind in scalars:
        return scalars[kind]
    if kind == "list<str>":
        return pa.list_(pa.string())
    if kind == "evidence":
        return pa.list_(pa.struct([(n, scalars[k]) for n, k in EVIDENCE_FIELDS]))
    raise ValueError(f"unknown column type {kind!r}; one of {', '.join(COLUMN_TYPES)}")


def arrow_schema(columns: Sequence[tuple[str, str]]) -> pa.Schema:
    """Return the Arrow schema of *columns*."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(kind)) for name, kind in columns])


def rows_to_arrow(rows: list[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> pa.Table:
    """Return *rows* as an Arrow table with exactly *columns* (typed even when empty)."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema(columns))


def rows_to_pandas(rows: list[dict[str, Any]], columns: Sequence[tuple[str, str]]
                   ) -> pd.DataFrame:
    """Return *rows* as a DataFrame: integer columns stay integers (nullable where a value is
    missing), nested columns hold Python lists and dicts."""
    import pandas as pd

    frame = pd.DataFrame(rows, columns=[name for name, _ in columns])
    for name, kind in columns:
        if kind == "int" and frame[name].isna().any():
            frame[name] = frame[name].astype("Int64")
        elif kind == "bool" and frame[name].isna().any():
            frame[name] = frame[name].astype("boolean")
    return frame


def html_table(rows: list[dict[str, str]], total: int, title: str) -> str:
    """Return an HTML table of *rows* (values already short strings), every value escaped."""
    if not rows:
        return f"<p><b>{html.escape(title)}</b>: none</p>"
    names = list(rows[0])
    head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(r.get(n, '')))}</td>"
                                    for n in names) + "</tr>" for r in rows)
    more = (f"<p>{total - len(rows)} more not shown; <code>.to_pandas()</code> has all.</p>"
            if total > len(rows) else "")
    return (f"<div><p><b>{html.escape(title)}</b></p><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{more}</div>")


def clip(text: str | None, width: int = 80) -> str:
    """Return *text* on one line, cut to *width* characters with an ellipsis: at a word's
    end, never inside a word ("continues to refuse t…"), unless one word fills most of the
    width (an address, a long name)."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    cut = flat[:width - 1]
    if not flat[width - 1].isspace() and " " in cut[width // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


# -- the tables ---------------------------------------------------------------------------------
_ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("url", "str"), ("outlet", "str"), ("title", "str"), ("author", "str"),
    ("published", "str"), ("published_basis", "str"), ("published_text", "str"),
    ("story_date", "str"), ("coreported_from", "list<str>"),
    ("neighbours_from", "list<str>"), ("neighbours_year", "str"), ("lang", "str"),
    ("lang_mixed", "bool"),
    ("words", "int"), ("story_id", "str"), ("copy_of", "str"), ("translation_of", "str"))
_ARTICLE_FULL_COLUMNS = _ARTICLE_COLUMNS + (
    ("text", "str"), ("origin", "str"), ("version", "int"), ("warnings", "list<str>"))


def _article_row(a: Article) -> dict[str, Any]:
    return a.to_dict()


def _article_full_row(a: Article) -> dict[str, Any]:
    d = a.to_dict(full=True)
    return {name: d[name] for name, _ in _ARTICLE_FULL_COLUMNS}


def _article_display(a: Article) -> dict[str, str]:
    return {"id": a.id, "published": a.published or "unknown", "outlet": a.outlet or "?",
            "lang": a.lang or "?", "words": str(a.words),
            "title": clip(a.title or a.text, 70), "copy of": a.copy_of or ""}


ARTICLES: Table[Article] = Table("articles", _ARTICLE_COLUMNS, _article_row, Article.to_dict,
                                 _article_display)
ARTICLES_FULL: Table[Article] = Table("articles", _ARTICLE_FULL_COLUMNS, _article_full_row,
                                      lambda a: a.to_dict(full=True), _article_display)


def _actor_row(item: tuple[Actor, int]) -> dict[str, Any]:
    actor, mentions = item
    return {**actor.to_dict(), "mentions": mentions}


def _actor_display(item: tuple[Actor, int]) -> dict[str, str]:
    actor, mentions = item
    return {"id": actor.id, "name": actor.name, "kind": actor.kind,
            "country": actor.country or "", "sector": actor.sector or "",
            "mentions": str(mentions)}


ACTORS: Table[tuple[Actor, int]] = Table(
    "actors",
    (("id", "str"), ("name", "str"), ("kind", "str"), ("country", "str"), ("sector", "str"),
     ("organization", "str"), ("aliases", "list<str>"), ("mentions", "int")),
    _actor_row, _actor_row, _actor_display)

_SIDE = ("id", "name", "country", "sector", "basis")


def _side_columns(side: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{side}_{field}", "str") for field in _SIDE)


_EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    (("id", "str"), ("date", "str"), ("date_precision", "str"), ("date_basis", "str"),
     ("date_text", "str"))
    + _side_columns("source") + _side_columns("target")
    + (("mutual", "bool"), ("type", "str"), ("mode", "str"), ("context", "list<str>"),
       ("intensity", "float"), ("status", "str"), ("claimed_by", "list<str>"), ("rule", "str"),
       ("reports", "int"), ("independent_sources", "int"), ("evidence", "evidence")))


def _side_values(side: str, ref: ActorRef | None) -> dict[str, Any]:
    d = ref.to_dict() if ref is not None else {}
    return {f"{side}_{field}": d.get(field) for field in _SIDE}


def _event_row(e: Event) -> dict[str, Any]:
    d = e.to_dict()
    row = {name: d.get(name) for name, _ in _EVENT_COLUMNS}
    row.update(_side_values("source", e.source))
    row.update(_side_values("target", e.target))
    row["evidence"] = [{"article_id": ev.article_id, "url": ev.url, "outlet": ev.outlet,
                        "part": ev.part, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
                        "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
                        "quote": ev.quote} for ev in e.evidence]
    return row


def _event_display(e: Event) -> dict[str, str]:
    first = e.evidence[0] if e.evidence else None
    return {"date": e.date or "undated", "type": e.type + (f":{e.mode}" if e.mode else ""),
            "source": e.source.name if e.source else "",
            "target": ("↔ " if e.mutual else "") + (e.target.name if e.target else ""),
            "status": e.status, "intensity": f"{e.intensity:+.1f}",
            "sources": str(e.independent_sources), "outlet": (first.outlet or "") if first
            else "", "evidence": clip(first.sentence if first else "", 90)}


EVENTS: Table[Event] = Table("events", _EVENT_COLUMNS, _event_row, Event.to_dict,
                             _event_display)


def _hit_row(item: tuple[Article, str]) -> dict[str, Any]:
    article, snippet = item
    return {**article.to_dict(), "snippet": snippet}


def _hit_display(item: tuple[Article, str]) -> dict[str, str]:
    article, snippet = item
    return {**_article_display(article), "snippet": clip(snippet, 90)}


SEARCH: Table[tuple[Article, str]] = Table("search", _ARTICLE_COLUMNS + (("snippet", "str"),),
                                           _hit_row, _hit_row, _hit_display)


# -- the lists ----------------------------------------------------------------------------------
class Records(list[T]):
    """A list of records that also becomes a DataFrame, an Arrow table or an HTML table."""

    table: ClassVar[Table[Any]]

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Records[T]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> T | Records[T]:
        """Return one record, or a slice of the same kind of list."""
        if isinstance(index, slice):
            return type(self)(super().__getitem__(index))
        return super().__getitem__(index)

    def to_dicts(self) -> list[dict[str, Any]]:
        """Return the records in the JSON shape the CLI's ``--json`` prints."""
        table = self.table
        return [table.record(item) for item in self]

    def to_pandas(self) -> pd.DataFrame:
        """Return a DataFrame with one row per record (the columns of docs/export.md)."""
        table = self.table
        return rows_to_pandas(table.rows(self), table.columns)

    def to_arrow(self) -> pa.Table:
        """Return an Arrow table with one row per record, typed even when empty."""
        table = self.table
        return rows_to_arrow(table.rows(self), table.columns)

    def _repr_html_(self) -> str:
        table = self.table
        shown = [table.display(item) for item in list.__getitem__(self, slice(HTML_ROWS))]
        return html_table(shown, len(self), f"{len(self)} {table.name}")


class ArticleList(Records[Article]):
    """Articles; ``full=True`` on :meth:`to_pandas` and :meth:`to_arrow` adds the text."""

    table = ARTICLES

    def to_pandas(self, full: bool = False) -> pd.DataFrame:
        """Return a DataFrame with one row per article (with its text when *full*)."""
        table = ARTICLES_FULL if full else ARTICLES
        return rows_to_pandas(table.rows(self), table.columns)

    def to_arrow(self, full: bool = False) -> pa.Table:
        """Return an Arrow table with one row per article (with its text when *full*)."""
        table = ARTICLES_FULL if full else ARTICLES
        return rows_to_arrow(table.rows(self), table.columns)


class ActorList(Records[tuple[Actor, int]]):
    """Actors with their mention counts, most mentioned first."""

    table = ACTORS


class EventList(Records[Event]):
    """Events with their evidence; in tables the evidence is a list of structs per event."""

    table = EVENTS


class SearchResults(Records[tuple[Article, str]]):
    """Full-text search hits: (article, snippet), best first; ``total`` counts every match
    (the list may be one page of them)."""

    table = SEARCH
    total: int | None = None

    def _repr_html_(self) -> str:
        html_doc = super()._repr_html_()
        if self.total is not None and self.total > len(self):
            return html_doc + f"<p>{len(self)} of {self.total} matches.</p>"
        return html_doc


# -- objects with a to_dict() holding rows (timelines, relations) -------------------------------
class FramesMixin:
    """Give ``to_pandas``, ``to_arrow`` and ``_repr_html_`` to a class whose ``to_dict()``
    holds its rows under ``rows_key`` ("entries", "series").

    Nested values in the rows (a timeline entry's events and sources) stay lists in pandas
    and are inferred by Arrow. The HTML view shows ``html_columns`` (all when None) and, with
    ``chart`` set, the pair's trajectory chart (:func:`tieline.chart.trajectory_svg`, the
    page's and the brief's) above the table.
    """

    rows_key: ClassVar[str] = "entries"
    html_columns: ClassVar[tuple[str, ...] | None] = None
    chart: ClassVar[bool] = False

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def _rows(self) -> list[dict[str, Any]]:
        return list(self.to_dict().get(self.rows_key) or [])

    def to_pandas(self) -> pd.DataFrame:
        """Return the rows as a DataFrame, one row per entry or period."""
        import pandas as pd

        return pd.DataFrame(self._rows())

    def to_arrow(self) -> pa.Table:
        """Return the rows as an Arrow table."""
        import pyarrow as pa

        return pa.Table.from_pylist(self._rows())

    def _repr_html_(self) -> str:
        doc = self.to_dict()
        rows = list(doc.get(self.rows_key) or [])
        title = f"{type(self).__name__} {_title(doc.get('pair'))}"
        names = self.html_columns or (tuple(rows[0]) if rows else ())
        shown = [{n: _cell(row.get(n)) for n in names} for row in rows[:HTML_ROWS]]
        chart = trajectory_svg(doc) if self.chart else ""
        return chart + html_table(shown, len(rows), title)


class PairTimelineFrames(FramesMixin):
    """FramesMixin for a pair's timeline: one row per dated entry."""

    rows_key = "entries"
    html_columns = ("date", "type", "intensity", "summary", "sources")


class RelationsFrames(FramesMixin):
    """FramesMixin for a pair's relations: one row per period, and a chart of the trajectory."""

    rows_key = "series"
    html_columns = ("period", "events", "mean_intensity", "cooperation", "conflict")
    chart = True


def _title(pair: Any) -> str:
    if isinstance(pair, list | tuple):
        return " – ".join(_title(p) for p in pair)
    if isinstance(pair, dict):
        return str(pair.get("name") or pair.get("id") or "")
    return "" if pair is None else str(pair)


def _cell(value: Any) -> str:
    """Return a short text for a table cell: a list of records by their outlets or names."""
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        names = [str(v.get("outlet") or v.get("name") or v.get("id") or "") for v in value]
        return clip(", ".join(dict.fromkeys(n for n in names if n)), 90)
    if isinstance(value, list | dict):
        return clip(json.dumps(value, ensure_ascii=False), 90)
    if isinstance(value, float):
        return f"{value:+.2f}"
    return clip("" if value is None else str(value), 160)

