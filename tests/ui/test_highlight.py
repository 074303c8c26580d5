from ui.candidates.highlight import highlighted_html, match_spans


def test_spans_ignore_case_and_accents_and_merge():
    assert match_spans("José Núñez", ["nunez"]) == [(5, 10)]
    assert match_spans("Python, Pyth", ["pyth*", "python"]) == [(0, 6), (8, 12)]
    assert match_spans("Madrid", ["barcelona"]) == []


def test_highlighted_html_escapes_the_rest():
    html = highlighted_html("<b>Ana</b>", match_spans("<b>Ana</b>", ["ana"]))
    assert html.startswith("&lt;b&gt;<span") and "Ana</span>&lt;/b&gt;" in html
