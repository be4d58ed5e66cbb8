"""The gated scan for numbered citations finds what a plain finditer finds."""
import pytest

from partykg.extract.documents import _gates, _patterns, _scan

TEXTS = [
    "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Nghị quyết số  35 - NQ/TW, Kết luận 21-KL/TW.",
    "Quy định Số 1-QĐi/TW, 2-qđ/tu; Chỉ thị ſố 05-CT/TW; số 5/CT-TW; Kế hoạch 12/KH-TU ngày 1/2/2020",
    "x\n\n  số 3 - NQ / TW và 12 05-CT/TW, Hướng dẫn\n\n\n số 09-HD/BTGTW",
    "Không có số hiệu nào ở đây, chỉ ngày 15/5/2016 và 2020-2025.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_equals_finditer(text):
    numbered, swapped, _ = _patterns()
    numbered_gate, swapped_gate = _gates()
    for rx, gate in ((numbered, numbered_gate), (swapped, swapped_gate)):
        for s in range(0, len(text), 7):
            for e in (len(text), len(text) - 5, s + 30):
                e = max(s, min(e, len(text)))
                expected = [(m.span(), m.groupdict()) for m in rx.finditer(text, s, e)]
                assert [(m.span(), m.groupdict()) for m in _scan(rx, gate, text, s, e)] == expected


def test_scan_finds_citations():
    numbered, _, _ = _patterns()
    found = [m.group(0) for m in _scan(numbered, _gates()[0], TEXTS[0], 0, len(TEXTS[0]))]
    assert found == ["Chỉ thị số 05-CT/TW", "Nghị quyết số  35 - NQ/TW", "Kết luận 21-KL/TW"]


def test_number_only_led_by_first_letters_matches_as_without_the_lead():
    """The first-letter class in front of the case-blind number_only pattern drops no match,
    whatever the letter case (KELVIN SIGN folds to 'k' in the regex engine too)."""
    import re

    _, _, number_only = _patterns()
    lead = re.match(r"\(\?=\[[^\]]+\]\)", number_only.pattern)
    assert lead is not None
    plain = re.compile(number_only.pattern[lead.end():], number_only.flags)
    text = ("Chỉ thị 05 của Bộ Chính trị; CHỈ THỊ 12; quyết định số 2836; QUYẾT ĐỊNH SỐ 7; "
            "Kế hoạch số 15 và \u212aết luận 21, đề án số 3 năm; Hướng dẫn 09, nghị quyết 4")
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(expected) >= 7
    assert [(m.span(), m.groupdict()) for m in number_only.finditer(text)] == expected
