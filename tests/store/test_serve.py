"""`partykg serve` as a real server (a subprocess on a free loopback port), probed with plain HTTP."""
import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from pyoxigraph import RdfFormat, parse
from typer.testing import CliRunner

from partykg.cli import app
from partykg.emit import graph_name

from conftest import ROOT
from storekit import QUERIES, http_count, http_select, server_on_free_port

TOKEN = "test-token-0123456789"
runner = CliRunner()


@pytest.fixture
def out(tmp_path):
    """A copy of the committed seed output, without a store yet."""
    shutil.copytree(ROOT / "output" / "articles", tmp_path / "out" / "articles")
    return tmp_path / "out"


@contextmanager
def served(out: Path, *args: str, token: str | None = None):
    """`partykg serve --output OUT ARGS` on 127.0.0.1 and a free port; yields its base URL; always stopped."""
    env = dict(os.environ)
    env.pop("PARTYKG_SERVE_TOKEN", None)
    if token:
        env["PARTYKG_SERVE_TOKEN"] = token
    exe = Path(sys.executable).parent / "partykg"
    with server_on_free_port(lambda port: [str(exe), "serve", "--output", str(out),
                                           "--bind", f"127.0.0.1:{port}", *args], env=env) as url:
        yield url


def triples(turtle: bytes) -> set:
    return {q.triple for q in parse(turtle, format=RdfFormat.TURTLE)}


def test_queries_work_over_the_sparql_protocol(out):
    with served(out) as base:
        page = httpx.get(base + "/", timeout=10)  # the browser query page
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        # POST form, with the union default graph: the competency queries run as written
        got = http_select(base, (QUERIES / "documents-by-count.rq").read_text(encoding="utf-8"))
        assert "05-CT/TW" in {r.get("identifier") for r in got}
        ask = "ASK { ?d dcterms:identifier '05-CT/TW' }"  # predeclared prefix
        by_get = httpx.get(base + "/query", params={"query": ask},
                           headers={"Accept": "application/sparql-results+json"}, timeout=10)
        assert by_get.status_code == 200 and by_get.json()["boolean"] is True
        direct = httpx.post(base + "/query", content="SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                            headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
                            timeout=10)
        assert direct.status_code == 200 and direct.text.split()[0] == "n" and int(direct.text.split()[1]) > 0
        article = sorted((out / "articles").glob("*.ttl"))[0]  # Graph Store Protocol GET
        graph = httpx.get(base + "/store", params={"graph": graph_name(article.stem).value}, timeout=10)
        assert graph.status_code == 200 and triples(graph.content) == triples(article.read_bytes())
        assert httpx.get(base + "/store", params={"graph": "not an IRI"}, timeout=10).status_code == 400
        update_as_query = httpx.post(base + "/query", data={"query": "DROP ALL"}, timeout=10)
        assert update_as_query.status_code == 403 and "updates are not allowed here" in update_as_query.text


def test_a_cross_origin_form_post_of_drop_all_is_refused_and_the_store_kept(out):
    with served(out, "--writable", token=TOKEN) as base:
        before = http_count(base)
        attacks = [{"Origin": "http://evil.example"},  # what a browser sends with a form post
                   {"Sec-Fetch-Site": "cross-site"},
                   {"Origin": "null"}]  # a sandboxed page
        for headers in attacks:
            # even with the token (a page cannot have it): the origin decides first
            resp = httpx.post(base + "/update", data={"update": "DROP ALL"}, timeout=10,
                              headers={**headers, "Authorization": f"Bearer {TOKEN}"})
            assert resp.status_code == 403 and "another" in resp.text, headers
        assert http_count(base) == before > 0


def test_service_and_load_are_refused_unless_their_host_is_allowed(out):
    with served(out, "--writable", "--allow-service", "127.0.0.1", token=TOKEN) as base:
        own = f"SELECT * WHERE {{ SERVICE <{base}/query> {{ ?s a pkg:Directive }} }}"
        allowed = httpx.post(base + "/query", data={"query": own}, timeout=30,
                             headers={"Accept": "application/sparql-results+json"})
        assert allowed.status_code == 200 and allowed.json()["results"]["bindings"]
        for query in ["SELECT * WHERE { SERVICE <http://169.254.169.254/latest/> { ?s ?p ?o } }",
                      "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE SILENT ?where { ?s ?p ?o } } }"]:
            resp = httpx.post(base + "/query", data={"query": query}, timeout=10)
            assert resp.status_code == 403 and "SERVICE" in resp.text, query
        load = httpx.post(base + "/update", data={"update": "LOAD <http://example.org/x.ttl>"},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        assert load.status_code == 403 and "LOAD <http://example.org/x.ttl>" in load.text
    with served(out) as base:  # no allow-list: even the server itself is refused
        own = f"SELECT * WHERE {{ SERVICE <{base}/query> {{ ?s ?p ?o }} }}"
        resp = httpx.post(base + "/query", data={"query": own}, timeout=10)
        assert resp.status_code == 403 and "--allow-service" in resp.text


def test_writes_need_writable_and_the_token(out):
    g = "https://example.org/mine"
    body = "<https://example.org/s> <https://example.org/p> 'o' ."
    turtle = {"Content-Type": "text/turtle"}
    with served(out) as base:  # read-only by default, token or not
        before = http_count(base)
        resp = httpx.put(base + "/store", params={"graph": g}, content=body, headers=turtle, timeout=10)
        assert resp.status_code == 403 and "read-only" in resp.text
        resp = httpx.post(base + "/update", data={"update": "DROP ALL"}, timeout=10)
        assert resp.status_code == 403
        assert http_count(base) == before
    with served(out, "--writable", token=TOKEN) as base:
        for auth in ({}, {"Authorization": "Bearer wrong-token-0123456789"}):
            resp = httpx.put(base + "/store", params={"graph": g}, content=body, headers={**turtle, **auth},
                             timeout=10)
            assert resp.status_code == 401 and resp.headers["www-authenticate"] == "Bearer"
        assert http_count(base) == before
        auth = {"Authorization": f"Bearer {TOKEN}"}
        resp = httpx.put(base + "/store", params={"graph": g}, content=body, headers={**turtle, **auth},
                         timeout=10)
        assert resp.status_code == 201
        resp = httpx.post(base + "/update", content=f"INSERT DATA {{ GRAPH <{g}> {{ <https://example.org/s> "
                                                    "<https://example.org/p> 'two' } }",
                          headers={"Content-Type": "application/sparql-update", **auth}, timeout=10)
        assert resp.status_code == 204
        assert http_count(base) == before + 2
    # the store mirrors the output: the next command that opens it notices and undoes the writes
    res = runner.invoke(app, ["query", "--output", str(out), "ASK { GRAPH ?g { ?s ?p 'two' } }"])
    assert res.exit_code == 0 and "changed outside partykg" in res.stderr and g in res.stderr
    assert res.stdout.strip() == "no"


def test_other_host_names_are_refused_on_loopback(out):
    with served(out) as base:
        resp = httpx.get(base + "/query", params={"query": "ASK {}"}, headers={"Host": "evil.example:80"},
                         timeout=10)
        assert resp.status_code == 400


def test_refusals_at_start(out):
    res = runner.invoke(app, ["serve", "--output", str(out), "--writable"], env={"PARTYKG_SERVE_TOKEN": ""})
    assert res.exit_code == 2 and "PARTYKG_SERVE_TOKEN" in res.stderr
    res = runner.invoke(app, ["serve", "--output", str(out), "--bind", "somewhere"])
    assert res.exit_code == 2 and "HOST:PORT" in res.stderr
    assert not (out / "store").exists()  # refused before anything was built
