"""The committed seed report (output/report.html) in a real browser: Debian's chromium driven by
Playwright (its own browsers are never downloaded). Each section shows the figures that SPARQL
gives over the seed graph (queried here, apart from the report's code), the search boxes and the
tree work, and the console stays clean.

Skipped when no chromium is installed, unless CI is set (CI installs it: .ci/run).
PARTYKG_REPORT_SCREENSHOT=docs/report.png also saves the screenshot the README shows."""
import os
import shutil

import pytest
from pyoxigraph import RdfFormat, Store

from partykg.emit import graph_name
from partykg.store import run_query, solutions_to_rows

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    if os.environ.get("CI"):
        raise RuntimeError("CI is set but no chromium is installed (.ci/run installs Debian's chromium)")
    pytest.skip("no chromium on this machine (apt-get install chromium); CI runs this test",
                allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

REPORT = ROOT / "output" / "report.html"


def select(store: Store, sparql: str) -> list[dict]:
    names, rows = solutions_to_rows(run_query(store, sparql))
    return [dict(zip(names, row)) for row in rows]


@pytest.fixture(scope="module")
def graph() -> Store:
    store = Store()  # the committed seed output, one named graph per article as the store holds it
    for path in sorted((ROOT / "output" / "articles").glob("*.ttl")):
        store.load(path=str(path), format=RdfFormat.TURTLE, to_graph=graph_name(path.stem))
    return store


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 1500})
        problems: list[str] = []
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in
                ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.on("request", lambda r: problems.append(f"request: {r.url}") if not r.url.startswith("file:") else None)
        page.goto(REPORT.as_uri())
        page.wait_for_load_state("load")
        shot = os.environ.get("PARTYKG_REPORT_SCREENSHOT")
        if shot:
            page.screenshot(path=str(ROOT / shot), full_page=True, clip={"x": 0, "y": 0, "width": 1200, "height": 2300})
        yield page
        assert problems == [], problems  # console errors, script errors, any request off the disk
        browser.close()


def visible_rows(page: Page, table: str) -> int:
    return page.locator(f"#{table} tbody tr:visible").count()


def test_overview_shows_the_graphs_figures(page, graph):
    articles = select(graph, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[0]["n"]
    expect(page.locator("#figure-articles b")).to_have_text(articles)
    triples = select(graph, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    expect(page.locator("#figure-triples b")).to_have_text(triples)
    expect(page.locator("#figure-failed b")).to_have_text("0")  # make run: every seed was read
    persons = select(graph, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person }")[0]["n"]
    expect(page.locator("#classes tr", has_text="foaf:Person").locator("td").nth(1)).to_have_text(persons)


def test_admissions_chart_and_table(page, graph):
    figures = select(graph, """SELECT ?s ?a WHERE { ?s pkg:measure pkg:NewMembers ;
                                    prov:wasDerivedFrom ?a }""")
    assert visible_rows(page, "table-NewMembers") == len(figures)
    points = page.locator("#chart-NewMembers svg a")
    assert points.count() > 0
    href = points.first.get_attribute("xlink:href") or points.first.get_attribute("href")
    points.first.dispatch_event("click")  # (points of one year may overlap: no click by position)
    assert page.url.endswith(href)
    row = page.locator(f"tr{href}")
    expect(row).to_be_visible()
    expect(row.locator("a")).to_have_attribute("href", "#article-" + row.locator("a").inner_text())
    assert row.locator("td.sentence").inner_text().strip()


def test_hierarchy_is_a_collapsible_outline(page, graph):
    orgs = select(graph, """SELECT DISTINCT ?label WHERE { ?o org:subOrganizationOf ?p ; skos:prefLabel ?label }""")
    tree = page.locator("#tree")
    for row in orgs:
        expect(tree.get_by_text(row["label"], exact=True).first).to_be_attached()
    parent = tree.locator("details").first
    child = parent.locator("ul > li").first
    expect(child).to_be_visible()
    parent.locator("> summary").click()
    expect(child).to_be_hidden()
    parent.locator("> summary").click()
    expect(child).to_be_visible()


def test_people_and_posts_search(page, graph):
    said = select(graph, """SELECT DISTINCT ?m ?st WHERE { ?m a org:Membership ; pkg:evidence/pkg:sentence ?st }""")
    assert visible_rows(page, "table-posts") == len(said)
    name = select(graph, """SELECT ?name WHERE { ?m org:member/foaf:name ?name } ORDER BY ?name LIMIT 1""")[0]["name"]
    his = select(graph, f"""SELECT DISTINCT ?m ?st WHERE {{ ?m org:member/foaf:name "{name}"@vi ;
                                                       pkg:evidence/pkg:sentence ?st }}""")
    box = page.locator('input[data-table="table-posts"]')
    box.fill(name.lower())
    assert visible_rows(page, "table-posts") == len(his)
    expect(page.locator("#table-posts-count")).to_have_text(f"{len(his)} of {len(said)} rows")
    box.fill("")
    assert visible_rows(page, "table-posts") == len(said)


def test_documents_most_cited_first(page, graph):
    top = select(graph, """SELECT ?id (COUNT(DISTINCT ?a) AS ?n)
                           WHERE { ?a schema:mentions ?d . ?d dcterms:identifier ?id }
                           GROUP BY ?id ORDER BY DESC(?n) ?id LIMIT 1""")[0]
    first = page.locator("#table-documents tbody tr").first.locator("td")
    expect(first.nth(0)).to_have_text(top["id"])
    expect(first.nth(4)).to_have_text(top["n"])


def test_places_by_province_with_codes(page, graph):
    units = select(graph, "SELECT DISTINCT ?l ?code WHERE { ?l a pkg:AdministrativeUnit ; pkg:adminCode ?code }")
    assert visible_rows(page, "table-places") == len(units)
    codes = set(page.locator("#table-places tbody td:nth-child(5)").all_inner_texts())
    assert codes == {u["code"] for u in units}
