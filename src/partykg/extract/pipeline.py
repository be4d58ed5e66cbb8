"""The spaCy pipeline: blank Vietnamese (pyvi segmentation) + partykg components."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from partykg.extract import (  # noqa: F401  (registers the components)
    documents, memberships, organizations, persons, places, statistics)
from partykg.extract.merge import merge
from partykg.extract.segment import PyviTokenizer
from partykg.model import Article, Extraction

for _name in ("article", "extraction"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

# Order matters: organizations resolve the mentions that persons, memberships
# and statistics read from the doc.
COMPONENTS = ["partykg_places", "partykg_organizations", "partykg_persons", "partykg_memberships",
              "partykg_statistics", "partykg_documents"]


def build_pipeline() -> Language:
    nlp = spacy.blank("vi")
    nlp.tokenizer = PyviTokenizer(nlp.vocab)  # spaCy's pyvi segmentation, same tokens, about half the cost
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "…", "\n"]})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def extract(article: Article, nlp: Language) -> Extraction:
    """Run the pipeline over one article and return its merged facts."""
    doc = nlp.make_doc(article.text)
    doc.user_data["partykg.text"] = article.text  # = doc.text (the tokens keep every character)
    doc._.article = article
    doc._.extraction = Extraction(article_id=article.id)
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return merge(doc._.extraction)
