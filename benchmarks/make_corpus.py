"""Deterministic generator of synthetic party-building news articles for benchmarks.

Every article is built from the sentence shapes of the seed articles (titles,
date lines, officials with their posts, committees and their boards, numbered
party documents, membership counts and percentages, administrative units,
credits and page boilerplate) with varied content:

- places: one district of the legacy 63-province dataset shipped by
  `vietnamadminunits` (SQLite table `admin_units_legacy`: province, district,
  ward and their types), with a ward inside it, consistent within an article;
- people: surname / middle-name / given-name pools (common Vietnamese names,
  written for this generator, not taken from any article);
- organizations: committees named after the place's type (Huyện ủy, Quận ủy,
  Thị ủy, Thành ủy, Tỉnh ủy, Đảng ủy xã/phường), their boards and cells;
- documents: numbered resolutions, directives, regulations, conclusions and
  guidelines of the Central Committee and of local committees, in the
  spellings the press uses ("Chỉ thị số 05 - CT/TW", "35-NQ/TW");
- counts, percentages, years, terms and dates.

Article i depends only on (seed, i): the first N articles of a 10,000-article
corpus are the N-article corpus, so the sizes of a benchmark are nested
subsets of one corpus. Sizes are close to the seeds' (about 6.5 KB).

    .venv/bin/python benchmarks/make_corpus.py --n 1000 --out /tmp/corpus [--seed 7]

`make_real_corpus` builds the other corpus of the benchmarks: real articles (the
dev set's texts, read where they are, never copied into the repository) repeated
with their counts shifted, so that each copy is a distinct article.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import shutil
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_SEED = 7
TARGET_BYTES = 5900  # the seeds are 5.4-7.0 KB of UTF-8

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương",
            "Đào", "Tạ", "Cao", "Lâm", "Hà", "Tô", "Chu", "Thái", "Kiều", "Quách"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Ngọc", "Thanh", "Quốc", "Xuân", "Hồng",
          "Công", "Đình", "Thu", "Kim", "Anh", "Bá", "Trọng", "Thế", "Mạnh", "Phương"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Hương", "Lan", "Linh", "Long",
         "Mai", "Nam", "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Trang", "Tuấn",
         "Việt", "Vinh", "Yến", "Hiếu", "Khánh", "Lực", "Nghĩa", "Phúc", "Tùng", "Hạnh",
         "Hòa", "Huy", "Lộc", "Minh", "Nhung", "Oanh", "Quý", "Sáng", "Thủy", "Toàn",
         "Trung", "Tú", "Uyên", "Vân", "Xuyến", "Đạt", "Định", "Giang", "Hà", "Kiên"]

# Document kinds: (word before the number, code inside the identifier).
DOC_KINDS = [("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Quy định", "QĐ"), ("Kết luận", "KL"),
             ("Hướng dẫn", "HD"), ("Quyết định", "QĐ")]
CENTRAL_TOPICS = [
    "về tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "về tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới",
    "về nâng cao chất lượng sinh hoạt chi bộ",
    "về công tác phát triển đảng viên trong tình hình mới",
    "về trách nhiệm nêu gương của cán bộ, đảng viên",
    "về công tác kiểm tra, giám sát và kỷ luật của Đảng",
    "về củng cố, nâng cao chất lượng tổ chức cơ sở đảng",
]
TERMS = ["X", "XI", "XII", "XIII"]

# Posts, with the organization they are held in ("committee", "board:<name>", "people").
POSTS = [
    ("Bí thư", "committee"), ("Phó Bí thư", "committee"),
    ("Phó Bí thư Thường trực", "committee"), ("Ủy viên Ban Thường vụ", "committee"),
    ("Trưởng Ban Tổ chức", "board:Ban Tổ chức"), ("Phó trưởng Ban Tổ chức", "board:Ban Tổ chức"),
    ("Trưởng Ban Tuyên giáo", "board:Ban Tuyên giáo"), ("Trưởng Ban Dân vận", "board:Ban Dân vận"),
    ("Chủ nhiệm Ủy ban Kiểm tra", "committee"), ("Chủ tịch UBND", "people"),
    ("Chủ tịch HĐND", "people"),
]
OUTLETS = ["Báo Nhân Dân", "Tạp chí Xây dựng Đảng", "Báo Tuyên giáo", "Báo Đảng bộ",
           "Cổng Thông tin điện tử", "Đài Phát thanh và Truyền hình"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CELLS = ["Trường THPT", "Trường THCS", "Trạm Y tế", "Công an", "Quân sự", "Bệnh viện",
         "Hợp tác xã", "Trung tâm Văn hóa"]

TITLES = [
    "Chú trọng công tác phát triển Đảng tại {d}",
    "{d} chú trọng phát triển đảng viên khu vực nông thôn",
    "Điểm sáng trong phát triển đảng viên ở {d}",
    "{d}: Xây dựng tổ chức cơ sở Đảng trong sạch vững mạnh là nhiệm vụ then chốt",
    "{committee} nâng cao chất lượng sinh hoạt chi bộ",
    "Đảng bộ {dfull} kết nạp {n} đảng viên mới",
    "{d} ({p}): đổi mới công tác tạo nguồn kết nạp đảng viên",
]

# Sentences without facts: the connective tissue of every party-building article.
FILLER = [
    "Xác định công tác phát triển đảng viên là một trong những nhiệm vụ trọng tâm trong công tác xây dựng Đảng, những năm qua, cấp ủy các cấp luôn quan tâm lãnh đạo, chỉ đạo và đạt nhiều kết quả tích cực.",
    "Cùng với số lượng, chất lượng đảng viên cũng không ngừng được nâng lên, nhất là nhận thức về lý tưởng của Đảng, phẩm chất đạo đức, lối sống, năng lực công tác.",
    "Đại đa số đảng viên đã được rèn luyện qua thực tiễn, có lập trường tư tưởng vững vàng, có ý thức tổ chức kỷ luật, gương mẫu, trách nhiệm và hoàn thành tốt nhiệm vụ được giao.",
    "Bên cạnh đó, cần làm tốt công tác khảo sát, đánh giá, phân tích số lượng, chất lượng quần chúng thuộc đối tượng kết nạp đảng nhằm phát hiện, bồi dưỡng, tạo nguồn kết nạp đảng viên.",
    "Các chi bộ thường xuyên phân công đảng viên theo dõi, giúp đỡ quần chúng ưu tú, tạo động lực để họ rèn luyện ý chí, động cơ phấn đấu vào Đảng.",
    "Định kỳ hằng tháng, hằng quý, các chi bộ họp, đánh giá đầy đủ, thực chất tình hình phát triển đảng viên; kịp thời tháo gỡ khó khăn, vướng mắc cho cơ sở.",
    "Việc thực hiện tự phê bình và phê bình ở một số nơi vẫn còn tình trạng nể nang, ngại va chạm; chậm xây dựng kế hoạch khắc phục hạn chế, khuyết điểm.",
    "Sinh hoạt chi bộ định kỳ ở một số nơi còn hình thức, tính lãnh đạo, tính giáo dục, tính chiến đấu trong sinh hoạt còn hạn chế.",
    "Các tổ chức đoàn thể chính trị - xã hội đẩy mạnh các phong trào thi đua yêu nước, qua đó phát hiện những nhân tố tiêu biểu, giới thiệu cho Đảng xem xét kết nạp.",
    "Nhờ thực hiện đồng bộ các giải pháp trên, những khó khăn trong công tác tạo nguồn kết nạp đảng viên trên địa bàn cơ bản được khắc phục.",
    "Tăng cường công tác kiểm tra, giám sát, kiên quyết đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực, siết chặt kỷ luật, kỷ cương trong Đảng.",
    "Gắn trách nhiệm của cấp ủy, người đứng đầu cấp ủy và các đoàn thể chính trị - xã hội với nhiệm vụ phát triển đảng viên, xem đây là tiêu chí quan trọng để đánh giá chất lượng hoạt động của tổ chức đảng.",
    "Đồng thời, đổi mới và nâng cao chất lượng học tập lý luận chính trị, nghị quyết đối với đảng viên; thực hiện tốt việc phân công công tác cho đảng viên.",
    "Ưu tiên những người trực tiếp lao động sản xuất, nữ, thanh niên, bộ đội xuất ngũ, học sinh, sinh viên có phẩm chất chính trị tốt, có nguyện vọng đứng trong hàng ngũ của Đảng.",
    "Đội ngũ cán bộ, đảng viên ngày càng trưởng thành, vững vàng chuyên môn và trở thành lực lượng nòng cốt, tiên phong trong các phong trào thi đua yêu nước.",
    "Kết nạp đảng viên ở một số nơi còn chạy theo số lượng, chưa coi trọng chất lượng; tính tiên phong, gương mẫu của một bộ phận đảng viên chưa cao.",
    "Thời gian tới, cấp ủy tiếp tục đổi mới phương thức lãnh đạo, xây dựng các tổ chức cơ sở đảng thật sự trong sạch, vững mạnh về chính trị, tư tưởng, tổ chức, đạo đức và cán bộ.",
    "Qua đó, góp phần nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên.",
]
TAILS = [["Phản hồi", "Các tin khác"], ["Ý kiến của bạn", "Họ tên:", "Email:"],
         ["Chia sẻ bài viết:", "In bài viết"], ["Bài liên quan", "(0) Bình luận", "Nổi bật"]]


@dataclass(frozen=True)
class Unit:
    province: str  # "Tỉnh Quảng Trị"
    province_short: str  # "Quảng Trị"
    district: str  # "Huyện Vĩnh Linh"
    district_short: str
    district_type: str  # "Huyện", "Quận", "Thị xã", "Thành phố"
    ward: str
    ward_short: str
    ward_type: str  # "Xã", "Phường", "Thị trấn"


@lru_cache(maxsize=1)
def units() -> tuple[Unit, ...]:
    """Every ward of the legacy (63-province) dataset shipped by vietnamadminunits, in code order."""
    from vietnamadminunits.database import query  # the package's own reader of its SQLite file

    rows = query(
        "SELECT province, provinceShort, district, districtShort, districtType, ward, wardShort,"
        " wardType FROM admin_units_legacy"
        " WHERE ward IS NOT NULL AND ward != '' AND district IS NOT NULL AND district != ''"
        " ORDER BY wardCode")
    return tuple(Unit(r["province"], r["provinceShort"], r["district"], r["districtShort"],
                      r["districtType"], r["ward"], r["wardShort"], r["wardType"]) for r in rows)


def _lower_type(t: str) -> str:
    return t[:1].lower() + t[1:]


def _committee(level_type: str, name: str) -> str:
    """The party committee of a unit: Huyện ủy X, Quận ủy X, Thị ủy X, Thành ủy X, Tỉnh ủy X."""
    prefix = {"Huyện": "Huyện ủy", "Quận": "Quận ủy", "Thị xã": "Thị ủy",
              "Thành phố": "Thành ủy", "Tỉnh": "Tỉnh ủy"}.get(level_type, "Huyện ủy")
    return f"{prefix} {name}"


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Vietnamese digit grouping: 1.318


def _person(rng: random.Random) -> str:
    middle = rng.choice(MIDDLE)
    if rng.random() < 0.2:  # some names have two middle names
        middle = f"{middle} {rng.choice(MIDDLE)}"
    return f"{rng.choice(SURNAMES)} {middle} {rng.choice(GIVEN)}"


def _document(rng: random.Random, local_code: str | None) -> tuple[str, str]:
    """A numbered document citation and a short title; central (TW) when local_code is None."""
    word, code = rng.choice(DOC_KINDS)
    issuer = "TW" if local_code is None or rng.random() < 0.5 else local_code
    num = rng.randint(1, 120)
    num_s = f"{num:02d}" if rng.random() < 0.5 else str(num)
    number = rng.choice([f"{num_s}-{code}/{issuer}", f"{num_s} - {code}/{issuer}", f"{num_s}-{code}/{issuer}"])
    so = "số " if rng.random() < 0.5 else ""
    return f"{word} {so}{number}", rng.choice(CENTRAL_TOPICS)


def article_text(i: int, seed: int = DEFAULT_SEED) -> str:
    """The text of article `i` of the corpus of `seed` (depends on nothing else)."""
    rng = random.Random(f"{seed}:{i}")
    all_units = units()
    u = all_units[rng.randrange(len(all_units))]
    province_type = "Thành phố" if u.province.startswith("Thành phố") else "Tỉnh"
    d_full = f"{_lower_type(u.district_type)} {u.district_short}"  # "huyện Vĩnh Linh"
    w_full = f"{_lower_type(u.ward_type)} {u.ward_short}"  # "xã Trung Nguyên"
    p_full = f"{_lower_type(province_type)} {u.province_short}"
    committee = _committee(u.district_type, u.district_short)
    p_committee = _committee(province_type, u.province_short)
    w_committee = f"Đảng ủy {w_full}"
    local_code = {"Huyện": "HU", "Quận": "QU", "Thị xã": "TU", "Thành phố": "TU"}.get(u.district_type, "HU")
    year = rng.randint(2012, 2024)
    term = (year - 2000) // 5 * 5 + 2000
    term = f"{term} - {term + 5}" if rng.random() < 0.5 else f"{term}-{term + 5}"
    people = [_person(rng) for _ in range(rng.randint(3, 6))]

    def org_for(kind: str) -> str:
        if kind == "committee":
            return rng.choice([committee, committee, w_committee, p_committee])
        if kind.startswith("board:"):
            return f"{kind[6:]} {rng.choice([committee, p_committee])}"
        return rng.choice([d_full, w_full])

    def official(k: int) -> str:
        post, kind = rng.choice(POSTS)
        return f"{people[k % len(people)]}, {post} {org_for(kind)}"

    def stat() -> str:
        n = rng.randint(4, 2400)
        pct = f"{rng.randint(20, 99)},{rng.randint(0, 99):02d}%"
        shapes = [
            f"Trong giai đoạn {term}, toàn Đảng bộ {d_full} kết nạp được {_thousands(n)} đảng viên mới.",
            f"Từ đầu năm {year} đến nay, {w_committee} kết nạp được {rng.randint(3, 60)} đảng viên, đạt {pct} kế hoạch năm.",
            f"Đảng bộ {d_full} hiện có {rng.randint(8, 80)} tổ chức cơ sở đảng trực thuộc với {_thousands(rng.randint(800, 9000))} đảng viên.",
            f"Năm {year}, toàn {_lower_type(u.district_type)} kết nạp được {rng.randint(50, 900)} đảng viên, vượt {rng.randint(2, 30)}% so với chỉ tiêu Nghị quyết Đại hội nhiệm kỳ {term} đề ra.",
            f"Đến nay, chi bộ đã có {rng.randint(10, 40)} đảng viên, chiếm {pct} tổng số cán bộ, viên chức của cơ quan.",
            f"Đảng bộ {w_full} kết nạp được {rng.randint(3, 40)} ĐV, Đảng bộ {rng.choice(CELLS)} {u.district_short} kết nạp được {rng.randint(2, 20)} ĐV.",
        ]
        return rng.choice(shapes)

    def doc_sentence() -> str:
        cite, topic = _document(rng, local_code)
        central, central_topic = _document(rng, None)
        shapes = [
            f"Các cấp ủy tiếp tục thực hiện tốt Nghị quyết Trung ương 4 (khóa {rng.choice(TERMS)}) về xây dựng, chỉnh đốn Đảng, gắn với {central} của Bộ Chính trị “{central_topic[:1].upper() + central_topic[1:]}”.",
            f"Thực hiện {cite} {topic}, {committee} đã ban hành kế hoạch triển khai đến các chi bộ, đảng bộ cơ sở.",
            f"{p_committee} chỉ đạo quán triệt {cite} ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year} {topic}.",
            f"Ban Thường vụ {committee} ban hành {cite} {topic}, trong đó chú trọng công tác phát triển đảng viên.",
        ]
        return rng.choice(shapes)

    def person_sentence(k: int) -> str:
        shapes = [
            f"Theo đồng chí {official(k)}, những giải pháp trên kỳ vọng sẽ tạo được sự chuyển biến sâu sắc về tư tưởng chính trị, đạo đức, lối sống của cán bộ, đảng viên.",
            f"Đồng chí {official(k)}, cho biết: Hằng năm, cấp ủy xây dựng kế hoạch tạo nguồn, giao chỉ tiêu kết nạp đảng viên cho từng chi bộ.",
            f"Ông {people[k % len(people)]} - {rng.choice(POSTS)[0]} {committee} cho biết, công tác xây dựng Đảng luôn được quan tâm.",
            f"Đồng chí {official(k)} trao Quyết định kết nạp cho đảng viên mới ngày {rng.randint(1, 28)}-{rng.randint(1, 12):02d}-{year}.",
        ]
        return rng.choice(shapes)

    # header: title, optional section, date line in one of the seeds' shapes
    title = rng.choice(TITLES).format(d=u.district_short, p=u.province_short, dfull=d_full,
                                      committee=committee, n=rng.randint(20, 900))
    dd, mm, hh, mi = rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 22), rng.randint(0, 59)
    date_line = rng.choice([
        f"{WEEKDAYS[rng.randrange(7)]}, {dd:02d}/{mm:02d}/{year}",
        f"{dd:02d}/{mm:02d}/{year}, {hh:02d}:{mi:02d}",
        f"Cập nhật lúc {hh:02d}:{mi:02d} ngày {dd:02d}/{mm:02d}/{year} - Số lượt xem: {rng.randint(3, 900)}",
    ])
    lines = []
    if rng.random() < 0.3:
        lines += ["Xây dựng Đảng", ""]
    lines += [title, "", date_line, ""]
    lines += [f"{committee}, Ban Thường vụ {committee} đã luôn bám sát các nhiệm vụ trọng tâm về xây dựng Đảng, "
              f"để xây dựng toàn Đảng bộ {d_full} trong sạch, vững mạnh và đã đạt được nhiều kết quả đáng khích lệ.", ""]
    k = 0
    makers = [stat, doc_sentence, lambda: person_sentence(k), stat]
    pending = rng.sample(makers, len(makers))
    filler = rng.sample(FILLER, len(FILLER))  # each filler sentence at most once an article
    while sum(len(x.encode()) + 1 for x in lines) < TARGET_BYTES:
        para = []
        for _ in range(rng.randint(3, 5)):
            if filler and rng.random() < 0.45:
                para.append(filler.pop())
            else:  # every kind of fact at least once an article, then at random
                para.append((pending.pop() if pending else rng.choice(makers))())
                k += 1
        lines += [" ".join(para), ""]
    lines += [f"Đảng bộ {p_full} và {committee} tiếp tục tập trung mọi nguồn lực, quyết tâm đổi mới mạnh mẽ công tác xây dựng Đảng./.", ""]
    credit = _person(rng).split(" ", 1)[1]
    lines += [rng.choice([credit, f"Bài, ảnh: {credit}", f"{credit} - {rng.choice(OUTLETS)}"]), ""]
    lines += rng.choice(TAILS)
    return "\n".join(lines) + "\n"


def file_name(i: int, text: str) -> str:
    """`000123_<hash>.txt`: sorted like the index, named like the seeds."""
    return f"{i:06d}_{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"


def make_corpus(n: int, out: Path, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write articles 0..n-1 to `out` (UTF-8 .txt files); return their paths in order."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = article_text(i, seed)
        path = out / file_name(i, text)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    # files of an earlier seed or generator version would mix into "the first N articles"
    keep = {p.name for p in paths}
    for old in out.glob("*.txt"):
        if old.name not in keep and old.name[:6].isdigit() and int(old.name[:6]) < n:
            old.unlink()
    return paths


# a count, not part of a date, an identifier ("02-NQ/ĐU"), a decimal or a year
_COUNT = re.compile(r"(?<![\d/.,:-])\d{1,5}(?![\d/.,:-])")


def _vary(text: str, k: int) -> str:
    """Variation k of a real article: every count shifted by k (k = 0: the text itself), so that
    copies are distinct articles (the run merges equal texts) with the same sentences."""
    return _COUNT.sub(lambda m: m.group() if 1900 <= int(m.group()) <= 2100 else str(int(m.group()) + k), text)


def make_real_corpus(texts: Path, copies: int, out: Path) -> list[Path]:
    """`copies` variations of each real article of `texts` (*.txt) into `out`; return the
    paths of the distinct ones (a text without a count to vary has one)."""
    out = Path(out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    paths, seen = [], set()
    for src in sorted(Path(texts).glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        for k in range(copies):
            varied = _vary(text, k)
            if varied not in seen:
                seen.add(varied)
                paths.append(out / f"{src.stem}-{k:04d}.txt")
                paths[-1].write_text(varied, encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--out", type=Path, required=True, help="directory to write them to")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    paths = make_corpus(args.n, args.out, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB -> {args.out}")


if __name__ == "__main__":
    main()
