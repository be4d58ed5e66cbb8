"""Character classes and small regex building blocks for Vietnamese text.

Rules work on the normalized article text (NFC) with plain regular
expressions; offsets are then aligned to spaCy tokens. This is robust to pyvi
merging syllables into one token ("Trần Nhật Quang").
"""
from __future__ import annotations

import re

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
LETTER = UPPER + LOWER
NOT_LETTER_BEFORE = rf"(?<![{LETTER}\d])"
NOT_LETTER_AFTER = rf"(?![{LETTER}\d])"

# One capitalized syllable ("Ô", "Vĩnh", "Lượng") and a proper name of 1-4 of them.
CAPSYL = rf"[{UPPER}][{LOWER}]*{NOT_LETTER_AFTER}"
NAME = rf"{CAPSYL}(?: {CAPSYL}){{0,3}}"
NUMNAME = r"\d{1,2}(?!\d)"
UY = "(?:ủy|uỷ)"


def ci(phrase: str) -> str:
    """Regex for `phrase` with its first letter in either case: 'huyện' -> '[Hh]uyện'."""
    first = phrase[0]
    return f"[{first.upper()}{first.lower()}]" + re.escape(phrase[1:]).replace("\\ ", " ")


def alt(*phrases: str, case_first: bool = True) -> str:
    """Alternation, longest first, optionally with the first letter in either case."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(ci(p) if case_first else re.escape(p).replace("\\ ", " ") for p in ordered) + ")"

