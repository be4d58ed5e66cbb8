"""The `partykg` command."""
from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path

import typer

app = typer.Typer(help="Vietnamese party-building news -> RDF knowledge graph.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """partykg: run the ETL flow and work with its output."""


@app.command()
def run(
    input: Path = typer.Option(Path("data/seeds"), "--input", "-i", help="File or directory of articles."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Directory for the Turtle output."),
    strict: bool = typer.Option(False, "--strict",
                                help="Fail the run if any article violates a SHACL shape "
                                     "(by default such articles are quarantined and the run goes on)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Processes for the per-article work (spaCy is CPU-bound)."),
    dask_address: str = typer.Option(None, "--dask-address",
                                     help="Run the per-article work on this Dask scheduler (tcp://HOST:PORT)."),
    progress: bool = typer.Option(None, "--progress/--no-progress",
                                  help="Progress bar (default: when stdout is a terminal)."),
) -> None:
    """Run the Prefect flow: ingest -> extract -> map -> validate -> write Turtle.

    Incremental: articles whose content and pipeline version are unchanged
    since the last run into the same output directory are skipped.
    """
    if not input.exists():
        typer.echo(f"error: input {input} does not exist", err=True)
        raise typer.Exit(2)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Prefect is imported only when a flow runs
    from flows.etl import run_flow
    from partykg.prefect_server import prefect_session
    from partykg.runner import set_progress_hook
    from partykg.state import Manifest, OutputBusyError

    from partykg.validate import StrictValidationError

    try:  # fail before any server starts when a run is already writing there
        Manifest(output).close()
    except OutputBusyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)

    show = sys.stdout.isatty() if progress is None else progress
    with _progress_bar(show) as hook, prefect_session():
        set_progress_hook(hook)
        try:
            summary = run_flow(input, output, workers=workers, dask_address=dask_address, strict=strict)
        except StrictValidationError as exc:
            typer.echo(f"error: {exc} (reports under {output / 'quarantine'})", err=True)
            raise typer.Exit(1)
        finally:
            set_progress_hook(None)
    typer.echo(f"{summary['processed']} articles processed, {summary['skipped']} skipped (unchanged), "
               f"{len(summary['removed'])} removed, {len(summary['failed'])} files failed; "
               f"{summary['articles']} articles, {summary['triples']} triples -> {output} "
               f"(flow {summary['seconds']:.1f} s)")
    if summary["quarantined"]:
        typer.echo(f"quarantined (SHACL violations): {', '.join(sorted(summary['quarantined']))} "
                   f"-> {output / 'quarantine'}", err=True)
    problems = summary.get("problems", [])
    if problems:
        skipped = sum(1 for p in problems if p["fatal"])
        typer.echo(f"input problems: {skipped} file(s) skipped, {len(problems) - skipped} note(s)", err=True)
        for p in problems:
            typer.echo(f"  {'skipped' if p['fatal'] else 'note'}: {p['source']}: {p['reason']}", err=True)
    if summary["failed"]:
        for source, error in summary["failed"].items():
            typer.echo(f"failed: {source}: {error}", err=True)
        raise typer.Exit(1)


@app.command("serve-flow")
def serve_flow(
    cron: str = typer.Option("0 2 * * *", "--cron", help="Cron schedule of the runs (default: daily at 02:00)."),
    timezone: str = typer.Option(None, "--timezone", help="IANA time zone of the schedule (default UTC)."),
    input: Path = typer.Option(Path("data/seeds"), "--input", "-i", help="File or directory of articles."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Directory for the Turtle output."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes for the per-article work."),
    dask_address: str = typer.Option(None, "--dask-address", help="Dask scheduler for the per-article work."),
    name: str = typer.Option("partykg-scheduled", "--name", help="Deployment name."),
    register_only: bool = typer.Option(False, "--register-only",
                                       help="Register the deployment and its schedule, then exit."),
) -> None:
    """Serve the flow as a Prefect deployment with a cron schedule (runs until interrupted).

    Uses the Prefect server of PREFECT_API_URL; without one, a local server
    (with its scheduler) lives as long as this command.
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.client.schemas.schedules import CronSchedule

    try:  # Prefect's own validation, before any server starts
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:
        typer.echo(f"error: invalid schedule --cron {cron!r} --timezone {timezone}: {exc}", err=True)
        raise typer.Exit(2)
    from flows.deploy import build_deployment
    from partykg.prefect_server import prefect_session

    deployment = build_deployment(cron, input, output, workers=workers, dask_address=dask_address,
                                  timezone=timezone, name=name)
    with prefect_session(services=not register_only) as api_url:
        deployment_id = deployment.apply()
        typer.echo(f"deployment partykg-scheduled/{name} ({deployment_id}) on {api_url}: cron {cron!r}"
                   f"{' ' + timezone if timezone else ' UTC'}")
        if register_only:
            return
        from prefect import serve

        serve(deployment, print_starting_message=False)


def _progress_bar(show: bool):
    """A rich progress bar over the files to read; a no-op context when not shown."""
    if not show:
        return nullcontext(None)
    from contextlib import contextmanager

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    @contextmanager
    def bar():
        with Progress(TextColumn("[bold]partykg[/]"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("files"), TimeRemainingColumn(), transient=True) as prog:
            task_id = prog.add_task("run", total=None)
            yield lambda done, total: prog.update(task_id, completed=done, total=total)
    return bar()


@app.command("validate")
def validate_cmd(
    paths: list[Path] = typer.Argument(..., help="Turtle, TriG or N-Quads files to check against ontology/shapes.ttl."),
    report: Path = typer.Option(None, "--report", help="Also write the SHACL report as Turtle here."),
) -> None:
    """Validate RDF files with the project's SHACL shapes; exit 1 on any violation (warnings are listed only)."""
    import pyoxigraph

    from partykg.emit import PREFIXES_SH, atomic_write, turtle
    from partykg.validate import validate

    formats = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".trig": pyoxigraph.RdfFormat.TRIG,
               ".nq": pyoxigraph.RdfFormat.N_QUADS, ".nt": pyoxigraph.RdfFormat.N_TRIPLES}
    triples = []
    for p in paths:
        if p.suffix not in formats:
            typer.echo(f"error: {p}: unknown RDF file type (use {', '.join(formats)})", err=True)
            raise typer.Exit(2)
        try:
            triples += [q.triple for q in pyoxigraph.parse(path=str(p), format=formats[p.suffix])]
        except (OSError, SyntaxError) as exc:
            typer.echo(f"error: {p}: {exc}", err=True)
            raise typer.Exit(2)
    result = validate(triples, name=paths[0].stem)
    for line in result.report_text.splitlines():
        typer.echo(line)
    typer.echo(f"{len(triples)} triples: {result.violations} violations, {result.warnings} warnings")
    if report:
        atomic_write(report, turtle(result.report, PREFIXES_SH))
    if not result.conforms:
        raise typer.Exit(1)
