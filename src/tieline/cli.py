"""The command line: parse arguments, call the Corpus, render. No logic of its own."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import click

from . import __version__
from .config import load_settings
from .corpus import Corpus
from .errors import TielineError
from .models import EventFilter, IngestSummary
from .render import (
    actors_table,
    articles_table,
    events_table,
    pair_timeline_table,
    print_json,
    relations_table,
    render_gold_row,
)
from .textsafe import printable

EXIT_REJECTS = 3


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TielineError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except BrokenPipeError:  # click would exit 1 on it
            _quiet_broken_pipe()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Database file (default: $TIELINE_DB, else ./tieline.db).")
@click.version_option(__version__, prog_name="tieline")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Turn news articles into a dated, source-cited record of relations between actors."""
    ctx.obj = load_settings(db=db)


def _corpus(ctx: click.Context, create: bool = False) -> Corpus:
    """Open the database of --db (given before or after the command); only ingest creates
    one, so a mistyped path is an error rather than a new, empty corpus."""
    corpus = Corpus(settings=ctx.find_root().obj, create=create)
    ctx.call_on_close(corpus.close)
    return corpus


def _db_after_command(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        root = ctx.find_root()
        root.obj = root.obj.with_overrides(db=value)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False),
              help="JSONL lines {path, url, outlet, published} for the input files.")
@click.option("--jobs", type=click.IntRange(min=0), default=None,
              help="Worker processes for the per-article stages (extraction, parse, actors, "
                   "events); 0 = all cores (the default; $TIELINE_JOBS). With --executor dask, "
                   "the workers of the local cluster.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default=None,
              help="Where the per-article stages run: 'local', a process pool on this machine "
                   "(the default), or 'dask', a Dask cluster (needs tieline[dask]); results "
                   "are the same.")
@click.option("--scheduler", metavar="ADDR", default=None,
              help="Address of a running Dask scheduler (tcp://HOST:8786); implies --executor "
                   "dask. Without it the dask executor starts a LocalCluster of --jobs "
                   "workers.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help="Size limit per input file after decompression, per line or record in "
                   "JSONL and WARC files (default 10 MB; $TIELINE_MAX_BYTES).")
@click.option("--parse", type=click.Choice(["events", "all"]), default=None,
              help="'events' (the default; $TIELINE_PARSE) parses only the lines that can hold "
                   "an event, about twice as fast; 'all' parses every line, so that actor "
                   "mentions are found in all of them.")
@click.option("--partial-ok", is_flag=True,
              help="Exit 0 when some inputs were rejected but the rest was stored (without it: "
                   "exit 3 whenever an input was rejected, as the interface contract says).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], manifest: str | None, jobs: int | None,
           executor: str | None, scheduler: str | None, max_bytes: int | None,
           parse: str | None, partial_ok: bool) -> None:
    """Read files, directories or - (stdin) and store their articles.

    The per-article stages run in parallel (--jobs, --executor); one process writes the
    database; the corpus stage (stories, merged events) runs on the database afterwards.
    Each rejected input is listed on stderr with its reason.
    """
    from .progress import IngestProgress, count_documents

    if scheduler and executor == "local":
        raise click.UsageError("--scheduler needs --executor dask")
    corpus = _corpus(ctx, create=True)
    with IngestProgress(count_documents(paths)) as bar:
        report = corpus.ingest(*paths, manifest=manifest, progress=bar.update, stage=bar.stage,
                               jobs=jobs, executor=executor or ("dask" if scheduler else None),
                               scheduler=scheduler, max_bytes=max_bytes, parse=parse)
    _summarise(report, corpus, bar.started)
    if report.rejects and not (partial_ok and (report.stored or report.unchanged)):
        sys.exit(EXIT_REJECTS)


