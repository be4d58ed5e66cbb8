"""Serialization: the one place that writes RDF files (atomically, sorted)."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from typing import TYPE_CHECKING
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse, serialize

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


ARTICLE_DIR = "articles"  # one graph per article; the merged files are built from these
MERGED_FILES = ("partykg.ttl", "partykg.nq")


def write_article(result: ArticleResult, output_dir: Path) -> list[str]:
    """Write the files of one processed article; return their paths relative to `output_dir`."""
    rel = f"{ARTICLE_DIR}/{result.article_id}.ttl"
    atomic_write(Path(output_dir) / rel, turtle(result.triples))
    return [rel]


def read_article_graph(output_dir: Path, article_id: str) -> list[Triple]:
    path = Path(output_dir) / ARTICLE_DIR / f"{article_id}.ttl"
    return list(parse(path=str(path), format=RdfFormat.TURTLE))


def write_merged(output_dir: Path, article_ids: list[str]) -> int:
    """Rebuild the merged Turtle and N-Quads from the per-article files; return the triple count.

    Reading the per-article files back means unchanged articles are never
    re-extracted; each pass holds one copy of the graph, never the corpus.
    """
    output_dir = Path(output_dir)
    ids = sorted(article_ids)
    merged: set[Triple] = set()
    for aid in ids:
        merged.update(read_article_graph(output_dir, aid))
    count = len(merged)
    atomic_write(output_dir / "partykg.ttl", turtle(merged))
    del merged
    quads = [Quad(t.subject, t.predicate, t.object, graph_name(aid))
             for aid in ids for t in read_article_graph(output_dir, aid)]
    quads.sort(key=str)
    atomic_write(output_dir / "partykg.nq", serialize(quads, format=RdfFormat.N_QUADS))
    return count


def write_outputs(results: list[ArticleResult], output_dir: Path) -> dict:
    """Write one Turtle file per article, the merged Turtle and N-Quads; return a summary."""
    output_dir = Path(output_dir)
    ok = sorted((r for r in results if r.error is None), key=lambda r: r.article_id)
    for r in ok:
        write_article(r, output_dir)
    merged = [t for r in ok for t in r.triples]
    write_merged(output_dir, [r.article_id for r in ok])
    return {
        "articles": len(ok),
        "failed": {r.source: r.error for r in results if r.error},
        "nonconforming": sorted(r.article_id for r in ok if not r.conforms),
        "triples": len(set(merged)),
    }
