"""Serialization: the one place that writes RDF files (atomically, sorted)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from typing import TYPE_CHECKING
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, serialize

from partykg.rdf.iri import mint
from partykg.rdf.namespaces import PREFIXES

if TYPE_CHECKING:
    from partykg.process import ArticleResult


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


def turtle(triples: Iterable[Triple]) -> bytes:
    return serialize(sorted(set(triples), key=str), format=RdfFormat.TURTLE, prefixes=PREFIXES)


def graph_name(article_id: str) -> NamedNode:
    return mint("graph", article_id)


def nquads(graphs: dict[str, list[Triple]]) -> bytes:
    quads = [Quad(t.subject, t.predicate, t.object, graph_name(aid))
             for aid, triples in sorted(graphs.items()) for t in triples]
    return serialize(sorted(quads, key=str), format=RdfFormat.N_QUADS)


def write_outputs(results: list[ArticleResult], output_dir: Path) -> dict:
    """Write one Turtle file per article, the merged Turtle and N-Quads; return a summary."""
    output_dir = Path(output_dir)
    ok = sorted((r for r in results if r.error is None), key=lambda r: r.article_id)
    for r in ok:
        atomic_write(output_dir / "articles" / f"{r.article_id}.ttl", turtle(r.triples))
    merged = [t for r in ok for t in r.triples]
    atomic_write(output_dir / "partykg.ttl", turtle(merged))
    atomic_write(output_dir / "partykg.nq", nquads({r.article_id: r.triples for r in ok}))
    return {
        "articles": len(ok),
        "failed": {r.source: r.error for r in results if r.error},
        "nonconforming": sorted(r.article_id for r in ok if not r.conforms),
        "triples": len(set(merged)),
    }
