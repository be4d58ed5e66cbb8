"""The extraction's hot paths, made faster: the same answers as the plain definition they stand for."""
import re

from partykg.extract import statistics
from partykg.extract.text import required_literal_sets, required_literals


def test_gate_strings_are_found_through_the_shorter_ones_inside_them():
    # "chi bộ cơ sở" stands only where "chi bộ" stands: it is looked for there, not searched again
    searched, through = statistics._gate_finds(frozenset({"chi bộ", " chi bộ cơ sở", "kết nạp", "nạp ", "so"}))
    assert searched == ["so", "nạp ", "chi bộ", "kết nạp"]
    assert through == [(" chi bộ cơ sở", "chi bộ", 1)]
    # and a sentence holds a cue's gate as a search of it finds: nested and overlapping gate strings, one
    # at the start of the text (its inner string's place less its offset is no place), one across two
    # sentences (held by neither); and the other strings its pattern requires, one of each set ("E": "kết nạp"
    # and a count of "đảng viên" or "ĐV", "F": a look-behind's words joined to what follows it)
    def cue(name, pattern):
        rx = re.compile(pattern)
        return statistics._Cue(name, None, rx, required_literals(rx, around=True), None, None, rx)

    cues = [cue("A", " chi bộ cơ sở"), cue("B", "chi bộ|aa"), cue("C", r"\d"), cue("D", "chi bộ cơ|aaa"),
            cue("E", r"kết nạp \d+ (?:đảng viên|ĐV)"), cue("F", r"(?<=trong đó )\d+ (?:đảng viên|ĐV) là nữ")]
    text = ("chi bộ cơ sở A. Ở chi bộ cơ sở. aaaa chi bộ\nchi bộ cơ. Hai chi bộ. Không 1. Chi bộ kết nạp 2 ĐV. "
            "Đã kết nạp 4 quần chúng. Có 5 ĐV, trong đó 2 ĐV là nữ. Có 5 ĐV là nữ")
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", text)]
    gates = statistics._CueGates(([c for c in cues[:2]], cues))
    by_list = list(zip(*(gates.held(text[s:e]) for s, e in sentences), strict=True))
    for cue_list, found in zip(([c for c in cues[:2]], cues), by_list, strict=True):
        assert list(found) == [[c for c in cue_list if all(any(g in text[s:e] for g in x)
                                                               for x in required_literal_sets(c.pattern, around=True))]
                               for s, e in sentences]
    assert [[c.measure for c in found] for found in by_list[1]] == [
        ["B", "C", "D"], ["A", "B", "C", "D"], ["B", "C", "D"], ["B", "C", "D"], ["B", "C"], ["C"], ["C", "E"],
        ["C"], ["C", "F"], ["C"]]


def test_runs_of_capitalized_syllables_are_searched_from_a_capital():
    # led by a class, not by a look-behind (tried at every character), and the same runs as the
    # look-behind-led definition: Ê Đê particles ("H'Hen", "K' Bình"), a Korean given name, capitals,
    # a capital after a letter or a digit (no run starts there)
    from partykg.extract import persons
    from partykg.extract.text import NOT_LETTER_BEFORE

    plain = re.compile(rf"{NOT_LETTER_BEFORE}{persons._SYL}(?: {persons._SYL}){{1,6}}")
    caps = re.compile(rf"{NOT_LETTER_BEFORE}{persons._CAPS_SYL}(?: {persons._CAPS_SYL}){{1,5}}")
    text = ("Bà H'Hen Niê, ông K' Bình và H' Lan, K'Bình Ka; Kim Min-jun (Hàn Quốc). xNguyễn Văn A, 3Lê Văn"
            " Tám. Đồng chí NGUYỄN VĂN AN, BAN TỔ CHỨC, H'\nHen, ĐảngỦy Tỉnh Ủy, Lê Văn Bảy Tám Chín Mười Một Hai")
    for rx, definition in ((persons._SEQ, plain), (persons._CAPS_SEQ, caps)):
        assert rx.pattern.startswith("[") and not rx.pattern.startswith("[^")
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in definition.finditer(text)]
        assert [m.span() for m in rx.finditer(text[:5])] == [m.span() for m in definition.finditer(text[:5])]
    assert [m[0] for m in persons._SEQ.finditer(text)][:4] == ["Bà H'Hen Niê", "K' Bình", "H' Lan", "K'Bình Ka"]


def test_a_bare_post_before_a_name_is_searched_from_its_end():
    # the committee word ending the text is looked for first; the same answer as the whole pattern
    from partykg.extract import persons
    from partykg.extract.tones import fold_tones

    text = ("Phó Bí thư Huyện ủy Lò Văn An; Trưởng ban Dân vận Tỉnh ủy Hà Thị Bình, Bí thư Đảng uỷ\nCầm Văn Ca và "
            "ông Vì Văn Dũng, Ủy viên Ban Thường vụ Thành ủy ")
    found = []
    for k in range(len(text) + 1):
        whole = persons._ROLE_BARE_END.search(fold_tones(text[max(0, k - 80):k]))
        fast = persons._role_bare_before(text, k)
        assert (whole and whole.span()) == (fast and fast.span()), k
        found += [k] if fast else []
    assert [text[k:k + 5] for k in found] == ["Lò Vă", "Hà Th", "Cầm V", ""]
