"""Organizations, their parents and places of the coast guard, hospitals, fraternal parties, religious bodies and
newsletters (sentences written for the tests; people invented)."""
from _fixture import article, orgs

from partykg.extract import extract


def facts(nlp, text, issued=None):
    return extract(article(text, issued), nlp)


def test_bare_commune_names_under_a_unit_column_are_the_districts_communes(nlp):
    got = facts(nlp, "Đảng bộ huyện Yên Lạc tổ chức hội nghị sơ kết. Kết quả kết nạp của một số đảng bộ xã:\n"
                     "Đơn vị\nKết nạp\nGhi chú\nTề Lỗ\n6\nđạt kế hoạch\nĐồng Cương\n3\n\n"
                     "Ban Tổ chức Huyện ủy đề nghị các đảng bộ tiếp tục tạo nguồn.", "2024-10-05")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Đảng bộ xã Tề Lỗ"].parent == "Đảng bộ huyện Yên Lạc"
    assert orgs["Đảng bộ xã Đồng Cương"].parent == "Đảng bộ huyện Yên Lạc"
    assert "xã Tề Lỗ" in {p.label for p in got.places}
    assert not any(name.startswith("Đảng bộ đạt") or "Ghi chú" in name for name in orgs)


def test_coast_guard_region_flotilla_and_a_ships_cell(nlp):
    got = facts(nlp, "Thiếu tá Đỗ Minh Tâm, Bí thư Chi bộ Tàu CSB 6011 thuộc Hải đội 301, Vùng Cảnh sát biển 3, "
                     "cho biết chi bộ có 15 đảng viên. Đảng ủy Vùng chỉ đạo các chi bộ tàu sinh hoạt đều đặn; "
                     "Đảng ủy Cảnh sát biển ban hành hướng dẫn mới.", "2025-10-02")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Tàu CSB 6011"].parent == "Đảng bộ Hải đội 301"
    assert orgs["Hải đội 301"].parent == "Vùng Cảnh sát biển 3"
    assert orgs["Đảng ủy Vùng Cảnh sát biển 3"].parent == "Đảng bộ Vùng Cảnh sát biển 3"
    assert "Đảng ủy Cảnh sát biển" in orgs


def test_the_hospital_written_in_lower_case_after_a_party_body_is_the_one_named(nlp):
    got = facts(nlp, "Bệnh viện Đa khoa tỉnh Lạng Sơn tổng kết năm. Đảng bộ bệnh viện (trực thuộc Đảng bộ Khối các "
                     "cơ quan tỉnh) có 12 chi bộ trực thuộc. Năm nay, Đảng bộ kết nạp 15 đảng viên.", "2024-12-20")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Đảng bộ Bệnh viện Đa khoa tỉnh Lạng Sơn"].parent == "Đảng bộ Khối các cơ quan tỉnh Lạng Sơn"
    assert not any("bệnh viện" in name for name in orgs)


def test_a_tab_table_of_a_hospitals_cells_named_in_full(nlp):
    got = facts(nlp, "Đảng ủy - Ban Giám đốc Bệnh viện Đa khoa tỉnh Bắc Kạn tổ chức hội nghị. Đảng ủy Bệnh viện "
                     "Đa khoa tỉnh Bắc Kạn có 9 chi bộ trực thuộc. Kết quả kết nạp:\n"
                     "Chi bộ\tKết nạp\tĐang bồi dưỡng\nChi bộ Khối Sản\t3\t4\nChi bộ Dược - Vật tư\t1\t2\n",
                "2024-12-18")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Khối Sản"].parent == "Đảng bộ Bệnh viện Đa khoa tỉnh Bắc Kạn"
    assert orgs["Chi bộ Dược - Vật tư"].parent == "Đảng bộ Bệnh viện Đa khoa tỉnh Bắc Kạn"


def test_the_agencys_cell_called_by_its_common_noun_belongs_where_the_text_says(nlp):
    got = facts(nlp, "Chi bộ Tòa án nhân dân khu vực 3 - Lâm Đồng tổ chức sinh hoạt chuyên đề. Chi bộ cơ quan trực "
                     "thuộc Đảng bộ Tòa án nhân dân tỉnh Lâm Đồng, hiện có 2 tổ đảng.", "2025-11-20")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Chi bộ Tòa án nhân dân khu vực 3 - Lâm Đồng"].parent == "Đảng bộ Tòa án nhân dân tỉnh Lâm Đồng"


def test_a_newsletters_item_headed_by_a_province_in_capitals_after_a_bullet(nlp):
    got = facts(nlp, "ĐIỂM TIN TUẦN\n\n■ TRÀ VINH: Xã Long Hữu chăm lo tạo nguồn\nĐảng bộ xã Long Hữu kết nạp 9 đảng "
                     "viên trong quý.\n\n■ BẠC LIÊU: Xã Phong Thạnh Đông có chi bộ mới\nĐảng bộ xã Phong Thạnh Đông "
                     "thành lập thêm một chi bộ.", "2024-10-10")
    places = {p.label for p in got.places}
    assert {"tỉnh Trà Vinh", "tỉnh Bạc Liêu"} <= places


