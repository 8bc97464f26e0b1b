"""The JSON API under /api: each route parses its parameters, calls the Corpus, shapes JSON.

Lists are paginated with ``page`` (from 1) and ``per_page``; an answer says ``next_page``
(null on the last page), and a page past the end is a 404 that says so. The library's
UsageError (unknown actor, bad date, unknown type) becomes a 400 with its message; an
unknown actor's answer also lists the closest actors (``suggestions``).
"""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, model_validator

from .. import __version__
from ..analyze.entry_text import article_label
from ..chart import MAX_WIDTH, MIN_WIDTH, WIDTH, trajectory_svg
from ..corpus import Corpus
from ..models import Article, Event, EventFilter
from ..names import matches
from .suggest import suggest_actors

router = APIRouter(prefix="/api")
write_router = APIRouter(prefix="/api")

T = TypeVar("T")
MAX_PAGE = 1_000_000  # pages past this are out of any corpus; bounded so offsets stay small
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE,
                              description=f"Page number, from 1 (at most {MAX_PAGE:,}).")]
PerPage = Annotated[int, Query(ge=1, le=500, description="Items per page (at most 500).")]
ActorName = Annotated[str, Query(min_length=1, max_length=200,
                                 description='An actor id, name or alias ("ARM", "Armenia").')]
Since = Annotated[str | None, Query(min_length=1, max_length=10, description="Only dates on or "
                                    "after this one: YYYY, YYYY-MM or YYYY-MM-DD.")]
Until = Annotated[str | None, Query(min_length=1, max_length=10, description="Only dates on or "
                                    "before this one: YYYY, YYYY-MM or YYYY-MM-DD.")]
PublicationDates = Annotated[bool, Query(description="false: an event dated only by the day it "
                                         "was reported (date basis 'publication') is undated, "
                                         "'by' that day.")]


def article_json(article: Article) -> dict[str, Any]:
    """Return an article's JSON with ``label``: its title, unless it is a page stamp or a
    photo caption, else its address's words, else its first words (as the brief says it)."""
    return {**article.to_dict(), "label": article_label(article)}


def _corpus(request: Request) -> Corpus:
    """Return this thread's corpus (never shared across threads)."""
    pool = request.app.state.pool
    corpus: Corpus = pool.get()
    return corpus


def _page(fetch: Callable[[int, int], list[T]], page: int, per_page: int,
          render: Callable[[T], dict[str, Any]]) -> dict[str, Any]:
    """Fetch one page (one item more, to know whether another follows) and shape it."""
    offset = (page - 1) * per_page
    found = fetch(per_page + 1, offset)
    if page > 1 and not found:
        raise HTTPException(404, f"page {page} is out of range: there is nothing after item "
                                 f"{offset} (per_page {per_page}); start again at page 1")
    return {"items": [render(x) for x in found[:per_page]], "page": page, "per_page": per_page,
            "next_page": page + 1 if len(found) > per_page else None}


@router.get("/status", summary="Version, and whether this server accepts ingests")
def status(request: Request) -> dict[str, Any]:
    return {"version": __version__, "writable": request.app.state.token is not None}


@router.get("/overview", summary="The corpus at a glance: counts, periods, languages, busiest "
                                 "pairs with their events per year, most mentioned actors")
def overview(request: Request,
             pairs: Annotated[int, Query(ge=0, le=50, description="Busiest pairs.")] = 10,
             actors: Annotated[int, Query(ge=0, le=200, description="Top actors.")] = 24,
             ) -> dict[str, Any]:
    result: dict[str, Any] = _corpus(request).overview(pairs, actors).to_dict()
    return result


@router.get("/articles", summary="Stored articles, newest first; or the articles with ids")
def articles(request: Request, page: PageNo = 1, per_page: PerPage = 50,
             id: Annotated[list[str] | None, Query(max_length=500,
                                                   description="Only these ids.")] = None,
             ) -> dict[str, Any]:
    corpus = _corpus(request)
    if id:
        return _page(lambda limit, offset: _articles_by_id(corpus, id)[offset:offset + limit],
                     page, per_page, lambda a: a)
    return _page(lambda limit, offset: corpus.articles(limit=limit, offset=offset),
                 page, per_page, article_json)


