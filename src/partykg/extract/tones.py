"""One tone-mark placement for matching: "khoá" -> "khóa", "uỷ" -> "ủy", "Hoà" -> "Hòa".

Vietnamese writes the tone of an open "oa/oe/uy" syllable on either vowel;
sources mix both. Rules and datasets are matched on a folded copy of the
text in the traditional placement (the one the gold and the press mostly
use). The fold swaps two code points, so it keeps every offset.
"""
from __future__ import annotations

import re

_O = "oòóỏõọ"
_U = "uùúủũụ"
_A = "aàáảãạ"
_E = "eèéẻẽẹ"
_Y = "yỳýỷỹỵ"


def _table(first: str, second: str) -> dict[str, tuple[str, str]]:
    """second vowel carrying a tone -> (first vowel with that tone, bare second vowel)"""
    return {second[i]: (first[i], second[0]) for i in range(1, 6)}


_SWAP = {"o": {**_table(_O, _A), **_table(_O, _E)}, "u": _table(_U, _Y)}
# "oá", "uỷ" ... at the end of a syllable (no final consonant), not after "q" ("quý" keeps its mark)
_PAT = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")


def _swap(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    table = _SWAP[first.lower()]
    if second not in table:
        return m.group(0)
    toned_first, bare_second = table[second]
    if first.isupper():
        toned_first = toned_first.upper()
    return toned_first + bare_second


def fold_tones(text: str) -> str:
    """`text` with traditional tone placement; same length, same offsets."""
    return _PAT.sub(_swap, text)


_Y_TO_I = dict(zip("yỳýỷỹỵ", "iìíỉĩị"))
# syllable-final "y" after a consonant or "qu" is spelled "i" too: "Phú Quý" / "Phú Quí", "Kỳ" / "Kì"
_FINAL_Y = re.compile(r"(?:(?<=[bcdđghklmnprstvx])|(?<=qu))[yỳýỷỹỵ](?![^\W\d_])")


def key(text: str) -> str:
    """A matching key: folded tones, lower case, single spaces, final "y" as "i"."""
    text = " ".join(fold_tones(text).casefold().split())
    return _FINAL_Y.sub(lambda m: _Y_TO_I[m.group(0)], text)
