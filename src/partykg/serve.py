"""`partykg serve`: the embedded store over HTTP, safe by default.

Oxigraph's own server (`oxigraph serve`) has no authentication, accepts form
posts from any web page, lets SERVICE and LOAD fetch any URL, and has no option
to change any of that; a proxy in front of it would leave its port open on the
machine. So the store is served from this process: pyoxigraph behind a small
Starlette application run by uvicorn (both already installed with Prefect).

- SPARQL 1.1 Protocol: `/query` (GET `?query=`, POST form or
  `application/sparql-query`), `/update` (POST form or `application/sparql-update`),
  Graph Store Protocol at `/store` (`?graph=IRI` or `?default`); a query page at `/`.
  The default graph is the union of the article graphs, as for `partykg query`.
- Read-only unless `writable`; then every write (`/update`, PUT/POST/DELETE on
  `/store`) needs `Authorization: Bearer <PARTYKG_SERVE_TOKEN>`.
- A request other than GET/HEAD from another origin (a web page's form post) is
  refused: Sec-Fetch-Site or Origin tell.
- SERVICE and LOAD, which make the server fetch a URL, are refused unless their
  host is in the allow-list.
- On a loopback address, requests for another host name are refused (a web
  page cannot reach the server through DNS rebinding).
"""
from __future__ import annotations

import hmac
import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    parse,
    serialize,
)
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from partykg.rdf.namespaces import PREFIXES
from partykg.store import QueryError, is_update, replace_graph, run_query

TOKEN_ENV = "PARTYKG_SERVE_TOKEN"
DEFAULT_BIND = "127.0.0.1:7878"
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"]  # Host headers accepted on a loopback address
FORM = "application/x-www-form-urlencoded"


class Refused(Exception):
    """A request the server will not run; the message says why (sent as plain text)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Policy:
    writable: bool = False
    token: str | None = None  # required for every write when writable
    allow_service: frozenset[str] = frozenset()  # hosts SERVICE and LOAD may fetch from


def parse_bind(bind: str) -> tuple[str, int]:
    """'HOST:PORT' or '[IPv6]:PORT' -> (host, port); ValueError with a message when malformed."""
    m = re.fullmatch(r"\[([^\]]+)\]:(\d+)|([^:\[\]]+):(\d+)", bind.strip())
    if not m or not 0 < int(m[2] or m[4]) < 65536:
        raise ValueError(f"--bind {bind!r}: expected HOST:PORT, e.g. {DEFAULT_BIND}")
    return (m[1] or m[3]), int(m[2] or m[4])


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# --- what a request may do ------------------------------------------------------

def check_origin(request: Request) -> None:
    """Refuse a state-changing request sent by a page of another origin (a form post, say).

    Browsers send Sec-Fetch-Site (same-origin / same-site / cross-site / none) and, on a
    POST, Origin; clients that are not browsers send neither and are let through.
    """
    site = request.headers.get("sec-fetch-site")
    if site in ("cross-site", "same-site"):
        raise Refused(403, f"refused: a request from another site (Sec-Fetch-Site: {site})")
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.headers.get('host', '')}":
        raise Refused(403, f"refused: a request from another origin ({origin})")


def check_write(request: Request, policy: Policy) -> None:
    if not policy.writable:
        raise Refused(403, "this server is read-only (start it with --writable and "
                           f"{TOKEN_ENV} set to allow updates)")
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(),
                                                             (policy.token or "").encode()):
        raise Refused(401, f"an update needs the header 'Authorization: Bearer <{TOKEN_ENV}>'")


def check_fetches(text: str, update: bool, allowed: frozenset[str]) -> None:
    """Refuse SERVICE and LOAD (the server would fetch a URL) unless their host is allowed.

    Oxigraph cannot give a query's algebra, so rdflib's SPARQL parser does; it runs only on
    texts that contain one of the two words. A text it cannot parse is refused: refusing is
    the safe side.
    """
    lowered = text.lower()
    if "service" not in lowered and "load" not in lowered:
        return
    from rdflib.plugins.sparql import prepareQuery, prepareUpdate

    try:
        parsed = (prepareUpdate if update else prepareQuery)(text, initNs=PREFIXES)
    except Exception as exc:  # rdflib's parser raises many kinds
        raise Refused(403, "refused: the query mentions SERVICE or LOAD and could not be checked "
                           f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from exc
    hint = (f" (allowed hosts: {', '.join(sorted(allowed))})" if allowed
            else " (start the server with --allow-service HOST to allow a host)")
    for what, target in _fetches(parsed.algebra):
        if what == "SERVICE ?var":
            raise Refused(403, f"refused: SERVICE with a variable IRI{hint}")
        host = urlsplit(str(target)).hostname
        if host is None or host.lower() not in allowed:
            raise Refused(403, f"refused: {what} <{target}> would make the server fetch a URL{hint}")


def _fetches(node) -> list[tuple[str, object]]:
    """(kind, IRI) of every SERVICE and LOAD in rdflib's algebra of a query or update."""
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    found: list[tuple[str, object]] = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, CompValue):
            if n.name == "ServiceGraphPattern":
                term = n["term"]
                found.append(("SERVICE ?var" if isinstance(term, Variable) else "SERVICE", term))
            elif n.name == "Load":
                found.append(("LOAD", n["iri"]))
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, set)):
            stack.extend(n)
        elif isinstance(n, dict):
            stack.extend(n.values())
    return found


