"""Deterministic, readable IRIs: the same entity gets the same IRI in every run.

Scheme (https://w3id.org/partykg/id/<kind>/<local>):

- Entities named by a label (organizations, persons, places, roles,
  documents, memberships, statistics) get `<ascii-slug>-<6 hex>`: the slug is
  for people ("Huyện ủy Vĩnh Linh" -> huyen-uy-vinh-linh), the suffix is the
  first 6 hex digits of the SHA-256 of the entity's *key*. The key is the
  label in NFC, case-folded, white space and dashes collapsed, so
  "Huyện Ủy  Vĩnh Linh" and "Huyện ủy Vĩnh Linh" share an IRI, while labels
  that slug alike but differ ("Phạm Văn Tuấn" / "Phạm Văn Tuân": the slug
  drops the tone marks) get different ones. The suffix depends on the key
  alone, never on what else was seen, so it is stable across articles, runs
  and input sets (a "first come gets the bare slug" scheme would not be).
- Things that already have an ASCII identifier (articles: the file stem;
  evidence: stem/start-end/rule; sentences: stem/start-end; named graphs) use
  it verbatim: it is unique by construction.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode
from slugify import slugify, smart_truncate

from partykg.rdf.namespaces import PREFIXES

BASE = PREFIXES["pkr"]
SUFFIX_LEN = 6
SLUG_MAX = 60  # characters of a part's readable slug (cut at a word boundary)
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_DASHES = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
# a label keeps the article's apostrophe ("K’Linh"), its IRI is the straight one's: the same person or unit whichever
# form an article writes
_APOSTROPHES = str.maketrans("\u2019\u2018\u201b", "'" * 3)


def key(part: object) -> str:
    """The identity of a label: NFC, case-folded, one space, one dash form."""
    text = unicodedata.normalize("NFC", str(part)).casefold()
    text = _DASHES.sub(" - ", text)
    return " ".join(text.split())


def slug(*parts: object) -> str:
    """Readable ASCII slug + hash of the parts' keys (see the module docstring)."""
    pieces = [_piece(str(p)) for p in parts if p not in (None, "")]
    readable = "--".join(r for r, _ in pieces)
    digest = hashlib.sha256("\x1f".join(k for _, k in pieces).encode("utf-8")).hexdigest()
    return f"{readable}-{digest[:SUFFIX_LEN]}"


@lru_cache(maxsize=1 << 16)  # names, roles and ids recur across an article's IRIs
def _piece(part: str) -> tuple[str, str]:
    """(The readable slug, the key) of one part, its apostrophes straightened here, once a text, not
    at every new IRI that names it."""
    part = part.translate(_APOSTROPHES)
    return readable(part) or "x", key(part)


def readable(part: str) -> str:
    """slugify(part, lowercase=True, max_length=SLUG_MAX, word_boundary=True), put together from the
    slugs of its words: slugify maps a text a character at a time (transliterates, lower-cases, turns
    what is not a letter or digit into one dash) and no step of it reads across a space, which is
    always a dash; so the slug is its words' slugs joined by dashes, then cut. A new name is mostly
    words seen before (family and middle names, "Đảng ủy", "xã"), and slugify costs ~50 us a text."""
    text = "-".join(filter(None, map(_word, part.split(" "))))
    return smart_truncate(text, SLUG_MAX, word_boundary=True, separator="-") if len(text) >= SLUG_MAX else text


@lru_cache(maxsize=1 << 16)
def _word(word: str) -> str:
    return slugify(word, lowercase=True)


def mint(kind: str, *parts: object) -> NamedNode:
    """IRI of an entity identified by one or more labels."""
    # cached by the parts' text, which alone makes the IRI: 1 and 1.0 are equal keys to a cache
    return _mint(kind, *(str(p) for p in parts if p not in (None, "")))


@lru_cache(maxsize=1 << 16)  # the same entities recur in every article of a corpus
def _mint(kind: str, *parts: str) -> NamedNode:
    return NamedNode(f"{BASE}{kind}/{slug(*parts)}")


@lru_cache(maxsize=1 << 12)  # an article's id, a rule's name: few identifiers, each in many IRIs
def is_safe(identifier: str) -> bool:
    """Whether mint_id uses `identifier` verbatim."""
    return _SAFE.match(identifier) is not None


def mint_id(kind: str, *identifiers: object) -> NamedNode:
    """IRI of a thing with ASCII identifiers (file stems, offsets, rule names), used verbatim.

    An identifier that is not IRI-safe (a file stem with spaces or diacritics)
    falls back to the slug-and-hash scheme, so every identifier gets an IRI.
    """
    ids = [str(i) for i in identifiers]
    if not all(map(_SAFE.match, ids)):
        return mint(kind, *ids)
    return NamedNode(f"{BASE}{kind}/{'/'.join(ids)}")
