"""The Graph Store Protocol client on a scripted transport: requests, retries, errors, credentials."""
import logging

import httpx
import pytest

from partykg.emit import graph_name, turtle
from partykg.load import GSPClient, GSPError, auth_from_env, load_output as _load_output, redact

from storekit import sample_graphs

ENDPOINT = "http://127.0.0.1:7878/store"


def load_output(*args, **kw):
    """One request at a time, so that scripted answers go to requests in order (the articles
    only: the ontology's PUT is tested on its own)."""
    return _load_output(*args, jobs=kw.pop("jobs", 1), ontology=kw.pop("ontology", False), **kw)


@pytest.fixture
def out(tmp_path):
    (tmp_path / "articles").mkdir()
    for aid, triples in sample_graphs().items():
        (tmp_path / "articles" / f"{aid}.ttl").write_bytes(turtle(triples))
    return tmp_path


def scripted(*statuses, seen=None):
    """A transport answering with `statuses` in turn (an exception instance is raised)."""
    answers = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append((request.method, str(request.url), dict(request.headers), request.read()))
        answer = answers.pop(0) if answers else 204
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer, text="no such dataset" if answer == 404 else "")
    return httpx.MockTransport(handler)


def client(transport, **kw) -> GSPClient:
    delays = []
    c = GSPClient(ENDPOINT, transport=transport, backoff=0.5, sleep=delays.append, **kw)
    c.delays = delays
    return c


def test_one_put_per_article_graph_with_the_file_as_body(out):
    seen = []
    report = load_output(ENDPOINT, out, client=client(scripted(seen=seen)))
    assert report.graphs == ["a1", "a2"]
    assert [m for m, *_ in seen] == ["PUT", "PUT"]
    for (method, url, headers, body), aid in zip(seen, ["a1", "a2"]):
        assert httpx.URL(url).params["graph"] == graph_name(aid).value
        assert headers["content-type"].startswith("text/turtle")
        assert body == (out / "articles" / f"{aid}.ttl").read_bytes()
        assert int(headers["content-length"]) == len(body)  # streamed from the file, length known


def test_parallel_requests_report_in_article_order(out):
    for i in range(3, 12):
        (out / "articles" / f"a{i:02d}.ttl").write_bytes((out / "articles" / "a1.ttl").read_bytes())
    seen = []
    report = load_output(ENDPOINT, out, client=client(scripted(seen=seen)), jobs=4)
    assert report.graphs == sorted(p.stem for p in (out / "articles").glob("*.ttl"))
    assert sorted(httpx.URL(u).params["graph"] for _, u, *_ in seen) == sorted(
        graph_name(a).value for a in report.graphs)


def test_retries_connection_errors_and_5xx_with_backoff(out):
    c = client(scripted(httpx.ConnectError("refused"), 503, 502, 204, 204))
    report = load_output(ENDPOINT, out, client=c)
    assert report.graphs == ["a1", "a2"] and report.retries == 3
    assert c.delays == [0.5, 1.0, 2.0]


def test_a_graph_that_gives_up_is_reported_and_the_others_load(out):
    c = client(scripted(500, 500, 500, 204), retries=2)
    report = load_output(ENDPOINT, out, client=c)
    assert report.graphs == ["a2"] and not report.ok
    assert list(report.failed) == ["a1"] and "gave up after 3 attempts: HTTP 500" in report.failed["a1"]
    assert "NOT loaded: 1" in report.summary() and report.problems()[0].startswith("not loaded: a1: ")


def test_a_graph_the_server_refuses_is_reported_with_its_answer_and_the_others_load(out):
    seen = []
    report = load_output(ENDPOINT, out, client=client(scripted(400, 204, seen=seen)))
    assert len(seen) == 2 and report.graphs == ["a2"]
    assert "HTTP 400" in report.failed["a1"] and graph_name("a1").value in report.failed["a1"]


def test_an_endpoint_that_cannot_take_any_graph_stops_the_load_and_lists_the_rest(out):
    seen = []
    report = load_output(ENDPOINT, out, client=client(scripted(404, seen=seen)), removed=["a9"])
    assert len(seen) == 1  # nothing more sent
    assert "HTTP 404" in report.failed["a1"] and "no such dataset" in report.failed["a1"]
    assert report.not_sent == ["a2"] and report.graphs == [] and "a9" in report.not_deleted
    c = client(scripted(*[httpx.ConnectError("refused")] * 4), retries=1)
    report = load_output(ENDPOINT, out, client=c)
    assert "ConnectError" in report.failed["a1"] and report.not_sent == ["a2"]


