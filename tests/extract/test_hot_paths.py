"""The extraction's hot paths, made faster: the same answers as the plain definition they stand for."""
import re

from partykg.extract import statistics


def test_gate_strings_are_found_through_the_shorter_ones_inside_them():
    # "chi bộ cơ sở" stands only where "chi bộ" stands: it is looked for there, not searched again
    searched, through = statistics._gate_finds(frozenset({"chi bộ", " chi bộ cơ sở", "kết nạp", "nạp ", "so"}))
    assert searched == ["so", "nạp ", "chi bộ", "kết nạp"]
    assert through == [(" chi bộ cơ sở", "chi bộ", 1)]
    # and a sentence holds a cue's gate as a search of it finds: nested and overlapping gate strings, one at the start of the text (its inner string's place less
    # its offset is no place), one across two sentences (held by neither)
    cues = [("A", None, None, (" chi bộ cơ sở",)), ("B", None, None, ("chi bộ", "aa")), ("C", None, None, None),
            ("D", None, None, ("chi bộ cơ", "aaa"))]
    text = "chi bộ cơ sở A. Ở chi bộ cơ sở. aaaa chi bộ\nchi bộ cơ. Hai chi bộ. Không"
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", text)]
    by_list = statistics._cues_by_sentence(text, sentences, ([c for c in cues[:2]], cues))
    for cue_list, found in zip(([c for c in cues[:2]], cues), by_list, strict=True):
        assert found == [[c for c in cue_list if c[3] is None or any(g in text[s:e] for g in c[3])]
                         for s, e in sentences]
    assert [[c[0] for c in found] for found in by_list[1]] == [
        ["B", "C", "D"], ["A", "B", "C", "D"], ["B", "C", "D"], ["B", "C", "D"], ["B", "C"], ["C"]]
