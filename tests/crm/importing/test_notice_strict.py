"""A notice cell is read only when it holds a notice period: "Q1", "Ronda 3" or "a partir del 15" were stored as
1, 3 and 15 days without a word, the text lost, and went out in client reports as "Preaviso: 1 días"."""

from __future__ import annotations

import openpyxl
import pytest

from crm.importing import notice_period, values
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.inspect import inspect

NOT_A_NOTICE = "not a notice period (e.g. '15 días', '1 mes', '2 weeks'); kept in the notes as written"
# what a tester found stored as a notice period (in days) from cells that hold none
NOT_NOTICES = ["Q1", "a partir del 15", "disponible el día 1", "hasta el 30", "@SUM(A1)", "v2", "Ronda 3",
               "tras la fase 2", "libre desde el 1", "=B2*12", "=SUM(C2:C9)", "=1+2"]


def _notice_sheet(path, header, cells):
    """Name, email and the notice column; formula-looking cells written as the text a recruiter typed."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", header])
    for number, cell in enumerate(cells):
        sheet.append([f"Persona {chr(65 + number)}", f"p{number}@example.com", cell])
        sheet.cell(row=sheet.max_row, column=3).data_type = "s"  # "=1+2" is text here, not a formula
    book.save(path)
    return path


@pytest.mark.parametrize("cell", NOT_NOTICES + ["semana 2", "día 1", "15/09", "nov-24", "2*12", "hasta 30",
                                                "disponible 15", "3 años", "15 negociable", "disponible el 1 de marzo"])
def test_a_number_among_other_words_is_no_notice_period(cell):
    with pytest.raises(values.Unparsed, match="not a notice period"):
        notice_period.notice_days(cell)


@pytest.mark.parametrize("cell, days", [
    ("1 mes negociable", 30), ("15 días (negociable)", 15), ("1 mes por contrato", 30), ("+/- 1 mes", 30),
    ("15 días desde oferta", 15), ("1 month (negotiable)", 30), ("1 mes desde el 15", 30), ("1 mes, negociable", 30)])
def test_a_notice_period_with_a_remark_is_read_and_the_cell_kept(cell, days):
    """The strict reading refused these too, and a column of them lost every notice (a regression pass): the
    period with its unit is stored, the cell goes to the notes, said."""
    with pytest.raises(values.PartlyRead, match="a notice period with a remark") as read:
        notice_period.notice_days(cell)
    assert read.value.value == days


@pytest.mark.parametrize("cell, days", [
    ("15", 15), (15, 15), ("15.0", 15), (15.0, 15), ("aprox. 15", 15), ("unos 15 días", 15), ("~2 semanas", 14),
    ("± 1 mes", 30), ("about 2 weeks", 14), ("1 mes de preaviso", 30), ("2 weeks' notice", 14), ("max 30", 30),
    ("more or less 1 month", 30), ("más de 1 mes", 30), ("+1 mes", 30), ("hasta 1 mes", 30), ("15d", 15),
    ("Preaviso: 15 días", 15), ("1 mes (aprox)", 30), ("15 días hábiles", 15), ("dentro de 2 semanas", 14),
    ("1 mes + 15 días", 45), ("dos semanas de preaviso", 14), ("un mes aprox.", 30)])
def test_a_notice_period_with_what_recruiters_write_around_it_is_read(cell, days):
    assert notice_period.notice_days(cell) == days


def test_a_time_word_needs_the_unit_to_make_a_period():
    """"hasta 30" or "disponible 15" may be a day of the month; with its unit it is a period."""
    assert (notice_period.notice_days("hasta 1 mes"), notice_period.notice_days("Disponible en 2 semanas")) == (30, 14)
    for cell in ("hasta 30", "disponible 15", "en 15"):
        with pytest.raises(values.Unparsed, match="not a notice period"):
            notice_period.notice_days(cell)


def test_cells_that_are_no_notice_period_are_kept_in_the_notes_and_said(tmp_path, store, services):
    path = _notice_sheet(tmp_path / "preaviso.xlsx", "Preaviso", ["1 mes", *NOT_NOTICES])

    report = import_candidates(store, path)

    assert report.created == 1 + len(NOT_NOTICES)
    assert services.candidates.find_by_email("p0@example.com").notice_days == 30
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (row, "Preaviso", cell, NOT_A_NOTICE) for row, cell in enumerate(NOT_NOTICES, start=3)]
    for number, cell in enumerate(NOT_NOTICES, start=1):
        person = services.candidates.find_by_email(f"p{number}@example.com")
        assert (person.notice_days, person.available_from, person.notes) == (None, None, f"Preaviso: {cell}")


def test_a_column_of_other_numbers_under_a_notice_header_goes_to_the_notes(tmp_path, store, services):
    """A "Disponibilidad" of quarters and interview rounds was every value a notice period: the column stayed one."""
    path = _notice_sheet(tmp_path / "rondas.xlsx", "Disponibilidad", ["Q1", "Q2", "Ronda 3", "v2"])
    inspection = inspect(store, path, rows=0)

    report = import_candidates(store, path, ImportOptions(targets=inspection.targets,
                                                          value_hints=inspection.value_hints))

    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (None, "Disponibilidad", "the column's values are not notice periods; kept in the notes")]
    person = services.candidates.find_by_email("p2@example.com")
    assert (person.notice_days, person.notes) == (None, "Disponibilidad: Ronda 3")


def test_a_column_of_notice_periods_with_remarks_stays_a_notice_column(tmp_path, store, services):
    """Every cell with a remark: the strict reading took the column for something else and no one got a notice."""
    cells = ["1 mes negociable", "15 días (negociable)", "1 month (negotiable)", "+/- 1 mes"]
    path = _notice_sheet(tmp_path / "preavisos.xlsx", "Preaviso", cells)
    inspection = inspect(store, path, rows=0)
    report = import_candidates(store, path, ImportOptions(targets=inspection.targets,
                                                          value_hints=inspection.value_hints))
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (row, "Preaviso", cell, "a notice period with a remark: the period is stored, the cell is kept in the notes")
        for row, cell in enumerate(cells, start=2)]
    stored = [services.candidates.find_by_email(f"p{n}@example.com") for n in range(4)]
    assert [(p.notice_days, p.notes) for p in stored] == [(30, "Preaviso: 1 mes negociable"),
                                                          (15, "Preaviso: 15 días (negociable)"),
                                                          (30, "Preaviso: 1 month (negotiable)"),
                                                          (30, "Preaviso: +/- 1 mes")]
