"""Cells python-calamine reads as blank but are not: Excel errors, formulas without a saved result, and
cells covered by merged cells. The import must say so (row, column, what the cell holds), never
silently store them as empty, and never give a merged value to a row it was not written on."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter
from import_fixtures import _rewrite_member

from crm.importing import xlsx_slices
from crm.importing.cell_marks import ERROR, FORMULA, CellMark, cell_marks, column_index, merged_blocks
from crm.importing.importer import ImportOptions, import_candidates

HEADERS = ["Nombre", "Apellidos", "Email", "Ciudad", "Salario deseado", "Años exp."]


def marked_xlsx(path: Path, people: int = 12) -> Path:
    """Row 3: an error cell (#DIV/0!, as Excel saves it); row 4: a formula whose result the file does not
    hold (as a program that writes formulas leaves it); rows 5-7: one city in merged cells."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Candidatos")
    sheet.write_row(0, 0, HEADERS)
    for index in range(people):
        city = None if index in (4, 5) else "Madrid"  # under the merged cells, as Excel leaves them
        sheet.write_row(index + 1, 0, [f"Persona{index}", f"Apellido{index}", f"p{index}@example.com", city,
                                       40000 + index, 5])
    sheet.write_formula(2, 4, "=1/0", None, "#DIV/0!")
    sheet.write_formula(3, 5, "=2*3", None, 0)
    sheet.merge_range(4, 3, 6, 3, "Sevilla")
    book.close()
    _rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<f>2*3</f><v>0</v>", b"<f>2*3</f>"))
    return path


def test_the_xml_says_what_calamine_reads_as_blank():
    xml = (b'<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2"><f>A1&amp;"x"</f></c>'
           b'<c r="C2"><f>A1</f><v>7</v></c><c r="D2"><f t="shared" si="0"/><v></v></c><c r="E2" t="s"><v>3</v></c>'
           b'<x:c r="AB2" t="e"><x:v>#N/A</x:v></x:c></row>')
    assert cell_marks(xml) == {2: {0: CellMark(ERROR, "#DIV/0!"), 1: CellMark(FORMULA, '=A1&"x"'),
                                   3: CellMark(FORMULA, "="), 27: CellMark(ERROR, "#N/A")}}
    assert cell_marks(b'<row r="9"><c r="A9"><v>1</v></c></row>') == {}
    blocks = merged_blocks(b'</sheetData><mergeCells count="2"><mergeCell ref="D5:D7"/><mergeCell ref="A1:F1"/>'
                           b"</mergeCells>")
    assert [(b.ref, b.first_row, b.first_col, b.last_row, b.last_col) for b in blocks] == [
        ("D5:D7", 5, 3, 7, 3), ("A1:F1", 1, 0, 1, 5)]
    assert (column_index("A"), column_index("Z"), column_index("AA"), column_index("XFD")) == (0, 25, 26, 16383)


EXPECTED = [
    (3, "Salario deseado", "#DIV/0!", "the cell holds an Excel error; left empty"),
    (4, "Años exp.", "=2*3", "a formula whose result the file does not hold (it was never calculated in Excel); "
                             "left empty: open and save the file in Excel, then import it again"),
    (6, "Ciudad", "D5:D7", "part of the merged cells D5:D7, whose value is in row 5 only; left empty"),
    (7, "Ciudad", "D5:D7", "part of the merged cells D5:D7, whose value is in row 5 only; left empty"),
]


@pytest.mark.parametrize("how", ["whole", "sliced", "reader process"])
def test_such_cells_are_reported_and_the_rows_imported(tmp_path, store, services, monkeypatch, how):
    slices = []
    if how == "sliced":  # a few rows a slice: the merged cells are found after the rows went
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 1024)
        monkeypatch.setattr(xlsx_slices, "FIRST_SLICE_BYTES", 1024)
        monkeypatch.setattr(xlsx_slices, "_SST_SHARE", 0)
        parse_slice = xlsx_slices._parse_slice
        monkeypatch.setattr(xlsx_slices, "_parse_slice", lambda *args: slices.append(1) or parse_slice(*args))
    path = marked_xlsx(tmp_path / "marcas.xlsx", people=60 if how == "sliced" else 12)
    options = ImportOptions(reader="process" if how == "reader process" else "inline")
    report = import_candidates(store, path, options)

    assert report.created == (60 if how == "sliced" else 12) and not report.rejected
    assert (len(slices) > 5) == (how == "sliced")
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == EXPECTED
    first, second, third, fourth = (services.candidates.find_by_email(f"p{i}@example.com") for i in range(1, 5))
    assert (first.expected_salary, first.notes) == (None, None)  # left empty, not a 0 or a note
    assert (second.years_experience, second.expected_salary) == (None, 40002)
    assert (third.city, fourth.city) == ("Sevilla", None)  # the merged value stays on its own row


def test_a_client_merged_over_its_roles_is_not_given_to_the_wrong_role(tmp_path, store, services):
    """A hand-made list of openings with the client's name merged over its rows: only the first row has
    the client; the others are refused with their rows named, and the warning says why they look empty."""
    from crm.importing.roles import import_roles

    path = tmp_path / "vacantes.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Vacantes")
    sheet.write_row(0, 0, ["Ref.", "Cliente", "Puesto", "Salario (rango)"])
    sheet.write_row(1, 0, ["VAC-1", None, "Backend Engineer", "40-50k"])
    sheet.write_row(2, 0, ["VAC-2", None, "Data Engineer", "=1/0"])
    sheet.write_row(3, 0, ["VAC-3", "Banco Meridiano S.A.", "Java Developer", "35000"])
    sheet.merge_range(1, 1, 2, 1, "Acme Tech S.L.")
    sheet.write_formula(2, 3, "=1/0", None, "#DIV/0!")
    book.close()

    report = import_roles(store, path)

    assert report.created == 2
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [(3, "Cliente", "a role needs a client")]
    assert [(w.row, w.column, w.value) for w in report.warnings] == [(3, "Salario (rango)", "#DIV/0!"),
                                                                       (3, "Cliente", "B2:B3")]
    assert [w.reason for w in report.warnings][1] == (
        "part of the merged cells B2:B3, whose value is in row 2 only; left empty")


def test_the_preview_warns_of_them_before_anything_is_imported(tmp_path, store):
    from crm.importing.inspect import inspect, preview

    inspection = inspect(store, marked_xlsx(tmp_path / "marcas.xlsx"))
    _fields, rows = preview(inspection, inspection.targets)
    by_row = {row["row"]: row for row in rows}
    assert by_row[3]["warnings"] == [("Salario deseado", "the cell holds an Excel error; left empty")]
    assert "expected_salary" not in by_row[3] or by_row[3]["expected_salary"] is None
    assert [column for column, _reason in by_row[4]["warnings"]] == ["Años exp."]
    assert by_row[6]["warnings"] == [("Ciudad", "part of the merged cells D5:D7, whose value is in row 5 only; "
                                                "left empty")]
    assert by_row[5]["warnings"] == [] and by_row[5]["city"] == "Sevilla"
