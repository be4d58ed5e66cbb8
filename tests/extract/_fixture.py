"""Build an Article from a test sentence (the whole text is body)."""
from partykg.model import Article


def article(text: str) -> Article:
    return Article(id="t", source="t.txt", original_text=text, text=text,
                   offsets=list(range(len(text) + 1)), checksum="0", body_spans=[(0, len(text))])
