"""Party documents: sentences written for these tests, one pattern or near-miss each."""
import pytest
from extract.helpers import make_article

from partykg.extract import extract


def docs(nlp, text, title=None):
    return extract(make_article(text, title), nlp).documents


def by_label(found):
    return {d.label: d for d in found}


def test_numbered_directive_is_canonicalized(nlp):
    found = docs(nlp, "Thực hiện Chỉ thị số 05 - CT/TW của Bộ Chính trị.")
    assert [(d.identifier, d.kind, d.label) for d in found] == [("05-CT/TW", "Directive", "Chỉ thị 05-CT/TW")]
    ev = found[0].evidence[0]
    assert ev.rule == "documents.numbered"
    assert "Chỉ thị số 05 - CT/TW" in ev.sentence


def test_a_date_is_not_a_document(nlp):
    assert docs(nlp, "Ngày 05/02/2018, Chi bộ họp; ngày 5-02-2018 trao quyết định.") == []


def test_issuer_date_and_quoted_title_after_the_number(nlp):
    [d] = docs(nlp, "Quán triệt Kết luận số 7-KL/TW ngày 3/2/2019 của Ban Bí thư "
                    "“Về tăng cường công tác dân vận trong tình hình mới”, các chi bộ đã họp.")
    assert (d.identifier, d.kind, d.issuer, d.date) == ("07-KL/TW", "Conclusion", "Ban Bí thư", "2019-02-03")
    assert d.title == "Về tăng cường công tác dân vận trong tình hình mới"


def test_title_after_ve_keeps_its_leading_ve(nlp):
    [d] = docs(nlp, 'Gắn với Nghị quyết 9-NQ/TW của BCH Trung ương Đảng về "Nâng cao chất lượng sinh hoạt chi bộ".')
    assert d.issuer == "Ban Chấp hành Trung ương Đảng"
    assert d.title == "Về nâng cao chất lượng sinh hoạt chi bộ"


def test_unquoted_subject_is_not_a_title(nlp):
    [d] = docs(nlp, "Thực hiện Nghị quyết số 11-NQ/TW về tăng cường công tác kiểm tra.")
    assert d.title is None and d.issuer is None


def test_kind_word_decides_the_class_code_decides_without_it(nlp):
    found = by_label(docs(nlp, "Theo Quy định số 47-QĐ/TW và 8-QĐi/TW, cùng Quyết định số 99-QĐ/TW."))
    assert found["Quy định 47-QĐ/TW"].kind == "Regulation"
    assert found["Quy định 08-QĐi/TW"].kind == "Regulation"
    assert found["Quyết định 99-QĐ/TW"].kind == "Decision"


def test_local_issuer_is_completed_with_the_articles_unit(nlp):
    found = by_label(docs(nlp, "Huyện ủy Yên Thành ban hành Nghị quyết số 03-NQ/HU. "
                               "Các xã thực hiện Kế hoạch số 12-KH/HU của Huyện ủy."))
    d = found["Kế hoạch 12-KH/HU"]
    assert (d.kind, d.issuer) == ("Plan", "Huyện ủy Yên Thành")
    assert found["Nghị quyết 03-NQ/HU"].issuer == "Huyện ủy Yên Thành"  # stated before it: "X ban hành"


def test_announcing_or_carrying_out_a_document_does_not_make_its_issuer(nlp):
    found = by_label(docs(nlp, "Ban Thường vụ Huyện ủy Yên Thành công bố Quyết định số 15-QĐ/TU. "
                               "Đảng ủy xã Nam Sơn thực hiện Nghị quyết số 09-NQ/TU."))
    assert found["Quyết định 15-QĐ/TU"].issuer is None and found["Nghị quyết 09-NQ/TU"].issuer is None


def test_plenum_resolution_of_two_terms_gives_two_documents(nlp):
    found = docs(nlp, "Tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X, XI) về công tác cán bộ.")
    assert sorted((d.label, d.term, d.identifier) for d in found) == [
        ("Nghị quyết Trung ương 7 (khóa X)", "X", None),
        ("Nghị quyết Trung ương 7 (khóa XI)", "XI", None)]
    assert {e.rule for d in found for e in d.evidence} == {"documents.plenum"}


