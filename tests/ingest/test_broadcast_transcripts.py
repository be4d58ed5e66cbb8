"""A broadcaster's page carrying the transcript of an interview: a menu naming a programme in quotes, the airing date,
the turns of the talk, the credit and the links to the recording at the foot (texts written for the test; invented
names)."""
from ingest._page import lay

from partykg.ingest.layout import is_label

TRANSCRIPT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH TÂN HÒA
Phát thanh | Truyền hình | Thời sự | Chuyên mục "Đảng trong cuộc sống hôm nay ở vùng cao"

Ghi lại cuộc trò chuyện phát sóng ngày 09.11.2024

"Thôn nào cũng có chi bộ"

Xã Nà Lừ là xã vùng cao của huyện Tân Hòa. Phóng viên trò chuyện với ông Lò Văn Khiêm, Bí thư Đảng ủy xã.

PV: Thưa ông, Đảng bộ xã hiện có bao nhiêu đảng viên?
Ông Lò Văn Khiêm: Đảng bộ xã có 11 chi bộ với 186 đảng viên; năm nay xã kết nạp 7 đảng viên.

PV: Xin cảm ơn ông!

Thực hiện: Thu Hà - Minh Anh
{foot}
"""


def test_a_programmes_name_in_quotes_is_one_item_of_the_menu():
    assert is_label('Phát thanh | Truyền hình | Thời sự | Chuyên mục "Đảng trong cuộc sống hôm nay ở vùng cao"')
    # near miss: a headline quoting a saying is no menu
    assert not is_label('"Thôn nào cũng có chi bộ, đảng viên nào cũng có việc làm cụ thể" - lời dặn của Bí thư')


def test_the_transcripts_head_and_its_credit_over_the_links_to_the_recording():
    for foot in ["Nghe lại chương trình | Tải file âm thanh (MP3, 15 MB)", "Xem lại chương trình",
                 "Tải file âm thanh (MP3, 8,4 MB)"]:
        layout = lay(TRANSCRIPT.format(foot=foot))
        assert layout.title == '"Thôn nào cũng có chi bộ"'
        assert layout.issued == "2024-11-09"
        assert layout.creators == ["Thu Hà", "Minh Anh"]
