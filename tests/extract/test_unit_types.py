"""The unit words, spelled once (places.LEVEL): the lists the patterns are built from."""
import re

from partykg.extract.places import LEVEL, unit_types
from partykg.extract.text import alt


def test_unit_types_pick_levels_and_leave_out_the_special_zone_on_request():
    assert set(unit_types()) == set(LEVEL)
    assert unit_types("C") == ("xã", "phường", "thị trấn", "đặc khu")
    assert unit_types("DC", special_zone=False) == ("huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
    # a pattern built from them: the province and district words, either case, not the commune ones
    rx = re.compile(rf"(?<!\w){alt(*unit_types('PD'))}(?!\w)")
    assert [m.group() for m in rx.finditer("Thị xã An Lạc, xã Phú Mỹ và Thành phố Hòa Bình")] == ["Thị xã", "Thành phố"]
