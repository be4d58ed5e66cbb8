"""required_literals: strings every match of a pattern contains (the gates of the rule scans)."""
import re

import pytest

from partykg.extract import context
from partykg.extract.organizations import CELL_LIST, PARTY_LIST, rules as org_rules
from partykg.extract.places import ABBREVIATED_RE, COMMITTEE_RE, ENCLOSING_RE, UNIT_RE
from partykg.extract.statistics import _RULES as STAT_RULES
from partykg.extract.text import (
    JoinedPattern,
    LazyPattern,
    WordStartPattern,
    finditer_from,
    leading_literals,
    literal_trie,
    required_literal_sets,
    required_literals,
)


@pytest.mark.parametrize("pattern, expected", [
    (r"kết nạp (?:được )?\d+ (?:ĐV|đảng viên)", ("kết nạp ",)),
    (r"(?:có|gồm) \d+ (?:ĐV|đảng viên)", ("ĐV", "đảng viên")),
    (r"(?<![\w])tăng (?:thêm )?\d+", ("tăng ",)),
    (r"(?:abc)+x", ("abc",)),
    (r"(?:abc)*x", ("x",)),
    (r"\d+[a-z]", None),
    (r"Ban [Tt]hường vụ|BTV", ("TV", "hường vụ")),  # the parser factors out the common "B"
])
def test_required_literals(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern, expected", [
    # what a look-behind requires joins the literal after it; punctuation alone is no gate
    (r"(?:(?<=\d, )|(?<= hội viên, ))kết nạp (?:được )?\d+", (", kết nạp ",)),
    (r"(?<=, )\d+ (?:ĐV|đảng viên)", ("ĐV", "đảng viên")),
    (r"(?<=trong đó )\d+ là nữ", ("trong đó ",)),
    # what a look-ahead requires is in the stretch searched
    (r"kết nạp \d+ người(?= trong số (?:này|đó))", (" trong số ",)),
    (r"(?<![\w])kết nạp \d+(?!\s*%)", ("kết nạp ",)),  # negative look-arounds require nothing
])
def test_required_literals_around(pattern, expected):
    assert required_literals(re.compile(pattern), around=True) == expected


@pytest.mark.parametrize("pattern, expected", [
    # one set for each part that must match, each as required_literals reads its part; look-arounds with `around`
    (r"kết nạp (?:được )?\d+ (?:ĐV|đảng viên)", [(" ",), ("kết nạp ",), ("ĐV", "đảng viên")]),
    (r"(?<=trong đó )\d+ là nữ", [(" là nữ",), ("trong đó ",)]),
    (r"kết nạp \d+ người(?= trong số (?:này|đó))", [(" người",), (" trong số ",), ("kết nạp ",)]),
    (r"x(?i:abc)y", [("x",), ("y",)]),
    (r"\d+[a-z]", []),
])
def test_required_literal_sets(pattern, expected):
    assert required_literal_sets(re.compile(pattern), around=True) == expected
    assert required_literals(re.compile(pattern), around=True) in expected + [None]


AROUND = ("Hội Nông dân xã giới thiệu 40 hội viên, kết nạp 31; đã kết nạp 12 người trong số đó. "
          "Hội có 300 hội viên, trong đó 25 đảng viên. Chi bộ A kết nạp 5 và Chi bộ B kết nạp 3 đảng viên. "
          "Đảng bộ kết nạp 25 đảng viên, trong đó 9 là nữ, trong đó 4 đảng viên là người dân tộc. "
          "Ủy ban Kiểm tra đã kiểm tra 7 tổ chức đảng và 12 đảng viên, giám sát 3 đảng viên.")


@pytest.mark.parametrize("rx", [rx for _, rx in STAT_RULES])
def test_every_match_of_the_statistics_rules_is_in_a_sentence_holding_its_gate(rx):
    # the statistics cues are searched sentence by sentence, their gates looked for in the sentence
    gate = required_literals(rx, around=True)
    for s, e in ((m.start(), m.end()) for m in re.finditer(r"[^.]+\.", AROUND)):
        for m in rx.finditer(AROUND, s, e):
            assert gate is None or any(g in AROUND[s:e] for g in gate), (rx.pattern, m.group(0))
            # and one of each set of strings its parts require (statistics._CueGates)
            assert all(any(g in AROUND[s:e] for g in x) for x in required_literal_sets(rx, around=True)), rx.pattern


def test_no_gate_for_case_insensitive_patterns():
    assert required_literals(re.compile("abc", re.IGNORECASE)) is None
    assert required_literals(re.compile("x(?i:abc)")) == ("x",)


