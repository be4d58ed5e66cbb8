"""Organizations on sentences written for the tests (the round on synthetic-q's misses): the party a
member leaves, tables of a workplace's cells, the Fatherland Front since 2025, generic levels."""
from _fixture import orgs


def test_the_party_a_member_leaves_or_people_trust(nlp):
    # removal and expulsion take a member out of the party itself (Điều lệ Đảng)
    assert set(orgs(nlp, "Năm qua, huyện xóa tên, cho ra khỏi Đảng 12 đảng viên.")) == {"Đảng Cộng sản Việt Nam"}
    assert set(orgs(nlp, "Ông Lò Văn Pấng bị khai trừ ra khỏi Đảng.")) == {"Đảng Cộng sản Việt Nam"}
    assert set(orgs(nlp, "Muốn bà con tin Đảng thì đảng viên phải gương mẫu.")) == {"Đảng Cộng sản Việt Nam"}
    # "bản tin Đảng bộ" is the party organization's bulletin, no mention of the party
    assert "Đảng Cộng sản Việt Nam" not in orgs(nlp, "Bản tin Đảng bộ phát hành hằng tháng.")
