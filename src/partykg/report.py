"""The HTML report of a run: OUTPUT/report.html, one static self-contained file.

Every figure in it is the answer of a SPARQL query: the cookbook's queries
(`partykg/queries/*.rq`) over the run's graph (what the queries read of it, taken from each
article's N-Quads sidecar and loaded into an Oxigraph store, in memory or, for a large archive,
in a temporary directory: one named graph per article, queried as
their union like `partykg query` does), and a few queries of this module over the
dataset description (`void.ttl`) and the SHACL report (`validation.ttl`). Each
section names the query it shows, so the report doubles as a querying example.

Charts are SVG drawn by matplotlib (no JavaScript, no network): the points link
to their row in the table beneath, which holds the sentence and the article.
The page is rendered by a jinja2 template (`partykg/templates/report.html.j2`).
Same output, same bytes: no date, matplotlib's SVG ids salted with a constant,
rows in the queries' order. Tables are capped (LIMITS), and the report says so.

What a report of 300 generated articles costs (session 22, CPU): ~1.4-1.6 s for build_report from
the run's files, of which the two charts ~0.5-0.6 (a third of them matplotlib's mathtext: the log
axis's tick labels, 10^n, parsed by pyparsing on each run's first chart) and the page's template
~0.15; the sidecars' rows (article_rows, in the workers) ~1.15 ms an article: loading the per-article
part ~0.4, the four queries ~0.4, the rows' keys and lines ~0.3. A per-run fixed cost, the charts are
left as they are: other tick labels would change the page's bytes.
"""
from __future__ import annotations

import hashlib
import io
import os
import queue
import re
import tempfile
import threading
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice, takewhile
from operator import itemgetter
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    parse_query_results,
)

from partykg.emit import ARTICLE_DIR, REPORT_FILE, ReportPart, atomic_write, graph_name, report_nquads
from partykg.package_data import QUERIES, read_text
from partykg.rdf.namespaces import DCTERMS, PREFIXES, RDF, XSD
from partykg.rdf.sparql_terms import named_terms
from partykg.state import STATE_DIR, graph_prefix
from partykg.store import LOAD_CHUNK, article_files, run_query, solutions_to_rows, term_text

# the most rows, series or nodes a section shows; the full answers are one `partykg query` away
LIMITS = {"series": 8, "statistics": 500, "posts": 1000, "organizations": 1000, "documents": 50,
          "places": 1000, "articles": 1000, "warnings": 20}

MEASURES = {  # the charts: measure -> its title
    "pkg:NewMembers": "New members admitted (kết nạp)",
    "pkg:TotalMembers": "Party members in all (tổng số đảng viên)",
}


def graph_term(curie: str) -> NamedNode:
    """pkg:X as a NamedNode (for a query's bindings)."""
    prefix, local = curie.split(":", 1)
    return NamedNode(PREFIXES[prefix] + local)


# What the page asks the graph: section -> (cookbook query, its row cap in LIMITS, bindings); a
# measure's series for the charted measures only
ASKED: dict[str, tuple[str, str | None, dict[str, NamedNode] | None]] = {
    "articles": ("articles.rq", "articles", None),
    **{measure: ("measure-series.rq", "statistics", {"measure": graph_term(measure)}) for measure in MEASURES},
    "organizations": ("organization-facts.rq", None, None),
    "posts": ("post-sentences.rq", "posts", None),
    "documents": ("documents-cited.rq", "documents", None),
    "places": ("places.rq", "places", None),
}
REPORT_QUERIES = sorted({query for query, _, _ in ASKED.values()})
# The queries asked of a few article graphs at a time (ARTICLES_A_BATCH), not of the report's store:
# each reads one article's graph (`GRAPH ?g`) and each row names its article (tests/report derive
# both from the query's text), so their rows over the union of the graphs are their rows over each
# article's graph, in the query's order. The store then holds what the other queries read: no sentence.
LOCAL = frozenset({"articles.rq", "measure-series.rq", "post-sentences.rq"})
STORE_QUERIES = [name for name in REPORT_QUERIES if name not in LOCAL]


def named_iris(text: str) -> set[str]:
    """Every IRI a SPARQL text names (in full or prefixed, `a` as rdf:type)."""
    return named_terms(text, PREFIXES)[0] | {RDF.type.value}


def report_reads() -> tuple[frozenset[str], frozenset[str], frozenset[str], str]:
    """What the report's queries can read of a graph, for emit.report_parts: the IRIs its store's
    queries name, those its per-article queries (LOCAL) name (no report query has a variable
    predicate or an open class: a test keeps it so), the measures charted, and a key of them all
    (a sidecar's report parts written by another rule are not read)."""
    def iris(names: list[str]) -> frozenset[str]:
        return frozenset(set().union(*(named_iris(read_text(QUERIES, name)) for name in names)))
    store, local = iris(STORE_QUERIES), iris(sorted(LOCAL))
    charted = frozenset(graph_term(measure).value for measure in MEASURES)
    # the per-article queries' texts and sections too: a sidecar keeps their rows (article_rows)
    asked = [f"{section} {name} {bindings}\n{read_text(QUERIES, name)}" for section, (name, _, bindings)
             in ASKED.items() if name in LOCAL]
    key = hashlib.sha256(" | ".join([*(" ".join(sorted(part)) for part in (store, local, charted)), *asked]).encode())
    return store, local, charted, key.hexdigest()[:16]


