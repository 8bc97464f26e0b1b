"""Render results for a terminal: tables on stdout, JSON documents for --json."""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from .models import Article

stdout = Console(soft_wrap=False)
stderr = Console(stderr=True)


def print_json(doc: Any) -> None:
    """Print one JSON document on stdout and nothing else."""
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")


def articles_table(articles: list[Article], full: bool = False) -> None:
    from rich import box

    table = Table(title=f"{len(articles)} articles", show_lines=full, box=box.SIMPLE_HEAD)
    for col in ("id", "published", "outlet", "lang", "words"):
        table.add_column(col, no_wrap=True, justify="right" if col == "words" else "left")
    table.add_column("title", overflow="fold" if full else "ellipsis", no_wrap=not full)
    for a in articles:
        date = a.published or "unknown"
        if a.published and a.published_basis != "metadata":
            date += f" ({a.published_basis})"
        lang = (a.lang or "?") + (" (mixed)" if a.lang_mixed else "")
        title = a.title or _first_words(a.text)
        if full:
            title = f"[bold]{_esc(title)}[/bold]\n{_esc(a.text)}"
        else:
            title = _esc(title)
        table.add_row(a.id, date, _esc(a.outlet or "?"), lang, str(a.words), title)
    stdout.print(table)


def _first_words(text: str, n: int = 12) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _esc(text: str) -> str:
    """Escape rich markup in text that came from the internet."""
    from rich.markup import escape

    return escape(text)