def test_a_lao_provinces_committee_is_named_as_written_and_the_bare_province_stays_vietnamese(nlp):
    got = facts(nlp, "Tỉnh ủy Kon Tum tiếp đoàn đại biểu Tỉnh ủy Attapeu (Lào) do đồng chí Bounmy Phommachanh, "
                     "Trưởng Ban Tổ chức Tỉnh ủy Attapeu làm trưởng đoàn. Đảng bộ tỉnh Attapeu có 9.000 đảng viên. "
                     "Đồng chí Hà Văn Lực cho biết Đảng bộ tỉnh có 48.000 đảng viên.", "2024-09-12")
    orgs = {o.name: o for o in got.organizations}
    assert orgs["Ban Tổ chức Tỉnh ủy Attapeu"].parent == "Tỉnh ủy Attapeu"
    assert "Đảng bộ tỉnh Attapeu" in orgs and "Đảng bộ tỉnh Kon Tum" in orgs
    assert "tỉnh Attapeu" not in {p.label for p in got.places}


def test_a_fraternal_party_is_an_organization_of_its_own(nlp):
    got = facts(nlp, "Hai bên khẳng định quan hệ đặc biệt giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào.")
    names = {o.name for o in got.organizations}
    assert {"Đảng Cộng sản Việt Nam", "Đảng Nhân dân Cách mạng Lào"} <= names


def test_one_cell_of_a_kind_counted_with_mot_is_no_particular_cell(nlp):
    got = facts(nlp, "Đảng bộ xã Nậm Xé có 11 chi bộ, gồm 8 chi bộ bản, một chi bộ quân sự, một chi bộ công "
                     "an và một chi bộ trường học.", "2024-06-10")
    names = {o.name for o in got.organizations}
    assert not any(n.startswith(("Chi bộ Công an", "Chi bộ Quân sự", "Chi bộ công an")) for n in names)


def test_the_khmer_monks_patriotic_association_of_a_district(nlp):
    got = facts(nlp, "Đại đức Thạch Sa Rinh, Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước huyện Cầu Kè, dự hội nghị.",
                "2024-07-15")
    assert "Hội Đoàn kết Sư sãi yêu nước huyện Cầu Kè" in {o.name for o in got.organizations}


def test_a_member_of_a_fraternal_partys_central_committee(nlp):
    got = facts(nlp, "Đoàn do đồng chí Bounmy Phommachanh, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, làm trưởng "
                     "đoàn.", "2025-11-04")
    held = {(m.person, m.role, m.organization) for m in got.memberships}
    assert ("Bounmy Phommachanh", "Ủy viên", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào") in held
    # near miss: the Party's own Central Committee
    got = facts(nlp, "Đồng chí Hà Văn Lực, Ủy viên Trung ương Đảng, dự hội nghị.", "2025-11-04")
    assert {m.organization for m in got.memberships} == {"Ban Chấp hành Trung ương Đảng"}


def test_a_cell_of_an_agency_written_in_lower_case_is_a_kind_of_cell(nlp):
    got = facts(nlp, "Đảng bộ phường Hòa Bình kết nạp 15 đảng viên; phần lớn ở chi bộ công an, quân sự, trường học "
                     "và doanh nghiệp trên địa bàn.", "2025-10-10")
    names = {o.name for o in got.organizations}
    assert not any(n.lower().startswith(("chi bộ công an", "chi bộ quân sự")) for n in names)


def test_a_labour_federation_written_short_is_the_units_and_in_the_provinces(nlp):
    # ("LĐLĐ huyện X": a district's labour federation, in its province's by the unions' charter; no document code)
    found = orgs(nlp, "Liên đoàn Lao động tỉnh Thái Bình giao chỉ tiêu theo Kế hoạch số 40-KH/LĐLĐ. LĐLĐ huyện Kiến "
                      "Xương giới thiệu 25 đoàn viên.")
    assert found["Liên đoàn Lao động huyện Kiến Xương"].parent == "Liên đoàn Lao động tỉnh Thái Bình"
    assert not any("LĐLĐ" in name for name in found)


def test_the_coast_guard_named_in_full_keeps_the_country_in_its_name(nlp):
    found = orgs(nlp, "Thiếu tướng Đỗ Văn Tâm, Phó Tư lệnh Cảnh sát biển Việt Nam, dự hội nghị của Đảng ủy Vùng Cảnh "
                      "sát biển 2.")
    assert {n: o.parent for n, o in found.items()} == {
        "Cảnh sát biển Việt Nam": None, "Đảng ủy Vùng Cảnh sát biển 2": "Đảng bộ Vùng Cảnh sát biển 2"}
