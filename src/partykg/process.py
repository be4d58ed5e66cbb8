"""One article from file to validated triples: the per-article work of a run.

Plain functions over plain data, so the Prefect flow only orchestrates and
tests need neither Prefect nor a server.
"""
from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyoxigraph import Triple
from spacy.language import Language

from partykg.extract import build_pipeline, extract
from partykg.ingest import read_article
from partykg.model import Article
from partykg.rdf.mapping import to_graph
from partykg.validate import validate

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    source: str
    article_id: str | None = None
    triples: list[Triple] = field(default_factory=list)
    nt: bytes | None = None  # the triples' N-Triples, a line each in their order (validate.ntriples), when made
    conforms: bool = True
    violations: int = 0
    warnings: int = 0
    report: list[Triple] = field(default_factory=list)  # the SHACL report (deterministic IRIs)
    findings: list[str] = field(default_factory=list)  # one line per SHACL result, for the log
    checksum: str | None = None  # sha256 of the input file (run provenance)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # set when the article failed; the run goes on
    sources: list[str] = field(default_factory=list)  # every file that held the article
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """One spaCy pipeline per process (building it costs seconds)."""
    return build_pipeline()


def process_file(path: Path, nlp: Language | None = None) -> ArticleResult:
    """ingest -> extract -> map -> validate one single-article file; failures are caught and recorded."""
    t0 = time.perf_counter()
    try:
        article = read_article(path)
    except Exception as exc:  # one bad file must not stop the run
        result = ArticleResult(source=str(path), error=f"{type(exc).__name__}: {exc}")
        log.error("%s: failed: %s", path, result.error)
        return result
    result = process_article(article, nlp)
    result.source = str(path)
    result.timings = {"ingest": time.perf_counter() - t0, **result.timings}
    return result


def process_article(article: Article, nlp: Language | None = None) -> ArticleResult:
    """extract -> map -> validate one ingested article; failures are caught and recorded."""
    result = ArticleResult(source=article.source, article_id=article.id,
                           sources=list(article.sources or [article.source]), checksum=article.checksum)
    stage = "extract"
    try:
        left_out = Counter(k for _, _, k in article.regions if k not in ("body", "caption"))
        # per-article lines are DEBUG (a quarantined article is a WARNING): every INFO line of
        # a task goes to the Prefect server, a cost of its own at 10,000 articles; run_batch
        # logs one INFO line per batch
        log.debug("%s: ingested (%d chars; title %r, issued %s, creators %s; left out of the body: %s)",
                 article.id, len(article.text), article.title, article.issued, article.creators,
                 ", ".join(f"{n} {k}" for k, n in sorted(left_out.items())) or "nothing")
        t = time.perf_counter()
        ex = extract(article, nlp or pipeline())
        result.counts = {k: len(getattr(ex, k)) for k in
                         ("persons", "organizations", "memberships", "documents", "statistics", "places")}
        stage, result.timings["extract"], t = "map", time.perf_counter() - t, time.perf_counter()
        # their N-Triples made once, with them: for validation and for the output files
        result.triples, result.nt = to_graph(article, ex)
        stage, result.timings["map"], t = "validate", time.perf_counter() - t, time.perf_counter()
        v = validate(result.triples, name=article.id, nt=result.nt)
        result.timings["validate"] = time.perf_counter() - t
        result.conforms, result.violations = v.conforms, v.violations
        result.warnings, result.report = v.warnings, v.report
        result.findings = [f.line() for f in v.findings]
        log.log(logging.DEBUG if v.conforms else logging.WARNING, "%s: %s; %d triples, %s, %d SHACL warnings",
                article.id, ", ".join(f"{n} {k}" for k, n in result.counts.items()), len(result.triples),
                "conforms" if v.conforms else f"{v.violations} violations: quarantined", v.warnings)
    except Exception as exc:  # one bad article must not stop the run
        result.error = f"{stage}: {type(exc).__name__}: {exc}"
        log.error("%s: failed: %s", article.source, result.error)
    return result
