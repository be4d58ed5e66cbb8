"""Party documents without a number, short citations and issuers: sentences written for these
tests (invented communes and projects), each rule with near-misses that must not match."""
import pytest
from extract.helpers import make_article

from partykg.extract import extract
from partykg.model import Extraction
from partykg.rdf.mapping import to_triples


def docs(nlp, text, title=None):
    return extract(make_article(text, title), nlp).documents


def labels(nlp, text):
    return sorted((d.label, d.identifier) for d in docs(nlp, text))


def test_a_thong_tri_is_a_plain_party_document_and_the_article_maps(nlp):
    art = make_article("Chi bộ quán triệt Thông tri số 03-TT/TW của Ban Bí thư về công tác dân vận.")
    ex = extract(art, nlp)
    [d] = ex.documents
    assert (d.identifier, d.kind, d.issuer) == ("03-TT/TW", "PartyDocument", "Ban Bí thư")
    assert any(t.object.value.endswith("#PartyDocument") for t in to_triples(art, ex))


@pytest.mark.parametrize("text, label, kind", [
    ("Đảng viên phải chấp hành nghiêm Điều lệ Đảng.", "Điều lệ Đảng", "PartyDocument"),
    ("Kiên định Cương lĩnh chính trị của Đảng, chủ nghĩa Mác - Lênin.", "Cương lĩnh chính trị của Đảng",
     "PartyDocument"),
    ("Chi bộ thực hiện tốt quy định về những điều đảng viên không được làm.",
     "Quy định về những điều đảng viên không được làm", "Regulation"),
])
def test_documents_the_whole_party_knows_by_name(nlp, text, label, kind):
    [d] = docs(nlp, text)
    assert (d.label, d.identifier, d.kind) == (label, None, kind)


@pytest.mark.parametrize("text", [
    "Hai đảng viên vi phạm những điều đảng viên không được làm.",  # no "Quy định"
    "Hội Nông dân xã sửa đổi Điều lệ Hội.",  # not the party's
    "Cương lĩnh của Hội được thông qua.",
])
def test_not_the_named_documents(nlp, text):
    assert docs(nlp, text) == []


def test_a_named_project(nlp):
    found = docs(nlp, "Tỉnh ủy Kon Tum triển khai Đề án nâng cao chất lượng tổ chức cơ sở đảng vùng biên giới "
                      "giai đoạn 2021-2025. Sau 2 năm, Đề án nâng cao chất lượng tổ chức cơ sở đảng đạt kết quả.")
    assert [(d.label, d.identifier, d.kind) for d in found] == [
        ("Đề án nâng cao chất lượng tổ chức cơ sở đảng vùng biên giới giai đoạn 2021-2025", None, "PartyDocument")]
    assert len(found[0].evidence) == 2  # cited in full, then cut short: one document
    assert labels(nlp, "Đại hội thông qua Đề án nhân sự khóa mới với 45 người.") == [
        ("Đề án nhân sự khóa mới", None)]


@pytest.mark.parametrize("text", [
    "Các Đề án của huyện đều hoàn thành.",
    "Đề án này được triển khai trên toàn tỉnh.",
    "Ban Thường vụ giao xây dựng đề án phát triển kinh tế.",  # lower case: the word, not a name
    "Thực hiện Đề án 06 của Chính phủ.",
    "Đề án được triển khai từ năm 2020 tại 12 xã.",
])
def test_not_a_named_project(nlp, text):
    assert docs(nlp, text) == []


def test_a_document_named_by_its_issuer_and_subject(nlp):
    [d] = docs(nlp, "Hội nghị công bố Quyết định của Ban Thường vụ Tỉnh ủy Bình Phước về việc chuẩn y Ban Chấp hành "
                    "Đảng bộ xã Tân Lợi, nhiệm kỳ 2025 - 2030.")
    assert d.label == "Quyết định của Ban Thường vụ Tỉnh ủy Bình Phước về việc chuẩn y Ban Chấp hành Đảng bộ xã Tân Lợi"
    assert (d.identifier, d.kind) == (None, "Decision") and d.issuer.startswith("Ban Thường vụ Tỉnh ủy")


