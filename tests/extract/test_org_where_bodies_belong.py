"""Organizations on sentences written for the tests: numbered villages and
cells, former units after the 2025 reform, a workplace's units, bare bodies resolved by the party's structure."""
from _fixture import article, orgs

from partykg.extract import extract


def test_a_village_or_cell_numbered_after_its_name_keeps_its_number(nlp):
    # a village split in parts keeps its name and a number; a students' cell is numbered within its school
    found = orgs(nlp, "Đảng bộ xã Phong Hải có 30 chi bộ. Chi bộ thôn Nậm Cang 2 kết nạp 3 đảng viên, "
                      "Chi bộ thôn Nậm Cang 1 kết nạp 2 đảng viên.")
    assert {"Chi bộ thôn Nậm Cang 1", "Chi bộ thôn Nậm Cang 2"} <= set(found)
    assert "Chi bộ thôn Nậm Cang" not in found
    assert found["Chi bộ thôn Nậm Cang 2"].parent == "Đảng bộ xã Phong Hải"
    found = orgs(nlp, "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn có 2 chi bộ sinh viên: Chi bộ Sinh viên 1 "
                      "kết nạp 6 đồng chí, Chi bộ Sinh viên 2 kết nạp 4 đồng chí.")
    assert found["Chi bộ Sinh viên 2"].parent == "Đảng bộ Trường Cao đẳng Y tế Lạng Sơn"
    assert "Chi bộ Sinh viên 1" in found and "Chi bộ Sinh viên" not in found
    # a figure after the name is a count, no part of it
    found = orgs(nlp, "Đảng bộ xã Phong Hải có Chi bộ thôn Nậm Cang 36 đảng viên.")
    assert "Chi bộ thôn Nậm Cang" in found
    found = orgs(nlp, "Kết nạp theo chi bộ của Đảng bộ xã Phong Hải: Chi bộ thôn Nậm Cang 3; Chi bộ thôn Cốc Sâm 2.")
    assert "Chi bộ thôn Nậm Cang" in found and "Chi bộ thôn Nậm Cang 3" not in found


def test_a_province_the_text_names_as_former_is_not_where_its_bodies_are(nlp):
    from partykg.extract import extract
    # the 2025 commune lies in Quảng Ngãi; Kon Tum, named as the former province, no longer exists
    found = extract(article(
        "Sau sắp xếp, xã Mô Rai mới (trên cơ sở xã Mô Rai và xã Rơ Kơi của huyện Sa Thầy, tỉnh Kon Tum cũ) "
        "có 18 thôn. Bộ Chỉ huy Bộ đội Biên phòng tỉnh khen thưởng Đồn Biên phòng Mô Rai. "
        "Đảng bộ xã Mô Rai kết nạp 7 đảng viên.", issued="2025-10-20"), nlp)
    names = {o.name: o.parent for o in found.organizations}
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi" in names
    assert names["Đảng bộ xã Mô Rai"] == "Đảng bộ tỉnh Quảng Ngãi"
    assert not any("Kon Tum" in n for n in names)
    assert "tỉnh Quảng Ngãi" in {p.label for p in found.places}


def test_a_district_named_in_a_former_post_is_no_subject_since_the_reform(nlp):
    from partykg.extract import extract
    found = extract(article(
        "Ủy ban Kiểm tra Tỉnh ủy Lào Cai quyết định kỷ luật ông Lò Văn Tạo, Phó Chủ tịch Ủy ban nhân dân "
        "xã Bát Xát, nguyên Phó Chủ tịch Ủy ban nhân dân huyện Bát Xát. Trong quý III, các cấp ủy, "
        "tổ chức đảng đã thi hành kỷ luật 29 đảng viên.", issued="2025-10-20"), nlp)
    assert {s.organization for s in found.statistics} == {"Đảng bộ tỉnh Lào Cai"}
    assert "Đảng bộ huyện Bát Xát" not in {o.name for o in found.organizations}


def test_a_workplace_unit_is_in_the_workplace_its_cell_is_in(nlp):
    # the cells of a company's Đảng bộ are seated in its units: the district power unit is the company's
    found = orgs(nlp, "Đảng bộ Công ty Điện lực Sơn La có 30 chi bộ trực thuộc. Chi bộ Điện lực Mộc Châu kết nạp "
                      "3 đảng viên. Đồng chí Lò Văn Khiêm, Bí thư Chi bộ, Giám đốc Điện lực Mộc Châu cho biết "
                      "chi bộ sinh hoạt vào buổi tối.")
    assert found["Chi bộ Điện lực Mộc Châu"].parent == "Đảng bộ Công ty Điện lực Sơn La"
    assert found["Điện lực Mộc Châu"].parent == "Công ty Điện lực Sơn La"


