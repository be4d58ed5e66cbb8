"""Serialization: the one place that writes RDF files (atomically, sorted, pyoxigraph).

Layout of an output directory (README, "Output"):

    articles/<id>.ttl        one Turtle graph per published article
    partykg.ttl              all published articles merged (by default the only merged form)
    partykg.nq, partykg.trig the same, one named graph per article (pkr:graph/<id>),
                             on request (`partykg run --formats ttl,nq,trig`)
    validation.ttl           the SHACL report of every article (warnings included)
    void.ttl                 VoID/DCAT description of the dataset: title, licence, ontology,
                             triple and entity counts per class, source files (partykg.void)
    quarantine/<id>.trig     graph of an article that violates a shape, not published
    quarantine/<id>.report.ttl   its SHACL report
    run.ttl                  provenance of the run (prov:Activity with times):
                             the only file that changes from run to run; not
                             committed (.gitignore) and not part of the byte test

Everything but run.ttl is byte-deterministic: each article's triples are
sorted before serialization, every node is an IRI, and the merged files are
the per-article files concatenated in sorted article-id order (write_merged).

What an article's files cost (write_article with a run's Sidecars; 1,000 generated articles of
~850 triples, CPU ms, +-30% on a loaded machine): its lines sorted 0.5 (_ordered), its Turtle
0.85 (0.5 of it Oxigraph matching the prefixes: the bytes need them), its sidecar ~1.6
(_classified's pass over the lines ~0.75, the N-Quads join ~0.3, gzip ~0.3), the writes ~0.3
(and ~0.15 for a durable file's fsync, on Settling's threads), and the report's rows of the
article (Sidecars.flush: report.article_rows) 2-2.7. Each of those but the rows is near what
one pass of Rust or C over the lines costs; tried and dropped (each under 0.1, within the
noise): a shortcut per subject in _classified, an index sort in _ordered; gzip's Huffman-only
and RLE strategies are slower at level 1 and 9x larger; row batches past 50 gain nothing. Of the
Turtle, matching the IRIs with the 12 prefixes (session 22, 200 articles): 0.45 ms with all of them,
0.39 with pkr: alone, 0.28 with none; every file's header lists them all, so all are matched.

Session 24 (300 generated articles, CPU ms an article, write_article as a worker calls it, with Settling
and Sidecars; min of 7-11 passes in one process, old and new interleaved): map + serialize 7.4-8.0
(map 2.9-3.3, serialize 4.1-4.7: rows ~1.0, sidecar's parts 0.85, its gzip 0.16-0.25, _ordered
0.36-0.48, Turtle 0.40, writes ~0.5 and the Turtle's fsync ~0.25). No work is done twice: the
N-Triples are made once (mapping.to_graph) and sorted once. Tried and dropped: the Turtle from the
sorted N-Triples parsed again in one pass (parse into serialize: 1.07-1.73 against 0.95-1.19 with
_ordered's Triples); each sidecar block joined on its own (no flat list, sizes from the joins: min
0.846 against 0.825, the same bytes); map(attrgetter) or map(dict.__getitem__) for the list
comprehensions of mapping.graph_built and _ordered (equal to 0.01). The sidecar's gzip stays at
level 1: zlib's fastest; memLevel 9 no faster; uncompressed, what a worker writes of it (~65 kB of
N-Quads an article, its type lines alone ~38 kB) is ~14x the gzipped ~4.7 kB, ~+600 MB at
N=10,000 (output ~24x the input, over the 20x goal), read again by the merge and the report.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import cache, partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize

from partykg.rdf.iri import mint_id
from partykg.rdf.namespaces import PKG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SH, SH_PREFIX, XSD

if TYPE_CHECKING:
    from partykg.process import ArticleResult



class _Input(Protocol):
    """What run.ttl names of an input: an ArticleResult, or an _Used of an earlier run."""
    @property
    def article_id(self) -> str | None: ...
    @property
    def checksum(self) -> str | None: ...


class _Used(NamedTuple):
    article_id: str
    checksum: str


def _article_id(result: ArticleResult) -> str:
    """The id of a processed article (only a file that failed before it was read has none)."""
    if result.article_id is None:
        raise ValueError(f"{result.source}: no article id (failed: {result.error})")
    return result.article_id


PREFIXES_SH = dict(PREFIXES, sh=SH_PREFIX)
QUARANTINE = "quarantine"
RUN_FILE = "run.ttl"
ARTICLE_DIR = "articles"  # one graph per published article; the merged files are built from these
# each article's SHACL report, kept for rebuilding validation.ttl in incremental runs
# (state of the run, beside the manifest; not part of the published output)
REPORT_DIR = ".partykg/reports"
VALIDATION_FILE = "validation.ttl"
REPORT_FILE = "report.html"  # partykg.report
# The merged forms of the published graph, by the name `--formats` gives them. Only Turtle
# by default: the others repeat the same graph (N-Quads is ~4.6x the Turtle, TriG ~1x) and
# nothing of partykg reads them (the store and `partykg load` read articles/<id>.ttl).
MERGED_FORMS = {"ttl": "partykg.ttl", "nq": "partykg.nq", "trig": "partykg.trig"}
DEFAULT_FORMATS = ("ttl",)


def merged_files(formats: Iterable[str] = DEFAULT_FORMATS) -> list[str]:
    """The merged files a run with these formats writes (validation.ttl always)."""
    return [MERGED_FORMS[f] for f in check_formats(formats)] + [VALIDATION_FILE]


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats in MERGED_FORMS order; ValueError naming an unknown one."""
    wanted = set(formats)
    unknown = sorted(wanted - MERGED_FORMS.keys())
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)!s}: expected some of {', '.join(MERGED_FORMS)}")
    return [f for f in MERGED_FORMS if f in wanted]


