"""The embedded triple store: an on-disk Oxigraph store with one named graph per article.

The output is mirrored into `<output>/store/` (never committed) so that
`partykg query` and `partykg serve` work without any server to install: built
by the first query/serve (ensure_store), then kept current by every `partykg
run` into that output (cli._sync_store). The
store is derived data: the per-article Turtle files are the truth, and
`sync_store` makes the store equal to them, graph by graph:

- a graph new to the store is loaded by Oxigraph's native loader (the Turtle
  is parsed in Rust; many graphs at once through the bulk loader);
- a graph whose file changed (its digest) is replaced: the changed graphs are
  dropped and bulk loaded like new ones, about LOAD_CHUNK bytes at a time (a
  SPARQL DROP + INSERT DATA a graph, atomic, cost ~70 ms CPU an article, this
  ~25). Not atomic: a sync killed in between leaves counts other than those
  recorded, so the next one trusts no digest, compares every graph with its
  file and loads the missing ones; and a reader that opens the store read-only
  during a sync (api, `serve --read-only`) may miss the graphs being replaced,
  where it used to see some graphs old and some new. A file that does not
  parse keeps its last good graph;
- a graph whose triples are equal is left alone (no write; a digest file
  spares even reading it back);
- graphs of articles that disappeared are dropped, and so is anything else
  (a graph or default-graph triples written through a server, say): partykg
  owns the whole store.
`ensure_store` does this only when `articles/` changed since the last sync or
the store was changed behind partykg's back (its count of quads and of graphs
is not the one recorded after the last sync), which is what `partykg run`,
`partykg query` and `partykg serve` call first.

Graph names are `partykg.emit.graph_name(article_id)`, the same as in
`partykg.nq`, so the store, the N-Quads file and a server loaded with
`partykg load` hold the same dataset.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import BinaryIO, cast

from pyoxigraph import (
    BlankNode,
    DefaultGraph,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Triple,
    Variable,
    parse,
    serialize,
)

from partykg.emit import atomic_write, graph_name, prefix_header, turtle
from partykg.rdf.iri import BASE
from partykg.rdf.namespaces import PREFIXES

log = logging.getLogger(__name__)

STORE_DIRNAME = "store"
ARTICLES_DIRNAME = "articles"
# Every article graph is named under this prefix.
GRAPH_PREFIX = f"{BASE}graph/"


class StoreError(Exception):
    """The store cannot be opened or updated (locked, corrupt, missing); the message says why."""


class QueryError(Exception):
    """A SPARQL query failed: syntax error (with its line:column) or evaluation error."""


@dataclass
class SyncReport:
    store: Path
    added: list[str] = field(default_factory=list)  # article ids whose graph was new
    replaced: list[str] = field(default_factory=list)  # article ids whose graph changed
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)  # graph IRIs dropped
    problems: list[str] = field(default_factory=list)  # "file: reason" for unreadable files
    # set when the store's counts were not those recorded after the last sync
    changed_outside: str | None = None
    foreign: list[str] = field(default_factory=list)  # graphs partykg did not write, removed

    def summary(self) -> str:
        line = (f"store {self.store}: {len(self.added)} added, {len(self.replaced)} replaced, "
                f"{self.unchanged} unchanged, {len(self.removed)} removed")
        if self.changed_outside:
            line += f"; it was changed outside partykg ({self.changed_outside}): every graph checked"
        if self.foreign:
            line += "; removed what partykg did not write: " + ", ".join(self.foreign)
        return line


def store_path(output_dir: Path, store: Path | None = None) -> Path:
    """Where the store of an output directory lives: `store` if given, else `<output>/store`."""
    return Path(store) if store is not None else Path(output_dir) / STORE_DIRNAME


def open_store(path: Path, create: bool = True) -> Store:
    """Open the store read-write (RocksDB allows one such process at a time)."""
    path = Path(path)
    if not create and not path.is_dir():
        raise StoreError(f"no store at {path}")
    try:
        path.mkdir(parents=True, exist_ok=True)  # RocksDB creates only the last level
        return Store(str(path))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(
                f"the store {path} is in use by another process (a running `partykg serve`?); "
                "stop it, or send the query to that server") from exc
        raise StoreError(f"cannot open the store {path}: {exc}") from exc


def article_files(output_dir: Path) -> list[Path]:
    return sorted((Path(output_dir) / ARTICLES_DIRNAME).glob("*.ttl"))


def _parse_turtle(data: bytes) -> list[Triple]:
    return [q.triple for q in parse(data, format=RdfFormat.TURTLE)]


def _graph_triples(store: Store, g: NamedNode) -> set[Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, g)}


def replace_graph(store: Store, g: NamedNode, triples: Iterable[Triple]) -> None:
    """Make graph `g` hold exactly `triples`, in one transaction."""
    body = "".join(sorted({f"{t} .\n" for t in triples}))  # str of a Triple is its N-Triples line
    # N-Triples is valid inside INSERT DATA, and one update is one transaction.
    store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")


# Digest of what each graph was loaded from, kept next to the RocksDB files (RocksDB
# ignores files it does not know). It spares reading back unchanged graphs; when
# it is missing or stale, the graph's triples are compared instead, so it is
# only ever an optimization.
DIGESTS_FILENAME = "partykg-digests.json"
# New graphs are loaded by Oxigraph's bulk loader (parsing in Rust, no Python
# objects per triple), LOAD_CHUNK bytes of Turtle per call: the loader holds a
# call's quads in memory (measured ~25 MB of peak RSS per MB of Turtle: 6 MB ->
# ~150 MB, 23 MB -> ~500 MB), and each call has a fixed cost (~0.1 s).
LOAD_CHUNK = 6_000_000
BULK_MIN = 10  # fewer new graphs than this are loaded one transaction each


def _load_digests(path: Path) -> dict:
    """{"articles_mtime_ns": int, "counts": {"quads": int, "graphs": int} or None,
    "graphs": {graph IRI: sha256}} ({} when missing or unreadable)."""
    try:
        data = json.loads((path / DIGESTS_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("graphs"), dict) else {}


def _counts(db: Store) -> dict[str, int]:
    """The store's number of quads and of named graphs: a write from outside partykg (a DROP,
    a PUT, an INSERT through a server) changes one of them. Counted in Rust: ~0.2 s a million quads."""
    return {"quads": len(db), "graphs": sum(1 for _ in db.named_graphs())}


def _articles_mtime(output_dir: Path) -> int | None:
    try:
        return (Path(output_dir) / ARTICLES_DIRNAME).stat().st_mtime_ns
    except OSError:
        return None


def _article_sources(output_dir: Path, graphs: Mapping[str, Iterable[Triple]] | None
                     ) -> Iterator[tuple[str, Callable[[], bytes]]]:
    """(article id, getter of its Turtle bytes): files are read only when needed, one at a time."""
    if graphs is not None:
        for article_id, triples in sorted(graphs.items()):
            # the bytes emit writes for it, so the digest matches the file's
            yield article_id, partial(turtle, list(triples))
        return
    for path in article_files(output_dir):
        yield path.stem, path.read_bytes


class _Sync:
    """One sync_store call: the report, the digests and the problems as the graphs are visited."""

    def __init__(self, db: Store, output_dir: Path, report: SyncReport, digests: dict[str, str]):
        self.db, self.output_dir, self.report, self.digests = db, Path(output_dir), report, digests
        self.unreadable: set[str] = set()
        self.header = prefix_header(PREFIXES)
        self.changed: list[tuple[str, bytes]] = []  # (article id, Turtle) of graphs to replace
        self.changed_size = 0

    def problem(self, article_id: str, reason: str) -> None:
        msg = f"{self.output_dir / ARTICLES_DIRNAME / article_id}.ttl: not loaded into the store: {reason}"
        log.error(msg)
        self.report.problems.append(msg)
        self.unreadable.add(article_id)

    def read(self, article_id: str, get: Callable[[], bytes]) -> bytes | None:
        try:
            return get()
        except OSError as exc:
            self.problem(article_id, exc.strerror or str(exc))
            return None

    def load_one(self, article_id: str, data: bytes) -> bool:
        """A new graph in one transaction (any Turtle); False (reported) if the file does not parse."""
        try:
            self.db.load(data, format=RdfFormat.TURTLE, to_graph=graph_name(article_id))
        except (SyntaxError, ValueError) as exc:
            self.problem(article_id, str(exc))
            return False
        return True

    def add(self, new: list[tuple[str, Callable[[], bytes]]]) -> None:
        """Load the graphs of articles new to the store, about LOAD_CHUNK bytes at a time."""
        chunk: list[tuple[str, bytes]] = []
        size = 0
        for article_id, get in new:
            data = self.read(article_id, get)
            if data is None:
                continue
            chunk.append((article_id, data))
            size += len(data)
            if size >= LOAD_CHUNK:
                self.load(chunk, self.report.added, many=len(new) >= BULK_MIN)
                chunk, size = [], 0
        self.load(chunk, self.report.added, many=len(new) >= BULK_MIN)

    def load(self, chunk: list[tuple[str, bytes]], done: list[str], many: bool) -> None:
        """Load graphs absent from the store; their ids go to `done`. Many files written by
        emit.turtle go through the bulk loader, the others one transaction each."""
        bulk = [(aid, data) for aid, data in chunk if many and data.startswith(self.header)]
        for aid, data in chunk:
            if not (many and data.startswith(self.header)) and self.load_one(aid, data):
                self.loaded(aid, data, done)
        if bulk:
            self.bulk(bulk, done)

    def bulk(self, chunk: list[tuple[str, bytes]], done: list[str]) -> None:
        # Every file starts with the same @prefix header (emit.turtle): one header,
        # then each file's statements as a TriG graph block.
        trig = [self.header] + [b"%s {\n%s}\n" % (str(graph_name(aid)).encode(), data[len(self.header):])
                                for aid, data in chunk]
        try:
            self.db.bulk_load(b"".join(trig), format=RdfFormat.TRIG)
        except (SyntaxError, ValueError):
            # a broken file: the bulk loader is not transactional, so take the
            # chunk's (new) graphs out again and load them one by one to name it
            for aid, _ in chunk:
                self.db.remove_graph(graph_name(aid))
            chunk = [(aid, data) for aid, data in chunk if self.load_one(aid, data)]
        for aid, data in chunk:
            self.loaded(aid, data, done)

    def loaded(self, article_id: str, data: bytes, done: list[str]) -> None:
        done.append(article_id)
        self.digests[graph_name(article_id).value] = hashlib.sha256(data).hexdigest()

    def update(self, article_id: str, data: bytes, compare: bool) -> None:
        """An article whose graph is in the store, but not from these bytes: queued for replacing
        (with `compare`, only if the store's graph holds other triples)."""
        g = graph_name(article_id)
        try:
            new = set(_parse_turtle(data))  # first: a file that does not parse keeps its last good graph
        except (SyntaxError, ValueError) as exc:
            self.problem(article_id, str(exc))
            return
        if compare and _graph_triples(self.db, g) == new:
            self.report.unchanged += 1
            self.digests[g.value] = hashlib.sha256(data).hexdigest()
            return
        self.changed.append((article_id, data))
        self.changed_size += len(data)
        if self.changed_size >= LOAD_CHUNK:
            self.replace()

    def replace(self) -> None:
        """Replace the queued graphs: drop them, then load them as new ones (bulk loaded: ~3x
        cheaper than a SPARQL DROP + INSERT DATA each; not atomic, see the module docstring)."""
        for aid, _ in self.changed:
            self.db.remove_graph(graph_name(aid))
        self.load(self.changed, self.report.replaced, many=len(self.changed) >= BULK_MIN)
        self.changed, self.changed_size = [], 0


def sync_store(output_dir: Path, graphs: Mapping[str, Iterable[Triple]] | None = None,
               removed: Iterable[str] = (), store: Path | None = None) -> SyncReport:
    """Bring the store of `output_dir` up to date, one named graph per article.

    graphs=None: read every `articles/<id>.ttl` of the output directory and make
        the store equal to them (graphs of articles without a file are dropped).
    graphs={id: triples}: update only these articles (an incremental run, called
        after their files are written), and drop the graphs of the ids in `removed`.
    Unreadable files are reported in `problems` and keep their last good graph.
    One file is held at a time (LOAD_CHUNK of them while new graphs are bulk loaded).

    A store whose counts differ from those recorded after the last sync was changed
    behind partykg's back: no digest is trusted, every graph is compared with its file,
    and (graphs=None) every graph that is not an article's, and the default graph, are
    emptied and named in `foreign`. After an incremental sync of such a store no counts
    are recorded, so that the next full sync (ensure_store) checks everything.
    """
    path = store_path(output_dir, store)
    report = SyncReport(store=path)
    db = open_store(path)
    # taken before reading: a file written while we read makes the store look stale
    mtime = _articles_mtime(output_dir)
    state = _load_digests(path)
    digests: dict[str, str] = state.get("graphs", {})
    recorded, found = state.get("counts"), _counts(db)
    # changed behind our back, or no record (a new store, or one an older partykg wrote): trust no digest
    trusted = recorded == found
    if not trusted:
        digests = {}
    if isinstance(recorded, dict) and not trusted:
        report.changed_outside = (f"{recorded.get('quads')} quads in {recorded.get('graphs')} graphs after "
                                  f"the last sync, now {found['quads']} in {found['graphs']}")
    sync = _Sync(db, output_dir, report, digests)
    try:
        existing = {g.value for g in db.named_graphs()}
        seen: set[str] = set()
        new: list[tuple[str, Callable[[], bytes]]] = []
        for article_id, get in _article_sources(output_dir, graphs):
            g = graph_name(article_id).value
            seen.add(g)
            if g not in existing:
                new.append((article_id, get))  # read again when loaded: ids only in memory
                continue
            data = sync.read(article_id, get)
            if data is None:
                continue
            if digests.get(g) == hashlib.sha256(data).hexdigest():
                report.unchanged += 1
            else:
                sync.update(article_id, data, compare=not trusted)
        sync.replace()
        sync.add(new)
        report.added.sort()
        report.replaced.sort()
        drop = {graph_name(a).value for a in removed} - seen
        if graphs is None:
            keep = seen | {graph_name(a).value for a in sync.unreadable}
            drop |= {g for g in existing if g.startswith(GRAPH_PREFIX)} - keep
            report.foreign = sorted(g for g in existing - keep if not g.startswith(GRAPH_PREFIX))
            for g in report.foreign:
                db.remove_graph(NamedNode(g))
            if next(db.quads_for_pattern(None, None, None, DefaultGraph()), None) is not None:
                db.clear_graph(DefaultGraph())  # partykg writes named graphs only
                report.foreign.append("the default graph")
        for g in sorted(drop & existing):
            db.remove_graph(NamedNode(g))
            report.removed.append(g)
        for g in drop:
            digests.pop(g, None)
        db.flush()
        counts = None if graphs is not None and not trusted else _counts(db)
    finally:
        del db, sync  # release the RocksDB lock now, not at garbage collection
    state = {"articles_mtime_ns": mtime, "counts": counts, "graphs": dict(sorted(digests.items()))}
    atomic_write(path / DIGESTS_FILENAME, json.dumps(state, indent=0).encode("utf-8"))
    log.info(report.summary())
    return report


def ensure_store(output_dir: Path, store: Path | None = None) -> SyncReport | None:
    """Sync the store when it is missing, when `articles/` changed since the last sync (a cheap
    check: writing, adding or removing an article file changes the directory's mtime), or when
    the store was changed behind partykg's back (its counts); None if it was current."""
    path = store_path(output_dir, store)
    articles = Path(output_dir) / ARTICLES_DIRNAME
    if not articles.is_dir():
        if path.is_dir():
            return None  # a store without its output: query what there is
        raise StoreError(f"no store at {path} and no {articles} to build it from: run `partykg run` first")
    if path.is_dir():
        state = _load_digests(path)
        if (state.get("articles_mtime_ns") == _articles_mtime(output_dir)
                and state.get("counts") == _current_counts(path)):
            return None
    return sync_store(output_dir, store=store)


def _current_counts(path: Path) -> dict[str, int] | None:
    """The store's counts, read without its lock (a server may hold it); None if it cannot be opened."""
    try:
        db = Store.read_only(str(path))
    except OSError:
        return None
    try:
        return _counts(db)
    finally:
        del db


# --- queries -----------------------------------------------------------------

def run_query(db: Store, text: str, bindings: Mapping[str, object] | None = None):
    """Run a SPARQL query over the union of all graphs; common prefixes are predeclared.

    bindings: {variable name: term or str} substituted into the query (the
    variable must be in its SELECT clause); a str becomes a plain literal.
    """
    # a term other than a str is passed as given (pyoxigraph rejects what is not a term)
    subs = {Variable(k): (cast("NamedNode | BlankNode | Literal | Triple", v)
                          if not isinstance(v, str) else Literal(v))
            for k, v in (bindings or {}).items()}
    try:
        return db.query(text, use_default_graph_as_union=True, prefixes=PREFIXES,
                        substitutions=subs or None)
    except SyntaxError as exc:
        if is_update(text):  # else the parser's message would be "expected CONSTRUCT ..."
            raise QueryError("updates are not allowed here: the store mirrors the output's "
                             "article files (change those, then `partykg run`)") from exc
        raise QueryError(syntax_message(text, str(exc))) from exc
    except (RuntimeError, OSError, ValueError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


# The prologue of a SPARQL text (comments, BASE and PREFIX declarations), then its first keyword.
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)*", re.I)
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def is_update(text: str) -> bool:
    """Whether a SPARQL text is an update (its first keyword after the prologue), even a broken one."""
    first = re.match(r"[A-Za-z]*", text[len(_PROLOGUE.match(text)[0]):])  # type: ignore[index]
    return first is not None and first[0].upper() in UPDATE_KEYWORDS  # (both patterns match "")


def syntax_message(text: str, error: str) -> str:
    """'error at 2:17: expected ...' -> a message naming line and column, with the line and a caret."""
    m = re.search(r"at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", error, re.S)
    if not m:
        return f"SPARQL syntax error: {error}"
    line, col, what = int(m[1]), int(m[2]), " ".join(m[3].split())
    if len(what) > 160:  # the parser lists every token it could accept
        what = what[:160] + " ..."
    lines = text.splitlines() or [""]
    src = lines[line - 1] if 0 < line <= len(lines) else ""
    caret = " " * min(max(col - 1, 0), len(src))
    return f"SPARQL syntax error at line {line}, column {col}: {what}\n  {src}\n  {caret}^"


def solutions_to_rows(solutions: QuerySolutions, limit: int | None = None
                      ) -> tuple[list[str], list[list[str | None]]]:
    """Column names and rows of plain strings (IRIs compacted with the project prefixes);
    at most `limit` rows (the rest are not computed: results are evaluated as they are read)."""
    names = [v.value for v in solutions.variables]
    rows = [[term_text(sol[n]) for n in names] for sol in islice(solutions, limit)]
    return names, rows


def term_text(term) -> str | None:
    """A term as a row shows it: an IRI compacted with the project prefixes, a literal's lexical form."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    return getattr(term, "value", str(term))


RESULT_FORMATS = {"csv": QueryResultsFormat.CSV, "tsv": QueryResultsFormat.TSV,
                  "json": QueryResultsFormat.JSON, "xml": QueryResultsFormat.XML}


def write_result(result, fmt: str, output: BinaryIO) -> None:
    """Write SELECT/ASK results as csv|tsv|json|xml, CONSTRUCT/DESCRIBE results as N-Triples (or
    Turtle for fmt "table"), to `output` as they are computed: no result is held whole."""
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        if fmt not in RESULT_FORMATS:
            raise QueryError(f"unknown result format {fmt!r}: use one of {', '.join(RESULT_FORMATS)}")
        result.serialize(output, format=RESULT_FORMATS[fmt])
        return
    rdf = RdfFormat.TURTLE if fmt in ("table", "turtle", "ttl") else RdfFormat.N_TRIPLES
    serialize(result, output, format=rdf, prefixes=PREFIXES if rdf is RdfFormat.TURTLE else None)
