"""Which body a count is about when the text names one the extractor cannot read, or writes one without its name
(sentences written for the tests)."""
from dataclasses import replace

from _fixture import article, stats

from partykg.extract import extract


def test_a_count_of_a_body_not_read_goes_to_no_other_body(nlp):
    # a treasury's Đảng bộ: a body named in full that the extractor does not read; its counts are not the
    # province's; a fishing port board's cell (read since the grammar names the kind) has its own, not the commune's
    assert stats(nlp, "Đảng bộ Kho bạc tỉnh Quảng Trị trực thuộc Đảng bộ Ủy ban nhân dân tỉnh, được kiện toàn "
                      "năm 2025. Hiện Đảng bộ có 14 chi bộ trực thuộc với 265 đảng viên.") == set()
    assert stats(nlp, "Ngày 2/4, Chi bộ Ban Quản lý cảng cá Cửa Tùng (xã Cửa Tùng) tổ chức lễ kết nạp "
                      "2 đảng viên.") == {("Chi bộ Ban Quản lý cảng cá Cửa Tùng", "NewMembers", 2, None, None)}


def test_a_cell_written_without_its_name_is_the_cell_the_paragraph_named_not_a_former_one(nlp):
    found = stats(nlp, "Chi bộ Công an xã Sơn Kim được thành lập trên cơ sở hợp nhất các chi bộ Công an xã Sơn Hồng "
                       "và Sơn Lĩnh. Hiện Chi bộ có 12 đảng viên.")
    assert found == {("Chi bộ Công an xã Sơn Kim", "TotalMembers", 12, None, None)}


def test_a_cell_written_without_its_name_before_the_body_it_belongs_to(nlp):
    found = stats(nlp, "Ngày 5/3, Chi bộ Trạm Y tế xã Hòa Bình kết nạp 1 đảng viên. Chi bộ trực thuộc Đảng bộ xã "
                       "Hòa Bình, hiện có 19 đảng viên.")
    assert ("Chi bộ Trạm Y tế xã Hòa Bình", "TotalMembers", 19, None, None) in found
    assert not {s for s in found if s[0] == "Đảng bộ xã Hòa Bình"}


def test_a_headline_led_by_a_place_reports_on_its_party_organization(nlp):
    text = ("Xã Tân Lập: nâng chất lượng đảng viên\n\n"
            "Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết quý III/2025.\n\n"
            "Chi bộ thôn Đồng Mỏ có 31 đảng viên. Bí thư Chi bộ thôn Đồng Mỏ cho biết chi bộ sinh hoạt đều.\n\n"
            "Quý III/2025, toàn Đảng bộ kết nạp 9 đảng viên.\n\n"
            "Quý IV/2025, phấn đấu kết nạp thêm ít nhất 6 đảng viên.")
    art = replace(article(text), title="Xã Tân Lập: nâng chất lượng đảng viên")
    found = {(s.organization, s.measure, s.value) for s in extract(art, nlp).statistics}
    assert ("Đảng bộ xã Tân Lập", "AdmissionTarget", 6) in found
    assert not {s for s in found if s[0] == "Chi bộ thôn Đồng Mỏ" and s[1] == "AdmissionTarget"}


def test_some_villages_are_no_body(nlp):
    # "có bản chỉ có 3 đảng viên": some villages have that few members; no body counts 3
    assert stats(nlp, "Ở xã Tà Xi, đồng chí Mùa A Chư kể rằng có bản chỉ có 3 đảng viên.") == set()


def test_founding_members_rated_members_and_a_target_exceeded_by_a_count(nlp):
    found = stats(nlp, "Chi bộ Trạm Y tế xã Hòa Bình được thành lập năm 2019 với 3 đảng viên. Năm 2024, Chi bộ "
                       "Trạm Y tế xã Hòa Bình kết nạp 3 đảng viên, vượt chỉ tiêu Đảng ủy xã giao 1 đảng viên.")
    cell = "Chi bộ Trạm Y tế xã Hòa Bình"
    assert found == {(cell, "FoundingMembers", 3, "2019", "2019"), (cell, "NewMembers", 3, "2024", "2024"),
                     (cell, "TargetExceededBy", 1, "2024", "2024")}
    found = stats(nlp, "Đảng bộ xã Tân Lập có 412 đảng viên; tổng số đảng viên được đánh giá, xếp loại là "
                       "398 đồng chí.")
    assert found == {("Đảng bộ xã Tân Lập", "TotalMembers", 412, None, None)}


