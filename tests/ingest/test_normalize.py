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
    assert offsets == list(range(len(text) + 1))
