"""Persons on sentences written for the tests: cues, captions, and near-misses."""
import pytest
from _fixture import article

from partykg.extract import extract


def persons(nlp, text):
    return [p.name for p in extract(article(text), nlp).persons]


@pytest.mark.parametrize("text, name", [
    ("Theo đồng chí Đinh Văn Khoa, công tác này rất quan trọng.", "Đinh Văn Khoa"),
    ("Ông Hà Quang Vinh - Phó Chủ tịch UBND xã Tân Lập cho biết như vậy.", "Hà Quang Vinh"),
    ("Bà Lò Thị Xuân trao quyết định kết nạp.", "Lò Thị Xuân"),
    ("Chị Huỳnh Ngọc Diễm luôn gương mẫu.", "Huỳnh Ngọc Diễm"),
    ("Bùi Thanh Sơn, Bí thư Đảng ủy xã Hòa Bình, phát biểu.", "Bùi Thanh Sơn"),
    ("Bí thư Huyện ủy Hòa Vang Phan Minh Đức chủ trì hội nghị.", "Phan Minh Đức"),
    ("Hội nghị có sự tham dự của Ngô Thị Mai cùng nhiều đại biểu.", "Ngô Thị Mai"),
    ("Đỗ Quốc Hưng cho biết, chi bộ đã họp.", "Đỗ Quốc Hưng"),
])
def test_cued_names(nlp, text, name):
    assert persons(nlp, text) == [name]


def test_a_name_accepted_once_is_a_person_wherever_it_occurs(nlp):
    names = persons(nlp, "Đồng chí Vũ Đình Lực phát biểu. Sau đó Vũ Đình Lực trao quà.")
    assert names == ["Vũ Đình Lực"]


@pytest.mark.parametrize("text", [
    "Huyện Vĩnh Linh và thị xã Quảng Trị tổ chức hội nghị.",  # capitalized places
    "Đảng bộ phường Châu Văn Liêm kết nạp được 10 đảng viên.",  # a ward named after a person
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",  # an ideology
    "Đoàn TNCS Hồ Chí Minh huyện tổ chức ra quân.",  # inside an organization's name
    "Chi bộ Trường THPT Lê Quý Đôn có 30 đảng viên.",  # a school named after a person
    "Đường Trần Hưng Đạo được mở rộng.",  # a street
    "Tích cực nghiên cứu chủ nghĩa Mác - Lênin.",
])
def test_near_misses_are_not_persons(nlp, text):
    assert persons(nlp, text) == []


def test_evidence_of_a_person(nlp):
    text = "Ông Lương Văn Cường phát biểu."
    p = extract(article(text), nlp).persons[0]
    assert text[p.evidence[0].start:p.evidence[0].end] == "Lương Văn Cường"
    assert p.evidence[0].rule == "persons.cued_name"


def test_a_full_name_with_a_common_family_name_needs_no_cue(nlp):
    assert persons(nlp, "Cùng dự có Phạm Quang Nghị và đại diện các đoàn thể.") == ["Phạm Quang Nghị"]
    # ... but a name of an ideology or a city does
    assert persons(nlp, "Thành phố mang tên Bác: Hồ Chí Minh.") == []


