"""Text normalization with a map back to the original offsets.

What changes (and why):
- Unicode NFC: Windows-1258 and some editors write tones as combining marks.
- One tone-mark placement: "hoá"/"hóa", "uỷ"/"ủy", "khoẻ"/"khỏe" are the same
  word written in two conventions. We write the form the press and the gold
  annotations use: in an open syllable whose nucleus is "oa", "oe" or "uy"
  the tone goes on the first vowel ("hóa", "khỏe", "thủy", "Ủy"); syllables
  with a final consonant ("hoàng", "thuyết") and "qu" + vowel ("quý") keep
  the mark where it is. The change never alters the length of the text.
- Spaces: no-break, thin, figure and other Unicode spaces -> " "; zero-width
  characters and soft hyphens are dropped; "\\r\\n" and "\\r" -> "\\n".
- Quotes: curly double/single quotes and low-9 quotes -> ASCII '"' and "'".
"""
from __future__ import annotations

import re
import unicodedata

# U+0300 grave (huyền), U+0301 acute (sắc), U+0303 tilde (ngã),
# U+0309 hook above (hỏi), U+0323 dot below (nặng)
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
VOWELS = frozenset("aăâeêioôơuưy")

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_REPLACE = {c: " " for c in _SPACES}
_REPLACE.update({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
                 "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                 "\r": "\n"})
_WORD = re.compile(r"[^\W\d_]+")


def _split_tone(ch: str) -> tuple[str, str]:
    """'ộ' -> ('ô', '\\u0323'); a character without a tone -> (ch, '')."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in TONE_MARKS)
    if not tone:
        return ch, ""
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS)), tone


def fix_tone_placement(word: str) -> str:
    """Move the tone of an open "oa"/"oe"/"uy" syllable to its first vowel ("hoá" -> "hóa").

    Returns a word of the same length; anything that is not such a syllable
    is returned unchanged.
    """
    if len(word) < 2 or len(word) > 7:
        return word
    parts = [_split_tone(c) for c in word]
    toned = [i for i, (_, t) in enumerate(parts) if t]
    if len(toned) != 1:
        return word
    bases = "".join(b for b, _ in parts).lower()
    # the onset: consonants, plus the "u" of "qu" and the "i" of "gi" + vowel
    i = 0
    while i < len(bases) and bases[i] not in VOWELS:
        i += 1
    if bases[:i] == "q" and bases[i:i + 1] == "u":
        i += 1
    elif bases[:i] == "g" and bases[i:i + 1] == "i" and bases[i + 1:i + 2] in VOWELS and i + 2 <= len(bases):
        i += 1
    if bases[i:] not in ("oa", "oe", "uy"):  # a final consonant or another nucleus
        return word
    t = toned[0]
    if t != i + 1:  # already on the first vowel
        return word
    chars = list(word)
    chars[i] = unicodedata.normalize("NFC", parts[i][0] + parts[t][1])
    chars[t] = parts[t][0]
    return "".join(chars)


def normalize(original: str) -> tuple[str, list[int]]:
    """Normalize `original`; return the text and offsets[i] -> original index.

    Works cluster by cluster (a base character and its combining marks), so
    every normalized character maps to the start of the cluster it came from.
    The list has len(text) + 1 entries; the last one is len(original).
    """
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        ch = original[i]
        if ch in _DROP:
            # a dropped character's combining marks (if any) are dropped with it
            i = j
            continue
        if ch == "\r" and j < n and original[j] == "\n":
            out.append("\n")  # "\r\n" -> "\n", mapped to the "\r" so a span ends before both
            offsets.append(i)
            i = j + 1
            continue
        cluster = _REPLACE.get(ch, ch) if j == i + 1 else unicodedata.normalize("NFC", original[i:j])
        if j == i + 1 and cluster == ch:
            cluster = unicodedata.normalize("NFC", ch)  # compatibility singletons, e.g. U+212B
        out.append(cluster)
        offsets.extend([i] * len(cluster))
        i = j
    offsets.append(n)
    text = "".join(out)
    # tone placement: same length in, same length out, so the offsets still hold
    text = _WORD.sub(lambda m: fix_tone_placement(m.group(0)), text)
    return text, offsets