def test_one_plenum_resolution_cited_two_ways_is_one_document(nlp):
    found = docs(nlp, "Thực hiện Nghị quyết Trung ương 6 (khóa XII). "
                      "Sau đó tiếp tục Nghị quyết Trung ương 6, khoá XII.")
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_plenum_cited_with_its_number_joins_the_numbered_document(nlp):
    found = docs(nlp, "Nghị quyết số 04-NQ/TW của Ban Chấp hành Trung ương. "
                      "Các chi bộ quán triệt Nghị quyết Trung ương 4 khóa XII.")
    assert [d.identifier for d in found] == ["04-NQ/TW"]


def test_congress_resolutions_are_labelled_as_cited(nlp):
    found = by_label(docs(nlp, "Nghị quyết Đại hội XII của Đảng đã chỉ ra. Chỉ tiêu Nghị quyết Đại hội đại biểu "
                               "Đảng bộ huyện Yên Thành lần thứ XXVIII, nhiệm kỳ 2015-2020 đề ra. "
                               "Theo Nghị quyết Đại hội Đảng bộ xã đề ra."))
    assert set(found) == {"Nghị quyết Đại hội XII của Đảng",
                          "Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXVIII, nhiệm kỳ 2015-2020",
                          "Nghị quyết Đại hội Đảng bộ xã"}
    assert all(d.issuer is None and d.identifier is None for d in found.values())


def test_term_resolution(nlp):
    [d] = docs(nlp, "Chi bộ vượt chỉ tiêu nghị quyết nhiệm kỳ 2020 - 2025 đề ra.")
    assert d.label == "Nghị quyết nhiệm kỳ 2020 - 2025" and d.evidence[0].rule == "documents.term"


@pytest.mark.parametrize("text", [
    "Quán triệt các nghị quyết, chỉ thị, các văn bản của cấp ủy cấp trên.",
    "Ban Thường vụ ban hành nghị quyết chuyên đề về công tác xây dựng Đảng.",
    "Trên cơ sở Nghị quyết của Huyện ủy, các chi bộ xây dựng kế hoạch.",
    "Hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025.",
    "Đồng chí Bí thư trao Quyết định kết nạp cho đảng viên mới.",
    "Thực hiện nghị quyết đại hội, huyện đạt nhiều kết quả.",  # (in lower case: any congress's)
    "Năm 2021, huyện kết nạp 05 đảng viên; tỷ lệ 12-15%.",
])
def test_generic_mentions_are_not_documents(nlp, text):
    assert docs(nlp, text) == []


def test_number_only_citation(nlp):
    # no identifier from a bare number, even with a central issuer: labelled as written
    [d] = docs(nlp, "Thực hiện Nghị quyết số 12 của Bộ Chính trị.")
    assert (d.identifier, d.label, d.issuer) == (None, "Nghị quyết số 12", "Bộ Chính trị")
    [d] = docs(nlp, "Quán triệt Quyết định 99 của Ban Bí thư về công tác cán bộ.")
    assert (d.identifier, d.label, d.issuer, d.kind) == (None, "Quyết định 99", "Ban Bí thư", "Decision")
    assert [(d.label, d.identifier) for d in docs(nlp, "Thực hiện Chỉ thị 15 trong toàn huyện.")] == [
        ("Chỉ thị 15", None)]
    # a short citation of a document numbered in full in the article is that document
    found = docs(nlp, "Chỉ thị số 15-CT/TU của Tỉnh ủy. Sơ kết Chỉ thị 15 tại các xã.")
    assert [(d.identifier, len(d.evidence)) for d in found] == [("15-CT/TU", 2)]


@pytest.mark.parametrize("text", [
    "Chi bộ họp 3 lần, kế hoạch 5 năm đã xong.",  # a count, a period
    "Thực hiện chương trình 135 của Chính phủ.",  # lower case, no "số"
    "Hội nghị triển khai Kế hoạch 2 mặt trận.",  # Kế hoạch is cited by number only with "số"
    "Chi bộ trao Quyết định số 16 về việc kết nạp đảng viên cho chị B.",  # a decision about one member
])
def test_numbers_after_a_kind_word_that_are_no_citation(nlp, text):
    assert docs(nlp, text) == []


