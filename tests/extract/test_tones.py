"""Matching folds tone marks by the placement ingest normalizes the text to."""
from partykg.extract.tones import fold_tones, key
from partykg.ingest.normalize import normalize


def test_the_fold_is_the_placement_of_the_normalized_text():
    for text in ("khoá", "Hoà Bình", "Đảng uỷ", "UỶ BAN KIỂM TRA", "khoẻ", "quý", "hoàng", "thuyết", "Thuỵ Anh"):
        assert fold_tones(text) == normalize(text)[0]


def test_the_fold_moves_the_mark_of_an_open_syllable_in_either_case_and_keeps_the_length():
    assert fold_tones("HOÁ, hoá, Uỷ ban") == "HÓA, hóa, Ủy ban"
    assert fold_tones("quý, hoàng, thuyết") == "quý, hoàng, thuyết"  # "qu", a final consonant: as written
    assert key("Phú  Quý") == key("phú quí") == "phú quí"
