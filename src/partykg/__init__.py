"""partykg: Vietnamese party-building news articles -> an RDF knowledge graph.

    import partykg
    summary = partykg.run("data/seeds", "output")     # the run summary (a dict)
    store = partykg.open_graph("output")              # a pyoxigraph.Store
    table = partykg.query("output", "SELECT ...")     # a pandas.DataFrame (else a list of dicts)

The three are imported on first use (`import partykg` loads neither Prefect nor spaCy).
"""
from __future__ import annotations

__all__ = ["run", "open_graph", "query"]


def __getattr__(name: str):
    if name in __all__:
        from partykg import api

        return getattr(api, name)
    raise AttributeError(f"module 'partykg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
