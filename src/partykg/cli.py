"""The `partykg` command."""
from __future__ import annotations

import atexit
import functools
import gc
import os
import sys
from contextlib import nullcontext
from pathlib import Path

import click
import typer

app = typer.Typer(help="Vietnamese party-building news -> RDF knowledge graph.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """partykg: run the ETL flow and work with its output."""


def one_line_faults(command):
    """A fault (a full disk, an output that is a file, a server that does not answer ...) ends in
    one line on stderr and exit status 1, never a traceback: that goes to the log (partykg.faults)."""
    @functools.wraps(command)  # (typer reads the parameters through __wrapped__)
    def guarded(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise  # typer's own ends of a command (Exit is a RuntimeError)
        except Exception as exc:
            from partykg.faults import one_line

            typer.echo(one_line(exc, kwargs.get("output")), err=True)
            raise typer.Exit(1) from None
    return guarded


@app.command()
@one_line_faults
def run(
    input: Path = typer.Option(Path("data/seeds"), "--input", "-i", help="File or directory of articles."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Directory for the Turtle output."),
    store: Path | None = typer.Option(None, "--store",
                                      help="Embedded store directory to bring up to date (built if missing). "
                                           "Default: OUTPUT/store, updated if it exists; else the first "
                                           "`partykg query`/`serve` builds it."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not update the embedded store."),
    strict: bool = typer.Option(False, "--strict",
                                help="Fail the run if any article violates a SHACL shape "
                                     "(by default such articles are quarantined and the run goes on)."),
    workers: str = typer.Option("auto", "--workers", "-w",
                                help="Processes for the per-article work (spaCy is CPU-bound): a number, "
                                     "or 'auto' = every CPU when the articles to process are enough to pay for "
                                     "starting the worker processes (about 8 on 2 CPUs), else 1."),
    dask_address: str = typer.Option(None, "--dask-address",
                                     help="Run the per-article work on this Dask scheduler (tcp://HOST:PORT)."),
    progress: bool = typer.Option(None, "--progress/--no-progress",
                                  help="Progress bar (default: when stdout is a terminal)."),
    force: bool = typer.Option(False, "--force",
                               help="Write into a non-empty output directory that holds no partykg output "
                                    "(what partykg did not write is still left alone)."),
    formats: str = typer.Option("ttl", "--formats",
                                help="Merged files to write, comma-separated: ttl (partykg.ttl), nq (partykg.nq), "
                                     "trig (partykg.trig). Per-article Turtle is always written."),
    no_report: bool = typer.Option(False, "--no-report",
                                   help="Do not write OUTPUT/report.html (an earlier run's is removed)."),
) -> None:
    """Run the Prefect flow: ingest -> extract -> map -> validate -> write Turtle.

    Incremental: articles whose content and pipeline version are unchanged
    since the last run into the same output directory are skipped.
    """
    # when the command ends, Python's exit would walk the whole heap (Prefect, spaCy ...) in several
    # garbage collections, ~1 CPU s; what is alive then is left to the OS (atexit hooks still run)
    atexit.register(gc.freeze)
    if not input.exists():
        typer.echo(f"error: input {input} does not exist", err=True)
        raise typer.Exit(2)
    if output.exists() and not output.is_dir():
        typer.echo(f"error: output {output} is a file, not a directory", err=True)
        raise typer.Exit(2)
    workers_n = _workers(workers)
    from partykg.emit import check_formats

    try:
        forms = check_formats(f.strip() for f in formats.split(",") if f.strip())
    except ValueError as exc:
        typer.echo(f"error: --formats {formats!r}: {exc}", err=True)
        raise typer.Exit(2)
    from partykg.ingest import discover

    if not discover(input):
        typer.echo(f"error: no input files in {input} (hidden files are skipped)", err=True)
        raise typer.Exit(2)
    from partykg.api import run as run_api
    from partykg.state import OutputBusyError, OutputRefused

    show = sys.stdout.isatty() if progress is None else progress
    try:
        with _progress_bar(show) as hook:
            summary = run_api(input, output, workers=workers_n or "auto", dask_address=dask_address,
                              strict=strict, force=force, report=not no_report, progress=hook, formats=forms)
    except (OutputBusyError, OutputRefused) as exc:  # before any server starts when a run is already writing there
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    except RuntimeError as exc:
        # partykg.validate is not imported before the run starts its workers and server (it loads
        # rdflib, ~0.25 CPU s); the flow has imported it by the time it raises
        from partykg.validate import StrictValidationError

        if not isinstance(exc, StrictValidationError):
            raise
        typer.echo(f"error: {exc} (reports under {output / 'quarantine'})", err=True)
        raise typer.Exit(1)
    except KeyboardInterrupt as exc:  # Ctrl-C, SIGTERM: what is written is whole; the next run completes it
        from partykg.pool import Terminated

        terminated = isinstance(exc, Terminated)
        typer.echo("terminated" if terminated else "interrupted", err=True)
        raise typer.Exit(143 if terminated else 130) from None  # 128 + the signal, as a shell reports it
    how = summary["how"]
    typer.echo(f"{summary['processed']} articles processed, {summary['skipped']} skipped (unchanged), "
               f"{len(summary['removed'])} removed, {len(summary['failed'])} files failed; "
               f"{summary['articles']} articles, {summary['triples']} triples -> {output} "
               f"(flow {summary['seconds']:.1f} s, {how})")
    counts = summary.get("counts") or {}
    if counts:
        typer.echo("entities: " + ", ".join(f"{n} {kind}" for kind, n in counts.items()))
    if summary.get("report"):
        typer.echo(f"report: {summary['report']}")
    store_ok = no_store or _sync_store(output, store)  # (an absent default store: see _sync_store)
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
    if not (summary["articles"] or summary["processed"] or summary["skipped"] or summary["quarantined"]):
        typer.echo(f"error: no readable articles in {input}: none of its {summary.get('files', 0)} "
                   "file(s) could be read (see the problems above)", err=True)
        raise typer.Exit(1)
    if not store_ok:
        raise typer.Exit(1)


@app.command()
def report(
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Output directory of a run."),
) -> None:
    """Write OUTPUT/report.html: the run's graph as one static HTML page (charts, tables, tree).

    `partykg run` writes it too, as its last step (unless --no-report); this command
    remakes it from the output's files alone (the failed files of a run are known to the run only).
    """
    from partykg.report import ReportError, write_report

    try:
        path = write_report(output)
    except ReportError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"report: {path} (open it in a browser: file://{path.resolve()})")


# --- the store: query, load, serve (src/partykg/store.py, load.py) ------------

def _sync_store(output: Path, store: Path | None) -> bool:
    """Bring the embedded store up to date with the output's article graphs; False (reported) on failure.

    The default store (OUTPUT/store) is only kept up to date once it exists:
    building it costs ~10x the merged files (benchmarks/merge_store.py) and
    ~0.4 MB of disk an article, which a user who never queries should not pay. The first
    `partykg query`/`serve` builds it (ensure_store); `--store DIR` builds it now.
    """
    from partykg.store import StoreError, ensure_store, store_path

    path = store_path(output, store)
    if not (Path(output) / "articles").is_dir():
        typer.echo(f"store {path}: not updated (no article graphs in {output})")
        return True
    if store is None and not path.is_dir():
        typer.echo(f"store {path}: not built (the first `partykg query` or `partykg serve` builds it; "
                   f"or run with --store {path})")
        return True
    try:
        report = ensure_store(output, store)
    except StoreError as exc:
        typer.echo(f"error: store not updated: {exc}", err=True)
        return False
    if report is None:
        typer.echo(f"store {path}: up to date")
        return True
    typer.echo(report.summary())
    for problem in report.problems:
        typer.echo(f"error: {problem}", err=True)
    return not report.problems


def _parse_bindings(bind: list[str]) -> dict[str, object]:
    from pyoxigraph import NamedNode

    out: dict[str, object] = {}
    for item in bind:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            typer.echo(f"error: --bind takes NAME=VALUE, got {item!r}", err=True)
            raise typer.Exit(2)
        value = value.strip()
        if value.startswith("<") and value.endswith(">"):
            try:
                out[name.strip().lstrip("?$")] = NamedNode(value[1:-1])
            except ValueError as exc:
                typer.echo(f"error: --bind {item!r}: {value} is not a valid IRI ({exc})", err=True)
                raise typer.Exit(2)
        else:
            out[name.strip().lstrip("?$")] = value
    return out


def _query_text(file: Path) -> str:
    """The query of `file`; a file that is not there is looked up among the competency queries
    partykg ships (package data), so `--file queries/posts.rq` or `--file posts` works anywhere."""
    if file.exists():
        return file.read_text(encoding="utf-8")
    from partykg.package_data import QUERIES

    shipped = QUERIES / (file.name if file.suffix == ".rq" else file.name + ".rq")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return file.read_text(encoding="utf-8")  # raises, naming the file


@app.command()
@one_line_faults
def query(
    sparql: str | None = typer.Argument(None, help="The SPARQL query (or use --file)."),
    file: Path | None = typer.Option(None, "--file", "-f", help="Read the query from this .rq file "
                                     "(else the one of that name that partykg ships, queries/NAME.rq)."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Output directory whose store to query."),
    store: Path | None = typer.Option(None, "--store", help="Store directory (default: OUTPUT/store)."),
    fmt: str = typer.Option("table", "--format", help="table | csv | tsv | json | xml."),
    bind: list[str] = typer.Option([], "--bind", "-b",
                                   help="NAME=VALUE: give a query parameter a value (a string, or <IRI>)."),
    limit: int = typer.Option(10_000, "--limit", min=0,
                              help="Rows of a table to show (0: all). csv, tsv, json and xml are "
                                   "written whole, as the rows come."),
) -> None:
    """Run a SPARQL query over all article graphs of the embedded store.

    Prefixes pkg: pkr: org: foaf: skos: dcterms: prov: schema: rdf: rdfs: xsd: are predeclared.
    """
    from pyoxigraph import QueryBoolean, QuerySolutions

    from partykg.store import (
        QueryError,
        StoreError,
        ensure_store,
        open_store,
        run_query,
        solutions_to_rows,
        store_path,
        write_result,
    )

    if (sparql is None) == (file is None):
        typer.echo("error: give a query, or --file FILE (not both)", err=True)
        raise typer.Exit(2)
    if file is not None:
        try:
            sparql = _query_text(file)
        except OSError as exc:
            typer.echo(f"error: cannot read {file}: {exc.strerror or exc}", err=True)
            raise typer.Exit(2)
    if fmt not in ("table", "csv", "tsv", "json", "xml"):
        typer.echo(f"error: unknown --format {fmt!r}: use table, csv, tsv, json or xml", err=True)
        raise typer.Exit(2)
    bindings = _parse_bindings(bind)
    path = store_path(output, store)
    try:
        report = ensure_store(output, store)
        if report is not None:
            typer.echo(f"updated {report.summary()}", err=True)
        db = open_store(path)
        assert sparql is not None  # given, or read from --file above
        result = run_query(db, sparql, bindings)
        if fmt != "table" or not isinstance(result, (QuerySolutions, QueryBoolean)):
            sys.stdout.flush()
            _write_stream(lambda out: write_result(result, fmt, out))
            return
    except (StoreError, QueryError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if isinstance(result, QueryBoolean):
        console.print("yes" if bool(result) else "no")
        return
    # one row more than shown: whether the table was cut (the rest is never computed)
    names, rows = solutions_to_rows(result, limit + 1 if limit else None)
    cut = bool(limit) and len(rows) > limit
    rows = rows[:limit] if cut else rows
    table = Table(*names, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else v for v in row))
    console.print(table)
    if cut:
        console.print(f"showing the first {limit} rows; --limit 0 for all", style="dim")
    else:
        console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", style="dim")


def _write_stream(write) -> None:
    """Call write(binary stdout); a reader that goes away (`| head`) ends the command quietly."""
    try:
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # Python would report the pipe again when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@app.command()
@one_line_faults
def load(
    endpoint: str = typer.Option(..., "--endpoint", "-e",
                                 help="Graph Store Protocol URL, e.g. http://localhost:7878/store, "
                                      "http://host:3030/DATASET/data, "
                                      "http://host:7200/repositories/REPO/rdf-graphs/service."),
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Output directory to load."),
    article: list[str] = typer.Option([], "--article", help="Load only this article id (repeatable)."),
    delete: list[str] = typer.Option([], "--delete", help="Delete the graph of this article id, or this article "
                                     "graph IRI (repeatable)."),
    retries: int = typer.Option(5, "--retries", help="Retries on connection errors and 5xx."),
    timeout: float = typer.Option(120.0, "--timeout", help="Seconds per request."),
    jobs: int = typer.Option(4, "--jobs", "-j", help="Requests in flight at once."),
    ontology: bool = typer.Option(True, "--ontology/--no-ontology",
                                  help="Also replace the graph <https://w3id.org/partykg/ontology> with the "
                                       "ontology (a whole load only), so that subclass patterns work."),
) -> None:
    """Replace each article's named graph at a SPARQL 1.1 Graph Store Protocol endpoint, and the
    ontology's graph (its subclass chains: `?C rdfs:subClassOf* org:Organization` in a store).

    Credentials: PARTYKG_GSP_TOKEN (bearer) or PARTYKG_GSP_USER + PARTYKG_GSP_PASSWORD (basic).
    """
    from partykg.load import GSPClient, GSPError, auth_from_env, load_output

    try:
        with GSPClient(endpoint, auth=auth_from_env(), retries=retries, timeout=timeout) as client:
            report = load_output(endpoint, output, article_ids=article or None, removed=delete,
                                 client=client, jobs=jobs, ontology=ontology)
    except GSPError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(report.summary())
    for line in report.problems():
        typer.echo(line, err=True)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@one_line_faults
def serve(
    output: Path = typer.Option(Path("output"), "--output", "-o", help="Output directory whose store to serve."),
    store: Path | None = typer.Option(None, "--store", help="Store directory (default: OUTPUT/store)."),
    bind: str | None = typer.Option(None, "--bind",
                                    help="HOST:PORT to listen on (default 127.0.0.1:7878, this machine only). "
                                         "Another address opens the store to the network (a warning "
                                         "says so); it stays read-only unless --writable."),
    writable: bool = typer.Option(False, "--writable",
                                  help="Allow SPARQL updates and Graph Store writes, each with the header "
                                       "'Authorization: Bearer <PARTYKG_SERVE_TOKEN>' (the variable must "
                                       "be set). partykg's next run undoes them: the store mirrors the output."),
    allow_service: list[str] = typer.Option([], "--allow-service",
                                            help="A host that SERVICE and LOAD may fetch from (repeatable; "
                                                 "default: none, they are refused)."),
    read_only: bool = typer.Option(False, "--read-only",
                                   help="Open the store without taking its lock, so that other readers may "
                                        "open it too (do not run `partykg run` meanwhile). Not with --writable."),
) -> None:
    """Serve the embedded store: SPARQL endpoint at /query, Graph Store at /store, a query page at /.

    Safe by default: read-only, this machine only, no request from another web page's
    form, no SERVICE or LOAD fetching URLs.
    """
    from pyoxigraph import Store

    from partykg.serve import DEFAULT_BIND, TOKEN_ENV, Policy, is_loopback, parse_bind, run_server
    from partykg.store import StoreError, ensure_store, open_store, store_path

    try:
        host, port = parse_bind(bind or DEFAULT_BIND)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    token = os.environ.get(TOKEN_ENV, "")
    if writable and read_only:
        typer.echo("error: --writable and --read-only exclude each other", err=True)
        raise typer.Exit(2)
    if writable and len(token) < 16:
        typer.echo(f"error: --writable needs {TOKEN_ENV} set to a secret of at least 16 characters "
                   "(clients send it as 'Authorization: Bearer ...'; make one with "
                   "`python -c 'import secrets; print(secrets.token_urlsafe())'`)", err=True)
        raise typer.Exit(2)
    path = store_path(output, store)
    try:
        report = ensure_store(output, store)
        if report is not None:
            typer.echo(f"updated {report.summary()}", err=True)
        db = Store.read_only(str(path)) if read_only else open_store(path)
    except (StoreError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1)
    if not is_loopback(host):
        typer.echo(f"warning: {host} is not a loopback address: anyone who can reach this machine can read "
                   "the whole store, over plain HTTP" + (" (and the token travels unencrypted)" if writable
                                                         else ""), err=True)
    mode = "writable with the token" if writable else "read-only"
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"serving {path} at http://{shown}:{port}/ ({mode}; SPARQL: /query, Graph Store: /store); "
               "Ctrl-C stops", err=True)
    policy = Policy(writable=writable, token=token if writable else None,
                    allow_service=frozenset(h.lower() for h in allow_service))
    run_server(db, host, port, policy)


@app.command("serve-flow")
@one_line_faults
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
    pool: str = typer.Option(None, "--pool",
                             help="Register the deployment on this work pool (a process pool is created if "
                                  "missing) for `prefect worker start --pool NAME` to run; implies "
                                  "--register-only."),
    on_overlap: str = typer.Option("enqueue", "--on-overlap",
                                   help="A run triggered while one is running: 'enqueue' (it waits for the "
                                        "first to end) or 'cancel' (Prefect cancels it)."),
) -> None:
    """Serve the flow as a Prefect deployment with a cron schedule (runs until interrupted).

    Uses the Prefect server of PREFECT_API_URL; without one, a local server
    (with its scheduler) lives as long as this command. One run of the
    deployment at a time: an overlapping run waits (AwaitingConcurrencySlot).
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.client.schemas.schedules import CronSchedule

    try:  # Prefect's own validation, before any server starts
        CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:
        typer.echo(f"error: invalid schedule --cron {cron!r} --timezone {timezone}: {exc}", err=True)
        raise typer.Exit(2)
    from partykg.flows.deploy import build_deployment
    from partykg.prefect_server import prefect_session

    if on_overlap not in ("enqueue", "cancel"):
        typer.echo(f"error: --on-overlap {on_overlap!r}: use 'enqueue' or 'cancel'", err=True)
        raise typer.Exit(2)
    register_only = register_only or pool is not None
    deployment = build_deployment(cron, input, output, workers=workers, dask_address=dask_address,
                                  timezone=timezone, name=name, pool=pool, on_overlap=on_overlap)
    with prefect_session(services=not register_only) as api_url:
        if pool is not None:
            _ensure_work_pool(pool)
        deployment_id = deployment.apply(work_pool_name=pool)
        typer.echo(f"deployment partykg-scheduled/{name} ({deployment_id}) on {api_url}: cron {cron!r}"
                   f"{' ' + timezone if timezone else ' UTC'}"
                   + (f"; work pool {pool!r}: run it with `prefect worker start --pool {pool}`" if pool else ""))
        if register_only:
            return
        from prefect import serve

        serve(deployment, print_starting_message=False)


def _ensure_work_pool(name: str) -> None:
    """The work pool `name`, created as a process pool if the server has none of that name."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound
    from prefect.workers.process import ProcessWorker

    with get_client(sync_client=True) as client:
        try:
            client.read_work_pool(name)
        except ObjectNotFound:
            try:
                client.create_work_pool(WorkPoolCreate(
                    name=name, type="process", base_job_template=ProcessWorker.get_default_base_job_template()))
                typer.echo(f"work pool {name!r} created (type process)")
            except ObjectAlreadyExists:  # created meanwhile (by a worker starting)
                pass


def _workers(value: str) -> int | None:
    """--workers: a positive number, or None for 'auto' (partykg.runner.auto_workers, once the input is known)."""
    if value == "auto":
        return None
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        typer.echo(f"error: --workers {value!r}: expected a positive number or 'auto'", err=True)
        raise typer.Exit(2)
    return n


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


@app.command("evaluate")
def evaluate_cmd(
    gold: Path = typer.Option(..., "--gold", "-g", help="Directory of gold annotations (<article id>.json)."),
    input: Path = typer.Option(None, "--input", "-i",
                               help="Directory holding each gold article's text as <id>.* "
                                    "(default: the folder 'texts' beside the gold folder)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every missed and every spurious fact."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
) -> None:
    """Score the extraction against gold annotations: precision, recall and F1 per category."""
    import json

    from partykg.evaluate import evaluate

    texts = input or gold.parent / "texts"
    for what, path in (("gold", gold), ("input", texts)):
        if not path.is_dir():
            typer.echo(f"error: {what} directory {path} does not exist", err=True)
            raise typer.Exit(2)
    result = evaluate(texts, gold)
    if verbose:
        for line in result.misses:
            typer.echo(f"  {line}")
    for line in result.failures:
        typer.echo(f"failed: {line}", err=True)
    typer.echo(result.table())
    if json_out:
        json_out.write_text(json.dumps(result.as_dict(), indent=2) + "\n", encoding="utf-8")
    if result.failures:
        raise typer.Exit(1)