VOID_QUERY = """
PREFIX void: <http://rdfs.org/ns/void#>
SELECT ?class ?entities
WHERE { ?d a void:Dataset ; void:classPartition [ void:class ?class ; void:entities ?entities ] }
ORDER BY DESC(?entities) ?class
"""
DATASET_QUERY = """
PREFIX void: <http://rdfs.org/ns/void#>
SELECT ?title ?description ?license ?triples ?entities
       (GROUP_CONCAT(DISTINCT STR(?conformsTo); separator=" ") AS ?conforms_to) WHERE {
  ?d a void:Dataset ; dcterms:title ?title ; void:triples ?triples ; void:entities ?entities .
  FILTER(LANGMATCHES(LANG(?title), "en"))
  OPTIONAL { ?d dcterms:description ?description }
  OPTIONAL { ?d dcterms:license ?license }
  OPTIONAL { ?d dcterms:conformsTo ?conformsTo }
} GROUP BY ?title ?description ?license ?triples ?entities
"""
VALIDATION_QUERY = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT (SUM(IF(?conforms, 1, 0)) AS ?conforming) (SUM(IF(?conforms, 0, 1)) AS ?quarantined)
       (GROUP_CONCAT(IF(?conforms, "", REPLACE(STR(?g), "^.*/", "")); separator=" ") AS ?quarantined_ids)
WHERE { ?r a sh:ValidationReport ; sh:conforms ?conforms ; dcterms:subject ?g }
"""
FINDINGS_QUERY = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?severity ?message (COUNT(*) AS ?results) WHERE {
  ?r sh:resultSeverity ?s ; sh:resultMessage ?message .
  BIND(REPLACE(STR(?s), "^.*#", "") AS ?severity)
} GROUP BY ?severity ?message ORDER BY ?severity DESC(?results) ?message
"""


class ReportError(Exception):
    """The output directory holds no run to report on."""


@dataclass
class Table:
    """The rows of one query (values as strings, None when unbound), and how many there were."""
    query: str
    rows: list[dict[str, str | None]]
    total: int

    @property
    def capped(self) -> bool:
        return self.total > len(self.rows)


def _select(store: Store, text: str, query: str, limit: int | None = None,
            bindings: Mapping[str, object] | None = None) -> Table:
    result = run_query(store, text, bindings)
    assert isinstance(result, QuerySolutions)  # every query here is a SELECT
    names, rows = solutions_to_rows(result, limit)
    # the rows past the cap are only counted, not converted
    return Table(query, [dict(zip(names, row)) for row in rows], len(rows) + sum(1 for _ in result))


def cookbook(store: Store, name: str, limit: int | None = None,
             bindings: Mapping[str, object] | None = None) -> Table:
    """The answer of queries/NAME over the graph."""
    return _select(store, read_text(QUERIES, name), f"queries/{name}", limit, bindings)


# The graph is queried in memory whenever the memory it takes fits, on disk only beyond: in memory
# it loads and is asked ~2.5x cheaper. N=10,000 (426 MB of Turtle; the report of a run's output alone,
# 2026-12-06): on disk 31.6 CPU s to load, 11.3 to ask, peak RSS 0.38 GB; in memory 11.9 and 7.2,
# 0.62 GB. Up to IN_MEMORY_MAX bytes of article Turtle always in memory; beyond, when its expected
# peak (MEMORY_PER_TURTLE_BYTE a byte of Turtle: the store, the queries' working memory) is at most
# MEMORY_SHARE of the memory available when the report starts (other processes, the page cache's
# share of the machine, are left theirs).
IN_MEMORY_MAX = 48_000_000
MEMORY_PER_TURTLE_BYTE = 1.5  # measured ~1.35 at N=10,000 (peak RSS growth / Turtle bytes)
MEMORY_SHARE = 0.25


def available_memory() -> int:
    """Bytes of memory the system can give a process now without swapping (psutil's `available`)."""
    import psutil

    return int(psutil.virtual_memory().available)


def in_memory_limit() -> int:
    """The most bytes of article Turtle whose graph is loaded and asked in memory, as things stand."""
    return max(IN_MEMORY_MAX, int(MEMORY_SHARE * available_memory() / MEMORY_PER_TURTLE_BYTE))


def load_articles(output_dir: Path, directory: Path) -> tuple[Store, dict[str, Table]]:
    """What the report's store queries read of the run's articles (emit.report_nquads: each
    published article in its named graph, as the store and `partykg query` hold it, but for what
    they cannot read) in memory, or, when the memory it needs does not fit (in_memory_limit), in an
    on-disk store in `directory`; and the tables of the sections answered article by article
    (LOCAL), by section."""
    files = article_files(output_dir)
    on_disk = sum(path.stat().st_size for path in files) > in_memory_limit()
    graph = Store(str(directory)) if on_disk else Store()
    tables = _load_projected(graph, Path(output_dir), files, on_disk)
    if on_disk:
        # each bulk load adds its own sorted files: merged into one a column, a lookup reads one
        # file, not one a chunk (1,000 articles: queries ~2x faster, the merge ~1 CPU s)
        graph.optimize()
    return graph, tables


def load_description(output_dir: Path) -> Store:
    """The run's description (void.ttl + validation.ttl), in memory."""
    meta = Store()
    for name in ("void.ttl", "validation.ttl"):
        _load_file(meta, Path(output_dir) / name)
    return meta