def _articles_by_id(corpus: Corpus, ids: Sequence[str]) -> list[dict[str, Any]]:
    found = []
    for article_id in dict.fromkeys(ids):
        article = corpus.article(article_id)
        if article is None:
            raise HTTPException(404, f"unknown article id {article_id!r}")
        found.append(article_json(article))
    return found


@router.get("/articles/{article_id}", summary="One article with its text and provenance")
def article(request: Request, article_id: str) -> dict[str, Any]:
    found = _corpus(request).article(article_id)
    if found is None:
        raise HTTPException(404, f"unknown article id {article_id!r}; list them at "
                                 "/api/articles")
    return {**found.to_dict(full=True), "label": article_label(found)}


@router.get("/articles/{article_id}/read", summary="One article to read: its text, the actors "
                                                  "it mentions and the events it reports, "
                                                  "with offsets (code points) into the text")
def read(request: Request, article_id: str) -> dict[str, Any]:
    result: dict[str, Any] = _corpus(request).read(article_id).to_dict()
    return result


@router.get("/actors", summary="Actors in the corpus, most mentioned first; q= autocompletes")
def actors(request: Request, page: PageNo = 1, per_page: PerPage = 50,
           q: Annotated[str | None, Query(max_length=200, description="Part of an id, name "
                                          "or alias: best matches first; with none, the "
                                          "closest spellings (did_you_mean true).")] = None,
           ) -> dict[str, Any]:
    found = _corpus(request).actors()
    ranked = suggest_actors(found, q) if q and q.strip() else found
    answer = _page(lambda limit, offset: ranked[offset:offset + limit], page, per_page,
                   lambda pair: {**pair[0].to_dict(), "mentions": pair[1]})
    answer["total"] = len(ranked)
    answer["did_you_mean"] = bool(q and q.strip() and ranked
                                  and not matches(ranked[0][0], q))
    return answer


