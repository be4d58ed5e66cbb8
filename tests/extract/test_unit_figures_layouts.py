"""Tables and lists by unit in outlets' layouts: tab and flattened tables, timelines, headers on one line (sentences
written for the tests)."""
from _fixture import article, stats

from partykg.extract import extract

# a table of cells apart by tabs, with the candidates each cell cultivates (quần chúng ưu tú đang bồi dưỡng)
CELLS = ("Năm 2024, Đảng bộ Trường Cao đẳng Y tế Hòa Sơn kết nạp 12 đảng viên. Kết quả ở một số chi bộ:\n\n"
         "Chi bộ\tKết nạp\tQuần chúng ưu tú đang bồi dưỡng\n"
         "Chi bộ Khoa Dược\t3\t5\n"
         "Chi bộ Khoa Điều dưỡng - Hộ sinh\t0\t4\n")


def test_a_table_of_cells_with_the_candidates_each_cultivates(nlp):
    found = stats(nlp, CELLS)
    assert ("Chi bộ Khoa Dược", "NewMembers", 3, "2024", "2024") in found
    assert ("Chi bộ Khoa Điều dưỡng - Hộ sinh", "NewMembers", 0, "2024", "2024") in found
    assert {(s[0], s[2]) for s in found if s[1] == "PartyCandidatesInTraining"} == {
        ("Chi bộ Khoa Dược", 5), ("Chi bộ Khoa Điều dưỡng - Hộ sinh", 4)}


def test_a_table_of_cells_is_not_put_under_a_provinces_party_organization(nlp):
    # the article's subject read as the province's Đảng bộ: a province's members are district, bloc and commune
    # đảng bộ, never cells
    text = ("Năm 2024, Đảng bộ tỉnh Ninh Bình kết nạp 1.830 đảng viên. Kết quả ở một số chi bộ:\n\n"
            "Chi bộ\tKết nạp\tSố đảng viên\n"
            "Chi bộ Khoa Dược\t3\t25\nChi bộ Khoa Nội\t2\t36\n")
    parents = {o.name: o.parent for o in extract(article(text), nlp).organizations}
    assert ("Chi bộ Khoa Nội", "TotalMembers", 36, "2024", "2024") in stats(nlp, text)
    assert parents.get("Chi bộ Khoa Dược") != "Đảng bộ tỉnh Ninh Bình"
    assert parents.get("Chi bộ Khoa Nội") != "Đảng bộ tỉnh Ninh Bình"


# a table flattened one cell per line with a last column of notes, its cell empty in some rows (no line for it)
NOTED = ("Tháng 10/2024, Đảng bộ huyện Yên Mô (tỉnh Ninh Bình) sơ kết công tác phát triển đảng viên. "
         "Kết quả kết nạp 9 tháng của các đảng bộ xã tiêu biểu:\n"
         "Đơn vị\nKết nạp\nGhi chú\n"
         "Yên Phong\n8\nđạt chỉ tiêu năm\n"
         "Yên Hòa\n6\n"
         "Khánh Thượng\n0\nchưa có quần chúng ưu tú\n"
         "Yên Thắng\n5\n\n"
         "Huyện ủy đề nghị các xã tập trung tạo nguồn.\n")


def test_a_flattened_table_with_a_column_of_notes_empty_in_some_rows(nlp):
    found = {s for s in stats(nlp, NOTED) if s[1] == "NewMembers" and s[0].startswith("Đảng bộ xã")}
    assert found == {
        ("Đảng bộ xã Yên Phong", "NewMembers", 8, "2024", "2024-09-30"),
        ("Đảng bộ xã Yên Hòa", "NewMembers", 6, "2024", "2024-09-30"),
        ("Đảng bộ xã Khánh Thượng", "NewMembers", 0, "2024", "2024-09-30"),
        ("Đảng bộ xã Yên Thắng", "NewMembers", 5, "2024", "2024-09-30"),
    }


# a table of one body's members by group, one row a line: the groups are no organizations, their counts the body's
BY_AGE = ("Đến ngày 31/10/2025, Đảng bộ xã Yên Phong (tỉnh Ninh Bình) có 412 đảng viên. "
          "Cơ cấu đảng viên theo độ tuổi:\n"
          "Độ tuổi | Số đảng viên | Tỷ lệ\n"
          "Dưới 30 tuổi | 62 | 15%\n"
          "Từ 30 đến 60 tuổi | 250 | 60,7%\n"
          "Trên 60 tuổi | 100 | 24,3%\n")


