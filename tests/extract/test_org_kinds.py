"""Organizations on sentences written for the tests: the party a
member leaves, tables of a workplace's cells, the Fatherland Front since 2025, generic levels."""
from _fixture import article, orgs


def test_the_party_a_member_leaves_or_people_trust(nlp):
    # removal and expulsion take a member out of the party itself (Điều lệ Đảng)
    assert set(orgs(nlp, "Năm qua, huyện xóa tên, cho ra khỏi Đảng 12 đảng viên.")) == {"Đảng Cộng sản Việt Nam"}
    assert set(orgs(nlp, "Ông Lò Văn Pấng bị khai trừ ra khỏi Đảng.")) == {"Đảng Cộng sản Việt Nam"}
    assert set(orgs(nlp, "Muốn bà con tin Đảng thì đảng viên phải gương mẫu.")) == {"Đảng Cộng sản Việt Nam"}
    # "bản tin Đảng bộ" is the party organization's bulletin, no mention of the party
    assert "Đảng Cộng sản Việt Nam" not in orgs(nlp, "Bản tin Đảng bộ phát hành hằng tháng.")


def test_dak_in_a_unit_name_is_read_however_it_is_spelled(nlp):

    from partykg.extract import extract
    # the register writes "Đắk Glei"; the district's own portal writes "Đăk Glei"
    found = extract(article("Ban Thường vụ Huyện ủy Đăk Glei biểu dương Đảng bộ xã Đăk Nhoong."), nlp)
    places = {p.label: p for p in found.places}
    assert places["huyện Đăk Glei"].code is not None  # the register's unit, named as the text writes it
    assert places["huyện Đăk Glei"].parent == "tỉnh Kon Tum"
    assert {"Huyện ủy Đăk Glei", "Ban Thường vụ Huyện ủy Đăk Glei"} <= {o.name for o in found.organizations}
    # a bare name in a list of the district's party organizations keeps the text's spelling ("Đắk Choong",
    # the register's "Đăk Choong")
    found = orgs(nlp, "Huyện ủy Đăk Glei cho biết nhiều đảng bộ vượt chỉ tiêu là: Xốp 9 đảng viên, "
                      "Mường Hoong 8, Đắk Choong 7.")
    assert "Đảng bộ xã Đắk Choong" in found


def test_a_table_of_a_workplace_cells_one_cell_a_line(nlp):
    # a column headed "Chi bộ": each row names the unit its cell is seated in, a cell of the workplace's
    # party organization (the first row too, right after the other headers)
    text = ("Đảng bộ Bệnh viện Đa khoa tỉnh Ninh Bình có 5 chi bộ trực thuộc.\n\n"
            "Chi bộ\nSố đảng viên\nKết nạp\nKhoa Nhi\n17\n2\nKhoa Chẩn đoán hình ảnh\n12\n0\n"
            "Phòng Điều dưỡng\n9\n1\n\nNăm nay Đảng bộ phấn đấu kết nạp 6 đảng viên.")
    found = orgs(nlp, text)
    cells = {n: o.parent for n, o in found.items() if o.kind == "PartyCell"}
    assert cells == {n: "Đảng bộ Bệnh viện Đa khoa tỉnh Ninh Bình" for n in
                     ("Chi bộ Khoa Nhi", "Chi bộ Khoa Chẩn đoán hình ảnh", "Chi bộ Phòng Điều dưỡng")}
    assert "Khoa Nhi" not in found  # the row names the cell's seat, read as the cell


def test_bodies_of_every_unit_of_a_level_are_no_one_body(nlp):
    found = orgs(nlp, "Toàn Đảng hiện có trên 5,6 triệu đảng viên ở 34 đảng bộ tỉnh, thành phố. "
                      "Tỉnh ủy Lai Châu chỉ đạo sát sao.")
    assert "Đảng bộ tỉnh Lai Châu" not in found
    found = orgs(nlp, "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường trong tỉnh Lai Châu giới thiệu 300 người.")
    assert not any(n.startswith("Ủy ban Mặt trận") for n in found)
    # a year before a capitalized party organization is no count of them
    found = orgs(nlp, "Ông Rơ Châm Hyin, Bí thư Đảng ủy xã Minh Quang cho biết, năm 2023 Đảng bộ xã "
                      "kết nạp 9 đảng viên.")
    assert "Đảng bộ xã Minh Quang" in found


