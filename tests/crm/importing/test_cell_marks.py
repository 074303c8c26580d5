"""Cells python-calamine reads as blank but are not: Excel errors, formulas without a saved result, and
cells covered by merged cells. The import must say so (row, column, what the cell holds), never
silently store them as empty, and never give a merged value to a row it was not written on."""

from __future__ import annotations

import pytest
import xlsxwriter
from import_fixtures import marked_xlsx

from crm.importing import xlsx_slices
from crm.importing.cell_marks import ERROR, FORMULA, CellMark, cell_marks, column_index, merged_blocks
from crm.importing.importer import ImportOptions, import_candidates


def test_the_xml_says_what_calamine_reads_as_blank():
    xml = (b'<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2"><f>A1&amp;"x"</f></c>'
           b'<c r="C2"><f>A1</f><v>7</v></c><c r="D2"><f t="shared" si="0"/><v></v></c><c r="E2" t="s"><v>3</v></c>'
           b'<x:c r="AB2" t="e"><x:v>#N/A</x:v></x:c></row>')
    assert cell_marks(xml) == {2: {0: CellMark(ERROR, "#DIV/0!"), 1: CellMark(FORMULA, '=A1&"x"'),
                                   3: CellMark(FORMULA, "="), 27: CellMark(ERROR, "#N/A")}}
    assert cell_marks(b'<row r="9"><c r="A9"><v>1</v></c></row>') == {}
    # Excel calculated it to empty text (=IF(C3="x","",0.1)): an empty cell, not a result the file lacks
    assert cell_marks(b'<row r="3"><c r="E3" t="str"><f>IF(C3="x","",0.1)</f><v></v></c></row>') == {}
    blocks = merged_blocks(b'</sheetData><mergeCells count="2"><mergeCell ref="D5:D7"/><mergeCell ref="A1:F1"/>'
                           b"</mergeCells>")
    assert [(b.ref, b.first_row, b.first_col, b.last_row, b.last_col) for b in blocks] == [
        ("D5:D7", 5, 3, 7, 3), ("A1:F1", 1, 0, 1, 5)]
    assert (column_index("A"), column_index("Z"), column_index("AA"), column_index("XFD")) == (0, 25, 26, 16383)


def test_a_formula_written_with_character_references_reads_as_its_letters():
    """Tools other than Excel write accents in XML as character references: the notes kept
    "=SUMA(A1:A3) lo escribi&#243; as&#237;"."""
    xml = (b'<row r="5"><c r="G5"><f>SUMA(A1:A3)&amp;" lo escribi&#243; as&#xED;"</f></c>'
           b'<c r="H5"><f>"&amp;#243; no es una letra"</f></c></row>')
    assert cell_marks(xml) == {5: {6: CellMark(FORMULA, '=SUMA(A1:A3)&" lo escribió así"'),
                                   7: CellMark(FORMULA, '="&#243; no es una letra"')}}


EXPECTED = [
    (3, "Salario deseado", "#DIV/0!", "the cell holds an Excel error; left empty"),
    (4, "Años exp.", "=2*3", "a formula whose result the file does not hold (it was never calculated in Excel); "
                             "the formula is kept in the notes: open and save the file in Excel, then import it again"),
    (6, "Ciudad", "D5:D7", "part of the merged cells D5:D7, whose value is in row 5 only; left empty"),
    (7, "Ciudad", "D5:D7", "part of the merged cells D5:D7, whose value is in row 5 only; left empty"),
]


def count_slices(monkeypatch) -> list:
    """Read sheets a few rows a slice; the list returned gets an item for each slice parsed."""
    slices: list = []
    monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 1024)
    monkeypatch.setattr(xlsx_slices, "FIRST_SLICE_BYTES", 1024)
    monkeypatch.setattr(xlsx_slices, "_SST_SHARE", 0)
    parse_slice = xlsx_slices._parse_slice
    monkeypatch.setattr(xlsx_slices, "_parse_slice", lambda *args: slices.append(1) or parse_slice(*args))
    return slices


