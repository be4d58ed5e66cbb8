"""The page layout of a test text, as read does it: normalized, then analyzed."""
from partykg.ingest.layout import Layout, analyze
from partykg.ingest.normalize import normalize


def lay(text: str) -> Layout:
    text, _ = normalize(text)
    return analyze(text)