def test_a_board_whose_name_goes_on_after_a_dash_is_no_party_board(nlp):
    # the Front committee's "Ban Tuyên giáo - Dân vận" signs its page; no board of the Tỉnh ủy
    found = orgs(nlp, "Tỉnh ủy Lai Châu chỉ đạo sát sao.\nBan Tuyên giáo - Dân vận\n"
                      "Ủy ban MTTQ Việt Nam tỉnh Lai Châu")
    assert "Ban Tuyên giáo Tỉnh ủy Lai Châu" not in found


def test_a_hospital_trade_union(nlp):
    found = orgs(nlp, "Đảng ủy Bệnh viện Đa khoa tỉnh Ninh Bình chỉ đạo Công đoàn Bệnh viện trao 20 suất quà.")
    assert "Công đoàn Bệnh viện Đa khoa tỉnh Ninh Bình" in found
    found = orgs(nlp, "Công đoàn Bệnh viện Nhi tỉnh Ninh Bình tổ chức hội thao.")
    assert "Công đoàn Bệnh viện Nhi tỉnh Ninh Bình" in found


def test_the_fatherland_front_since_2025(nlp):
    from partykg.extract import extract
    text = ("Theo Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu, Hội Nông dân tỉnh Lai Châu "
            "giới thiệu 120 hội viên ưu tú. Tại xã Minh Quang, Mặt trận xã giới thiệu 9 người.")
    found = {o.name: o for o in extract(article(text, issued="2025-11-20"), nlp).organizations}
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu"
    assert found[f"Ban Thường trực {front}"].parent == front  # the board the committee elects
    assert found["Hội Nông dân tỉnh Lai Châu"].parent == front  # in the Front since the 2025 reorganisation
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã Minh Quang" in found  # "Mặt trận xã": the commune's committee
    # before the reorganisation the association stands on its own
    before = {o.name: o for o in extract(article(text), nlp).organizations}
    assert before["Hội Nông dân tỉnh Lai Châu"].parent is None


def test_the_standing_members_of_a_committee(nlp):
    found = orgs(nlp, "Nơi nhận:\n- Thường trực Huyện ủy Mang Yang;\n- Lưu Văn phòng Huyện ủy.")
    assert found["Thường trực Huyện ủy Mang Yang"].parent == "Huyện ủy Mang Yang"
    # a post, not the body: "Phó Bí thư Thường trực Huyện ủy"
    found = orgs(nlp, "Đồng chí Rơ Lan Thuấn, Phó Bí thư Thường trực Huyện ủy Mang Yang, dự họp.")
    assert not any(n.startswith("Thường trực") for n in found)


def test_a_police_detention_camp_and_its_cell(nlp):
    found = orgs(nlp, "Trại tạm giam Công an tỉnh Sơn La quản lý 200 can phạm nhân. Chi bộ Trại tạm giam "
                      "hiện có 30 đảng viên, trực thuộc Đảng ủy Công an tỉnh. Bộ Công an tặng Bằng khen cho đơn vị.")
    assert found["Trại tạm giam Công an tỉnh Sơn La"].parent == "Công an tỉnh Sơn La"
    assert found["Chi bộ Trại tạm giam Công an tỉnh Sơn La"].parent == "Đảng bộ Công an tỉnh Sơn La"
    assert "Chi bộ Trại tạm giam" not in found
    assert found["Công an tỉnh Sơn La"].parent == "Bộ Công an"  # the province's police is the ministry's


def test_a_provincial_statistics_office_and_its_former_ones(nlp):
    from partykg.extract import extract
    text = ("Chi bộ Chi cục Thống kê tỉnh Lào Cai được thành lập trên cơ sở hợp nhất chi bộ của hai Chi cục "
            "Thống kê các tỉnh Lào Cai và Yên Bái. Đảng ủy Ủy ban nhân dân tỉnh Lào Cai trao quyết định.")
    found = {o.name: o for o in extract(article(text, issued="2025-11-20"), nlp).organizations}
    assert {"Chi cục Thống kê tỉnh Lào Cai", "Chi cục Thống kê tỉnh Yên Bái"} <= set(found)
    assert "Chi cục Thống kê" not in found  # "hai Chi cục": a count of them, no one body
    # since 2025 the party organizations of a province's agencies are in its People's Committee's
    assert found["Chi bộ Chi cục Thống kê tỉnh Lào Cai"].parent == "Đảng bộ Ủy ban nhân dân tỉnh Lào Cai"


