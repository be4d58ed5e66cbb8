"""Evidence offsets must lead back into the file as it is, whatever normalization did."""
import unicodedata

from partykg.ingest.decode import decode_bytes
from partykg.ingest.read import build_article

from conftest import ROOT

# NFD tones, old-style tone placement, no-break and zero-width spaces, curly quotes, CRLF
ORIGINAL = unicodedata.normalize("NFD", "Tỉnh uỷ Thanh Hoá\r\n\r\n24/11/2021, 06:55\r\n\r\n") + \
    "Theo\u00a0đồng chí Lê\u200b Văn Hoà, \u201cchi bộ\u201d đã kết nạp 3 đảng viên.\r\n"


def test_every_body_span_maps_back_to_the_same_words():
    a = build_article("x", "x.txt", ORIGINAL, "0")
    assert a.title == "Tỉnh ủy Thanh Hóa"
    assert a.text.endswith('Theo đồng chí Lê Văn Hòa, "chi bộ" đã kết nạp 3 đảng viên.\n')
    (s, e), = a.body_spans
    os_, oe = a.original_span(s, e)
    raw = a.original_text[os_:oe]
    assert raw.startswith("Theo\u00a0đồng") and raw.endswith("đảng viên.")
    i = a.text.index("Hòa")
    os_, oe = a.original_span(i, i + 3)
    assert a.original_text[os_:oe] == "Hoà"  # the file's own spelling


def test_windows_1258_offsets_cover_combining_marks():
    path = ROOT / "tests" / "fixtures" / "ingest" / "cp1258.txt"
    a = build_article("y", str(path), decode_bytes(path.read_bytes()).text, "0")
    assert a.original_span(0, len(a.text)) == (0, len(a.original_text))
    i = a.text.index("Hữu Phước")
    os_, oe = a.original_span(i, i + len("Hữu Phước"))
    assert a.original_text[os_:oe] != "Hữu Phước"  # combining tones in the file
    assert unicodedata.normalize("NFC", a.original_text[os_:oe]) == "Hữu Phước"
