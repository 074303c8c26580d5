"""Trackers often name their columns on two rows: group labels ("Datos personales", "Salario (k€)")
over the columns' own names ("Actual", "Deseado"), or single columns merged down beside a group. The
import reads such a header as one row of names."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_fixtures import grouped_xlsx, merged_down_xlsx

from crm.importing.api import run_import
from crm.importing.importer import import_candidates
from crm.importing.readers import open_workbook
from crm.importing.sheets import find_table


def table_of(path: Path):
    return find_table(open_workbook(path).read(open_workbook(path).sheet_names[0]))


def test_group_labels_over_the_names_make_one_header(tmp_path, store, services):
    path = grouped_xlsx(tmp_path / "seguimiento.xlsx")
    table = table_of(path)
    assert (table.header_row, table.header_rows) == (4, 2)
    assert table.headers == ["Nombre", "Email", "Teléfono", "Salario Actual (k€)", "Salario Deseado (k€)", "Estado",
                             "Fecha alta"]
    report = import_candidates(store, path)
    assert (report.created, report.warnings, report.rejected) == (2, [], [])
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.current_salary, ana.expected_salary, ana.notes) == (38000, 45000, None)  # not "Actual: 38"
    assert services.candidates.find_by_email("bea@example.com").status == "placed"


def test_columns_merged_down_beside_a_group_keep_their_names(tmp_path, store, services):
    path = merged_down_xlsx(tmp_path / "seguimiento.xlsx")
    table = table_of(path)
    assert (table.header_row, table.headers) == (2, ["Nombre", "Email", "Salario Actual", "Salario Deseado",
                                                     "Preaviso"])
    report = import_candidates(store, path)
    assert (report.created, report.warnings) == (2, [])  # the second header row is no person
    bea = services.candidates.find_by_email("bea@example.com")
    assert (bea.first_name, bea.current_salary, bea.expected_salary, bea.notice_days) == ("Bea", 42000, 50000, 15)


def test_a_one_row_header_over_text_rows_stays_one_row(tmp_path):
    """In a CSV every value is text: the first person is not taken for a second header row."""
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Email;Ciudad;Puesto\nAna López;ana@example.com;Madrid;Backend\n"
                    "Bea Ruiz;bea@example.com;Sevilla;Frontend\n", encoding="utf-8")
    table = table_of(path)
    assert (table.header_row, table.header_rows, table.headers) == (1, 1, ["Nombre", "Email", "Ciudad", "Puesto"])
    assert [number for number, _cells in table.rows] == [2, 3]


def test_one_group_label_over_two_columns_names_them(tmp_path, store, services):
    """Only the salary columns have a label above them ("Salario (k€)" merged over "Actual" and
    "Deseado"); the row above is no title, and without it those two columns went to the notes."""
    import openpyxl

    path = tmp_path / "seguimiento.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None, None, "Salario (k€)", None, None])
    sheet.merge_cells("C1:D1")
    sheet.append(["Nombre", "Email", "Actual", "Deseado", "Preaviso"])
    sheet.append(["Ana López", "ana@example.com", 38, 45, "1 mes"])
    book.save(path)
    table = table_of(path)
    assert (table.header_row, table.header_rows) == (2, 2)
    assert table.headers == ["Nombre", "Email", "Salario Actual (k€)", "Salario Deseado (k€)", "Preaviso"]
    report = import_candidates(store, path)
    ana = services.candidates.find_by_email("ana@example.com")
    assert (report.created, report.warnings) == (1, [])
    assert (ana.current_salary, ana.expected_salary, ana.notice_days, ana.notes) == (38000, 45000, 30, None)


def test_a_title_over_the_header_is_no_group_label(tmp_path):
    """A title holds one value too: over an unnamed row-number column, or over names that are all known,
    it names nothing and the header stays one row."""
    import openpyxl

    path = tmp_path / "candidatos.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Candidato"])  # a header word itself: it would name column A, the row numbers
    sheet.append([None, "Nombre", "Email", "Ciudad"])
    sheet.append([1, "Ana López", "ana@example.com", "Madrid"])
    book.save(path)
    table = table_of(path)
    assert (table.header_row, table.header_rows, table.headers) == (2, 1, ["Column A", "Nombre", "Email", "Ciudad"])
    path.unlink()
    book = openpyxl.Workbook()
    book.active.append(["Candidatos Q3 2026"])
    book.active.append(["Nombre", "Email", "Ciudad"])
    book.active.append(["Ana López", "ana@example.com", "Madrid"])
    book.save(path)
    assert (table_of(path).header_row, table_of(path).header_rows) == (2, 1)


@pytest.mark.parametrize("kind, header, first", [
    # Every cell text (a CSV), an unmapped column's first value a field's word ("Alta": a date of joining)
    ("candidates", ["Nombre", "Email", "Teléfono", "Prioridad", "Comentarios"],
     ["Ana López", "ana@x.es", "600111222", "Alta", "Buen perfil"]),
    ("roles", ["Referencia", "Cliente", "Puesto", "Ciudad", "Formato", "Estado"],
     ["V-1", "Acme SL", "Backend", "Madrid", "Remoto", "Abierta"]),
    ("candidates", ["Nombre", "Apellidos", "Ciudad", "Nivel", "Fuente"], ["Ana", "López", "Madrid", "Inglés", "LinkedIn"]),
])
def test_a_lists_first_row_is_never_taken_for_a_second_row_of_names(tmp_path, store, kind, header, first):
    """The first person (or role) was lost without a word: their row was read as names completing the header's
    ("Prioridad Alta"), the columns mapped from those."""
    path = tmp_path / "lista.csv"
    second = [value.replace("Ana", "Eva").replace("ana@", "eva@").replace("V-1", "V-2").replace("222", "333")
              for value in first]
    path.write_text("\n".join(",".join(row) for row in (header, first, second)) + "\n", encoding="utf-8")
    report = run_import(store, kind, path, dry_run=True)
    assert report.created == 2 and report.rejected == []
