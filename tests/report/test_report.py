"""partykg.report without a browser: what the page holds, its limits, its errors."""
import gzip
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, Store, parse
from rdflib import RDF, URIRef, Variable, paths
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from partykg import emit, report
from partykg.emit import _nquads_sidecar, _ordered, report_nquads, sidecar_path
from partykg.package_data import QUERIES, read_text
from partykg.rdf.namespaces import PREFIXES
from partykg.report import LIMITS, ReportError, Table, build_report, organization_tree, remove_report, write_report

from conftest import ROOT


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory) -> Path:
    """The committed seed output's graph files, copied (the report reads nothing else)."""
    out = tmp_path_factory.mktemp("seed")
    shutil.copytree(ROOT / "output" / "articles", out / "articles")
    for name in ("void.ttl", "validation.ttl"):
        shutil.copy(ROOT / "output" / name, out / name)
    return out


def test_same_graph_same_bytes_and_nothing_from_the_network(seed_output):
    html = build_report(seed_output, failed={})
    assert build_report(seed_output, failed={}) == html
    # nothing the browser would fetch: no src= (scripts, images), no stylesheet link, no url() but to the page
    assert not re.search(r"""\ssrc=|<link\b|url\((?!#)|@import""", html)
    assert "<dc:date>" not in html  # matplotlib's SVG metadata carries no date


def test_a_large_archive_is_queried_on_disk_with_the_same_page(seed_output, monkeypatch):
    """Past IN_MEMORY_MAX bytes of Turtle the graph goes to a temporary on-disk store in partykg's
    state folder: the same page, and the store removed after."""
    in_memory = build_report(seed_output, failed={})
    (seed_output / ".partykg").mkdir(exist_ok=True)
    monkeypatch.setattr(report, "IN_MEMORY_MAX", 0)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    stores = []
    monkeypatch.setattr(report, "Store", lambda *path: stores.append(path) or Store(*path))
    assert build_report(seed_output, failed={}) == in_memory
    assert [Path(p).parent for p, in (s for s in stores if s)] == [seed_output / ".partykg"]
    assert list((seed_output / ".partykg").iterdir()) == []


@pytest.mark.parametrize(("available", "on_disk"), [(10**12, False), (0, True)])
def test_past_the_floor_the_graph_stays_in_memory_while_the_memory_it_takes_fits(seed_output, monkeypatch,
                                                                               available, on_disk):
    """Past IN_MEMORY_MAX the graph goes to disk only when its expected memory exceeds the share of
    what the machine has available: the same page either way."""
    in_memory = build_report(seed_output, failed={})
    (seed_output / ".partykg").mkdir(exist_ok=True)
    monkeypatch.setattr(report, "IN_MEMORY_MAX", 0)
    monkeypatch.setattr(report, "available_memory", lambda: available)
    stores = []
    monkeypatch.setattr(report, "Store", lambda *path: stores.append(path) or Store(*path))
    assert build_report(seed_output, failed={}) == in_memory
    assert any(stores) == on_disk


def _whole(output: Path) -> Store:
    """Every article of the output in its named graph, as the store and `partykg query` hold them."""
    whole = Store()
    for path in report.article_files(output):
        whole.load(path.read_bytes(), format=RdfFormat.TURTLE, to_graph=emit.graph_name(path.stem))
    return whole


