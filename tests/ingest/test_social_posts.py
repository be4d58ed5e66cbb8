"""A social network's post copied from its page (a commune's police or party cell posts its news on a fanpage):
the page's name, the post's time with its audience icon, the post opening with a heading between emoji, hashtags
and the row of reactions (texts written for the test)."""
from partykg.ingest.layout import analyze
from partykg.ingest.normalize import normalize

POST = ("Đảng ủy xã An Phú - Tây Ninh\n"
        "3 tháng 9, 2025 lúc 20:15 · 🌏\n\n"
        "🎉🇻🇳 CHI BỘ ẤP AN HÒA KẾT NẠP HAI ĐẢNG VIÊN TRẺ 🇻🇳🎉\n\n"
        "Tối 2/9, Chi bộ ấp An Hòa kết nạp vào Đảng hai đoàn viên trẻ làm nghề đánh cá. 👏\n\n"
        "#DangUyAnPhu #XayDungDang\n\n"
        "👍❤️ 112   💬 9 bình luận   ↗️ 4 lượt chia sẻ\n"
        "Viết bình luận công khai...\n")


def lay(text):
    t = normalize(text)[0]
    return t, analyze(t)


def test_the_posts_time_dates_it():
    assert lay(POST)[1].issued == "2025-09-03T20:15:00"


def test_the_heading_of_the_post_is_the_headline_without_its_emoji_and_the_pages_name_is_not():
    assert lay(POST)[1].title == "CHI BỘ ẤP AN HÒA KẾT NẠP HAI ĐẢNG VIÊN TRẺ"
    # near miss: only symbols (emoji, stars) are stripped from a headline's ends, not its quotes or its ellipsis
    text = ("\"Chi bộ trong tòa soạn\" vẫn đỏ đèn…\n24/11/2021, 06:55\n"
            "Đảng bộ xã An Phú kết nạp 12 đảng viên trong năm 2021.\n")
    assert lay(text)[1].title == "\"Chi bộ trong tòa soạn\" vẫn đỏ đèn…"  # (quotes normalized)


def test_hashtags_and_reactions_are_no_body():
    text, layout = lay(POST)
    body = " ".join(text[s:e] for s, e in layout.body_spans)
    assert "Tối 2/9" in body and "#" not in body and "bình luận" not in body