def _load_projected(graph: Store, output_dir: Path, files: list[Path], on_disk: bool) -> dict[str, Table]:
    """report_nquads of every file into `graph` (on disk or not) and the LOCAL sections' tables (_Projection)."""
    projection = _Projection(graph, output_dir, on_disk)
    try:
        for path in files:
            projection.add(path, _read(path))
        return projection.tables()
    finally:
        projection.close()


class _Projection:
    """What the report reads of articles, added one article file at a time: report_nquads of each
    (taken from the sidecars the run wrote: no parse), the store's part into `graph` through
    Oxigraph's bulk loader, about LOAD_CHUNK bytes of N-Quads a call; the per-article part asked the
    LOCAL queries, ARTICLES_A_BATCH articles at a time, in a thread of its own (it runs mostly in
    Rust, without Python's lock: on two cores beside the loading), or, when the run's worker asked
    them (emit.Sidecars), their rows merged there. `tables`: the LOCAL sections' tables."""

    def __init__(self, graph: Store, output_dir: Path, on_disk: bool = False) -> None:
        self.graph, self.output_dir, self.on_disk = graph, Path(output_dir), on_disk
        self.local = ArticleSections()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-local")
        self._asking: deque[Future] = deque()
        self._chunk: list[bytes] = []
        self._batch: list[bytes] = []
        self._rows: list[bytes] = []
        self._size = 0

    def add(self, path: Path, data: bytes, part: ReportPart | None = None) -> None:
        """The article of `path`, whose Turtle is `data`; `part`: what the report reads of it, when
        already read from its sidecar (emit.write_merged)."""
        try:
            if part is None:
                part = report_nquads(self.output_dir, path.stem, data)
        except (SyntaxError, ValueError) as exc:  # the Turtle, parsed for want of a sidecar
            raise ReportError(f"{path}: cannot be read: {exc}") from exc
        self._chunk.append(part.store)
        if part.rows is not None:  # asked by the run's worker: rows to merge
            self._rows.append(part.rows)
        else:
            self._batch.append(part.local)
        self._size += len(part.store)
        if self._size >= LOAD_CHUNK:
            self.load()
        if len(self._batch) == ARTICLES_A_BATCH or len(self._rows) == ARTICLES_A_BATCH:
            self._ask()
            while len(self._asking) > 4:  # a few batches waiting at most: memory stays flat
                self._asking.popleft().result()

    def load(self) -> None:
        """Into the graph, what is held for it: into a store on disk by its bulk loader; into one in
        memory by a plain, lenient load (N-Quads this package serialized, each term checked when it
        was made: at N=3,000, 1.05 CPU s against 1.49 for a bulk load)."""
        data = b"".join(self._chunk)
        if self.on_disk:
            self.graph.bulk_load(data, format=RdfFormat.N_QUADS)
        else:
            self.graph.load(data, format=RdfFormat.N_QUADS, lenient=True)
        self._chunk, self._size = [], 0

    def _ask(self) -> None:
        self._asking.append(self._thread.submit(self.local.add, b"".join(self._batch)))
        self._asking.append(self._thread.submit(self.local.add_rows, self._rows))
        self._batch, self._rows = [], []

    def tables(self) -> dict[str, Table]:
        """Every article added in the graph and in the LOCAL sections: their tables."""
        self.load()
        self._ask()
        while self._asking:
            self._asking.popleft().result()
        return self.local.tables()

    def close(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)


