"""Read article files into `Article` objects."""
from __future__ import annotations

import hashlib
from pathlib import Path

from partykg.ingest.normalize import normalize
from partykg.model import Article

SUFFIXES = (".txt",)


def discover(root: Path) -> list[Path]:
    """Every readable article file under `root` (a file or a directory), sorted."""
    root = Path(root)
    if root.is_file():
        return [root]
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def read_article(path: Path) -> Article:
    data = Path(path).read_bytes()
    original = data.decode("utf-8-sig")
    text, offsets = normalize(original)
    lines = text.splitlines(keepends=True)
    title, body_start, pos = None, 0, 0
    for line in lines:
        if line.strip():
            title = line.strip()
            body_start = pos + len(line)
            break
        pos += len(line)
    return Article(
        id=Path(path).stem,
        source=str(path),
        original_text=original,
        text=text,
        offsets=offsets,
        checksum=hashlib.sha256(data).hexdigest(),
        title=title,
        body_spans=[(body_start, len(text))],
        sources=[str(path)],
    )
