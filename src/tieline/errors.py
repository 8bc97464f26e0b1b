"""tieline's exceptions.

    TielineError                 base: anything tieline raises on purpose
    ├── InputError               one input cannot be read (binary, empty, too large, truncated, ...)
    │                            → it becomes a Reject; the rest of the batch goes on
    ├── StoreError               the database cannot be opened or migrated
    └── UsageError               a caller asked for something impossible (bad option, unknown path)
"""


class TielineError(Exception):
    """Base of every error tieline raises on purpose."""


class InputError(TielineError):
    """One input cannot be turned into articles; the message says why and what to do."""


class StoreError(TielineError):
    """The database cannot be opened, migrated or written."""


class UsageError(TielineError):
    """A caller asked for something tieline cannot do."""
