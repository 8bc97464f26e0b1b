"""The HTTP API and the analyst's page: a thin FastAPI layer over :class:`tieline.Corpus`."""

from .app import create_app

__all__ = ["create_app"]