def test_the_report_graph_answers_what_the_page_asks_as_the_whole_graph_does(seed_output, tmp_path):
    """What the report reads of each article (emit.report_nquads) answers every question of the page
    (report.ASKED, uncapped) as the whole graph does: its store's part the questions asked of the
    store, its per-article part the LOCAL ones (asked of all the articles at once here; a few at a
    time, tests/report/test_report_local.py). Both are a small part of the graph: the store holds no
    provenance, the per-article part of the evidence only what leads a post or a charted statistic
    to its sentence, and no statistic of another measure."""
    whole, projected, local = _whole(seed_output), Store(str(tmp_path / "store")), Store()
    for path in report.article_files(seed_output):
        part = report_nquads(seed_output, path.stem, path.read_bytes())
        projected.load(part.store, format=RdfFormat.N_QUADS)
        local.load(part.local, format=RdfFormat.N_QUADS)
    for section, (name, _, bindings) in report.ASKED.items():
        asked = local if name in report.LOCAL else projected
        assert report.cookbook(asked, name, None, bindings).rows == \
            report.cookbook(whole, name, None, bindings).rows, section
    assert len(projected) < 0.2 * len(whole) and len(local) < 0.3 * len(whole)

    def count(store, pattern):
        return int(report._select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {pattern} }} }}",
                                  "q").rows[0]["n"] or 0)
    for pattern in ("?e a pkg:Evidence", "?e pkg:rule ?r", "?x a foaf:Person",
                    "?s a pkg:MembershipStatistic ; pkg:measure pkg:AdmissionTarget"):
        assert count(whole, pattern) > 0 and count(projected, pattern) == count(local, pattern) == 0, pattern
    assert count(projected, "?s pkg:text ?t") == 0 < count(local, "?s pkg:text ?t")
    other = "?s pkg:measure pkg:AdmissionTarget ; pkg:organization ?o"
    assert count(projected, "?s pkg:organization ?o") == count(whole, "?s pkg:organization ?o") > count(whole, other)


def _algebra_parts(node, triples: list, values: dict) -> None:
    """The triple patterns and the VALUES bindings (variable -> terms) of an rdflib algebra tree."""
    if isinstance(node, CompValue):
        if node.name == "BGP":
            triples += node["triples"]
        if node.name == "values":
            for row in node["res"]:
                for var, term in row.items():
                    values.setdefault(var, []).append(term)
        for child in node.values():
            _algebra_parts(child, triples, values)
    elif isinstance(node, (list, tuple)):
        for child in node:
            _algebra_parts(child, triples, values)


def _path_iris(predicate) -> list:
    """The IRIs a predicate or property path steps along (a negated path or a variable fails below)."""
    if isinstance(predicate, paths.NegatedPath) or not isinstance(predicate, paths.Path):
        return [predicate]
    if isinstance(predicate, (paths.SequencePath, paths.AlternativePath)):
        return [iri for arg in predicate.args for iri in _path_iris(arg)]
    return _path_iris(predicate.path)  # MulPath (*, +, ?), InvPath (^)


@pytest.mark.parametrize("name", report.REPORT_QUERIES)
def test_a_report_query_reads_only_predicates_and_classes_it_names(name):
    """emit.report_parts keeps the triples whose predicate (and for rdf:type, whose class) some report
    query names (report.named_iris): so no report query may use a variable predicate, a negated path
    or an open class (`?x a ?c` with ?c bound by no VALUES of named classes). Read by rdflib's parser."""
    text = read_text(QUERIES, name)
    named = {URIRef(iri) for iri in report.named_iris(text)}
    triples: list = []
    values: dict = {}
    _algebra_parts(prepareQuery(text, initNs=PREFIXES).algebra, triples, values)
    assert triples
    for _, predicate, obj in triples:
        assert all(isinstance(iri, URIRef) and iri in named for iri in _path_iris(predicate)), (predicate, named)
        if predicate == RDF.type:
            classes = values.get(obj, []) if isinstance(obj, Variable) else [obj]
            assert classes and all(isinstance(c, URIRef) and c in named for c in classes), obj


def test_named_iris_skips_strings_and_comments():
    text = """PREFIX ex: <http://example.org/> # ex:inComment
    SELECT * WHERE { ?s ex:p "ex:inString # not a comment" ; <http://example.org/q#r> ?o ; a ex:C .
    FILTER(REGEX(?o, '^.*#')) }"""
    assert report.named_iris(text) == {"http://example.org/p", "http://example.org/q#r", "http://example.org/C",
                                       "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"}