SAMPLE = ("Đảng bộ huyện Vĩnh Linh kết nạp được 1.318 đảng viên, đạt 109% kế hoạch; tổng số đảng viên "
          "toàn Đảng bộ lên 3.642. Ban Thường vụ Huyện ủy, Ban Tổ chức Tỉnh ủy, Chi bộ thôn 3, "
          "Hội Nông dân xã Vĩnh Thái, 23 chi bộ cơ sở, chiếm 51%. Trường THPT Lê Lợi, Bộ Chính trị.")


@pytest.mark.parametrize("rx", [r.rx for r in org_rules()] + [rx for _, rx in STAT_RULES])
def test_every_match_of_the_rules_holds_a_gate(rx):
    gate = required_literals(rx)
    for m in rx.finditer(SAMPLE):
        assert gate is None or any(g in m.group(0) for g in gate), (rx.pattern, m.group(0))


@pytest.mark.parametrize("text", [
    SAMPLE, "BTV (BTV) Đảng ủy xã Vĩnh Thái; Ban thường vụ Tỉnh đoàn Quảng Trị, BTV Huyện ủy",
    "BCH (BCH) Đảng bộ; Ban Chấp hành Đảng bộ huyện Gio Linh, BCH Đảng bộ xã Vĩnh Tú, xBCH Đảng bộ",
    "Ban Thường vụ (BTV) Đảng bộ Khối các cơ quan tỉnh, Ban Thường vụ Thành ủy", "",
    # a bare head that its look-ahead refuses, a head without its optional "cơ sở", an institution's
    "Chi bộ cơ sở Đảng, chi bộ cơ sở Trường THPT Lê Lợi, Chi bộ cơ sở trực thuộc, Đảng bộ các cấp, "
    "Đảng ủy Trường Đại học Vinh trực thuộc Tỉnh ủy, Đảng ủy cơ sở, Đảng ủy xã Vĩnh Thái, Đảng bộ, đảng",
    "Chi đoàn thôn 3, Chi đoàn Trường THPT Cồn Tiên; Chi đoàn, Đảng ủy Khối Doanh nghiệp tỉnh, Đảng bộ Quân đội",
])
def test_a_joined_rule_finds_what_its_one_pattern_finds(text):
    # (the rules that embed the institutions' pattern or other rules: text.Joined, their tails
    # compiled once for all of them)
    joined = [rule for rule in org_rules() if isinstance(rule.rx, JoinedPattern)]
    assert {rule.tag for rule in joined} == {"standing", "bch", "danguy", "partyorg", "cell", "chidoan"}
    for rule in joined:
        whole = re.compile(rule.rx.pattern)
        assert [m.span() for m in rule.rx.finditer(text)] == [m.span() for m in whole.finditer(text)], rule.tag
        assert [m[0] for m in finditer_from(rule.rx, rule.starts, text)] == [m[0] for m in whole.finditer(text)]
        for s in range(0, len(text), 7):
            assert [m.span() for m in rule.rx.finditer(text, s, s + 40)] == \
                [m.span() for m in whole.finditer(text, s, s + 40)]


def test_a_joined_pattern_with_a_bare_look_ahead_matches_as_its_one_pattern():
    from partykg.extract.text import Joined

    # "ab" alone only before a space; else one of the tails after a space; "ab c" is tried before "ab"
    joined = Joined(("ab c", "ab"), ("x+(?!y)", "xy", "z"), optional=True, bare="(?= )")
    rx = joined.compile("(?<!a)", lambda t: re.compile(f"(?<!a)(?:{t})"))
    whole = re.compile(rx.pattern)
    for text in ["ab x", "ab xxy", "ab xy", "ab z", "ab q", "ab", "ab c z", "ab c", "ab cq", "aab x", "ab xab z"]:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in whole.finditer(text)], text
    assert [m[0] for m in rx.finditer("ab q, ab, ab xxy")] == ["ab", "ab x"]  # (the tail backtracks within itself)


def test_the_analyses_read_the_same_from_the_patterns_with_their_letter_classes_cut(monkeypatch):
    from partykg.extract import text

    patterns = [r.rx for r in org_rules()] + [rx for _, rx in STAT_RULES]
    cut = [(required_literals(rx), leading_literals(rx)) for rx in patterns]
    for name in ("LETTER", "UPPER", "LOWER"):  # strings no pattern holds: each pattern parsed whole
        monkeypatch.setattr(text, name, "\0 no class")
    text._parsed.cache_clear()
    assert [(required_literals(rx), leading_literals(rx)) for rx in patterns] == cut
    text._parsed.cache_clear()


