"""The command line: parse arguments, call the Corpus, render. No logic of its own."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .config import load_settings
from .corpus import Corpus
from .errors import TielineError
from .models import IngestReport
from .render import actors_table, articles_table, events_table, print_json

EXIT_REJECTS = 3


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TielineError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database file (default: $TIELINE_DB, else ./tieline.db).")
@click.version_option(__version__, prog_name="tieline")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Turn news articles into a dated, source-cited record of relations between actors."""
    ctx.obj = load_settings(db=db)


def _corpus(ctx: click.Context) -> Corpus:
    corpus = Corpus(settings=ctx.obj)
    ctx.call_on_close(corpus.close)
    return corpus


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="JSONL lines {path, url, outlet, published} for the input files.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default 1).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Size limit per input file after decompression, per line or record in "
                   "JSONL and WARC files (default 10 MB; $TIELINE_MAX_BYTES).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], manifest: str | None,
           jobs: int | None, max_bytes: int | None) -> None:
    """Read files, directories or - (stdin) and store their articles."""
    from .progress import IngestProgress

    corpus = _corpus(ctx)
    with IngestProgress() as bar:
        report = corpus.ingest(*paths, manifest=manifest, progress=bar.update,
                               jobs=jobs, max_bytes=max_bytes)
    _summarise(report)
    if report.rejects:
        sys.exit(EXIT_REJECTS)


def _summarise(report: IngestReport) -> None:
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"stored {report.stored} articles, {report.unchanged} already stored, "
               f"{len(report.rejects)} rejected", err=True)
    for reject in report.rejects:
        click.echo(f"  rejected {reject.origin}: {reject.reason}", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list on stdout.")
@click.option("--full", is_flag=True, help="Include the text and provenance.")
@click.pass_context
def articles(ctx: click.Context, as_json: bool, full: bool) -> None:
    """List the stored articles."""
    found = _corpus(ctx).articles()
    if as_json:
        print_json([a.to_dict(full=full) for a in found])
    else:
        articles_table(found, full=full)


@cli.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list on stdout.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.pass_context
def search(ctx: click.Context, query: str, as_json: bool, limit: int) -> None:
    """Full-text search over titles and article text."""
    hits = _corpus(ctx).search(query, limit=limit)
    if as_json:
        print_json([{**a.to_dict(), "snippet": snip} for a, snip in hits])
        return
    for a, snip in hits:
        click.echo(f"{a.id}  {a.published or 'undated'}  {a.outlet or '?'}  {a.title or ''}")
        click.echo(f"    {snip}")
    if not hits:
        click.echo(f"no article matches {query!r}", err=True)


@cli.command()
@click.option("--out", type=click.Path(file_okay=False), default="tieline-demo",
              show_default=True, help="Folder for the demo database and report.")
def demo(out: str) -> None:
    """Ingest the bundled sample articles, print them, and write a report."""
    from .demo import run_demo

    run_demo(Path(out))


@cli.group("eval")
def eval_group() -> None:
    """Score tieline against the shared benchmarks."""


@eval_group.command("extract")
@click.option("--data", type=click.Path(exists=True, file_okay=False), required=True,
              help="The article-extraction-benchmark folder (html/ and ground-truth.json).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only N pages.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the jobs setting, 1).")
@click.pass_context
def eval_extract(ctx: click.Context, data: str, as_json: bool, limit: int | None,
                 jobs: int | None) -> None:
    """Main-text extraction: 4-gram token shingle precision, recall and F1."""
    from .evaluate.extraction import evaluate_extraction

    scores = evaluate_extraction(Path(data), limit=limit, jobs=jobs or ctx.obj.jobs)
    if as_json:
        print_json(scores.to_dict())
    else:
        click.echo(scores.summary())


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list on stdout.")
@click.pass_context
def actors(ctx: click.Context, as_json: bool) -> None:
    """List the actors mentioned in the corpus (countries, people, organisations, groups)."""
    found = _corpus(ctx).actors()
    if as_json:
        print_json([{**actor.to_dict(), "mentions": n} for actor, n in found])
    else:
        actors_table(found)


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from .store.events import period

    if value is None:
        return None
    try:
        period(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list on stdout.")
@click.option("--actor", "actor_names", multiple=True, metavar="A",
              help="Events with this actor as source or target (id, name or alias); "
                   "repeat for any of several.")
@click.option("--pair", nargs=2, default=None, metavar="A B",
              help="Events between A and B, either way round.")
@click.option("--type", "event_type", metavar="T",
              help="A PLOVER event type, or TYPE:mode (CONSULT, consult:visit).")
@click.option("--since", callback=_date_option, metavar="DATE",
              help="Events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", callback=_date_option, metavar="DATE",
              help="Events on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N events.")
@click.pass_context
def events(ctx: click.Context, as_json: bool, actor_names: tuple[str, ...],
           pair: tuple[str, str] | None, event_type: str | None, since: str | None,
           until: str | None, limit: int | None) -> None:
    """List who did what to whom, when: the events coded in the articles, by date."""
    found = _corpus(ctx).events(actor_names, pair, event_type, since, until, limit)
    if as_json:
        print_json([e.to_dict() for e in found])
    else:
        events_table(found)


@eval_group.command("actors")
@click.option("--data", type=click.Path(exists=True, dir_okay=False), required=True,
              help="PLOVER-coded sentences (plover_gsr_dev.jsonl).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_actors(ctx: click.Context, data: str, as_json: bool) -> None:
    """Actors: accuracy of each gold actor's country code (ISO alpha-3, IGO, ...)."""
    from .annotate.actors import annotator
    from .evaluate.actors import evaluate_actors

    settings = ctx.find_root().obj
    scores = evaluate_actors(Path(data), annotator(settings.spacy_model,
                                                   settings.actors_file or None))
    if as_json:
        print_json(scores.to_dict())
    else:
        click.echo(scores.summary())


@eval_group.command("events")
@click.option("--data", type=click.Path(exists=True), required=True,
              help="plover_gsr_dev.jsonl, petr2_gsr_validation.jsonl, or a folder holding "
                   "them (../shared/data scores both).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--errors", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also print the first N sentences coded wrongly.")
@click.pass_context
def eval_events(ctx: click.Context, data: str, as_json: bool, errors: int) -> None:
    """Events: PLOVER type and actor accuracy; CAMEO agreement through the crosswalk."""
    from .annotate.actors import annotator
    from .annotate.events import coder
    from .evaluate.events import evaluate_events

    settings = ctx.find_root().obj
    scores = evaluate_events(Path(data),
                             annotator(settings.spacy_model, settings.actors_file or None),
                             coder(settings.actors_file or None, settings.events_file or None))
    if as_json:
        print_json([s.to_dict() for s in scores])
        return
    for s in scores:
        click.echo(s.summary())
        for err in s.to_dict()["errors"][:errors]:
            click.echo(f"    {err['id']}: gold {err['gold']}, got "
                       f"{err.get('got', [err.get('got_source'), err.get('got_target')])}: "
                       f"{err['text'][:100]}")


def main() -> None:
    cli(prog_name="tieline")


if __name__ == "__main__":
    main()