@pytest.mark.parametrize("in_memory_max", [report.IN_MEMORY_MAX, 0])  # in memory, on disk
def test_the_graph_is_read_from_the_sidecars_the_run_wrote(seed_output, tmp_path, monkeypatch, in_memory_max):
    """With each article's sidecar (written as write_article does) the report reads the report's parts
    of it, in memory as on disk, parsing no Turtle: the same page; a stale sidecar is passed over for
    the Turtle."""
    monkeypatch.setattr(report, "IN_MEMORY_MAX", in_memory_max)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    without = build_report(seed_output, failed={})
    out = tmp_path / "out"
    shutil.copytree(seed_output, out)
    files = report.article_files(out)
    for path in files:
        data = path.read_bytes()
        side = out / sidecar_path(path.stem)
        side.parent.mkdir(parents=True, exist_ok=True)
        side.write_bytes(_nquads_sidecar(path.stem, data, _ordered(parse(data, format=RdfFormat.TURTLE))[0]))
    parsed = []
    monkeypatch.setattr(emit, "parse", lambda *a, **k: parsed.append(a) or parse(*a, **k))
    assert build_report(out, failed={}) == without
    assert parsed == []
    (out / sidecar_path(files[0].stem)).write_bytes(gzip.compress(b"# sha256 0 10\n<a> <b> <c> <d> .\n"))
    assert build_report(out, failed={}) == without
    assert len(parsed) == 1
    # one of an earlier layout (one report part, its size after the digest), of these very Turtle bytes
    digest = hashlib.sha256(files[1].read_bytes()).hexdigest()
    (out / sidecar_path(files[1].stem)).write_bytes(gzip.compress(f"# sha256 {digest} 10 0123456789abcdef\n".encode()
                                                                  + b"<a> <b> <c> <d> .\n"))
    assert build_report(out, failed={}) == without
    assert len(parsed) == 3
    # one of the layout before the rows and type lines (three report parts after the digest), of these
    # very Turtle bytes
    data = files[2].read_bytes()
    parts = emit.report_parts(_ordered(parse(data, format=RdfFormat.TURTLE))[0])
    quads = [emit._nquads(files[2].stem, part) for part in parts]
    sizes = " ".join(str(len(q)) for q in quads)
    first = f"# sha256 {hashlib.sha256(data).hexdigest()} {sizes} {emit._report_reads()[3]}"
    (out / sidecar_path(files[2].stem)).write_bytes(gzip.compress(first.encode() + b"\n" + b"".join(quads)))
    assert build_report(out, failed={}) == without
    assert len(parsed) == 6  # (the three stale ones, each parsed again)


def test_the_rows_a_run_asked_are_merged_without_asking_the_articles_again(seed_output, tmp_path, monkeypatch):
    """Sidecars written as a run's worker writes them (emit.Sidecars: a few articles at a time, with
    the rows of the report's per-article queries): the report loads no article graph for those
    sections and parses no Turtle; the same page."""
    without = build_report(seed_output, failed={})
    out = tmp_path / "out"
    shutil.copytree(seed_output, out)
    monkeypatch.setattr(emit.Sidecars, "ROWS_A_BATCH", 2)
    sidecars = emit.Sidecars(out)
    for path in report.article_files(out):
        data = path.read_bytes()
        sidecars.add(path.stem, data, _ordered(parse(data, format=RdfFormat.TURTLE))[0])
    sidecars.flush()
    assert all(report_nquads(out, path.stem, path.read_bytes()).rows for path in report.article_files(out))
    asked, parsed = [], []
    add = report.ArticleSections.add
    monkeypatch.setattr(report.ArticleSections, "add", lambda self, nquads: asked.append(nquads) or add(self, nquads))
    monkeypatch.setattr(emit, "parse", lambda *a, **k: parsed.append(a) or parse(*a, **k))
    assert build_report(out, failed={}) == without
    assert not any(asked) and parsed == []


