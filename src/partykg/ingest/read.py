"""Read article files into `Article` objects: .txt, .html/.htm, .jsonl.

`read_articles(path)` never raises for bad input: it returns the articles it
could read and a `Problem` for each thing that went wrong (empty, binary,
undecodable, too large, a bad JSONL line ...), naming the file and the reason.

Offsets: `Article.original_text` is the text the offsets point into. For a
.txt file it is the decoded file; for a JSONL record it is the record's
"text" field; for an HTML page it is the main text extracted by trafilatura
(character offsets into raw markup would mean nothing to a reader).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, cast

from partykg.ingest.decode import InputError, decode_bytes
from partykg.ingest.layout import analyze, parse_date, person_names, unwrap
from partykg.ingest.normalize import as_written, normalize, written_apostrophes
from partykg.model import Article, Problem

if TYPE_CHECKING:
    from trafilatura.settings import Document

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# A single article is never this large; a bigger .txt/.html file is refused (JSONL is streamed,
# and this limit applies to each record). Override with PARTYKG_MAX_FILE_MB.
DEFAULT_MAX_MB = 20
JSONL_FIELDS = ("id", "url", "title", "published", "text")
_SAFE_ID = re.compile(r"[^\w.\-]+")


def max_bytes() -> int:
    try:
        return int(float(os.environ.get("PARTYKG_MAX_FILE_MB", DEFAULT_MAX_MB)) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_MB * 1024 * 1024


def discover(root: Path) -> list[Path]:
    """Every input file under `root` (a file or a directory tree), sorted (see find_inputs)."""
    return find_inputs(root)[0]


def find_inputs(root: Path) -> tuple[list[Path], list[Problem]]:
    """Every file under `root` to read, sorted, and a problem for each thing left out.

    Files of unsupported types are returned too, so that reading them reports a
    problem instead of dropping them silently. Left out, each with its reason:
    hidden files and folders (their names start with "."; a hidden folder is
    not entered), dangling symbolic links, links to folders (not followed: a
    loop or a link out of the input would read files twice or from elsewhere),
    folders that cannot be listed, and things that are not regular files (a
    FIFO would block the run). A symbolic link to a file is read as that file.
    """
    root = Path(root)
    if not root.is_dir():
        return [root], []
    files: list[Path] = []
    problems: list[Problem] = []

    def cannot_list(exc: OSError) -> None:
        problems.append(Problem(str(exc.filename), f"folder not read: {exc.strerror or exc}"))

    for folder, dirnames, filenames in os.walk(root, onerror=cannot_list):
        here = Path(folder)
        for name in sorted(dirnames):
            path = here / name
            if name.startswith("."):
                problems.append(Problem(str(path), "hidden folder (name starts with '.'): not read"))
            elif path.is_symlink():
                problems.append(Problem(str(path), "symbolic link to a folder: not followed"))
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]  # os.walk enters only these
        for name in filenames:
            path = here / name
            if name.startswith("."):
                problems.append(Problem(str(path), "hidden file (name starts with '.'): not read"))
            elif path.is_symlink() and not path.exists():
                problems.append(Problem(str(path), f"dangling symbolic link (to {os.readlink(path)}, "
                                                   "which does not exist)"))
            elif path.exists() and not path.is_file():
                problems.append(Problem(str(path), "not a regular file (a pipe, socket or device): not read"))
            else:  # (a file that vanished meanwhile is kept: reading it reports it)
                files.append(path)
    return sorted(files), sorted(problems, key=lambda p: p.source)


def unreadable_reason(exc: OSError) -> str:
    """Why a file could not be opened or read, in the words of the run summary.

    Only "cannot read: ..." is an error worth retrying (batch.with_retries):
    a missing file or a denied permission will not change in a second.
    """
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "vanished during the run (no such file)"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {exc.strerror or exc}"


def read_articles(path: Path) -> tuple[list[Article], list[Problem]]:
    """All articles in one file, and the problems met reading it."""
    path = Path(path)
    src = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return [], [Problem(src, f"unsupported file type {suffix or '(no suffix)'!r}; "
                                 f"expected one of {', '.join(SUFFIXES)}")]
    try:
        size = path.stat().st_size
        if suffix == ".jsonl":
            return _read_jsonl(path)
        if size > max_bytes():
            return [], [Problem(src, f"too large: {size / 2**20:.1f} MB is over the limit of "
                                     f"{max_bytes() / 2**20:.0f} MB for one article "
                                     "(set PARTYKG_MAX_FILE_MB to raise it)")]
        data = path.read_bytes()
        decoded = decode_bytes(data)
        problems = [Problem(src, decoded.warning, fatal=False)] if decoded.warning else []
        if suffix in (".html", ".htm"):
            article, fallback = _from_html(path, decoded.text, data)
            if fallback:
                problems.append(Problem(src, fallback, fatal=False))
        else:
            article = build_article(path.stem, src, decoded.text, hashlib.sha256(data).hexdigest())
        if not article.body_spans:
            problems.append(Problem(src, "no article body found (only title, metadata or page chrome)",
                                    fatal=False))
        return [article], problems
    except InputError as exc:
        return [], [Problem(src, str(exc))]
    except OSError as exc:
        return [], [Problem(src, unreadable_reason(exc))]
    except Exception as exc:  # a reader bug on odd input must cost this file, not the run
        return [], [Problem(src, f"could not be read: {type(exc).__name__}: {exc}")]


def read_many(paths: list[Path]) -> tuple[list[Article], list[Problem]]:
    """read_articles over many files: all their articles and all their problems."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        a, p = read_articles(path)
        articles += a
        problems += p
    return articles, problems


