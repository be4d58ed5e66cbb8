"""output/void.ttl: the dataset's VoID/DCAT description agrees with the data and holds no date."""
import pyoxigraph

from partykg.emit import graph_name

from conftest import ROOT

VOID = "http://rdfs.org/ns/void#"


def _store(*paths):
    store = pyoxigraph.Store()
    for path in paths:
        store.load(path=str(path), format=pyoxigraph.RdfFormat.from_extension(path.suffix[1:]))
    return store


def test_void_describes_the_committed_output():
    out = ROOT / "output"
    void = _store(out / "void.ttl")
    data = pyoxigraph.Store()  # the published dataset: each article graph named as in partykg.nq
    for path in (out / "articles").glob("*.ttl"):
        data.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE, to_graph=graph_name(path.stem))

    def one(query, store):
        return [[t.value for t in row] for row in store.query(query, use_default_graph_as_union=True)]

    dataset = "https://w3id.org/partykg/id/dataset"
    [[triples, entities]] = one(f"SELECT ?t ?e WHERE {{ <{dataset}> <{VOID}triples> ?t ; <{VOID}entities> ?e }}",
                                void)
    assert int(triples) == len(data)
    per_class = dict(one(f"SELECT ?c ?n WHERE {{ <{dataset}> <{VOID}classPartition> [ <{VOID}class> ?c ; "
                         f"<{VOID}entities> ?n ] }}", void))
    actual = dict(one("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", data))
    assert per_class == actual and int(entities) == int(
        one("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }", data)[0][0])
    sources = sorted(r[0] for r in one(f"SELECT ?s WHERE {{ <{dataset}> <http://purl.org/dc/terms/source> ?s }}",
                                       void))
    assert sources == sorted(p.name for p in (ROOT / "data" / "seeds").iterdir())
    for term in ("dcterms:title", "dcterms:license", "dcterms:creator", "dcterms:conformsTo", "void:vocabulary",
                 "dcat:distribution"):
        assert term in (out / "void.ttl").read_text(encoding="utf-8")
    assert "dateTime" not in (out / "void.ttl").read_text(encoding="utf-8")  # dates: run.ttl only


def test_source_files_are_named_relative_to_the_input(tmp_path):
    from partykg.void import source_names

    (tmp_path / "in" / "2024").mkdir(parents=True)
    src = tmp_path / "in" / "2024" / "a.txt"
    src.write_text("x", encoding="utf-8")
    assert source_names({"a": str(src)}, tmp_path / "in") == ["2024/a.txt"]
    assert source_names({"a": str(src)}, src) == ["a.txt"]  # a file as the input
