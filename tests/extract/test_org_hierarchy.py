"""Where bodies belong, by the party's structure, and bodies the text refers to by their kind word
alone; sentences written for the tests (people invented)."""
from _fixture import orgs


def test_a_central_board_is_the_central_committees_when_the_article_names_it(nlp):
    found = orgs(nlp, "Đồng chí Lò Văn Thắm, Ủy viên Trung ương Đảng, Phó Trưởng Ban Chính sách, chiến lược "
                      "Trung ương làm việc với Ủy ban Kiểm tra Trung ương và Văn phòng Trung ương Đảng.")
    for board in ("Ban Chính sách, chiến lược Trung ương", "Ủy ban Kiểm tra Trung ương", "Văn phòng Trung ương Đảng"):
        assert found[board].parent == "Ban Chấp hành Trung ương Đảng", board
    # (not named: no parent, as for a committee's board)
    found = orgs(nlp, "Ban Tổ chức Trung ương ban hành hướng dẫn; đồng chí Vi Thị Nhàn, Vụ trưởng, trình bày.")
    assert found["Ban Tổ chức Trung ương"].parent is None