def test_a_section_headed_by_a_bare_province_name_is_about_that_province(nlp):
    # a piece comparing two provinces heads each section with the province's name and a colon
    text = ("Lai Châu: giao chỉ tiêu đến từng chi bộ\n\n"
            "Theo Tỉnh ủy Lai Châu, 8 tháng năm 2025, Đảng bộ tỉnh kết nạp 713 đảng viên.\n\n"
            "Lạng Sơn: dựa vào đảng viên \"cắm thôn\"\n\n"
            "Ở Lạng Sơn, 8 tháng năm 2025, Đảng bộ tỉnh kết nạp 958 đảng viên. "
            "Tỉnh ủy Lạng Sơn ban hành kết luận về việc này.")
    found = orgs(nlp, text)
    assert {"Đảng bộ tỉnh Lai Châu", "Đảng bộ tỉnh Lạng Sơn"} <= set(found)


def test_a_union_named_by_its_hosts_kind_word_is_the_one_such_host_named(nlp):
    # the company is named only in its cell's name; "Công đoàn công ty" is its union
    found = orgs(nlp, "Chi bộ Công ty TNHH May Tiên Lãng trực thuộc Đảng bộ xã Tiên Lãng. Chi bộ phối hợp với "
                      "Công đoàn công ty phát hiện công nhân ưu tú.")
    assert "Công đoàn Công ty TNHH May Tiên Lãng" in found
    # a border post's youth union, the post named in full before
    found = orgs(nlp, "Đảng ủy Đồn Biên phòng Pa Vây Sử kết nạp 2 đảng viên. Dịp này, Đoàn Thanh niên Đồn Biên phòng "
                      "trao 30 suất quà cho học sinh.")
    assert "Đoàn Thanh niên Đồn Biên phòng Pa Vây Sử" in found


def test_a_body_a_clause_then_where_it_belongs(nlp):
    found = orgs(nlp, "Đảng ủy xã Tiên Lãng họp. Chi bộ Công ty TNHH May Tiên Lãng được thành lập tháng 3/2025, "
                      "trực thuộc Đảng bộ xã Tiên Lãng, hiện có 19 đảng viên.")
    assert found["Chi bộ Công ty TNHH May Tiên Lãng"].parent == "Đảng bộ xã Tiên Lãng"
    # a committee that assigns targets to the cells under it states nothing of where it belongs
    found = orgs(nlp, "Đảng ủy xã Tiên Lãng giao chỉ tiêu cho các chi bộ, trực thuộc Đảng bộ tỉnh Hải Dương.")
    assert found["Đảng ủy xã Tiên Lãng"].parent == "Đảng bộ xã Tiên Lãng"


def test_a_party_organization_named_by_its_bodys_acronym_is_no_bare_one(nlp):
    # "PC Sơn La" is the power company's short name: no Đảng bộ of the province the article names
    found = orgs(nlp, "Nửa đầu năm 2024, Đảng bộ PC Sơn La kết nạp 18 đảng viên. Đảng bộ Khối Doanh nghiệp "
                      "tỉnh Sơn La biểu dương.")
    assert "Đảng bộ tỉnh Sơn La" not in found
    # an abbreviated unit word is still read: "Đảng bộ TP Sơn La"
    assert "Đảng bộ thành phố Sơn La" in orgs(nlp, "Năm 2024, Đảng bộ TP Sơn La kết nạp 180 đảng viên.")


def test_the_bare_cell_said_to_belong_is_the_one_the_article_names_as_such(nlp):
    # the cell formed from two former ones: those are told of in passing ("chi bộ X"), the bare "Chi bộ" is the new one
    found = orgs(nlp, "Chi bộ Nhà hát Chèo tỉnh Ninh Bình được thành lập trên cơ sở hợp nhất chi bộ của Nhà hát "
                      "Chèo Hà Nam và chi bộ Đoàn Nghệ thuật Tam Điệp. Chi bộ trực thuộc Đảng bộ Sở Văn hóa, "
                      "Thể thao và Du lịch tỉnh Ninh Bình.")
    department = "Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình"
    assert found["Chi bộ Nhà hát Chèo tỉnh Ninh Bình"].parent == department
    assert found["Chi bộ Đoàn Nghệ thuật Tam Điệp"].parent is None
    found = orgs(nlp, "Chi bộ Ban Quản lý cảng cá Gành Hào có 12 đảng viên. Ông Lê Văn Tư cho biết, chi bộ sinh hoạt "
                      "trực thuộc Đảng bộ Sở Nông nghiệp và Môi trường tỉnh Cà Mau.")
    assert found["Chi bộ Ban Quản lý cảng cá Gành Hào"].parent == "Đảng bộ Sở Nông nghiệp và Môi trường tỉnh Cà Mau"


