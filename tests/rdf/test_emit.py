"""Output files: byte-deterministic, one named graph per article, quarantine, report, run provenance."""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdf.sample import article, extraction

import partykg.emit as emit
from partykg.emit import (
    MERGED_FORMS,
    QUARANTINE,
    RUN_FILE,
    graph_name,
    merged_files,
    sidecar_path,
    turtle,
    write_merged,
    write_outputs,
)
from partykg.model import Statistic
from partykg.process import ArticleResult
from partykg.rdf.mapping import to_triples
from partykg.validate import validate

ALL = tuple(MERGED_FORMS)  # every merged form: ttl, nq, trig
MERGED_FILES = merged_files(ALL)


def _result(article_id: str, broken: bool = False, warned: bool = False) -> ArticleResult:
    a, ex = article(article_id), extraction(article_id)
    if broken:  # a negative count: a violation
        ex.statistics.append(Statistic("Đảng bộ huyện Sông Xanh", "TotalMembers", -5))
    if warned:  # a measure the ontology does not document: a warning
        ex.statistics.append(Statistic("Đảng bộ huyện Sông Xanh", "ProbationaryMembersTransferred", 3))
    triples = to_triples(a, ex)
    v = validate(triples, name=article_id)
    return ArticleResult(source=a.source, article_id=article_id, triples=triples, conforms=v.conforms,
                         violations=v.violations, warnings=v.warnings, report=v.report,
                         checksum=a.checksum)


def _files(d):
    return {p.relative_to(d): p.read_bytes() for p in d.rglob("*") if p.is_file() and p.name != RUN_FILE}