# --- content negotiation ----------------------------------------------------------

def _accepted(request: Request) -> list[str]:
    """Media types of the Accept header, best first."""
    ranked = []
    for i, part in enumerate(request.headers.get("accept", "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(ranked)]


def _pick(request: Request, lookup, default):
    """The first format of Accept that `lookup` knows (default for none or a wildcard); None if none."""
    accepted = _accepted(request)
    for media in accepted:
        if media in ("*/*", "application/*", "text/*"):
            return default
        fmt = lookup(media)
        if fmt is not None:
            return fmt
    return None if accepted else default


NOT_ACCEPTABLE = "none of the formats in Accept can be served"


# --- the endpoints ----------------------------------------------------------------

async def _sparql_text(request: Request, field: str, media: str) -> str:
    if request.method == "GET":
        text = request.query_params.get(field)
    else:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == FORM:  # parsed with the standard library: Starlette's forms need python-multipart
            text = parse_qs((await request.body()).decode("utf-8")).get(field, [""])[0]
        elif ctype == media:
            text = (await request.body()).decode("utf-8")
        else:
            raise Refused(415, f"send the {field} as {FORM} ({field}=...) or as {media}")
    if not text:
        raise Refused(400, f"no {field} given")
    return str(text)


def build_app(db: Store, policy: Policy, loopback: bool) -> Starlette:
    """The ASGI application serving `db` under `policy` (loopback: accept only loopback Host names)."""

    def answer(text: str, results_format, graph_format) -> tuple[bytes, str]:
        """Run a query and serialize its result, in one thread: pyoxigraph's results must be
        used and dropped on the thread that made them."""
        result = run_query(db, text)
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            fmt = results_format
            body = result.serialize(format=fmt) if fmt is not None else None
        else:
            fmt = graph_format
            body = serialize(result, format=fmt) if fmt is not None else None
        del result
        if fmt is None:
            raise Refused(406, NOT_ACCEPTABLE)
        return body or b"", fmt.media_type

    async def query(request: Request) -> Response:
        if request.method == "POST":
            check_origin(request)
        text = await _sparql_text(request, "query", "application/sparql-query")
        await run_in_threadpool(check_fetches, text, False, policy.allow_service)  # rdflib parses: not on the loop
        try:
            body, media = await run_in_threadpool(
                answer, text, _pick(request, QueryResultsFormat.from_media_type, QueryResultsFormat.JSON),
                _pick(request, RdfFormat.from_media_type, RdfFormat.TURTLE))
        except QueryError as exc:
            if is_update(text):
                raise Refused(403, f"{exc} (updates go to POST /update)") from exc
            raise Refused(400, str(exc)) from exc
        return Response(body, media_type=media)

    async def update(request: Request) -> Response:
        check_origin(request)
        check_write(request, policy)
        text = await _sparql_text(request, "update", "application/sparql-update")
        await run_in_threadpool(check_fetches, text, True, policy.allow_service)
        try:
            await run_in_threadpool(db.update, text, prefixes=PREFIXES)
        except (SyntaxError, ValueError, OSError) as exc:
            raise Refused(400, f"update failed: {exc}") from exc
        return Response(status_code=204)

    async def graph_store(request: Request) -> Response:
        params = request.query_params
        if "graph" in params:
            try:
                graph: NamedNode | DefaultGraph = NamedNode(params["graph"])
            except ValueError as exc:
                raise Refused(400, f"?graph={params['graph']}: not a valid IRI ({exc})") from exc
        elif "default" in params:
            graph = DefaultGraph()
        elif request.method == "GET":
            fmt = _pick(request, RdfFormat.from_media_type, RdfFormat.N_QUADS)
            if fmt is None or not fmt.supports_datasets:
                raise Refused(406, "the whole store is a dataset: ask for N-Quads or TriG")
            return Response(await run_in_threadpool(db.dump, format=fmt), media_type=fmt.media_type)
        else:
            raise Refused(400, "name the graph: ?graph=IRI")
        if request.method == "GET":
            if isinstance(graph, NamedNode) and not db.contains_named_graph(graph):
                raise Refused(404, f"no graph <{graph.value}>")
            fmt = _pick(request, RdfFormat.from_media_type, RdfFormat.TURTLE)
            if fmt is None:
                raise Refused(406, NOT_ACCEPTABLE)
            body = await run_in_threadpool(db.dump, format=fmt, from_graph=graph)
            return Response(body, media_type=fmt.media_type)
        check_origin(request)
        check_write(request, policy)
        if not isinstance(graph, NamedNode):
            raise Refused(400, "partykg's store holds named graphs only: ?graph=IRI")
        existed = db.contains_named_graph(graph)
        if request.method == "DELETE":
            if not existed:
                raise Refused(404, f"no graph <{graph.value}>")
            await run_in_threadpool(db.remove_graph, graph)
            return Response(status_code=204)
        ctype = request.headers.get("content-type", "text/turtle")
        fmt = RdfFormat.from_media_type(ctype)
        if fmt is None:
            raise Refused(415, f"unknown RDF content type {ctype!r}")
        body = await request.body()
        try:
            if request.method == "PUT":  # one transaction: a reader sees the old graph or the new
                await run_in_threadpool(lambda: replace_graph(db, graph, (q.triple for q in parse(body, format=fmt))))
            else:
                await run_in_threadpool(db.load, body, format=fmt, to_graph=graph)
        except (SyntaxError, ValueError) as exc:
            raise Refused(400, f"the body is not valid {fmt.name}: {exc}") from exc
        return Response(status_code=204 if existed else 201)

    async def page(request: Request) -> Response:
        return HTMLResponse(QUERY_PAGE)

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Refused)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return PlainTextResponse(str(exc) + "\n", status_code=exc.status, headers=headers)

    routes = [Route("/", page), Route("/query", query, methods=["GET", "POST"]),
              Route("/update", update, methods=["POST"]),
              Route("/store", graph_store, methods=["GET", "PUT", "POST", "DELETE"])]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_NAMES if loopback else ["*"])]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={Refused: refused})


