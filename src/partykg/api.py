"""The Python API: `partykg.run`, `partykg.open_graph`, `partykg.query`.

`run` goes the way `partykg run` goes (the same code: the command calls it): a
run with nothing to do needs no flow; otherwise the Prefect flow runs, on the
server of PREFECT_API_URL or on a temporary one for the length of the call.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from pathlib import Path
from typing import Any

_UNCHANGED = "nothing changed: no flow run"


def run(input: str | os.PathLike, output: str | os.PathLike = "output", *, workers: int | str = "auto",
        dask_address: str | None = None, strict: bool = False, force: bool = False, report: bool = True,
        progress: Callable[[int, int], None] | None = None, formats: Iterable[str] = ("ttl",)) -> dict[str, Any]:
    """Run the pipeline over `input` (a file or a directory of articles) into `output`; return the
    run summary (counts per entity type in "counts", "failed", "quarantined", "triples", ...).

    Incremental, like `partykg run`: unchanged articles are skipped. `workers`: processes for the
    per-article work, or "auto". Failed files do not raise: they are in summary["failed"] (the
    flow run ends Failed in Prefect). `strict=True` raises StrictValidationError when an article
    violates the shapes; another run writing to `output` raises OutputBusyError. An `output` that is,
    holds or lies inside `input`, or a non-empty directory with no partykg output in it (unless
    `force=True`), raises OutputRefused before anything is written. `formats`: the
    merged files to write, some of "ttl" (partykg.ttl), "nq" (partykg.nq), "trig" (partykg.trig).
    `report`: write OUTPUT/report.html (partykg.report) at the end of the run.
    """
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from partykg.emit import check_formats
    from partykg.runner import auto_workers, run_if_unchanged, set_progress_hook
    from partykg.state import Manifest, check_output

    input, output = Path(input), Path(output)
    if not input.exists():
        raise FileNotFoundError(f"input {input} does not exist")
    formats = check_formats(formats)  # ValueError naming an unknown format, before any work
    if workers != "auto" and (not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers={workers!r}: expected a positive number or 'auto'")
    check_output(input, output, force)
    # nothing to do: no flow, no server to start (asked before the manifest is made: into a new
    # output, the check would list and plan the input for nothing, as the flow does again)
    summary = run_if_unchanged(input, output, formats)
    if summary is not None:
        if strict:
            from partykg.validate import enforce_strict  # (here: it loads rdflib, which a run needs later)

            enforce_strict(summary)
        summary["how"] = _UNCHANGED
        if report and not (output / "report.html").is_file():  # the graph is unchanged, not the report
            from partykg.report import write_report

            summary["report"] = str(write_report(output, summary["failed"]))
        return summary
    Manifest(output).close()  # OutputBusyError before any server starts
    from partykg.pool import WorkerPool, stop_on_interrupt
    from partykg.prefect_server import prefect_session
    from partykg.startup import fewer_collections

    n = workers if isinstance(workers, int) else auto_workers(input, output)  # validated above: int or "auto"
    pool: WorkerPool | None = None

    def while_the_server_boots() -> None:
        # seconds each, and they overlap: the local worker processes load the pipeline (started
        # first, while this process imports Prefect to start its server), this process imports
        # Prefect's flow machinery and (to run the work itself) the pipeline
        import_module("partykg.flows.etl")
        if n == 1 and not dask_address:
            import_module("partykg.batch").warm()

    # this process's collections of the young, fewer while the run goes on (partykg.startup): it
    # merges, writes the report and runs the task runs (and, with one worker, the batches)
    with stop_on_interrupt(), fewer_collections():  # Ctrl-C: the workers stop at once, not after their batches
        try:
            if n > 1 and not dask_address:
                pool = WorkerPool(n)
            with prefect_session(while_starting=while_the_server_boots):
                from partykg.flows.etl import run_flow

                set_progress_hook(progress)
                try:
                    summary = run_flow(input, output, workers=n, dask_address=dask_address, strict=strict,
                                       formats=formats, report=report, pool=pool)
                finally:
                    set_progress_hook(None)
        finally:
            if pool is not None:  # (the flow let its processes go once its batches were done)
                pool.close()
    summary["how"] = f"{n} worker{'s' if n > 1 else ''}"
    return summary


def open_graph(output: str | os.PathLike = "output", store: str | os.PathLike | None = None):
    """The output's knowledge graph as a read-only `pyoxigraph.Store`: one named graph per
    article (brought up to date with the output first, built if missing). Query it with
    `store.query(sparql, use_default_graph_as_union=True)` or with `partykg.query(store, ...)`."""
    from pyoxigraph import Store

    from partykg.store import ensure_store, store_path

    ensure_store(Path(output), None if store is None else Path(store))
    return Store.read_only(str(store_path(Path(output), None if store is None else Path(store))))


def query(output, sparql: str, bindings: Mapping[str, object] | None = None, *, dataframe: bool | None = None):
    """Run a SPARQL SELECT over the output's graph (an output directory, or a store from
    `open_graph`); prefixes pkg: pkr: org: foaf: skos: dcterms: prov: schema: rdf: rdfs: xsd:
    are predeclared. Returns a `pandas.DataFrame` when pandas is installed (`partykg[notebook]`),
    else a list of rows as dicts {column: value}; values are strings (IRIs compacted with
    those prefixes) or None. `dataframe=False` asks for the rows even with pandas. An ASK
    query returns a bool. A file that holds the query: `query(out, Path("q.rq").read_text())`.
    """
    from pyoxigraph import QueryBoolean, QuerySolutions, Store

    from partykg.store import QueryError, run_query, solutions_to_rows

    db = output if isinstance(output, Store) else open_graph(output)
    result = run_query(db, sparql, bindings)
    if isinstance(result, QueryBoolean):
        return bool(result)
    if not isinstance(result, QuerySolutions):
        raise QueryError("partykg.query takes SELECT and ASK queries (CONSTRUCT/DESCRIBE: use open_graph)")
    names, rows = solutions_to_rows(result)
    if dataframe is not False:
        try:
            import pandas
        except ImportError:
            if dataframe:
                raise ImportError("dataframe=True needs pandas: pip install 'partykg[notebook]'") from None
        else:
            return pandas.DataFrame(rows, columns=names)
    return [dict(zip(names, row)) for row in rows]
