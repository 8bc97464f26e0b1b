"""Actor name autocomplete for the page: the library's :func:`tieline.names.complete`."""

from __future__ import annotations

from ..names import complete as suggest_actors

__all__ = ["suggest_actors"]
