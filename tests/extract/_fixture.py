"""Build an Article from a test sentence (the whole text is body), and read its statistics and organizations."""
from partykg.extract import extract
from partykg.model import Article


def article(text: str, issued: str | None = None) -> Article:
    """`issued`: the article's date, for rules that read it (the units in force since the 2025 reform)."""
    return Article(id="t", source="t.txt", original_text=text, text=text, issued=issued,
                   offsets=list(range(len(text) + 1)), checksum="0", body_spans=[(0, len(text))])


def stats(nlp, text: str) -> set[tuple]:
    """The statistics extracted from `text`: (organization, measure, value, period start, period end)."""
    return {(s.organization, s.measure, s.value, s.start, s.end) for s in extract(article(text), nlp).statistics}


def orgs(nlp, text: str) -> dict:
    """The organizations extracted from `text`, by name."""
    return {o.name: o for o in extract(article(text), nlp).organizations}