@pytest.mark.parametrize("how", ["whole", "sliced", "reader process"])
def test_such_cells_are_reported_and_the_rows_imported(tmp_path, store, services, monkeypatch, how):
    slices = count_slices(monkeypatch) if how == "sliced" else []  # the merged cells are found after the rows went
    path = marked_xlsx(tmp_path / "marcas.xlsx", people=60 if how == "sliced" else 12)
    options = ImportOptions(reader="process" if how == "reader process" else "inline")
    report = import_candidates(store, path, options)

    assert report.created == (60 if how == "sliced" else 12) and not report.rejected
    assert (len(slices) > 5) == (how == "sliced")
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == EXPECTED
    first, second, third, fourth = (services.candidates.find_by_email(f"p{i}@example.com") for i in range(1, 5))
    assert (first.expected_salary, first.notes) == (None, None)  # left empty, not a 0 or a note
    assert (second.years_experience, second.expected_salary) == (None, 40002)
    assert second.notes == "Años exp.: =2*3"  # what the cell holds is not lost (it was: only the warning said it)
    assert (third.city, fourth.city) == ("Sevilla", None)  # the merged value stays on its own row


def roles_with_a_merged_client(path, error_in_second: bool = False):
    """A hand-made list of openings: the client's name merged over its two roles (B2:B3), then a role of
    another client; `error_in_second`: the second role's salary is a #DIV/0! cell."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Vacantes")
    sheet.write_row(0, 0, ["Ref.", "Cliente", "Puesto", "Salario (rango)"])
    sheet.write_row(1, 0, ["VAC-1", None, "Backend Engineer", "40-50k"])
    sheet.write_row(2, 0, ["VAC-2", None, "Data Engineer", "45-55k"])
    sheet.write_row(3, 0, ["VAC-3", "Banco Meridiano S.A.", "Java Developer", "35000"])
    sheet.merge_range(1, 1, 2, 1, "Acme Tech S.L.")
    if error_in_second:
        sheet.write_formula(2, 3, "=1/0", None, "#DIV/0!")
    book.close()
    return path


def test_a_client_merged_over_its_roles_is_not_given_to_the_wrong_role(tmp_path, store, services):
    """A hand-made list of openings with the client's name merged over its rows: only the first row has
    the client; the others are refused with their rows named, and the warning says why they look empty."""
    from crm.importing.roles import import_roles

    report = import_roles(store, roles_with_a_merged_client(tmp_path / "vacantes.xlsx", error_in_second=True))

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


def test_filling_down_gives_a_merged_value_to_the_rows_under_it_in_its_first_column_only():
    from crm.importing.cell_marks import Block, SheetMarks, fill_merged_down

    marks = SheetMarks()
    # B3:C5 spans two columns and three rows; A1:D1 is a title above the header (row 2).
    marks.add_blocks([Block("B3:C5", 3, 1, 5, 2), Block("A1:D1", 1, 0, 1, 3)])
    rows = [(3, ["Ana", "Madrid", None, "x"]), (4, ["Luis", None, None, "y"]), (5, ["Eva", None, None, None]),
            (6, ["Iker", None, None, "z"])]
    assert list(fill_merged_down(rows, marks)) == [
        (3, ["Ana", "Madrid", None, "x"]), (4, ["Luis", "Madrid", None, "y"]), (5, ["Eva", "Madrid", None, None]),
        (6, ["Iker", None, None, "z"])]


@pytest.mark.parametrize("how", ["whole", "sliced", "reader process"])
def test_when_asked_a_merged_city_is_given_to_each_of_its_rows(tmp_path, store, services, monkeypatch, how):
    """RELIABILITY B6: fill down by the user's explicit choice. Sliced sheets list their merged cells after
    the rows, so they are looked up ahead."""
    slices = count_slices(monkeypatch) if how == "sliced" else []
    path = marked_xlsx(tmp_path / "marcas.xlsx", people=60 if how == "sliced" else 12)
    options = ImportOptions(reader="process" if how == "reader process" else "inline", fill_merged=True)
    report = import_candidates(store, path, options)

    assert (len(slices) > 5) == (how == "sliced")
    assert [(w.row, w.column) for w in report.warnings] == [(3, "Salario deseado"), (4, "Años exp.")]
    assert [services.candidates.find_by_email(f"p{i}@example.com").city for i in range(3, 7)] == [
        "Sevilla", "Sevilla", "Sevilla", "Madrid"]


def test_the_merged_blocks_of_a_sheet_are_found_ahead_of_its_rows(tmp_path):
    from crm.importing.cell_marks import MERGED, SheetMarks
    from crm.importing.readers import scan_marks

    path = marked_xlsx(tmp_path / "marcas.xlsx")
    marks = SheetMarks()
    scan_marks(path, "xl/worksheets/sheet1.xml", marks)
    merged = {(row, column): mark for row, row_marks in marks.cells.items() for column, mark in row_marks.items()
              if mark.kind == MERGED}
    # D5:D7: the block's value in row 5, column D (3); its rows 6 and 7 covered; nothing else merged.
    assert [(row, column, m.text, m.first_row, m.first_col) for (row, column), m in sorted(merged.items())] == [
        (6, 3, "D5:D7", 5, 3), (7, 3, "D5:D7", 5, 3)]
    assert marks.blocks_known and marks.block_starts == {5: [3]}


def test_when_asked_a_client_merged_over_its_roles_is_given_to_each(tmp_path, store, services):
    from crm.importing.roles import import_roles

    report = import_roles(store, roles_with_a_merged_client(tmp_path / "vacantes.xlsx"), ImportOptions(fill_merged=True))

    assert report.created == 3 and not report.rejected and not report.warnings
    clients = {role.reference: role.client for role in services.roles.list_all()}
    assert clients == {"VAC-1": "Acme Tech S.L.", "VAC-2": "Acme Tech S.L.", "VAC-3": "Banco Meridiano S.A."}


def test_the_preview_fills_merged_cells_down_when_asked(tmp_path, store):
    from crm.importing.inspect import inspect, preview

    inspection = inspect(store, marked_xlsx(tmp_path / "marcas.xlsx"))
    assert inspection.merged_rows
    _fields, rows = preview(inspection, inspection.targets, fill_merged=True)
    by_row = {row["row"]: row for row in rows}
    assert [by_row[n]["city"] for n in (5, 6, 7, 8)] == ["Sevilla", "Sevilla", "Sevilla", "Madrid"]
    assert by_row[6]["warnings"] == []
    assert inspection.head[4][0] == 6 and inspection.head[4][1][3] is None  # the inspection's own rows are as the file has them


def test_a_damaged_sheet_read_ahead_for_its_merged_cells_is_an_unreadable_file(tmp_path, store, services,
                                                                               monkeypatch):
    from crm.importing.safety import UnreadableFile

    count_slices(monkeypatch)  # read in slices: the merged cells are looked for ahead
    path = marked_xlsx(tmp_path / "marcas.xlsx", people=400)
    data = path.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2] + data[-2000:])  # a download cut mid-sheet
    with pytest.raises(UnreadableFile):
        import_candidates(store, tmp_path / "cut.xlsx", ImportOptions(reader="inline", fill_merged=True))
    assert services.candidates.count() == 0


def test_a_cell_merged_across_its_row_says_its_value_is_in_the_first_cell(tmp_path, store):
    """"part of the merged cells D4:E4, whose value is in row 4 only", said of row 4 itself."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nombre", "Email", "Ciudad", "Notas", "Fuente"], ["Ana Ruiz", "ana@example.com", "Vigo", "ok", "Web"],
                ["Luis Gil", "luis@example.com", "Lugo", "Llamar el lunes, viene de LinkedIn", None]):
        sheet.append(row)
    sheet.merge_cells("D3:E3")
    book.save(tmp_path / "fusion.xlsx")
    report = import_candidates(store, tmp_path / "fusion.xlsx")
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (3, "Fuente", "part of the merged cells D3:E3, whose value is in their first cell only; left empty")]