def test_a_bare_dang_bo_in_a_paragraph_naming_none_is_the_articles_not_a_former_communes(nlp):
    found = stats(nlp, "Đảng bộ đặc khu Cồn Cỏ tổ chức hội nghị sơ kết. Đảng bộ đặc khu Cồn Cỏ được thành lập ngày "
                       "1/7/2025 trên cơ sở Đảng bộ huyện đảo cũ cùng các đảng bộ xã Hải An, Hải Khê.\n\n"
                       "Trong thời gian từ 1/7 đến 20/11/2025, Đảng bộ kết nạp 17 đảng viên.")
    assert {s[0] for s in found if s[1] == "NewMembers"} == {"Đảng bộ đặc khu Cồn Cỏ"}


def test_a_target_a_committee_gives_is_the_counted_bodys(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Gio Linh kết nạp 120 đảng viên, đạt 105% chỉ tiêu Tỉnh ủy giao "
                       "(chỉ tiêu 114 đảng viên).")
    assert ("Đảng bộ huyện Gio Linh", "AdmissionTarget", 114, "2024", "2024") in found
    assert not {s for s in found if s[0] == "Đảng bộ tỉnh Quảng Trị"}


def test_the_yearly_quality_review_rates_members_and_grassroots_organizations(nlp):
    found = stats(nlp, "Năm 2024, Đảng bộ huyện Cam Lộ có 9/41 tổ chức cơ sở đảng được đánh giá hoàn thành xuất sắc "
                       "nhiệm vụ; 58 đảng viên hoàn thành xuất sắc nhiệm vụ, 3 đảng viên không hoàn thành nhiệm vụ.")
    body = "Đảng bộ huyện Cam Lộ"
    assert found == {(body, "GrassrootsOrganizationsCompletedTasksExcellently", 9, "2024", "2024"),
                     (body, "MembersCompletedTasksExcellently", 58, "2024", "2024"),
                     (body, "MembersNotCompletingTasks", 3, "2024", "2024")}


def test_a_body_named_again_in_a_photo_caption_outside_the_body_is_still_the_one_read(nlp):
    # the caption under the body names the cell in full where no organization is read: the cell is no unread body
    body = ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Phú Lộc trực thuộc Đảng bộ xã Phú Lộc được thành lập năm 2020.\n\n"
            "Sau 4 năm, chi bộ có 9 đảng viên, đang bồi dưỡng 2 quần chúng ưu tú.\n\n")
    text = body + "Ảnh: Đảng viên Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Phú Lộc thăm cánh đồng mẫu."
    found = {(s.organization, s.measure, s.value) for s in
             extract(replace(article(text), body_spans=[(0, len(body))]), nlp).statistics}
    assert ("Chi bộ Hợp tác xã Dịch vụ Nông nghiệp Phú Lộc", "TotalMembers", 9) in found


def test_a_district_named_by_its_committee_alone_is_the_subject_over_a_commune_named_twice(nlp):
    # "Huyện ủy", "Đảng bộ huyện" stand for the one district the text names: the whole Đảng bộ counted is the
    # district's, not the commune whose committee two posts name
    text = ("Sáng 5/10/2024, tại huyện Lạc Thủy, Huyện ủy họp bàn việc chuẩn bị kỳ họp cuối năm.\n"
            "Tính đến ngày 30/9/2024, toàn Đảng bộ huyện có 1.520 đảng viên.\n"
            "Ban Thường vụ Huyện ủy điều động đồng chí Bùi Văn Hòa, Bí thư Đảng ủy xã Hưng Thi, giữ chức Phó Trưởng "
            "Ban Tổ chức Huyện ủy; đồng chí Quách Thị Lan được chỉ định làm Bí thư Đảng ủy xã Hưng Thi.")
    assert stats(nlp, text) == {("Đảng bộ huyện Lạc Thủy", "TotalMembers", 1520, "2024-09-30", "2024-09-30")}


def test_a_unit_a_new_commune_was_formed_from_does_not_own_its_count(nlp):
    text = ("Xã Ngọc Thanh (hình thành từ thị trấn Ngọc Thanh và một phần địa bàn lân cận) có 1.124 đảng viên, "
            "9 tháng năm 2025 kết nạp 31 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ xã Ngọc Thanh", "TotalMembers", 1124, None, None),
                                ("Đảng bộ xã Ngọc Thanh", "NewMembers", 31, "2025", "2025-09-30")}