def test_registry_adds_what_the_text_leaves_out_but_never_overrides(nlp):
    [d] = docs(nlp, "Học tập theo Chỉ thị 05-CT/TW.")
    assert d.title.startswith("Về đẩy mạnh học tập") and d.date == "2016-05-15"
    assert d.issuer is None  # the registry adds no issuer the text does not state
    [d] = docs(nlp, "Theo Chỉ thị số 05-CT/TW ngày 20/5/2016 về “Một tiêu đề khác”.")
    assert d.date == "2016-05-20" and d.title == "Về một tiêu đề khác"


def test_evidence_offsets_point_into_the_original_text(nlp):
    text = "Mở đầu. Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư."
    [d] = docs(nlp, text)
    ev = d.evidence[0]
    assert text[ev.start:ev.end] == "Chỉ thị số 28-CT/TW"
    assert ev.sentence == "Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư."


def test_commune_committee_issuer(nlp):
    [d] = docs(nlp, "Thị trấn Hoa Thành thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy thị trấn.")
    assert d.issuer == "Đảng ủy thị trấn Hoa Thành"


def test_terms_listed_with_repeated_khoa(nlp):
    found = docs(nlp, "Thực hiện Nghị quyết Trung ương 4 khóa XI và khoá XII.")
    assert sorted(d.term for d in found) == ["XI", "XII"]


def test_bracketed_date_and_periods_after_a_kind_word(nlp):
    [d] = docs(nlp, "Chỉ thị số 12-CT/TW (ngày 3/1/2022) của Bộ Chính trị về công tác cán bộ.")
    assert (d.date, d.issuer) == ("2022-01-03", "Bộ Chính trị")
    assert docs(nlp, "Báo cáo 6 tháng của Ban Chấp hành Trung ương; Kế hoạch 5 năm của Bộ Chính trị.") == []


def test_a_numbered_decision_about_one_member_is_not_a_party_document(nlp):
    assert docs(nlp, "Chi bộ trao Quyết định số 215-QĐ/HU về việc kết nạp đảng viên cho anh A.") == []
    assert [d.identifier for d in docs(nlp, "Thực hiện Quyết định số 99-QĐ/TW về công tác cán bộ.")] == ["99-QĐ/TW"]


def test_party_number_in_the_states_order_is_canonicalized(nlp):
    assert [d.identifier for d in docs(nlp, "Thực hiện Chỉ thị 05/CT-TW của Bộ Chính trị.")] == ["05-CT/TW"]
    assert docs(nlp, "Theo Quyết định số 1234/QĐ-UBND và Nghị quyết 30/NQ-CP.") == []


def test_a_bare_committee_is_completed_only_with_a_unit_of_its_type(nlp):
    found = by_label(docs(nlp, "Thành phố Bảo Lộc thuộc tỉnh Lâm Đồng. Thực hiện Kế hoạch số 20-KH/TU của Thành ủy, "
                               "Chỉ thị số 08-CT/TU của Tỉnh ủy và Kế hoạch số 30-KH/HU của Huyện ủy."))
    assert found["Kế hoạch 20-KH/TU"].issuer == "Thành ủy Bảo Lộc"
    assert found["Chỉ thị 08-CT/TU"].issuer == "Tỉnh ủy Lâm Đồng"
    assert found["Kế hoạch 30-KH/HU"].issuer == "Huyện ủy"  # the article names no huyện: as written


def test_a_numbered_project_is_read_by_its_number(nlp):
    [d] = docs(nlp, "Đề án số 12-ĐA/HU của Huyện ủy Mai Sơn về xóa bản chưa có chi bộ là cơ sở để các xã giao "
                    "chỉ tiêu.")
    assert (d.identifier, d.label, d.issuer) == ("12-ĐA/HU", "Đề án 12-ĐA/HU", "Huyện ủy Mai Sơn")


