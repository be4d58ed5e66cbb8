"""RDF: IRI minting and mapping Extraction -> triples."""