def test_the_members_at_a_founding_opening_the_sentence_or_after_khi(nlp):
    found = stats(nlp, "Thành lập ngày 20/4/2022 với 3 đảng viên, Chi bộ Hợp tác xã Chè Tân Lập nay có 8 đảng viên.")
    assert found == {("Chi bộ Hợp tác xã Chè Tân Lập", "FoundingMembers", 3, "2022-04-20", "2022-04-20"),
                     ("Chi bộ Hợp tác xã Chè Tân Lập", "TotalMembers", 8, None, None)}
    found = stats(nlp, "Bí thư Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình kể: khi chi bộ được thành lập năm 2012 "
                       "chỉ có 4 đảng viên.")
    assert found == {("Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình", "FoundingMembers", 4, "2012", "2012")}
    # the founding named first, its members after "khi đó": the members then, not now
    found = stats(nlp, "Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình được thành lập năm 2014, khi đó chỉ có "
                       "6 đảng viên.")
    assert found == {("Chi bộ Công ty Cổ phần Gạch Tuynel Hòa Bình", "FoundingMembers", 6, "2014", "2014")}


def test_a_target_a_speaker_names_is_not_the_body_of_a_former_post(nlp):
    # "để vượt chỉ tiêu ... là N": the target itself, what the admissions aim to exceed
    text = ("Đồng chí Trịnh Văn Khoa, Phó Bí thư Đảng ủy phường Tân Hòa, nguyên Phó Bí thư Thành ủy Hòa Bình, đề nghị "
            "các chi bộ phấn đấu đến cuối năm 2024 kết nạp đủ để vượt chỉ tiêu năm 2024 là 45 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ phường Tân Hòa", "AdmissionTarget", 45, "2024", "2024")}


def test_a_cell_written_without_its_name_is_not_one_it_was_formed_from(nlp):
    text = ("Chi bộ Nhà văn hóa tỉnh Quảng Ngãi được thành lập ngày 1/9/2025 trên cơ sở hợp nhất "
            "chi bộ Trung tâm Văn hóa Kon Tum (tỉnh Kon Tum cũ) với chi bộ Đoàn Nghệ thuật Quảng Ngãi "
            "(tỉnh Quảng Ngãi cũ). Khi hợp nhất, chi bộ có 29 đảng viên.")
    assert {s[:3] for s in stats(nlp, text)} == {("Chi bộ Nhà văn hóa tỉnh Quảng Ngãi", "TotalMembers", 29)}


def test_a_cell_the_merger_forms_as_object_of_its_verb_is_the_new_one_not_the_last_merged(nlp):
    # "sáp nhập A và B thành lập C": B is followed by the active verb, C is the new cell the count is of
    text = ("Ngày 2/1/2026, trên cơ sở sáp nhập Chi bộ ấp Bến Tre và Chi bộ ấp Cây Dừa thành lập Chi bộ ấp "
            "Phú Hưng. Chi bộ có 47 đảng viên.")
    assert stats(nlp, text) == {("Chi bộ ấp Phú Hưng", "TotalMembers", 47, None, None)}


def test_the_members_a_cell_had_when_it_was_merged_are_counted_on_that_day(nlp):
    text = ("Chi bộ Nhà văn hóa tỉnh Quảng Ngãi được thành lập ngày 1/9/2025 trên cơ sở hợp nhất "
            "chi bộ Trung tâm Văn hóa Kon Tum (tỉnh Kon Tum cũ) với chi bộ Đoàn Nghệ thuật Quảng Ngãi "
            "(tỉnh Quảng Ngãi cũ). Khi hợp nhất, chi bộ có 29 đảng viên.")
    assert stats(nlp, text) == {("Chi bộ Nhà văn hóa tỉnh Quảng Ngãi", "TotalMembers", 29, "2025-09-01", "2025-09-01")}


def test_a_cell_received_with_its_members_is_not_who_counts(nlp):
    text = ("Năm 2025, Đảng bộ Công ty Cấp nước Tân Lập kết nạp 6 đảng viên. Tổng số đảng viên tăng từ 84 lên 97, "
            "trong đó 7 đồng chí do tiếp nhận chi bộ Xí nghiệp Nước sạch Bình Minh và 4 đồng chí chuyển đến từ đơn vị "
            "khác.")
    found = stats(nlp, text)
    assert ("Đảng bộ Công ty Cấp nước Tân Lập", "MembersTransferredIn", 4) in {f[:3] for f in found}