def test_documents_joined_after_ban_hanh_share_their_issuer(nlp):
    found = by_label(docs(nlp, "Quán triệt Chỉ thị, Huyện ủy Mai Sơn đã ban hành Kế hoạch số 31-KH/HU, Chương trình "
                               "số 04-CTr/HU và Nghị quyết số 11-NQ/HU về phát triển đảng viên."))
    assert {label: d.issuer for label, d in found.items()} == {
        "Kế hoạch 31-KH/HU": "Huyện ủy Mai Sơn", "Chương trình 04-CTr/HU": "Huyện ủy Mai Sơn",
        "Nghị quyết 11-NQ/HU": "Huyện ủy Mai Sơn"}


def test_the_youth_unions_central_body_is_not_the_partys(nlp):
    # the Youth Union's central bodies bear the party's names, "Đoàn" after them
    found = by_label(docs(nlp, "Đoàn xã thực hiện Hướng dẫn số 15-HD/TWĐTN-BTC của Ban Bí thư Trung ương Đoàn về "
                               "đánh giá đoàn viên và Kết luận số 12-KL/TW của Ban Bí thư về công tác dân vận."))
    assert found["Hướng dẫn 15-HD/TWĐTN-BTC"].issuer == "Ban Bí thư Trung ương Đoàn"
    assert found["Kết luận 12-KL/TW"].issuer == "Ban Bí thư"


def test_a_thematic_resolution_issued_by_the_body_before_it(nlp):
    found = docs(nlp, "Đảng ủy xã Tân Lập đã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về phát triển đảng viên.")
    assert [(d.label, d.issuer) for d in found] == [("Nghị quyết 07-NQ/ĐU", "Đảng ủy xã Tân Lập")]


def test_a_second_document_of_the_same_issuer_after_the_first_ones_subject(nlp):
    found = by_label(docs(nlp, "Huyện ủy Lục Yên ban hành Nghị quyết số 21-NQ/HU về phát triển kinh tế vùng cao và "
                               "Chỉ thị số 08-CT/HU về kết nạp đảng viên; xã thực hiện Kết luận số 12-KL/TW."))
    assert found["Nghị quyết 21-NQ/HU"].issuer == "Huyện ủy Lục Yên"
    assert found["Chỉ thị 08-CT/HU"].issuer == "Huyện ủy Lục Yên"
    # numbered by another issuer: not the Huyện ủy's
    found = by_label(docs(nlp, "Huyện ủy Lục Yên ban hành Nghị quyết số 21-NQ/HU về phát triển kinh tế vùng cao và "
                               "Kết luận số 12-KL/TW về dân vận."))
    assert found["Kết luận 12-KL/TW"].issuer is None


def test_a_body_adopting_a_document_issues_it(nlp):
    found = by_label(docs(nlp, "Tại kỳ họp thứ 12, Ủy ban Kiểm tra Tỉnh ủy Sơn La cũng thông qua Chương trình số "
                               "11-CTr/UBKTTU về kiểm tra, giám sát năm 2026."))
    assert found["Chương trình 11-CTr/UBKTTU"].issuer == "Ủy ban Kiểm tra Tỉnh ủy Sơn La"


def test_a_body_deploying_its_own_numbered_document_is_its_issuer(nlp):
    # "triển khai"/"công bố" names the issuer only when the number is the body's own: -KH/HU is a Huyện ủy's
    found = by_label(docs(nlp, "Huyện ủy Mường Lát triển khai Kế hoạch số 51-KH/HU về phát triển đảng viên. "
                               "Đảng ủy xã Pù Nhi triển khai Hướng dẫn số 15-HD/BTCTU về kết nạp đảng viên. "
                               "Ban Thường vụ Huyện ủy Mường Lát công bố Quyết định số 1947 về công tác cán bộ."))
    assert found["Kế hoạch 51-KH/HU"].issuer == "Huyện ủy Mường Lát"
    assert found["Hướng dẫn 15-HD/BTCTU"].issuer is None  # a guideline of the Ban Tổ chức Tỉnh ủy: not the Đảng ủy's
    assert all(d.issuer is None for d in found.values() if d.kind == "Decision")  # no number: announced, not issued


