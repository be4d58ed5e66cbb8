"""A text over spaCy's max_length (E088) is processed in parts, evidence offsets into the whole file."""
from partykg.extract import extract
from partykg.extract.pipeline import text_parts
from partykg.ingest.read import build_article

FILLER = "Hội nghị bàn về công tác xây dựng Đảng trong năm tới và nhiệm vụ của các chi bộ cơ sở.\r\n\r\n"
FACT = "Đồng chí Trần Văn Bình, Bí thư Huyện ủy Hòa Vang, phát biểu tại hội nghị.\r\n"


def test_parts_are_cut_at_paragraph_boundaries_and_cover_the_text():
    text = "Tiêu đề\n\n" + "Một đoạn văn ngắn.\n\n" * 50 + "một-từ-rất-dài" * 20
    parts = text_parts(text, 100)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))  # contiguous: nothing lost
    assert all(0 < end - start <= 100 for start, end in parts)
    word = text.index("một-")
    assert all(text[end - 2:end] == "\n\n" for _, end in parts if end <= word)  # after a blank line
    assert [end - start for start, end in parts if start >= word] == [100, 100, 80]  # no space: cut anywhere
    assert text_parts("ngắn", 100) == [(0, 4)]


def test_a_fact_in_the_last_part_keeps_its_offsets_into_the_original_text(nlp, monkeypatch):
    # CRLF line ends: the normalized text is shorter than the file, so offsets must be mapped
    original = "Hội nghị tổng kết công tác\r\n\r\n" + FILLER * 40 + FACT
    article = build_article("long", "long.txt", original, "0" * 64)
    whole = extract(article, nlp)
    monkeypatch.setattr(nlp, "max_length", 1000)
    assert len(text_parts(article.text, nlp.max_length)) > 3
    parts = extract(article, nlp)

    [membership] = parts.memberships
    assert (membership.person, membership.role, membership.organization) == \
        ("Trần Văn Bình", "Bí thư", "Huyện ủy Hòa Vang")
    [person] = [p for p in parts.persons if p.name == "Trần Văn Bình"]
    ev = person.evidence[0]
    assert original[ev.start:ev.end] == "Trần Văn Bình"
    assert original[ev.sentence_start:ev.sentence_end] == ev.sentence == FACT.strip()
    assert ev.start > original.index(FACT) - 1
    assert parts.memberships == whole.memberships and parts.persons == whole.persons