def test_a_headline_that_names_an_institution_reports_on_its_party_organization(nlp):
    # "Bưu điện tỉnh A: ...": the post office's Đảng bộ is the article's subject, though a cell is named more
    title = "Bưu điện tỉnh Lai Châu: đảng viên bám bản"
    text = (f"{title}\n\nChị Nông Thị Lả, đảng viên Chi bộ Bưu điện huyện Phong Thổ, mỗi tuần đưa báo lên các bản.\n\n"
            "Đảng bộ Bưu điện tỉnh Lai Châu có 9 chi bộ trực thuộc. Chi bộ Bưu điện huyện Phong Thổ có 8 đảng viên.\n\n"
            "Sáu tháng đầu năm 2024 kết nạp 4 đảng viên, đạt 50% chỉ tiêu.")
    art = replace(article(text), title=title)
    found = {(s.organization, s.measure, s.value) for s in extract(art, nlp).statistics}
    assert ("Đảng bộ Bưu điện tỉnh Lai Châu", "NewMembers", 4) in found
    assert ("Chi bộ Bưu điện huyện Phong Thổ", "NewMembers", 4) not in found


def test_where_transferred_members_came_from_is_not_the_subject(nlp):
    found = stats(nlp, "Từ ngày 1/7 đến 30/9/2025, Đảng bộ Cục Thống kê tỉnh Phú Thọ tiếp nhận 7 đảng viên chuyển "
                       "đến từ các cơ quan của tỉnh Hòa Bình cũ, chuyển đi 3 đảng viên và kết nạp 2 đảng viên mới.")
    assert ("Đảng bộ Cục Thống kê tỉnh Phú Thọ", "NewMembers", 2, "2025-07-01", "2025-09-30") in found
    assert not any(f[0] == "Đảng bộ tỉnh Hòa Bình" for f in found)


def test_the_units_a_body_was_formed_from_do_not_count_its_figures(nlp):
    assert {f[0] for f in stats(nlp, "Đảng bộ phường Tân Định (hình thành từ các phường Đa Kao, Tân Định của Quận 1 "
                                     "cũ) có 41 chi bộ trực thuộc với 1.920 đảng viên.")} == {"Đảng bộ phường Tân Định"}


def test_a_body_named_in_an_aside_in_brackets_does_not_count_the_figures_after_it(nlp):
    # the merger of two cells, told in brackets, between the count of cells and the members
    found = stats(nlp, "Ngày 1/7/2025, Đảng bộ Cục Thống kê tỉnh Phú Thọ có 9 chi bộ trực thuộc với 150 đảng viên; "
                       "đến ngày 30/9/2025 còn 8 chi bộ (hợp nhất Chi bộ Phòng Tổng hợp và Chi bộ Phòng Dân số thành "
                       "Chi bộ Phòng Nghiệp vụ) với 156 đảng viên.")
    assert ("Đảng bộ Cục Thống kê tỉnh Phú Thọ", "AffiliatedPartyCells", 8, "2025-09-30", "2025-09-30") in found
    assert ("Đảng bộ Cục Thống kê tỉnh Phú Thọ", "TotalMembers", 156, "2025-09-30", "2025-09-30") in found


def test_a_headline_names_a_body_without_its_province(nlp):
    # "Đảng bộ Trung tâm A: ...": the headline's body, whose name the text completes with its province, is the
    # subject; a bare "Đảng bộ" the text writes does not make the superior body it names more often the headline's
    title = "Đảng bộ Trung tâm Kiểm soát bệnh tật: vượt khó sau sắp xếp"
    text = (f"{title}\n\nĐảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai được thành lập theo Quyết định số "
            "12-QĐ/ĐU của Đảng ủy Sở Y tế tỉnh Lào Cai, trực thuộc Đảng bộ Sở Y tế tỉnh Lào Cai. Đảng ủy Sở Y tế "
            "tỉnh Lào Cai giao chỉ tiêu cho các đảng bộ trực thuộc.\n\n"
            "Năm 2025, Đảng bộ kết nạp 4 đảng viên.")
    art = replace(article(text), title=title)
    found = {(s.organization, s.measure, s.value) for s in extract(art, nlp).statistics}
    assert ("Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai", "NewMembers", 4) in found
    assert not {s for s in found if s[0].startswith("Đảng bộ Sở Y tế")}