def test_bearer_and_basic_credentials_from_the_environment_never_shown(out, caplog):
    caplog.set_level(logging.DEBUG)
    token, password = "s3cr3t-token", "pa55-word"
    seen = []
    auth = auth_from_env({"PARTYKG_GSP_TOKEN": token})
    load_output(ENDPOINT, out, client=client(scripted(seen=seen), auth=auth))
    assert seen[0][2]["authorization"] == f"Bearer {token}"

    seen.clear()
    auth = auth_from_env({"PARTYKG_GSP_USER": "loader", "PARTYKG_GSP_PASSWORD": password})
    report = load_output(ENDPOINT, out, client=client(scripted(401, seen=seen), auth=auth))
    assert seen[0][2]["authorization"] == httpx.BasicAuth("loader", password)._auth_header
    assert "PARTYKG_GSP_USER" in report.failed["a1"]  # says how to give credentials
    assert report.not_sent == ["a2"]  # the same credentials would fail again
    assert auth_from_env({}) is None
    shown = "".join(report.problems()) + caplog.text + repr(auth_from_env({"PARTYKG_GSP_TOKEN": token}))
    assert token not in shown and password not in shown


def test_credentials_in_the_url_are_used_but_never_shown(out, caplog):
    caplog.set_level(logging.DEBUG)  # httpx logs every request URL at INFO
    url = "http://loader:pa55-word@127.0.0.1:7878/store"
    assert redact(url) == "http://127.0.0.1:7878/store"
    seen = []
    c = GSPClient(url, transport=scripted(httpx.ConnectError("refused"), 204, 400, seen=seen),
                  sleep=lambda s: None)
    report = load_output(url, out, client=c)
    assert seen[0][2]["authorization"] == httpx.BasicAuth("loader", "pa55-word")._auth_header
    assert all("pa55-word" not in u for _, u, *_ in seen)
    assert "pa55-word" not in "".join(report.problems()) + caplog.text
    assert "http://127.0.0.1:7878/store" in report.failed["a2"]


def test_delete_and_selected_articles(out):
    seen = []
    by_iri = f"<{graph_name('old').value}>"
    bad = ["<x> }\u2026#>", "https://example.org/not-an-article-graph", "a/b", ""]
    report = load_output(ENDPOINT, out, article_ids=["a2"], removed=["gone", "never-there", by_iri, *bad],
                         client=client(scripted(204, 204, 404, 204, seen=seen)))
    assert [(m, httpx.URL(u).params["graph"]) for m, u, *_ in seen] == [
        ("PUT", graph_name("a2").value), ("DELETE", graph_name("old").value),
        ("DELETE", graph_name("gone").value), ("DELETE", graph_name("never-there").value)]
    assert report.graphs == ["a2"] and report.deleted == [by_iri, "never-there"]
    assert report.absent == ["gone"] and sorted(report.not_deleted) == sorted(bad) and not report.ok
    problems = report.problems()
    assert "not deleted: gone: the endpoint has no such graph" in problems
    assert any("a/b: not an article id" in line for line in problems)
    assert any("not-an-article-graph: not an article graph" in line for line in problems)
    with pytest.raises(GSPError, match="no file"):
        load_output(ENDPOINT, out, article_ids=["missing"], client=client(scripted()))


def test_a_query_in_the_endpoint_url_is_kept(out):
    seen = []
    c = GSPClient(ENDPOINT + "?infer=false", transport=scripted(seen=seen))
    load_output(ENDPOINT, out, article_ids=["a1"], client=c)
    assert dict(httpx.URL(seen[0][1]).params) == {"infer": "false", "graph": graph_name("a1").value}


def test_bad_endpoint_and_empty_output(tmp_path):
    with pytest.raises(GSPError, match="not an http"):
        GSPClient("ftp://example.org/store")
    with pytest.raises(GSPError, match="no article graphs"):
        load_output(ENDPOINT, tmp_path, client=client(scripted()))


def test_a_whole_load_puts_the_ontology_into_its_own_graph_after_the_articles(out):
    from partykg.load import ONTOLOGY_GRAPH
    from partykg.package_data import ONTOLOGY

    seen = []
    report = load_output(ENDPOINT, out, client=client(scripted(seen=seen)), ontology=True)
    assert [httpx.URL(u).params["graph"] for _, u, *_ in seen] == [
        graph_name("a1").value, graph_name("a2").value, ONTOLOGY_GRAPH.value]
    assert seen[-1][3] == (ONTOLOGY / "partykg.ttl").read_bytes()
    assert report.ontology == ONTOLOGY_GRAPH.value and "the ontology into <" in report.summary()
    seen.clear()
    load_output(ENDPOINT, out, article_ids=["a1"], client=client(scripted(seen=seen)), ontology=True)
    assert len(seen) == 1  # a partial load leaves the ontology as it is
