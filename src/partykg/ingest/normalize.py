"""Text normalization with a map back to the original offsets.

What changes (and why):
- Unicode NFC: Windows-1258 and some editors write tones as combining marks.
- One tone-mark placement: "hoá"/"hóa", "uỷ"/"ủy", "khoẻ"/"khỏe" are the same
  word written in two conventions. We write the form most of the press and
  dictionaries use: in an open syllable whose nucleus is "oa", "oe" or "uy"
  the tone goes on the first vowel ("hóa", "khỏe", "thủy", "Ủy"); syllables
  with a final consonant ("hoàng", "thuyết") and "qu" + vowel ("quý") keep
  the mark where it is. The change never alters the length of the text.
- Spaces: no-break, thin, figure and other Unicode spaces -> " "; zero-width
  characters and soft hyphens are dropped; "\\r\\n" and "\\r" -> "\\n".
- Quotes: curly double/single quotes and low-9 quotes -> ASCII '"' and "'". An apostrophe inside a word
  ("K’Linh", "M’Nông") is straightened too, so that tables and rules match either form; the names the
  graph gives keep the article's own (written_apostrophes, as_written).
"""
from __future__ import annotations

import re
import unicodedata
from array import array

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


# characters that normalization changes: combining marks (with the character they sit on),
# spaces, zero-width characters, quotes, "\r"; everything else is copied as it is
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_SPECIAL = re.compile("(?s).[%s]+|[%s]" % (_COMBINING, re.escape("".join(sorted(set(_REPLACE) | _DROP)))))
# the end of a word in a toned a/e/y after o/u: the only words fix_tone_placement changes
_TONED_END = re.compile(r"[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?![^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


def place_tones(text: str) -> str:
    """`text` with fix_tone_placement applied to every word; same length, same offsets."""
    out: list[str] = []
    pos = 0
    for m in _TONED_END.finditer(text):  # found from their end: a scan for the pair, not one per word
        start = m.start()
        while start > 0 and _LETTER.match(text, start - 1):
            start -= 1
        out += [text[pos:start], fix_tone_placement(text[start:m.end()])]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def normalize(original: str) -> tuple[str, array]:
    """Normalize `original`; return the text and offsets[i] -> original index.

    Works cluster by cluster (a base character and its combining marks), so
    every normalized character maps to the start of the cluster it came from.
    The offsets (an array of ints, 4 bytes each) have len(text) + 1 entries;
    the last one is len(original). Plain stretches are copied in one piece,
    so ordinary UTF-8 text costs little more than a regex scan.
    """
    out: list[str] = []
    offsets = array("I")
    pos = 0
    for m in _SPECIAL.finditer(original):
        i, j = m.span()
        if i > pos:
            out.append(original[pos:i])
            offsets.extend(range(pos, i))
        ch = original[i]
        if j > i + 1:  # a base character with combining marks
            if ch in _DROP:
                pass  # a dropped character's marks go with it
            else:
                cluster = unicodedata.normalize("NFC", original[i:j])
                out.append(cluster)
                offsets.extend([i] * len(cluster))
        elif ch == "\r":
            if j < len(original) and original[j] == "\n":
                j += 1  # "\r\n" -> "\n", mapped to the "\r" so a span ends before both
            out.append("\n")
            offsets.append(i)
        elif ch not in _DROP:
            out.append(_REPLACE[ch])
            offsets.append(i)
        pos = j
    if pos < len(original):
        out.append(original[pos:])
        offsets.extend(range(pos, len(original)))
    offsets.append(len(original))
    text = "".join(out)
    if not unicodedata.is_normalized("NFC", text):  # rare: singletons such as U+212B ANGSTROM SIGN
        text, offsets = _nfc_per_char(text, offsets)
    # tone placement: same length in, same length out, so the offsets still hold
    text = place_tones(text)
    return text, offsets


def _nfc_per_char(text: str, offsets: array) -> tuple[str, array]:
    out: list[str] = []
    new = array("I")
    for i, ch in enumerate(text):
        c = unicodedata.normalize("NFC", ch)
        out.append(c)
        new.extend([offsets[i]] * len(c))
    new.append(offsets[len(text)])
    return "".join(out), new


_TYPOGRAPHIC_APOSTROPHES = "\u2019\u2018\u201b"
_WORD_WITH_APOSTROPHE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)+")


def written_apostrophes(original: str, text: str, offsets) -> dict[str, str]:
    """{a word with an apostrophe inside, case-folded: its apostrophes as the article writes them} of the words
    `original` writes with a typographic apostrophe ("K’Linh") and never with a straight one; {} for a text
    without one (most). `text` and `offsets` are normalize's (unwrap keeps them)."""
    if not any(c in original for c in _TYPOGRAPHIC_APOSTROPHES):
        return {}
    curly: dict[str, str] = {}
    straight: set[str] = set()
    for m in _WORD_WITH_APOSTROPHE.finditer(text):
        marks = "".join(original[offsets[i]] for i in range(m.start(), m.end()) if text[i] == "'")
        word = m.group().casefold()
        if marks.strip("'"):
            curly[word] = marks
        else:
            straight.add(word)
    return {w: marks for w, marks in curly.items() if w not in straight}


def as_written(name: str, marks: dict[str, str]) -> str:
    """`name` with the apostrophes of its words as the article writes them (written_apostrophes): "K'Linh" ->
    "K’Linh"."""
    if not marks or "'" not in name:
        return name

    def put(m: re.Match) -> str:
        found = marks.get(m.group().casefold())
        if found is None:
            return m.group()
        each = iter(found)
        return "".join(next(each) if c == "'" else c for c in m.group())
    return _WORD_WITH_APOSTROPHE.sub(put, name)
