"""The ontology, shapes and queries are package data with one source of truth.

ontology/*.ttl and queries/*.rq are the editable files (the docs, `make docs`
and the scorer's `--ontology ontology` read them there); src/partykg/ontology
and src/partykg/queries hold a symbolic link to each, which the wheel build
stores as the file's content. These tests fail when the two drift: a file
without its link, a link to nothing, or a link that became a diverging copy.
"""
import os
from pathlib import Path

import pytest

from partykg import package_data
from partykg.package_data import MissingResourceError, read_bytes

from conftest import ROOT

PAIRS = [("ontology", "*.ttl"), ("queries", "*.rq")]


@pytest.mark.parametrize("folder,pattern", PAIRS)
def test_package_data_mirrors_the_repository_folder(folder, pattern):
    source = ROOT / folder
    packaged = ROOT / "src" / "partykg" / folder
    names = sorted(p.name for p in source.glob(pattern))
    assert names, f"{folder}/ has no {pattern}"
    assert sorted(p.name for p in packaged.iterdir()) == names, (
        f"src/partykg/{folder}/ must hold a link to each {folder}/{pattern} and nothing else: "
        f"cd src/partykg/{folder} && ln -s ../../../{folder}/NAME NAME")
    for name in names:
        link = packaged / name
        assert link.is_symlink() and os.readlink(link) == f"../../../{folder}/{name}", (
            f"src/partykg/{folder}/{name} must be a link to ../../../{folder}/{name} (one source of truth)")
        assert link.read_bytes() == (source / name).read_bytes()


def test_the_code_reads_them_as_package_data():
    assert Path(str(package_data.ONTOLOGY)) == ROOT / "src" / "partykg" / "ontology"
    assert read_bytes(package_data.ONTOLOGY, "shapes.ttl") == (ROOT / "ontology" / "shapes.ttl").read_bytes()
    assert read_bytes(package_data.QUERIES, "posts.rq") == (ROOT / "queries" / "posts.rq").read_bytes()
    from partykg.rdf.vocab import ONTOLOGY_DIR
    from partykg.validate import ONTOLOGY_DIR as VALIDATE_ONTOLOGY
    assert ONTOLOGY_DIR == VALIDATE_ONTOLOGY == package_data.ONTOLOGY


def test_a_missing_resource_is_named(tmp_path):
    with pytest.raises(MissingResourceError, match=r"partykg\.ttl"):
        read_bytes(package_data.ONTOLOGY, "partykg.ttl.gone")
    from partykg.rdf.vocab import load_vocabulary
    with pytest.raises(MissingResourceError, match=r"missing resource partykg\.ttl: .*not found"):
        load_vocabulary(tmp_path)


def test_no_top_level_flows_package():
    assert not (ROOT / "flows").exists()
    from partykg.flows.deploy import scheduled_flow  # noqa: F401
    from partykg.flows.etl import run_flow  # noqa: F401
