"""The step across files: one article per text, one text per id.

Crawls and archives hold the same article more than once (a .txt dump and a
saved page, two exports). Two articles whose normalized text is the same from
the start of the body to the end, page chrome aside, are one article (a title
or date line above the body may differ between formats; a correction appended
at the end may not): the first by (id, source) is kept, every file is recorded in its
`sources`, and metadata it lacks is filled from the others.
Two different texts under the same id would overwrite each other's output,
so the later one gets a suffix from its text's hash.
"""
from __future__ import annotations

import hashlib

from partykg.model import Article, Problem

# what layout marks as the page around the article (menus, comment forms, tags), not its text
PAGE_CHROME = ("boilerplate", "trailer")


def text_key(article: Article) -> str:
    """sha256 of the text from the start of the body to the end (every line after the body too:
    captions, credits, an appended correction; page chrome left out), white space collapsed; the
    whole text if no body was found."""
    start = min((s for s, _ in article.body_spans), default=0)
    pieces = [article.text[s:e] for s, e, kind in article.regions if e > start and kind not in PAGE_CHROME] \
        if article.regions else [article.text[start:]]
    return hashlib.sha256(" ".join(" ".join(pieces).split()).encode("utf-8")).hexdigest()


def merge_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """Merge articles with the same text; give clashing ids a stable suffix.

    Returns the articles (sorted by id) and a non-fatal Problem for every
    merge and rename, so that nothing disappears from a run unreported.
    """
    notes: list[Problem] = []
    by_key: dict[str, Article] = {}
    for a in sorted(articles, key=lambda a: (a.id, a.source)):
        key = text_key(a)
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = a
            continue
        for s in a.sources or [a.source]:
            if s not in kept.sources:
                kept.sources.append(s)
        kept.title = kept.title or a.title
        kept.issued = kept.issued or a.issued
        kept.url = kept.url or a.url
        kept.outlet = kept.outlet or a.outlet
        kept.creators += [c for c in a.creators if c not in kept.creators]
        notes.append(Problem(a.source, f"duplicate of article {kept.id!r} ({kept.source}): same text, "
                                       "merged into one article with both sources", fatal=False))
    out: list[Article] = []
    ids: set[str] = set()
    for key, a in sorted(by_key.items(), key=lambda kv: (kv[1].id, kv[1].source)):
        if a.id in ids:
            new_id = f"{a.id}-{key[:8]}"
            notes.append(Problem(a.source, f"id {a.id!r} is used by another article with a different "
                                           f"text; this one is {new_id!r}", fatal=False))
            a.id = new_id
        ids.add(a.id)
        out.append(a)
    return sorted(out, key=lambda a: a.id), notes
