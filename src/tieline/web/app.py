"""The app factory: one FastAPI app over one database, read-only unless started with a token.

Every request thread gets its own :class:`Corpus` (its own SQLite connection): SQLite in WAL
mode lets them read in parallel while an ingest, in this process or another, writes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..config import Settings, load_settings
from ..corpus import Corpus
from ..errors import StoreError, UnknownActor, UsageError
from . import api

log = logging.getLogger("tieline.web")
STATIC = Path(str(resources.files("tieline.web") / "static"))

#: Nothing but tieline's own files may run or load on the page, whatever an article holds.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
     b"connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]],
                    Callable[[Message], Awaitable[None]]], Awaitable[None]]


class CorpusPool:
    """Open one Corpus per thread on first use; close them all at shutdown."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._local = threading.local()
        self._opened: list[Corpus] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one HTTP ingest at a time

    def get(self) -> Corpus:
        """Return this thread's corpus, opening it if needed."""
        corpus: Corpus | None = getattr(self._local, "corpus", None)
        if corpus is None:
            corpus = Corpus(settings=self.settings)
            self._local.corpus = corpus
            with self._lock:
                self._opened.append(corpus)
        return corpus

    def close(self) -> None:
        """Close every corpus opened so far."""
        with self._lock:
            for corpus in self._opened:
                corpus.close()
            self._opened.clear()


class SecurityHeaders:
    """Add the security headers to every HTTP response (a plain ASGI middleware: cheap)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(db: str | Path | None = None, *, settings: Settings | None = None,
               token: str | None = None) -> FastAPI:
    """Build the app over the database *db* (default: the settings' db).

    With a *token*, ``POST /api/ingest`` exists and requires ``Authorization: Bearer TOKEN``;
    without one the app only reads.
    """
    settings = (settings or load_settings()).with_overrides(db=str(db) if db else None)
    Corpus(settings=settings).close()  # fail now, not on a first request, on a bad database
    pool = CorpusPool(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    # FastAPI's own /docs loads Swagger UI from a CDN: blocked by the page's policy, and
    # offline for many users; tieline's /docs renders /openapi.json with its own script.
    app = FastAPI(title="tieline", version=__version__, lifespan=lifespan, docs_url=None,
                  redoc_url=None, description="Relations between actors in the news: articles, "
                  "actors, events, timelines and trajectories of actor pairs, full-text search.")
    app.state.pool = pool
    app.state.token = token or None
    app.include_router(api.router)
    if token:
        app.include_router(api.write_router)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    app.add_middleware(SecurityHeaders)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Turn the library's errors and bad parameters into 4xx answers with a clear message,
    and any other failure into a 500 that still says what failed (never a bare page)."""

    @app.exception_handler(UnknownActor)
    async def unknown_actor(request: Request, exc: UnknownActor) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "name": exc.name, "suggestions": [
            {"id": a.id, "name": a.name, "kind": a.kind} for a in exc.suggestions]},
            status_code=400)

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> JSONResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return JSONResponse({"detail": f"tieline failed on {request.url.path}: "
                                       f"{type(exc).__name__}: {exc}; this is a bug, please "
                                       "report it with the URL"}, status_code=500)

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, exc: UsageError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [_problem(err) for err in exc.errors()]
        return JSONResponse({"detail": "; ".join(problems), "errors": problems},
                            status_code=422)


def _problem(err: Any) -> str:
    """Say which parameter was wrong and how, in one line ("query page: ...")."""
    where = [str(part) for part in err.get("loc", ()) if part != "body"]
    name = " ".join(where[1:]) if where[:1] == ["query"] else " ".join(where)
    return f"{name or 'request'}: {err.get('msg', 'invalid')}"
