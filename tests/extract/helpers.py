"""Small articles written for the extraction tests."""
from partykg.model import Article


def make_article(text: str, title: str | None = None) -> Article:
    """An article whose body is `text`; a title, when given, is its first line."""
    full = f"{title}\n{text}" if title else text
    body_start = len(title) + 1 if title else 0
    return Article(id="t", source="t.txt", original_text=full, text=full,
                   offsets=list(range(len(full) + 1)), checksum="0", title=title,
                   body_spans=[(body_start, len(full))])
