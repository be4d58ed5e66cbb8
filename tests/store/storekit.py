"""Helpers for the store tests: a small knowledge graph built through the real
mapping from model objects, running queries, and a real Oxigraph server."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from partykg.model import Article, Document, Evidence, Extraction, Membership, Organization, Person, Place, Statistic
from partykg.rdf.mapping import to_triples

from conftest import ROOT

QUERIES = ROOT / "queries"


def make_article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", original_text=text, text=text,
                   offsets=list(range(len(text) + 1)), checksum="0" * 64, title=f"Bài {article_id}")


def ev(article: Article, phrase: str, rule: str = "test") -> list[Evidence]:
    """Evidence for the first occurrence of `phrase`, with its sentence (split at '. ')."""
    text = article.text
    start = text.index(phrase)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.find(". ", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    return [Evidence(start, start + len(phrase), text[s0:s1], s0, s1, rule)]


A1 = ("Huyện ủy Vĩnh Linh triển khai Chỉ thị 05-CT/TW của Bộ Chính trị. "
      "Đồng chí Trần Văn An, Bí thư Huyện ủy Vĩnh Linh, chủ trì hội nghị. "
      "Năm 2023, Đảng bộ xã Vĩnh Giang kết nạp 25 đảng viên mới, nâng tổng số lên 900 đảng viên. "
      "Chi bộ thôn Tân Mỹ thuộc Đảng bộ xã Vĩnh Giang.")
A2 = ("Thành ủy Đông Hà quán triệt Chỉ thị 05-CT/TW và Nghị quyết 35-NQ/TW. "
      "Huyện ủy Gio Linh chỉ đạo Đảng ủy xã Gio Mai rà soát tổ chức đảng.")


def sample_graphs() -> dict[str, list]:
    """Two articles' triples, mapped by partykg.rdf.mapping from hand-built extractions."""
    a1, a2 = make_article("a1", A1), make_article("a2", A2)
    ex1 = Extraction(
        article_id="a1",
        persons=[Person("Trần Văn An", ev(a1, "Trần Văn An"))],
        places=[Place("huyện Vĩnh Linh", "huyện", "Vĩnh Linh", evidence=ev(a1, "Vĩnh Linh")),
                Place("xã Vĩnh Giang", "xã", "Vĩnh Giang", parent="huyện Vĩnh Linh",
                      evidence=ev(a1, "xã Vĩnh Giang"))],
        organizations=[
            Organization("Huyện ủy Vĩnh Linh", "PartyCommittee", jurisdiction="huyện Vĩnh Linh",
                         evidence=ev(a1, "Huyện ủy Vĩnh Linh")),
            Organization("Bộ Chính trị", "PartyCommittee", evidence=ev(a1, "Bộ Chính trị")),
            Organization("Đảng bộ xã Vĩnh Giang", "PartyOrganization", parent="Huyện ủy Vĩnh Linh",
                         jurisdiction="xã Vĩnh Giang", evidence=ev(a1, "Đảng bộ xã Vĩnh Giang")),
            Organization("Chi bộ thôn Tân Mỹ", "PartyOrganization", parent="Đảng bộ xã Vĩnh Giang",
                         evidence=ev(a1, "Chi bộ thôn Tân Mỹ")),
        ],
        memberships=[Membership("Trần Văn An", "Bí thư", "Huyện ủy Vĩnh Linh",
                                ev(a1, "Trần Văn An, Bí thư Huyện ủy Vĩnh Linh"))],
        documents=[Document("Chỉ thị 05-CT/TW", "Directive", identifier="05-CT/TW",
                            issuer="Bộ Chính trị", evidence=ev(a1, "Chỉ thị 05-CT/TW"))],
        statistics=[
            Statistic("Đảng bộ xã Vĩnh Giang", "NewMembers", 25, "2023", "2023",
                      ev(a1, "kết nạp 25 đảng viên")),
            Statistic("Đảng bộ xã Vĩnh Giang", "TotalMembers", 900, None, "2023",
                      ev(a1, "900 đảng viên")),
        ],
    )
    ex2 = Extraction(
        article_id="a2",
        organizations=[
            Organization("Thành ủy Đông Hà", "PartyCommittee", evidence=ev(a2, "Thành ủy Đông Hà")),
            Organization("Huyện ủy Gio Linh", "PartyCommittee", evidence=ev(a2, "Huyện ủy Gio Linh")),
            Organization("Đảng ủy xã Gio Mai", "PartyCommittee", parent="Huyện ủy Gio Linh",
                         evidence=ev(a2, "Đảng ủy xã Gio Mai")),
        ],
        documents=[
            Document("Chỉ thị 05-CT/TW", "Directive", identifier="05-CT/TW",
                     evidence=ev(a2, "Chỉ thị 05-CT/TW")),
            Document("Nghị quyết 35-NQ/TW", "Resolution", identifier="35-NQ/TW",
                     evidence=ev(a2, "Nghị quyết 35-NQ/TW")),
        ],
    )
    return {"a1": to_triples(a1, ex1), "a2": to_triples(a2, ex2)}


def rows(result) -> list[dict[str, str | None]]:
    """SELECT results as dicts of plain strings (term values)."""
    names = [v.value for v in result.variables]
    return [{n: (None if s[n] is None else s[n].value) for n in names} for s in result]


def run_file(store, name: str, **bindings) -> list[dict[str, str | None]]:
    from partykg.store import run_query
    return rows(run_query(store, (QUERIES / name).read_text(encoding="utf-8"), bindings))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_exe() -> str:
    return str(Path(sys.executable).parent / "oxigraph")


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not come up in {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def server_on_free_port(command, env: dict | None = None):
    """A server started by `command(port)` on 127.0.0.1 and a free port; yields its base URL; always stopped."""
    for attempt in range(3):  # the free port may be taken between our probe and the server's bind
        port = free_port()
        proc = subprocess.Popen(command(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            wait_until_up(f"http://127.0.0.1:{port}/", proc)
            break
        except RuntimeError:
            stop(proc)
            if attempt == 2:
                raise
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc)


@contextmanager
def oxigraph_server(location: Path):
    """A real `oxigraph serve` on 127.0.0.1 and a free port; yields its base URL; always stopped."""
    with server_on_free_port(lambda port: [oxigraph_exe(), "serve", "--location", str(location),
                                           "--bind", f"127.0.0.1:{port}", "--union-default-graph"]) as url:
        yield url


def http_select(base: str, query: str) -> list[dict[str, str]]:
    resp = httpx.post(base + "/query", data={"query": query},
                      headers={"Accept": "application/sparql-results+json"}, timeout=30)
    resp.raise_for_status()
    return [{k: v["value"] for k, v in b.items()} for b in resp.json()["results"]["bindings"]]


def http_count(base: str) -> int:
    return int(http_select(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])
