"""The `partykg` command."""
from __future__ import annotations

import os
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
) -> None:
    """Run the Prefect flow: ingest -> extract -> map -> validate -> write Turtle."""
    if not input.exists():
        typer.echo(f"error: input {input} does not exist", err=True)
        raise typer.Exit(2)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the temporary server's first start (DB migration) takes > 20 s on a busy 2-core machine
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from flows.etl import partykg_flow  # Prefect is imported only when a flow runs

    summary = partykg_flow(input_dir=input, output_dir=output)
    typer.echo(f"{summary['articles']} articles, {summary['triples']} triples -> {output}")
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