# each published article's N-Quads, written with its Turtle so that partykg.nq is
# a concatenation, void.ttl's counts need no parse (parsing an article's Turtle
# again costs ~3-5 ms; the gzipped sidecar is ~0.9x the input's bytes) and the report
# bulk-loads what its queries read without a parse; its first line
# "# sha256 <digest of articles/<id>.ttl> <bytes> <bytes> <bytes> <rows> <types> <quads> <rest> <key>" ties it
# to the Turtle it was written with and says how many bytes follow for the report (by the rule the key names):
# the rows of the report's per-article queries (report.article_rows, asked by the worker; "-" when they were
# not: the report asks them itself), the rdf:type lines, then the N-Quads of report_parts: what only the
# report's store reads, what the store and the per-article queries read, what only the per-article queries
# read; then the rest ("-": not written, all_quads)
NQUADS_DIR = ".partykg/nquads"


def all_quads(formats: Iterable[str]) -> bool:
    """Whether the sidecars a run writes hold every quad of their article: only for a run asked for
    partykg.nq, whose merge reads them (the rest, ~55% of an article's N-Quads, is read by nothing
    else). A later merge that asks for partykg.nq rebuilds a sidecar without them (_article_nquads)."""
    return "nq" in formats


def atomic_write(path: Path, data: bytes, durable: bool = True,
                 later: Callable[[str, Path], None] | None = None) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    `durable`: fsync before the rename, so that after a power loss too the file is whole
    (a file a run depends on); without it (~6 ms of disk wait a file here) only a crash of the
    process is covered, for a file whose damage is detected and repaired. `later` (with
    `durable`): called with the temporary and `path` instead, to fsync and rename it itself
    (Settling.settle)."""
    path = Path(path)
    with naming(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with naming(path), os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable and later is None:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; output is meant to be shared
        if durable and later is not None:
            later(tmp, path)
            return
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_and_rename(tmp: str, path: Path) -> None:
    try:
        with naming(path):
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Settling:
    """The durable files of a batch of articles, fsynced and renamed into place on a few threads
    while the worker goes on with the next article; `wait()` (the end of the batch, before the
    manifest records the articles) says which articles' files did not make it.

    Why: an fsync waits for the disk (~4.5 ms a file here, one after the other), while ext4
    commits fsyncs issued together in one journal commit: ~0.3-0.5 ms a file from 4 threads
    (measured on 100 files of 20 kB).

    Why an fsync a file, though the manifest records completion: the manifest is what a later run
    trusts (an unchanged article is skipped), so every file it names must be on disk before it
    commits. A killed process cannot leave a half file without one (the whole temporary is in the
    page cache before the rename), but after a power loss the rename of a new file can outlive its
    data (ext4's delayed allocation): an empty file the manifest calls done. One syncfs a batch
    would do the same, but Python has none (os.sync flushes every disk of the machine); the fsyncs
    cost ~0.15 CPU ms a file here (session 18: 300 files of 40 kB, 4 threads, 4 pairs)."""

    THREADS = 4

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(self.THREADS, thread_name_prefix="partykg-fsync")
        self._files: list[tuple[str, Future]] = []  # (article id, its fsync and rename)

    def later(self, article_id: str) -> Callable[[str, Path], None]:
        """atomic_write's `later` for the files of one article."""
        return partial(self._settle, article_id)

    def _settle(self, article_id: str, tmp: str, path: Path) -> None:
        self._files.append((article_id, self._pool.submit(_fsync_and_rename, tmp, path)))

    def wait(self) -> dict[str, BaseException]:
        """Every file in place (or its temporary removed); {article id: the first error of its files}."""
        errors: dict[str, BaseException] = {}
        for aid, future in self._files:
            exc = future.exception()
            if exc is not None:
                errors.setdefault(aid, exc)
        self._files.clear()
        return errors

    def __enter__(self) -> Settling:
        return self

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(wait=True)  # (after an error too: no thread left writing)


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """An OSError without a file name (a write, an fsync: a full disk) gets `path`'s, so the
    one-line error of a fault says which file was being written."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None and exc.errno:
            raise OSError(exc.errno, exc.strerror, str(path)) from exc  # (same subclass: by errno)
        raise


def _ordered(triples: Iterable[Triple], nt: bytes | None = None) -> tuple[list[bytes], list[Triple]]:
    """The distinct triples sorted by their N-Triples lines, and those lines (`<s> <p> <o> .`,
    which is str(triple) + " ."; UTF-8 bytes sort as the text does). The lines come from one
    N-Triples serialization in Rust, one line a triple (it escapes every line break in a
    literal), instead of one str() a triple; `nt`: that serialization, when it was made already
    (ArticleResult.nt)."""
    triples = list(triples)
    if nt is None:
        nt = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
    by_line = dict(zip(nt.split(b"\n"), triples))
    lines = sorted(by_line)
    return lines, [by_line[k] for k in lines]


def turtle(triples: Iterable[Triple], prefixes: dict[str, str] = PREFIXES) -> bytes:
    # (`or b""`: serialize returns None only when given an output to write to)
    return serialize(_ordered(triples)[1], format=RdfFormat.TURTLE, prefixes=prefixes) or b""


def prefix_header(prefixes: dict[str, str] = PREFIXES) -> bytes:
    """The @prefix lines Oxigraph's Turtle serializer starts every non-empty file with
    (all of them, used or not)."""
    probe = Triple(NamedNode("urn:x"), NamedNode("urn:x"), NamedNode("urn:x"))
    data = serialize([probe], format=RdfFormat.TURTLE, prefixes=prefixes) or b""
    return data[:data.rstrip(b"\n").rfind(b"\n") + 1]  # all but the probe's own line


def graph_name(article_id: str) -> NamedNode:
    return mint_id("graph", article_id)


def _quads(graphs: dict[str, list[Triple]]) -> list[Quad]:
    return sorted({Quad(t.subject, t.predicate, t.object, graph_name(aid))
                   for aid, triples in graphs.items() for t in triples}, key=str)


def nquads(graphs: dict[str, list[Triple]]) -> bytes:
    return serialize(_quads(graphs), format=RdfFormat.N_QUADS) or b""


def trig(graphs: dict[str, list[Triple]]) -> bytes:
    return serialize(_quads(graphs), format=RdfFormat.TRIG, prefixes=PREFIXES) or b""


def software_version() -> str:
    try:
        return version("partykg")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _xsd_datetime(t: datetime) -> Literal:
    return Literal(t.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"), datatype=XSD.dateTime)


def run_triples(results: Sequence[_Input], started: datetime, ended: datetime,
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


def write_article(result: ArticleResult, output_dir: Path, settling: Settling | None = None,
                  sidecars: Sidecars | None = None, formats: Iterable[str] = DEFAULT_FORMATS) -> list[str]:
    """Write the files of one processed article; return their paths relative to `output_dir`.

    A conforming article is published (articles/<id>.ttl); one that violates a
    shape is quarantined (quarantine/<id>.trig and its report). Its SHACL
    report is kept for validation.ttl when it has findings (keeps_report): the
    report of a published article without any is written by write_validation.
    With `settling`, the durable files are fsynced and put in place by it (Settling.wait); with
    `sidecars`, the sidecar is written by it, with the report's rows of the article (Sidecars.flush);
    without, it holds every quad when `formats` (the run's merged forms) asks for them (all_quads).
    """
    output_dir = Path(output_dir)
    aid = _article_id(result)
    later = settling.later(aid) if settling is not None else None
    if result.conforms:
        rels = [f"{ARTICLE_DIR}/{aid}.ttl", sidecar_path(aid)]
        lines, ordered = _ordered(result.triples, result.nt)
        data = serialize(ordered, format=RdfFormat.TURTLE, prefixes=PREFIXES) or b""
        atomic_write(output_dir / rels[0], data, later=later)
        if sidecars is not None:
            sidecars.add(aid, data, lines)
        else:  # not fsynced: a sidecar a crash damaged fails its digest and is rebuilt (_article_nquads)
            atomic_write(output_dir / rels[1], _nquads_sidecar(aid, data, lines, whole=all_quads(formats)),
                         durable=False)
    else:
        rels = [f"{QUARANTINE}/{aid}.trig", f"{QUARANTINE}/{aid}.report.ttl"]
        atomic_write(output_dir / rels[0], trig({aid: result.triples}), later=later)
        atomic_write(output_dir / rels[1], turtle(result.report, PREFIXES_SH), later=later)
    if keeps_report(result):
        rels.append(f"{REPORT_DIR}/{aid}.ttl")
        atomic_write(output_dir / rels[-1], turtle(result.report, PREFIXES_SH), later=later)
    return rels


def keeps_report(result: ArticleResult) -> bool:
    """Whether the article's SHACL report is kept in REPORT_DIR: a report with findings (warnings,
    violations). Most articles have none; their report (`sh:conforms true`, nothing else) is made
    again from the id alone, which spares a file and its fsync an article."""
    return any(t.predicate == SH.result for t in result.report)


def article_outputs(article_id: str) -> list[str]:
    """Every file write_article may write for an article, relative to the output directory
    (a run claims them before the work is spread: partykg.state.Manifest.claim)."""
    return [f"{ARTICLE_DIR}/{article_id}.ttl", sidecar_path(article_id), f"{QUARANTINE}/{article_id}.trig",
            f"{QUARANTINE}/{article_id}.report.ttl", f"{REPORT_DIR}/{article_id}.ttl"]


def read_article_graph(output_dir: Path, article_id: str) -> list[Triple]:
    path = Path(output_dir) / ARTICLE_DIR / f"{article_id}.ttl"
    return list(parse(path=str(path), format=RdfFormat.TURTLE))


def _graph_term(article_id: str) -> str:
    return f"<{graph_name(article_id).value}>"


def _nquads(article_id: str, lines: Iterable[bytes]) -> bytes:
    """N-Triples lines (`<s> <p> <o> .`, without their newline, as Oxigraph writes them) as N-Quads
    in the article's graph."""
    return _quads_of(list(lines), f" {_graph_term(article_id)} .\n".encode())


def _quads_of(lines: list[bytes], end: bytes) -> bytes:
    """`<s> <p> <o> .` lines as `<s> <p> <o> <g> .` lines (`end`: " <g> .\n"): each line's " ." cut
    and `end` joined after it: the same bytes as joining the lines and replacing every " .\n", at
    about half the cost (a replace copies the text through a search for each line)."""
    return end.join([line[:-2] for line in lines]) + end if lines else b""


def sidecar_path(article_id: str) -> str:
    """NQUADS_DIR/<id>.nq.gz, relative to the output directory."""
    return f"{NQUADS_DIR}/{article_id}.nq.gz"


def _nquads_sidecar(article_id: str, turtle_data: bytes, lines: list[bytes], rows: bytes | None = None,
                    whole: bool = True) -> bytes:
    """The sidecar: a digest line, the report's rows of the article (`rows`, when asked), then the
    article's N-Quads, the report's parts first, gzipped (N-Quads repeat full IRIs: ~4.5x the Turtle,
    ~0.4x gzipped at level 1); with `whole`, the rest of its quads too (all_quads)."""
    return _sidecar_bytes(article_id, turtle_data, _sidecar_parts(article_id, lines, whole), rows)


class _SidecarParts(NamedTuple):
    """An article's N-Quads in the sidecar's blocks, as one piece (`body`): the rdf:type lines of the
    four blocks that follow, then the three parts of report_parts and, when `whole`, the rest;
    `sizes`: the bytes of the type lines and of the three parts; `quad_count`: the article's quads."""
    body: bytes
    sizes: tuple[int, int, int, int]
    quad_count: int
    whole: bool

    @property
    def types(self) -> bytes:
        return self.body[:self.sizes[0]]

    @property
    def quads(self) -> bytes:
        """Every quad of the article, once (when `whole`; else those of the report's parts)."""
        return self.body[self.sizes[0]:]

    @property
    def local(self) -> bytes:
        """What the report's per-article queries read (report_nquads's `local`)."""
        types, store_only, both, local_only = self.sizes
        return self.body[types + store_only:types + store_only + both + local_only]


def _sidecar_parts(article_id: str, lines: list[bytes], whole: bool = True) -> _SidecarParts:
    """The blocks of _classified as N-Quads in the article's graph, made in one join (_quads_of):
    a line `<s> <p> <o> .` becomes `<s> <p> <o> <g> .`, so each block's size is its lines' plus
    the graph term's a line. The rest only when `whole`, or when "_:" is in a line (a blank node may
    be there: a merge then reads every quad, _sidecar_bytes)."""
    store_only, both, local_only, rest, types = _classified(lines)
    whole = whole or b"_:" in b"".join(lines)
    blocks = (types, store_only, both, local_only, *([rest] if whole else []))
    end = f" {_graph_term(article_id)} .\n".encode()
    grown = len(end) - 2  # (" ." goes, the graph term and the line's end come)
    body = _quads_of([line for block in blocks for line in block], end)
    sizes = tuple(sum(map(len, block)) + grown * len(block) for block in blocks[:4])
    return _SidecarParts(body, sizes, len(lines), whole)  # type: ignore[arg-type]


def _sidecar_bytes(article_id: str, turtle_data: bytes, parts: _SidecarParts, rows: bytes | None) -> bytes:
    types_size, store_only, both, local_only = parts.sizes
    # its rdf:type lines again, and its quad count: a merge without partykg.nq reads no more (void.ttl's
    # class counts); "-" when a blank node may be there (_parse_named must look: the whole is read)
    typed = b"_:" not in parts.body
    rest = str(len(parts.body) - sum(parts.sizes)) if parts.whole else "-"
    # what only the per-article queries read: for a report that asks them itself (no rows), or in a
    # sidecar with every quad; else read by nothing ("-"; then it is the body's last block)
    local = rows is None or parts.whole
    body = parts.body if typed else parts.quads
    first = (f"# sha256 {hashlib.sha256(turtle_data).hexdigest()} {store_only} {both} {local_only if local else '-'} "
             f"{_size(rows)} {types_size if typed else '-'} {parts.quad_count} {rest} {_report_reads()[3]}\n").encode()
    pack = zlib.compressobj(1, zlib.DEFLATED, 31)  # (31: a gzip stream)
    return b"".join((pack.compress(first), pack.compress(rows or b""),
                     pack.compress(body if local else body[:len(body) - local_only]), pack.flush()))


def _size(block: bytes | None) -> str:
    return "-" if block is None else str(len(block))


class Sidecars:
    """The sidecars of a batch's published articles, written ROWS_A_BATCH articles at a time with the
    rows of the report's per-article queries (report.article_rows): asked here, in the run's parallel
    part, of a few articles at once (a query is parsed and planned once for them all), they leave the
    report only rows to merge, and an unchanged article's rows are read again by the next run's report.
    `flush` writes those still held (the batch's end)."""

    ROWS_A_BATCH = 50  # as report.ARTICLES_A_BATCH (its measures)

    def __init__(self, output_dir: Path, whole: bool = False) -> None:
        self.output_dir = Path(output_dir)
        self.whole = whole  # every quad in the sidecars (all_quads)
        self._held: list[tuple[str, bytes, _SidecarParts]] = []  # (article id, its Turtle, its sidecar parts)

    def add(self, article_id: str, turtle_data: bytes, lines: list[bytes]) -> None:
        self._held.append((article_id, turtle_data, _sidecar_parts(article_id, lines, self.whole)))
        if len(self._held) >= self.ROWS_A_BATCH:
            self.flush()

    def flush(self) -> None:
        from partykg.report import article_rows  # (partykg.report reads the sidecars through this module)

        held, self._held = self._held, []
        if not held:
            return
        try:
            rows = article_rows([(aid, parts.local) for aid, _, parts in held])
        except Exception as exc:  # the report asks them itself: the articles stand
            logging.getLogger(__name__).warning("the report's rows of %d articles not asked: %s", len(held), exc)
            rows = {}
        for aid, turtle_data, parts in held:
            try:  # not fsynced: a sidecar a crash damaged fails its digest and is rebuilt (_article_nquads)
                side = _sidecar_bytes(aid, turtle_data, parts, rows.get(aid))
                atomic_write(self.output_dir / sidecar_path(aid), side, durable=False)
            except OSError:
                pass  # (a missing sidecar is rebuilt from the Turtle by its reader)


class _Header(NamedTuple):
    """The first line of a sidecar (NQUADS_DIR): the sizes of the report's three parts (the third None:
    not in it, as its rows are), of its rows and of its type lines (None: not in it), its quad count,
    the size of the rest of its quads (None: not in it, all_quads) and the report's rule key."""
    sizes: tuple[int, int, int | None]
    rows: int | None
    types: int | None
    quads: int
    rest: int | None
    key: bytes

    @property
    def head(self) -> int:
        """The bytes before the N-Quads: the rows, then the type lines."""
        return (self.rows or 0) + (self.types or 0)


class _Opened(NamedTuple):
    """A sidecar whose header was read (_open_sidecar): the rest is decompressed on demand."""
    header: _Header
    unzip: zlib._Decompress
    data: bytes  # what was decompressed past the header line
    raw_left: bytes  # what is still compressed

    def first(self, size: int) -> bytes | None:
        """The first `size` bytes past the header line, decompressing no more; None when it is shorter."""
        try:
            more = self.unzip.decompress(self.raw_left, max(size - len(self.data), 1))
        except zlib.error:
            return None
        data = (self.data + more)[:size]
        return data if len(data) == size else None

    def whole(self) -> bytes | None:
        """Everything past the header line; None when the stream does not end whole."""
        try:
            data = self.data + self.unzip.decompress(self.raw_left) + self.unzip.flush()
        except zlib.error:
            return None
        return data if self.unzip.eof else None


def _open_sidecar(output_dir: Path, article_id: str, turtle_data: bytes) -> _Opened | None:
    """The article's sidecar, its header read, when it was written from these Turtle bytes; None
    when it is missing, stale, damaged or of another layout (its reader rebuilds it)."""
    try:
        raw = (output_dir / sidecar_path(article_id)).read_bytes()
        unzip = zlib.decompressobj(wbits=31)  # (31: a gzip stream)
        first, _, data = unzip.decompress(raw, 200).partition(b"\n")
    except (OSError, zlib.error):
        return None
    fields = first.split(b" ")
    if (fields[:2] != [b"#", b"sha256"] or len(fields) != 11
            or not all(f.isdigit() for f in fields[3:5] + fields[8:9])
            or not all(f == b"-" or f.isdigit() for f in fields[5:8] + fields[9:10])):
        return None
    if fields[2] != hashlib.sha256(turtle_data).hexdigest().encode():
        return None
    store_only, both = (int(f) for f in fields[3:5])
    local_only, rows, types, rest = (None if f == b"-" else int(f) for f in fields[5:8] + fields[9:10])
    header = _Header((store_only, both, local_only), rows, types, int(fields[8]), rest, fields[10])
    return _Opened(header, unzip, data, unzip.unconsumed_tail)


def _sidecar_report(output_dir: Path, article_id: str, turtle_data: bytes) -> ReportPart | None:
    """What the report reads of the article, from its sidecar (_open_sidecar) when the report's rule
    wrote it: its rows and its store's part, or without rows its store's and its per-article queries'
    parts; decompressing no more."""
    opened = _open_sidecar(output_dir, article_id, turtle_data)
    if opened is None or opened.header.key != _report_reads()[3].encode():  # another rule's parts: rebuilt
        return None
    size = _report_size(opened.header)
    data = opened.first(size) if size is not None else None
    return None if data is None else _report_part(opened.header, data)


def _report_size(h: _Header) -> int | None:
    """The bytes past a sidecar's header line that hold what the report reads (_sidecar_report);
    None when they are not all there."""
    store_only, both, local_only = h.sizes
    local = local_only if h.rows is None else 0  # (a sidecar with the rows need not hold that part)
    return None if local is None else h.head + store_only + both + local


def _report_part(h: _Header, data: bytes) -> ReportPart:
    """What the report reads of the article, from the start of its sidecar past the header line
    (at least _report_size(h) bytes of it)."""
    store_only, both, local_only = h.sizes
    parts = data[h.head:]
    if h.rows is not None:
        return ReportPart(parts[:store_only + both], b"", data[:h.rows])
    return ReportPart(parts[:store_only + both], parts[store_only:store_only + both + (local_only or 0)])


def _sidecar_types(output_dir: Path, article_id: str, turtle_data: bytes) -> tuple[bytes, int] | None:
    """The article's rdf:type lines and its quad count, from its sidecar (_open_sidecar), when it
    holds them (not when a blank node may be there: _sidecar_bytes)."""
    opened = _open_sidecar(output_dir, article_id, turtle_data)
    if opened is None or opened.header.types is None:
        return None
    data = opened.first(opened.header.head)
    return (data[opened.header.rows or 0:], opened.header.quads) if data is not None else None


def _article_nquads(output_dir: Path, article_id: str, turtle_data: bytes) -> bytes:
    """The article's N-Quads (the report's parts first): its sidecar file when that was written
    from these Turtle bytes with every quad, else (a missing or stale sidecar, one of an older
    version, one without the rest: all_quads) the Turtle parsed again, and the sidecar written anew
    with every quad for the next reader (the report, the next merge; the rows it held are kept)."""
    opened = _open_sidecar(output_dir, article_id, turtle_data)
    data = opened.whole() if opened is not None else None
    rows = None
    if opened is not None and data is not None:
        h = opened.header
        if h.rest is not None:
            return data[h.head:]
        if h.rows is not None and h.key == _report_reads()[3].encode():  # (rows of the report's rule now)
            rows = data[:h.rows]
    path = output_dir / ARTICLE_DIR / f"{article_id}.ttl"
    parts = _sidecar_parts(article_id, _ordered(_parse_named(turtle_data, path))[0])
    atomic_write(output_dir / sidecar_path(article_id), _sidecar_bytes(article_id, turtle_data, parts, rows),
                 durable=False)
    return parts.quads


class ReportPart(NamedTuple):
    """What the report reads of an article, as N-Quads in its graph (report_parts): what its store's
    queries read (`store`) and what its per-article queries read (`local`); or, instead of `local`
    (then empty), those queries' rows of the article (`rows`: report.article_rows), when a run's
    worker asked them."""
    store: bytes
    local: bytes
    rows: bytes | None = None


def report_nquads(output_dir: Path, article_id: str, turtle_data: bytes) -> ReportPart:
    """What the report's queries read of the article: from its sidecar, or (a missing or stale
    sidecar) from the Turtle parsed again (SyntaxError when it does not parse)."""
    found = _sidecar_report(output_dir, article_id, turtle_data)
    if found is not None:
        return found
    only_store, both, only_local = (_nquads(article_id, part) for part in
                                    report_parts(_ordered(parse(turtle_data, format=RdfFormat.TURTLE))[0]))
    return ReportPart(only_store + both, both + only_local)


def _nt(term: NamedNode) -> bytes:
    return f"<{term.value}>".encode()


@cache
def _report_reads() -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes], str]:
    """report.report_reads as N-Triples terms: the IRIs the report's store queries name, those its
    per-article queries name, the measures charted, and the rule's key."""
    from partykg.report import report_reads  # (partykg.report reads the sidecars through this module)
    store, local, charted, key = report_reads()

    def terms(iris: frozenset[str]) -> frozenset[bytes]:
        return frozenset(f"<{iri}>".encode() for iri in iris)
    return terms(store), terms(local), terms(charted), key