def test_a_cell_of_a_department_office_takes_the_department_unit(nlp):
    found = orgs(nlp, "Đảng bộ Cục Thuế tỉnh Lai Châu có 6 chi bộ. Chi bộ Văn phòng Cục Thuế kết nạp 2 đảng viên.")
    assert "Chi bộ Văn phòng Cục Thuế tỉnh Lai Châu" in found
    assert "Chi bộ Văn phòng Cục Thuế" not in found


def test_public_service_units_and_enterprises_a_cell_is_seated_in(nlp):
    # kinds defined by their laws: a museum, a post office, an airport, a rehabilitation centre,
    # a social work centre, an art troupe, a forest ranger unit of a national park
    found = orgs(nlp, "Chi bộ Bảo tàng Quang Trung có 12 đảng viên. Chi bộ Bưu điện huyện Quỳnh Lưu kết nạp "
                      "2 đảng viên. "
                      "Chi bộ Cảng hàng không Phù Cát tổ chức đại hội. Cơ sở cai nghiện ma túy tỉnh Nghệ An tiếp nhận "
                      "40 học viên. Trung tâm Công tác xã hội tỉnh Nghệ An chăm sóc 90 đối tượng. Đoàn Nghệ thuật "
                      "Khmer Sóc Trăng biểu diễn 60 đêm.")
    assert {"Chi bộ Bảo tàng Quang Trung", "Chi bộ Bưu điện huyện Quỳnh Lưu", "Chi bộ Cảng hàng không Phù Cát",
            "Cơ sở cai nghiện ma túy tỉnh Nghệ An", "Trung tâm Công tác xã hội tỉnh Nghệ An",
            "Đoàn Nghệ thuật Khmer Sóc Trăng"} <= set(found)
    assert "Chi bộ Cảng hàng" not in found
    found = orgs(nlp, "Hạt Kiểm lâm huyện Nam Đông tuần tra rừng cùng Hạt Kiểm lâm Vườn quốc gia Bạch Mã.")
    assert {"Hạt Kiểm lâm huyện Nam Đông", "Hạt Kiểm lâm Vườn quốc gia Bạch Mã"} <= set(found)


def test_a_provincial_sports_training_centre(nlp):
    # the name runs past its "và" to the unit (Luật Thể dục, thể thao: a public-service unit of the province)
    found = orgs(nlp, "Chi bộ Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Thái Bình có 18 đảng viên.")
    assert "Chi bộ Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Thái Bình" in found
    assert "Chi bộ Trung tâm Huấn luyện" not in found
    found = orgs(nlp, "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Thái Bình đào tạo 200 vận động viên.")
    assert "Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh Thái Bình" in found


def test_a_mission_abroad_is_named_after_the_city_it_is_in(nlp):
    found = orgs(nlp, "Chi bộ Đại sứ quán Việt Nam tại Lào có 14 đảng viên. Tổng Lãnh sự quán Việt Nam tại Osaka "
                      "tổ chức gặp mặt kiều bào.")
    assert {"Chi bộ Đại sứ quán Việt Nam tại Lào", "Tổng Lãnh sự quán Việt Nam tại Osaka"} <= set(found)
    assert "Chi bộ Đại sứ" not in found


def test_the_party_organization_abroad_and_its_boards(nlp):
    found = orgs(nlp, "Chi bộ Đại sứ quán Việt Nam tại Lào trực thuộc Đảng ủy Ngoài nước. Ông Lê Văn Tám, Ủy viên "
                      "Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Ngoài nước, dự họp.")
    assert found["Chi bộ Đại sứ quán Việt Nam tại Lào"].parent == "Đảng bộ Ngoài nước"
    assert found["Ban Tổ chức Đảng ủy Ngoài nước"].parent == "Đảng ủy Ngoài nước"
    assert found["Đảng ủy Ngoài nước"].parent == "Đảng bộ Ngoài nước"
    # the common phrase is no body: "trong và ngoài nước"
    assert not any("ngoài nước" in n.lower() for n in orgs(nlp, "Đảng bộ xã Hòa Tiến thu hút vốn trong và ngoài nước."))


def test_the_unions_national_confederation(nlp):
    found = orgs(nlp, "Công đoàn Công ty Cổ phần Gạch Tân Mỹ được Tổng Liên đoàn Lao động Việt Nam tặng Cờ thi đua.")
    assert found["Tổng Liên đoàn Lao động Việt Nam"].kind == "MassOrganization"