def _summarise(report: IngestSummary, corpus: Corpus, started: float) -> None:
    from .render import ingest_summary

    # printable: a file name or a page must not be able to forge or hide a line here
    for warning in report.warnings:
        click.echo(f"warning: {printable(warning)}", err=True)
    for note in report.notes:
        click.echo(f"note: {printable(note)}", err=True)
    for reject in report.rejects:
        click.echo(f"  rejected {printable(reject.origin)}: {printable(reject.reason)}",
                   err=True)
    click.echo(ingest_summary(report, corpus.overview(pairs=0, actors=0),
                              time.monotonic() - started), err=True)


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
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip the N best hits (the next page).")
@click.pass_context
def search(ctx: click.Context, query: str, as_json: bool, limit: int, offset: int) -> None:
    """Full-text search over titles and article text, best first; says how many match."""
    hits = _corpus(ctx).search(query, limit=limit, offset=offset)
    if as_json:
        print_json([{**a.to_dict(), "snippet": snip} for a, snip in hits])
    else:
        for a, snip in hits:
            click.echo(printable(f"{a.id}  {a.published or 'undated'}  {a.outlet or '?'}  "
                                 f"{a.label}"))
            click.echo(f"    {printable(snip)}")
    click.echo(printable(_hits_line(query, len(hits), offset, hits.total or 0)), err=True)


def _hits_line(query: str, shown: int, offset: int, total: int) -> str:
    if not total:
        return f"no article matches {query!r}"
    if shown == total:
        return f"{total} articles match {query!r}"
    span = f"{offset + 1}-{offset + shown}" if shown else "none"
    more = f"; the next: --offset {offset + shown}" if offset + shown < total else ""
    return f"{span} of {total} articles matching {query!r}{more}"


@cli.command()
@click.option("--out", type=click.Path(file_okay=False), default="tieline-demo",
              show_default=True, help="Folder for the demo database and brief.")
def demo(out: str) -> None:
    """Ingest the bundled sample articles, print them, and write a brief."""
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
    found = _corpus(ctx).events(limit=None if limit is None else limit + 1,
                                where=EventFilter.of(actor_names, pair, event_type, since,
                                                     until))
    more = limit is not None and len(found) > limit  # (one past the limit says there are more)
    shown = list(found)[:limit] if more else list(found)
    if as_json:
        print_json([e.to_dict() for e in shown])
    else:
        events_table(shown, more)


#: Leave out dates that are only the day an event was reported (timeline, relations, report).
publication_dates_option = click.option(
    "--publication-dates/--no-publication-dates", default=True, show_default=True,
    help="With --no-publication-dates, an event dated only by the day it was reported (date "
         "basis 'publication': it happened by then) is undated, listed 'by' that day.")


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True,
              help="At most N dated entries (the most salient), and N undated ones.")
@click.option("--since", callback=_date_option, metavar="DATE",
              help="Only dates on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", callback=_date_option, metavar="DATE",
              help="Only dates on or before DATE.")
@publication_dates_option
@click.pass_context
def timeline(ctx: click.Context, a: str, b: str, as_json: bool, limit: int, since: str | None,
             until: str | None, publication_dates: bool) -> None:
    """Show the timeline of two actors: dated entries with summaries and their sources."""
    found = _corpus(ctx).timeline(a, b, limit=limit, since=since, until=until,
                                  publication_dates=publication_dates)
    if as_json:
        print_json(found.to_dict())
    else:
        pair_timeline_table(found)


@cli.command()
@click.argument("a")
@click.argument("b")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month",
              show_default=True, help="The period of the series.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout.")
@click.option("--since", callback=_date_option, metavar="DATE",
              help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", callback=_date_option, metavar="DATE",
              help="Only events on or before DATE.")
@publication_dates_option
@click.pass_context
def relations(ctx: click.Context, a: str, b: str, by: str, as_json: bool, since: str | None,
              until: str | None, publication_dates: bool) -> None:
    """Show how two actors' relations evolve: cooperation and conflict per period, turning
    points, and how each outlet frames them."""
    found = _corpus(ctx).relations(a, b, by=by, since=since, until=until,
                                   publication_dates=publication_dates)
    if as_json:
        print_json(found.to_dict())
    else:
        relations_table(found)