_TYPE, _EVIDENCE, _SENTENCE = _nt(RDF.type), _nt(PKG.evidence), _nt(PKG.sentence)
_MEASURE, _STATISTIC = _nt(PKG.measure), _nt(PKG.MembershipStatistic)
_MEMBERSHIP = f"<{PREFIXES['org']}Membership>".encode()  # a post: post-sentences.rq follows its evidence
_PROVENANCE = {_nt(PKG.Evidence), _nt(PKG.Sentence)}


def report_parts(lines: list[bytes]) -> tuple[list[bytes], list[bytes], list[bytes]]:
    """Of an article's N-Triples lines (`<s> <p> <o> .`), those the report's queries can match
    (answers unchanged, tested), in their order: those only its store's queries can, those both its
    store's and its per-article queries can, those only its per-article queries can (report.LOCAL).
    A query can match a line whose predicate it names (for rdf:type, whose class too); the store
    reads no provenance; the per-article queries read no statistic of a measure the report does not
    chart, and of the provenance only the path from a post or a charted statistic along
    pkg:evidence/pkg:sentence to the sentence (about 70% of an article's triples go)."""
    store_only, both, local_only, _rest, _types = _classified(lines)
    return store_only, both, local_only


def _classified(lines: list[bytes]) -> tuple[list[bytes], list[bytes], list[bytes], list[bytes], list[bytes]]:
    """report_parts's three parts, the lines in none of them, and the rdf:type lines of the four in
    that order: one pass over the lines for all the sidecar's blocks (_sidecar_parts)."""
    store_iris, local_iris, charted, _ = _report_reads()
    spo = [line.split(b" ", 2) for line in lines]  # [s, p, o + " ."]: o cut only where it is looked at
    statistics, followed, provenance = set(), set(), set()
    cites, in_sentence = [], []  # (s, o + " .") of pkg:evidence, of pkg:sentence
    for s, p, o in spo:
        if p == _TYPE:
            o = o[:-2]
            if o == _STATISTIC:
                statistics.add(s)
            elif o == _MEMBERSHIP:
                followed.add(s)
            elif o in _PROVENANCE:
                provenance.add(s)
        elif p == _EVIDENCE:
            cites.append((s, o))
        elif p == _SENTENCE:
            in_sentence.append((s, o))
        elif p == _MEASURE and o[:-2] in charted:
            followed.add(s)
    evidence = {o[:-2] for s, o in cites if s in followed}
    sentences = {o[:-2] for s, o in in_sentence if s in evidence}
    parts: tuple[list[bytes], ...] = ([], [], [], [])  # store only, both, local only, neither
    types: tuple[list[bytes], ...] = ([], [], [], [])
    for line, (s, p, o) in zip(lines, spo):
        if p == _TYPE:
            o = o[:-2]
            store = p in store_iris and o in store_iris and s not in provenance
            local = (p in local_iris and o in local_iris
                     and (s in followed if s in statistics else s not in provenance or s in sentences))
        else:
            store = p in store_iris and s not in provenance
            local = (p in local_iris
                     and (s in followed if s in statistics or p == _EVIDENCE
                          else s not in provenance or s in sentences or (s in evidence and p == _SENTENCE)))
        k = (1 if local else 0) if store else (2 if local else 3)
        parts[k].append(line)
        if p == _TYPE and o[:1] == b"<":  # (a class: an IRI)
            types[k].append(line)
    return parts[0], parts[1], parts[2], parts[3], [*types[0], *types[1], *types[2], *types[3]]