def test_a_congress_resolution_cited_short_and_in_full_is_one_document(nlp):
    found = docs(nlp, "Chi bộ bản Nà Lạn học Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV. Huyện ủy Mai Sơn đưa "
                      "Nghị quyết Đại hội đại biểu Đảng bộ huyện Mai Sơn lần thứ XXIV, nhiệm kỳ 2025 - 2030 về bản.")
    assert [d.label for d in found] == [
        "Nghị quyết Đại hội đại biểu Đảng bộ huyện Mai Sơn lần thứ XXIV, nhiệm kỳ 2025 - 2030"]


def test_the_issuer_stated_in_brackets_after_the_citation(nlp):
    [d] = docs(nlp, "Các chi bộ quán triệt Kết luận số 81-KL/TW (do Ban Bí thư ban hành) về công tác dân vận.")
    assert (d.identifier, d.issuer) == ("81-KL/TW", "Ban Bí thư")


def test_a_body_having_or_carrying_out_a_document_its_own_number_names_issued_it(nlp):
    found = by_label(docs(nlp, "Năm 2024, Huyện ủy Tam Nông có Kế hoạch số 31-KH/HU về phát triển đảng viên; "
                               "Ban Tổ chức Huyện ủy Tam Nông có Hướng dẫn số 12-HD/BTCHU về hồ sơ đảng viên; "
                               "Huyện ủy Tam Nông thực hiện Chỉ thị số 04-CT/TU về công tác cán bộ."))
    assert found["Kế hoạch 31-KH/HU"].issuer == "Huyện ủy Tam Nông"
    assert found["Hướng dẫn 12-HD/BTCHU"].issuer == "Ban Tổ chức Huyện ủy Tam Nông"
    assert found["Chỉ thị 04-CT/TU"].issuer is None  # a Tỉnh ủy's number: the Huyện ủy only carries it out


def test_a_plenum_named_after_the_date_without_of_issues_the_resolution(nlp):
    # the party's own citation form: number, date, then the plenum, with no "của"
    [d] = docs(nlp, "Thực hiện Nghị quyết số 12-NQ/TW ngày 16/1/2012 Hội nghị lần thứ tư Ban Chấp hành Trung ương "
                    "Đảng khóa XI về xây dựng Đảng, chi bộ đã họp.")
    assert (d.identifier, d.issuer, d.term) == ("12-NQ/TW", "Ban Chấp hành Trung ương Đảng", "XI")


def test_the_congress_resolution_of_the_party_organization_of_a_provinces_agencies(nlp):
    found = {d.label for d in docs(nlp, "Cần quán triệt Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng thành phố "
                                        "lần thứ I, nhiệm kỳ 2025 - 2030; Nghị quyết Đại hội Đảng bộ các cấp.")}
    assert found == {"Nghị quyết Đại hội đại biểu Đảng bộ các cơ quan Đảng thành phố lần thứ I, nhiệm kỳ 2025 - 2030"}


def test_the_unit_written_bare_as_the_subject_of_its_committee_s_numbered_document(nlp):
    found = by_label(docs(nlp, "Huyện Trà Cú có nhiều đồng bào Khmer. Thực hiện Nghị quyết số 25-NQ/TW, huyện đặt "
                               "ra Chương trình hành động số 07-CTr/HU về công tác dân tộc."))
    assert found["Chương trình hành động 07-CTr/HU"].issuer == "Huyện ủy Trà Cú"
    # a number of another body's says nothing of who set it out
    found = by_label(docs(nlp, "Huyện Trà Cú có nhiều đồng bào Khmer. Năm nay, huyện thực hiện Kế hoạch số "
                               "12-KH/TU về công tác dân tộc."))
    assert found["Kế hoạch 12-KH/TU"].issuer is None


