"""Text normalization with a map back to the original offsets."""
from __future__ import annotations

import unicodedata


def normalize(original: str) -> tuple[str, list[int]]:
    """NFC-normalize `original`; return the text and offsets[i] -> original index.

    Works cluster by cluster (a base character and its combining marks), so
    every normalized character maps to the start of the cluster it came from.
    The list has len(text) + 1 entries; the last one is len(original).
    """
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(original)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", original[i:j])
        out.append(cluster)
        offsets.extend([i] * len(cluster))
        i = j
    offsets.append(n)
    return "".join(out), offsets
