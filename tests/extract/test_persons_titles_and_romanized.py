"""Persons named by a clergy's title (the Buddhist Sangha's, a Catholic priest's) and foreign names romanized with a
hyphen (sentences written for the tests; invented names)."""
import pytest
from _fixture import article

from partykg.extract import extract


def persons(nlp, text):
    return [p.name for p in extract(article(text), nlp).persons]


@pytest.mark.parametrize("text, name", [
    ("Đại đức Kim Sóc Pha, trụ trì chùa Cà Săng, đánh giá cao các đảng viên trong ban quản trị chùa.", "Kim Sóc Pha"),
    ("Thượng tọa Danh Lâm Thơ tham dự hội nghị.", "Danh Lâm Thơ"),
    ("Linh mục Tạ Hữu Khải cảm ơn chính quyền xã.", "Tạ Hữu Khải"),
])
def test_a_clergys_title_names_a_person(nlp, text, name):
    assert persons(nlp, text) == [name]
    # near miss: the title with no name after it
    assert persons(nlp, "Các chùa ở huyện Vĩnh Lợi tổ chức lễ tấn phong Đại đức.") == []


def test_a_foreign_name_romanized_with_a_hyphen(nlp):
    text = "Ông Lin Chia-Hao, Tổng Giám đốc Công ty, không phải đảng viên, ủng hộ chi bộ."
    assert persons(nlp, text) == ["Lin Chia-Hao"]
    assert persons(nlp, "Bà Park Ji-yeon, Giám đốc nhà máy, dự lễ kết nạp.") == ["Park Ji-yeon"]
    # near miss: two provinces joined by a hyphen, no cue
    assert persons(nlp, "Tuyến Kon Tum-Gia Lai được mở rộng.") == []


def test_a_lao_name_transcribed_with_hyphens_between_its_syllables(nlp):
    # Vietnamese papers write a Lao name's syllables joined by hyphens, the later ones in lower case
    text = "Đoàn do đồng chí Xổm-phết Khăm-mạ-ni, Bí thư Tỉnh ủy Attapeu, làm trưởng đoàn."
    assert persons(nlp, text) == ["Xổm-phết Khăm-mạ-ni"]


@pytest.mark.parametrize("text, name", [
    ("Tháng 10, công ty đón đoàn đối tác do ông Hiroshi Takeda dẫn đầu.", "Hiroshi Takeda"),
    ("Cùng dịp, GS. Martin Oakley, Đại học Melbourne, đến trao đổi hợp tác.", "Martin Oakley"),
])
def test_a_foreign_guest_named_after_a_word_of_address_or_a_degree(nlp, text, name):
    # a name spelled as no Vietnamese one is (vowels set apart by consonants): the cue before it is enough
    assert persons(nlp, text) == [name]


def test_a_vietnamese_shaped_name_of_no_known_family_still_needs_both_cues(nlp):
    # near miss: an unknown family name spelled as Vietnamese syllables, after a word of address alone
    assert persons(nlp, "Ông Thao Bâng đến thăm.") == []