class GrowingReport:
    """The report's graph of the articles, loaded while the run's batches go on: `add` the articles a
    finished batch published, and a thread of this process (which mostly waits for its workers then)
    loads them (_Projection), so that after the last batch only the articles no batch wrote (those
    unchanged since the last run) are left to load (`complete`, called by PendingReport).

    Or, `fed`, it grows from the articles the merge reads (emit.write_merged hands each one to
    `take`, with what the report reads of its sidecar, which the merge opened for itself: one read,
    one digest, one decompression of each for both) until `fed_all`; `complete` waits for that.

    In memory until the articles' Turtle exceeds in_memory_limit() (taken when it starts growing),
    then in an on-disk store, as load_articles decides. Whenever what was loaded is not exactly what
    the run leaves (an article loaded twice, one gone or rewritten since, an error while loading),
    `complete` starts over from the final files (load_articles): the same graph and tables in either
    case."""

    FED_AHEAD = 32  # articles the merge may hand over before the loading takes them: memory stays flat

    def __init__(self, output_dir: Path, fed: bool = False) -> None:
        self._fed = threading.Event()  # the merge handed over its last article (or none will come)
        if not fed:
            self._fed.set()
        self._room = threading.Semaphore(self.FED_AHEAD)
        self.output_dir = Path(output_dir)
        self._directory = _graph_directory(self.output_dir)
        self.directory = Path(self._directory.name)
        self._graph = Store()
        self._on_disk = False
        self._memory_max = in_memory_limit()  # (before this graph takes any)
        self._projection = _Projection(self._graph, self.output_dir)
        self._loaded: dict[str, tuple[int, int]] = {}  # article id -> (size, mtime_ns) of the Turtle loaded
        self._bytes = 0
        self._stale = False  # what was loaded cannot be completed: start over
        # ids of a batch's articles, or an article the merge read (take); None: no more
        self._queue: queue.SimpleQueue[list[str] | tuple[Path, tuple[int, int], bytes, ReportPart | None] | None]
        self._queue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="report-graph-growing", daemon=True)
        self._thread.start()

    def add(self, article_ids: Iterable[str]) -> None:
        """Published articles whose files are final (the manifest recorded their batch)."""
        self._queue.put(list(article_ids))

    def take(self, path: Path, stat: tuple[int, int], data: bytes, part: ReportPart | None) -> None:
        """An article the merge read (emit.ReportFeed): its file's path, (size, mtime_ns) and Turtle,
        and what the report reads of it (None: read here)."""
        while not self._room.acquire(timeout=1):  # the loading is behind: wait, unless it stopped
            if not self._thread.is_alive():
                return
        self._queue.put((path, stat, data, part))

    def fed_all(self) -> None:
        """The merge handed over its last article (or did not run): `complete` may go on."""
        self._fed.set()

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            if isinstance(item, tuple):
                self._room.release()
            if self._stale:
                continue
            try:
                if isinstance(item, tuple):
                    self._take(*item)
                else:
                    for aid in item:
                        self._add(aid)
            except Exception:  # (a ReportError, an OSError ...) raised again by load_articles if it lasts
                self._stale = True

    def _take(self, path: Path, stat: tuple[int, int], data: bytes, part: ReportPart | None) -> None:
        if path.stem in self._loaded:  # (as _add)
            self._stale = True
            return
        self._loaded[path.stem] = stat
        self._projection.add(path, data, part)
        self._grown(stat[0])

    def _add(self, aid: str) -> None:
        if aid in self._loaded:  # written twice this run: which file is final is up to complete
            self._stale = True
            return
        path = self.output_dir / ARTICLE_DIR / f"{aid}.ttl"
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            data = fh.read()
        self._loaded[aid] = (st.st_size, st.st_mtime_ns)
        self._projection.add(path, data)
        self._grown(st.st_size)

    def _grown(self, size: int) -> None:
        self._bytes += size
        if not self._on_disk and self._bytes > self._memory_max:
            self._to_disk()

    def _to_disk(self) -> None:
        """The graph so far, moved into an on-disk store (memory stays flat from then on)."""
        self._projection.load()
        disk = Store(str(self.directory / "graph"))
        disk.bulk_load(self._graph.dump(format=RdfFormat.N_QUADS), format=RdfFormat.N_QUADS)
        self._graph = self._projection.graph = disk
        self._on_disk = self._projection.on_disk = True

    def complete(self) -> tuple[Store, dict[str, Table]]:
        """The graph and the LOCAL tables of the articles the run leaves (its per-article files are
        final: Run.settle). ReportError as load_articles."""
        self._fed.wait()
        self._queue.put(None)
        self._thread.join()
        files = article_files(self.output_dir)
        final = {path.stem: path for path in files}
        if not self._stale and all(aid in final and _stat(final[aid]) == st for aid, st in self._loaded.items()):
            try:
                for path in files:
                    if path.stem not in self._loaded:
                        self._add(path.stem)
                tables = self._projection.tables()
                if self._on_disk:
                    self._graph.optimize()  # (load_articles)
                return self._graph, tables
            finally:
                self._projection.close()
        self._projection.close()
        self._graph = self._projection.graph = Store()  # (drops the on-disk store before another is made beside it)
        return load_articles(self.output_dir, self.directory / "again")

    def close(self) -> None:
        """Stop loading, drop the graph and remove its directory."""
        self._stale = True
        self._fed.set()
        self._queue.put(None)
        self._thread.join()
        self._projection.close()
        self._graph = self._projection.graph = Store()  # (the on-disk store closes before its directory goes)
        self._directory.cleanup()


def _graph_directory(output_dir: Path) -> tempfile.TemporaryDirectory:
    """A directory for the report's on-disk graph: in partykg's state folder when there is one (on
    the output's disk, ignored by the output checks; a killed run's is removed by the next: Run)."""
    state = Path(output_dir) / STATE_DIR
    return tempfile.TemporaryDirectory(prefix=graph_prefix(), dir=state if state.is_dir() else None)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# The LOCAL queries are asked of this many article graphs at a time, in a store in memory. Measured
# (load, queries and merge, CPU ms an article, 1,000 articles): 25 a batch 1.67, 50 1.74, 100 1.72,
# 250 1.79 (a query's own cost, ~0.6 ms to parse and plan it, is paid once a batch; the memory a batch
# takes grows with it).
ARTICLES_A_BATCH = 50


def _local_questions() -> dict[str, tuple[str, str, int | None, dict[str, NamedNode] | None]]:
    """The sections of ASKED whose query is LOCAL: section -> (query text, its name, cap, bindings)."""
    return {section: (read_text(QUERIES, name), f"queries/{name}", LIMITS[cap] if cap else None, bindings)
            for section, (name, cap, bindings) in ASKED.items() if name in LOCAL}


def _row_key(order: list[int], terms: tuple) -> tuple:
    """A row's place: the query's ORDER BY, then all its columns (a tie comes in one order whatever the
    batches or articles its rows were asked of)."""
    return (*(sort_key(terms[i]) for i in order), *map(str, terms))


