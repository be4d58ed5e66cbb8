"""Bytes -> text: byte-order marks, UTF-8, and a charset detector for the rest.

UTF-8 is tried first (strictly): almost every modern dump is UTF-8 and a
detector can only guess worse. Files with a BOM are decoded by it (UTF-8,
UTF-16, UTF-32). Anything else goes to charset-normalizer, which recognizes
Windows-1258 (the legacy Vietnamese code page, tones as combining marks) and
UTF-16 without BOM. Binary or undecodable input raises `InputError` with the
reason; the caller names the file.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

# share of control characters (or U+FFFD) above which "text" is really binary
MAX_CONTROL_SHARE = 0.01
_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """A file that cannot be read as an article; the message says why."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warning: str | None = None  # a problem worth reporting that did not stop the read


# U+FFFD and the control characters (Unicode category Cc: U+0000-001F, U+007F-009F) but tab,
# newline, carriage return, form feed and vertical tab; one regex pass instead of a loop per character
_BAD = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:100_000]
    return len(_BAD.findall(sample)) / len(sample)


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article file's bytes; raise InputError for empty, binary or undecodable input."""
    if not data:
        raise InputError("empty file")
    decoded = _decode(data)
    if not decoded.text.strip():
        raise InputError("empty file (only white space)")
    if _control_share(decoded.text) > MAX_CONTROL_SHARE:
        raise InputError(f"binary or undecodable content (read as {decoded.encoding}, "
                         "but it is full of control characters)")
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                if enc.startswith("utf-16") and exc.reason == "truncated data":
                    text = data[:len(data) - (len(data) - len(bom)) % 2].decode(enc)
                    return Decoded(text, enc, "truncated: the file ends inside a character")
                raise InputError(f"not valid {enc} despite its byte-order mark: {exc.reason} "
                                 f"at byte {exc.start}") from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # a dump cut off inside the last character: keep what is there, say so
            return Decoded(data[:exc.start].decode("utf-8"), "utf-8",
                           f"truncated: the file ends inside a character ({len(data) - exc.start} bytes dropped)")
        utf8_error = f"{exc.reason} at byte {exc.start}"
    if b"\x00" in data[:4096] and not _looks_utf16(data):
        raise InputError("binary file (NUL bytes; not text)")
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is not None:
        # the input is Vietnamese news: when Windows-1258 fits as well as the winner
        # (short texts fit many code pages), it is the one
        vi = [m for m in results if m.encoding == "cp1258" and m.chaos <= best.chaos + 0.01]
        best = vi[0] if vi else best
    if best is None:
        raise InputError(f"undecodable: not UTF-8 ({utf8_error}) and no known encoding fits")
    return Decoded(str(best), best.encoding)


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NULs sit on every other byte of mostly-ASCII text."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(head) >= 4 and max(even, odd) > len(head) // 4 and min(even, odd) == 0
