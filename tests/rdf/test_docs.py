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
    measures = (tmp_path / "measures.html").read_text(encoding="utf-8")
    assert "đảng viên kết nạp mới" in measures and "AffiliatedPartyCells" in measures
    # each label once per language, apart: not "administrative unitđơn vị hành chính"
    assert "<h3>administrative unit / đơn vị hành chính\n" in html and "unitđơn" not in html
    assert "<h1>partykg ontology / Bản thể học partykg</h1>" in html
    assert '<h3 id="pkg_NewMembers">new members admitted / đảng viên kết nạp mới</h3>' in measures
    assert "ns1" not in measures  # the measures are in the pkg: namespace, by name
    assert 'href="measures.html"' in html and 'href="index.html"' in measures  # linked both ways
    for name, fresh in (("index.html", html), ("measures.html", measures)):
        assert fresh == (ROOT / "docs" / "ontology" / name).read_text(encoding="utf-8"), \
            f"docs/ontology/{name} is stale: run `make docs` and commit it"
