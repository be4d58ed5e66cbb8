"""Load the lexicons and registries kept as data files under partykg/resources."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("partykg.resources").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """A one-entry-per-line list."""
    return tuple(_lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """A TSV file with a header row (after the # comment lines)."""
    rows = csv.DictReader(_lines(name), delimiter="\t")
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


def area_words(reading: str) -> tuple[str, ...]:
    """The words of residential_areas.tsv (the residential areas below a commune) that take part in a reading."""
    return tuple(r["word"] for r in table("residential_areas.tsv") if reading in r["readings"].split(","))