@pytest.mark.parametrize("text", [
    SAMPLE, "Đảng bộ xã A", "xĐảng bộ", ")Đảng ủy xã Y,Đảng bộ", "của Đảng, vì Đảng", "", "Đảng",
])
@pytest.mark.parametrize("rule", [UNIT_RE, ABBREVIATED_RE, COMMITTEE_RE, ENCLOSING_RE, PARTY_LIST, CELL_LIST,
                                  context._UNIT_RE, context._COMMITTEE_RE])
def test_word_start_pattern_finds_what_its_regex_finds(rule, text):
    assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.rx.finditer(text)]
    for s in range(0, len(text), 5):
        e = max(s, len(text) - 3)
        assert [m.span() for m in rule.finditer(text, s, e)] == [m.span() for m in rule.rx.finditer(text, s, e)]


def test_word_start_pattern_on_adjacent_matches():
    from partykg.extract.text import WordStartPattern

    p = WordStartPattern(r"ab|\(ab\)")
    text = "ab(ab)ab xab ab"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.rx.finditer(text)]
    assert [m.start() for m in p.finditer(text)] == [0, 3, 6, 13]  # "(ab)" at 2 follows a letter


@pytest.mark.parametrize("pattern", [
    r"kết nạp (?:được )?(?P<n>\d+) đảng viên",  # led by literals: tried where they stand
    r"(?:[Kk]ết nạp|[Tt]ổng số) (?P<n>\d+)",  # led by literals in either case
    r"\d+(?:[.,]\d+)? đảng viên",  # no leading literal: led by the character before it
])
def test_word_start_pattern_searches_and_scans_as_its_regex(pattern):
    # a cue that no letter, digit or number separator stands before (statistics' cues): the pattern
    # stands in for its compiled regex, `search` and `flags` as well as `finditer`
    from partykg.extract.text import WordStartPattern

    p = WordStartPattern(pattern, not_before=r"[\w.,/]", lead=r"[^\w.,/]")
    text = "Năm 2024 kết nạp 12 đảng viên, 1.5 đảng viên; xkết nạp 3 đảng viên,Tổng số 40/kết nạp 7 đảng viên"
    assert p.flags == p.rx.flags and p.pattern == p.rx.pattern
    for s in range(0, len(text), 3):
        for e in (len(text), len(text) - 9, s + 20):
            assert [m.span() for m in p.finditer(text, s, e)] == [m.span() for m in p.rx.finditer(text, s, e)]
            found, expected = p.search(text, s, e), p.rx.search(text, s, e)
            assert (found and found.span()) == (expected and expected.span()), (s, e)
    assert p.search(text) is not None and p.search(text, 90) is None


def test_leads_find_the_places_of_strings_that_begin_one_another():
    # at one place the strings of several sets may start, one the beginning of another; a bound cuts
    # the longer ones off
    from partykg.extract.text import Leads

    sets = [("Ban",), ("Ban Thường vụ", "Ủy ban"), ("Ban Th",), ("ban", "Ban Thường"), ("x",), ()]
    leads = Leads(sets)
    text = "Ban Thường vụ Ủy ban Ban Th ban xBan Thường"
    for pos in range(0, len(text), 4):
        for end in range(pos, len(text) + 1, 3):
            assert leads.places(text, pos, end) == [
                [i for i in range(pos, end) if text.startswith(strings, i, end)] for strings in sets]


def test_letter_ranges_are_the_upper_and_lower_letters():
    from partykg.extract.text import LETTER, LOWER, UPPER

    letter, upper, lower = (re.compile(f"[{c}]") for c in (LETTER, UPPER, LOWER))
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if letter.match(c)] == [c for c in chars if upper.match(c) or lower.match(c)]
    assert letter.match("ỹ") and letter.match("Đ") and not letter.match("ß") and not letter.match("Ỻ")


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w])(?:[Đđ]ảng ủy|Chi bộ)(?: xã)?", ("Chi bộ", "Đảng ủy", "đảng ủy")),
    (r"(?:xy)?abc\d", ("abc", "xyabc")),
    (r"(?:(?<=của )|(?<=về ))Đảng(?! bộ)", ("Đảng",)),
    (r"Ban (?:Bí thư|Chấp hành Trung ương)", ("Ban Bí t", "Ban Chấp")),  # their first 8 characters
    (r"a|bc", None),  # one character: too many places to try
    # 2,176 strings are too many: their first 3 characters, 8 strings
    ("|".join(a + b + "x" + c + d for a in "AB" for b in "abcd" for c in "abcdefghijklmnopq"
              for d in "abcdefghijklmnop"),
     tuple(a + b + "x" for a in "AB" for b in "abcd")),
    (r"\d+ đảng viên", None),
    (r"(?:xy)*abc", None),
])
def test_leading_literals(pattern, expected):
    assert leading_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("text", [
    SAMPLE, "Đảng bộ xã A", "xĐảng bộ", ")Đảng ủy xã Y,Đảng bộ", "của Đảng, vì Đảng", "", "Đảng",
    "Chi bộ Chi bộ 3 Ban Thường vụ Ban Thường vụ Tỉnh ủy Tỉnh ủy viên",
    "Trường Đại học Y Hà Nội,Bệnh viện Bạch Mai và bệnh viện tỉnh; Công ty Cổ phần X, Sở Y tế",
])
def test_a_scan_from_the_leading_literals_finds_what_the_regex_finds(text):
    for rule in org_rules():
        if rule.starts is not None:
            assert [m.span() for m in finditer_from(rule.rx, rule.starts, text)] == \
                [m.span() for m in rule.rx.finditer(text)], rule.tag