@pytest.mark.parametrize("text", [
    "Sáng nay, Ban Tổ chức trao các quyết định của Ban Thường vụ Tỉnh ủy Bình Phước về nhân sự.",  # plural
    "Trên cơ sở Nghị quyết của Huyện ủy, các chi bộ xây dựng kế hoạch.",  # no subject
    "Chi bộ trao Quyết định của Đảng ủy xã về việc kết nạp đảng viên cho anh C.",  # one member's
    "Huyện triển khai Kế hoạch của Ủy ban nhân dân huyện Krông Pa về phòng chống thiên tai.",  # the state's
    "Đảng viên thực hiện tốt Nghị quyết của Đảng về công tác dân vận.",  # the party's, in general
])
def test_not_a_document_named_by_issuer_and_subject(nlp, text):
    assert docs(nlp, text) == []


def test_what_a_congress_adopts_is_named_after_that_congress(nlp):
    text = ("Để chuẩn bị cho Đại hội đại biểu Đảng bộ huyện Krông Pa lần thứ XVIII, hôm qua "
            "Đại hội đại biểu Đảng bộ xã Ia Mlah lần thứ XV, nhiệm kỳ 2020-2025 được tổ chức. "
            "Các đại biểu nhất trí thông qua Nghị quyết và Chương trình hành động của Đại hội.")
    assert labels(nlp, text) == [
        ("Chương trình hành động của Đại hội đại biểu Đảng bộ xã Ia Mlah lần thứ XV", None),
        ("Nghị quyết của Đại hội đại biểu Đảng bộ xã Ia Mlah lần thứ XV", None)]
    text2 = ("Sáng 8/5, Đại hội Đảng bộ xã Ia Mlah lần thứ XV khai mạc. "
             "Đại hội biểu quyết thông qua dự thảo Nghị quyết Đại hội.")
    assert labels(nlp, text2) == [("Nghị quyết Đại hội Đảng bộ xã Ia Mlah lần thứ XV", None)]
    # an article that names no congress, the resolution in lower case: "the congress" is no particular one (capitalized,
    # a name: test_the_congress_resolution_written_bare_as_a_name)
    assert docs(nlp, "Đại hội đã thông qua nghị quyết đại hội.") == []


def test_an_issuer_the_organizations_component_resolved_is_taken_as_resolved(nlp):
    text = "Các chi bộ thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã Ia Mlah về công tác phát triển đảng viên."
    art = make_article(text)
    doc = nlp.make_doc(text)
    doc.user_data["partykg.text"] = text
    doc._.article = art
    doc._.extraction = Extraction(article_id=art.id)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    [d] = doc._.extraction.documents
    at = text.index("Đảng ủy xã")
    [org] = [m for m in doc._.org_mentions if m.start == at]
    assert d.issuer == org.name


def test_a_document_cited_inside_a_name_stays_a_citation_of_its_own(nlp):
    found = {d.label: d for d in docs(nlp, "Huyện ủy ban hành Chương trình hành động của Ban Thường vụ Huyện ủy về "
                                          "thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.")}
    assert found["Nghị quyết 21-NQ/TW"].issuer == "Ban Chấp hành Trung ương Đảng"
    assert any(label.startswith("Chương trình hành động của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 21-NQ/TW")
               for label in found)


@pytest.mark.parametrize("text", [
    "Theo Quyết định số 567 của Chủ tịch UBND tỉnh, ông Trần Văn Bình được bổ nhiệm.",
    "Thực hiện Kế hoạch số 88 của Ủy ban nhân dân huyện về phòng, chống dịch.",
])
def test_a_numbered_document_of_the_state_is_no_party_document(nlp, text):
    assert docs(nlp, text) == []


def test_the_central_committee_issues_what_it_adopts(nlp):
    [d] = docs(nlp, "Ban Chấp hành Trung ương Đảng đã ban hành Kết luận số 14-KL/TW; tỉnh ta quán triệt ngay.")
    assert (d.identifier, d.issuer) == ("14-KL/TW", "Ban Chấp hành Trung ương Đảng")


def test_rules_cited_by_their_subject(nlp):
    assert labels(nlp, "Các chi bộ thực hiện nghiêm Quy định về trách nhiệm của người đứng đầu cấp ủy, "
                       "đạt kết quả.") == [
        ("Quy định về trách nhiệm của người đứng đầu cấp ủy", None)]


@pytest.mark.parametrize("text", [
    "Quy định về việc kết nạp đảng viên được thực hiện chặt chẽ.",  # at the start: may be the verb
    "Chi bộ thực hiện đúng quy định về kết nạp đảng viên.",  # lower case: the word, not a title
    "Các chi bộ thực hiện các Quy định về công tác đảng viên.",  # plural
])
def test_not_rules_cited_by_their_subject(nlp, text):
    assert docs(nlp, text) == []