def test_a_headline_in_capitals_led_by_a_wards_party_organization_names_the_body_its_figures_are_of(nlp):
    # the headline names the ward's Đảng bộ in capitals; the text calls it only "Đảng bộ phường" and names a cell twice
    from helpers import make_article
    text = ("Phường Sông Cầu (tỉnh Đắk Lắk) gồm địa bàn của các phường Xuân Yên, Xuân Phú và xã Xuân Lâm cũ. "
            "Đảng bộ phường hiện có 31 chi bộ trực thuộc.\n\n"
            "✔ Tổng số đảng viên: 1.357.\n\n"
            "Kết nạp theo chi bộ (quý III/2025)\nChi bộ\tKết nạp\nChi bộ khu phố Long Bình\t4\n"
            "Chi bộ khu phố Xuân Thạnh\t1\n\n"
            "Ông Trần Văn Lộc, Bí thư Chi bộ khu phố Long Bình, nói chi bộ phân công người có kinh nghiệm giúp quần "
            "chúng trẻ.")
    article = make_article(text, title="ĐẢNG BỘ PHƯỜNG SÔNG CẦU: NHÌN LẠI QUÝ III/2025")
    found = {(s.organization, s.measure, s.value) for s in extract(article, nlp).statistics}
    assert ("Đảng bộ phường Sông Cầu", "TotalMembers", 1357) in found
    assert not any(o == "Chi bộ khu phố Long Bình" and m == "TotalMembers" for o, m, _ in found)


def test_a_body_placed_under_another_as_it_is_named_keeps_its_counts_from_the_body_above(nlp):
    # the organizations component does not read the name (lower-case words in it); the counts after "trực thuộc Đảng bộ
    # B" are the unread body's, left out, not B's
    found = stats(nlp, "Đảng bộ Nhà máy nhiệt điện than Vĩnh Tân trực thuộc Đảng bộ Tập đoàn Điện lực Việt Nam, hiện "
                       "có 8 chi bộ trực thuộc với 205 đảng viên. Năm 2023, Đảng bộ kết nạp 11 đảng viên.")
    assert found == set()


def test_a_cell_named_by_a_numbered_unit_is_a_body_of_its_own(nlp):
    found = stats(nlp, "Đảng bộ Công ty Lâm nghiệp Sông Hinh có 14 chi bộ với 230 đảng viên.\n"
                       "Chi bộ Đội 2, Lâm trường Ea Bia đóng trên địa bàn xã Ea Bia. Năm 2020 chi bộ chỉ có 4 đảng "
                       "viên, nay có 11 đảng viên; riêng năm ngoái chi bộ kết nạp thêm 2 công nhân.")
    assert found == {("Đảng bộ Công ty Lâm nghiệp Sông Hinh", "AffiliatedPartyCells", 14, None, None),
                     ("Đảng bộ Công ty Lâm nghiệp Sông Hinh", "TotalMembers", 230, None, None)}


def test_a_part_organization_is_the_one_of_the_workplace_its_clause_names(nlp):
    found = stats(nlp, "Đảng bộ Công ty Chè Mộc Sơn có 4 đảng bộ bộ phận và 12 chi bộ trực thuộc.\n"
                       "Ở Xí nghiệp Chè Tân Lạc, Đảng bộ bộ phận hiện có 5 chi bộ, 71 đảng viên; năm 2024 kết nạp 3 "
                       "đảng viên.\nĐảng bộ bộ phận khối văn phòng có 40 đảng viên.")
    assert found == {("Đảng bộ Công ty Chè Mộc Sơn", "AffiliatedPartyCells", 12, None, None),
                     ("Đảng bộ Công ty Chè Mộc Sơn", "AffiliatedPartyCommittees", 4, None, None),
                     ("Đảng bộ Xí nghiệp Chè Tân Lạc", "AffiliatedPartyCells", 5, None, None),
                     ("Đảng bộ Xí nghiệp Chè Tân Lạc", "TotalMembers", 71, None, None),
                     ("Đảng bộ Xí nghiệp Chè Tân Lạc", "NewMembers", 3, "2024", "2024")}


