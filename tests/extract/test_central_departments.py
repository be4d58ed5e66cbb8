"""Departments named by their field of work ("Vụ", "Cục", "Tổng cục") of a ministry, a central board
of the Party or a military region, with their parent where the text names it; sentences written for
the tests (people invented)."""
from dataclasses import replace

from _fixture import article

from partykg.extract import extract


def facts(nlp, text):
    return extract(replace(article(text), issued="2025-10-20"), nlp)


def orgs(ex):
    return {o.name: o for o in ex.organizations}


def test_a_boards_department_in_apposition_has_the_board_as_parent(nlp):
    ex = facts(nlp, "Đồng chí Quàng Văn Tính, Quyền Vụ trưởng Vụ Cơ sở đảng, Ban Tổ chức Trung ương cho biết, "
                    "Ban sẽ ban hành hướng dẫn mới.")
    found = orgs(ex)
    assert found["Vụ Cơ sở đảng"].parent == "Ban Tổ chức Trung ương"
    assert "Ban Tổ chức Trung ương" in found
    assert [(m.person, m.role, m.organization) for m in ex.memberships] == [
        ("Quàng Văn Tính", "Quyền Vụ trưởng", "Vụ Cơ sở đảng")]


def test_a_department_named_with_its_host_keeps_it_in_its_name(nlp):
    found = orgs(facts(nlp, "Hướng dẫn số 55-HD/CT của Cục Chính trị Quân khu 7 được triển khai. Ông Trần Văn "
                            "Khải, Phó Vụ trưởng Vụ Tổ chức cán bộ Bộ Nội vụ, dự hội nghị."))
    assert found["Cục Chính trị Quân khu 7"].parent == "Quân khu 7"
    assert found["Vụ Tổ chức cán bộ Bộ Nội vụ"].parent == "Bộ Nội vụ"
    assert {"Quân khu 7", "Bộ Nội vụ"} <= set(found)


def test_a_departments_lower_case_name_ends_where_the_sentence_goes_on(nlp):
    ex = facts(nlp, "Năm nay, Đảng bộ Tổng cục Thi hành án dân sự có thêm 6 đảng viên. Đồng chí Lò Thị Hiền, Bí thư "
                    "Chi bộ Vụ Pháp luật dân sự - kinh tế chia sẻ, chi bộ đã kết nạp 2 đảng viên.")
    assert {"Đảng bộ Tổng cục Thi hành án dân sự", "Chi bộ Vụ Pháp luật dân sự - kinh tế"} <= set(orgs(ex))
    assert ("Lò Thị Hiền", "Bí thư", "Chi bộ Vụ Pháp luật dân sự - kinh tế") in {
        (m.person, m.role, m.organization) for m in ex.memberships}


def test_a_list_of_bodies_gives_no_parent(nlp):
    found = orgs(facts(nlp, "Đại diện Vụ Đảng viên, Ban Tuyên giáo Trung ương, Bộ Công an tham dự hội nghị."))
    assert found["Vụ Đảng viên"].parent is None


def test_a_district_or_a_crop_season_is_no_department(nlp):
    found = orgs(facts(nlp, "Huyện ủy Vụ Bản chỉ đạo sản xuất. Vụ Mùa năm nay bội thu ở Vụ Bản."))
    assert not any(name.startswith("Vụ") for name in found)


def test_a_plenum_of_the_central_committee_names_the_committee(nlp):
    found = orgs(facts(nlp, "Chi bộ Công ty Cổ phần Chè Phú Đa thực hiện Nghị quyết số 18-NQ/TW của Hội nghị Trung "
                            "ương 6 khóa XII về sắp xếp tổ chức bộ máy."))
    assert "Ban Chấp hành Trung ương Đảng" in found


def test_a_departments_field_ends_at_a_bare_unit_word_or_a_predicate(nlp):
    ex = facts(nlp, "Sáng 15/10, Đảng ủy Cục Thuế tỉnh Cà Mau họp. Đồng chí Lâm Quốc Tuấn, Bí thư Đảng ủy, Cục trưởng "
                    "Cục Thuế tỉnh trình bày báo cáo. Đảng bộ Cục Thuế hiện có 15 chi bộ trực thuộc.")
    names = set(orgs(ex))
    assert {"Cục Thuế tỉnh Cà Mau", "Đảng bộ Cục Thuế tỉnh Cà Mau"} <= names
    assert not any(n.endswith((" trình", " hiện")) for n in names)
    assert ("Lâm Quốc Tuấn", "Cục trưởng", "Cục Thuế tỉnh Cà Mau") in {
        (m.person, m.role, m.organization) for m in ex.memberships}
