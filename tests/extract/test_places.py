"""Places: sentences written for these tests; codes are the GSO codes of vietnamadminunits."""
import pytest
from extract.helpers import make_article

from partykg.extract import extract
from partykg.extract.pipeline import Doc  # noqa: F401  (extensions registered)
from partykg.extract.places import place_for
from partykg.model import Extraction


def places(nlp, text, title=None):
    return {p.label: p for p in extract(make_article(text, title), nlp).places}


def run(nlp, text, title=None):
    doc = nlp.make_doc(make_article(text, title).text)
    doc._.article = make_article(text, title)
    doc._.extraction = Extraction(article_id="t")
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_unit_word_and_name_get_code_and_parent(nlp):
    found = places(nlp, "Đảng bộ huyện Yên Thành kết nạp 300 đảng viên; thị trấn Hoa Thành dẫn đầu.")
    assert (found["huyện Yên Thành"].code, found["huyện Yên Thành"].parent) == ("426", "tỉnh Nghệ An")
    assert (found["thị trấn Hoa Thành"].code, found["thị trấn Hoa Thành"].parent) == ("17506", "huyện Yên Thành")
    assert found["huyện Yên Thành"].parent_code == "40"
    assert found["huyện Yên Thành"].evidence[0].rule == "places.unit_word"


def test_committee_named_after_its_unit_implies_the_unit(nlp):
    found = places(nlp, "Tỉnh ủy Nghệ An và Huyện ủy Yên Thành chỉ đạo.")
    assert {k: v.code for k, v in found.items()} == {"tỉnh Nghệ An": "40", "huyện Yên Thành": "426"}
    assert {e.rule for p in found.values() for e in p.evidence} == {"places.committee"}


def test_headline_unit_with_its_province_in_brackets(nlp):
    found = places(nlp, "Bài viết về công tác phát triển đảng viên.", title="Yên Thành (Nghệ An): Kết nạp đảng viên")
    assert set(found) == {"huyện Yên Thành", "tỉnh Nghệ An"}
    assert found["huyện Yên Thành"].evidence[0].rule == "places.headline"


def test_a_shared_ward_name_is_settled_by_the_articles_district(nlp):
    found = places(nlp, "Đảng ủy phường An Bình, quận Ninh Kiều tổ chức hội nghị.")
    assert found["phường An Bình"].parent == "quận Ninh Kiều"
    assert found["phường An Bình"].code is not None


def test_an_unsettled_shared_name_gets_no_code(nlp):
    found = places(nlp, "Chi bộ ấp 3, xã An Bình kết nạp 2 đảng viên.")
    assert found["xã An Bình"].code is None and found["xã An Bình"].parent is None


def test_bare_unit_word_refers_to_the_enclosing_unit(nlp):
    found = places(nlp, "Quận Ninh Kiều kết nạp 200 đảng viên, là điểm sáng của thành phố.")
    assert found["thành phố Cần Thơ"].code == "92"
    assert found["thành phố Cần Thơ"].evidence[0].rule == "places.enclosing"
    assert found["quận Ninh Kiều"].parent == "thành phố Cần Thơ"


def test_bare_unit_word_without_a_local_unit_adds_nothing(nlp):
    assert places(nlp, "Công tác phát triển đảng viên của tỉnh đạt kết quả tốt.") == {}


def test_tone_mark_and_i_y_spelling_variants_match_the_register(nlp):
    found = places(nlp, "Phường Hoà Khánh Bắc thuộc thành phố Tam Kì.")
    assert found["phường Hòa Khánh Bắc"].code == "20197"
    assert found["thành phố Tam Kì"].code == "502"


def test_province_level_city(nlp):
    found = places(nlp, "Thành ủy và nhân dân thành phố Hồ Chí Minh.")
    assert found["thành phố Hồ Chí Minh"].code == "79"