def test_a_bare_head_after_a_merger_is_the_new_body_not_the_last_one_it_was_formed_from(nlp):
    found = stats(nlp, "Đảng bộ Sở Nội vụ tỉnh Lào Cai ra đời theo Quyết định số 118-QĐ/TU của Ban Thường vụ "
                       "Tỉnh ủy, trên cơ sở sáp nhập Đảng bộ Sở Nội vụ tỉnh Hà Giang với Đảng bộ Sở Lao động - "
                       "Thương binh và Xã hội tỉnh Hà Giang. Đảng bộ hiện có 21 chi bộ trực thuộc với 402 đảng viên.")
    assert found == {("Đảng bộ Sở Nội vụ tỉnh Lào Cai", "AffiliatedPartyCells", 21, None, None),
                     ("Đảng bộ Sở Nội vụ tỉnh Lào Cai", "TotalMembers", 402, None, None)}


def test_the_units_a_branch_serves_are_not_the_subject_of_its_count(nlp):
    found = stats(nlp, "Chi bộ Chi cục Thuế khu vực Tây Sơn, phụ trách thị xã An Nhơn, huyện Tây Sơn và huyện Vân "
                       "Canh, có 38 đảng viên.")
    assert found == {("Chi bộ Chi cục Thuế khu vực Tây Sơn", "TotalMembers", 38, None, None)}


def test_the_unit_a_superlative_ranks_within_counts_nothing(nlp):
    # "là một trong các đảng bộ ... nhất tỉnh A": tỉnh A is the comparison's scope, the count is the body's
    found = stats(nlp, "Đảng bộ xã Hòa Bình được thành lập năm 2025. Đảng bộ này là một trong các đảng bộ xã có nhiều "
                       "chi bộ nhất tỉnh Phú Yên, có 38 chi bộ trực thuộc với tổng số 1.950 đảng viên.")
    assert found == {("Đảng bộ xã Hòa Bình", "AffiliatedPartyCells", 38, None, None),
                     ("Đảng bộ xã Hòa Bình", "TotalMembers", 1950, None, None)}


def test_a_body_placed_under_its_superior_is_the_articles_not_the_superior_named_often(nlp):
    # the superior is named three times (the placing, a guest's post, a document's issuer); the text places its own
    # body under it: a bare "Đảng bộ" is the body placed, not the superior
    text = ("Đảng bộ Bệnh viện Sản - Nhi tỉnh Yên Bái từ năm 2023 thuộc Đảng bộ Sở Y tế tỉnh Yên Bái, làm "
            "việc tốt. Dự hội nghị có đồng chí Lò Văn Quyết, Ủy viên Đảng ủy Sở Y tế tỉnh Yên Bái.\n\n"
            "Thực hiện Hướng dẫn số 07-HD/ĐU của Đảng ủy Sở Y tế tỉnh Yên Bái, năm 2025, Đảng bộ kết nạp 4 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ Bệnh viện Sản - Nhi tỉnh Yên Bái", "NewMembers", 4, "2025", "2025")}


def test_a_superior_the_article_is_about_stays_its_body_when_it_places_a_cell_or_an_aside_places_another(nlp):
    # the superior's own article that places one cell under it; a placing in brackets is an aside
    text = ("Đảng bộ Sở Y tế tỉnh Yên Bái tổng kết công tác năm 2025. Chi bộ Phòng Nghiệp vụ Y trực thuộc Đảng bộ Sở Y "
            "tế tỉnh Yên Bái được biểu dương. Đảng ủy Sở Y tế tỉnh Yên Bái chỉ đạo sát sao.\n\n"
            "Năm 2025, Đảng bộ kết nạp 31 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ Sở Y tế tỉnh Yên Bái", "NewMembers", 31, "2025", "2025")}
    text = ("Đảng ủy Sở Y tế tỉnh Yên Bái họp phiên thường kỳ. Đảng bộ Bệnh viện Phổi tỉnh Yên Bái (trực thuộc Đảng bộ "
            "Sở Y tế tỉnh Yên Bái) được khen. Đảng ủy Sở Y tế tỉnh Yên Bái giao chỉ tiêu cho các chi bộ.\n\n"
            "Năm 2025, Đảng bộ kết nạp 27 đảng viên.")
    assert stats(nlp, text) == {("Đảng bộ Sở Y tế tỉnh Yên Bái", "NewMembers", 27, "2025", "2025")}


