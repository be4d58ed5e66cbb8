"""Serialization: the one place that writes RDF files (atomically, sorted, pyoxigraph).

Layout of an output directory (README, "Output"):

    articles/<id>.ttl        one Turtle graph per published article
    partykg.ttl              all published articles merged
    partykg.nq, partykg.trig the same, one named graph per article (pkr:graph/<id>)
    validation.ttl           the SHACL report of every article (warnings included)
    quarantine/<id>.trig     graph of an article that violates a shape, not published
    quarantine/<id>.report.ttl   its SHACL report
    run.ttl                  provenance of the run (prov:Activity with times):
                             the only file that changes from run to run; not
                             committed (.gitignore) and not part of the byte test

Everything but run.ttl is byte-deterministic: triples are sorted before
serialization and every node is an IRI.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize

from partykg.rdf.iri import mint_id
from partykg.rdf.namespaces import PKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SH_PREFIX, XSD

if TYPE_CHECKING:
    from partykg.process import ArticleResult

PREFIXES_SH = dict(PREFIXES, sh=SH_PREFIX)
QUARANTINE = "quarantine"
RUN_FILE = "run.ttl"
ARTICLE_DIR = "articles"  # one graph per published article; the merged files are built from these
# each article's SHACL report, kept for rebuilding validation.ttl in incremental runs
# (state of the run, beside the manifest; not part of the published output)
REPORT_DIR = ".partykg/reports"
MERGED_FILES = ("partykg.ttl", "partykg.nq", "partykg.trig", "validation.ttl")


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; output is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def turtle(triples: Iterable[Triple], prefixes: dict[str, str] = PREFIXES) -> bytes:
    return serialize(sorted(set(triples), key=str), format=RdfFormat.TURTLE, prefixes=prefixes)


def graph_name(article_id: str) -> NamedNode:
    return mint_id("graph", article_id)


def _quads(graphs: dict[str, list[Triple]]) -> list[Quad]:
    return sorted({Quad(t.subject, t.predicate, t.object, graph_name(aid))
                   for aid, triples in graphs.items() for t in triples}, key=str)


def nquads(graphs: dict[str, list[Triple]]) -> bytes:
    return serialize(_quads(graphs), format=RdfFormat.N_QUADS)


def trig(graphs: dict[str, list[Triple]]) -> bytes:
    return serialize(_quads(graphs), format=RdfFormat.TRIG, prefixes=PREFIXES)


def software_version() -> str:
    try:
        return version("partykg")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _xsd_datetime(t: datetime) -> Literal:
    return Literal(t.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)


def run_triples(results: list[ArticleResult], started: datetime, ended: datetime,
                published: list[str]) -> list[Triple]:
    """One prov:Activity for the run: times, software version, inputs with their checksums."""
    run = mint_id("run", started.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ"))
    sw_version = software_version()
    agent = mint_id("software", "partykg", sw_version)
    triples = [
        Triple(run, RDF.type, PKG.PipelineRun),
        Triple(run, RDF.type, PROV.Activity),
        Triple(run, RDFS.label, Literal(f"partykg run {started.isoformat()}", language="en")),
        Triple(run, PROV.startedAtTime, _xsd_datetime(started)),
        Triple(run, PROV.endedAtTime, _xsd_datetime(ended)),
        Triple(run, PROV.wasAssociatedWith, agent),
        Triple(agent, RDF.type, PROV.SoftwareAgent),
        Triple(agent, RDF.type, SCHEMA.SoftwareApplication),
        Triple(agent, SCHEMA.name, Literal("partykg")),
        Triple(agent, SCHEMA.softwareVersion, Literal(sw_version)),
    ]
    for r in results:
        if r.article_id is None or not r.checksum:
            continue  # a file that could not be read has no article to name
        art = mint_id("article", r.article_id)
        triples += [Triple(run, PROV.used, art), Triple(art, PKG.sha256, Literal(r.checksum))]
    for aid in published:
        g = graph_name(aid)
        triples += [Triple(run, PROV.generated, g), Triple(g, PROV.wasGeneratedBy, run)]
    return triples


def write_article(result: ArticleResult, output_dir: Path) -> list[str]:
    """Write the files of one processed article; return their paths relative to `output_dir`.

    A conforming article is published (articles/<id>.ttl); one that violates a
    shape is quarantined (quarantine/<id>.trig and its report). Its SHACL
    report, if any, is kept for validation.ttl.
    """
    output_dir = Path(output_dir)
    aid = result.article_id
    if result.conforms:
        rels = [f"{ARTICLE_DIR}/{aid}.ttl"]
        atomic_write(output_dir / rels[0], turtle(result.triples))
    else:
        rels = [f"{QUARANTINE}/{aid}.trig", f"{QUARANTINE}/{aid}.report.ttl"]
        atomic_write(output_dir / rels[0], trig({aid: result.triples}))
        atomic_write(output_dir / rels[1], turtle(result.report, PREFIXES_SH))
    if result.report:
        rels.append(f"{REPORT_DIR}/{aid}.ttl")
        atomic_write(output_dir / rels[-1], turtle(result.report, PREFIXES_SH))
    return rels


def read_article_graph(output_dir: Path, article_id: str) -> list[Triple]:
    path = Path(output_dir) / ARTICLE_DIR / f"{article_id}.ttl"
    return list(parse(path=str(path), format=RdfFormat.TURTLE))


def _read_report(output_dir: Path, article_id: str) -> list[Triple]:
    path = Path(output_dir) / REPORT_DIR / f"{article_id}.ttl"
    return list(parse(path=str(path), format=RdfFormat.TURTLE)) if path.is_file() else []


def write_merged(output_dir: Path, published: list[str], reported: list[str]) -> int:
    """Rebuild the merged files from the per-article files; return the published triple count.

    `published`: ids with articles/<id>.ttl; `reported`: ids with a kept SHACL
    report. Reading the files back means unchanged articles are never
    re-extracted; each pass holds one copy of one graph, never the corpus.
    """
    output_dir = Path(output_dir)
    ids = sorted(published)
    merged: set[Triple] = set()
    for aid in ids:
        merged.update(read_article_graph(output_dir, aid))
    count = len(merged)
    atomic_write(output_dir / "partykg.ttl", turtle(merged))
    del merged
    quads = sorted({Quad(t.subject, t.predicate, t.object, graph_name(aid))
                    for aid in ids for t in read_article_graph(output_dir, aid)}, key=str)
    atomic_write(output_dir / "partykg.nq", serialize(quads, format=RdfFormat.N_QUADS))
    atomic_write(output_dir / "partykg.trig", serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES))
    del quads
    report = [t for aid in sorted(reported) for t in _read_report(output_dir, aid)]
    atomic_write(output_dir / "validation.ttl", turtle(report, PREFIXES_SH))
    return count


def write_run(output_dir: Path, started: datetime, inputs: list[tuple[str, str]], published: list[str]) -> None:
    """run.ttl: the provenance of this run (inputs: (article id, checksum) of the articles in the output)."""
    from types import SimpleNamespace

    used = [SimpleNamespace(article_id=aid, checksum=checksum) for aid, checksum in inputs]
    atomic_write(Path(output_dir) / RUN_FILE, turtle(run_triples(used, started, _now(), sorted(published))))


def write_outputs(results: list[ArticleResult], output_dir: Path,
                  started: datetime | None = None) -> dict:
    """Write the output files (module docstring) for one complete set of results; return a summary.

    An article whose graph has a SHACL violation is quarantined: its graph and
    report go to quarantine/, not into the published files. (Incremental runs
    write the same files through write_article/write_merged/write_run.)
    """
    started = started or _now()
    output_dir = Path(output_dir)
    done = sorted((r for r in results if r.error is None), key=lambda r: r.article_id)
    ok = [r for r in done if r.conforms]
    held = [r for r in done if not r.conforms]
    for r in done:
        write_article(r, output_dir)
    # files of an earlier run that this run did not write would mix two runs
    _remove_stale(output_dir / ARTICLE_DIR, {f"{r.article_id}.ttl" for r in ok})
    _remove_stale(output_dir / QUARANTINE,
                  {f"{r.article_id}{ext}" for r in held for ext in (".trig", ".report.ttl")})
    _remove_stale(output_dir / REPORT_DIR, {f"{r.article_id}.ttl" for r in done if r.report})
    triples = write_merged(output_dir, [r.article_id for r in ok], [r.article_id for r in done if r.report])
    atomic_write(output_dir / RUN_FILE,
                 turtle(run_triples(results, started, _now(), [r.article_id for r in ok])))
    return {
        "articles": len(ok),
        "failed": {r.source: r.error for r in results if r.error},
        "nonconforming": [r.article_id for r in held],
        "quarantined": {r.article_id: r.violations for r in held},
        "warnings": sum(r.warnings for r in done),
        "triples": triples,
    }


def _remove_stale(directory: Path, keep: set[str]) -> None:
    if directory.is_dir():
        for p in directory.iterdir():
            if p.is_file() and p.name not in keep and not p.name.startswith("."):
                p.unlink()
