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
    strict: bool = typer.Option(False, "--strict",
                                help="Fail the run if any article violates a SHACL shape "
                                     "(by default such articles are quarantined and the run goes on)."),
) -> None:
    """Run the Prefect flow: ingest -> extract -> map -> validate -> write Turtle."""
    if not input.exists():
        typer.echo(f"error: input {input} does not exist", err=True)
        raise typer.Exit(2)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # the temporary server's first start (DB migration) takes > 20 s on a busy 2-core machine
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    from flows.etl import partykg_flow  # Prefect is imported only when a flow runs

    from partykg.validate import StrictValidationError

    try:
        summary = partykg_flow(input_dir=input, output_dir=output, strict=strict)
    except StrictValidationError as exc:
        typer.echo(f"error: {exc} (reports under {output / 'quarantine'})", err=True)
        raise typer.Exit(1)
    typer.echo(f"{summary['articles']} articles, {summary['triples']} triples -> {output}")
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
