"""Lines printed wholly in capitals (a lead, a signature, a block heading), read in running text's casing.

A page may print its lead or a signature in capitals ("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG X TỔ CHỨC HỘI
NGHỊ …"); the organization rules read names by their capitals, so such a line names no body. Its casing
is restored: lower case, the sentence's first letter, the bodies' names as running text writes them
(resources/capitals.txt and the heads of org_grammar.tsv) and, after a unit word, the unit's name as
long as the register of administrative units knows it ("PHƯỜNG VỊ THANH" -> "phường Vị Thanh"). A name
the register cannot settle (a village's, a person's) stays in lower case: read as no name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from partykg.extract.lexicon import table, words
from partykg.extract.places import LEVELS, register, unit_types
from partykg.extract.tones import key

CAPS_MIN_WORDS = 3  # "BAN LỄ TANG", an acronym row: shorter lines in capitals are labels, no sentence
NAME_MAX_WORDS = 4  # the longest unit name tried in the register ("Thừa Thiên Huế")


# a heading's Roman numeral ("II."), an acronym of consonants ("UBND", "HĐND", "THCS"): kept in capitals
_KEPT = re.compile(r"(?<!\w)(?:[IVXL]+(?=\.)|[BCDĐGHKLMNPQRSTVX]{2,})(?!\w)")


def _wholly_capitals(line: str) -> bool:
    return line.isupper() and len(line.split()) >= CAPS_MIN_WORDS


@lru_cache(maxsize=1)
def _bodies() -> tuple[re.Pattern, dict[str, str]]:
    names = set(words("capitals.txt")) | {row["head"] for row in table("org_grammar.tsv") if row.get("head")}
    by_lower = {n.lower(): n for n in names if any(c.isupper() for c in n)}
    alts = "|".join(re.escape(n) for n in sorted(by_lower, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), by_lower


@lru_cache(maxsize=1)
def _unit_word() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(unit_types(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts}) (?=\w)")


def _known_unit(name: str) -> bool:
    k = key(name)
    return any((level, k) in register().by_name for level in LEVELS)


def recase(line: str) -> str:
    """`line`, printed in capitals, in running text's casing (same length, same offsets)."""
    out = list(line.lower())
    pattern, by_lower = _bodies()
    low = "".join(out)
    for m in pattern.finditer(low):
        out[m.start():m.end()] = by_lower[m.group()]
    for m in _unit_word().finditer(low):
        rest = low[m.end():].split(" ")
        for n in range(min(NAME_MAX_WORDS, len(rest)), 0, -1):
            name = " ".join(w.strip(",.;:)") for w in rest[:n])
            if name and not any(c.isdigit() for c in name) and _known_unit(name):
                at = m.end()
                for w in rest[:n]:
                    out[at] = out[at].upper()
                    at += len(w) + 1
                break
    for m in _KEPT.finditer(line):  # Roman numerals of headings, acronyms: as printed
        out[m.start():m.end()] = m.group()
    first = next((i for i, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = out[first].upper()
    return "".join(out)


def with_capitals_recased(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each line of `spans` printed wholly in capitals recased (same length): `text` itself
    when there is none."""
    pieces: list[tuple[int, int, str]] = []
    for s, e in spans:
        at = s
        for line in text[s:e].split("\n"):
            if _wholly_capitals(line):
                pieces.append((at, at + len(line), recase(line)))
            at += len(line) + 1
    if not pieces:
        return text
    out, last = [], 0
    for s, e, new in pieces:
        out += [text[last:s], new]
        last = e
    out.append(text[last:])
    return "".join(out)
