"""Fold repeated mentions of the same fact into one, keeping every evidence."""
from __future__ import annotations

from partykg.model import Extraction


def _fold(items, key):
    kept: dict = {}
    for item in items:
        k = key(item)
        if k in kept:
            kept[k].evidence.extend(e for e in item.evidence if e not in kept[k].evidence)
        else:
            kept[k] = item
    return list(kept.values())


def merge(ex: Extraction) -> Extraction:
    return Extraction(
        article_id=ex.article_id,
        persons=_fold(ex.persons, lambda p: p.name),
        organizations=_fold(ex.organizations, lambda o: o.name),
        memberships=_fold(ex.memberships, lambda m: (m.person, m.role, m.organization)),
        documents=_fold(ex.documents, lambda d: d.identifier or d.label),
        statistics=_fold(ex.statistics, lambda s: (s.organization, s.measure, str(s.value), s.start, s.end)),
        places=_fold(ex.places, lambda p: p.label),
    )