@pytest.mark.parametrize("text, name", [
    # introduced by a status, a rank or a degree (resources/name_cues.tsv)
    ("Chi bộ đã kết nạp quần chúng ưu tú Đèo Văn Khánh vào Đảng.", "Đèo Văn Khánh"),
    ("Thiếu tướng Hầu Minh Lợi trao bằng khen.", "Hầu Minh Lợi"),
    ("PGS.TS Âu Dương Kỳ trình bày tham luận.", "Âu Dương Kỳ"),
    # ethnic-minority names: family names of the Gia Rai, Mông, Thái; the Ê Đê particles
    ("Đồng chí Ksor Phơn phát biểu.", "Ksor Phơn"),
    ("Bà Rơ Châm H'Lim nhận quà.", "Rơ Châm H'Lim"),
    ("Ông Y Khoa Niê cho biết như vậy.", "Y Khoa Niê"),
    ("Chị H'Nga Mlô cho biết như vậy.", "H'Nga Mlô"),
    ("Anh Giàng A Tủa luôn gương mẫu.", "Giàng A Tủa"),
    ("Đồng chí Lò Văn Puốn phát biểu.", "Lò Văn Puốn"),
    # a four-syllable name with two family names
    ("Ông Lương Nguyễn Khánh Toàn phát biểu.", "Lương Nguyễn Khánh Toàn"),
    # a name in capitals after a title
    ("Phó Bí thư Huyện ủy TRIỆU ĐỨC THỌ dự lễ.", "Triệu Đức Thọ"),
    # after an organization whose name ends where it starts
    ("Phó Bí thư Đảng ủy Khối Dân Chính Đảng Ma Văn Thuận phát biểu khai mạc.", "Ma Văn Thuận"),
    ("Trưởng ban Dân vận Tỉnh ủy Khổng Minh Tâm đến dự.", "Khổng Minh Tâm"),
])
def test_more_cued_names(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "Hội nghị diễn ra tại số 18 Lê Hồng Phong, phường Đông Kinh.",  # a street address
    "Chi bộ Trường THPT Bán công Nghĩa Đàn họp định kỳ.",  # "ông" inside "công" is no cue
    "Thực hiện lời dạy của Bác Hồ Chí Minh.",  # an ideology's name after "Bác"
    "ĐẢNG BỘ HUYỆN NGUYỄN DU VỮNG MẠNH",  # a headline in capitals
])
def test_more_near_misses(nlp, text):
    assert persons(nlp, text) == []


def test_an_attendee_list_keeps_two_syllable_given_names(nlp):
    assert persons(nlp, "Có các đồng chí Triệu Anh Tuấn và Nguyễn Thị Thu Hiền.") == [
        "Triệu Anh Tuấn", "Nguyễn Thị Thu Hiền"]


def test_an_ede_name_after_a_province_is_not_part_of_the_province(nlp):
    assert persons(nlp, "Phó Chủ tịch UBND tỉnh Đắk Lắk Y Quang Bkrông dự lễ.") == ["Y Quang Bkrông"]


def test_a_family_name_the_lexicon_lacks_with_a_cue_and_a_typical_middle_name(nlp):
    assert persons(nlp, "Đồng chí Sằm Văn Lâm phát biểu.") == ["Sằm Văn Lâm"]
    # ... but not without a cue
    assert persons(nlp, "Xưởng Sằm Văn Lâm đóng cửa.") == []


def test_a_byline_closing_the_body_is_no_person_and_its_post_no_membership(nlp):
    ex = extract(article("Chi bộ thôn Bản Phố kết nạp 2 đảng viên.\n\nLường Thị Hoa - Phó Trưởng ban Tuyên giáo "
                         "Huyện ủy Mộc Châu"), nlp)
    assert [p.name for p in ex.persons] == [] and ex.memberships == []
    # ... but a closing sentence is no byline
    assert persons(nlp, "Chi bộ họp.\n\nĐồng chí Lường Thị Hoa, Bí thư Chi bộ, phát biểu bế mạc.") == ["Lường Thị Hoa"]


def test_a_two_syllable_name_after_a_post_with_no_organization(nlp):
    assert persons(nlp, "Chủ tịch nước Lương Cường dự lễ.") == ["Lương Cường"]


def test_a_list_of_names_goes_on_the_cue_of_its_first(nlp):
    assert persons(nlp, "Chi bộ kết nạp quần chúng ưu tú là Lò Minh Cường, Hà Ngọc Bảo và Lý Quốc Khánh.") == [
        "Lò Minh Cường", "Hà Ngọc Bảo", "Lý Quốc Khánh"]


def test_a_list_of_streets_stays_a_list_of_streets(nlp):
    assert persons(nlp, "Nâng cấp các tuyến đường Lê Hồng Phong, Trần Hưng Đạo và Nguyễn Thái Học.") == []