def test_public_service_units_by_sector_are_named_with_their_unit(nlp):
    # health, culture, employment, agriculture, land: each kind by its law, a centre named after its province
    # or district
    found = orgs(nlp, "Ông Đinh Văn Khải, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn, cho biết. Chi bộ Thư "
                      "viện tỉnh Lạng Sơn kết nạp 2 đảng viên. Ông Nông Văn Thiện, Giám đốc Trung tâm Văn hóa - Thể "
                      "thao và Truyền thanh huyện Hữu Lũng, phát biểu. Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn giới "
                      "thiệu 300 lao động. Trung tâm Khuyến nông tỉnh Lạng Sơn phối hợp với Văn phòng Đăng ký đất đai "
                      "tỉnh Lạng Sơn.")
    assert {"Trung tâm Kiểm soát bệnh tật tỉnh Lạng Sơn", "Chi bộ Thư viện tỉnh Lạng Sơn",
            "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện Hữu Lũng", "Trung tâm Dịch vụ việc làm tỉnh Lạng Sơn",
            "Trung tâm Khuyến nông tỉnh Lạng Sơn", "Văn phòng Đăng ký đất đai tỉnh Lạng Sơn"} <= set(found)
    # a commune's facilities in lower case are no units
    assert not orgs(nlp, "Xã Tân Thành xây dựng trung tâm văn hóa - thể thao xã và đài truyền thanh xã.")


def test_schools_academies_and_national_press_agencies(nlp):
    # a school of two levels, a vocational school (Luật Giáo dục 2019, Luật Giáo dục nghề nghiệp 2014); the national
    # news agency and broadcasters (Luật Báo chí 2016)
    found = orgs(nlp, "Chi bộ Trường Tiểu học và Trung học cơ sở Hòa Lạc kết nạp 2 đảng viên. Ông Vi Văn Quế, Hiệu "
                      "trưởng Trường Trung cấp Nông Lâm Lạng Sơn, phát biểu. "
                      "Đảng bộ Thông tấn xã Việt Nam và Đảng bộ Đài Tiếng nói Việt Nam tổ chức "
                      "hội nghị.")
    assert {"Chi bộ Trường Tiểu học và Trung học cơ sở Hòa Lạc", "Trường Trung cấp Nông Lâm Lạng Sơn",
            "Đảng bộ Thông tấn xã Việt Nam",
            "Đảng bộ Đài Tiếng nói Việt Nam"} <= set(found)
    assert "Đảng bộ xã Việt Nam" not in found


def test_state_agencies_own_units_are_named_with_their_unit(nlp):
    # a sở's sub-departments, the social insurance, civil judgment enforcement and market surveillance units
    found = orgs(nlp, "Ông Hà Văn Hòe, Chi cục trưởng Chi cục Kiểm lâm tỉnh Yên Bái, cho biết. Ông Giàng A Nam, Giám "
                      "đốc Bảo hiểm xã hội tỉnh Yên Bái, phát biểu. Chi bộ Chi cục Thi hành án dân sự huyện Văn Chấn "
                      "kết nạp 2 đảng viên. Đảng bộ Cục Quản lý thị trường tỉnh Yên Bái có 9 chi bộ; Chi bộ Đội Quản "
                      "lý thị trường số 3 kết nạp 2 đảng viên. Ông Vàng A Sinh, Chánh Thanh tra huyện Văn Chấn, "
                      "cho biết.")
    assert {"Chi cục Kiểm lâm tỉnh Yên Bái", "Bảo hiểm xã hội tỉnh Yên Bái", "Thanh tra huyện Văn Chấn",
            "Chi bộ Chi cục Thi hành án dân sự huyện Văn Chấn"} <= set(found)
    assert found["Chi bộ Đội Quản lý thị trường số 3"].parent == "Đảng bộ Cục Quản lý thị trường tỉnh Yên Bái"
    # since 2025 a province's enforcement office and its regional offices in it
    found = orgs(nlp, "Đảng bộ Thi hành án dân sự tỉnh Yên Bái có 10 chi bộ. Chi bộ Phòng Thi hành án dân sự khu vực "
                      "2 kết nạp 2 đảng viên.")
    assert found["Chi bộ Phòng Thi hành án dân sự khu vực 2"].parent == "Đảng bộ Thi hành án dân sự tỉnh Yên Bái"


