"""Party documents: a project named in quotes, with its issuer (sentences written for the tests)."""
from extract.helpers import make_article

from partykg.extract import extract


def docs(nlp, text):
    return extract(make_article(text), nlp).documents


def test_a_project_named_in_quotes_with_its_issuer_after_it(nlp):
    found = docs(nlp, 'Huyện ủy Mường Lát thực hiện Đề án “Củng cố chi bộ bản vùng cao giai đoạn 2024 - 2028” của '
                      'Ban Thường vụ Tỉnh ủy Thanh Hóa, đến nay 12 bản đã có chi bộ.')
    assert [(d.label, d.title, d.issuer) for d in docs_of_kind(found)] == [
        ("Đề án Củng cố chi bộ bản vùng cao giai đoạn 2024 - 2028", "Củng cố chi bộ bản vùng cao giai đoạn 2024 - 2028",
         "Ban Thường vụ Tỉnh ủy Thanh Hóa")]


def test_a_project_in_straight_quotes_and_a_plural_that_names_none(nlp):
    found = docs(nlp, 'Xã tiếp tục thực hiện Đề án "Đảng viên trẻ về bản" và các Đề án "khác".')
    assert [d.label for d in docs_of_kind(found)] == ["Đề án Đảng viên trẻ về bản"]


def docs_of_kind(found):
    return [d for d in found if d.label.startswith("Đề án")]