def test_a_numbered_village_cell_before_a_colon_and_a_note_keeps_its_number(nlp):
    found = orgs(nlp, "Một số chi bộ tiêu biểu của Đảng bộ phường Tân An:\n"
                      "- Chi bộ khu phố Bình Minh 3: 4 đảng viên mới;\n"
                      "- Chi bộ khu phố Bình Minh 7: chưa kết nạp được.")
    assert {"Chi bộ khu phố Bình Minh 3", "Chi bộ khu phố Bình Minh 7"} <= set(found)
    assert "Chi bộ khu phố Bình Minh" not in found


def test_the_cells_named_after_a_party_organization_counts_its_cells_are_its_own(nlp):
    found = orgs(nlp, "Đảng bộ Công ty Than Hà Lầm có 12 đảng bộ bộ phận. Đảng bộ Phân xưởng Vận tải có 6 chi bộ "
                      "trực thuộc, trong đó 4 chi bộ ở các đội xe. Chi bộ Đội xe tải nặng có 31 đảng viên.")
    assert found["Chi bộ Đội xe tải nặng"].parent == "Đảng bộ Phân xưởng Vận tải"
    found = orgs(nlp, "Đảng bộ xã Nậm Ty có 21 chi bộ trực thuộc, gồm 16 chi bộ bản; chi bộ Công an xã và chi bộ "
                      "Trường Tiểu học Nậm Ty.")
    assert found["Chi bộ Trường Tiểu học Nậm Ty"].parent == "Đảng bộ xã Nậm Ty"


def test_a_body_founded_by_a_committees_decision_belongs_where_the_sentence_goes_on_to_say(nlp):
    # "Đảng bộ X được thành lập theo Quyết định ... của Đảng ủy Y, trực thuộc Đảng bộ Y": the decision's issuer is a
    # clause about X, then where X belongs
    text = ("Đảng bộ Trung tâm Quan trắc tài nguyên và môi trường tỉnh Nghệ An được thành lập theo Quyết định số "
            "27-QĐ/ĐU ngày 14/8/2025 của Đảng ủy Sở Nông nghiệp và Môi trường, là cơ sở đảng trực thuộc Đảng bộ "
            "Sở Nông nghiệp và Môi trường tỉnh Nghệ An.")
    facts = extract(article(text, issued="2025-10-01"), nlp)
    found = {o.name: o for o in facts.organizations}
    centre = "Đảng bộ Trung tâm Quan trắc Tài nguyên và Môi trường tỉnh Nghệ An"
    assert found[centre].parent == "Đảng bộ Sở Nông nghiệp và Môi trường tỉnh Nghệ An"


def test_a_communes_military_and_health_station_cells_named_by_the_body_alone(nlp):
    # (every commune has a military command and a health station: their cells, written without the unit in an
    # article about the commune, are the commune's, in its Đảng bộ; a workplace's article leaves them as written)
    found = orgs(nlp, "Đảng bộ xã Quảng Phú có 24 chi bộ, gồm 18 chi bộ thôn, chi bộ Quân sự, chi bộ Trạm Y tế và "
                      "4 chi bộ trường học.")
    assert {n: o.parent for n, o in found.items() if n.startswith(("Chi bộ Quân sự", "Chi bộ Trạm"))} == {
        "Chi bộ Quân sự xã Quảng Phú": "Đảng bộ xã Quảng Phú", "Chi bộ Trạm Y tế xã Quảng Phú": "Đảng bộ xã Quảng Phú"}


def test_a_village_cells_number_before_a_count_noun_is_a_figure(nlp):
    # ("khu phố 4 năm liên tục": four years running, no cell of a quarter numbered 4)
    found = orgs(nlp, "Hội nghị sơ kết của Đảng ủy phường Đông Xuyên biểu dương các chi bộ khu phố 4 năm liên tục "
                      "hoàn thành tốt nhiệm vụ. Chi bộ khu phố 7 hiện có 52 đảng viên.")
    assert {n for n in found if n.startswith("Chi bộ")} == {"Chi bộ khu phố 7"}


def test_a_numbered_village_cell_followed_by_a_verb_or_a_date_is_still_read(nlp):
    # ("tổ chức" the verb, "năm 2024" a date: only members or a run of years after the number are a figure)
    found = orgs(nlp, "Đảng bộ xã Hòa Lạc có 15 chi bộ. Chi bộ thôn 3 tổ chức hội nghị kiểm điểm cuối năm. "
                      "Chi bộ xóm 6 năm 2023 đạt danh hiệu trong sạch, vững mạnh.")
    assert {n for n in found if n.startswith("Chi bộ")} == {"Chi bộ thôn 3", "Chi bộ xóm 6"}


