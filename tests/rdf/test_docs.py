"""`make docs`: pyLODE renders the ontology offline, and the committed HTML is current."""
from __future__ import annotations

import importlib.util

from conftest import ROOT


def test_docs_build_and_match_the_committed_html(tmp_path):
    spec = importlib.util.spec_from_file_location("make_docs", ROOT / "ontology" / "make_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    html = module.main(destination=tmp_path / "index.html").read_text(encoding="utf-8")
    for term in ("PartyCommittee", "PartyDocument", "MembershipStatistic", "periodStart", "cấp ủy"):
        assert term in html
    assert html == (ROOT / "docs" / "ontology" / "index.html").read_text(encoding="utf-8"), \
        "docs/ontology/index.html is stale: run `make docs` and commit it"