def article_rows(graphs: list[tuple[str, bytes]]) -> dict[str, bytes]:
    """The rows of the LOCAL sections for each of these articles ((id, what those queries read of it,
    as N-Quads in its graph): report_nquads's `local`), asked of them all at once, by article: for each
    section its row count and variables (`3\t?a\t?b`), then its rows in the order of _row_key, a line
    each, its terms in N-Triples form (SPARQL's TSV results; unbound: empty), which ArticleSections
    merges. A row goes to the article whose graph holds its ?article (dcterms:identifier; the query
    binds it inside the graph): when a row names an identifier two of them state, those two, and when
    it names one none states, all of them get no rows (the report asks their graphs itself)."""
    store = Store()
    # lenient: N-Quads this package serialized (emit's sidecar parts), each term checked when it was
    # made; a plain load into memory (~0.3 CPU ms an article less than a bulk load that checks them)
    store.load(b"".join(nquads for _, nquads in graphs), format=RdfFormat.N_QUADS, lenient=True)
    owners: dict[str, set[str]] = defaultdict(set)
    for aid, _ in graphs:
        for quad in store.quads_for_pattern(None, DCTERMS.identifier, None, graph_name(aid)):
            owners[str(quad.object)].add(aid)
    blocks: dict[str, list[bytes]] = {aid: [] for aid, _ in graphs}
    shared: set[str] = set()  # articles a row names by an identifier another states too
    for section, (text, _, _, bindings) in _local_questions().items():
        result = run_query(store, text, bindings)
        assert isinstance(result, QuerySolutions)  # each is a SELECT
        names = [v.value for v in result.variables]
        at, order = names.index("article"), [names.index(name) for name in order_by(text)]
        rows: dict[str, list[tuple[tuple, str]]] = defaultdict(list)  # (its _row_key, its line)
        for terms in map(tuple, result):
            key = _row_key(order, terms)
            texts = key[len(order):]  # (the key ends with each term's N-Triples: made once, for the line too)
            found = owners.get(texts[at], set())
            if not found:
                return {}
            if len(found) > 1:
                shared |= found
            row = (key, "\t".join("" if t is None else text for t, text in zip(terms, texts)))
            for aid in found:
                rows[aid].append(row)
        header = "\t".join(f"?{name}" for name in names)
        for aid, block in blocks.items():
            mine = sorted(rows.get(aid, []), key=itemgetter(0))
            block.append(f"{len(mine)}\t{header}\n".encode())
            block += (line.encode() + b"\n" for _, line in mine)
    return {aid: b"".join(block) for aid, block in blocks.items() if aid not in shared}


def _keyed(order: list[int], tsv: bytes) -> Iterator[tuple[tuple, tuple]]:
    """The rows of a SPARQL TSV result with their _row_key, converted as they are read."""
    solutions = parse_query_results(tsv, format=QueryResultsFormat.TSV)
    assert isinstance(solutions, QuerySolutions)  # (article_rows writes solutions, no boolean)
    for terms in map(tuple, solutions):
        yield _row_key(order, terms), terms


class ArticleSections:
    """The sections of ASKED whose query is LOCAL, put together from batches of article graphs (`add`)
    and from articles' rows asked by the run's workers (`add_rows`: article_rows): for each, how many
    rows it has and its first rows (up to the section's cap) in the order of the query's ORDER BY, then
    of all its columns (_row_key). Each batch's, each article's rows come sorted: merged (_merge), only
    the rows that reach the top are converted and keyed."""

    MERGE_EVERY = 50  # runs of rows held before they are merged into the first rows

    def __init__(self) -> None:
        self.asked = _local_questions()
        self.order = {section: order_by(text) for section, (text, *_) in self.asked.items()}
        self.names: dict[str, list[str]] = {}
        self.rows: dict[str, list[tuple[tuple, tuple]]] = {section: [] for section in self.asked}  # (key, terms)
        self.total = dict.fromkeys(self.asked, 0)
        self._runs: dict[str, list[Iterator[tuple[tuple, tuple]]]] = {section: [] for section in self.asked}

    def add(self, nquads: bytes) -> None:
        """Ask the LOCAL queries of these article graphs (N-Quads), and keep their first rows."""
        if not nquads:
            return
        store = Store()
        store.load(nquads, format=RdfFormat.N_QUADS, lenient=True)  # (lenient: as article_rows)
        for section, (text, _, _, bindings) in self.asked.items():
            result = run_query(store, text, bindings)
            assert isinstance(result, QuerySolutions)  # each is a SELECT
            names = self.names[section] = [v.value for v in result.variables]
            order = [names.index(name) for name in self.order[section]]
            rows = sorted(((_row_key(order, terms), terms) for terms in map(tuple, result)), key=itemgetter(0))
            self.total[section] += len(rows)
            self._run(section, iter(rows))

    def add_rows(self, blocks: list[bytes]) -> None:
        """Keep the first rows of these articles' rows (article_rows, one block an article)."""
        for block in blocks:
            pos = 0
            for section in self.asked:
                end = block.index(b"\n", pos)
                count, _, header = block[pos:end + 1].partition(b"\t")
                pos = end + 1
                names = self.names[section] = [name[1:] for name in header.decode().split()]
                for _ in range(int(count)):
                    pos = block.index(b"\n", pos) + 1
                if int(count):
                    self.total[section] += int(count)
                    order = [names.index(name) for name in self.order[section]]
                    self._run(section, _keyed(order, header + block[end + 1:pos]))

    def _run(self, section: str, rows: Iterator[tuple[tuple, tuple]]) -> None:
        runs = self._runs[section]
        runs.append(rows)
        if len(runs) >= self.MERGE_EVERY:
            self._merge(section)

    def _merge(self, section: str) -> None:
        """The runs held, merged into the first rows. Once the first rows are full, a run gives only
        its rows before the last of them (its first row, most often): the first rows are not merged
        through a heap again for every few runs (at N=10,000, 580,000 heap steps, ~2.5 CPU s). Rows of
        one key are alike in every column, so which of them is kept does not show."""
        runs, self._runs[section] = self._runs[section], []
        cap = self.asked[section][2]
        rows = self.rows[section]
        if cap is not None and len(rows) >= cap:
            last = rows[-1][0]
            runs = [takewhile(lambda row: row[0] < last, run) for run in runs]
        for run in runs:
            rows += islice(run, cap)  # (a run is sorted: past `cap` rows none of its rows is kept)
        rows.sort(key=itemgetter(0))  # (sorted runs one after the other: Python's sort merges them)
        if cap is not None:
            del rows[cap:]

    def tables(self) -> dict[str, Table]:
        for section in self.asked:
            self._merge(section)
        return {section: Table(query, [dict(zip(self.names.get(section, []), map(term_text, terms)))
                                       for _, terms in self.rows[section]], self.total[section])
                for section, (_, query, _, _) in self.asked.items()}


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.I)
_ORDER_KEY = re.compile(r"\s*(?:ASC\s*\(\s*\?(\w+)\s*\)|\?(\w+))(?:\s*#[^\n]*)?", re.I)