def test_outputs_are_byte_identical_across_runs_except_run_ttl(tmp_path):
    results = [_result("t1"), _result("t2")]
    write_outputs(results, tmp_path / "a")
    write_outputs(list(reversed(results)), tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert (tmp_path / "a" / RUN_FILE).exists()


def test_an_article_processed_once_is_written_from_the_n_triples_it_was_validated_with(tmp_path):
    """process_article makes the graph's N-Triples once (ArticleResult.nt), for validation and for
    write_article: the files are those written from the triples alone."""
    from partykg.process import process_article
    from partykg.validate import ntriples

    r = process_article(article("t1"))
    assert r.error is None and r.nt == ntriples(r.triples)
    write_outputs([r], tmp_path / "a")
    r.nt = None
    write_outputs([r], tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_turtle_does_not_depend_on_the_order_or_repetition_of_the_triples():
    triples = to_triples(article("t1"), extraction("t1"))
    assert turtle(list(reversed(triples)) + triples[:7]) == turtle(triples)


def test_the_article_and_its_report_are_fsynced_before_the_rename_the_sidecar_is_not(tmp_path, monkeypatch):
    """The article's Turtle and report must survive a power loss whole; the N-Quads sidecar need not:
    a damaged one fails its digest and is rebuilt from the Turtle (the test below)."""
    synced = []

    class Recording:
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def fsync(fd):
            tmp = Path(os.readlink(f"/proc/self/fd/{fd}"))  # the temporary ".<name>.<random>.tmp"
            synced.append((tmp.parent / tmp.name[1:].rsplit(".", 2)[0]).relative_to(tmp_path).as_posix())
            os.fsync(fd)

    monkeypatch.setattr(emit, "os", Recording())
    result = _result("t1", warned=True)
    assert result.warnings  # its report is kept
    outputs = emit.write_article(result, tmp_path)
    assert sorted(synced) == sorted(rel for rel in outputs if not rel.endswith(".nq.gz"))
    assert sorted(outputs) == [".partykg/nquads/t1.nq.gz", ".partykg/reports/t1.ttl", "articles/t1.ttl"]


def test_only_a_report_with_findings_is_kept_and_validation_ttl_has_every_report(tmp_path):
    """An article without findings keeps no report file: validation.ttl makes its report again,
    the same bytes as the kept file would give."""
    plain, warned, bad = _result("t1"), _result("t2", warned=True), _result("t3", broken=True)
    assert not plain.warnings and plain.report and warned.warnings and bad.violations
    assert ".partykg/reports/t1.ttl" not in emit.write_article(plain, tmp_path / "a")
    write_outputs([plain, warned, bad], tmp_path / "a")
    assert sorted(p.name for p in (tmp_path / "a" / ".partykg" / "reports").iterdir()) == ["t2.ttl", "t3.ttl"]
    header = emit.prefix_header(emit.PREFIXES_SH)
    expected = header + b"".join(turtle(r.report, emit.PREFIXES_SH)[len(header):] for r in (plain, warned, bad))
    assert (tmp_path / "a" / "validation.ttl").read_bytes() == expected


def test_violating_article_is_quarantined_and_the_run_goes_on(tmp_path):
    summary = write_outputs([_result("good"), _result("bad", broken=True)], tmp_path)
    assert summary["articles"] == 1 and list(summary["quarantined"]) == ["bad"]
    assert (tmp_path / QUARANTINE / "bad.trig").exists()
    report = rdflib.Graph().parse(tmp_path / QUARANTINE / "bad.report.ttl")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert (None, sh.conforms, rdflib.Literal(False)) in report
    assert not (tmp_path / "articles" / "bad.ttl").exists()
    merged = (tmp_path / "partykg.ttl").read_text(encoding="utf-8")
    assert "bad" not in merged and "good" in merged
    # the run-wide report has both articles
    validation = rdflib.Graph().parse(tmp_path / "validation.ttl")
    assert len(set(validation.subjects(rdflib.RDF.type, sh.ValidationReport))) == 2


def test_a_second_run_removes_files_the_first_run_left(tmp_path):
    write_outputs([_result("old", broken=True), _result("t1")], tmp_path)
    write_outputs([_result("t1")], tmp_path)
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == ["t1.ttl"]
    assert not any((tmp_path / QUARANTINE).iterdir())


def test_dumps_have_one_named_graph_per_article_and_parse_everywhere(tmp_path):
    write_outputs([_result("t1"), _result("t2")], tmp_path, formats=ALL)
    for name, fmt, rfmt in (("partykg.nq", pyoxigraph.RdfFormat.N_QUADS, "nquads"),
                            ("partykg.trig", pyoxigraph.RdfFormat.TRIG, "trig")):
        quads = list(pyoxigraph.parse(path=str(tmp_path / name), format=fmt))
        graphs = {q.graph_name.value for q in quads}
        assert graphs == {"https://w3id.org/partykg/id/graph/t1", "https://w3id.org/partykg/id/graph/t2"}
        ds = rdflib.Dataset().parse(tmp_path / name, format=rfmt)
        rquads = list(ds.quads())
        assert len(rquads) == len(quads) and {str(c) for *_, c in rquads} == graphs
    for name in ("partykg.ttl", "validation.ttl", RUN_FILE, "articles/t1.ttl"):
        g = rdflib.Graph().parse(tmp_path / name, format="turtle")
        # (partykg.ttl repeats a triple stated by both articles: a set, it is the same graph)
        assert len(g) == len(set(pyoxigraph.parse(path=str(tmp_path / name), format=pyoxigraph.RdfFormat.TURTLE)))


def test_run_provenance_names_times_version_and_input_checksums(tmp_path):
    results = [_result("t1")]
    write_outputs(results, tmp_path)
    run = list(pyoxigraph.parse(path=str(tmp_path / RUN_FILE), format=pyoxigraph.RdfFormat.TURTLE))
    v = validate(run)
    assert v.conforms and not v.findings, v.report_text
    g = rdflib.Graph().parse(tmp_path / RUN_FILE)
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    pkg = rdflib.Namespace("https://w3id.org/partykg/ontology#")
    runs = list(g.subjects(rdflib.RDF.type, prov.Activity))
    assert len(runs) == 1
    used = list(g.objects(runs[0], prov.used))
    assert [str(g.value(u, pkg.sha256)) for u in used] == [results[0].checksum]


def _parse(path, fmt=pyoxigraph.RdfFormat.TURTLE):
    quads = list(pyoxigraph.parse(path=str(path), format=fmt))
    return [q.triple for q in quads] if fmt == pyoxigraph.RdfFormat.TURTLE else quads


def test_merged_files_hold_exactly_the_article_graphs(tmp_path):
    summary = write_outputs([_result("t1"), _result("t2"), _result("bad", broken=True)], tmp_path, formats=ALL)
    articles = {aid: set(_parse(tmp_path / "articles" / f"{aid}.ttl")) for aid in ("t1", "t2")}
    expected = {(t, graph_name(aid)) for aid, ts in articles.items() for t in ts}
    for name, fmt in (("partykg.nq", pyoxigraph.RdfFormat.N_QUADS), ("partykg.trig", pyoxigraph.RdfFormat.TRIG)):
        quads = _parse(tmp_path / name, fmt)
        assert len(quads) == len(expected)  # no quad twice
        assert {(q.triple, q.graph_name) for q in quads} == expected
    assert set(_parse(tmp_path / "partykg.ttl")) == articles["t1"] | articles["t2"]
    assert articles["t1"] & articles["t2"]  # the sample shares triples: the count below counts them twice
    assert summary["triples"] == len(expected)


@pytest.mark.parametrize("sidecar", [gzip.compress(b"# sha256 0\n"), b"not gzip", b""],
                         ids=["stale", "damaged", "empty"])
def test_merge_does_not_depend_on_the_nquads_beside_each_article(tmp_path, sidecar):
    """A missing, stale or damaged sidecar (an output written by an older version, a crash) is
    rebuilt from the Turtle, and written again as write_article wrote it."""
    write_outputs([_result("t1"), _result("t2")], tmp_path, formats=ALL)
    before = _files(tmp_path)
    (tmp_path / sidecar_path("t1")).unlink()
    (tmp_path / sidecar_path("t2")).write_bytes(sidecar)
    for name in MERGED_FILES:
        (tmp_path / name).unlink()
    assert write_merged(tmp_path, ["t1", "t2"], [], formats=ALL) > 0
    after = _files(tmp_path)
    assert all(after[Path(name)] == before[Path(name)] for name in MERGED_FILES)
    assert all(after[Path(sidecar_path(aid))] == before[Path(sidecar_path(aid))] for aid in ("t1", "t2"))


def _held(out: Path, aid: str) -> tuple[int, int]:
    """(The quads an article's sidecar holds, the article's quads)."""
    side = emit._open_sidecar(out, aid, (out / "articles" / f"{aid}.ttl").read_bytes())
    assert side is not None
    data = side.whole()
    assert data is not None
    return data[side.header.head:].count(b"\n"), side.header.quads


def test_the_sidecars_hold_every_quad_only_when_partykg_nq_is_asked_a_later_merge_asking_it_adds_them(tmp_path):
    """The rest of an article's N-Quads (what neither the report nor void.ttl reads) is written only for
    a run asked for partykg.nq (and what only the report's per-article queries read, only without their
    rows). A merge that asks for it later parses the Turtle of a sidecar without
    them and writes it again with every quad, the report's rows it held kept: the merged files of a run
    asked for partykg.nq from the start."""
    results = [_result("t1"), _result("t2")]
    triples = write_outputs(results, tmp_path / "nq", formats=ALL)["triples"]
    out = tmp_path / "out"
    write_outputs(results, out)
    without_rows = {aid: _held(out, aid)[0] for aid in ("t1", "t2")}
    sidecars = emit.Sidecars(out)  # as a run's worker writes them: with the report's rows
    for aid in ("t1", "t2"):
        data = (out / "articles" / f"{aid}.ttl").read_bytes()
        sidecars.add(aid, data, emit._ordered(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TURTLE))[0])
    sidecars.flush()
    rows = {aid: emit.report_nquads(out, aid, (out / "articles" / f"{aid}.ttl").read_bytes()).rows
            for aid in ("t1", "t2")}
    for aid in ("t1", "t2"):
        held, quads = _held(out, aid)
        assert 0 < held < quads and _held(tmp_path / "nq", aid) == (quads, quads) and rows[aid]
        assert held < without_rows[aid] < quads  # (with the rows, what only their queries read goes too)
    assert write_merged(out, ["t1", "t2"], [], formats=ALL) == triples
    assert all((out / name).read_bytes() == (tmp_path / "nq" / name).read_bytes() for name in MERGED_FILES)
    for aid in ("t1", "t2"):
        held, quads = _held(out, aid)
        assert held == quads
        assert emit.report_nquads(out, aid, (out / "articles" / f"{aid}.ttl").read_bytes()).rows == rows[aid]


def test_a_merge_without_nquads_reads_only_the_type_lines_of_the_sidecars(tmp_path, monkeypatch):
    """Without partykg.nq, void.ttl's class counts and the triple count come from each sidecar's type
    lines and header: no article's N-Quads are read whole, and the files are those of a merge that
    reads them whole (as it does a sidecar without type lines: one that may hold a blank node)."""
    triples = write_outputs([_result("t1"), _result("t2")], tmp_path)["triples"]
    whole: list[str] = []
    article_nquads = emit._article_nquads
    monkeypatch.setattr(emit, "_article_nquads",
                        lambda out, aid, data: whole.append(aid) or article_nquads(out, aid, data))
    sources = {"t1": "t1.txt", "t2": "t2.txt"}
    assert write_merged(tmp_path, ["t1", "t2"], [], sources=sources) == triples
    merged = {name: (tmp_path / name).read_bytes() for name in [*merged_files(), "void.ttl"]}
    assert whole == []
    for aid in ("t1", "t2"):
        side = tmp_path / sidecar_path(aid)
        first, _, data = gzip.decompress(side.read_bytes()).partition(b"\n")
        fields = first.split(b" ")
        assert fields[6] == b"-"  # (no rows: write_outputs asks none; then the type lines, dropped)
        data, fields[7] = data[int(fields[7]):], b"-"
        side.write_bytes(gzip.compress(b" ".join(fields) + b"\n" + data))
    assert write_merged(tmp_path, ["t1", "t2"], [], sources=sources) == triples
    assert whole == ["t1", "t2"]
    assert {name: (tmp_path / name).read_bytes() for name in merged} == merged


def test_the_type_lines_of_a_sidecar_are_its_rdf_type_triples_and_no_literal_quoting_one(tmp_path):
    """void.ttl's class counts read a sidecar's type lines: every rdf:type triple of the article, and
    nothing else, even a title that quotes an rdf:type line (a text about RDF)."""
    a, ex = article("t1"), extraction("t1")
    a.title = "Ghi chú <urn:x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:y> ."
    triples = to_triples(a, ex)
    v = validate(triples, name="t1")
    write_outputs([ArticleResult(source=a.source, article_id="t1", triples=triples, conforms=v.conforms,
                                 report=v.report, checksum=a.checksum)], tmp_path)
    data = (tmp_path / "articles" / "t1.ttl").read_bytes()
    found = emit._sidecar_types(tmp_path, "t1", data)
    assert found is not None
    typed = list(pyoxigraph.parse(found[0], format=pyoxigraph.RdfFormat.N_QUADS))
    rdf_type = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    assert sorted(map(str, typed)) == sorted(str(pyoxigraph.Quad(*t, graph_name("t1"))) for t in triples
                                             if t.predicate == rdf_type)


def test_an_article_file_with_other_prefixes_is_rewritten_into_the_merged_files(tmp_path):
    write_outputs([_result("t1"), _result("t2")], tmp_path, formats=ALL)
    before = _files(tmp_path)
    path = tmp_path / "articles" / "t2.ttl"
    # other prefixes, and the triples in another order
    path.write_bytes(pyoxigraph.serialize(sorted(_parse(path), key=lambda t: str(t.object)),
                                          format=pyoxigraph.RdfFormat.TURTLE,
                                          prefixes={"x": "https://w3id.org/partykg/"}))
    write_merged(tmp_path, ["t1", "t2"], [], formats=ALL)
    after = _files(tmp_path)
    assert all(after[Path(name)] == before[Path(name)] for name in MERGED_FILES)


def test_blank_nodes_in_an_article_stop_the_merge_with_the_file_named(tmp_path):
    write_outputs([_result("t1")], tmp_path)
    path = tmp_path / "articles" / "t1.ttl"
    path.write_bytes(path.read_bytes() + b"_:b1 <https://example.org/p> <https://example.org/o> .\n")
    with pytest.raises(ValueError, match="t1.ttl: holds blank nodes"):
        write_merged(tmp_path, ["t1"], [])
    assert not list(tmp_path.glob(".*.tmp"))  # nothing half-written left behind


def _distributions(path: Path) -> set[str]:
    dcat = "http://www.w3.org/ns/dcat#distribution"
    quads = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return {q.object.value.rsplit("/", 1)[-1] for q in quads if q.predicate.value == dcat}


def test_by_default_only_the_merged_turtle_is_written_and_void_lists_it(tmp_path):
    summary = write_outputs([_result("t1"), _result("t2")], tmp_path)
    assert (tmp_path / "partykg.ttl").exists()
    assert not (tmp_path / "partykg.nq").exists() and not (tmp_path / "partykg.trig").exists()
    assert _distributions(tmp_path / "void.ttl") == {"partykg.ttl"}
    # the triple count does not depend on which forms were written
    assert summary["triples"] == write_outputs([_result("t1"), _result("t2")], tmp_path / "all", formats=ALL)["triples"]
    assert _distributions(tmp_path / "all" / "void.ttl") == {"partykg.ttl", "partykg.nq", "partykg.trig"}


def test_a_form_no_longer_asked_for_is_removed_and_the_others_stay_byte_identical(tmp_path):
    write_outputs([_result("t1"), _result("t2")], tmp_path / "a", formats=ALL)
    write_merged(tmp_path / "a", ["t1", "t2"], [], formats=["nq"])
    write_outputs([_result("t1"), _result("t2")], tmp_path / "b", formats=ALL)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert not (tmp_path / "a" / "partykg.ttl").exists() and not (tmp_path / "a" / "partykg.trig").exists()
    assert a[Path("partykg.nq")] == b[Path("partykg.nq")]
    assert a[Path("validation.ttl")] == b[Path("validation.ttl")]


def test_an_unknown_format_is_refused_by_name(tmp_path):
    with pytest.raises(ValueError, match="unknown format rdfxml"):
        write_outputs([_result("t1")], tmp_path, formats=["ttl", "rdfxml"])
