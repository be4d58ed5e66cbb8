"""One article from file to validated triples: the per-article work of a run.

Plain functions over plain data, so the Prefect flow only orchestrates and
tests need neither Prefect nor a server.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pyoxigraph import Triple
from spacy.language import Language

from partykg.extract import build_pipeline, extract
from partykg.ingest import read_article
from partykg.rdf.mapping import to_triples
from partykg.validate import validate

log = logging.getLogger("partykg")


@dataclass
class ArticleResult:
    source: str
    article_id: str | None = None
    triples: list[Triple] = field(default_factory=list)
    conforms: bool = True
    violations: int = 0
    warnings: int = 0
    report: list[Triple] = field(default_factory=list)  # the SHACL report (deterministic IRIs)
    report_turtle: str = ""
    findings: list[str] = field(default_factory=list)  # one line per SHACL result, for the log
    checksum: str | None = None  # sha256 of the input file (run provenance)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None  # set when the article failed; the run goes on


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """One spaCy pipeline per process (building it costs seconds)."""
    return build_pipeline()


def process_file(path: Path, nlp: Language | None = None) -> ArticleResult:
    """ingest -> extract -> map -> validate one file; failures are caught and recorded."""
    result = ArticleResult(source=str(path))
    try:
        article = read_article(path)
        result.article_id = article.id
        result.checksum = article.checksum
        log.info("%s: ingested (%d chars)", article.id, len(article.text))
        ex = extract(article, nlp or pipeline())
        result.counts = {k: len(getattr(ex, k)) for k in
                         ("persons", "organizations", "memberships", "documents", "statistics", "places")}
        log.info("%s: extracted %s", article.id, result.counts)
        result.triples = to_triples(article, ex)
        log.info("%s: mapped %d triples", article.id, len(result.triples))
        v = validate(result.triples, name=article.id)
        result.conforms, result.violations, result.report_turtle = v.conforms, v.violations, v.report_turtle
        result.warnings, result.report = v.warnings, v.report
        result.findings = [f.line() for f in v.findings]
        log.info("%s: validated (%s, %d warnings)", article.id,
                 "conforms" if v.conforms else f"{v.violations} violations: quarantined", v.warnings)
    except Exception as exc:  # one bad article must not stop the run
        result.error = f"{type(exc).__name__}: {exc}"
        log.error("%s: failed: %s", path, result.error)
    return result
