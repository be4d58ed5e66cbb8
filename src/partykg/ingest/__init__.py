"""Ingestion: files -> Article. See `read.py`."""
from partykg.ingest.read import discover, read_article

__all__ = ["discover", "read_article"]
