"""The share of control characters that marks a file as binary."""
import unicodedata

from partykg.ingest.decode import _control_share


def _by_category(text: str) -> float:
    bad = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v"))
    return bad / len(text)


def test_control_share_counts_control_characters_but_line_breaks_and_tabs():
    text = "Đảng bộ\t\n\r\f\v \x00\x07\x1b\x7f\x85\x9f\ufffd\u200b\u00a0x"
    assert _control_share(text) == _by_category(text) == 7 / len(text)
    assert _control_share("") == 0.0
    assert _control_share("plain text\n") == 0.0