def test_a_table_of_one_bodys_members_by_group(nlp):
    found = stats(nlp, BY_AGE)
    by_group = {(s[0], s[1], s[2]) for s in found if s[1].startswith("MembersByGroup")}
    assert by_group == {("Đảng bộ xã Yên Phong", "MembersByGroup", 62),
                        ("Đảng bộ xã Yên Phong", "MembersByGroupShare", 15),
                        ("Đảng bộ xã Yên Phong", "MembersByGroup", 250),
                        ("Đảng bộ xã Yên Phong", "MembersByGroupShare", "60.7"),
                        ("Đảng bộ xã Yên Phong", "MembersByGroup", 100),
                        ("Đảng bộ xã Yên Phong", "MembersByGroupShare", "24.3")}
    assert not [s for s in found if "tuổi" in s[0]]  # no group read as an organization
    # tabs instead of bars, a total row (the body's own count, which its sentence gives)
    tabbed = BY_AGE.replace(" | ", "\t") + "Tổng cộng\t412\t100%\n"
    assert {(s[0], s[1], s[2]) for s in stats(nlp, tabbed) if s[1].startswith("MembersByGroup")} == by_group


# a body's history, one dated event a line: each line's date dates its figures
TIMELINE = ("Nhân kỷ niệm 70 năm thành lập, Đảng ủy xã Yên Phong tổng hợp các mốc chính:\n"
            "1955 - Thành lập Chi bộ Yên Phong với 5 đảng viên.\n"
            "1986 - Đảng bộ xã Yên Thắng có 9 chi bộ với 230 đảng viên.\n"
            "Tháng 3/2012 - Đảng bộ xã Yên Thắng được tặng Huân chương Lao động hạng Ba.\n"
            "31/12/2024 - Đảng bộ xã Yên Phong có 17 chi bộ trực thuộc với 498 đảng viên.\n")


def test_a_timelines_line_dates_its_figures(nlp):
    found = stats(nlp, TIMELINE)
    assert ("Đảng bộ xã Yên Thắng", "TotalMembers", 230, "1986", "1986") in found
    assert ("Đảng bộ xã Yên Phong", "TotalMembers", 498, "2024-12-31", "2024-12-31") in found
    assert ("Đảng bộ xã Yên Phong", "AffiliatedPartyCells", 17, "2024-12-31", "2024-12-31") in found
    # two dated lines are no timeline; a line opening with a term is no date
    two = TIMELINE.replace("1955 - ", "").replace("Tháng 3/2012 - ", "")
    assert ("Đảng bộ xã Yên Thắng", "TotalMembers", 230, "1986", "1986") not in stats(nlp, two)
    term = TIMELINE.replace("1986 - ", "1986 - 1991 - ")
    assert ("Đảng bộ xã Yên Thắng", "TotalMembers", 230, "1986", "1986") not in stats(nlp, term)


def test_a_header_on_one_line_with_a_column_no_heading_names(nlp):
    # its cells are the columns: one no heading names is left unread, the others still are, whatever it holds
    text = ("Năm 2024, Đảng bộ Trường Cao đẳng Y tế Hòa Sơn kết nạp 12 đảng viên. Kết quả ở một số chi bộ:\n\n"
            "Chi bộ\tKết nạp\tNgười tiêu biểu\tSố đảng viên\n"
            "Chi bộ Khoa Dược\t3\tdược sĩ Hà Minh Thu\t25\n"
            "Chi bộ Khoa Nội\t2\t-\t36\n")
    found = stats(nlp, text)
    assert ("Chi bộ Khoa Dược", "NewMembers", 3, "2024", "2024") in found
    assert ("Chi bộ Khoa Nội", "TotalMembers", 36, "2024", "2024") in found


def test_a_table_of_members_by_group_flattened_one_cell_a_line(nlp):
    flat = BY_AGE.replace(" | ", "\n")
    assert {(s[0], s[1], s[2]) for s in stats(nlp, flat) if s[1].startswith("MembersByGroup")} == {
        ("Đảng bộ xã Yên Phong", "MembersByGroup", 62), ("Đảng bộ xã Yên Phong", "MembersByGroupShare", 15),
        ("Đảng bộ xã Yên Phong", "MembersByGroup", 250), ("Đảng bộ xã Yên Phong", "MembersByGroupShare", "60.7"),
        ("Đảng bộ xã Yên Phong", "MembersByGroup", 100), ("Đảng bộ xã Yên Phong", "MembersByGroupShare", "24.3")}