def test_associations_with_party_cells_are_named_with_their_unit(nlp):
    # the associations of a special character (Quyết định 68/2010/QĐ-TTg), provincial, commune or national
    found = orgs(nlp, "Chi bộ Hội Luật gia tỉnh Hà Giang kết nạp 2 đảng viên. Ông Vàng Seo Dình, Chủ tịch Hội "
                      "Người cao tuổi xã Lũng Cú, cho biết. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang phối "
                      "hợp với Hội Nhà báo Việt Nam.")
    assert {"Chi bộ Hội Luật gia tỉnh Hà Giang", "Hội Người cao tuổi xã Lũng Cú", "Hội Nhà báo Việt Nam",
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Giang"} <= set(found)
    # the kind in the plural, in lower case, names no association
    assert not orgs(nlp, "Các hội người cao tuổi, hội khuyến học ở thôn đều hoạt động tốt.")


def test_bank_branches_are_named_after_the_bank_and_their_unit(nlp):
    # the State Bank's provincial and regional branches, a bank's branch by its name or trade name, a credit fund
    found = orgs(nlp, "Ông Hoàng Văn Lợi, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Điện Biên, cho biết. "
                      "Đảng bộ Ngân hàng Nhà nước Khu vực 5 kết nạp 2 đảng viên. Ông Ma Văn Đức, Giám đốc Chi nhánh "
                      "Ngân hàng Chính sách xã hội tỉnh Điện Biên, phát biểu. Chi bộ BIDV Chi nhánh Điện Biên kết "
                      "nạp 1 đảng viên. "
                      "Chi bộ Quỹ tín dụng nhân dân Thanh Nưa kết nạp 1 đảng viên.")
    assert {"Ngân hàng Nhà nước chi nhánh tỉnh Điện Biên", "Đảng bộ Ngân hàng Nhà nước khu vực 5",
            "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Điện Biên", "Chi bộ BIDV chi nhánh Điện Biên",
            "Chi bộ Quỹ tín dụng nhân dân Thanh Nưa"} <= set(found)
    assert "Ngân hàng Nhà nước" not in found


def test_an_enterprises_factory_and_a_provincial_telecom_unit(nlp):
    # dependent units (Luật Doanh nghiệp 2020 art. 44): a factory's cell in its company's party organization
    found = orgs(nlp, "Đảng bộ Công ty Cổ phần Xi măng Hà Tiên có 12 chi bộ. Chi bộ Nhà máy Nghiền Kiên Lương "
                      "kết nạp 2 đảng viên. Ông Phan Văn Lực, Giám đốc Viễn thông Kiên Giang, cho biết. Chi bộ Chi "
                      "nhánh Văn phòng Đăng ký đất đai huyện Giồng Riềng kết nạp 1 đảng viên.")
    assert found["Chi bộ Nhà máy Nghiền Kiên Lương"].parent == "Đảng bộ Công ty Cổ phần Xi măng Hà Tiên"
    assert {"Viễn thông Kiên Giang", "Chi bộ Chi nhánh Văn phòng Đăng ký đất đai huyện Giồng Riềng"} <= set(found)


def test_the_armed_forces_units_named_by_kind(nlp):
    # a battalion, a service, a military school, a numbered military hospital, a prison (Luật Sĩ quan 1999, Luật
    # Quốc phòng 2018, Luật Thi hành án hình sự 2019)
    found = orgs(nlp, "Chi bộ Tiểu đoàn 2 kết nạp 2 đảng viên. Đảng ủy Quân chủng Hải quân chỉ đạo. Đảng bộ Trường "
                      "Quân sự tỉnh Sơn La kết nạp 3 đảng viên. Đảng bộ Bệnh viện Quân y 6 kết nạp 4 đảng viên. Ông "
                      "Quàng Văn Panh, Giám thị Trại giam Yên Hạ, cho biết. Đảng ủy Sư đoàn Không quân 372 họp.")
    assert {"Chi bộ Tiểu đoàn 2", "Đảng ủy Quân chủng Hải quân", "Đảng bộ Trường Quân sự tỉnh Sơn La",
            "Đảng bộ Bệnh viện Quân y 6", "Trại giam Yên Hạ", "Đảng ủy Sư đoàn Không quân 372"} <= set(found)
    # the border guard's flotilla is a unit of its province's force (Luật Biên phòng Việt Nam 2020)
    found = orgs(nlp, "Đảng ủy Bộ đội Biên phòng tỉnh Cà Mau chỉ đạo. Chi bộ Hải đội Biên phòng 2 kết nạp 2 đảng viên.")
    assert found["Chi bộ Hải đội Biên phòng 2"].parent == "Đảng bộ Bộ đội Biên phòng tỉnh Cà Mau"


def test_a_provinces_other_public_service_units_and_a_districts_one_office(nlp):
    found = orgs(nlp, "Ông Lưu Văn Khoa, Giám đốc Đài Khí tượng Thủy văn tỉnh Lai Châu, cho biết. Bà Tao Thị Ín, Giám "
                      "đốc Quỹ Đầu tư phát triển tỉnh Lai Châu, phát biểu. Chi bộ Văn phòng HĐND và UBND huyện Sìn Hồ "
                      "kết nạp 1 đảng viên.")
    assert {"Đài Khí tượng Thủy văn tỉnh Lai Châu", "Quỹ Đầu tư phát triển tỉnh Lai Châu",
            "Chi bộ Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Sìn Hồ"} <= set(found)


def test_the_justice_sectors_units(nlp):
    # a bar association, the legal aid centre, a numbered notary office (Luật Luật sư, Luật Trợ giúp pháp lý, Luật
    # Công chứng)
    found = orgs(nlp, "Chi bộ Đoàn Luật sư tỉnh Lai Châu kết nạp 1 đảng viên. Bà Lò Thị Xiêng, Giám đốc Trung tâm Trợ "
                      "giúp pháp lý nhà nước tỉnh Lai Châu, cho biết. Chi bộ Phòng Công chứng số 1 kết nạp 1 "
                      "đảng viên.")
    assert {"Chi bộ Đoàn Luật sư tỉnh Lai Châu", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu",
            "Chi bộ Phòng Công chứng số 1"} <= set(found)


def test_a_department_named_after_the_prevention_of_a_disease_keeps_its_comma(nlp):
    # "phòng, chống" is one term, as the laws name the field (Luật Phòng, chống bệnh truyền nhiễm)
    found = orgs(nlp, "Chi bộ Khoa Phòng, chống bệnh không lây nhiễm (3 đồng chí) có đảng viên mới.")
    assert "Chi bộ Khoa Phòng, chống bệnh không lây nhiễm" in found
    assert "Chi bộ Khoa Phòng" not in found


def test_an_international_airport_its_corporation_and_its_aviation_security_cell(nlp):
    # (Luật Hàng không dân dụng: "Cảng hàng không quốc tế X"; the airports corporation runs its airports as
    # dependent units, their party organizations in its own; "hàng không", aviation, is a field's word, no "không")
    airport, corporation = "Cảng hàng không quốc tế Phú Bài", "Tổng công ty Cảng hàng không Miền Trung"
    found = orgs(nlp, f"Đảng bộ {airport} là đảng bộ cơ sở thuộc Đảng bộ {corporation}. Chi bộ An ninh hàng không "
                      f"vừa kết nạp hai đảng viên; {airport}, một đơn vị của {corporation}, đón 90 chuyến bay mỗi "
                      "ngày.")
    assert {n: o.parent for n, o in found.items() if "Phú Bài" in n or "An ninh" in n} == {
        f"Đảng bộ {airport}": f"Đảng bộ {corporation}", airport: corporation,
        "Chi bộ An ninh hàng không": f"Đảng bộ {airport}"}


def test_an_airport_working_with_another_corporation_is_not_its_unit(nlp):
    # (an airport is a unit of the airports corporation only: another "Tổng công ty" the text names is a partner)
    airport = "Cảng hàng không Liên Khương"
    found = orgs(nlp, f"Đảng bộ {airport} ký kết chương trình phối hợp với Đảng bộ Tổng công ty Xăng dầu Quân đội. "
                      f"{airport} và Tổng công ty Xăng dầu Quân đội cùng tổ chức diễn tập phòng cháy.")
    assert {n: o.parent for n, o in found.items() if "Liên Khương" in n} == {
        f"Đảng bộ {airport}": None, airport: None}


def test_an_airports_youth_union_is_named_with_the_airport(nlp):
    found = orgs(nlp, "Tháng trước Đoàn Thanh niên Cảng hàng không Cát Bi giới thiệu hai đoàn viên cho chi bộ.")
    assert {n for n in found if n.startswith("Đoàn")} == {"Đoàn Thanh niên Cảng hàng không Cát Bi"}


def test_an_airports_aviation_security_centre_is_the_airports(nlp):
    # (each airport has its aviation security force, a centre named without the airport's name)
    found = orgs(nlp, "Cảng hàng không Cát Bi đón 30 chuyến bay mỗi ngày. Ông Vũ Văn Hải, Giám đốc Trung tâm An ninh "
                      "hàng không, cho biết lực lượng trực 24/24 giờ.")
    assert {n: o.parent for n, o in found.items() if n.startswith("Trung tâm")} == {
        "Trung tâm An ninh hàng không": "Cảng hàng không Cát Bi"}