def test_a_notice_of_conclusions_is_of_the_kind_its_number_names_and_of_the_body_issuing_it(nlp):
    found = docs(nlp, "Huyện Mường Tè có 27 tổ chức đảng. Ngày 9/9/2024, Ủy ban Kiểm tra Tỉnh ủy Lai Châu ban hành "
                      "Thông báo kết luận số 31-TB/UBKTTU về kết quả kiểm tra.")
    assert [(d.identifier, d.kind, d.label, d.issuer) for d in found] == [
        ("31-TB/UBKTTU", "Notice", "Thông báo 31-TB/UBKTTU", "Ủy ban Kiểm tra Tỉnh ủy Lai Châu")]
    # near miss: a conclusion cited by its own kind keeps it
    found = docs(nlp, "Huyện Mường Tè thực hiện Kết luận số 12-KL/TU của Tỉnh ủy Lai Châu.")
    assert [(d.identifier, d.kind) for d in found] == [("12-KL/TU", "Conclusion")]


def test_the_issuer_before_the_verb_of_issuing_after_two_adverbs(nlp):
    found = by_label(docs(nlp, "Đảng ủy phường Hòa Xuân cũng vừa ban hành Nghị quyết số 07-NQ/ĐU về sinh hoạt chi bộ."))
    assert found["Nghị quyết 07-NQ/ĐU"].issuer == "Đảng ủy phường Hòa Xuân"


def test_the_body_that_makes_a_higher_document_concrete_by_its_own_issued_it(nlp):
    found = by_label(docs(nlp, "Đảng ủy xã Tân Mỹ đã cụ thể hóa Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy Ea Súp "
                               "về phát triển đảng viên bằng Kế hoạch số 07-KH/ĐU, giao chỉ tiêu đến từng chi bộ."))
    assert found["Kế hoạch 07-KH/ĐU"].issuer == "Đảng ủy xã Tân Mỹ"
    # near miss: a number that is not the subject's own says nothing of who issued it
    found = by_label(docs(nlp, "Đảng ủy xã Tân Mỹ đã cụ thể hóa Chỉ thị số 12-CT/HU bằng Kế hoạch số 40-KH/HU."))
    assert found["Kế hoạch 40-KH/HU"].issuer != "Đảng ủy xã Tân Mỹ"


@pytest.mark.parametrize("text, issued", [
    ("Đảng bộ Chi cục Thuế khu vực IX có 310 đảng viên. Đảng ủy Chi cục đang triển khai Kế hoạch số 45-KH/ĐU về "
     "giám sát chuyên đề.", ("45-KH/ĐU", "Đảng ủy Chi cục Thuế khu vực IX")),
    ("Đảng bộ Công ty Cấp nước Lạng Sơn có 96 đảng viên. Đảng ủy Công ty đã ban hành Nghị quyết số 07-NQ/ĐU về công "
     "tác phát triển đảng viên.", ("07-NQ/ĐU", "Đảng ủy Công ty Cấp nước Lạng Sơn")),
])
def test_a_bare_committee_with_the_kind_of_its_unit_issues_its_own_numbered_document(nlp, text, issued):
    # "Đảng ủy Chi cục": the committee, then the kind of the unit whose it is; its code (ĐU) is a Đảng ủy's
    assert {(d.identifier, d.issuer) for d in extract(make_article(text), nlp).documents} == {issued}


def test_a_bloc_committee_numbers_its_documents_with_its_own_code(nlp):
    # "ĐUK": the code of a bloc's committee, so the committee that has the directive is its issuer
    found = by_label(docs(nlp, "Năm nay, Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hà Giang có Chỉ thị số "
                               "07-CT/ĐUK về kỷ luật phát ngôn của cán bộ."))
    assert found["Chỉ thị 07-CT/ĐUK"].issuer == "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Hà Giang"


def test_a_committee_drawing_up_its_own_plan_issues_it(nlp):
    found = by_label(docs(nlp, "Đảng ủy xã Minh Tân xây dựng Kế hoạch số 23-KH/ĐU về tạo nguồn kết nạp đảng viên."))
    assert found["Kế hoạch 23-KH/ĐU"].issuer == "Đảng ủy xã Minh Tân"
    # ... but a plan coded as another body's says nothing of who drew it up
    found = by_label(docs(nlp, "Đảng ủy xã Minh Tân xây dựng Kế hoạch số 19-KH/HU về tạo nguồn kết nạp đảng viên."))
    assert found["Kế hoạch 19-KH/HU"].issuer is None


