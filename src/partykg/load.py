"""Load an output directory into a SPARQL 1.1 Graph Store Protocol endpoint.

One HTTP PUT per article: `PUT <endpoint>?graph=<graph IRI>` with the
article's Turtle file as body. A PUT replaces the whole graph in one request
(GSP, section 5.3), so loading the same output twice leaves exactly the same
triples, and a reader never sees half an article.

Endpoint URL forms (the `?graph=` parameter is added here):
    Oxigraph         http://HOST:7878/store
    Apache Jena      http://HOST:3030/DATASET/data
    GraphDB          http://HOST:7200/repositories/REPO/rdf-graphs/service

Credentials come from the environment only and are never printed or logged:
    PARTYKG_GSP_TOKEN                          -> Authorization: Bearer ...
    PARTYKG_GSP_USER + PARTYKG_GSP_PASSWORD    -> HTTP basic
Connection errors, timeouts, 429 and 5xx are retried with exponential
backoff. A graph the server refuses (or that still fails after the retries) is
reported with the server's answer and the load goes on with the others; an
endpoint that cannot take any graph (unreachable, 401/403 credentials, 404/405:
no such endpoint) stops it, and the graphs not sent are listed. Bodies are
streamed from disk in 64 KiB chunks (httpx reads file objects that way), so
memory stays bounded whatever the size of a graph.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx
from pyoxigraph import NamedNode

from partykg.emit import graph_name
from partykg.store import GRAPH_PREFIX, article_files

log = logging.getLogger(__name__)

ENV_TOKEN = "PARTYKG_GSP_TOKEN"
ENV_USER = "PARTYKG_GSP_USER"
ENV_PASSWORD = "PARTYKG_GSP_PASSWORD"
TURTLE = "text/turtle; charset=utf-8"
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
ENDPOINT_STATUS = {401, 403, 404, 405}  # the endpoint itself refuses: no other graph would fare better
ONTOLOGY_GRAPH = NamedNode("https://w3id.org/partykg/ontology")  # `partykg load` puts the ontology here


class GSPError(Exception):
    """Loading failed; the message names the endpoint (without credentials) and the graph.
    `endpoint_down`: the endpoint cannot take any graph (unreachable, credentials, no such endpoint)."""

    def __init__(self, message: str, endpoint_down: bool = False):
        super().__init__(message)
        self.endpoint_down = endpoint_down


class BearerAuth(httpx.Auth):
    def __init__(self, token: str):
        self._token = token

    def auth_flow(self, request):
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:  # never show the token
        return "BearerAuth(***)"


def auth_from_env(env: Mapping[str, str] | None = None) -> httpx.Auth | None:
    """Bearer token if PARTYKG_GSP_TOKEN is set, else basic auth if PARTYKG_GSP_USER is set."""
    env = os.environ if env is None else env
    if env.get(ENV_TOKEN):
        return BearerAuth(env[ENV_TOKEN])
    if env.get(ENV_USER):
        return httpx.BasicAuth(env[ENV_USER], env.get(ENV_PASSWORD, ""))
    return None


def redact(url: str) -> str:
    """The URL without user:password@ (safe to print)."""
    parts = urlsplit(str(url))
    if parts.username is None and parts.password is None:
        return str(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


@dataclass
class LoadReport:
    endpoint: str  # redacted
    graphs: list[str] = field(default_factory=list)  # article ids loaded
    ontology: str | None = None  # the graph the ontology was loaded into
    deleted: list[str] = field(default_factory=list)  # article ids whose graph was deleted
    bytes: int = 0
    retries: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # article id (or "ontology") -> why not loaded
    not_sent: list[str] = field(default_factory=list)  # article ids not sent: the load stopped
    not_deleted: dict[str, str] = field(default_factory=dict)  # a --delete value -> why
    absent: list[str] = field(default_factory=list)  # --delete values the endpoint did not have

    @property
    def ok(self) -> bool:
        return not (self.failed or self.not_sent or self.not_deleted)

    def summary(self) -> str:
        return (f"{len(self.graphs)} graphs ({self.bytes} bytes) loaded into {self.endpoint}"
                + (f", the ontology into <{self.ontology}>" if self.ontology else "")
                + (f", {len(self.deleted)} deleted" if self.deleted else "")
                + (f", {self.retries} retries" if self.retries else "")
                + (f"; NOT loaded: {len(self.failed) + len(self.not_sent)}" if self.failed or self.not_sent
                   else ""))

    def problems(self) -> list[str]:
        """One line per graph not loaded or not deleted (the graphs not sent on one line)."""
        lines = [f"not loaded: {aid}: {why}" for aid, why in self.failed.items()]
        if self.not_sent:
            lines.append(f"not sent (the load stopped): {len(self.not_sent)} graphs: " + ", ".join(self.not_sent))
        lines += [f"not deleted: {value}: {why}" for value, why in self.not_deleted.items()]
        lines += [f"not deleted: {value}: the endpoint has no such graph" for value in self.absent]
        return lines


class GSPClient:
    """A small Graph Store Protocol client: PUT/DELETE of named graphs with retries."""

    def __init__(self, endpoint: str, auth: httpx.Auth | None = None, retries: int = 5,
                 backoff: float = 0.5, timeout: float = 120.0,
                 transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise GSPError(f"not an http(s) endpoint URL: {redact(endpoint)}")
        if parts.username is not None and auth is None:
            # user:password@ in the URL: move it into an Auth, so that it is in no URL
            # httpx logs or puts into an exception
            auth = httpx.BasicAuth(unquote(parts.username), unquote(parts.password or ""))
        self.endpoint = self.shown = redact(endpoint)
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.retried = 0
        self._lock = threading.Lock()
        self.client = httpx.Client(auth=auth, timeout=timeout, transport=transport,
                                   follow_redirects=False)

    def _url(self, graph: NamedNode) -> httpx.URL:
        """The endpoint with `graph=<IRI>` added to whatever query it already has."""
        return httpx.URL(self.endpoint).copy_merge_params({"graph": graph.value})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> GSPClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def put_file(self, graph: NamedNode, path: Path, content_type: str = TURTLE) -> int:
        """Replace `graph` with the content of the RDF file `path`; return the bytes sent."""
        def send() -> httpx.Response:
            try:
                fh = open(path, "rb")  # a file object: httpx streams it in 64 KiB chunks
            except OSError as exc:
                raise GSPError(f"cannot read {path}: {exc.strerror or exc}") from exc
            with fh:
                return self.client.put(self._url(graph), content=fh,
                                       headers={"Content-Type": content_type})
        self._with_retries("PUT", graph, send)
        return Path(path).stat().st_size

    def delete(self, graph: NamedNode) -> bool:
        """Delete `graph`; False if the server did not have it."""
        def send() -> httpx.Response:
            return self.client.delete(self._url(graph))
        return self._with_retries("DELETE", graph, send, missing_ok=True).status_code != 404

    def _with_retries(self, method: str, graph: NamedNode, send: Callable[[], httpx.Response],
                      missing_ok: bool = False) -> httpx.Response:
        what = f"{method} graph <{graph.value}> at {self.shown}"
        down = False  # whether the last failure was the endpoint's, not the graph's
        for attempt in range(self.retries + 1):
            try:
                resp = send()
            except httpx.TransportError as exc:
                reason, down = f"{type(exc).__name__}: {exc}", True
            else:
                if resp.status_code < 300 or (missing_ok and resp.status_code == 404):
                    log.debug("%s: HTTP %d", what, resp.status_code)
                    return resp
                if resp.status_code not in RETRY_STATUS:
                    hint = ""
                    if resp.status_code in (401, 403):
                        hint = (f" (set {ENV_TOKEN} for a bearer token, or {ENV_USER} and "
                                f"{ENV_PASSWORD} for basic auth)")
                    raise GSPError(f"{what}: HTTP {resp.status_code} {resp.reason_phrase}{hint}: "
                                   f"{_snippet(resp)}", endpoint_down=resp.status_code in ENDPOINT_STATUS)
                reason, down = f"HTTP {resp.status_code} {resp.reason_phrase}", False
            if attempt == self.retries:
                raise GSPError(f"{what}: gave up after {attempt + 1} attempts: {reason}", endpoint_down=down)
            delay = self.backoff * 2 ** attempt
            log.warning("%s: %s; retrying in %.1f s", what, reason, delay)
            with self._lock:
                self.retried += 1
            self.sleep(delay)
        raise AssertionError("unreachable")


def _snippet(resp: httpx.Response) -> str:
    try:
        text = resp.text
    except Exception:  # undecodable body
        return ""
    return " ".join(text.split())[:300]


def graph_to_delete(value: str) -> NamedNode:
    """The graph a --delete value names: an article id (a file stem), or an article graph's IRI
    (with or without <>); ValueError saying why for anything else."""
    text = value.strip()
    if text.startswith("<") or ":" in text:
        iri = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        try:
            graph = NamedNode(iri)
        except ValueError as exc:
            raise ValueError(f"not a valid IRI ({exc})") from exc
        if not iri.startswith(GRAPH_PREFIX) or len(iri) == len(GRAPH_PREFIX):
            raise ValueError(f"not an article graph (their IRIs start with {GRAPH_PREFIX})")
        return graph
    if not text or "/" in text or text in (".", ".."):
        raise ValueError("not an article id (the name of a file in articles/, without .ttl)")
    return graph_name(text)


def load_output(endpoint: str, output_dir: Path, article_ids: Iterable[str] | None = None,
                removed: Iterable[str] = (), client: GSPClient | None = None,
                progress: Callable[[str], None] | None = None, jobs: int = 4,
                ontology: bool = True) -> LoadReport:
    """PUT every `articles/<id>.ttl` of `output_dir` (or only `article_ids`) into its named
    graph, and DELETE the graphs of the `removed` article ids.

    With `ontology` (and no `article_ids`: a whole load), the ontology partykg ships goes
    into its own named graph, ONTOLOGY_GRAPH (the ontology's IRI), replaced like an
    article's: the contract's patterns such as `?C rdfs:subClassOf* org:Organization`
    need its subclass chains in the store (over the union of the graphs).

    `jobs` requests are in flight at once (each PUT is its own transaction on the
    server, so a few in parallel keep it busy). A graph that fails is recorded in
    `failed` and the others go on; a failure of the endpoint itself stops the load
    (the graphs not sent are in `not_sent`). The `removed` values are checked first:
    an article id, or an article graph's IRI; anything else is in `not_deleted`.
    """
    files = article_files(output_dir)
    if article_ids is not None:
        wanted = set(article_ids)
        files = [p for p in files if p.stem in wanted]
        missing = wanted - {p.stem for p in files}
        if missing:
            raise GSPError(f"no file {Path(output_dir) / 'articles'}/<id>.ttl for: "
                           + ", ".join(sorted(missing)))
    elif not files:
        raise GSPError(f"no article graphs under {Path(output_dir) / 'articles'}: "
                       "run `partykg run` first")
    own = client is None
    client = client or GSPClient(endpoint, auth=auth_from_env())
    report = LoadReport(endpoint=client.shown)
    to_delete = {}
    for value in sorted(set(removed)):
        try:
            to_delete[value] = graph_to_delete(value)
        except ValueError as exc:
            report.not_deleted[value] = str(exc)
    try:
        stop = threading.Event()  # set when the endpoint itself fails: later requests are not sent

        def put(path: Path) -> int | None:
            """Bytes sent; None if not sent because the load stopped."""
            if stop.is_set():
                return None
            try:
                return client.put_file(graph_name(path.stem), path)
            except GSPError as exc:
                if exc.endpoint_down:
                    stop.set()
                raise

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            futures = [pool.submit(put, p) for p in files]
            for path, future in zip(files, futures):
                try:
                    sent = future.result()
                except GSPError as exc:
                    report.failed[path.stem] = str(exc)
                    continue
                if sent is None:
                    report.not_sent.append(path.stem)
                    continue
                report.bytes += sent
                report.graphs.append(path.stem)
                if progress:
                    progress(path.stem)
        if ontology and article_ids is None and not stop.is_set():
            from importlib.resources import as_file

            from partykg.package_data import ONTOLOGY

            try:
                with as_file(ONTOLOGY / "partykg.ttl") as path:
                    report.bytes += client.put_file(ONTOLOGY_GRAPH, path)
                report.ontology = ONTOLOGY_GRAPH.value
            except GSPError as exc:
                report.failed["ontology"] = str(exc)
        for value, graph in to_delete.items():
            if stop.is_set():
                report.not_deleted[value] = "not sent (the load stopped)"
                continue
            try:
                if client.delete(graph):
                    report.deleted.append(value)
                else:
                    report.absent.append(value)
            except GSPError as exc:
                report.not_deleted[value] = str(exc)
                if exc.endpoint_down:
                    stop.set()
    finally:
        report.retries = client.retried
        if own:
            client.close()
    log.info(report.summary())
    return report