@cli.command("export")
@click.argument("kind", type=click.Choice(["articles", "actors", "events", "relations"]))
@click.argument("pair", nargs=-1, metavar="[A B]")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "gdelt"]),
              default="csv", show_default=True,
              help="gdelt: GDELT 2.0 event columns, tab-separated, no header (events only).")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="File to write (default: standard output; Parquet needs a file).")
@click.option("--full", is_flag=True, help="Articles: include the text and provenance.")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month",
              show_default=True, help="Relations: the period of the series.")
@click.option("--actor", "actor_names", multiple=True, metavar="A",
              help="Events with this actor as source or target; repeat for any of several.")
@click.option("--pair", "event_pair", nargs=2, default=None, metavar="A B",
              help="Events between A and B, either way round.")
@click.option("--type", "event_type", metavar="T", help="Events of a PLOVER type or TYPE:mode.")
@click.option("--since", callback=_date_option, metavar="DATE", help="Events on or after DATE.")
@click.option("--until", callback=_date_option, metavar="DATE", help="Events on or before DATE.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N events.")
@click.pass_context
def export_command(ctx: click.Context, kind: str, pair: tuple[str, ...], fmt: str,
                   out: str | None, full: bool, by: str, actor_names: tuple[str, ...],
                   event_pair: tuple[str, str] | None, event_type: str | None,
                   since: str | None, until: str | None, limit: int | None) -> None:
    """Write articles, actors, events (with evidence) or the relations series of a pair
    (`export relations A B`) as CSV, JSON Lines, Parquet or a GDELT events table."""
    from .export import export

    if (kind == "relations") != bool(pair) or len(pair) not in (0, 2):
        raise click.UsageError("A B go with relations only, and relations need both")
    where = EventFilter.of(actor_names, tuple(pair) or event_pair, event_type, since, until)
    result = export(_corpus(ctx), kind, fmt, out, where=where, full=full, limit=limit,
                    by=by if kind == "relations" else None)
    click.echo(result.summary(), err=True)