SPEAKER = "Bà Hứa Thị Lan, Bí thư Đảng ủy phường Đông Sơn, kể lại với phóng viên. "


def test_we_the_committees_leaders_issue_its_own_documents(nlp):
    # the secretary speaking for her committee: "chúng tôi" right before the verb, or before a first act of the
    # clause when "đồng thời" opens the verb
    text = SPEAKER + "Bà nói: \"Năm ngoái chúng tôi vừa ban hành Quy định số 11-QĐ/ĐU về tiếp xúc cử tri\"."
    assert by_label(docs(nlp, text))["Quy định 11-QĐ/ĐU"].issuer == "Đảng ủy phường Đông Sơn"
    text = SPEAKER + "Chúng tôi rà soát từng tổ dân phố, đồng thời ban hành Quy định số 11-QĐ/ĐU về tiếp xúc cử tri."
    assert by_label(docs(nlp, text))["Quy định 11-QĐ/ĐU"].issuer == "Đảng ủy phường Đông Sơn"
    # ... a document coded as another body's is not theirs
    text = text.replace("11-QĐ/ĐU", "11-QĐ/TU")
    assert by_label(docs(nlp, text))["Quy định 11-QĐ/TU"].issuer is None


@pytest.mark.parametrize("clause", [
    "Theo chúng tôi được biết, cấp trên đã ban hành Quy định số 11-QĐ/ĐU về tiếp xúc cử tri.",
    "Chúng tôi ghi nhận rằng, cấp trên đã ban hành Quy định số 11-QĐ/ĐU về tiếp xúc cử tri."])
def test_we_not_right_before_the_verb_issues_nothing(nlp, clause):
    # "chúng tôi" in an aside before another subject ("as we learned, the higher level issued ...")
    assert by_label(docs(nlp, SPEAKER + clause))["Quy định 11-QĐ/ĐU"].issuer is None


def test_a_committee_issuing_a_document_at_the_same_time_as_another_act(nlp):
    found = by_label(docs(nlp, "Đảng ủy xã Minh Tân đồng thời ban hành Nghị quyết chuyên đề số 08-NQ/ĐU về chuyển "
                               "đổi số."))
    assert found["Nghị quyết 08-NQ/ĐU"].issuer == "Đảng ủy xã Minh Tân"



def test_a_committee_written_with_its_institution_s_kind_word_alone_is_the_one_named_in_full(nlp):
    # "Đảng ủy Viện", "Đảng ủy Sở": the press's short form of the committee of the article's institution
    found = docs(nlp, "Đảng ủy Viện Kiểm sát nhân dân tỉnh Hà Giang tổng kết năm. Các chi bộ thực hiện Nghị quyết số "
                      "07-NQ/ĐU ngày 15/3/2024 của Đảng ủy Viện về công tác cán bộ.")
    assert {(d.identifier, d.issuer) for d in found} == {
        ("07-NQ/ĐU", "Đảng ủy Viện Kiểm sát nhân dân tỉnh Hà Giang")}


def test_a_kind_word_alone_of_two_committees_named_stays_as_written(nlp):
    found = docs(nlp, "Đảng ủy Viện Kiểm sát nhân dân tỉnh Hà Giang và Đảng ủy Viện Kiểm sát nhân dân tỉnh Bắc Kạn "
                      "ký kết phối hợp. Chi bộ thực hiện Nghị quyết số 07-NQ/ĐU của Đảng ủy Viện về công tác cán bộ.")
    assert {(d.identifier, d.issuer) for d in found} == {("07-NQ/ĐU", "Đảng ủy Viện")}


