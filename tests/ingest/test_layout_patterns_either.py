"""layout's yes-or-no pattern lists, matched as one alternation: the same answer as one pattern at a time."""
from __future__ import annotations

import re

from partykg.ingest.layout import _either


def test_one_alternation_matches_a_line_exactly_when_one_of_its_patterns_matches_it_whole():
    pats = [re.compile(r"tin liên quan:?", re.I), re.compile(r"chia sẻ( \| \w+)*", re.I)]
    (either,) = _either(pats)
    for line in ["Tin liên quan", "TIN LIÊN QUAN:", "Chia sẻ | Zalo", "Chia sẻ", "Tin liên quan khác",
                 "Đọc tiếp chia sẻ", ""]:
        assert (either.fullmatch(line) is not None) == any(p.fullmatch(line) for p in pats), line


def test_no_patterns_match_nothing_not_even_an_empty_line():
    assert _either([]) == ()
