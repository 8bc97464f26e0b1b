"""tieline's exceptions.

    TielineError                 base: anything tieline raises on purpose
    ├── InputError               one input cannot be read (binary, empty, too large, truncated, ...)
    │                            → it becomes a Reject; the rest of the batch goes on
    ├── StoreError               the database cannot be opened or migrated
    │   └── StoreUnavailable     the database itself failed (locked, full, read-only)
    └── UsageError               a caller asked for something impossible (bad option, unknown path)
        └── UnknownActor         a name no actor has; carries the closest names ("did you mean")
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Actor


class TielineError(Exception):
    """Base of every error tieline raises on purpose."""


class InputError(TielineError):
    """One input cannot be turned into articles; the message says why and what to do."""


class StoreError(TielineError):
    """The database cannot be opened, migrated or written."""


class StoreUnavailable(StoreError):
    """The database itself failed (locked, full, read-only) while writing: retrying the same
    work piece by piece would not help."""


class UsageError(TielineError):
    """A caller asked for something tieline cannot do."""


class UnknownActor(UsageError):
    """No actor has this id, name or alias; ``suggestions`` holds the closest actors."""

    def __init__(self, message: str, name: str, suggestions: Sequence[Actor] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.suggestions = tuple(suggestions)