@pytest.mark.parametrize("text", [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Đảng ủy các xã, thị trấn xây dựng kế hoạch; các chi bộ, đảng bộ cơ sở thực hiện.",
    "Đồng chí Trần Văn Quang, Bí thư Chi bộ, phát biểu.",
    "Chủ trương của trung ương, tỉnh, huyện về công tác phát triển đảng viên.",
    "Huyện ủy, Ban Thường vụ Huyện ủy chỉ đạo sát sao.",
    "Bí thư Đảng ủy xã Nguyễn Văn Hùng cho biết.",
])
def test_near_misses_are_not_places(nlp, text):
    assert places(nlp, text) == {}


def test_unit_missing_from_the_register_is_kept_without_code(nlp):
    # a commune merged or renamed since: the place stays, with no code to vouch for it
    # (a name in neither register, nor any of its first words)
    found = places(nlp, "Đảng bộ xã Thủy Lam Đông kết nạp 5 đảng viên. Ban Chấp hành họp.")
    assert [(p.label, p.code) for p in found.values()] == [("xã Thủy Lam Đông", None)]


def test_a_registered_name_ends_where_the_register_says(nlp):
    found = places(nlp, "Bí thư Đảng ủy phường Hòa Khánh Bắc Nguyễn Văn A phát biểu.")
    assert list(found) == ["phường Hòa Khánh Bắc"]


def test_subject_places_and_place_for_bare_committees(nlp):
    text = ("Huyện Yên Thành có 40 tổ chức cơ sở đảng.\n"
            "Tại thị trấn Hoa Thành, Đảng ủy thị trấn kết nạp 12 đảng viên.\n"
            "Huyện ủy chỉ đạo các xã.")
    doc = run(nlp, text)
    assert doc._.subject_places == {"district": "huyện Yên Thành", "commune": "thị trấn Hoa Thành"}
    assert place_for(doc, "commune", text.index("Đảng ủy thị trấn")) == "thị trấn Hoa Thành"
    assert place_for(doc, "district", text.index("Huyện ủy chỉ đạo")) == "huyện Yên Thành"
    assert place_for(doc, "province", 0) is None
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["places"]][:1] == [
        ("Huyện Yên Thành", "district", "huyện Yên Thành")]


def test_numbered_units(nlp):
    found = places(nlp, "Đảng bộ Phường 12, Quận 10 kết nạp 15 đảng viên.")
    assert found["quận 10"].code is not None
    assert found["phường 12"].parent == "quận 10"


def test_a_caption_inside_the_body_is_read_once(nlp):
    text = "Đảng bộ huyện Yên Thành họp. (Ảnh: huyện Yên Thành)"
    article = make_article(text)
    article.caption_spans = [(text.index("(Ảnh"), len(text))]
    [place] = extract(article, nlp).places
    assert len(place.evidence) == 2


def test_headline_kicker_names_a_unit_only_when_the_register_settles_it(nlp):
    found = places(nlp, "Huyện ủy chỉ đạo sát sao công tác phát triển đảng viên.",
                   title="Yên Thành: Chú trọng phát triển đảng viên")
    assert [(p.label, p.code) for p in found.values()] == [("huyện Yên Thành", "426")]
    assert places(nlp, "Huyện ủy chỉ đạo.", title="Trần Văn Quang: Người bí thư tận tụy") == {}


def test_city_abbreviation_and_island_district(nlp):
    found = places(nlp, "Đoàn công tác của TP.HCM thăm huyện đảo Lý Sơn.")
    assert found["thành phố Hồ Chí Minh"].code == "79"
    assert found["huyện Lý Sơn"].code is not None


def test_a_plural_unit_word_heads_a_list_of_registered_names(nlp):
    found = places(nlp, "Huyện Yên Thành có các xã: Mã Thành, Lăng Thành và Hậu Thành, Đảng bộ đều vững mạnh.")
    assert {"xã Mã Thành", "xã Lăng Thành", "xã Hậu Thành"} <= set(found)
    assert all(found[k].parent == "huyện Yên Thành" for k in ("xã Mã Thành", "xã Hậu Thành"))
    assert "xã Đảng" not in " ".join(found)
    # a plural unit word without names, and a list of names the register does not know
    assert places(nlp, "Các xã, thị trấn và các xã Nhà Nước, Quần Chúng.") == {}