def test_failed_files_are_listed(seed_output):
    html = build_report(seed_output, failed={"bad.txt": "ingest: UnicodeDecodeError: ..."})
    assert "<code>bad.txt</code>: ingest: UnicodeDecodeError" in html
    assert "the report written by <code>partykg run</code> lists those" in build_report(seed_output)


def test_chart_points_link_to_their_rows(seed_output):
    html = build_report(seed_output, failed={})
    targets = set(re.findall(r'xlink:href="#(NewMembers-\d+)"', html))
    rows = set(re.findall(r'<tr id="(NewMembers-\d+)">', html))
    assert targets and targets <= rows


def test_tables_are_capped_and_say_so(seed_output, monkeypatch, tmp_path):
    monkeypatch.setitem(LIMITS, "posts", 2)
    monkeypatch.setitem(LIMITS, "series", 1)
    html = build_report(seed_output, failed={})
    posts = html.split('<section id="people">')[1].split("</section>")[0]
    assert posts.count("<tr><td>") == 2
    total = len(report.cookbook(_whole(seed_output), "post-sentences.rq").rows)
    assert f"the first 2 of {total} rows" in posts
    assert "Drawn: 1 of the" in html


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ReportError, match=r"void\.ttl: not found"):
        write_report(tmp_path)
    assert not (tmp_path / "report.html").exists()


def test_the_command_reports_a_missing_run_in_one_line(tmp_path):
    exe = Path(sys.executable).parent / "partykg"
    proc = subprocess.run([str(exe), "report", "-o", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'void.ttl'}: not found (run `partykg run -o {tmp_path}` first)"]


@pytest.mark.parametrize("in_memory_max", [report.IN_MEMORY_MAX, 0])  # in memory, on disk
def test_a_corrupt_graph_is_named(seed_output, tmp_path, monkeypatch, in_memory_max):
    monkeypatch.setattr(report, "IN_MEMORY_MAX", in_memory_max)
    monkeypatch.setattr(report, "MEMORY_SHARE", 0)  # (the limit: IN_MEMORY_MAX alone)
    for name in ("void.ttl", "validation.ttl"):
        shutil.copy(seed_output / name, tmp_path / name)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"x\.ttl: cannot be read"):
        build_report(tmp_path)


def _org(iri, parent=None, posts="0"):
    return {"org": iri, "organization": iri.upper(), "kind": "PartyOrganization", "parent": parent,
            "posts": posts, "statistics": None, "articles": "1"}


def test_tree_keeps_cycles_and_bodies_under_two_parents(monkeypatch):
    rows = [_org("top"), _org("a", "top", posts="2"), _org("b", "top"), _org("c", "a"), _org("c", "b"),
            _org("x", "y"), _org("y", "x")]  # x and y: a cycle, under no root
    roots, shown = organization_tree(Table("q", rows, len(rows)))
    assert [r.iri for r in roots] == ["top", "x"]
    top = roots[0]
    assert [c.iri for c in top.children] == ["a", "b"]  # the body with more facts first
    assert [c.children[0].iri for c in top.children] == ["c", "c"]
    assert [c.iri for c in roots[1].children] == ["y"] and roots[1].children[0].children == []
    assert shown == 7
    monkeypatch.setitem(LIMITS, "organizations", 3)
    assert organization_tree(Table("q", rows, len(rows)))[1] == 3


def test_run_writes_the_report_unless_told_not_to(tmp_path, prefect_server):
    """report=False (`partykg run --no-report`): no report.html, and an earlier run's is removed (it
    would describe older output); the next run, with nothing changed (no flow), writes the missing one."""
    import partykg

    from conftest import SEEDS
    seed = sorted(SEEDS.glob("*.txt"))[0]
    (tmp_path / "in").mkdir()
    shutil.copy(seed, tmp_path / "in" / seed.name)
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(ROOT / "output" / "report.html", out / "report.html")  # the report of other articles
    first = partykg.run(tmp_path / "in", out, workers=1, report=False)
    assert first["articles"] == 1 and "report" not in first
    assert (out / "partykg.ttl").is_file() and not (out / "report.html").exists()
    again = partykg.run(tmp_path / "in", out, workers=1)
    assert again["how"] == "nothing changed: no flow run" and again["report"] == str(out / "report.html")
    assert f'id="article-{seed.stem}"' in (out / "report.html").read_text(encoding="utf-8")