def test_a_plenum_s_resolution_states_its_issuer_only_when_the_committee_is_written(nlp):
    # the Central Committee's plenums adopt its resolutions (Điều lệ Đảng); "Nghị quyết Trung ương 4" names none
    found = docs(nlp, "Chi bộ học tập Nghị quyết Trung ương 4 khóa XII và Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành "
                      "Trung ương khóa XI.")
    assert {(d.label, d.issuer) for d in found} == {
        ("Nghị quyết Trung ương 4 (khóa XII)", None),
        ("Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương (khóa XI)", "Ban Chấp hành Trung ương Đảng")}


def test_a_directive_of_the_procuracy_s_head_is_no_party_document(nlp):
    # the Chánh án directs the court by the state's law (Luật Tổ chức Tòa án nhân dân), as the procuracy's Viện trưởng
    found = docs(nlp, "Các chi bộ thực hiện Chỉ thị số 03-CT/TA của Chánh án Tòa án nhân dân tỉnh Yên Bái "
                      "và Nghị quyết số 09-NQ/ĐU của Đảng ủy Viện Kiểm sát nhân dân tỉnh Yên Bái về công tác năm 2024.")
    assert {(d.identifier, d.issuer) for d in found} == {
        ("09-NQ/ĐU", "Đảng ủy Viện Kiểm sát nhân dân tỉnh Yên Bái")}


def test_a_party_directive_cited_before_a_court_s_work_is_kept(nlp):
    found = docs(nlp, "Chi bộ Tòa án nhân dân huyện Lục Yên quán triệt Kế hoạch số 14-KH/CB của Chi bộ, Chỉ thị số "
                      "26-CT/TW của Bộ Chính trị trong công tác xét xử.")
    assert {(d.identifier, d.issuer) for d in found} == {("26-CT/TW", "Bộ Chính trị"),
                                                         ("14-KH/CB", "Chi bộ Tòa án nhân dân huyện Lục Yên")}


def test_a_guide_of_an_army_political_department_or_a_youth_committee_is_kept(nlp):
    found = docs(nlp, "Đảng ủy quán triệt Hướng dẫn số 15-HD/CT của Cục Chính trị Quân khu 7 và Kế hoạch số "
                      "31-KH/TĐTN của Ban Thường vụ Tỉnh đoàn Tây Ninh.")
    assert {d.identifier for d in found} == {"15-HD/CT", "31-KH/TĐTN"}


def test_a_plenum_of_the_youth_union_s_central_committee_has_not_the_party_s_as_its_issuer(nlp):
    # "Ban Chấp hành Trung ương Đoàn": the Youth Union's central committee bears the party's name
    found = docs(nlp, "Chi đoàn học tập Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đoàn khóa XII; chi bộ "
                      "triển khai Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XIII.")
    assert {(d.label, d.issuer) for d in found} == {
        ("Nghị quyết Hội nghị lần thứ 6 Ban Chấp hành Trung ương", None),
        ("Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương (khóa XIII)", "Ban Chấp hành Trung ương Đảng")}


def test_a_committee_written_with_the_first_syllable_of_another_kind_is_not_the_one_named_in_full(nlp):
    # "Đảng ủy Quân khu" is no "Đảng ủy Quân sự tỉnh ...": the issuer stays as the issuer finder reads it
    found = docs(nlp, "Đảng ủy Quân sự tỉnh Thái Bình sơ kết. Các chi bộ quán triệt Nghị quyết số 06-NQ/ĐU của Đảng "
                      "ủy Quân khu về huấn luyện.")
    assert {(d.identifier, d.issuer) for d in found} == {("06-NQ/ĐU", "Đảng ủy Quân")}


def test_a_party_committee_s_number_cited_with_the_state_unit_it_leads_is_kept(nlp):
    # the press writes the unit for its Đảng ủy ("của Sở Y tế"); the number prints the committee's code, ĐU
    found = docs(nlp, "Chi bộ Phòng Nghiệp vụ Y thực hiện Kế hoạch số 30-KH/ĐU của Sở Y tế về chuyển đổi số và Chỉ thị "
                      "số 05-CT/VKS của Viện trưởng VKSND tỉnh về kỷ cương.")
    assert {d.identifier for d in found} == {"30-KH/ĐU"}