def test_a_guest_line_opening_a_paragraph_is_not_what_its_counts_are_about(nlp):
    # "Dự đại hội có đồng chí A, Phó Bí thư Đảng ủy B": the guest's post names B; the congress's counts that follow
    # are the article's body's
    head = ("Đảng bộ Trung tâm Y tế huyện Mường Khương tổ chức Đại hội lần thứ V, nhiệm kỳ 2025 - 2030. Đảng bộ Trung "
            "tâm Y tế huyện Mường Khương có nhiều cố gắng.\n\n")
    body = "Đảng bộ Trung tâm Y tế huyện Mường Khương"
    found = stats(nlp, head + "Dự đại hội có đồng chí Giàng Seo Phử, Bí thư Đảng ủy Sở Tư pháp tỉnh Lào Cai. Đại hội "
                              "có 45 đại biểu thay mặt cho 96 đảng viên của 6 chi bộ trực thuộc.")
    assert found == {(body, "AffiliatedPartyCells", 6, None, None), (body, "CongressDelegates", 45, None, None),
                     (body, "TotalMembers", 96, None, None)}
    # a paragraph a speaker opens (no guest line) is still about the speaker's body
    found = stats(nlp, head + "Đồng chí Giàng Seo Phử, Bí thư Đảng ủy Sở Tư pháp tỉnh Lào Cai phát biểu tại đại hội. "
                              "Năm 2024 kết nạp 52 đảng viên.")
    assert found == {("Đảng bộ Sở Tư pháp tỉnh Lào Cai", "NewMembers", 52, "2024", "2024")}


def test_delegates_standing_for_the_membership_written_dai_dien_cho(nlp):
    # "đại diện cho" says what "thay mặt cho" says: the delegates stand for the whole membership
    found = stats(nlp, "Ngày 3/5, Đảng bộ Trung tâm Y tế huyện Mường Khương khai mạc Đại hội. Về dự có 45 đại biểu đại "
                       "diện cho 96 đảng viên đang sinh hoạt ở 6 chi bộ trực thuộc.")
    body = "Đảng bộ Trung tâm Y tế huyện Mường Khương"
    assert found == {(body, "TotalMembers", 96, None, None), (body, "AffiliatedPartyCells", 6, None, None)}
    # a representative of households, of a village: no membership
    assert stats(nlp, "Đảng bộ xã Bản Lầu họp dân. Ông Lý Seo Chúng phát biểu đại diện cho 30 hộ dân và 2 "
                      "đảng viên cao tuổi của thôn.") == set()


def test_a_guest_lines_posts_do_not_own_the_meetings_counts(nlp):
    head = ("Đảng bộ Trung tâm Y tế huyện Mường Khương tổ chức Đại hội lần thứ V. Đảng bộ Trung tâm Y tế huyện Mường "
            "Khương có nhiều cố gắng.\n\n")
    body = "Đảng bộ Trung tâm Y tế huyện Mường Khương"
    found = stats(nlp, head + "Khách mời: Dự đại hội có đồng chí Giàng Seo Phử, Bí thư Đảng ủy Sở Tư pháp tỉnh Lào "
                              "Cai và 45 đại biểu thay mặt cho 96 đảng viên.")
    assert found == {(body, "TotalMembers", 96, None, None)}
    # not a guest line: the speaker's post names the body his count is about
    found = stats(nlp, head + "Đồng chí Giàng Seo Phử, Bí thư Đảng ủy xã Bản Lầu cho biết năm 2024 đã kết nạp 9 "
                              "đảng viên.")
    assert found == {("Đảng ủy xã Bản Lầu", "NewMembers", 9, "2024", "2024")}


def test_the_unit_in_a_cells_name_written_again_is_no_body_of_its_own(nlp):
    cell = "Chi bộ Trạm Y tế xã Tân Hòa"
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên. Năm 2026, Chi bộ Trạm Y tế xã Tân Hòa đề ra chỉ "
                       "tiêu kết nạp 2 đảng viên.")
    assert found == {(cell, "TotalMembers", 11, None, None), (cell, "AdmissionTarget", 2, "2026", "2026")}
    # the commune's Đảng bộ named on its own after the cell is a body
    found = stats(nlp, "Chi bộ Trạm Y tế xã Tân Hòa có 11 đảng viên. Chi bộ Trạm Y tế xã Tân Hòa và Đảng bộ xã Tân Hòa "
                       "cùng kết nạp 3 đảng viên.")
    assert found == {(cell, "TotalMembers", 11, None, None), ("Đảng bộ xã Tân Hòa", "NewMembers", 3, None, None)}


