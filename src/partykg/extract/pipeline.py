"""The spaCy pipeline: blank Vietnamese with syllable tokens + partykg components.

Every component is a spaCy factory registered here, with its config and what it
reads and writes (`requires`/`assigns`), so `nlp.analyze_pipes()` checks the
order and `nlp.config` describes the whole pipeline:

    partykg_sentences     sentence starts, from a table of abbreviations (segment.py)
    partykg_places        place mentions, doc.spans["places"], the article's subject units
    partykg_organizations organization mentions and their context
    partykg_persons       person mentions
    partykg_memberships   posts of persons in organizations
    partykg_statistics    counts and rates of organizations
    partykg_documents     documents cited

All of them add their facts to `doc._.extraction`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract import documents, memberships, organizations, persons, places, statistics
from partykg.extract.lexicon import table
from partykg.extract.merge import merge
from partykg.extract.segment import sentence_spans, set_sentences
from partykg.ingest.normalize import as_written, written_apostrophes
from partykg.model import Article, Extraction

for _name in ("article", "extraction"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_EXTRACTION = "doc._.extraction"
_SENTENCES = "token.is_sent_start"


@Language.factory("partykg_sentences", assigns=[_SENTENCES],
                  default_config={"abbreviations": "sentence_abbreviations.tsv"})
def make_sentences(nlp: Language, name: str, abbreviations: str):
    """Sentence starts read off the text (segment.sentence_spans); the spans are kept for
    evidence.sentence_bounds."""
    known = frozenset(row["abbreviation"].rstrip(".") for row in table(abbreviations))

    def split_sentences(doc: Doc) -> Doc:
        spans = sentence_spans(doc.user_data.get("partykg.text") or doc.text, known)
        doc.user_data["partykg.sentences"] = spans
        set_sentences(doc, spans)
        return doc
    return split_sentences


def _register(name: str, component, assigns: list[str], requires: list[str],
              tables: Callable[[], object] | None) -> None:
    """A config-less factory for a rule component (a function of the doc). The factory builds the
    component's `tables` (its compiled rule patterns, cached per process), so a pipeline built is
    ready to run: a worker's warm-up pays for them, not its first batch (seconds a process)."""
    def make(nlp: Language, name: str):
        if tables is not None:
            tables()
        return component
    Language.factory(name, assigns=assigns, requires=requires, func=make)


# Order matters: organizations resolve the mentions that persons, memberships
# and statistics read from the doc. The last field: the tables a component builds at its first
# article unless its factory builds them (the others compile theirs at import).
_COMPONENTS = [
    ("partykg_places", places.find_places,
     ["doc.spans", "doc._.place_mentions", "doc._.place_units", "doc._.subject_places", _EXTRACTION],
     [_SENTENCES], places.register),
    ("partykg_organizations", organizations.find_organizations,
     ["doc.spans", "doc._.org_mentions", "doc._.context", _EXTRACTION], [_SENTENCES, "doc._.place_units"],
     organizations.rule_leads),
    ("partykg_persons", persons.find_persons,
     ["doc._.person_mentions", _EXTRACTION], ["doc._.org_mentions"], None),
    ("partykg_memberships", memberships.add_memberships,
     [_EXTRACTION], ["doc._.org_mentions", "doc._.person_mentions"], None),
    ("partykg_statistics", statistics.find_statistics,
     [_EXTRACTION], [_SENTENCES, "doc._.org_mentions", "doc._.context"], None),
    # (after memberships: a document "chúng tôi" issue is of the committee whose leaders extraction.memberships holds)
    ("partykg_documents", documents.find_documents,
     [_EXTRACTION], ["doc._.place_mentions"], documents.tables),
]
for _name, _component, _assigns, _requires, _tables in _COMPONENTS:
    _register(_name, _component, _assigns, _requires, _tables)

COMPONENTS = [name for name, *_ in _COMPONENTS]


def build_pipeline() -> Language:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "partykg.SyllableTokenizer.v1"}}})
    nlp.add_pipe("partykg_sentences")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def extract(article: Article, nlp: Language) -> Extraction:
    """Run the pipeline over one article and return its merged facts.

    A text over `nlp.max_length` (spaCy refuses longer ones: E088) is processed
    in parts cut at paragraph boundaries; each part keeps its map to the
    original text, so evidence offsets point into the file as for any article.
    (Context does not cross parts: a bare "Huyện ủy" is resolved within its part.)
    """
    facts = Extraction(article_id=article.id)
    for start, end in text_parts(article.text, nlp.max_length):
        part = article if (start, end) == (0, len(article.text)) else article_part(article, start, end)
        doc = nlp.make_doc(part.text)
        doc.user_data["partykg.text"] = part.text  # = doc.text (the tokens keep every character)
        doc._.article = part
        doc._.extraction = facts
        for _name, component in nlp.pipeline:
            doc = component(doc)
    return _as_written(merge(facts), article)


def _as_written(facts: Extraction, article: Article) -> Extraction:
    """The facts' names with the article's own apostrophes ("K’Linh"), which normalize straightened for matching."""
    marks = written_apostrophes(article.original_text, article.text, article.offsets)
    if not marks:
        return facts  # (most texts)
    for kind in (facts.persons, facts.organizations, facts.memberships, facts.documents, facts.statistics,
                 facts.places):
        for fact in kind:
            for f in fields(fact):
                value = getattr(fact, f.name)
                if isinstance(value, str) and "'" in value:
                    setattr(fact, f.name, as_written(value, marks))
    return facts


def text_parts(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of `text` of at most `limit` characters, cut after a blank line, else
    after a line break, else after a space (a text of one endless word is cut anywhere)."""
    parts, start = [], 0
    while len(text) - start > limit:
        window_end = start + limit
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start, window_end)
            if cut > start:
                cut += len(sep)
                break
        else:
            cut = window_end
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def article_part(article: Article, start: int, end: int) -> Article:
    """The article seen through text[start:end]: spans shifted into the part, the offsets map
    sliced (still into the whole original text), metadata kept."""
    def inside(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start]

    return replace(article, text=article.text[start:end], offsets=article.offsets[start:end + 1],
                   body_spans=inside(article.body_spans), caption_spans=inside(article.caption_spans),
                   regions=[(max(s, start) - start, min(e, end) - start, kind)
                            for s, e, kind in article.regions if s < end and e > start])