def order_by(text: str) -> list[str]:
    """The variables of the ORDER BY that ends a query's text, ascending (`?x`, `ASC(?x)`). ValueError
    when there is none, or it sorts by an expression or descending, or a LIMIT or OFFSET follows:
    ArticleSections does not merge rows of such a query."""
    clauses = list(_ORDER_BY.finditer(text))
    keys: list[str] = []
    pos = clauses[-1].end() if clauses else len(text)
    while match := _ORDER_KEY.match(text, pos):
        keys.append(match[1] or match[2])
        pos = match.end()
    if not keys or text[pos:].strip():
        raise ValueError(f"not an ascending ORDER BY of variables at the end of the query: {text[pos:].strip()[:40]!r}")
    return keys


_NUMBERS = frozenset(XSD[name].value for name in ("integer", "decimal", "float", "double", "int", "long"))


def sort_key(term: NamedNode | BlankNode | Literal | None) -> tuple:
    """A term's place in a SPARQL ORDER BY, as Oxigraph sorts: unbound, blank nodes, IRIs, literals;
    numbers by value, other literals by lexical form (for strings the order of SPARQL's `<`; for
    dates and years written in full, as here, too), then datatype and language."""
    if isinstance(term, Literal):
        datatype = term.datatype.value
        if datatype in _NUMBERS:
            return (3, 0, Decimal(term.value))
        return (3, 1, term.value, datatype, term.language or "")
    if term is None:
        return (0,)
    return (1 if isinstance(term, BlankNode) else 2, term.value)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReportError(f"{path}: cannot be read: {exc.strerror or exc}") from exc


def _load_file(store: Store, path: Path) -> None:
    if not path.is_file():
        raise ReportError(f"{path}: not found (run `partykg run -o {path.parent}` first)")
    try:
        store.load(_read(path), format=RdfFormat.TURTLE)
    except (SyntaxError, ValueError) as exc:
        raise ReportError(f"{path}: cannot be read: {exc}") from exc


def _year(value: str | None) -> int | None:
    """2021 from "2021" (xsd:gYear) or "2021-04-30" (xsd:date)."""
    return int(value[:4]) if value and value[:4].isdigit() else None


def _number(value: str | None) -> float:
    try:
        return float(value or "")
    except ValueError:
        return float("nan")


def series_chart(rows: list[dict], title: str, anchor: str) -> tuple[str, list[str], int]:
    """An SVG line chart of the rows with a year (period end, else start): one line per
    organization, the LIMITS["series"] organizations with the most points (then the largest); each point
    links to #ANCHOR-<row index>. Returns the SVG, the organizations drawn and how many
    organizations have a dated figure."""
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    points: dict[str, list[tuple[int, float, int]]] = defaultdict(list)
    for i, row in enumerate(rows):
        year = _year(row["periodEnd"]) or _year(row["periodStart"])
        if year is not None:
            points[row["organization"] or ""].append((year, _number(row["value"]), i))
    # the longest series first, then the largest figures
    drawn = sorted(points, key=lambda org: (-len(points[org]), -max(p[1] for p in points[org]), org))
    drawn = drawn[:LIMITS["series"]]
    if not drawn:
        return "", [], 0
    # svg.hashsalt: matplotlib's SVG ids are hashes salted with it (random otherwise), one
    # salt a chart so that two charts of a page do not share ids; svg.fonttype none: text
    # stays text (small, searchable), drawn by the browser
    with rc_context({"svg.hashsalt": f"partykg-report-{anchor}", "svg.fonttype": "none", "font.size": 9}):
        fig = Figure(figsize=(10, 3.8))
        ax = fig.subplots()
        for org in drawn:
            pts = sorted(points[org])
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            (line,) = ax.plot(xs, ys, linewidth=1.2, label=org)
            dots = ax.scatter(xs, ys, s=28, color=line.get_color(), zorder=3)
            dots.set_urls([f"#{anchor}-{p[2]}" for p in pts])
        ax.set_title(title)
        ax.set_xlabel("year (end of the period)")
        if all(p[1] > 0 for org in drawn for p in points[org]):  # counts of 10 and of 1,000 side by side
            ax.set_yscale("log")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(alpha=0.3)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        fig.subplots_adjust(left=0.07, right=0.5, bottom=0.14)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "partykg (matplotlib)"})
    svg = buf.getvalue()
    # inline: without the XML prolog and doctype; matplotlib opens every link in a new
    # window (target="_blank"), these go to a row of this page
    return svg[svg.index("<svg"):].replace(' target="_blank"', ""), drawn, len(points)