@router.get("/events", summary="Events (who did what to whom, when), with the CLI's filters")
def events(request: Request, page: PageNo = 1, per_page: PerPage = 50,
           actor: Annotated[list[str] | None, Query(max_length=20, description="Events with "
                                                    "any of these as source or target.")] = None,
           pair: Annotated[list[str] | None, Query(description="Twice: events between the "
                                                   "two, either way round.")] = None,
           type: Annotated[str | None, Query(min_length=1, description='PLOVER type or '
                                             'TYPE:mode ("CONSULT", "consult:visit").')] = None,
           since: Annotated[str | None, Query(min_length=1,
                                              description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
           until: Annotated[str | None, Query(min_length=1,
                                              description="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
           ) -> dict[str, Any]:
    if pair is not None and len(pair) != 2:
        raise HTTPException(400, f"pair takes exactly two actors (pair=A&pair=B), got "
                                 f"{len(pair)}")
    if any(not name.strip() for name in (actor or []) + (pair or [])):
        raise HTTPException(400, "an actor is empty: give an id, a name or an alias")
    corpus = _corpus(request)
    where = EventFilter.of(actor, pair, type, since, until)
    return _page(lambda limit, offset: corpus.events(limit=limit, offset=offset, where=where),
                 page, per_page, Event.to_dict)


@router.get("/events/{event_id}", summary="One event with its evidence")
def event(request: Request, event_id: str) -> dict[str, Any]:
    found = _corpus(request).event(event_id)
    if found is None:
        raise HTTPException(404, f"unknown event id {event_id!r}")
    return found.to_dict()


@router.get("/timeline", summary="Dated entries between two actors, with summaries and sources")
def timeline(request: Request, a: ActorName, b: ActorName,
             limit: Annotated[int, Query(ge=1, le=1000, description="At most N entries, the "
                                         "most salient.")] = 30,
             since: Since = None, until: Until = None,
             publication_dates: PublicationDates = True) -> dict[str, Any]:
    result: dict[str, Any] = _corpus(request).timeline(
        a, b, limit=limit, since=since, until=until,
        publication_dates=publication_dates).to_dict()
    return result


@router.get("/relations", summary="Cooperation-conflict trajectory of a pair, turning points, "
                                  "framing by outlet")
def relations(request: Request, a: ActorName, b: ActorName,
              by: Literal["month", "quarter", "year"] = "month", since: Since = None,
              until: Until = None, publication_dates: PublicationDates = True
              ) -> dict[str, Any]:
    result: dict[str, Any] = _corpus(request).relations(
        a, b, by=by, since=since, until=until, publication_dates=publication_dates).to_dict()
    return result


@router.get("/relations/chart.svg", response_class=Response,
            summary="The pair's trajectory chart as SVG: the one the page, the brief and the "
                    "notebook show (periods and turning points carry data-period)")
def relations_chart(request: Request, a: ActorName, b: ActorName,
                    by: Literal["month", "quarter", "year"] = "month", since: Since = None,
                    until: Until = None,
                    width: Annotated[int, Query(ge=MIN_WIDTH, le=MAX_WIDTH, description="The "
                                                "width to lay it out for, in pixels.")] = WIDTH,
                    publication_dates: PublicationDates = True) -> Response:
    found = _corpus(request).relations(a, b, by=by, since=since, until=until,
                                       publication_dates=publication_dates)
    return Response(trajectory_svg(found, width=width), media_type="image/svg+xml")


@router.get("/search", summary="Full-text search over titles and text, best first; total "
                               "counts every match")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500)],
           limit: Annotated[int, Query(ge=1, le=200)] = 20,
           offset: Annotated[int, Query(ge=0, le=1_000_000,
                                        description="Skip the N best hits.")] = 0,
           ) -> dict[str, Any]:
    if not q.strip():
        raise HTTPException(400, "q: give at least one word to search for")
    hits = _corpus(request).search(q, limit=limit, offset=offset)
    return {"items": [{**article_json(a), "snippet": snip} for a, snip in hits], "query": q,
            "offset": offset, "total": hits.total,
            "next_offset": offset + len(hits) if offset + len(hits) < (hits.total or 0)
            else None}


@router.get("/download/events", summary="Download the events between a pair (the page's "
                                        "current view) as CSV or JSON")
def download_events(request: Request, a: ActorName, b: ActorName,
                    format: Literal["csv", "json"] = "csv", since: Since = None,
                    until: Until = None, publication_dates: PublicationDates = True
                    ) -> Response:
    from ..export import events_document

    body, media, name = events_document(_corpus(request), (a, b), format, since, until,
                                        publication_dates)
    return Response(body, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


class Document(BaseModel):
    """One article to ingest: its text or HTML, and what is known about it."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    author: str | None = None

    @model_validator(mode="after")
    def one_body(self) -> Document:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


class IngestRequest(BaseModel):
    documents: list[Document] = Field(min_length=1, max_length=1000)


def require_token(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """Require ``Authorization: Bearer TOKEN`` with the server's token (checked first)."""
    expected: str = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "writing needs the header 'Authorization: Bearer TOKEN' "
                                 "(the token the server was started with)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(403, "wrong token")


@write_router.post("/ingest", summary="Store articles (needs the server's token)",
                   dependencies=[Depends(require_token)])
def ingest(request: Request, body: IngestRequest) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tieline-http-") as folder:
        path = Path(folder) / "documents.jsonl"
        lines = (json.dumps(d.model_dump(exclude_none=True), ensure_ascii=False)
                 for d in body.documents)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with request.app.state.pool.write_lock:
            report = _corpus(request).ingest(path, progress=False)
    prefix = str(path)
    return {"stored": report.stored, "unchanged": report.unchanged,
            "rejects": [{"document": r.origin.replace(prefix, "documents", 1),
                         "reason": r.reason.replace(prefix, "documents")}
                        for r in report.rejects],
            "warnings": [w.replace(prefix, "documents") for w in report.warnings],
            "notes": [n.replace(prefix, "documents") for n in report.notes]}
