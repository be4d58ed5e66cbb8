from partykg.model import Article


def make_article(text: str) -> Article:
    return Article(id="t", source="t.txt", original_text=text, text=text,
                   offsets=list(range(len(text) + 1)), checksum="0", body_spans=[(0, len(text))])


def test_numbered_directive_is_canonicalized(nlp):
    from partykg.extract import extract
    ex = extract(make_article("Thực hiện Chỉ thị số 05 - CT/TW của Bộ Chính trị."), nlp)
    assert [(d.identifier, d.kind, d.label) for d in ex.documents] == [
        ("05-CT/TW", "Directive", "Chỉ thị 05-CT/TW")]
    ev = ex.documents[0].evidence[0]
    assert ev.rule == "documents.numbered"
    assert "Chỉ thị số 05 - CT/TW" in ev.sentence


def test_a_date_is_not_a_document(nlp):
    from partykg.extract import extract
    ex = extract(make_article("Ngày 05/02/2018, Chi bộ họp."), nlp)
    assert ex.documents == []
