"""Trackers often name their columns on two rows: group labels ("Datos personales", "Salario (k€)")
over the columns' own names ("Actual", "Deseado"), or single columns merged down beside a group. The
import reads such a header as one row of names."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from crm.importing.importer import import_candidates
from crm.importing.readers import open_workbook
from crm.importing.sheets import find_table


def grouped_xlsx(path: Path) -> Path:
    """A title, a blank row, group labels merged over their columns, then the columns' names."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Seguimiento candidatos 2026"])
    sheet.append([])
    sheet.append(["Datos personales", None, None, "Salario (k€)", None, "Proceso", None])
    for block in ("A3:C3", "D3:E3", "F3:G3"):
        sheet.merge_cells(block)
    sheet.append(["Nombre", "Email", "Teléfono", "Actual", "Deseado", "Estado", "Fecha alta"])
    sheet.append(["Ana López", "ana@example.com", "600111222", 38, 45, "Activo", "01/02/2026"])
    sheet.append(["Bea Ruiz", "bea@example.com", "611222333", 42, "50", "Colocado", "03/02/2026"])
    book.save(path)
    return path


def merged_down_xlsx(path: Path) -> Path:
    """Single columns merged down over both header rows; a group over two named columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", "Salario", None, "Preaviso"])
    sheet.append([None, None, "Actual", "Deseado", None])
    for block in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        sheet.merge_cells(block)
    sheet.append(["Ana López", "ana@example.com", "38k", "45k", "1 mes"])
    sheet.append(["Bea Ruiz", "bea@example.com", "42k", "50k", "15 días"])
    book.save(path)
    return path


def table_of(path: Path):
    return find_table(open_workbook(path).read(open_workbook(path).sheet_names[0]))


def test_group_labels_over_the_names_make_one_header(tmp_path, store, services):
    path = grouped_xlsx(tmp_path / "seguimiento.xlsx")
    table = table_of(path)
    assert table.header_row == 4
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
    assert (table.header_row, table.headers) == (1, ["Nombre", "Email", "Ciudad", "Puesto"])
    assert [number for number, _cells in table.rows] == [2, 3]