@pytest.mark.parametrize("pos, endpos", [(0, None), (10, 40), (10, 30), (18, None), (30, 12)])
def test_a_scan_from_the_leading_literals_within_bounds_finds_what_the_regex_finds(pos, endpos):
    # "x" stands before the first "Kế hoạch"; a bound before "của" leaves the look-ahead unmet
    text = "xKế hoạch của A; Quyết định của B, Kế hoạch  của C"
    rx = re.compile(r"(?<!\w)(?:Kế hoạch|Quyết định)(?=\s+của\s)")
    expected = [m.span() for m in rx.finditer(text, pos, len(text) if endpos is None else endpos)]
    assert [m.span() for m in finditer_from(rx, ("Kế hoạch", "Quyết định"), text, pos, endpos)] == expected
    assert expected == {(0, None): [(17, 27), (35, 43)], (10, 40): [(17, 27)], (18, None): [(35, 43)]}.get(
        (pos, endpos), [])


@pytest.mark.parametrize("pos, endpos", [(0, None), (3, 30), (12, 13), (20, 5)])
def test_leads_find_where_the_strings_of_each_set_start(pos, endpos):
    from partykg.extract.text import Leads

    # overlapping strings, one the start of another, a string in two sets, one set empty
    leads = Leads([("Đảng ủy", "Chi bộ"), ("Đảng",), ("aba", "ab"), (), ("Chi bộ",)])
    text = "Đảng ủy xã, Đảng bộ; Chi bộ ababa abab Đảng"
    end = len(text) if endpos is None else endpos
    assert leads.places(text, pos, endpos) == [
        [i for i in range(pos, end) if text.startswith(strings, i, end)] for strings in leads.sets]
    assert leads.places(text)[2] == [28, 30, 34, 36]


@pytest.mark.parametrize("pos, endpos", [(0, None), (1, None), (7, 30), (13, 40), (25, 26), (30, 5)])
def test_a_scan_after_a_lead_character_finds_what_the_regex_finds(pos, endpos):
    from partykg.extract.text import finditer_after

    # a match that ends with the space another one needs before it; one at a line's start; one
    # after a word the look-behinds do not allow ("gồm")
    rx = re.compile(r"(?:(?<=, )|(?<=\n)|(?<= là ))[A-Z][a-z]* \d+(?:, )?")
    text = "Tổng số là An 12, Binh 3 Chi 4\nDung 5 gồm Em 6, Gia 7"
    end = len(text) if endpos is None else endpos
    expected = [m.span() for m in rx.finditer(text, pos, end)]
    assert [m.span() for m in finditer_after(rx, re.compile(r"[ \n](?=[A-Z])"), text, pos, endpos)] == expected
    if (pos, endpos) == (0, None):
        assert [text[s:e].strip() for s, e in expected] == ["An 12,", "Binh 3", "Dung 5", "Gia 7"]


def test_the_institution_rule_is_tried_only_where_one_of_its_heads_starts():
    # org_grammar.tsv's heads in both letter cases give the rule's start strings; past _MAX_STARTS
    # it would be tried at every character of every text (a table row made it 13x slower once)
    institution = next(rule for rule in org_rules() if rule.tag == "institution")
    assert institution.starts is not None
    assert all(len(start) >= 3 for start in institution.starts)


