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
from dataclasses import dataclass

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


@dataclass
class Identities:
    """Who is published under which id, decided over the whole corpus before any work is spread."""

    finals: dict[str, list[str | None]]  # per source, per article in reading order: its id, or None
    notes: list[Problem]
    merged: dict[str, list[str]]  # published id -> the sources of the copies merged into it
    copies: dict[str, list[tuple[str, str, int, str]]]  # published id -> (id, source, index, key) of its copies


def merged_sources(final: str, source: str, copies: list[tuple[str, str, int, str]]) -> dict[str, list[str]]:
    """{final: the files its text was read from} when that is more than its own file."""
    sources = list(dict.fromkeys([source, *(c[1] for c in copies)]))
    return {final: sources} if len(sources) > 1 else {}


def dedupe(files: list[tuple[str, list[dict]]]) -> Identities:
    """The rule over light records of the whole corpus (no texts in memory; merge_duplicates
    applies it to articles): articles with the same text are one, the first by
    (id, source, position) kept; a different text under a taken id gets the
    suffix of its text hash. A JSONL file may hold one id twice: articles are
    told apart by (source, position), never by id.
    """
    entries = sorted((r["id"], src, i, r["key"]) for src, records in files for i, r in enumerate(records))
    finals: dict[str, list[str | None]] = {src: [None] * len(records) for src, records in files}
    notes: list[Problem] = []
    kept: dict[str, tuple[str, str, int]] = {}
    copies: dict[tuple[str, int], list[tuple[str, str, int, str]]] = {}
    for aid, src, i, key in entries:
        first = kept.get(key)
        if first is None:
            kept[key] = (aid, src, i)
            copies[(src, i)] = []
            continue
        copies[first[1:]].append((aid, src, i, key))
        notes.append(Problem(src, f"duplicate of article {first[0]!r} ({first[1]}): same text, "
                                  "merged into one article with both sources", fatal=False))
    taken: set[str] = set()
    ids = Identities(finals, notes, {}, {})
    for key, (aid, src, i) in sorted(kept.items(), key=lambda kv: kv[1]):
        final = aid
        if aid in taken:
            final = f"{aid}-{key[:8]}"
            notes.append(Problem(src, f"id {aid!r} is used by another article with a different "
                                      f"text; this one is {final!r}", fatal=False))
        taken.add(final)
        finals[src][i] = final
        if copies[(src, i)]:
            ids.copies[final] = copies[(src, i)]
            ids.merged.update(merged_sources(final, src, copies[(src, i)]))
    return ids


def merge_duplicates(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """`dedupe` applied to articles in memory: merge articles with the same text (every file in
    the kept one's `sources`, metadata it lacks filled from its copies); give clashing ids a
    stable suffix.

    Returns the articles (sorted by id) and a non-fatal Problem for every
    merge and rename, so that nothing disappears from a run unreported.
    """
    by_source: dict[str, list[Article]] = {}
    for a in articles:
        by_source.setdefault(a.source, []).append(a)
    ids = dedupe([(src, [{"id": a.id, "key": text_key(a)} for a in arts]) for src, arts in by_source.items()])
    out: list[Article] = []
    for src, arts in by_source.items():
        for kept, final in zip(arts, ids.finals[src]):
            if final is None:  # a copy: merged into the article its text was kept under
                continue
            for _id, copy_source, index, _key in ids.copies.get(final, []):
                copy = by_source[copy_source][index]
                for s in copy.sources or [copy.source]:
                    if s not in kept.sources:
                        kept.sources.append(s)
                kept.title = kept.title or copy.title
                kept.issued = kept.issued or copy.issued
                kept.url = kept.url or copy.url
                kept.outlet = kept.outlet or copy.outlet
                kept.creators += [c for c in copy.creators if c not in kept.creators]
            kept.id = final
            out.append(kept)
    return sorted(out, key=lambda a: a.id), ids.notes
