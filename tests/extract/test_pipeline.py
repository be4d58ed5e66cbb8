"""The pipeline as spaCy sees it: factories, declared outputs, config (extract/pipeline.py)."""
from __future__ import annotations

import spacy

from partykg.extract.pipeline import COMPONENTS


def test_components_in_order_with_their_outputs_declared(nlp):
    assert nlp.pipe_names == ["partykg_sentences", *COMPONENTS]
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())  # every `requires` is assigned by an earlier component
    assert "doc._.org_mentions" in analysis["attrs"] and "doc.spans" in analysis["attrs"]


def test_the_config_rebuilds_the_pipeline(nlp):
    again = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert again.pipe_names == nlp.pipe_names
    assert type(again.tokenizer) is type(nlp.tokenizer)
    assert again.config["components"]["partykg_sentences"]["abbreviations"] == "sentence_abbreviations.tsv"


def test_the_sentence_component_marks_tokens_and_keeps_the_spans(nlp):
    doc = nlp.make_doc("Bí thư Chi bộ là bà Kiều Thị Mai. Chi bộ có 9 đảng viên.")
    doc = nlp.get_pipe("partykg_sentences")(doc)
    assert [s.text.strip() for s in doc.sents] == ["Bí thư Chi bộ là bà Kiều Thị Mai.", "Chi bộ có 9 đảng viên."]
    assert doc.user_data["partykg.sentences"] == [(0, 33), (34, 56)]


def test_building_the_pipeline_compiles_the_rule_tables():
    """A worker's warm-up builds the pipeline: the rule patterns compiled then, not at its first
    article (they cost seconds a process)."""
    from partykg.extract import build_pipeline, organizations, places

    for tables in (organizations.rules, organizations.rule_leads, places.register):
        tables.cache_clear()
    build_pipeline()
    assert organizations.rules.cache_info().currsize == 1
    assert organizations.rule_leads.cache_info().currsize == 1
    assert places.register.cache_info().currsize == 1


def test_building_the_pipeline_compiles_the_document_patterns():
    from partykg.extract import build_pipeline, documents

    for tables in (documents._patterns, documents.issuers, documents.named_documents):
        tables.cache_clear()
    build_pipeline()
    for tables in (documents._patterns, documents.issuers, documents.named_documents):
        assert tables.cache_info().currsize == 1


def test_the_warm_up_article_reaches_every_kind_of_rule():
    """The fork server's warm-up (batch.warm_rules) processes it: a clean article, with an entity of
    every kind, compiles the common rule patterns once for all the workers."""
    from partykg.batch import warmup_article
    from partykg.process import process_article

    result = process_article(warmup_article())
    assert (result.error, result.conforms, result.violations, result.warnings) == (None, True, 0, 0)
    assert {kind for kind, n in result.counts.items() if n} == {
        "persons", "organizations", "memberships", "documents", "statistics", "places"}
