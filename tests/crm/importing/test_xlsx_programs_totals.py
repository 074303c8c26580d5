"""An Excel Table's Total Row is a footer, never a person: its table part says which row it is
(totalsRowCount), and its cells are SUBTOTAL formulas. Counting the names under "Nombre completo" made a
candidate named "3" earning 130 000; averages without a label made a rejected row (and exit code 1)."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.table import Table
from sqlalchemy import text

from crm.importing import xlsx_slices
from crm.importing.importer import import_candidates
from crm.importing.sheets import TOTALS_ROW

PEOPLE = [["Ana García López", "ana@example.com", 5, 45000], ["Luis Pérez Martín", "luis@example.com", 8, 50000],
          ["Marta Ruiz Gómez", "marta@example.com", 3, 35000]]


def _stored(store) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            text("SELECT first_name, last_name, current_salary FROM candidate ORDER BY id"))]


def _table_xlsx(path, totals: list, *, table_part: bool = True, more: int = 0):
    """A list as an Excel Table with its Total Row under it (cached values, as Excel saves them)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Candidatos"
    sheet.append(["Nombre completo", "Email", "Años", "Salario actual"])
    people = PEOPLE + [[f"Persona {index} Núñez", f"p{index}@example.com", 1, 30000] for index in range(more)]
    for person in people:
        sheet.append(person)
    sheet.append(totals)
    last = len(people) + 2
    if table_part:
        table = Table(displayName="Tabla1", ref=f"A1:D{last}", totalsRowCount=1)
        table._initialise_columns()
        sheet.add_table(table)
    book.save(path)

    def cached(data: bytes) -> bytes:  # openpyxl writes formulas without their result: Excel's file has it
        for letter, value in (("A", b"3"), ("C", b"5.333333333"), ("D", b"130000")):
            data = re.sub(rb'(<c r="' + letter.encode() + str(last).encode() + rb'"><f>[^<]*</f>)<v\s*/?>(?:</v>)?',
                          rb"\1<v>" + value + b"</v>", data)
        return data

    from import_fixtures import _rewrite_member

    _rewrite_member(path, "xl/worksheets/sheet1.xml", cached)
    return path


@pytest.mark.parametrize("slices", [False, True], ids=["whole", "sliced"])
def test_a_total_row_counting_the_names_is_no_candidate_named_3(tmp_path, store, monkeypatch, slices):
    if slices:
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 2048)
    path = _table_xlsx(tmp_path / "count.xlsx", ["=SUBTOTAL(103,Tabla1[Nombre completo])", None, None,
                                                 "=SUBTOTAL(109,Tabla1[Salario actual])"], more=40 if slices else 0)
    report = import_candidates(store, path)
    assert report.created == 3 + (40 if slices else 0)
    assert report.rejected == []
    assert ("3", "", 130000) not in _stored(store)
    assert _stored(store)[:3] == [("Ana", "García López", 45000), ("Luis", "Pérez Martín", 50000),
                                  ("Marta", "Ruiz Gómez", 35000)]
    totals_row = 5 + (40 if slices else 0)
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [(totals_row, "3, 130000", TOTALS_ROW)]


def test_a_total_row_of_averages_without_a_label_is_left_out_not_rejected(tmp_path, store):
    path = _table_xlsx(tmp_path / "nolabel.xlsx", [None, None, "=SUBTOTAL(101,Tabla1[Años])",
                                                   "=SUBTOTAL(109,Tabla1[Salario actual])"])
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (3, [])
    assert [(w.row, w.reason) for w in report.warnings] == [(5, TOTALS_ROW)]


def test_a_row_of_subtotals_under_a_plain_list_is_a_totals_row_too(tmp_path, store):
    """No table part (the list was converted back to a range): the SUBTOTAL formulas say it."""
    path = _table_xlsx(tmp_path / "range.xlsx", ["=SUBTOTAL(103,A2:A4)", None, None, "=SUBTOTAL(109,D2:D4)"],
                       table_part=False)
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (3, [])
    assert ("3", "", 130000) not in _stored(store)
    assert [(w.row, w.reason) for w in report.warnings] == [(5, TOTALS_ROW)]


def test_rows_numbered_with_subtotal_are_people(tmp_path, store):
    """A column numbering the visible rows with =SUBTOTAL(3,$B$2:B2) is a list's, beside each person's values."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nº", "Nombre completo", "Email"])
    for index, (name, email, *_rest) in enumerate(PEOPLE, start=2):
        sheet.append([f"=SUBTOTAL(3,$B$2:B{index})", name, email])
    book.save(tmp_path / "numbered.xlsx")
    report = import_candidates(store, tmp_path / "numbered.xlsx")
    assert report.created == 3
    assert [w.reason for w in report.warnings if w.reason == TOTALS_ROW] == []