def test_timeline_lines_set_off_as_items(nlp):
    text = TIMELINE.replace("1955 - ", "- 1955: ").replace("1986 - ", "• 1986: ") \
        .replace("Tháng 3/2012 - ", "- 3/2012: ").replace("31/12/2024 - ", "- 31/12/2024: ")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Yên Thắng", "TotalMembers", 230, "1986", "1986") in found
    assert ("Đảng bộ xã Yên Phong", "TotalMembers", 498, "2024-12-31", "2024-12-31") in found


def test_timeline_lines_set_off_by_em_dashes(nlp):
    # "— 1986: ...": the em dash some editors open a timeline's lines with
    text = TIMELINE.replace("1955 - ", "— 1955: ").replace("1986 - ", "— 1986: ") \
        .replace("Tháng 3/2012 - ", "— Tháng 3/2012: ").replace("31/12/2024 - ", "— 31/12/2024: ")
    found = stats(nlp, text)
    assert ("Đảng bộ xã Yên Thắng", "TotalMembers", 230, "1986", "1986") in found
    assert ("Đảng bộ xã Yên Phong", "TotalMembers", 498, "2024-12-31", "2024-12-31") in found


def test_a_bare_count_heading_counts_what_the_caption_breaks_down(nlp):
    text = ("Năm 2024, Đảng bộ xã Yên Phong (tỉnh Ninh Bình) kết nạp 14 đảng viên. "
            "Cơ cấu đảng viên mới theo trình độ:\n"
            "Trình độ chuyên môn\tSố lượng\tTỷ lệ\nĐại học\t5\t35,7%\nTrung cấp\t9\t64,3%\n")
    found = {(s[0], s[1], s[2]) for s in stats(nlp, text) if "ByGroup" in s[1]}
    assert found == {("Đảng bộ xã Yên Phong", "NewMembersByGroup", 5), ("Đảng bộ xã Yên Phong", "NewMembersByGroup", 9),
                     ("Đảng bộ xã Yên Phong", "NewMembersShareByGroup", "35.7"),
                     ("Đảng bộ xã Yên Phong", "NewMembersShareByGroup", "64.3")}

    # the caption's last sentence breaks the members down, not the admissions its first sentence counts
    members = text.replace("Cơ cấu đảng viên mới", "Cơ cấu đảng viên của Đảng bộ")
    assert {s[1] for s in stats(nlp, members) if "ByGroup" in s[1]} == {"MembersByGroup", "MembersByGroupShare"}


def test_overlapping_body_spans_are_one_span():
    # spans a layout gave twice over (the second starting inside the first) are one stretch of the body
    from partykg.extract.unit_figures import _joined
    text = "Năm\tKết nạp\n2023\t4\n\nBài viết khác của chuyên mục."
    assert _joined(text, [(0, 14), (8, 20)]) == [(0, 20)]


def test_spans_apart_by_a_lone_figure_after_prose_stay_apart():
    # a lone figure after a line of prose (a page's view counter) is no row of a table: the spans stay apart; after
    # a row's period it is that row's figure, and the spans are one table
    from partykg.extract.unit_figures import _joined
    text = "Chi bộ họp định kỳ đúng quy định.\n1250\nNăm\tKết nạp\n2023\t4\n"
    cut = text.index("1250")
    assert _joined(text, [(0, cut), (cut + 5, len(text))]) == [(0, cut), (cut + 5, len(text))]
    text = "Năm học\nKết nạp\n2022 - 2023\n3\n2023 - 2024\n5\n"
    cut = text.index("3\n2023")
    assert _joined(text, [(0, cut), (cut + 2, len(text))]) == [(0, len(text))]
    # a row's figures cut after its first one: the rest are that row's too
    text = "Năm\tĐảng viên\tKết nạp\n2022\n41\n3\n2023\n44\n5\n"
    cut = text.index("3\n2023")
    assert _joined(text, [(0, cut), (cut + 2, len(text))]) == [(0, len(text))]