def read_article(path: Path) -> Article:
    """The one article of a .txt/.html file (compatibility); raises InputError on bad input."""
    articles, problems = read_articles(path)
    if not articles:
        raise InputError(f"{path}: {problems[0].reason if problems else 'no article'}")
    return articles[0]


def build_article(article_id: str, source: str, original: str, checksum: str, *,
                  title: str | None = None, issued: str | None = None, url: str | None = None,
                  creators: list[str] | None = None, extra: dict | None = None) -> Article:
    """Normalize `original` and lay it out; metadata given by the caller wins over the text's.

    With a title given (HTML, JSONL), no other line is taken for the headline;
    a repeat of it and a date line at the top of the text are still marked.
    """
    text, offsets = normalize(original)
    text = unwrap(text)  # a PDF's lines broken at the page's width: one paragraph
    if title is not None:
        title = " ".join(normalize(title)[0].split()) or None
    lay = analyze(text, known_title=title)
    names = list(creators or [])
    for c in lay.creators:
        if c not in names:
            names.append(c)
    marks = written_apostrophes(original, text, offsets)  # the article's own apostrophes ("K’Linh"), {} mostly
    if marks:
        names = list(dict.fromkeys(as_written(n, marks) for n in names))
        title, lay.title = (as_written(t, marks) if t else t for t in (title, lay.title))
    return Article(
        id=article_id,
        source=source,
        original_text=original,
        text=text,
        offsets=offsets,
        checksum=checksum,
        title=title or lay.title,
        issued=_pick_date(issued, lay.issued),
        creators=names,
        outlet=lay.outlet,
        url=url,
        body_spans=lay.body_spans,
        caption_spans=lay.caption_spans,
        regions=lay.regions,
        extra=dict(extra or {}),
        sources=[source],
    )