def test_names_and_emails_that_are_uncalculated_formulas_are_said_before_importing(tmp_path, store):
    """A file a program wrote, never opened in Excel: its names and emails are formulas with no results. The
    window said only "Header found on row 1" and Import made people without a name."""
    import openpyxl

    from crm.importing.inspect import inspect

    book = openpyxl.Workbook()  # openpyxl keeps no formula results: as such a program writes them
    book.active.append(["Nombre completo", "Email", "Teléfono", "Ciudad"])
    for n, phone in enumerate(("600111222", "600333444", "600555666")):
        book.active.append([f'="Persona"&" {n}"', f'=LOWER("p{n}@x.es")', phone, '=UPPER("madrid")'])
    book.save(tmp_path / "generado.xlsx")
    inspection = inspect(store, tmp_path / "generado.xlsx")
    assert inspection.examples() == ['="Persona"&" 0"', '=LOWER("p0@x.es")', "600111222", '=UPPER("madrid")']
    assert [warning for warning in inspection.warnings if "formulas" in warning] == [
        "Nombre completo, Email: formulas whose results the file does not hold (it was never calculated in Excel), "
        "so these cells would be left empty: open and save the file in Excel, then import it"]

    book.active["A3"] = "Luis Gil"  # names and emails typed in most rows: nothing to say of the file
    book.active["A2"] = "Ana Ruiz"
    book.active["B2"] = book.active["B3"] = book.active["B4"] = "x@x.es"
    book.save(tmp_path / "a_medias.xlsx")
    assert not any("formulas" in warning for warning in inspect(store, tmp_path / "a_medias.xlsx").warnings)
