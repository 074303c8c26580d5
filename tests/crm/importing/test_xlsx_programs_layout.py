"""Columns beside the list that are not the list's: a lookup list kept on the same sheet after empty columns
(the values of a drop-down), and the formatted empty columns Google Sheets exports over its whole grid."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import text

from crm.importing.importer import import_candidates, plan
from crm.importing.sheets import BLOCK_BESIDE

STATES = ["Nuevo", "Activo", "Contratado", "Descartado", "En espera", "Inactivo"]
PEOPLE = [["Ana García López", "ana@example.com", "612345678", "Activo"],
          ["Luis Pérez Martín", "luis@example.com", "622345678", "Activo"],
          ["Marta Ruiz Gómez", "marta@example.com", "632345678", "Activo"]]


def _notes(store) -> list:
    with store.engine.connect() as connection:
        return list(connection.execute(text("SELECT notes FROM candidate ORDER BY id")).scalars())


def _side_lookup_xlsx(path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre completo", "Email", "Teléfono", "Estado", None, None, "Estados posibles"])
    for index, state in enumerate(STATES):
        sheet.append([*(PEOPLE[index] if index < len(PEOPLE) else [None] * 4), None, None, state])
    book.save(path)
    return path


def test_a_lookup_list_beside_the_list_is_no_part_of_it(tmp_path, store):
    path = _side_lookup_xlsx(tmp_path / "side.xlsx")
    assert plan(None, path).headers == ["Nombre completo", "Email", "Teléfono", "Estado"]
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (3, [])
    assert _notes(store) == [None, None, None]  # no "Estados posibles: Contratado" in anyone's notes
    said = [w.reason for w in report.warnings if w.reason.startswith("a separate block")]
    assert said == [BLOCK_BESIDE.format(columns="G", names="Estados posibles")]


def test_the_persons_own_columns_after_an_empty_column_stay_in_the_list(tmp_path, store):
    """A spacer column, then more of each person's columns on the same rows: the list's."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre completo", "Email", "Teléfono", "Estado", None, "Comentario"])
    for person, comment in zip(PEOPLE, ["Muy bueno", "Llamar", "No encaja"], strict=True):
        sheet.append([*person, None, comment])
    sheet.append([None] * 5 + ["(revisar todos en julio)"])  # a note typed under the list, in that column
    book.save(tmp_path / "spacer.xlsx")
    report = import_candidates(store, tmp_path / "spacer.xlsx")
    assert report.created == 3
    assert _notes(store) == ["Comentario: Muy bueno", "Comentario: Llamar", "Comentario: No encaja"]
    assert not [w for w in report.warnings if w.reason.startswith("a separate block")]


def test_formatted_empty_columns_are_not_offered(tmp_path, store):
    """Google Sheets' grid, A1:Z1000, every cell formatted: no "Column F" ... "Column Z" in the mapping. (The
    sheet's XML is big enough to be read in slices, whose width is the sheet's declared size.)"""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre completo", "Email", "Teléfono"])
    sheet.append(["Ana García López", "ana@example.com", "612345678"])
    sheet.append(["Luis Pérez Martín", "luis@example.com", "622345678", None, "nota suelta"])
    for row in range(1, 1001):
        for column in range(1, 27):
            sheet.cell(row, column).font = Font(name="Arial", size=10)
    book.save(tmp_path / "google.xlsx")
    # a value typed past the list's last named column is kept (its letter names it)
    assert plan(None, tmp_path / "google.xlsx").headers == ["Nombre completo", "Email", "Teléfono", "Column D",
                                                             "Column E"]
    report = import_candidates(store, tmp_path / "google.xlsx")
    assert report.created == 2
    assert _notes(store) == [None, "Column E: nota suelta"]