def _from_html(path: Path, html: str, data: bytes) -> tuple[Article, str | None]:
    """The article of an HTML page, and a note when its main text could not be told apart."""
    import trafilatura  # imported on first HTML page: it costs ~0.5 s

    # as_dict=False (the default): a Document or None, never the dict its annotation allows
    doc = cast("Document | None", trafilatura.bare_extraction(
        _captions_as_paragraphs(html), with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": True}))
    text = doc.text if doc is not None else None
    fallback = None
    if not text or not text.strip():
        # no main content found (a page of odd layout, or nesting deeper than lxml builds):
        # the page's visible text is better than losing the article
        visible = VisibleText.of(html)
        if not visible.text.strip():
            raise InputError("HTML page without text (no main content, no visible text)")
        text, fallback = visible.text, ("trafilatura found no main content; the page's visible text "
                                        "was read instead (menus and page chrome may be in it)")
        doc = doc or trafilatura.settings.Document()  # (trafilatura's metadata, when it found some)
        doc.title = doc.title or visible.title
    assert doc is not None  # found by trafilatura, or made for the fallback
    issued = _iso(doc.date) if doc.date else None
    creators = [n for a in (doc.author or "").split(";") for n in person_names(a)]
    extra = {k: v for k, v in (("sitename", doc.sitename), ("description", doc.description)) if v}
    article = build_article(path.stem, str(path), text, hashlib.sha256(data).hexdigest(),
                            title=doc.title or None, issued=issued, url=doc.url or None,
                            creators=creators, extra=extra)
    if article.outlet is None and doc.sitename:
        article.outlet = doc.sitename
    return article, fallback


class VisibleText(HTMLParser):
    """The text a browser shows of a page, one line per block, and its <title>.

    The standard library's parser streams tags without building a tree, so a
    page nested 10,000 deep (lxml stops building at depth 256) is read whole.
    """

    HIDDEN = frozenset({"head", "script", "style", "template", "noscript", "svg"})
    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
                        "section", "article", "header", "footer", "blockquote", "figcaption", "pre",
                        "ul", "ol", "table", "nav", "main", "aside", "figure", "dd", "dt", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0  # depth inside elements whose text is not shown
        self.in_title = False
        self.title: str | None = None

    @classmethod
    def of(cls, html: str) -> VisibleText:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    @property
    def text(self) -> str:
        return "\n".join(line for line in (" ".join(raw.split()) for raw in self.lines) if line)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        self.in_title = tag == "title"
        if tag in self.BLOCKS:
            self.lines.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        self.in_title = False
        if tag in self.BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = " ".join(((self.title or "") + " " + data).split()) or None
        elif not self.hidden:
            self.lines[-1] += data


def _pick_date(given: str | None, in_text: str | None) -> str | None:
    """The metadata's date, unless the text's date line says the same day to the minute."""
    if given and in_text and given[:10] == in_text[:10] and "T" in in_text and "T" not in given:
        return in_text
    return given or in_text


def _captions_as_paragraphs(html: str):
    """trafilatura drops <figure>/<figcaption>; captions name people, so keep them as paragraphs."""
    import lxml.html

    try:  # huge_tree: nesting up to 2,048 deep instead of 256 (VisibleText reads any depth)
        tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (ValueError, lxml.etree.ParserError):
        return html
    for el in tree.iter("figure", "figcaption"):
        el.tag = "div" if el.tag == "figure" else "p"
    return tree


def _iso(value: str) -> str | None:
    """An ISO date/dateTime or a Vietnamese date line -> ISO string; None if neither."""
    value = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.fromisoformat(value).date().isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return parse_date(value)


def _read_jsonl(path: Path) -> tuple[list[Article], list[Problem]]:
    """One article per line, streamed: a 100 MB export never sits in memory as one string."""
    src = str(path)
    articles: list[Article] = []
    problems: list[Problem] = []
    limit = max_bytes()
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            where = f"{src}:{lineno}"
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            if len(raw) > limit:
                problems.append(Problem(where, f"record too large ({len(raw) / 2**20:.1f} MB)", fatal=False))
                continue
            try:
                rec = json.loads(raw.decode("utf-8").strip())
            except UnicodeDecodeError as exc:
                problems.append(Problem(where, f"not UTF-8 ({exc.reason} at byte {exc.start})", fatal=False))
                continue
            except json.JSONDecodeError as exc:
                problems.append(Problem(where, f"invalid JSON ({exc.msg}, column {exc.colno}; a truncated line?)",
                                        fatal=False))
                continue
            if not isinstance(rec, dict):
                problems.append(Problem(where, "record is not a JSON object", fatal=False))
                continue
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                problems.append(Problem(where, "record has no text", fatal=False))
                continue
            rid = rec.get("id")
            if rid is None or not str(rid).strip():
                rid = f"{path.stem}-{lineno}"
                problems.append(Problem(where, f"record has no id; using {rid!r}", fatal=False))
            rid = str(rid).strip()
            safe = _SAFE_ID.sub("_", rid).strip("._") or f"{path.stem}-{lineno}"
            if safe != rid:
                problems.append(Problem(where, f"id {rid!r} is not file-name safe; using {safe!r}", fatal=False))
            issued = None
            if rec.get("published"):
                issued = _iso(rec["published"])
                if issued is None:
                    problems.append(Problem(where, f"unreadable published date {rec['published']!r}",
                                            fatal=False))
            title = rec.get("title")
            extra = {k: v for k, v in rec.items() if k not in JSONL_FIELDS}
            try:
                article = build_article(safe, src, text, hashlib.sha256(raw.strip()).hexdigest(),
                                        title=str(title) if title else None, issued=issued,
                                        url=str(rec["url"]) if rec.get("url") else None, extra=extra)
            except Exception as exc:  # one odd record must not cost the rest of the file
                problems.append(Problem(where, f"could not be read: {type(exc).__name__}: {exc}", fatal=False))
                continue
            articles.append(article)
    if not articles and not problems:
        problems.append(Problem(src, "empty file"))
    elif not articles:
        problems.append(Problem(src, "no readable record"))
    return articles, problems