@eval_group.command("actors")
@click.option("--data", type=click.Path(exists=True, dir_okay=False), required=True,
              help="PLOVER-coded sentences (plover_gsr_dev.jsonl).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_actors(ctx: click.Context, data: str, as_json: bool) -> None:
    """Actors: accuracy of each gold actor's country code (ISO alpha-3, IGO, ...)."""
    from .evaluate.actors import evaluate_actors

    scores = evaluate_actors(Path(data), ctx.find_root().obj)
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
    from .evaluate.events import evaluate_events

    scores = evaluate_events(Path(data), ctx.find_root().obj)
    if as_json:
        print_json([s.to_dict() for s in scores])
        return
    for s in scores:
        click.echo(s.summary())
        for err in s.to_dict()["errors"][:errors]:
            click.echo(f"    {err['id']}: gold {err['gold']}, got "
                       f"{err.get('got', [err.get('got_source'), err.get('got_target')])}: "
                       f"{err['text'][:100]}")


@eval_group.command("timelines")
@click.option("--data", type=click.Path(exists=True, file_okay=False), required=True,
              help="The Timeline17 folder (articles.jsonl and timelines.jsonl).")
@click.option("--json", "as_json", is_flag=True)
def eval_timelines(data: str, as_json: bool) -> None:
    """Topic timelines: alignment ROUGE-1/2 and date F1 per gold timeline (news-tls protocol)."""
    from .evaluate.topic_timelines import evaluate_topic_timelines

    scores = evaluate_topic_timelines(Path(data))
    if as_json:
        print_json(scores.to_dict())
    else:
        click.echo(scores.summary())


@eval_group.command("news")
@click.option("--data", type=click.Path(exists=True, file_okay=False), required=True,
              help="A news set folder (corpus.jsonl, families.json, distinct_pairs.json, "
                   "events.jsonl), e.g. ../shared/data/news/georgia-russia.")
@click.option("--withhold-dates", is_flag=True,
              help="Ingest the pages without their stated dates and score the dates inferred.")
@click.option("--details", is_flag=True,
              help="Also print each gold event: found, how, and why not.")
@click.option("--keep-db", type=click.Path(dir_okay=False), default=None,
              help="Ingest into this new database and keep it (default: a temporary one).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_news(ctx: click.Context, data: str, withhold_dates: bool, details: bool,
              keep_db: str | None, as_json: bool) -> None:
    """News sets: articles, page dates, stories, events, dates and sources against the gold."""
    from .evaluate.news import evaluate_news, summary

    settings = ctx.find_root().obj
    scores = evaluate_news(Path(data), withhold_dates, Path(keep_db) if keep_db else None,
                           spacy_model=settings.spacy_model, jobs=settings.jobs or None,
                           actors_file=settings.actors_file, events_file=settings.events_file)
    if as_json:
        print_json(scores.to_dict(details))
        return
    click.echo(summary(scores))
    for row in scores.details if details else []:
        click.echo(render_gold_row(row))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback exposes the corpus.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option("--token", envvar="TIELINE_TOKEN", default=None, metavar="TOKEN",
              help="Accept ingests over HTTP (POST /api/ingest) carrying 'Authorization: "
                   "Bearer TOKEN' (default: $TIELINE_TOKEN; without one the server only reads).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None) -> None:
    """Serve the web page and the HTTP API over the database (read-only without a token)."""
    from .web.serve import run_server

    run_server(ctx.find_root().obj, host, port, token)


@cli.command()
@click.argument("actors", nargs=-1, metavar="[A B]")
@click.option("--out", type=click.Path(dir_okay=False), required=True,
              help="The HTML file to write.")
@click.option("--by", type=click.Choice(["month", "quarter", "year"]), default="month",
              show_default=True, help="Period of the trajectory (with A B).")
@click.option("--since", callback=_date_option, metavar="DATE",
              help="With A B: only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", callback=_date_option, metavar="DATE",
              help="With A B: only events on or before DATE.")
@publication_dates_option
@click.pass_context
def report(ctx: click.Context, actors: tuple[str, ...], out: str, by: str, since: str | None,
           until: str | None, publication_dates: bool) -> None:
    """Write a brief, one self-contained HTML file: a pair's trajectory, timeline and sources, or
    (without A B) the articles."""
    from .brief import write_articles_brief, write_pair_brief

    if len(actors) not in (0, 2):
        raise click.UsageError(f"give two actors (A B) or none, not {len(actors)}")
    if (since or until) and not actors:
        raise click.UsageError("--since and --until narrow a pair's brief: give A B")
    corpus = _corpus(ctx)
    if actors:
        path = write_pair_brief(corpus, actors[0], actors[1], Path(out), by=by, since=since,
                                 until=until, publication_dates=publication_dates)
    else:
        path = write_articles_brief(corpus.articles(), Path(out))
    click.echo(f"brief: {path}", err=True)


#: Commands that read or write the database take --db after their name too.
DB_COMMANDS = ("ingest", "articles", "search", "actors", "events", "timeline", "relations",
               "export", "serve", "report")
for _name in DB_COMMANDS:
    cli.commands[_name].params.append(click.Option(
        ["--db", "db_after"], type=click.Path(dir_okay=False), expose_value=False,
        callback=_db_after_command, help="Database file (as before the command)."))


def main() -> None:
    try:
        cli(prog_name="tieline")
    except BrokenPipeError:
        _quiet_broken_pipe()


def _quiet_broken_pipe() -> None:
    """End quietly when the reader of stdout has gone (`tieline events | head`): what was
    wanted was read; Python would otherwise print a traceback and exit 1."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not fail again
    sys.exit(0)


if __name__ == "__main__":
    main()
