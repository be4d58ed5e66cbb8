"""Mentions as spaCy spans: `doc.spans[key]` for a component's results, and spaCy's
`filter_spans` as the rule for overlapping mentions.

The rules find mentions on the text (character offsets, extract/text.py). Here they
become spans of the doc's tokens (syllables, so a mention's bounds are token bounds
but for a period glued to an abbreviation, "ĐV."); a bound inside a token widens to
the whole token (`alignment_mode="expand"`).

A mention is any object with `start` and `end` (character offsets); `label`, `kb_id`
and `rule` name the attributes (or functions) that give the span's label, its
knowledge-base id (the canonical name) and its id (the rule that found it).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar, overload

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

M = TypeVar("M")
Getter = Callable[[Any], Any]


@overload
def _getter(how: str | Getter) -> Getter: ...
@overload
def _getter(how: None) -> None: ...
def _getter(how: str | Getter | None) -> Getter | None:
    """A function of the mention: `how` itself, or the attribute it names (None if absent)."""
    return (lambda m: getattr(m, how, None)) if isinstance(how, str) else how


def mention_span(doc: Doc, start: int, end: int, label: str = "", kb_id: str = "",
                 rule: str = "") -> Span | None:
    """The tokens covering characters [start, end) of `doc` (None for an empty or outside range)."""
    if start >= end:
        return None
    return doc.char_span(start, end, label=label or 0, kb_id=kb_id or 0, alignment_mode="expand",
                         span_id=rule or 0)


def to_spans(doc: Doc, mentions: Iterable[M], *, label: str | Getter | None = None,
             kb_id: str | Getter | None = None, rule: str | Getter | None = "rule",
             start: str | Getter = "start", end: str | Getter = "end") -> list[Span]:
    """One span per mention, in the order given (mentions that cover no token are left out)."""
    get_start, get_end = _getter(start), _getter(end)
    get_label, get_kb, get_rule = _getter(label), _getter(kb_id), _getter(rule)
    out = []
    for m in mentions:
        span = mention_span(doc, get_start(m), get_end(m),
                            label=(get_label(m) or "") if get_label else "",
                            kb_id=(get_kb(m) or "") if get_kb else "",
                            rule=(get_rule(m) or "") if get_rule else "")
        if span is not None:
            out.append(span)
    return out


def record_spans(doc: Doc, key: str, mentions: Iterable[M], **how) -> list[Span]:
    """Put the mentions in `doc.spans[key]` (replacing what was there) and return the spans.

    `how`: the `label`, `kb_id`, `rule`, `start`, `end` of `to_spans`."""
    spans = to_spans(doc, mentions, **how)
    doc.spans[key] = spans
    return spans


def longest_mentions(doc: Doc, mentions: Sequence[M], *, start: str | Getter = "start",
                     end: str | Getter = "end", keep_same_span: bool = False) -> list[M]:
    """The mentions that `spacy.util.filter_spans` keeps, in text order.

    Of overlapping mentions the longest (in tokens) wins; at equal length the one that
    starts first; at the same span the one given first (so give them in rule order).
    With `keep_same_span`, every mention with exactly the winner's span is kept too
    (several facts read off one citation)."""
    get_start, get_end = _getter(start), _getter(end)
    spans: list[Span] = []
    by_bounds: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(mentions):
        span = mention_span(doc, get_start(m), get_end(m))
        if span is None:
            continue  # covers no token: not a mention
        bounds = (span.start, span.end)
        if bounds in by_bounds:
            by_bounds[bounds].append(i)
            continue
        by_bounds[bounds] = [i]
        spans.append(span)
    kept = []
    for span in filter_spans(spans):
        group = by_bounds[(span.start, span.end)]
        kept.extend(group if keep_same_span else group[:1])
    return [mentions[i] for i in kept]
