import unicodedata

from partykg.ingest.normalize import normalize


def test_nfc_composes_and_maps_offsets_back():
    original = unicodedata.normalize("NFD", "Huyện ủy Vĩnh Linh")
    text, offsets = normalize(original)
    assert text == "Huyện ủy Vĩnh Linh"
    assert len(offsets) == len(text) + 1
    start = text.index("Vĩnh")
    o_start, o_end = offsets[start], offsets[start + 4]
    assert unicodedata.normalize("NFC", original[o_start:o_end]) == "Vĩnh"


def test_already_nfc_text_maps_identically():
    text, offsets = normalize("Đảng bộ")
    assert text == "Đảng bộ"
    assert list(offsets) == list(range(len(text) + 1))


def test_tone_marks_take_one_placement():
    text, _ = normalize("Tỉnh uỷ Thanh Hoá, khoá XII, thuỷ lợi, khoẻ, Uỷ ban")
    assert text == "Tỉnh ủy Thanh Hóa, khóa XII, thủy lợi, khỏe, Ủy ban"


def test_tone_marks_stay_where_a_final_consonant_or_qu_decides():
    for word in ("hoàng", "thuyết", "quý", "quỳnh", "ngoài", "khuya", "hóa", "ủy"):
        assert normalize(word)[0] == word


def test_spaces_quotes_and_zero_width_with_offsets():
    original = "A\u00a0\u201cB\u201d\u200bC\r\nD"
    text, offsets = normalize(original)
    assert text == 'A "B"C\nD'
    assert len(offsets) == len(text) + 1
    for i, ch in enumerate(text):  # every character maps to the one it came from
        assert original[offsets[i]] in {ch, "\u00a0", "\u201c", "\u201d", "\r"}
    assert original[offsets[text.index("C")]] == "C"
    assert original[offsets[text.index("D")]] == "D"


def test_decomposed_tones_compose_and_map_back():
    original = unicodedata.normalize("NFD", "Thanh Hoá")
    text, offsets = normalize(original)
    assert text == "Thanh Hóa"
    s, e = offsets[text.index("Hóa")], offsets[len(text)]
    assert unicodedata.normalize("NFC", original[s:e]) == "Hoá"


def test_compatibility_singletons_become_nfc():
    text, offsets = normalize("1\u212b x")  # ANGSTROM SIGN -> A WITH RING ABOVE
    assert text == "1\u00c5 x" and list(offsets) == [0, 1, 2, 3, 4]
