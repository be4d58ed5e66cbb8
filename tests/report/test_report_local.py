"""The report's per-article sections (report.LOCAL): each of their queries reads one article's
graph and names its article in each row (read off the query's text), so its rows, asked of a few
articles at a time and merged, are its rows over the whole graph: checked on the seeds, on every
synthetic set and on generated articles."""
import sys

import pytest
from pyoxigraph import RdfFormat, Store, parse, serialize
from rdflib import Variable
from rdflib.namespace import DCTERMS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from partykg import emit, report
from partykg.emit import write_outputs
from partykg.package_data import QUERIES, read_text
from partykg.process import process_file
from partykg.rdf.namespaces import PREFIXES

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from quality import SETS  # noqa: E402  (the evaluation sets; "dev" lives beside the repository)

from make_corpus import make_corpus  # noqa: E402

ARTICLE = Variable("article")


def not_local(text: str) -> list[str]:
    """Why a query's rows over the union of the graphs could differ from its rows over each
    article's graph, put together (nothing when they cannot): a triple pattern outside `GRAPH ?g`,
    another graph term, rows grouped or made DISTINCT without their article (?article, bound inside
    the graph by dcterms:identifier) among the keys, a LIMIT or OFFSET."""
    query = prepareQuery(text, initNs=PREFIXES).algebra
    problems: list[str] = []
    found = {"article": False}

    def walk(node, graph) -> None:
        if isinstance(node, (list, tuple)):
            for child in node:
                walk(child, graph)
            return
        if not isinstance(node, CompValue):
            return
        if node.name == "Graph":
            if not isinstance(node.term, Variable) or graph not in (None, node.term):
                problems.append(f"GRAPH {node.term.n3()} inside GRAPH ?{graph}")
            graph = node.term
        elif node.name == "BGP":
            if graph is None:
                problems.append(f"triple patterns outside GRAPH ?g: {[[t.n3() for t in tp] for tp in node.triples]}")
            found["article"] |= any(p == DCTERMS.identifier and o == ARTICLE for _, p, o in node.triples)
        elif node.name == "Group" and graph is None and ARTICLE not in (node.expr or []):
            problems.append("rows of several graphs grouped together: ?article is no key of the GROUP BY")
        elif node.name == "Slice":
            problems.append("a LIMIT or OFFSET")
        for child in node.values():
            walk(child, graph)

    walk(query, None)
    project = query.p
    while project.name != "Project":  # under DISTINCT
        project = project.p
    if ARTICLE not in project.PV:
        problems.append("?article is not projected: the rows of two articles may be one (DISTINCT) or undistinguished")
    if not found["article"]:
        problems.append("?article is not bound by `?a dcterms:identifier ?article` inside the graph")
    return problems


def rdflib_order(text: str) -> list[str]:
    """The ORDER BY of a query as rdflib's parser reads it: its variables, if all ascending."""
    node = prepareQuery(text, initNs=PREFIXES).algebra.p
    while node.name != "OrderBy":
        node = node.p
    assert all(getattr(c, "order", None) in (None, "ASC") for c in node.expr)
    return [str(getattr(c, "expr", c)) for c in node.expr]


@pytest.mark.parametrize("name", sorted(report.LOCAL))
def test_a_local_query_reads_one_graph_and_names_the_article_of_each_row(name):
    text = read_text(QUERIES, name)
    assert name in report.REPORT_QUERIES
    assert not_local(text) == []
    assert report.order_by(text) == rdflib_order(text)


@pytest.mark.parametrize("name", report.STORE_QUERIES)
def test_the_store_queries_are_not_local(name):
    """The check finds what makes each of the other report queries read across graphs."""
    assert not_local(read_text(QUERIES, name))


def test_a_pattern_moved_out_of_the_graph_is_found():
    text = read_text(QUERIES, "post-sentences.rq")
    moved = text.replace("    OPTIONAL { ?o skos:prefLabel ?ol }\n  }", "  }\n  OPTIONAL { ?o skos:prefLabel ?ol }")
    assert moved != text
    assert any("outside GRAPH" in problem for problem in not_local(moved))
    ungrouped = read_text(QUERIES, "measure-series.rq").replace(" ?value ?article\nORDER", " ?value\nORDER")
    assert any("GROUP BY" in problem for problem in not_local(ungrouped))


def test_order_by_reads_variables_and_refuses_the_rest():
    assert report.order_by("SELECT * { ?s ?p ?o }\nORDER BY ?s asc( ?o ) # a comment\n") == ["s", "o"]
    for text in ("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o } ORDER BY ?s LIMIT 5",
                 "SELECT * { ?s ?p ?o } ORDER BY STR(?s)", "SELECT * { ?s ?p ?o } ORDER BY DESC(?s)"):
        with pytest.raises(ValueError):
            report.order_by(text)


