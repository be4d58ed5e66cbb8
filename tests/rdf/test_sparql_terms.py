"""The terms a SPARQL text names: what the report's graph and the validated data keep."""
from partykg.rdf.sparql_terms import named_terms

QUERY = """PREFIX ex: <http://example.org/>
SELECT ?s WHERE {
  ?s ex:p ?o ; <http://example.org/full> ?x ; known:q ?y ; other:r ?z .  # ex:commented
  FILTER(?o != "ex:quoted" && ?x != 'ex:single')
}"""


def test_declared_known_and_full_iris_are_named_undeclared_prefixes_give_local_names():
    iris, unresolved = named_terms(QUERY, {"known": "http://known.org/"})
    assert iris == {"http://example.org/p", "http://example.org/full", "http://known.org/q"}
    assert unresolved == {"r"}


def test_without_known_prefixes_a_prefix_the_text_does_not_declare_is_unresolved():
    iris, unresolved = named_terms(QUERY)
    assert "http://known.org/q" not in iris
    assert unresolved == {"q", "r"}
