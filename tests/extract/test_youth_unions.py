"""The Youth Union's bodies of a unit (Điều lệ Đoàn): its short names, its committees as places, its levels."""
from _fixture import article, orgs

from partykg.extract import extract


def test_a_short_youth_union_is_its_full_name_only_where_the_article_writes_that_too(nlp):
    assert "Đoàn phường Hòa Khánh Bắc" in orgs(nlp, "Bí thư Đoàn phường Hòa Khánh Bắc là anh Lê Minh Tú.")
    found = orgs(nlp, "Đoàn Thanh niên phường Hòa Khánh Bắc ra quân tình nguyện. Bí thư Đoàn phường Hòa Khánh Bắc "
                      "là anh Lê Minh Tú.")
    assert "Đoàn Thanh niên phường Hòa Khánh Bắc" in found
    assert "Đoàn phường Hòa Khánh Bắc" not in found


def test_a_district_youth_committee_names_its_district(nlp):
    text = "Huyện đoàn Sa Thầy giới thiệu 30 đoàn viên ưu tú. Phó Bí thư Huyện đoàn cho biết kế hoạch năm tới."
    ex = extract(article(text), nlp)
    assert "huyện Sa Thầy" in {p.label for p in ex.places}
    names = {o.name for o in ex.organizations}
    assert "Huyện đoàn Sa Thầy" in names and "Huyện đoàn" not in names  # the bare one is that district's


def test_youth_unions_are_in_the_union_of_the_unit_above_as_the_article_names_it(nlp):
    found = orgs(nlp, "Thành đoàn Tam Kỳ chỉ đạo Đoàn phường An Mỹ rà soát đoàn viên. Chi đoàn khối phố 4 và "
                      "Chi đoàn thôn Phú Thạnh, phường An Mỹ giới thiệu 5 đoàn viên ưu tú.")
    assert found["Đoàn phường An Mỹ"].parent == "Thành đoàn Tam Kỳ"
    assert found["Chi đoàn thôn Phú Thạnh"].parent == "Đoàn phường An Mỹ"


def test_a_branch_written_with_its_village_word_alone_is_the_paragraphs_village(nlp):
    found = orgs(nlp, "Chi bộ bản Nà Sự kết nạp chị Lò Thị Én, Bí thư Chi đoàn bản.\n"
                      "Anh Vừ A Dơ là Bí thư Chi đoàn thôn.")
    assert "Chi đoàn bản Nà Sự" in found
    assert not any(name.startswith("Chi đoàn thôn") for name in found)  # no village named: no one branch


def test_a_schools_youth_union_named_with_the_students_association_sharing_the_school_word(nlp):
    found = orgs(nlp, "Trường Đại học Quy Nhơn có 20 chi bộ. Đoàn Thanh niên và Hội Sinh viên trường giới thiệu "
                      "50 đoàn viên ưu tú.")
    assert "Đoàn Thanh niên Trường Đại học Quy Nhơn" in found


def test_the_school_word_names_the_member_university_not_the_regional_one(nlp):
    found = orgs(nlp, "Đảng bộ Trường Đại học Sư phạm trực thuộc Đảng bộ Đại học Đà Nẵng. Ban Thường vụ Đoàn "
                      "Thanh niên Trường giới thiệu 20 đoàn viên.")
    assert "Đoàn Thanh niên Trường Đại học Sư phạm" in found