INPUTS = {"seeds": SETS["seeds"][0],
          **{name: texts for name, (texts, _) in SETS.items() if name.startswith("synthetic")}}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, nlp) -> dict:
    """Each set's articles written as a run writes them (Turtle and sidecar), one output a set."""
    made = {}
    generated = make_corpus(24, tmp_path_factory.mktemp("generated-in"))
    for name, files in [*((name, sorted(d.glob("*.txt"))) for name, d in INPUTS.items()), ("generated", generated)]:
        out = made[name] = tmp_path_factory.mktemp(name)
        write_outputs([process_file(path, nlp) for path in files], out)
    return made


def _whole(out) -> Store:
    whole = Store()
    for path in report.article_files(out):
        whole.load(path.read_bytes(), format=RdfFormat.TURTLE, to_graph=emit.graph_name(path.stem))
    return whole


@pytest.mark.parametrize("caps", [None, 3], ids=["uncapped", "capped"])
@pytest.mark.parametrize("name", [*INPUTS, "generated"])
def test_the_merged_rows_are_the_rows_over_the_whole_graph(outputs, name, caps, monkeypatch, tmp_path):
    """Asked of two articles at a time (and cut at 3 rows, or not cut), each LOCAL section has the
    rows, in the order, and the count of its query over every article's graph at once."""
    out = outputs[name]
    monkeypatch.setattr(report, "ARTICLES_A_BATCH", 2)
    for cap in ("statistics", "posts", "articles"):
        monkeypatch.setitem(report.LIMITS, cap, caps or 10**6)
    whole = _whole(out)
    _, tables = report.load_articles(out, tmp_path / "graph")
    local = {section: asked for section, asked in report.ASKED.items() if asked[0] in report.LOCAL}
    assert tables.keys() == local.keys()
    for section, (query, cap, bindings) in local.items():
        expected = report.cookbook(whole, query, report.LIMITS[cap] if cap else None, bindings)
        assert tables[section].total == expected.total > 0, section
        assert tables[section].rows == expected.rows, section


@pytest.mark.parametrize("caps", [None, 3], ids=["uncapped", "capped"])
@pytest.mark.parametrize("name", [*INPUTS, "generated"])
def test_the_rows_asked_by_article_merge_into_the_rows_over_the_whole_graph(outputs, name, caps, monkeypatch):
    """Asked of three articles at a time, kept by article (report.article_rows, as a run's worker keeps
    them in the sidecars) and merged (cut at 3 rows, or not cut), each LOCAL section has the rows, in
    the order, and the count of its query over every article's graph at once."""
    out = outputs[name]
    monkeypatch.setattr(report.ArticleSections, "MERGE_EVERY", 2)
    for cap in ("statistics", "posts", "articles"):
        monkeypatch.setitem(report.LIMITS, cap, caps or 10**6)
    graphs = [(path.stem, emit.report_nquads(out, path.stem, path.read_bytes()).local)
              for path in report.article_files(out)]
    sections = report.ArticleSections()
    for i in range(0, len(graphs), 3):
        rows = report.article_rows(graphs[i:i + 3])
        assert rows.keys() == {aid for aid, _ in graphs[i:i + 3]}
        sections.add_rows(list(rows.values()))
    tables, whole = sections.tables(), _whole(out)
    for section, (query, cap, bindings) in report.ASKED.items():
        if query in report.LOCAL:
            expected = report.cookbook(whole, query, report.LIMITS[cap] if cap else None, bindings)
            assert tables[section].total == expected.total > 0, section
            assert tables[section].rows == expected.rows, section


def test_articles_of_one_identifier_are_left_to_the_report():
    """Two graphs that state one identifier: whose rows are whose cannot be told, so neither gets rows
    (the report asks their graphs itself); a third article gets its own."""
    def graph(article, identifier):
        trig = f"""PREFIX dcterms: <http://purl.org/dc/terms/>
<{emit.graph_name(article).value}> {{ <urn:test:{article}> a <https://schema.org/NewsArticle> ;
                                      dcterms:identifier "{identifier}" ; dcterms:title "Bài {article}" . }}"""
        return article, serialize(parse(trig.encode(), format=RdfFormat.TRIG), format=RdfFormat.N_QUADS)
    rows = report.article_rows([graph("a1", "a"), graph("a2", "a"), graph("c", "c")])
    assert list(rows) == ["c"]
    sections = report.ArticleSections()
    sections.add_rows([rows["c"]])
    assert [(row["article"], row["title"]) for row in sections.tables()["articles"].rows] == [("c", "Bài c")]


def test_ties_are_ordered_by_every_column():
    """Rows alike in the query's ORDER BY come in the order of their other columns, whatever the
    batch they came in."""
    sections = report.ArticleSections()
    for article, title in (("a2", "Bài B"), ("a1", "Bài A")):  # two articles, one identifier
        trig = f"""PREFIX dcterms: <http://purl.org/dc/terms/>
<urn:test:graph:{article}> {{ <urn:test:{article}> a <https://schema.org/NewsArticle> ;
                               dcterms:identifier "a" ; dcterms:title "{title}" . }}"""
        sections.add(serialize(parse(trig.encode(), format=RdfFormat.TRIG), format=RdfFormat.N_QUADS))
    assert [row["title"] for row in sections.tables()["articles"].rows] == ["Bài A", "Bài B"]
