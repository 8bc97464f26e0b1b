"""The demo: ingest the bundled sample corpus, print what tieline found, write a brief."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .brief import write_articles_brief
from .corpus import Corpus
from .render import actors_table, articles_table, events_table, pair_timeline_table, stderr, stdout


def samples_dir() -> Path:
    """Return the folder of the five bundled sample articles (with their manifest)."""
    return Path(str(resources.files("tieline") / "samples"))


def run_demo(out: Path) -> Path:
    """Ingest the samples into OUT/tieline.db, print them, write a brief to OUT/report.html."""
    out.mkdir(parents=True, exist_ok=True)
    samples = samples_dir()
    with Corpus(out / "tieline.db", create=True) as corpus:
        report = corpus.ingest(samples, manifest=samples / "manifest.jsonl")
        stderr.print(f"stored {report.stored} new articles ({report.unchanged} already stored) "
                     f"in {out / 'tieline.db'}", highlight=False)
        found = corpus.articles()
        articles_table(found)
        for a in found:
            stdout.print(f"\n[bold]{_esc(a.title or '(no title)')}[/bold] — {_esc(a.outlet or '?')}"
                         f", {a.published or 'date unknown'} ({a.published_basis}), {a.lang}, "
                         f"author: {_esc(a.author or 'unknown')}", highlight=False)
            first, *_ = a.text.split("\n")
            stdout.print(f"  {_esc(first[:300])}", highlight=False)
        stdout.print("\nWho they mention (top 12 of "
                     f"{len(corpus.actors())} actors; `tieline actors` lists all):",
                     highlight=False)
        actors_table(corpus.actors()[:12])
        total = len(corpus.events())
        for one, other in (("Armenia", "Russia"), ("Pashinyan", "Putin")):
            found_events = corpus.events(pair=(one, other))
            stdout.print(f"\nEvents between {one} and {other} ({len(found_events)} of {total} "
                         f"coded; `tieline events --pair {one} {other}`):", highlight=False)
            events_table(found_events)
        stories = {a.story_id for a in found}
        stdout.print(f"\n{len(found)} articles tell {len(stories)} stories; copies and "
                     "rewrites count once as sources.\n", highlight=False)
        pair_timeline_table(corpus.timeline("Armenia", "Russia", limit=10))
        path = write_articles_brief(found, out / "report.html")
    stdout.print(f"\nbrief: {path}", highlight=False)
    return path


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)
