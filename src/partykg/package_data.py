"""The files partykg reads at run time, as package data (importlib.resources).

The ontology and its shapes (`partykg/ontology/`), the competency queries
(`partykg/queries/`) and the resource tables (`partykg/resources/`) ship inside
the package, so an installed wheel runs with no checkout around it.

One source of truth: in the repository, `src/partykg/ontology/*.ttl` and
`src/partykg/queries/*.rq` are symbolic links to the files of `ontology/` and
`queries/`, which stay where users, the docs and the scorer
(`--ontology ontology`) know them. The wheel build stores the files' content;
tests/test_package_data.py fails when a link is missing, broken or has turned
into a copy that drifted.
"""
from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE: Traversable = files("partykg")
ONTOLOGY: Traversable = PACKAGE / "ontology"
QUERIES: Traversable = PACKAGE / "queries"
RESOURCES: Traversable = PACKAGE / "resources"

Folder = Traversable | str | os.PathLike


class MissingResourceError(FileNotFoundError):
    """A data file partykg needs is not there (its name is in the message)."""


def folder(where: Folder) -> Traversable:
    """A folder given as a path (a test's own ontology) or as package data."""
    return Path(where) if isinstance(where, (str, os.PathLike)) else where


def read_bytes(where: Folder, name: str) -> bytes:
    """The bytes of `name` in `where`; a missing file raises MissingResourceError naming it."""
    item = folder(where) / name
    try:
        return item.read_bytes()
    except (FileNotFoundError, NotADirectoryError) as exc:
        hint = (" (partykg's package data is incomplete: reinstall partykg, or in a checkout"
                " see that the links of src/partykg/ontology and src/partykg/queries resolve)"
                if _in_package(item) else "")
        raise MissingResourceError(f"missing resource {name}: {item} not found{hint}") from exc


def read_text(where: Folder, name: str) -> str:
    return read_bytes(where, name).decode("utf-8")


def _in_package(item: Traversable) -> bool:
    return str(item).startswith(str(PACKAGE))