def test_a_count_in_words_before_a_unit_word_heads_a_list_too(nlp):
    found = places(nlp, "Huyện Yên Thành chọn hai xã Mã Thành và Lăng Thành làm điểm.")
    assert {"xã Mã Thành", "xã Lăng Thành"} <= set(found)
    # the same list after a word that is no count reads its first name only
    assert "xã Lăng Thành" not in places(nlp, "Huyện Yên Thành chọn xã Mã Thành và Lăng Thành làm điểm.")


def test_a_shared_district_name_is_settled_by_a_commune_inside_it(nlp):
    found = places(nlp, "Đảng bộ huyện Châu Thành chỉ đạo Đảng ủy xã Hảo Đước kết nạp 12 đảng viên.")
    assert found["huyện Châu Thành"].code == "708"
    assert found["huyện Châu Thành"].parent == "tỉnh Tây Ninh"


def test_a_commune_followed_by_its_district_in_brackets(nlp):
    found = places(nlp, "Bí thư Chi bộ thôn 3, xã Hậu Thành (Yên Thành) phát biểu.")
    assert found["huyện Yên Thành"].code == "426"
    assert found["xã Hậu Thành"].parent == "huyện Yên Thành"


def test_register_names_lose_their_disambiguation_suffix(nlp):
    found = places(nlp, "Đảng bộ huyện Kỳ Anh kết nạp 300 đảng viên.")
    assert "huyện Kỳ Anh" in found and found["huyện Kỳ Anh"].parent == "tỉnh Hà Tĩnh"


def test_unknown_province_or_district_names_and_counts_are_no_places(nlp):
    found = places(nlp, "Trưởng ban Tổ chức tỉnh Gi dự; Chủ tịch UBND tỉnh Lê Văn Hòa; cấp xã 19; Phường 3 dẫn đầu.")
    assert not any(label.startswith(("tỉnh", "xã")) for label in found)


def test_a_list_of_units_after_what_they_have_in_common(nlp):
    found = places(nlp, "Huyện Giao Thủy, tỉnh Nam Định. Tại các xã ven biển như Giao Thiện, Giao An, chi bộ họp "
                        "hằng tháng.")
    assert {"xã Giao Thiện", "xã Giao An"} <= set(found)
    # the names must be the register's: a person after "như" is none
    assert set(places(nlp, "Huyện Giao Thủy có các xã như Nguyễn Văn An nói.")) == {"huyện Giao Thủy"}


def test_wards_numbered_in_roman_numerals_and_their_party_organizations(nlp):
    text = ("Phường Vị Tân được thành lập trên cơ sở Phường III và Phường VII của thành phố Vị Thanh, tỉnh Hậu Giang. "
            "Đảng bộ Phường III có 842 đảng viên.")
    found = places(nlp, text)
    assert {"phường III", "phường VII"} <= set(found)
    assert found["phường III"].parent == "thành phố Vị Thanh"
    assert "Đảng bộ phường III" in {o.name for o in extract(make_article(text), nlp).organizations}
    assert "xã III" not in places(nlp, "Năm nay xã III tổ chức đại hội.")  # (no commune of that name)


def test_the_word_xa_in_a_cooperatives_name_is_no_commune(nlp):
    # "hợp tác xã" is a cooperative (Luật Hợp tác xã 2023): its "xã" heads no commune's name
    text = "Hợp tác xã Nông nghiệp Tân Phú ở xã Hàm Liêm có 20 đảng viên."
    places = {p.label for p in extract(make_article(text), nlp).places}
    assert places == {"xã Hàm Liêm"}


