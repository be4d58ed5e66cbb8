"""Character classes and small regex building blocks for Vietnamese text.

Rules work on the normalized article text (NFC) with plain regular
expressions; offsets are then aligned to spaCy tokens. This is robust to how the
tokenizer cuts the text (syllables today, words if a segmenter came back).
"""
from __future__ import annotations

import re

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# the same letters as UPPER + LOWER, written as ranges: a third of the characters for the
# regex parser, which reads a class character by character in every pattern that holds it
# (tests/extract/test_text.py checks the two sets are equal)
LETTER = "A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ"
NOT_LETTER_BEFORE = rf"(?<![{LETTER}\d])"
NOT_LETTER_AFTER = rf"(?![{LETTER}\d])"

# One capitalized syllable ("Ô", "Vĩnh", "Lượng"; "M'Đrắk", "M'gar": the Central Highlands' names join
# a consonant to the syllable with an apostrophe, as the official register spells them) and a proper
# name of 1-4 of them.
CAPSYL = rf"[{UPPER}](?:'[{LETTER}])?[{LOWER}]*{NOT_LETTER_AFTER}"
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



def required_literals(rx: re.Pattern) -> tuple[str, ...] | None:
    """Strings of which every match of `rx` contains at least one, read off the pattern
    (its mandatory literal parts), or None when the pattern names none.

    A cheap `str.find` for them tells that a stretch of text cannot match, so the
    regex engine need not try it position by position."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python >= 3.11; not in typeshed
    except ImportError:  # pragma: no cover
        import sre_parse
    gate = _seq_literals(list(sre_parse.parse(rx.pattern, rx.flags)), sre_parse)
    return tuple(sorted(gate)) if gate else None


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several alternatives sets: the longest shortest member, the fewest."""
    options = [o for o in options if o]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o), sorted(o)))


def _seq_literals(seq, sre) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence `seq` contains."""
    options: list[frozenset[str] | None] = []
    run: list[str] = []

    def flush():
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in seq:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                options.append(_seq_literals(list(sub), sre))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                options.append(_seq_literals(list(sub), sre))
        elif op is sre.BRANCH:
            alts = [_seq_literals(list(a), sre) for a in av[1]]
            present = [a for a in alts if a]
            if len(present) == len(alts):  # every alternative has a literal
                options.append(frozenset().union(*present))
        # anything else (classes, assertions, anchors, back references) gives no literal
    flush()
    return _best([o for o in options if o])


class WordStartPattern:
    """`(?<!not_before)(?:pattern)` - a pattern that starts where no letter (or no word
    character) stands before it - scanned fast.

    A pattern led by a look-behind makes the regex engine try a match at every
    character. Led by the character before the match instead (`lead`, the class
    `not_before` negated), the engine skips ahead to the next such character in
    one C loop; a match right at the start of the scan is tried on its own.
    `finditer` yields the same matches as `self.rx.finditer` (the pattern must not
    match the empty string)."""

    def __init__(self, pattern: str, flags: int = 0, not_before: str = f"[{LETTER}\\d]",
                 lead: str = f"[^{LETTER}\\d]"):
        self.rx = re.compile(f"(?<!{not_before})(?:{pattern})", flags)
        self._after = re.compile(f"{lead}(?:{pattern})", flags)
        self.pattern = self.rx.pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of `self.rx` in text[pos:endpos], left to right, not overlapping."""
        end = len(text) if endpos is None else endpos
        m = self.rx.match(text, pos, end)
        if m is not None:
            yield m
        nxt = pos if m is None else m.end()
        while True:
            # the character before a match may be the last one of the match before it
            lead = self._after.search(text, max(nxt - 1, pos), end)
            if lead is None:
                return
            m = self.rx.match(text, lead.start() + 1, end)  # the same match, as the pattern's own
            assert m is not None  # the lookahead found it there
            if m.end() == m.start():
                raise ValueError(f"empty match of {self.rx.pattern!r}")
            yield m
            nxt = m.end()
