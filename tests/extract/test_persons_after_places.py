"""A name after a list of places: a semicolon ends the places (sentences written for the tests)."""
from _fixture import article

from partykg.extract import extract


def names(nlp, text):
    return {p.name for p in extract(article(text), nlp).persons}


def test_a_name_after_a_semicolon_closing_a_place_is_a_person(nlp):
    text = ("Các đảng viên mới gồm các em: Lầu Thị Dua, lớp 12A1, quê xã Nhân Mỹ, huyện Lý Nhân; "
            "Vàng Văn Sử, lớp 12A3, dân tộc Mông.")
    assert "Vàng Văn Sử" in names(nlp, text)


def test_a_list_of_streets_goes_on_after_a_comma(nlp):
    assert not names(nlp, "Các tuyến đường Lê Lợi, Trần Hưng Đạo và Hai Bà Trưng được chỉnh trang.")


def test_a_unit_named_like_a_person_in_a_list_of_units_is_no_person(nlp):
    # the first unit of the list reads as no name (its run starts inside it), the second is name-shaped: both are
    # communes; a cued name after the list is still a person
    text = ("Xã Tân Phong được thành lập trên cơ sở các xã Tả Giàng Phình, Hoàng Thu Sơn và Bản Liền. "
            "Bí thư Đảng ủy xã là đồng chí Hoàng Minh Khải.")
    assert names(nlp, text) == {"Hoàng Minh Khải"}
