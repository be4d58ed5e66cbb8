"""One tone-mark placement for matching: "khoá" -> "khóa", "uỷ" -> "ủy", "HOÁ" -> "HÓA".

Vietnamese writes the tone of an open "oa/oe/uy" syllable on either vowel;
sources mix both. Rules and datasets are matched on a folded copy of the
text in the traditional placement (the one the gold and the press mostly
use): the placement ingest normalizes the text to (ingest.normalize), so one
rule serves both. The fold moves a mark within a syllable, so it keeps every offset.
"""
from __future__ import annotations

import re
from functools import lru_cache

from partykg.ingest.normalize import place_tones


def fold_tones(text: str) -> str:
    """`text` with traditional tone placement; same length, same offsets."""
    return place_tones(text)


_Y_TO_I = dict(zip("yỳýỷỹỵ", "iìíỉĩị"))
# syllable-final "y" after a consonant or "qu" is spelled "i" too: "Phú Quý" / "Phú Quí", "Kỳ" / "Kì"
_FINAL_Y = re.compile(r"(?:(?<=[bcdđghklmnprstvx])|(?<=qu))[yỳýỷỹỵ](?![^\W\d_])")


# the Central Highlands' "đăk" (water, in Ê Đê, Ba Na, Xơ Đăng names) is written "Đắk", "Đăk" or "Đak": the
# register itself writes one commune "Đăk Rong" in one list and "Đak Rong" in the other, and the press and
# the provinces' portals mix the three ("huyện Đăk Mil", the register's "Đắk Mil")
_DAK = re.compile(r"(?<![^\W\d_])đ[aăắ](?=k(?![^\W\d_]))")


@lru_cache(maxsize=1 << 16)  # the same names come back article after article (microseconds each)
def key(text: str) -> str:
    """A matching key: folded tones, lower case, single spaces, final "y" as "i", one "đắk"."""
    text = " ".join(fold_tones(text).casefold().split())
    if "đ" in text:
        text = _DAK.sub("đắ", text)
    return _FINAL_Y.sub(lambda m: _Y_TO_I[m.group(0)], text)