def test_a_family_name_inside_a_registered_unit_name_does_not_end_it(nlp):
    # "Từ" is a family name, but "Nam Từ Liêm" is one district in the register
    ex = extract(article("Chủ tịch UBND quận Nam Từ Liêm Đặng Văn Hậu dự."), nlp)
    assert [p.name for p in ex.persons] == ["Đặng Văn Hậu"]
    assert [(m.role, m.organization) for m in ex.memberships] == [("Chủ tịch", "Ủy ban nhân dân quận Nam Từ Liêm")]


def test_khmer_family_names_in_a_list(nlp):
    # Sơn is a Khmer family name like Thạch, Danh and Kim: the list goes on past it
    assert persons(nlp, "Chi bộ ấp kết nạp các em Thạch Văn Nol, Sơn Thị Mỹ Linh và Danh Quốc Huy.") == [
        "Thạch Văn Nol", "Sơn Thị Mỹ Linh", "Danh Quốc Huy"]
    # ... while a place named Sơn stays a place
    assert persons(nlp, "Đoàn công tác về huyện Sơn Động, tỉnh Bắc Giang.") == []


def test_a_kho_woman_name_opened_by_ka(nlp):
    assert persons(nlp, "Dự có đồng chí Ka Thủy Brông, Phó Bí thư Đảng ủy xã.") == ["Ka Thủy Brông"]


def test_a_two_syllable_ede_name_in_a_list_after_a_cue(nlp):
    assert persons(nlp, "Kết nạp hai quần chúng ưu tú Y Bhin Mlô và H'Dim Ayun vào Đảng.") == [
        "Y Bhin Mlô", "H'Dim Ayun"]
    # ... but a two-syllable Kinh name still needs its own cue
    assert persons(nlp, "Kết nạp quần chúng ưu tú Y Bhin Mlô và Lê Hòa vào Đảng.") == ["Y Bhin Mlô"]


def test_a_rank_and_name_alone_on_the_first_line_is_a_byline(nlp):
    assert persons(nlp, "Trung úy Vũ Minh Quang\n\nSáng 5/3, Đảng ủy Công an tỉnh Hà Giang họp.") == []
    # ... but a sentence opening the body names a person
    assert persons(nlp, "Trung úy Vũ Minh Quang nhận nhiệm vụ mới.\n\nĐảng ủy họp.") == ["Vũ Minh Quang"]


@pytest.mark.parametrize("text, name", [
    ("Đồng chí A Khuê, Bí thư Đảng ủy xã Đắk Pxi, phát biểu.", "A Khuê"),  # Xơ Đăng/Ba Na "A"
    ("Ông Đàng Hữu Tín, Chủ tịch UBND xã, cho biết như vậy.", "Đàng Hữu Tín"),  # Chăm family name
    ("Anh Pinăng Thái, Bí thư Chi đoàn, chia sẻ.", "Pinăng Thái"),  # Raglai family name
    ("Bà Alăng Thị Nhung, Chủ tịch Hội Nông dân xã, cho biết.", "Alăng Thị Nhung"),  # Cơ Tu
])
def test_names_of_central_highlands_and_south_central_peoples(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text", [
    "Tổ dân phố khu A Trần Văn Cừ được khen thưởng.",  # "A" before a family name is a label
    "Đồn Biên phòng A Mú Sung tổ chức lễ kết nạp đảng viên.",  # "A" opening a body's name
    "Phương án A Lê được chọn.",
])
def test_a_is_no_name_without_a_cue(nlp, text):
    assert not any(p.startswith("A ") for p in persons(nlp, text))