@pytest.mark.parametrize("make", [LazyPattern, WordStartPattern])
def test_a_table_rows_pattern_is_compiled_at_its_first_scan_and_finds_what_it_would_compiled(make):
    # (the rows of a table make hundreds of patterns, and a run's texts reach a few)
    rx = make(r"[Cc]hi bộ (?:ấp|thôn) \d+")
    whole = re.compile(rx.pattern)
    assert rx.flags == whole.flags
    assert required_literals(rx) == required_literals(whole)
    assert not {"match", "search", "finditer", "rx"} & set(vars(rx))  # the analyses compiled nothing
    text = "Chi bộ ấp 3, chi bộ thôn 12 và xchi bộ ấp 4"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert rx.search(text, 5).span() == whole.search(text, 5).span()
    if make is LazyPattern:  # (a WordStartPattern scans only)
        assert rx.match(text, 13).span() == whole.match(text, 13).span()


def test_a_lazy_patterns_flags_are_those_its_inline_flags_give():
    # "(?i)" makes the pattern ignore case: its required strings are then no gate (str.find is case-sensitive)
    rx = LazyPattern(r"(?i)chi bộ \d+")
    assert rx.flags == re.compile(rx.pattern).flags
    assert LazyPattern(r"(?s)(?i)chi bộ.\d+", re.M).flags == re.compile(r"(?s)(?i)chi bộ.\d+", re.M).flags
    # a scoped flag is not the whole pattern's
    assert LazyPattern(r"(?i:chi bộ) \d+").flags == re.compile(r"(?i:chi bộ) \d+").flags
    # a verbose pattern may set its flags after white space or a comment
    verbose = "  # chi bộ and its number\n(?i)chi\\ bộ \\d+"
    assert LazyPattern(verbose, re.X).flags == re.compile(verbose, re.X).flags
    assert required_literals(rx) is None


def test_every_lazily_compiled_pattern_of_the_extraction_compiles(nlp):
    # the tables' rows are compiled at their first scan: a row that does not compile must fail here, not in a run
    import gc
    lazy = [o for o in gc.get_objects() if isinstance(o, LazyPattern | WordStartPattern)]
    assert len(lazy) > 400  # (the measure cues, the grammar's rules ...)
    for rx in lazy:
        if isinstance(rx, LazyPattern):
            rx.search("")
            assert rx.flags == re.compile(rx.pattern, rx._given_flags).flags  # (read before compiling)
        else:
            assert rx.rx is not None and (rx.starts is not None or rx._after is not None)
            assert rx.flags == rx.rx.flags


def test_a_first_match_is_the_patterns_own_first_match():
    # FirstMatch tries a pattern only where its leading strings stand: the same first match as the engine's search
    from partykg.extract.numbers import PERIOD_SOURCES
    from partykg.extract.text import FirstMatch
    text = ("Từ ngày 1/7/2025 đến nay, 6 tháng đầu năm 2024 và quý III/2025; trong năm nay, từ đầu nhiệm kỳ đến nay, "
            "(tính đến 30/11/2025) sáng 20/6, năm 2021 đến nay, giai đoạn 2020 - 2025.")
    searched = [(FirstMatch(rx), rx) for rx in map(re.compile, PERIOD_SOURCES.values())]
    assert sum(first._leads is not None for first, _rx in searched) >= 10  # (most are tried at their strings)
    for first, rx in searched:
        for pos in range(0, len(text), 5):
            for endpos in (pos + 12, pos + 40, len(text)):
                mine, its = first.search(text, pos, endpos), rx.search(text, pos, endpos)
                assert (mine and mine.span()) == (its and its.span()), rx.pattern


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_literal_trie_matches_as_the_alternation_longest_first(flags):
    posts = ["Bí thư", "Bí thư chi bộ", "Phó Bí thư", "bí thư đảng ủy", "Chủ tịch", "Chủ tịch Hội", "ủy viên",
             "Ủy viên Ban Thường vụ", "Ủy viên Ban", "Trưởng ban", "Trưởng"]
    longest_first = "|".join(re.escape(p) for p in sorted(posts, key=len, reverse=True))
    old = re.compile(rf"(?:{longest_first})(?![\w])", flags)
    new = re.compile(literal_trie(posts, ignorecase=bool(flags)) + r"(?![\w])", flags)
    texts = ["Ông Lê Hữu Tâm, Bí thư chi bộ thôn Đông, và Phó Bí thư Đảng ủy xã gặp Chủ tịch Hội Nông dân.",
             "bí thư đảng ủy, Ủy viên Ban Thường vụ, ủy viên ban thường, Trưởng bancông an, Trưởng ban tuyên giáo",
             "BÍ THƯ CHI BỘ, Chủ tịchx, Ủy viên Ban"]
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        for i in range(len(text)):
            a, b = old.match(text, i), new.match(text, i)
            assert (b and b.span()) == (a and a.span())
