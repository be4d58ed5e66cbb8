"""Ingestion: files -> Article. See `read.py` (formats), `decode.py` (encodings),
`normalize.py` (text + offsets), `layout.py` (title, date, credits, body, chrome),
`dedupe.py` (one article per text across files)."""
from partykg.ingest.decode import InputError
from partykg.ingest.dedupe import merge_duplicates
from partykg.ingest.read import discover, read_article, read_articles, read_many

__all__ = ["InputError", "discover", "merge_duplicates", "read_article", "read_articles", "read_many"]
