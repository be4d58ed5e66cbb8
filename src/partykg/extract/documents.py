"""Party documents cited with a number: "Chỉ thị số 05 - CT/TW" -> 05-CT/TW."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract.evidence import evidence_for, in_body
from partykg.model import Document

# Kind word before the number, and the kind code inside the identifier.
KINDS = {"NQ": ("Resolution", "Nghị quyết"), "CT": ("Directive", "Chỉ thị"),
         "QĐ": ("Decision", "Quyết định"), "KL": ("Conclusion", "Kết luận"),
         "HD": ("Guideline", "Hướng dẫn"), "QC": ("Regulation", "Quy chế"),
         "TB": ("Notice", "Thông báo")}
NUMBERED = re.compile(
    r"(?:(?P<word>Nghị quyết|Chỉ thị|Quyết định|Kết luận|Hướng dẫn|Quy chế|Quy định|Thông báo)\s+)?"
    r"(?:số\s*)?(?P<num>\d{1,4})\s*-\s*(?P<kind>NQ|CT|QĐ|KL|HD|QC|TB)\s*/\s*(?P<issuer>[A-ZĐ]{1,6})\b"
)


@Language.component("partykg_documents")
def find_documents(doc: Doc) -> Doc:
    found = doc._.extraction.documents
    for m in NUMBERED.finditer(doc.text):
        if not in_body(doc, m.start(), m.end()):
            continue
        kind_code = m["kind"]
        identifier = f"{int(m['num']):02d}-{kind_code}/{m['issuer']}"
        cls, word = KINDS[kind_code]
        found.append(Document(
            label=f"{word} {identifier}", kind=cls, identifier=identifier,
            evidence=[evidence_for(doc, m.start(), m.end(), "documents.numbered")],
        ))
    return doc