def test_a_committee_named_by_its_body_issues_by_that_name(nlp):
    [d] = docs(nlp, "Các chi bộ quán triệt Nghị quyết số 07-NQ/ĐU, ngày 2/3/2020 của Đảng ủy Than Hòn Gai về "
                    "nâng cao chất lượng sinh hoạt chi bộ.")
    assert d.identifier == "07-NQ/ĐU" and d.issuer.endswith("Than Hòn Gai")


def test_a_report_is_no_party_document(nlp):
    assert docs(nlp, "Hội nghị thảo luận Báo cáo số 45-BC/TU của Tỉnh ủy về công tác xây dựng Đảng.") == []


def test_a_resolution_a_plenum_adopts_named_by_its_subject_is_the_plenums(nlp):
    text = ("Hội nghị lần thứ chín Ban Chấp hành Đảng bộ tỉnh Lai Châu khóa XV bế mạc chiều 20/11. Hội nghị đã biểu "
            "quyết thông qua Nghị quyết về phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, giao Ban Tổ chức "
            "Tỉnh ủy hướng dẫn thực hiện.")
    [d] = [d for d in docs(nlp, text) if d.label.startswith("Nghị quyết về")]
    assert d.label == "Nghị quyết về phát triển đảng viên ở vùng đồng bào dân tộc thiểu số"
    assert (d.identifier, d.kind, d.issuer) == (None, "Resolution", "Ban Chấp hành Đảng bộ tỉnh Lai Châu")
    # near misses: a draft is not adopted yet, and "Nghị quyết" without "về" names no subject
    for text in ("Hội nghị thảo luận, cho ý kiến vào dự thảo Nghị quyết về phát triển đảng viên ở vùng cao.",
                 "Hội nghị đã thông qua Nghị quyết và giao các chi bộ triển khai."):
        assert not [d for d in docs(nlp, text) if d.label.startswith("Nghị quyết")]


def test_the_congress_resolution_written_bare_as_a_name(nlp):
    # capitalized, the resolution of the congress the article tells of; in lower case, any congress's (no name); a
    # mass organization's congress named after it is no party document
    found = labels(nlp, "Sau năm năm, Đảng bộ phường Đông Xuyên kết nạp được 57 đảng viên, vượt mục tiêu Nghị quyết "
                        "Đại hội đặt ra.")
    assert found == [("Nghị quyết Đại hội", None)]
    assert not labels(nlp, "Sau năm năm, Đảng bộ phường Đông Xuyên kết nạp được 57 đảng viên, vượt mục tiêu nghị quyết "
                           "đại hội đặt ra.")
    assert not labels(nlp, "Nghị quyết Đại hội đại biểu Phụ nữ phường Đông Xuyên lần thứ IV đề ra mục tiêu giới thiệu "
                           "8 hội viên tiêu biểu.")


def test_the_bare_congress_resolution_is_not_the_national_one(nlp):
    # the national resolution, cited with the bare one in the same article: two documents; one cited as the party's
    # or the national congress's, or by the congress's number, is not the bare local one
    text = ("Đảng bộ phường Đông Xuyên quán triệt Nghị quyết Đại hội XIII của Đảng. Sau năm năm, Đảng bộ phường kết "
            "nạp được 57 đảng viên, vượt mục tiêu Nghị quyết Đại hội đặt ra.")
    assert labels(nlp, text) == [("Nghị quyết Đại hội", None), ("Nghị quyết Đại hội XIII của Đảng", None)]
    for national in ("Nghị quyết Đại hội của Đảng", "Nghị quyết Đại hội toàn quốc", "Nghị quyết Đại hội 13",
                     "Nghị quyết Đại hội Ấp Bắc"):
        assert labels(nlp, f"Chi bộ thôn Nà Lừa học tập {national} trong tháng 5.") == [], national
    # a local congress's resolution in full and bare: one document
    text = ("Đảng bộ phường Đông Xuyên triển khai Nghị quyết Đại hội Đảng bộ phường Đông Xuyên lần thứ XV. Sau năm "
            "năm, Đảng bộ phường kết nạp được 57 đảng viên, vượt mục tiêu Nghị quyết Đại hội đặt ra.")
    assert labels(nlp, text) == [("Nghị quyết Đại hội Đảng bộ phường Đông Xuyên lần thứ XV", None)]