def test_a_list_of_units_goes_on_past_names_the_register_lost(nlp):
    # (wards merged away before the register's date, one named after a person: still the list's units)
    found = places(nlp, "Tổ dân phố được ghép từ các khối của các phường Hưng Bình, Lê Mao, Đội Cung và một phần "
                        "các xã lân cận.")
    assert {"phường Hưng Bình", "phường Lê Mao", "phường Đội Cung"} <= set(found)
    assert not any("Tổ" in p or "một" in p for p in found)


def test_a_list_of_former_wards_keeps_to_the_first_ones_province(nlp):
    # (a ward of Vinh merged in 2025; the 2025 register's only "phường Quang Trung" is in another province)
    from dataclasses import replace
    article = replace(make_article("Phường Thành Vinh được lập từ các phường Hưng Bình, Quang Trung và một phần "
                                   "các xã lân cận."), issued="2025-10-02")
    found = {p.label: p for p in extract(article, nlp).places}
    assert found["phường Quang Trung"].parent == "thành phố Vinh"


def test_a_province_a_body_is_resolved_to_through_a_2025_ward_is_a_place(nlp):
    # (the ward made in 2025 and the former ward are in one province, in either register)
    found = places(nlp, "Chi bộ khu phố 3 sinh hoạt ở Đảng bộ phường Cam Đường, trước đây thuộc Đảng bộ phường "
                        "Kim Tân. Bà Lê Thị Vân, nguyên Phó Giám đốc Sở Y tế tỉnh, làm Bí thư chi bộ.")
    assert "tỉnh Lào Cai" in found


def test_a_persons_name_after_a_bare_unit_word_is_no_place(nlp):
    # the commune left bare before its head's name: "Văn"/"Thị" second makes it a person's name the register lacks
    text = ("Xã Tân Phong có 30 đảng viên. Chỉ huy trưởng Ban Chỉ huy Quân sự xã Giàng Văn Páo cho biết đơn vị kết "
            "nạp 2 đảng viên.")
    found = extract(make_article(text), nlp)
    assert "xã Giàng Văn Páo" not in {p.label for p in found.places}
    assert "Giàng Văn Páo" in {p.name for p in found.persons}
    # near miss: a unit named after a person is in the register and stays a place
    assert "xã Hoàng Văn Thụ" in places(nlp, "Đảng bộ xã Hoàng Văn Thụ kết nạp 12 đảng viên.")


def test_the_provinces_of_a_merger_named_bare(nlp):
    # the press names the provinces the 2025 reform merged bare after the merger's verb
    found = places(nlp, "Sau hợp nhất Hà Nam và Ninh Bình, Đảng bộ tỉnh có 180 tổ chức cơ sở đảng.")
    assert {"tỉnh Hà Nam", "tỉnh Ninh Bình"} <= set(found)
    found = places(nlp, "Năm 2025, sáp nhập Bắc Kạn với Thái Nguyên thành tỉnh mới.")
    assert {"tỉnh Bắc Kạn", "tỉnh Thái Nguyên"} <= set(found)
    # near miss: two communes' bare names are no provinces
    assert places(nlp, "Chi bộ mới được lập sau khi hợp nhất Vĩnh Thái và Vĩnh Tú.") == {}


def test_a_province_by_its_name_before_the_register_renamed_it(nlp):
    # tỉnh Thừa Thiên Huế became thành phố Huế on 1/1/2025: the same unit under its former name
    from dataclasses import replace
    article = replace(make_article("Đến ngày 31/12/2023, Đảng bộ tỉnh Thừa Thiên Huế có 50.000 đảng viên; ông Lê Văn "
                                   "Tâm, nguyên Phó Bí thư Tỉnh ủy Thừa Thiên Huế, dự họp."), issued="2024-03-02")
    found = extract(article, nlp)
    assert "tỉnh Thừa Thiên Huế" in {p.label for p in found.places}
    assert {"Đảng bộ tỉnh Thừa Thiên Huế", "Tỉnh ủy Thừa Thiên Huế"} <= {o.name for o in found.organizations}