def _parse_named(data: bytes, path: Path) -> list[Triple]:
    """Parse a file written by this module; blank nodes would merge across articles in the merged files."""
    try:
        triples = list(parse(data, format=RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise ValueError(f"{path}: not valid Turtle: {exc}") from exc
    if any(isinstance(term, BlankNode) for t in triples for term in (t.subject, t.object)):
        raise ValueError(f"{path}: holds blank nodes; the merged files need every node to be an IRI")
    return triples


def _body(data: bytes, header: bytes, prefixes: dict[str, str], path: Path) -> bytes:
    """The statements of a Turtle file written by `turtle(..., prefixes)`: what follows its
    @prefix header (re-serialized if it was written with other prefixes)."""
    if not data.startswith(header):
        data = turtle(_parse_named(data, path), prefixes)
    body = data[len(header):]
    return body if not body or body.endswith(b"\n") else body + b"\n"


class _AtomicFile:
    """A file written in a temporary beside `path` and moved there (fsynced) only when complete."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)

    def write(self, data: bytes) -> None:
        with naming(self.path):
            self.fh.write(data)

    def commit(self) -> None:
        with naming(self.path):
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
        os.chmod(self.tmp, 0o644)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        try:
            self.fh.close()  # flushes what is buffered: fails again on a full disk
        except OSError:
            pass  # the error that made us discard is the one to report
        Path(self.tmp).unlink(missing_ok=True)


class ReportFeed(Protocol):
    """What takes each article the merge reads (report.GrowingReport): its Turtle file's path, (size,
    mtime_ns) and bytes, and what the report reads of it from the sidecar the merge opened (None when
    the sidecar could not give it)."""

    def take(self, path: Path, stat: tuple[int, int], data: bytes, part: ReportPart | None) -> None: ...

    def fed_all(self) -> None:
        """Every article was handed over."""


class _MergeReads(NamedTuple):
    """An article's sidecar as the merge and the report read it, opened and decompressed once."""
    typed: tuple[bytes, int] | None = None  # its rdf:type lines and quad count (_sidecar_types)
    quads: bytes | None = None  # all its N-Quads, when asked (_sidecar_quads)
    report: ReportPart | None = None  # when asked (_sidecar_report)


def _merge_reads(output_dir: Path, article_id: str, turtle_data: bytes, whole: bool, report: bool) -> _MergeReads:
    """What the merge reads of an article's sidecar (its type lines, or with `whole` all its N-Quads)
    and, with `report`, what the report reads of it: one open, one digest of the Turtle, one
    decompression (up to the larger of the two) for both."""
    opened = _open_sidecar(output_dir, article_id, turtle_data)
    if opened is None:
        return _MergeReads()
    h = opened.header
    report_size = _report_size(h) if h.key == _report_reads()[3].encode() else None  # (another rule's
    report = report and report_size is not None  # parts, or not all of them: the report rebuilds them)
    if whole:
        data = opened.whole()
    else:
        size = max(h.head if h.types is not None else 0, (report_size or 0) if report else 0)
        data = opened.first(size) if size else None
    if data is None:
        return _MergeReads()
    return _MergeReads(typed=(data[h.rows or 0:h.head], h.quads) if h.types is not None else None,
                       # (a sidecar without the rest of the quads: rebuilt by _article_nquads)
                       quads=data[h.head:] if whole and h.rest is not None else None,
                       report=_report_part(h, data) if report else None)


def write_merged(output_dir: Path, published: list[str], reported: list[str],
                 sources: Mapping[str, str] | None = None,
                 formats: Iterable[str] = DEFAULT_FORMATS, report: ReportFeed | None = None) -> int:
    """Rebuild the merged files from the per-article files; return the published triple count.

    `published`: ids with articles/<id>.ttl; `reported`: ids with a kept SHACL
    report (keeps_report); `formats`: the merged forms to write (MERGED_FORMS; a form not asked
    for that an earlier run wrote is removed, as it would no longer match). The
    files are streamed, one article at a time in sorted id order,
    so memory stays flat whatever the size of the corpus and unchanged
    articles are never re-extracted:
      partykg.ttl   one @prefix header, then each article's statements as in its file;
      partykg.trig  the header, then `<pkr:graph/id> { statements }` per article;
      partykg.nq    each article's N-Quads, sorted (NQUADS_DIR, written with the article);
      validation.ttl the header, then each article's report statements (write_validation).
    A triple stated by several articles (a shared organization's label, say)
    is repeated in partykg.ttl, once per article: the same RDF graph (a graph
    is a set; every parser merges them), 5-7% more bytes on generated
    corpora, and no corpus-wide set to hold. The count returned is the number of quads in the N-Quads:
    each article's distinct triples, summed over the articles.
    With `sources` ({article id: its source file, relative to the input}), void.ttl too: the
    dataset's description (partykg.void), its class counts taken from the same N-Quads.
    With `report`, each article read is handed to it too, with what the report reads of its sidecar
    (opened once for both: _merge_reads), and it is told when the last one was (before the merged files
    are synced and validation.ttl and void.ttl written, which its queries need not wait for).
    """
    from partykg.void import ClassCounter, write_void

    output_dir = Path(output_dir)
    for stale in (output_dir / ".partykg").glob("merge-*"):  # left by a killed merge of an older version
        shutil.rmtree(stale, ignore_errors=True)
    formats = check_formats(formats)
    header = prefix_header(PREFIXES)
    files = {f: _AtomicFile(output_dir / MERGED_FORMS[f]) for f in formats}
    ttl, nq, trig = (files.get(f) for f in MERGED_FORMS)
    count = 0
    classes = ClassCounter()
    try:
        if published:
            for f in (ttl, trig):
                if f:
                    f.write(header)
        for aid in sorted(published):
            path = output_dir / ARTICLE_DIR / f"{aid}.ttl"
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                data = fh.read()
            reads = _merge_reads(output_dir, aid, data, whole=nq is not None, report=report is not None)
            if report is not None:
                report.take(path, (st.st_size, st.st_mtime_ns), data, reads.report)
            # without partykg.nq, what void.ttl counts (its sidecar's type lines) is all it reads of the N-Quads
            typed = None if nq else reads.typed
            quads = (typed[0] if typed else reads.quads if reads.quads is not None
                     else _article_nquads(output_dir, aid, data))  # (a missing or stale sidecar: rebuilt)
            if b"_:" in quads:  # a blank node, or just "_:" inside a literal: look closer
                _parse_named(data, path)
            if ttl or trig:
                body = _body(data, header, PREFIXES, path)
                if ttl:
                    ttl.write(body)
                if trig:
                    trig.write(f"{_graph_term(aid)} {{\n".encode() + body + b"}\n")
            if nq:  # sorted like the Turtle (in the sidecar the report's part comes first)
                nq.write(b"".join(sorted(line + b"\n" for line in quads.split(b"\n")[:-1])))
            count += typed[1] if typed else quads.count(b"\n")
            if sources is not None:
                classes.add(quads)
        if report is not None:  # every article handed over: the report's queries go on beside the rest
            report.fed_all()
        for f in files.values():
            f.commit()
    except BaseException:
        for f in files.values():
            f.discard()
        raise
    for form, name in MERGED_FORMS.items():
        if form not in formats:
            (output_dir / name).unlink(missing_ok=True)
    write_validation(output_dir, published, reported)
    if sources is not None:
        write_void(output_dir, count, classes, [sources[aid] for aid in published if aid in sources],
                   [MERGED_FORMS[f] for f in formats])
    return count


def write_validation(output_dir: Path, published: list[str], reported: list[str]) -> None:
    """validation.ttl: the SHACL report of every article, streamed in sorted article-id order:
    the kept reports (`reported`, REPORT_DIR) and, for a published article without one, the
    report of a graph without findings (keeps_report)."""
    from partykg.validate import report_triples

    header = prefix_header(PREFIXES_SH)
    kept = set(reported)
    out = _AtomicFile(Path(output_dir) / VALIDATION_FILE)
    try:
        for aid in sorted(kept.union(published)):
            path = Path(output_dir) / REPORT_DIR / f"{aid}.ttl"
            if aid not in kept:
                body = turtle(report_triples([], aid), PREFIXES_SH)[len(header):]
            elif path.is_file():
                body = _body(path.read_bytes(), header, PREFIXES_SH, path)
            else:
                continue
            if body and not out.fh.tell():
                out.write(header)
            out.write(body)
        out.commit()
    except BaseException:
        out.discard()
        raise


def write_run(output_dir: Path, started: datetime, inputs: list[tuple[str, str]], published: list[str]) -> None:
    """run.ttl: the provenance of this run (inputs: (article id, checksum) of the articles in the output)."""
    used = [_Used(aid, checksum) for aid, checksum in inputs]
    atomic_write(Path(output_dir) / RUN_FILE, turtle(run_triples(used, started, _now(), sorted(published))))


def write_outputs(results: list[ArticleResult], output_dir: Path,
                  started: datetime | None = None, formats: Iterable[str] = DEFAULT_FORMATS) -> dict:
    """Write the output files (module docstring) for one complete set of results; return a summary.

    An article whose graph has a SHACL violation is quarantined: its graph and
    report go to quarantine/, not into the published files. (Incremental runs
    write the same files through write_article/write_merged/write_run.)
    """
    started = started or _now()
    output_dir = Path(output_dir)
    done = sorted((r for r in results if r.error is None), key=_article_id)
    ok = [r for r in done if r.conforms]
    held = [r for r in done if not r.conforms]
    _write_owned(done, output_dir, formats)
    triples = write_merged(output_dir, [_article_id(r) for r in ok], [_article_id(r) for r in done if keeps_report(r)],
                           sources={_article_id(r): Path(r.source).name for r in ok}, formats=formats)
    atomic_write(output_dir / RUN_FILE,
                 turtle(run_triples(results, started, _now(), [_article_id(r) for r in ok])))
    return {
        "articles": len(ok),
        "failed": {r.source: r.error for r in results if r.error},
        "nonconforming": [_article_id(r) for r in held],
        "quarantined": {_article_id(r): r.violations for r in held},
        "warnings": sum(r.warnings for r in done),
        "triples": triples,
    }


def _write_owned(done: list[ArticleResult], output_dir: Path, formats: Iterable[str]) -> None:
    """Write the articles, recording them in the output's manifest; delete the files of an earlier
    set that the manifest says partykg wrote (files of two runs would mix), and nothing else."""
    from partykg.state import FileJob, Manifest, pipeline_version  # state imports this module

    with Manifest(output_dir) as manifest:
        manifest.remove_articles(set(manifest.article_ids()) - {_article_id(r) for r in done})
        for r in done:
            row = {"article_id": _article_id(r), "checksum": r.checksum or "",
                   "outputs": write_article(r, output_dir, formats=formats)}
            # complete=False: no input file is recorded, so an incremental run into this output reads them all
            manifest.record_file(FileJob(r.source, 0, 0, ""), pipeline_version(), [row], complete=False)