def test_a_health_centres_station_cell_stays_the_centres_in_its_own_article(nlp):
    # (before 2025 a district's health centre ran its communes' stations: the cell is the centre's, as written)
    found = orgs(nlp, "Đảng bộ Trung tâm Y tế huyện Mỹ Lộc có 12 chi bộ. Năm 2023, tại xã Nghĩa Đồng, chi bộ Trạm Y tế "
                      "kết nạp hai đảng viên là điều dưỡng.")
    assert {n: o.parent for n, o in found.items() if n.startswith("Chi bộ")} == {
        "Chi bộ Trạm Y tế": "Đảng bộ Trung tâm Y tế huyện Mỹ Lộc"}


def test_every_commune_body_in_the_table_puts_its_named_cell_in_the_communes_organization(nlp):
    # (commune_bodies.tsv: the health station is the commune's as its military command is)
    found = orgs(nlp, "Chi bộ Trạm Y tế xã Yên Lạc kết nạp một y sĩ; Chi bộ Quân sự xã Yên Lạc kết nạp hai chiến sĩ.")
    assert {n: o.parent for n, o in found.items()} == {
        "Chi bộ Trạm Y tế xã Yên Lạc": "Đảng bộ xã Yên Lạc", "Chi bộ Quân sự xã Yên Lạc": "Đảng bộ xã Yên Lạc"}


def test_a_body_belongs_where_the_text_says_after_its_founding_or_between_dashes(nlp):
    # the passive of its founding, then where it belongs; not the province's Đảng bộ by default
    found = orgs(nlp, "Từ tháng 7, Đảng bộ Bưu điện tỉnh Hà Tĩnh vừa được thành lập mới, trực thuộc Đảng bộ Khối các "
                      "cơ quan tỉnh Hà Tĩnh, gồm 6 chi bộ.")
    assert {n: o.parent for n, o in found.items()} == {
        "Đảng bộ Bưu điện tỉnh Hà Tĩnh": "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh",
        "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh": "Đảng bộ tỉnh Hà Tĩnh"}
    # an apposition set off by dashes
    found = orgs(nlp, "Năm nay, Chi bộ Trung tâm Pháp y tỉnh Hà Tĩnh - đơn vị trực thuộc Đảng bộ Sở Y tế tỉnh Hà "
                      "Tĩnh - kết nạp 2 đảng viên.")
    assert {n: o.parent for n, o in found.items()} == {
        "Chi bộ Trung tâm Pháp y tỉnh Hà Tĩnh": "Đảng bộ Sở Y tế tỉnh Hà Tĩnh", "Đảng bộ Sở Y tế tỉnh Hà Tĩnh": None}


def test_the_committee_that_founded_a_party_organization_is_the_one_above_it(nlp):
    found = orgs(nlp, "Theo tờ trình, Đảng bộ Bưu điện tỉnh Hà Tĩnh được thành lập theo Quyết định 88-QĐ/ĐUK "
                      "ký ngày 2/7/2025 của Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh, gồm 14 chi bộ.")
    assert {n: o.parent for n, o in found.items()} == {
        "Đảng bộ Bưu điện tỉnh Hà Tĩnh": "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh",
        "Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh": "Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh"}


def test_where_the_text_says_a_body_belongs_wins_over_the_committee_that_founded_it(nlp):
    found = orgs(nlp, "Ngày 2/7, Ban Thường vụ Tỉnh ủy Kon Tum ra Quyết định số 77-QĐ/TU thành lập Đảng bộ Trung tâm "
                      "Kiểm soát bệnh tật tỉnh Kon Tum, trực thuộc Đảng bộ Sở Y tế tỉnh Kon Tum.")
    assert {n: o.parent for n, o in found.items()} == {
        "Ban Thường vụ Tỉnh ủy Kon Tum": "Tỉnh ủy Kon Tum", "Tỉnh ủy Kon Tum": "Đảng bộ tỉnh Kon Tum",
        "Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum": "Đảng bộ Sở Y tế tỉnh Kon Tum",
        "Đảng bộ Sở Y tế tỉnh Kon Tum": None}


def test_a_parent_stated_in_other_words_after_the_founder_wins_over_it(nlp):
    # ", là chi bộ trực thuộc Z" after the founding committee: the text says where the cell belongs
    found = orgs(nlp, "Chi bộ Trường Tiểu học Đông Hưng được thành lập theo Quyết định 31-QĐ/ĐU của Đảng ủy xã "
                      "Thạnh Phú, là chi bộ trực thuộc Đảng bộ bộ phận khu vực 4.")
    # (and the committee that issued the decision is a clause about the cell: it is not what belongs there)
    assert {n: o.parent for n, o in found.items()} == {
        "Chi bộ Trường Tiểu học Đông Hưng": "Đảng bộ bộ phận khu vực 4",
        "Đảng ủy xã Thạnh Phú": "Đảng bộ xã Thạnh Phú", "Đảng bộ bộ phận khu vực 4": "Đảng bộ xã Thạnh Phú"}