def test_a_member_of_a_party_organizations_executive_committee(nlp):
    ex = extract(article("Bà Hồ Thị Lụa, Ủy viên Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi, Chủ tịch Hội LHPN "
                         "tỉnh phát biểu."), nlp)
    assert {(m.person, m.role, m.organization) for m in ex.memberships} == {
        ("Hồ Thị Lụa", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi"),
        ("Hồ Thị Lụa", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi")}


def test_kho_and_stieng_names_after_a_cue(nlp):
    found = set(persons(nlp, "Đồng chí K' Bình, Phó Chủ nhiệm Ủy ban Kiểm tra, phát biểu. Đồng chí Thị Bơm, người "
                       "Xtiêng, Bí thư Chi bộ thôn 3, cho biết. Thị xã Duy Tiên và Thị ủy Duy Tiên họp."))
    assert found == {"K' Bình", "Thị Bơm"}


def test_a_closing_byline_after_a_degree_is_no_person(nlp):
    found = set(persons(nlp, "Đồng chí Lò Văn Pằng phát biểu tại hội nghị.\nThS. Hà Thị Lan - Phòng Tổ chức"))
    assert found == {"Lò Văn Pằng"}


def test_an_institution_named_after_a_person_names_no_person_without_a_cue(nlp):
    assert persons(nlp, "Năm nay, Bệnh viện Lê Văn Thịnh chưa đạt chỉ tiêu kết nạp đảng viên.") == []
    assert persons(nlp, "Năm nay, Lê Văn Thịnh chưa đạt chỉ tiêu kết nạp đảng viên.") == ["Lê Văn Thịnh"]


def test_a_family_name_the_lexicon_lacks_needs_an_address_and_a_post(nlp):
    # small ethnic groups' family names: both cues make the name
    assert persons(nlp, "Ông Thò Sa Giơ - Bí thư Chi bộ bản Nậm Hăn, cho biết bản có 9 đảng viên.") == ["Thò Sa Giơ"]
    assert persons(nlp, "Anh Siểng Phìn, Phó Bí thư Chi đoàn bản Nậm Hăn, kể lại.") == ["Siểng Phìn"]
    # one cue alone is not enough: a place or a body may stand there
    assert persons(nlp, "Ông Thò Sa Giơ kể lại chuyện bản.") == []
    assert persons(nlp, "Bản Nậm Hăn, Bí thư Chi bộ là người trẻ.") == []


def test_a_family_name_the_lexicon_lacks_with_an_address_and_the_persons_people(nlp):
    # the press gives an ethnic-minority member's people in apposition: only a person has one
    assert persons(nlp, "Chi bộ kết nạp anh Ma Ry Nhân, người Chăm, tổ trưởng tổ sản xuất.") == ["Ma Ry Nhân"]
    assert persons(nlp, "Chị Thò Sa Mây (người dân tộc Hà Nhì) được kết nạp vào Đảng.") == ["Thò Sa Mây"]
    # near miss: a place's name before its people's needs more than that
    assert persons(nlp, "Bản Nậm Hăn, người Thái chiếm đa số.") == []


def test_a_list_of_names_with_their_years_in_brackets_goes_on_its_cue(nlp):
    # Cơ Ho (Lạch, Chil) family names open the name; the years of office close each item of the list
    found = set(persons(nlp, "Buổi gặp mặt có các nguyên Bí thư Huyện ủy qua các thời kỳ: Liêng Jrang Ha Tín "
                             "(1991 - 1996), Phạm Văn Hòa (1996 - 2005), Cil Brơ Ha Thơ (2005 - 2010) và "
                             "Kơ Să Ha Lâm (2010 - 2020)."))
    assert found == {"Liêng Jrang Ha Tín", "Phạm Văn Hòa", "Cil Brơ Ha Thơ", "Kơ Să Ha Lâm"}
    # a bracket in a list of places is no name
    assert persons(nlp, "Các xã Phi Tô (Lâm Hà), Đạ Nhim (Lạc Dương) được khen.") == []


def test_a_korean_given_name_is_joined_by_a_hyphen(nlp):
    assert persons(nlp, "Ông Park Ji-hoon, Tổng Giám đốc Công ty, cho biết công ty tạo điều kiện cho đảng viên.") == [
        "Park Ji-hoon"]


def test_a_family_name_the_lexicon_lacks_before_a_middle_name_of_four_or_five_syllables(nlp):
    # a Jrai family name, then a given name whose first syllable is also a family name ("Kim")
    assert persons(nlp, "Bà Nay Thị Kim Oanh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Kon Tum, cho biết.") == [
        "Nay Thị Kim Oanh"]
    # a Hoa compound family name of two syllables
    assert persons(nlp, "Đồng chí Thiên Sanh Thị Mỹ Lệ, Bí thư Đảng ủy xã Phước Hậu, chia sẻ.") == [
        "Thiên Sanh Thị Mỹ Lệ"]
    # the shape alone, with no cue, is no person ("nay" is also a common word)
    assert persons(nlp, "Nay Thị Kim Sa hát ở hội trường.") == []


def test_a_soldiers_rank_is_a_cue_for_a_family_name_the_lexicon_lacks(nlp):
    # Binh nhất, Binh nhì: the ranks of soldiers below the non-commissioned officers (Luật Nghĩa vụ quân sự)
    text = "Cùng đợt, Binh nhất Xìn Văn Phủ, người Tày, và Binh nhì Ngạc Thị Lụa cũng được kết nạp."
    assert persons(nlp, text) == ["Xìn Văn Phủ", "Ngạc Thị Lụa"]


def test_a_name_the_lexicon_lacks_with_the_persons_people_before_the_post(nlp):
    # "Ông X, người Lô Lô, Bí thư ...": the aside does not part the name from its post
    assert persons(nlp, "Ông Sình Dỉ Thó, người Lô Lô, Bí thư Chi bộ thôn Cán Chu Phìn, phát biểu.") == ["Sình Dỉ Thó"]


def test_an_ede_womans_name_with_its_particle_written_apart(nlp):
    # "H" opens a woman's name like "H'", also written as a word of its own; a cue says a person follows
    assert persons(nlp, "Chi bộ kết nạp đồng chí H Yâm Mlô, nhân viên văn thư, vào Đảng.") == ["H Yâm Mlô"]
    # ... but a letter before a common family name is a label
    assert persons(nlp, "Theo đồng chí Nguyễn Văn Tường, dãy H Trần Phú đã hoàn thành.") == ["Nguyễn Văn Tường"]


def test_an_ede_name_cut_before_its_family_name_is_the_same_person(nlp):
    # the family name comes last: "đồng chí Y Kông" after "Y Kông Byă" is the same man
    names = persons(nlp, "Đồng chí Y Kông Byă, Bí thư Chi bộ buôn Ea Sô, phát biểu. Đồng chí Y Kông cho biết thêm.")
    assert set(names) == {"Y Kông Byă"}


def test_a_thai_family_name_in_a_list_of_names_with_no_cue_of_its_own(nlp):
    # "Vì" is a Thái family name (as Lò, Lường, Quàng): a name in a list needs no cue word
    found = persons(nlp, "Chi bộ bản Púng có các đảng viên trẻ Lò Văn Chiến, Vì Thị Khoen và Quàng Văn Lả.")
    assert "Vì Thị Khoen" in found


@pytest.mark.parametrize("text, name", [
    ("Chi bộ kết nạp phóng viên Lâm Quốc Bảo vào Đảng.", "Lâm Quốc Bảo"),
    ("Chi bộ kết nạp biên tập viên Châu Hữu Tín vào Đảng.", "Châu Hữu Tín"),
    ("Chi bộ kết nạp điều dưỡng Ka Lịch, người dân tộc Mạ.", "Ka Lịch"),
])
def test_a_new_member_named_by_the_occupation(nlp, text, name):
    # an admission names its new members by their job, as by "bác sĩ" or "giáo viên": a cue for the name
    assert persons(nlp, text) == [name]


def test_a_kho_name_of_one_word_between_an_address_and_a_post(nlp):
    # the particle glued on the one given name ("K'Lang"): a name with both cues, as one the lexicon lacks
    assert persons(nlp, "Theo đồng chí K'Lang, Phó Bí thư Chi bộ thôn Bờ Lao, chi bộ đã họp.") == ["K'Lang"]
    # near miss: with no word of address before it, the particle's shape alone does not make it a name
    assert persons(nlp, "Đồng bào K'Ho trồng cà phê trên đồi.") == []


@pytest.mark.parametrize("text, name", [
    ("Ông K'Lang trồng cà phê trên đồi.", "K'Lang"),
    ("Già làng H'Blim, người có uy tín của bon, vận động con cháu vào Đảng.", "H'Blim"),
    ("Trong buổi lễ, già làng Rơ Châm Blúp, người có uy tín của buôn, phát biểu.", "Rơ Châm Blúp"),
])
def test_a_highland_name_after_a_word_of_address_or_the_village_elder(nlp, text, name):
    # a name of one word with its particle glued on needs only the word before it; "già làng", the village elder
    # (a "người có uy tín" of ethnic-minority areas), names a person, where "làng X" names a village
    assert persons(nlp, text) == [name]
    assert persons(nlp, "Lễ hội mùa lúa mới ở làng Kon Klor diễn ra vui vẻ.") == []


def test_a_library_named_after_a_person_is_no_person(nlp):
    # libraries, like schools and museums, bear the names of historical persons ("Thư viện Lê Quý Đôn")
    assert persons(nlp, "Giấy khen trao ThS. Đào Thị Nga, Giám đốc Trung tâm Thông tin - Thư viện Lê Quý Đôn.") \
        == ["Đào Thị Nga"]
    # ... a librarian is: "cán bộ thư viện X"
    assert persons(nlp, "Chị Vũ Thị Mai, cán bộ thư viện Trần Thị Lan và thầy Lê Văn Bình dự lễ.") \
        == ["Vũ Thị Mai", "Trần Thị Lan", "Lê Văn Bình"]


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch UBND huyện Lê Văn Bình cho biết, huyện đã kết nạp 50 đảng viên.", "Lê Văn Bình"),
    ("Theo Phó Chủ tịch Hội Nông dân tỉnh Nguyễn Thị Hoa, hội đã giới thiệu 20 hội viên.", "Nguyễn Thị Hoa"),
])
def test_a_person_after_his_post_and_a_body_whose_level_is_written_bare(nlp, text, name):
    # "Hội Nông dân tỉnh <name>": a name shaped as a person's, which no registered unit bears, after a post
    assert persons(nlp, text) == [name]
    # ... a commune named after a person is in the register: a place
    assert persons(nlp, "Bí thư Đảng ủy xã Hoàng Văn Thụ cho biết như vậy.") == []


def test_a_comrade_known_by_an_alias_no_family_name_opens(nlp):
    # "đồng chí" (comrade), the party's form of address, names a person even by a revolutionary alias
    text = "Các đảng viên mới thăm Nhà lưu niệm đồng chí Tràng Giang và nghe kể về cuộc đời hoạt động của ông."
    assert persons(nlp, text) == ["Tràng Giang"]
    # near miss: a post after "đồng chí" is no name
    assert persons(nlp, "Đồng chí Bí thư Chi bộ thôn Tràng phát biểu.") == []


def test_a_name_no_family_name_of_the_lexicon_opens_after_a_post_and_its_body(nlp):
    # "Bí thư Chi bộ <name>": the post and its body before the name cue it, the whole of it, though a particle ("Y")
    # stands inside it
    text = ("Chi bộ thôn Tà Rụt có 15 đảng viên. Bí thư Chi bộ Hồi Y Lam, một phụ nữ Bru, đã vận động bà con "
            "đưa trẻ đến trường.")
    ex = extract(article(text), nlp)
    assert [p.name for p in ex.persons] == ["Hồi Y Lam"]
    assert ("Hồi Y Lam", "Bí thư", "Chi bộ thôn Tà Rụt") in {(m.person, m.role, m.organization) for m in ex.memberships}


@pytest.mark.parametrize("text, name", [
    ("Bí thư Chi bộ, Trưởng thôn Hoàng Văn Lợi cho rằng cần kiên trì.", "Hoàng Văn Lợi"),
    ("Phó trưởng bản Lường Văn Phúc vận động bà con.", "Lường Văn Phúc"),
])
def test_the_village_head_named_by_his_post(nlp, text, name):
    assert persons(nlp, text) == [name]
    # near miss: "thôn X" with no post before it names the village
    assert persons(nlp, "Chi bộ thôn Hoàng Văn Thụ có 40 đảng viên.") == []


@pytest.mark.parametrize("text, name", [
    ("Chi bộ kết nạp em Lò Thị Hoa Ban, học sinh lớp 12A2.", "Lò Thị Hoa Ban"),  # "hoa ban", a Thai girl's name
    ("Phát biểu tại hội nghị, ông Trần Văn Hội, Bí thư Chi bộ, cho biết như vậy.", "Trần Văn Hội"),
])
def test_a_given_name_that_is_also_a_title_word_closing_the_name(nlp, text, name):
    assert persons(nlp, text) == [name]
    # near miss: a title word that goes on opens the title, the name ends before it
    assert persons(nlp, "Đồng chí Lò Văn Tâm Ban Tổ chức Huyện ủy phát biểu.") == ["Lò Văn Tâm"]


def test_a_committee_named_by_its_units_name_is_no_person(nlp):
    # "Đảng ủy Yên Lạc": the committee of a registered unit, its level word left out; the post's holder is named before
    text = ("Tại xã Yên Lạc, Hội Nông dân xã dẫn đầu. Theo đồng chí Lê Quang Tâm, Phó Bí thư Thường trực Đảng ủy "
            "Yên Lạc, Đảng bộ xã có 31 chi bộ.")
    assert persons(nlp, text) == ["Lê Quang Tâm"]
    # near miss: a name no unit bears after the committee is its secretary's
    assert persons(nlp, "Phó Bí thư Đảng ủy Trần Quang Tâm cho biết như vậy.") == ["Trần Quang Tâm"]


@pytest.mark.parametrize("text, name", [
    ("Chi bộ trao quyết định kết nạp cho anh Touneh Ya Phước, thôn Đà Tro.", "Touneh Ya Phước"),
    ("Mục sư Ya Điền Hương, quản nhiệm chi hội ở thôn, ủng hộ con em vào Đảng.", "Ya Điền Hương"),
    ("Một trong hai đảng viên mới là cô giáo Ma Điền Ha, Trường Tiểu học Đà Loan.", "Ma Điền Ha"),
])
def test_chu_ru_names(nlp, text, name):
    # the Chu Ru of Lâm Đồng: the family name Touneh, a man's given name opened by "Ya", a woman's by "Ma"
    assert persons(nlp, text) == [name]
    # near miss: "Ya" opening a unit's name after its unit word is a place
    assert persons(nlp, "Đảng bộ xã Ya Chim có 12 chi bộ.") == []
    assert persons(nlp, "Thành ủy Buôn Ma Thuột kết nạp 40 đảng viên.") == []


def test_a_peoples_name_is_no_person(nlp):
    # "đảng viên" cues a name, but "Hà Nhì", "Sán Chay" name peoples, a family name opening them
    text = ("Đảng viên Hà Nhì giữ bản. Đồng bào Hà Nhì chiếm 80% dân số, có 12 đảng viên Sán Chay; "
            "đồng chí Hà Văn Lực, Bí thư Chi bộ, cho biết như vậy.")
    assert persons(nlp, text) == ["Hà Văn Lực"]


def test_a_name_after_a_post_written_in_capitals_whose_last_word_is_a_family_name(nlp):
    # "Đoàn" ends the post "Trưởng Đoàn" and is a family name too: the name starts after the post
    assert set(persons(nlp, "Bí thư Chi bộ, Trưởng Đoàn Lò Văn Sương cho biết đơn vị có 12 đảng viên. "
                        "Phó Trưởng Đoàn Hà Thị Mai phụ trách biểu diễn.")) == {"Lò Văn Sương", "Hà Thị Mai"}


def test_a_name_after_a_post_joined_to_its_body_by_cua(nlp):
    # "Phó Bí thư của Đảng ủy xã X <name>": the post and its body before the name, joined by "của"
    text = "Phó Bí thư của Đảng ủy xã Lộc Bắc K'Dơng Thị Hằng chia sẻ thêm về kế hoạch."
    assert "K'Dơng Thị Hằng" in persons(nlp, text)
    found = {(m.person, m.role, m.organization) for m in extract(article(text), nlp).memberships}
    assert found == {("K'Dơng Thị Hằng", "Phó Bí thư", "Đảng ủy xã Lộc Bắc")}


def test_a_list_of_names_each_with_its_people_and_home_in_brackets(nlp):
    text = ("Lớp bồi dưỡng có hai học viên người dân tộc: Triệu Văn Sình (dân tộc Dao, quê xã Hồng Thái, Lạng Sơn) "
            "và H'Lan Niê (dân tộc Ê Đê, quê xã Cư Pơng, Đắk Lắk).")
    assert persons(nlp, text) == ["Triệu Văn Sình", "H'Lan Niê"]


def test_the_youth_union_or_a_team_after_a_post_is_no_person_named_doan(nlp):
    text = ("Đồng chí Mạc Văn Lực, Phó Giám đốc Xí nghiệp, nguyên Bí thư Đoàn Thanh niên Nhà máy Xi măng Hoàng Mai, "
            "cho biết. Trưởng Đoàn Kiểm tra Lò Văn Sen làm việc với chi bộ.")
    assert persons(nlp, text) == ["Mạc Văn Lực", "Lò Văn Sen"]


def test_a_name_of_the_family_doan_with_capitalized_syllables_is_a_person(nlp):
    # (the Youth Union's and a team's "Đoàn" go on in lower case: "Đoàn Thanh tra"; a name capitalizes each syllable)
    assert persons(nlp, "Chị Đoàn Thanh Tra Mai, giáo viên Trường Tiểu học Hòa Bình, được kết nạp vào Đảng.") == [
        "Đoàn Thanh Tra Mai"]
    assert persons(nlp, "Đoàn Thanh tra tỉnh làm việc với huyện; Đoàn Thanh niên xã ra quân.") == []


def test_the_country_closing_a_national_body_after_a_post_is_no_person(nlp):
    # "Việt Nam" after "Phó Tư lệnh Cảnh sát biển" reads like a name after a post: it is the body's
    assert persons(nlp, "Thiếu tướng Đào Minh Khôi, Phó Tư lệnh Cảnh sát biển Việt Nam, thăm đơn vị.") == [
        "Đào Minh Khôi"]
    assert persons(nlp, "Đại tá Mạc Hữu Tín, Phó Tư lệnh Bộ đội Biên phòng Lào dự lễ.") == ["Mạc Hữu Tín"]


def test_a_khmer_pagodas_lay_leader_named_after_his_title(nlp):
    # "Achar" (Acha) names the lay leader of a Khmer pagoda, as "già làng" an elder: a cue, no part of the name
    assert persons(nlp, "Chi bộ mời Achar Lâm Sóc đến trò chuyện với người dân sau buổi lễ.") == ["Lâm Sóc"]
    assert persons(nlp, "Nhờ Acha Thạch Phol vận động, bà con đồng tình.") == ["Thạch Phol"]


def test_a_cham_family_name_after_a_cue(nlp):
    # Chăm families of the south-central coast write their family name first (Thông, as Đàng, Thập, Trượng)
    text = ("Ở Xí nghiệp Môi trường Tháp Chàm, đoàn viên Thông Văn Khải, 24 tuổi, được chi bộ phân công giúp đỡ. "
            "Thông Tin Và Truyền Thông đưa tin; Thông báo số 12 đã gửi các chi bộ.")
    assert persons(nlp, text) == ["Thông Văn Khải"]
