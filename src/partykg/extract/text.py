"""Character classes and small regex building blocks for Vietnamese text.

Rules work on the normalized article text (NFC) with plain regular
expressions; offsets are then aligned to spaCy tokens. This is robust to how the
tokenizer cuts the text (syllables today, words if a segmenter came back).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import ModuleType
from typing import Protocol

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


def literal_trie(strings: Iterable[str], ignorecase: bool = False) -> str:
    """The alternation of the literal `strings`, longest first, written as a trie: "(?:Bí thư|Bí thư chi bộ|Chủ
    tịch)" as "(?:Bí\\ thư(?:\\ chi\\ bộ)?|Chủ\\ tịch)". It matches as that alternation does, the same span in
    any pattern: the strings that match at a place begin one another, and both try the longest of them first,
    then the shorter ones. The regex engine reads each character once, where it tried the strings one by one (a
    table of some 170 posts, with re.IGNORECASE: ten times faster). `ignorecase`: for a pattern compiled so,
    the strings merged in lower case (two strings that differ in case match the same text)."""
    trie: dict = {}
    for string in {s.lower() if ignorecase else s for s in strings}:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> list[str]:
        return [re.escape(ch) + rest(sub) for ch, sub in sorted(node.items()) if ch]

    def rest(node: dict) -> str:
        alts = branches(node)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer strings first
    return "(?:" + "|".join(branches(trie)) + ")"



def required_literals(rx: re.Pattern | WordStartPattern | LazyPattern, around: bool = False) -> tuple[str, ...] | None:
    """Strings of which every match of `rx` contains at least one, read off the pattern
    (its mandatory literal parts; of a WordStartPattern, its regex's), or None when the pattern names none.

    A cheap `str.find` for them tells that a stretch of text cannot match, so the
    regex engine need not try it position by position.

    `around`: the strings may also be what the pattern's look-arounds require, for a gate looked
    for in the stretch the pattern is searched in: a look-ahead reads no further than its end, and
    what a look-behind requires stands before the match, joined to the literal that follows it
    ("(?<=, )kết nạp" needs ", kết nạp"; a stretch is a sentence, and none starts after a comma)."""
    if rx.flags & re.IGNORECASE:
        return None
    sre_parse = _sre_parse()
    gate = _seq_literals(list(_parsed(rx.pattern, rx.flags)), sre_parse, around)
    return tuple(sorted(gate)) if gate else None


def required_literal_sets(rx: re.Pattern | WordStartPattern, around: bool = False) -> list[tuple[str, ...]]:
    """Sets of strings of which every match of `rx` contains one of each: the sets its parts that must
    all match require (`required_literals` gives the most selective of them). A stretch that lacks
    one set's strings cannot match."""
    if rx.flags & re.IGNORECASE:
        return []
    options = _seq_options(list(_parsed(rx.pattern, rx.flags)), _sre_parse(), around)
    return sorted({tuple(sorted(o)) for o in options if o})


def _sre_parse() -> ModuleType:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python >= 3.11; not in typeshed
    except ImportError:  # pragma: no cover
        import sre_parse
    return sre_parse


@lru_cache(maxsize=1)
def _parsed(pattern: str, flags: int):
    """The parse tree of a pattern, kept for the next analysis of the same pattern (the parser takes
    a tenth of a second over the largest rule patterns).

    Parsed with each letter class cut to "a-z": the analyses read no class's letters (a class of
    ranges is no literal), and the parser reads a class character by character, so this parses
    the rule patterns in under half the time (tests/extract/test_text.py checks the same answers)."""
    for letters in (LETTER, UPPER, LOWER):
        pattern = pattern.replace(letters, "a-z")
    return _sre_parse().parse(pattern, flags)


# More strings than this make a regex (`Leads`) too long to build. The strings are merged by common prefix
# (`_lead_pattern`), so more of them cost the scan little, and longer ones leave fewer places to try: the
# institution rule's ~600 heads cut to 8 characters are tried at a tenth of the places their first 3 gave
# (124 -> 10 an article, each a try of the whole rule; 128 strings at most gave those 3).
_MAX_STARTS = 2048
# a string's first characters are as good a start, and fewer strings; when 8 of them make too many
# strings, their first 3 may not
_START_CHARS = (8, 3)


def leading_literals(rx: re.Pattern | LazyPattern) -> tuple[str, ...] | None:
    """Strings of two characters or more one of which every match of `rx` starts with, read off
    the pattern (look-arounds aside), or None when the pattern names none.

    A match can then start only where one of them occurs (`finditer_from`)."""
    if rx.flags & re.IGNORECASE:
        return None
    for cut in _START_CHARS:
        starts = _seq_starts(list(_parsed(rx.pattern, rx.flags)), _sre_parse(), cut)
        if starts and min(map(len, starts)) >= 2:
            break
    else:
        return None
    # a string that begins with another of them adds no place to try
    return tuple(sorted(s for s in starts if not any(s != t and s.startswith(t) for t in starts)))


def _join(heads: set[str], tails: set[str] | None, cut: int) -> set[str] | None:
    if tails is None:
        return None
    out = {(h + t)[:cut] for h in heads for t in tails}
    return out if len(out) <= _MAX_STARTS else None


def _seq_exact(seq, sre, cut: int) -> set[str] | None:
    """The strings the sequence `seq` can match, when they are few and literal (else None)."""
    out: set[str] | None = {""}
    for op, av in seq:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        assert out is not None
        out = _join(out, _item_exact(op, av, sre, cut), cut)
        if out is None:
            return None
    return out


def _item_exact(op, av, sre, cut: int) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        return {chr(a) for _, a in av}
    if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
        return _seq_exact(list(av[3]), sre, cut)
    if op is sre.BRANCH:
        alts = [_seq_exact(list(a), sre, cut) for a in av[1]]
        return None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[:2] == (0, 1):  # x?
        sub = _seq_exact(list(av[2]), sre, cut)
        return None if sub is None else sub | {""}
    return None


def _seq_starts(seq, sre, cut: int) -> set[str] | None:
    """Strings one of which every match of the sequence `seq` starts with (None: none known)."""
    out = {""}
    for op, av in seq:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a look-around consumes nothing
        exact = _join(out, _item_exact(op, av, sre, cut), cut)
        if exact is not None:
            out = exact
            continue
        starts = None
        if op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:
            starts = _seq_starts(list(av[3]), sre, cut)
        elif op is sre.BRANCH:
            alts = [_seq_starts(list(a), sre, cut) for a in av[1]]
            starts = None if any(a is None for a in alts) else set().union(*alts)  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            starts = _seq_starts(list(av[2]), sre, cut)
        joined = _join(out, starts, cut)
        return joined if joined is not None else out
    return out


def _trie(strings: Iterable[str]) -> dict:
    """The strings merged by common prefix: a node maps a character to the node after it; "" marks
    the end of a string."""
    trie: dict = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _lead_pattern(strings: Iterable[str]) -> str:
    """A regex that matches the first character of each place where one of `strings` starts: that
    character, then the rest of the string as a look-ahead, the strings merged by common prefix (a
    string that begins with another adds no place). Led by literal characters, not by a look-ahead,
    the regex engine skips in one C loop to the next character that can begin one."""
    def rest(node: dict) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + rest(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "|".join(re.escape(ch) + (f"(?={tail})" if (tail := rest(sub)) else "")
                    for ch, sub in sorted(_trie(strings).items())) or "(?!)"  # (no string: no place)


def _longest_pattern(strings: Iterable[str]) -> str:
    """Like `_lead_pattern`, but the look-ahead captures the rest of the longest of `strings` that
    starts there (one group for each first character): the strings that start at a place all
    begin that longest one, as they lie on one path of the trie."""
    def rest(node: dict) -> str:
        alts = [re.escape(ch) + rest(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer string if it is there
    return "|".join(re.escape(ch) + f"(?=({rest(sub)}))" for ch, sub in sorted(_trie(strings).items())) \
        or "(?!)"


class Leads:
    """The places where the strings of each of several sets start in a text, found in one regex
    scan for all the sets (a `str.find` loop per string scans the text once per string: the
    organization rules have some 250 strings)."""

    def __init__(self, sets: Sequence[tuple[str, ...]]):
        self.sets = list(sets)
        strings = sorted({s for strings in self.sets for s in strings})
        self._rx = re.compile(_lead_pattern(strings))
        # with several sets, the scan reads off each place the longest string there, and the sets
        # of the strings it begins with are those found there (no string compared at each place)
        self._longest = re.compile(_longest_pattern(strings))
        self._sets_of = {s: tuple(i for i, strings in enumerate(self.sets) if s.startswith(strings))
                         for s in strings}

    def places(self, text: str, pos: int = 0, endpos: int | None = None) -> list[list[int]]:
        """For each set, the offsets in text[pos:endpos] where one of its strings starts, in order."""
        endpos = len(text) if endpos is None else endpos
        if len(self.sets) == 1:
            return [[m.start() for m in self._rx.finditer(text, pos, endpos)]]
        out: list[list[int]] = [[] for _ in self.sets]
        sets_of = self._sets_of
        for m in self._longest.finditer(text, pos, endpos):
            p = m.start()
            for i in sets_of[text[p] + m[m.lastindex]]:  # type: ignore[index]  # (every branch has its group)
                out[i].append(p)
        return out


@lru_cache(maxsize=None)
def _leads(starts: tuple[str, ...]) -> Leads:
    return Leads([starts])


class Matcher(Protocol):
    """What a rule scan asks of a pattern: a re.Pattern, or a JoinedPattern."""

    @property
    def pattern(self) -> str: ...

    def match(self, string: str, pos: int = ..., endpos: int = ...) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = ..., endpos: int = ...) -> Iterator[re.Match[str]]: ...


_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")


def _flags_of(pattern: str, flags: int) -> int:
    """The flags `re.compile(pattern, flags)` would have (re.UNICODE added, a leading "(?i)" read), without
    compiling the pattern: its leading inline flags compiled alone, since a flag for the whole pattern
    stands only at its start (Python 3.11). Parsing the whole pattern for them cost the pipeline's
    build ~1 CPU s (2026-12-07). A verbose pattern may set them after white space or a comment: the whole
    pattern is then compiled."""
    leading = _LEADING_FLAGS.match(pattern).group()  # type: ignore[union-attr]
    if (flags | re.compile(leading).flags) & re.VERBOSE:
        return re.compile(pattern, flags).flags
    return re.compile(leading, flags).flags


class LazyPattern:
    """`re.compile(pattern, flags)`, compiled at its first scan: a table's rows make patterns that
    take the compiler seconds, and a run's texts may reach few of them. Once compiled, its scans
    are the compiled pattern's own methods (no call through this class). `pattern` and `flags`
    (all the analyses read) are known without compiling."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = _flags_of(pattern, flags)
        self._given_flags = flags

    def _compiled(self) -> re.Pattern:
        rx = re.compile(self.pattern, self._given_flags)
        self.match, self.search, self.finditer = rx.match, rx.search, rx.finditer  # type: ignore[method-assign]
        return rx

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)


@dataclass(frozen=True)
class Joined:
    """A rule pattern written as its heads and the patterns of which one may follow a head after a
    space: `(?:HEAD|...)(?: (?:TAIL|...))`, the tail part optional or not (`source`). Compiled
    (`compile`), it matches as that one pattern would, trying the heads, then the tails in order at
    the head's end; each tail compiled once, where another rule compiles the same source: a rule that
    embeds others (the standing committee of a party committee or organization: 130 KB of
    patterns, mostly the institutions' names) does not make the regex compiler read them again.

    A tail may be a Joined itself (compiled once as well). `bare`, with `optional`: a look-ahead
    that must hold where a head stands alone, `(?:HEAD|...)(?: (?:TAIL|...)|BARE)`. A head the
    regex engine could shorten (an optional part) is written as two heads, longer first."""

    heads: tuple[str, ...]
    tails: tuple[str | Joined, ...]
    optional: bool
    bare: str = ""

    @property
    def source(self) -> str:
        tails = "|".join(t.source if isinstance(t, Joined) else t for t in self.tails)
        if self.bare:
            return f"(?:{'|'.join(self.heads)})(?: (?:{tails})|{self.bare})"
        return f"(?:{'|'.join(self.heads)})(?: (?:{tails})){'?' if self.optional else ''}"

    def compile(self, before: str, compiled: Callable[[str | Joined], Matcher]) -> JoinedPattern:
        """`before` leads the pattern (a look-behind); `compiled` gives a tail's compiled pattern,
        led by `before` as well (true after a space: the look-behinds that lead rule patterns)."""
        return JoinedPattern(self, [re.compile(f"{before}(?:{h})") for h in self.heads],
                             [compiled(t) for t in self.tails], before)


_SPAN = re.compile(r"(?s).+")  # a JoinedPattern's match: a re.Match of its span


class JoinedPattern:
    def __init__(self, joined: Joined, heads: list[re.Pattern], tails: list[Matcher], before: str):
        self.joined, self.heads, self.tails = joined, heads, tails
        self._bare = re.compile(joined.bare) if joined.bare else None
        self.pattern = before + joined.source  # (the one pattern it stands for: never compiled here)
        self.flags = 0
        # where a match may start: where one of the heads matches (the analyses' pattern)
        self.head = re.compile(f"{before}(?:{'|'.join(joined.heads)})")

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(string) if endpos is None else min(endpos, len(string))
        for head in self.heads:
            h = head.match(string, pos, endpos)
            if h is None:
                continue
            if string.startswith(" ", h.end(), endpos):
                for tail in self.tails:
                    t = tail.match(string, h.end() + 1, endpos)
                    if t is not None:
                        return _SPAN.match(string, pos, t.end())
            if self.joined.optional and (self._bare is None or self._bare.match(string, h.end(), endpos)):
                return _SPAN.match(string, pos, h.end())
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(string) if endpos is None else min(endpos, len(string))
        while (h := self.head.search(string, pos, endpos)) is not None:
            m = self.match(string, h.start(), endpos)
            if m is None:
                pos = h.start() + 1
                continue
            yield m
            pos = m.end()


def finditer_from(rx: Matcher, starts: tuple[str, ...], text: str, pos: int = 0,
                  endpos: int | None = None) -> Iterator[re.Match[str]]:
    """`rx.finditer(text, pos, endpos)`, with the pattern tried only where one of `starts` occurs:
    every match starts with one of them (`leading_literals`), so the same matches. A pattern led by a
    look-behind is otherwise tried at every character."""
    return finditer_at(rx, _leads(starts).places(text, pos, endpos)[0], text, endpos)


def finditer_at(rx: Matcher, places: list[int], text: str,
                endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of `rx` that start at one of `places` (in order), left to right, not
    overlapping: `rx.finditer`'s matches when every match can start only there."""
    endpos = len(text) if endpos is None else endpos
    end = 0
    for p in places:
        if p < end:
            continue
        m = rx.match(text, p, endpos)
        if m is not None:
            if m.end() == p:
                raise ValueError(f"empty match of {rx.pattern!r}")
            yield m
            end = m.end()


def finditer_after(rx: re.Pattern, lead: re.Pattern, text: str, pos: int = 0,
                   endpos: int | None = None) -> Iterator[re.Match[str]]:
    """`rx.finditer(text, pos, endpos)` for a pattern led by look-behinds that every match starts
    right after a one-character match of `lead`: tried only there, `lead` found by a C scan (a
    pattern led by look-behinds is tried at every character)."""
    endpos = len(text) if endpos is None else endpos
    places = [before.end() for before in lead.finditer(text, max(pos - 1, 0), endpos)]
    return finditer_at(rx, places, text, endpos)


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective of several alternatives sets: the longest shortest member, the fewest."""
    options = [o for o in options if o]
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o), sorted(o)))


def _seq_literals(seq, sre, around: bool = False) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence `seq` contains (with `around`,
    or the text it is matched in holds: see `required_literals`)."""
    return _best([o for o in _seq_options(seq, sre, around) if o])


def _seq_options(seq, sre, around: bool = False) -> list[frozenset[str] | None]:
    """For each part of the sequence `seq` that requires some, a set of strings one of which every match of that
    part contains (`_seq_literals`)."""
    options: list[frozenset[str] | None] = []
    run: list[str] = []

    def flush():
        if run:
            options.append(frozenset(["".join(run)]))
            run.clear()

    for k, (op, av) in enumerate(seq):
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        before = _behind(op, av, sre) if around else ""
        flush()
        joins = k + 1 < len(seq) and seq[k + 1][0] is sre.LITERAL
        if before and (joins or any(ch.isalpha() for ch in before)):
            # the text before what follows ends with it (punctuation alone, as ", ", selects no sentence)
            run.extend(before)
        elif around and op is sre.ASSERT and av[0] == 1:
            options.append(_seq_literals(list(av[1]), sre, around))
        elif op is sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                options.append(_seq_literals(list(sub), sre, around))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                options.append(_seq_literals(list(sub), sre, around))
        elif op is sre.BRANCH:
            alts = [_seq_literals(list(a), sre, around) for a in av[1]]
            present = [a for a in alts if a]
            if len(present) == len(alts):  # every alternative has a literal
                options.append(frozenset().union(*present))
        # anything else (classes, negative assertions, anchors, back references) gives no literal
    flush()
    return options


def _behind(op, av, sre) -> str:
    """The literal text that a positive look-behind (or alternatives of them) requires right before
    the position: "(?<=\\d, )|(?<= hội viên, )" -> ", "; else ""."""
    if op is sre.ASSERT and av[0] == -1:
        tail = []
        for sub_op, sub_av in reversed(list(av[1])):
            if sub_op is not sre.LITERAL:
                break
            tail.append(chr(sub_av))
        return "".join(reversed(tail))
    if op is sre.BRANCH:
        ends = [_behind(a[0][0], a[0][1], sre) if len(a) == 1 else "" for a in av[1]]
        common = ""
        while all(len(x) > len(common) for x in ends) and len({x[-len(common) - 1] for x in ends}) == 1:
            common = ends[0][-len(common) - 1] + common
        return common
    return ""


class WordStartPattern:
    """`(?<!not_before)(?:pattern)` - a pattern that starts where no letter (or no word
    character) stands before it - scanned fast.

    A pattern led by a look-behind makes the regex engine try a match at every
    character. When every match starts with one of a few strings (`leading_literals`),
    it is tried only where they stand (`finditer_from`). Else it is led by the character
    before the match instead (`lead`, the class `not_before` negated): the engine skips
    ahead to the next such character in one C loop; a match right at the start of the
    scan is tried on its own. `finditer` yields the same matches as `self.rx.finditer`
    (the pattern must not match the empty string).

    Compiled, and its leading strings read, at its first scan, not when built: the tables' rows
    make hundreds of them (the measure cues), compiled in seconds, and a run's texts reach a few
    of them. `pattern` and `flags` (all the analyses read) are known without compiling."""

    def __init__(self, pattern: str, flags: int = 0, not_before: str = f"[{LETTER}\\d]",
                 lead: str = f"[^{LETTER}\\d]"):
        self.pattern = f"(?<!{not_before})(?:{pattern})"
        self.flags = _flags_of(self.pattern, flags)
        self._body, self._lead, self._given_flags = pattern, lead, flags

    @cached_property
    def rx(self) -> re.Pattern:
        return re.compile(self.pattern, self._given_flags)

    @cached_property
    def starts(self) -> tuple[str, ...] | None:
        return leading_literals(self.rx)

    @cached_property
    def _leads(self) -> Leads | None:
        return Leads([self.starts]) if self.starts is not None else None

    @cached_property
    def _after(self) -> re.Pattern | None:
        return re.compile(f"{self._lead}(?:{self._body})", self._given_flags) if self.starts is None else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match of `self.rx` in text[pos:endpos], as `self.rx.search`."""
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        """The matches of `self.rx` in text[pos:endpos], left to right, not overlapping."""
        if self._leads is not None:  # (finditer_from, without looking up the Leads of the strings)
            yield from finditer_at(self.rx, self._leads.places(text, pos, endpos)[0], text, endpos)
            return
        assert self._after is not None
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


class FirstMatch:
    """`rx.search(text, pos, endpos)`: the same first match, found without trying the pattern at every
    character. A pattern that opens with a look-around or an optional part gives the regex engine no
    first character to skip to, so it tries it position by position; when every match starts with one
    of a few strings (`leading_literals`), it is tried only where they stand. A pattern that opens with
    a literal or a class is left to the engine, which skips to those."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        sre = _sre_parse()
        first = _first_item(sre.parse(rx.pattern, rx.flags), sre)
        opens_plainly = first is not None and first[0] in (sre.LITERAL, sre.IN)
        starts = None if opens_plainly else leading_literals(rx)
        self._leads = Leads([starts]) if starts is not None else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self._leads is None:
            return self.rx.search(text, pos, len(text) if endpos is None else endpos)
        endpos = len(text) if endpos is None else min(endpos, len(text))
        return next(finditer_at(self.rx, self._leads.places(text, pos, endpos)[0], text, endpos), None)


def _first_item(parsed, sre: ModuleType):
    """The first item of a parsed pattern, inside the groups it opens with ("(?P<kind>[Tt]ừ ...)": the class)."""
    while len(parsed) > 0 and parsed[0][0] is sre.SUBPATTERN:
        parsed = parsed[0][1][-1]  # (group, add flags, del flags, its items)
    return parsed[0] if len(parsed) > 0 else None