def test_a_superior_naming_its_members_placed_under_it_stays_the_articles_body(nlp):
    # the superior's own news, named first: a member it places under itself ("trong đó Đảng bộ xã A thuộc ...") is
    # one of its members, not what the article is about
    found = stats(nlp, "Đảng bộ tỉnh Đồng Tháp có 40 đảng bộ trực thuộc, trong đó Đảng bộ xã An Long thuộc Đảng bộ "
                       "tỉnh Đồng Tháp có nhiều cách làm hay.\n\nNăm 2025, Đảng bộ kết nạp 1.210 đảng viên.")
    assert found == {("Đảng bộ tỉnh Đồng Tháp", "AffiliatedPartyCommittees", 40, None, None),
                     ("Đảng bộ tỉnh Đồng Tháp", "NewMembers", 1210, "2025", "2025")}
    # several bodies placed under one superior, named after them: its members, the article is the superior's
    found = stats(nlp, "Năm 2025, Đảng bộ xã An Long thuộc Đảng bộ huyện Tam Nông và Đảng bộ xã Phú Ninh thuộc Đảng "
                       "bộ huyện Tam Nông dẫn đầu phong trào. Ban Thường vụ Huyện ủy Tam Nông biểu dương hai đảng bộ."
                       "\n\nNăm 2025, Đảng bộ kết nạp 210 đảng viên.")
    assert found == {("Đảng bộ huyện Tam Nông", "NewMembers", 210, "2025", "2025")}


def test_the_bodies_a_merger_formed_a_body_from_place_nothing_under_the_decisions_issuer(nlp):
    # "thành lập ... trên cơ sở hợp nhất Đảng bộ xã A": the former bodies, not bodies placed under the committee whose
    # decision is cited just before them
    found = stats(nlp, "Đảng bộ xã Tân Phú ra mắt theo Quyết định số 88-QĐ/TU của Tỉnh ủy Đồng Nai trên cơ sở hợp nhất "
                       "Đảng bộ xã Phú Lâm và Đảng bộ xã Phú Bình. Phó Bí thư Tỉnh ủy Đồng Nai trao quyết định cho "
                       "Đảng bộ xã Tân Phú.\n\nHiện Đảng bộ có 1.340 đảng viên.")
    assert found == {("Đảng bộ xã Tân Phú", "TotalMembers", 1340, None, None)}


def test_a_line_about_a_draft_is_no_guest_line(nlp):
    # "Về dự thảo ..., có đồng chí A, Bí thư Đảng ủy B cho biết ...": a speaker on a draft gives his body's count
    found = stats(nlp, "Đảng bộ huyện Hòa Vang tổ chức hội nghị sơ kết. Huyện ủy Hòa Vang chỉ đạo sát.\n\nVề dự thảo "
                       "nghị quyết, có đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã Hòa Tiến cho biết năm 2025 đã kết nạp 19 "
                       "đảng viên.")
    assert found == {("Đảng ủy xã Hòa Tiến", "NewMembers", 19, "2025", "2025")}


def test_a_spokesman_or_a_receiver_for_some_members_is_no_membership(nlp):
    # "đại diện" for the membership only after the delegates: a badge handed to representatives, a new member speaking
    # for the others, gifts to some members
    assert stats(nlp, "Đảng bộ phường Hòa Khánh tổ chức lễ trao Huy hiệu Đảng. Đồng chí Bí thư Đảng ủy phường trao Huy "
                      "hiệu 40 năm tuổi Đảng cho đại diện 12 đảng viên.") == {
        ("Đảng bộ phường Hòa Khánh", "PartyBadgesAwarded", 12, None, None)}
    assert stats(nlp, "Chi bộ khu phố 3 tổ chức sinh hoạt. Ban Tổ chức tặng quà cho đại diện 8 đảng viên có hoàn "
                      "cảnh khó khăn.") == set()
    assert stats(nlp, "Đảng bộ phường Hòa Khánh làm lễ kết nạp. Phát biểu đại diện cho 5 đảng viên mới, đồng "
                      "chí Trần Thị Lan hứa phấn đấu.") == set()
    assert stats(nlp, "Đảng bộ phường Hòa Khánh làm lễ kết nạp. Đồng chí Trần Thị Lan thay mặt 5 đảng viên mới "
                      "hứa phấn đấu.") == set()
    # the delegates, counted as comrades, stand for the membership
    assert stats(nlp, "Đảng bộ phường Hòa Khánh khai mạc Đại hội. Đại hội có 112 đồng chí thay mặt cho 890 đảng "
                      "viên.") == {("Đảng bộ phường Hòa Khánh", "TotalMembers", 890, None, None)}