@dataclass
class OrgNode:
    iri: str
    label: str
    kind: str
    posts: int
    statistics: int
    articles: int
    children: list[OrgNode]


def organization_tree(table: Table) -> tuple[list[OrgNode], int]:
    """The org:subOrganizationOf forest: roots are the organizations under none (and, so that
    none is lost, one of each cycle); children sorted by facts. At most LIMITS["organizations"]
    nodes are built (a body under two parents counts twice). Returns the roots and the count."""
    info: dict[str, dict] = {}
    children: dict[str, list[str]] = defaultdict(list)
    for row in table.rows:
        iri = row["org"] or ""
        info.setdefault(iri, row)
        if row["parent"]:
            children[row["parent"]].append(iri)
    has_parent = {c for iri, cs in children.items() if iri in info for c in cs}

    def facts(iri: str) -> tuple:
        r = info[iri]
        return (-(int(r["posts"] or 0) + int(r["statistics"] or 0)), -int(r["articles"] or 0), r["organization"], iri)

    budget = [LIMITS["organizations"]]
    seen: set[str] = set()

    def build(iri: str, path: frozenset[str]) -> OrgNode | None:
        if budget[0] <= 0:
            return None
        budget[0] -= 1
        seen.add(iri)
        r = info[iri]
        node = OrgNode(iri, r["organization"] or iri, r["kind"] or "", int(r["posts"] or 0),
                       int(r["statistics"] or 0), int(r["articles"] or 0), [])
        for child in sorted(set(children.get(iri, [])), key=facts):
            if child not in path:  # a cycle stops where it closes
                sub = build(child, path | {child})
                if sub is not None:
                    node.children.append(sub)
        return node

    roots = []
    for iri in sorted((i for i in info if i not in has_parent), key=facts):
        node = build(iri, frozenset({iri}))
        if node is not None:
            roots.append(node)
    for iri in sorted(info, key=facts):  # cycles: reached from no root
        if iri not in seen and (node := build(iri, frozenset({iri}))) is not None:
            roots.append(node)
    return roots, LIMITS["organizations"] - budget[0]


class PendingReport:
    """A report whose graph of the articles starts loading at once, in a thread (Oxigraph loads
    mostly without Python's lock, and matplotlib's import, ~0.6 CPU s, runs beside it: on two
    cores the page is ready that much sooner), or is completed from the graph a run grew while its
    batches ran (`growing`: GrowingReport, which this report then owns). The articles' files must be
    final; the run's description (void.ttl, validation.ttl) is read only by `page`, so a run writes
    its merged files meanwhile. `page` draws the charts (the LOCAL sections': ~0.3 CPU s) as soon as
    the graph is loaded, while the loading thread asks the cross-article queries. `close` gives up
    (and `page` closes too): the graph's directory is removed."""

    def __init__(self, output_dir: Path, growing: GrowingReport | None = None):
        self.output_dir = Path(output_dir)
        self._growing = growing
        self._directory = None if growing is not None else _graph_directory(self.output_dir)
        self._tables: dict[str, Table] | None = None  # every section's, once the graph was asked
        self._local: dict[str, Table] | None = None  # the LOCAL sections', once the graph is loaded
        self._loaded = threading.Event()  # (set too when the loading failed)
        self._error: BaseException | None = None
        self._charts = threading.Thread(target=_import_charts, name="report-import-matplotlib", daemon=True)
        self._loading = threading.Thread(target=self._load, name="report-graph", daemon=True)
        self._charts.start()
        self._loading.start()

    def _load(self) -> None:
        try:
            if self._growing is not None:
                graph, tables = self._growing.complete()
            else:
                assert self._directory is not None  # (made when nothing grew)
                graph, tables = load_articles(self.output_dir, Path(self._directory.name))
            self._local = tables
            self._loaded.set()
            # asked at once, beside the run's merged files and the charts (Oxigraph answers without
            # Python's lock): the page needs no more of the graph
            self._tables = {**tables, **_cookbook_tables(graph)}
        except BaseException as exc:  # raised by page(), in the caller's thread
            self._error = exc.with_traceback(None)  # its frames would hold the store
        finally:
            self._loaded.set()

    def page(self, failed: Mapping[str, str] | None = None) -> str:
        """The report's HTML. `failed`: the run's failed files (file -> error), which no graph
        records; None when the report is made apart from a run."""
        error = None
        try:
            return self._render(failed)
        except ReportError as exc:  # its traceback's frames hold the store: raised anew, without them
            error = ReportError(str(exc))
        finally:
            self.close()
        raise error

    def _render(self, failed: Mapping[str, str] | None) -> str:
        self._loaded.wait()
        charts = None
        if self._local is not None:  # (else the loading failed: raised below)
            self._charts.join()
            charts = _charts(self._local)
        self._loading.join()
        if self._error is not None:
            raise self._error
        assert self._tables is not None and charts is not None  # (asked, or an error was raised)
        meta = load_description(self.output_dir)
        return _render(meta, self._tables, charts, failed)

    def write(self, failed: Mapping[str, str] | None = None) -> Path:
        """Write OUTPUT/report.html (atomically); its path."""
        html = self.page(failed)
        path = self.output_dir / REPORT_FILE
        atomic_write(path, html.encode("utf-8"))
        return path

    def close(self) -> None:
        """Wait for the loading, drop the graph and remove its directory."""
        self._loading.join()
        self._tables = None
        if self._growing is not None:
            self._growing.close()
        else:
            assert self._directory is not None
            self._directory.cleanup()


