"""The Python API: the README's notebook example runs as written; rows without pandas."""
import os
import re

import pytest

from conftest import ROOT


def _readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- notebook example:[^>]*-->\n```python\n(.*?)```", text, re.S)
    assert m, "the README's notebook example is missing"
    return m.group(1)


def test_the_readme_notebook_example_runs_as_written(prefect_server, tmp_path, monkeypatch):
    pandas = pytest.importorskip("pandas")
    for name in ("data", "queries"):
        (tmp_path / name).symlink_to(ROOT / name)
    monkeypatch.chdir(tmp_path)  # (its flow reports to the session's test server: tests/flows/test_cli.py
    # runs the same `partykg.run` through a temporary server, as a notebook without PREFECT_API_URL does)
    namespace: dict = {}
    exec(compile(_readme_example(), "README.md", "exec"), namespace)

    summary, people, posts = namespace["summary"], namespace["people"], namespace["posts"]
    assert summary["articles"] == 5 and summary["failed"] == {} and summary["counts"]["persons"] > 0
    assert (tmp_path / "out" / "partykg.ttl").exists() and (tmp_path / "out" / "store").is_dir()
    assert type(namespace["graph"]).__name__ == "Store"
    assert isinstance(people, pandas.DataFrame) and list(people.columns) == ["name", "articles"]
    assert 0 < len(people) <= 5
    assert isinstance(posts, pandas.DataFrame) and len(posts) > 0
    assert list(posts.columns) == ["person", "post", "organization", "articles", "article_ids"]

    import partykg

    # without pandas (or asked): a list of dicts, the same rows
    rows = partykg.query("out", "SELECT ?id WHERE { ?a dcterms:identifier ?id ; a schema:NewsArticle } "
                                "ORDER BY ?id", dataframe=False)
    assert rows == [{"id": p.stem} for p in sorted((ROOT / "data" / "seeds").glob("*.txt"))], rows
    assert partykg.query(namespace["graph"], "ASK { ?p a foaf:Person }") is True
    # a second run: nothing to do, no flow
    again = partykg.run("data/seeds", "out")
    assert again["processed"] == 0 and again["skipped"] == 5 and again["how"].startswith("nothing changed")


def test_import_partykg_is_light_and_lists_its_api():
    import subprocess
    import sys

    code = ("import sys, partykg; print(sorted(partykg.__all__)); "
            "print(any(m.startswith(('prefect', 'spacy')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ)).stdout.split("\n")
    assert out[:2] == ["['open_graph', 'query', 'run']", "False"]
