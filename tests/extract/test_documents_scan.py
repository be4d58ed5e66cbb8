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
