"""The terms a SPARQL text names, read off its text (no parser: the workers would pay rdflib's
import). A query matches only triples whose predicate it names, and an rdf:type triple only for a
class it names, unless it has a variable predicate or an open class: what the report's graph
(report.py) and the validated data (validate.py) may leave out follows from this."""
from __future__ import annotations

import re
from collections.abc import Mapping

# an IRI, a string or a comment (both skipped: "#" and ":" in them name nothing), a prefixed name
_TOKEN = re.compile(r"""<([^<>"{}|^`\\\s]*)>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*"""
                    r"""|(?<![\w?$])([A-Za-z][\w.-]*)?:([\w-]+)""")
_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)


def named_terms(text: str, known: Mapping[str, str] | None = None) -> tuple[set[str], set[str]]:
    """(The IRIs `text` names, in full or as prefixed names of its own PREFIXes or of `known`; the
    local names of its prefixed names whose prefix neither declares)."""
    prefixes = {**(known or {}), **{p or "": iri for p, iri in _PREFIX.findall(text)}}
    iris: set[str] = set()
    unresolved: set[str] = set()
    for iri, prefix, local in _TOKEN.findall(_PREFIX.sub(" ", text)):
        if iri:
            iris.add(iri)
        elif local:
            if (prefix or "") in prefixes:
                iris.add(prefixes[prefix or ""] + local)
            else:
                unresolved.add(local)
    return iris, unresolved
