"""Formula-looking text stays inert text; forbidden characters go; over-long text is cut visibly."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from crm.exporting.candidate_list import export_candidate_list
from crm.exporting.cells import MAX_CELL_CHARS, clean_text
from crm.exporting.report import ReportOptions
from crm.exporting.shortlist import export_shortlist
from tests.crm.exporting.helpers import build_pipeline, set_application, sheet_xml

PAYLOADS = ["=1+2", '=HYPERLINK("http://evil.example","click")', "+34 600 000 000", "-5", "@SUM(A1)",
            "\t=1+2", "\r=1+2", "'=x", "#N/A", "=", "=cmd|'/c calc'!A1", "-2+3", "#REF!"]


def _assert_inert(path):
    for xml in sheet_xml(path):
        assert "<f>" not in xml and "<f " not in xml, "a formula was written"
        assert 't="e"' not in xml, "an error cell was written"


def _values(path, sheet=None):
    workbook = load_workbook(path)
    sheets = [workbook[sheet]] if sheet else workbook.worksheets
    cells = {cell.value: cell for ws in sheets for row in ws.iter_rows() for cell in row}
    workbook.close()
    return cells


def test_formula_payloads_in_a_shortlist_arrive_as_quoted_text(services, tmp_path):
    rows = [{"summary": payload, "current_title": payload} for payload in PAYLOADS]
    role, ids = build_pipeline(services, submitted=rows)
    for candidate_id, payload in zip(ids["submitted"], PAYLOADS, strict=True):
        set_application(services, role.id, candidate_id, client_feedback=payload, next_step=payload)
    path = tmp_path / "payloads.xlsx"
    export_shortlist(services.store, role.id, path, ReportOptions(blind=True))
    _assert_inert(path)
    cells = _values(path, "Candidatos")
    for payload in PAYLOADS:
        assert payload in cells, f"{payload!r} did not arrive exactly"
        cell = cells[payload]
        assert cell.data_type == "s"
        if payload[0] in "=+-@\t\r#":
            assert cell.quotePrefix, f"{payload!r} has no quote prefix"


def test_formula_payloads_in_the_candidate_list_round_trip(services, tmp_path):
    rows = [{"first_name": p, "notes": p, "city": p, "email": f"p{i}@example.com"} for i, p in enumerate(PAYLOADS)]
    from tests.crm.exporting.helpers import candidate_row

    services.candidates.bulk_insert([candidate_row(i, **r) for i, r in enumerate(rows)])
    path = tmp_path / "list.xlsx"
    export_candidate_list(services.store, path, columns="all")
    _assert_inert(path)
    workbook = load_workbook(path)
    ws = workbook.active
    header = [c.value for c in ws[1]]
    notes = [row[header.index("Notes")] for row in ws.iter_rows(min_row=2)]
    workbook.close()
    assert [c.value for c in notes] == PAYLOADS
    assert all(c.quotePrefix for c, p in zip(notes, PAYLOADS, strict=True) if p[0] in "=+-@\t\r#")


def test_text_that_looks_like_an_excel_escape_reads_as_typed(services, tmp_path):
    """Excel (and calamine, our importer's reader) read _x0041_ in a cell as "A"."""
    from python_calamine import CalamineWorkbook

    from tests.crm.exporting.helpers import candidate_row

    typed = ["ref _x0041_ ok", "a_x000D_b", "_x005F_", "snake_x_case", "_X0041_"]
    services.candidates.bulk_insert([candidate_row(i, notes=t, email=f"x{i}@example.com") for i, t in enumerate(typed)])
    path = tmp_path / "list.xlsx"
    export_candidate_list(services.store, path, columns="all")
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Candidates").to_python()
    notes = [row[rows[0].index("Notes")] for row in rows[1:]]
    assert notes == typed


def test_control_characters_are_removed(services, tmp_path):
    dirty = "line one\x0bline two\x00 and\x1f end\x07"
    role, _ = build_pipeline(services, submitted=[{"summary": dirty, "notes": dirty}])
    shortlist = tmp_path / "dirty.xlsx"
    export_shortlist(services.store, role.id, shortlist)
    assert "line one\nline two and end" in _values(shortlist)
    listing = tmp_path / "dirty-list.xlsx"
    export_candidate_list(services.store, listing, columns="notes")
    assert "line one\nline two and end" in _values(listing)


@pytest.mark.parametrize("language, word", [("es", "recortado"), ("en", "cut")])
def test_long_text_is_cut_with_a_visible_marker(services, tmp_path, language, word):
    long_text = "x" * 40_000
    role, ids = build_pipeline(services, submitted=[{"notes": long_text}])
    set_application(services, role.id, ids["submitted"][0], assessment=long_text)
    path = tmp_path / "long.xlsx"
    export_shortlist(services.store, role.id, path, ReportOptions(language=language))
    cut = [v for v in _values(path) if isinstance(v, str) and v.startswith("xxxx")]
    assert len(cut) == 1 and len(cut[0]) <= MAX_CELL_CHARS
    assert word in cut[0] and re.search(r"40[.,]000", cut[0])
    listing = tmp_path / "long-list.xlsx"
    result = export_candidate_list(services.store, listing, columns="notes")
    assert result.truncated_cells == 1


def test_clean_text_rule():
    assert clean_text("a\x00b\x0bc\ufffed\ud800e") == ("ab\ncde", False)
    text, cut = clean_text("y" * (MAX_CELL_CHARS + 1))
    assert cut and len(text) == MAX_CELL_CHARS and text.endswith("characters in total]")


def test_report_cells_show_excel_escape_lookalikes_as_typed(tmp_path):
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from crm.exporting.cells import set_value

    book = Workbook()
    set_value(book.active["A1"], "Feedback: _x0041_ y _x000D_")
    book.save(tmp_path / "report.xlsx")
    read = CalamineWorkbook.from_path(str(tmp_path / "report.xlsx")).get_sheet_by_name(book.active.title).to_python()
    assert read == [["Feedback: _x0041_ y _x000D_"]]


@pytest.mark.parametrize("marker", [None, "… [cut: the full text has {length:,} characters]",
                                    "… [recortado: el texto completo tiene {length:,} caracteres]"])
def test_a_text_cut_by_an_export_is_told_from_one_that_was_not(marker):
    from crm.exporting.cells import before_cut

    long = "nota larga " * 4_000
    cut, was_cut = clean_text(long) if marker is None else clean_text(long, marker)
    assert was_cut and long.startswith(before_cut(cut)) and len(before_cut(cut)) > 32_000
    assert before_cut("una nota corta [truncated: 3 characters in total]") is None
    assert before_cut(long[:MAX_CELL_CHARS]) is None


@pytest.mark.parametrize("language, expected", [("es", ["Inmediata", "1 día", "15 días"]),
                                                ("en", ["Immediate", "1 day", "15 days"])])
def test_a_notice_of_one_day_is_singular_in_the_reports(language, expected):
    """The Spanish shortlist read "Preaviso: 1 días"."""
    from crm.exporting.labels import Labels

    assert [Labels(language).notice(days) for days in (0, 1, 15)] == expected
