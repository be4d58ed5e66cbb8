"""Deterministic, readable IRIs: the same entity gets the same IRI in every run.

An IRI is the kind of resource plus an ASCII slug of its identifying label
("Huyện ủy Vĩnh Linh" -> id/org/huyen-uy-vinh-linh). Labels are compared
after normalization, so the same name always yields the same slug.
"""
from __future__ import annotations

from pyoxigraph import NamedNode
from slugify import slugify

from partykg.rdf.namespaces import PREFIXES

BASE = PREFIXES["pkr"]


def slug(*parts: object) -> str:
    """ASCII slug of the parts, joined by '--' so that parts never run together."""
    return "--".join(slugify(str(p), lowercase=True) or "x" for p in parts if p not in (None, ""))


def mint(kind: str, *parts: object) -> NamedNode:
    return NamedNode(f"{BASE}{kind}/{slug(*parts)}")