def test_only_partykg_s_own_report_is_removed(tmp_path):
    (tmp_path / "report.html").write_text("<!DOCTYPE html><title>my notes</title>", encoding="utf-8")
    assert remove_report(tmp_path) is None and (tmp_path / "report.html").is_file()
    shutil.copy(ROOT / "output" / "report.html", tmp_path / "report.html")
    assert remove_report(tmp_path) == tmp_path / "report.html" and not (tmp_path / "report.html").exists()
    assert remove_report(tmp_path) is None


def test_validation_figures_count_every_warning(seed_output, tmp_path, monkeypatch):
    """Conforming, quarantined (named) and warnings: from validation.ttl, all of them even when
    the table of messages is cut."""
    shutil.copytree(seed_output / "articles", tmp_path / "articles")
    shutil.copy(seed_output / "void.ttl", tmp_path / "void.ttl")
    findings = "".join(f"""
<urn:r{i}> sh:resultSeverity sh:Warning ; sh:resultMessage "message {i % 3}" .""" for i in range(7))
    (tmp_path / "validation.ttl").write_text((seed_output / "validation.ttl").read_text(encoding="utf-8") + f"""
<urn:report/q> a sh:ValidationReport ; sh:conforms false ; dcterms:subject <https://w3id.org/partykg/id/graph/q1> ;
  sh:result <urn:v> .
<urn:v> sh:resultSeverity sh:Violation ; sh:resultMessage "broken" .
<urn:report/w> a sh:ValidationReport ; sh:conforms true ; dcterms:subject <https://w3id.org/partykg/id/graph/w> .
{findings}
""", encoding="utf-8")
    monkeypatch.setitem(LIMITS, "warnings", 2)
    html = build_report(tmp_path, failed={})
    conforming = (seed_output / "validation.ttl").read_text(encoding="utf-8").count("sh:conforms true") + 1
    assert '<div class="figure" id="figure-warnings"><b>7</b>' in html
    assert '<div class="figure" id="figure-quarantined"><b>1</b>' in html
    assert f'<div class="figure" id="figure-conforming"><b>{conforming}</b>' in html
    assert "were quarantined (held back in <code>quarantine/</code>): q1." in html
    assert "the 2 most frequent of 4 messages" in html


def test_places_come_in_one_order_in_memory_and_on_disk(tmp_path):
    """Rows whose shown columns tie (one unit typed in one article and not in another, two units of
    one name and code) are ordered by every key of their group: the page does not depend on the
    store the report picked."""
    unit = "https://w3id.org/partykg/id/place/"
    trig = f"""PREFIX pkg: <https://w3id.org/partykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
<urn:test:g1> {{ <{unit}b> a pkg:AdministrativeUnit ; skos:prefLabel "xã Thử" ; pkg:adminCode "00009" ;
                 pkg:unitType "xã" . }}
<urn:test:g2> {{ <{unit}a> a pkg:AdministrativeUnit ; skos:prefLabel "xã Thử" ; pkg:adminCode "00009" ;
                 pkg:unitType "xã" . }}
<urn:test:g3> {{ <{unit}a> a pkg:AdministrativeUnit ; skos:prefLabel "xã Thử" ; pkg:adminCode "00009" . }}
"""
    answers = []
    for store in (Store(), Store(str(tmp_path / "store"))):
        store.load(trig.encode(), format=RdfFormat.TRIG)
        answers.append([(r["place"], r["unit_type"]) for r in report.cookbook(store, "places.rq").rows])
        del store
    # a before b (their IRIs), an untyped statement of a before its typed one
    assert answers[0] == answers[1] == [("xã Thử", None), ("xã Thử", "xã"), ("xã Thử", "xã")]
