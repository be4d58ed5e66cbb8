"""HTML whose main text trafilatura cannot find is read as the page's visible text, with a note."""
from partykg.ingest.read import VisibleText, read_articles

SENTENCE = "Đồng chí Trần Văn Bình, Bí thư Huyện ủy Hòa Vang, phát biểu tại hội nghị. "


def test_a_page_nested_10000_deep_gives_its_text_with_a_note(tmp_path):
    text = (SENTENCE * 27).strip()  # ~2,000 characters
    page = tmp_path / "deep.html"
    page.write_text("<html><head><title>Hội nghị tổng kết</title></head><body>" + "<div>" * 10_000
                    + f"<p>{text}</p>" + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    [article], problems = read_articles(page)
    assert len(text) > 1990 and text in article.text
    assert article.title == "Hội nghị tổng kết"
    assert article.body_spans
    assert [(p.fatal, p.reason.split(";")[0]) for p in problems] == \
        [(False, "trafilatura found no main content")]


def test_visible_text_leaves_out_scripts_styles_and_the_head_and_keeps_blocks_apart():
    page = VisibleText.of("<html><head><title>T &amp; Đ</title><style>p {}</style></head><body>"
                          "<script>var x = 1;</script><h1>Tiêu  đề</h1><div>Dòng <b>một</b>.<br>Dòng hai."
                          "<!-- ghi chú --></div><noscript>bật JavaScript</noscript></body></html>")
    assert page.title == "T & Đ"
    assert page.text == "Tiêu đề\nDòng một.\nDòng hai."


def test_a_page_with_no_visible_text_is_refused_with_the_reason(tmp_path):
    page = tmp_path / "blank.html"
    page.write_text("<html><head><title>x</title><script>1</script></head><body> </body></html>",
                    encoding="utf-8")
    assert read_articles(page)[1][0].reason == "HTML page without text (no main content, no visible text)"
