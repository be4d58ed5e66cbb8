"""The benchmark corpus generator: deterministic, nested sizes, articles the pipeline reads and mines."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from partykg.extract import extract  # noqa: E402
from partykg.ingest import read_article  # noqa: E402

import make_corpus  # noqa: E402

DOC_NUMBER = re.compile(r"\d{1,4}\s*-\s*(?:NQ|CT|QĐ|KL|HD)\s*/\s*[A-ZĐ]{1,6}")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return make_corpus.make_corpus(12, tmp_path_factory.mktemp("corpus"), seed=3)


def test_writes_the_requested_number_of_articles(corpus, tmp_path):
    assert len(corpus) == 12
    assert sorted(p.name for p in corpus[0].parent.iterdir()) == [p.name for p in corpus]
    assert len(make_corpus.make_corpus(0, tmp_path / "empty")) == 0


def test_same_seed_same_bytes_and_sizes_are_nested(corpus, tmp_path):
    again = make_corpus.make_corpus(5, tmp_path / "again", seed=3)
    assert [p.name for p in again] == [p.name for p in corpus[:5]]
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus[:5]]


def test_another_seed_gives_other_articles(corpus, tmp_path):
    other = make_corpus.make_corpus(3, tmp_path / "other", seed=4)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in corpus[:3]]


def test_articles_differ_and_are_about_the_size_of_the_seeds(corpus):
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    assert len(set(texts)) == len(texts)
    assert len({t.splitlines()[0] if not t.startswith("Xây dựng Đảng") else t.splitlines()[2] for t in texts}) > 6
    for p in corpus:
        assert 4_500 < p.stat().st_size < 10_000, p


def test_places_come_from_the_administrative_units_dataset():
    units = make_corpus.units()
    assert len(units) > 10_000 - 100  # every ward of the 63-province dataset
    text = make_corpus.article_text(0, seed=3)
    assert any(u.district_short in text and u.province_short in text for u in units)


def test_every_article_is_read_and_gives_the_extractor_work(corpus, nlp):
    for p in corpus:
        article = read_article(p)
        assert article.title and article.body_spans, p
        text = article.text
        assert DOC_NUMBER.search(text), f"{p.name}: no numbered party document"
        assert re.search(r"(?:[Đđ]ồng chí|Ông) [A-ZĐ]\w* ", text), f"{p.name}: no named official"
        assert re.search(r"\d+ (?:đảng viên|ĐV)", text), f"{p.name}: no membership count"
        ex = extract(article, nlp)
        assert ex.documents, f"{p.name}: the extractor found no document"


def test_regenerating_with_another_seed_leaves_no_stale_articles(tmp_path):
    make_corpus.make_corpus(3, tmp_path, seed=3)
    paths = make_corpus.make_corpus(3, tmp_path, seed=4)
    assert sorted(tmp_path.glob("*.txt")) == paths