def run_server(db: Store, host: str, port: int, policy: Policy) -> None:
    """Serve until interrupted (Ctrl-C, SIGTERM)."""
    import uvicorn

    uvicorn.run(build_app(db, policy, is_loopback(host)), host=host, port=port, log_level="warning")


# A minimal page (no script from elsewhere): the query, sent to /query, and its results as a table.
QUERY_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>partykg SPARQL</title>
<style>body{font-family:sans-serif;margin:1em}textarea{width:100%;height:12em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}
#status{color:#555;margin-left:1em}</style></head>
<body><h1>partykg SPARQL</h1>
<p>The default graph is the union of the article graphs; the prefixes pkg: pkr: org: foaf: skos:
dcterms: prov: schema: rdf: rdfs: xsd: are predeclared. Endpoint: <code>/query</code>.</p>
<textarea id="q">SELECT ?type (COUNT(DISTINCT ?s) AS ?n)
WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)</textarea>
<p><button id="run">Run</button><span id="status"></span></p><div id="out"></div>
<script>
document.getElementById("run").onclick = async () => {
  const status = document.getElementById("status"), out = document.getElementById("out");
  status.textContent = "running..."; out.textContent = "";
  const resp = await fetch("query", {method: "POST",
    headers: {"Content-Type": "application/x-www-form-urlencoded",
              "Accept": "application/sparql-results+json, text/turtle"},
    body: new URLSearchParams({query: document.getElementById("q").value})});
  const type = resp.headers.get("content-type") || "";
  if (!resp.ok || !type.includes("json")) {
    status.textContent = resp.ok ? "" : "error " + resp.status;
    const pre = document.createElement("pre"); pre.textContent = await resp.text(); out.append(pre); return;
  }
  const data = await resp.json();
  if ("boolean" in data) { status.textContent = data.boolean ? "yes" : "no"; return; }
  const vars = data.head.vars, rows = data.results.bindings, table = document.createElement("table");
  const head = table.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.append(th); }
  for (const b of rows) {
    const tr = table.insertRow();
    for (const v of vars) tr.insertCell().textContent = b[v] ? b[v].value : "";
  }
  out.append(table); status.textContent = rows.length + " rows";
};
</script></body></html>
"""