def build_report(output_dir: Path, failed: Mapping[str, str] | None = None) -> str:
    """The report's HTML (PendingReport.page)."""
    return PendingReport(output_dir).page(failed)


def _import_charts() -> None:
    try:
        import matplotlib.figure  # noqa: F401
    except ImportError:  # series_chart imports it again, and raises there, in the report's thread
        pass


def import_charts_soon() -> None:
    """Begin matplotlib's import (the page's charts: ~0.5 CPU s) in a thread now. A run calls it
    when a CPU is left free by its workers (their last batch: partykg.flows.etl), so that the report
    after the last batch finds it done; a PendingReport's own import waits for it if it is not."""
    threading.Thread(target=_import_charts, name="report-import-matplotlib-early", daemon=True).start()


def _cookbook_tables(graph: Store) -> dict[str, Table]:
    """The answers of the page's cookbook queries asked of the store (ASKED, but LOCAL), by section.
    They run side by side: Oxigraph evaluates a query without holding Python's lock, so on two
    cores the report's queries take about half the time (the same rows, in the same order)."""
    asked = {section: question for section, question in ASKED.items() if question[0] not in LOCAL}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as threads:
        return dict(zip(asked, threads.map(
            lambda question: cookbook(graph, question[0], question[1] and LIMITS[question[1]], question[2]),
            asked.values())))


def _charts(tables: Mapping[str, Table]) -> dict[str, dict]:
    """The charted measures' sections (MEASURES: each its table and chart), from their tables."""
    statistics = {}
    for measure, title in MEASURES.items():
        table = tables[measure]
        svg, drawn, dated = series_chart(table.rows, title, anchor=measure.split(":")[1])
        statistics[measure] = {"title": title, "table": table, "svg": svg, "drawn": drawn, "dated": dated,
                               "anchor": measure.split(":")[1],
                               "undated": sum(1 for r in table.rows
                                              if not (_year(r["periodEnd"]) or _year(r["periodStart"])))}
    return statistics


def _render(meta: Store, tables: dict[str, Table], statistics: dict[str, dict],
            failed: Mapping[str, str] | None) -> str:
    """The page, from every section's table (ASKED), the charted measures' (_charts) and the run's
    description."""
    articles = tables["articles"]
    organizations = tables["organizations"]
    roots, shown = organization_tree(organizations)
    findings = _select(meta, FINDINGS_QUERY, "validation.ttl")  # all of them: the warnings are summed
    warnings = sum(int(r["results"] or 0) for r in findings.rows if r["severity"] == "Warning")
    findings.rows = findings.rows[:LIMITS["warnings"]]
    html = _environment().get_template("report.html.j2").render(
        dataset=_select(meta, DATASET_QUERY, "void.ttl").rows,
        classes=_select(meta, VOID_QUERY, "void.ttl"),
        validation=_select(meta, VALIDATION_QUERY, "validation.ttl").rows[0],
        findings=findings, warnings=warnings,
        failed=None if failed is None else dict(sorted(failed.items())),
        articles=articles,
        article_ids={r["article"] for r in articles.rows},
        statistics=statistics,
        organizations=organizations, roots=roots, shown_organizations=shown,
        organization_count=len({r["org"] for r in organizations.rows}),
        posts=tables["posts"], documents=tables["documents"], places=tables["places"],
        limits=LIMITS,
    )
    return html


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("partykg", "templates"), autoescape=select_autoescape(["j2", "html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["ids"] = lambda value: sorted((value or "").split())
    # (GROUP_CONCAT has no order: sorted, so that the page does not depend on the store's)
    env.filters["issuers"] = lambda value: " | ".join(sorted(value.split(" | "))) if value else ""
    return env


# how partykg's report begins (the template's <title>): the mark of a report.html it may remove
REPORT_MARK = b"<title>partykg report"


def remove_report(output_dir: Path) -> Path | None:
    """Delete OUTPUT/report.html if partykg wrote it, so that a run which skips the report leaves
    no older one beside newer output; its path, or None (no such file, or not partykg's)."""
    path = Path(output_dir) / REPORT_FILE
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except FileNotFoundError:
        return None
    if REPORT_MARK not in head:
        return None
    path.unlink()
    return path


def write_report(output_dir: Path, failed: Mapping[str, str] | None = None) -> Path:
    """Write OUTPUT/report.html (atomically); its path."""
    return PendingReport(output_dir).write(failed)
