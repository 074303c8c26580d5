"""A recruiter's month sheet: group titles merged across the list between its people, and the month's summary
(counts by status and source, averages, loose count lines) below it. None of those rows is a person; each is
left out and said once, with its row."""

import openpyxl
import pytest
from openpyxl.styles import Font, PatternFill

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.sheets import GROUP_TITLE, MAYBE_A_TITLE, SUMMARY_LINE

HEADER = ["Nombre", "Email", "Teléfono", "Ciudad", "Estado", "Observaciones"]


def _month(path, rows, merged=()):
    """A month as the recruiter keeps it: a title merged over the list, a blank row, the header on row 3."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Octubre"
    sheet["A1"] = "CANDIDATOS OCTUBRE 2026"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    for ref in merged:
        sheet.merge_cells(ref)
        sheet[ref.split(":")[0]].fill = PatternFill("solid", fgColor="D9E1F2")
        sheet[ref.split(":")[0]].font = Font(bold=True)
    book.save(path)
    return path


def _names(services):
    return sorted(f"{c.first_name} {c.last_name}".strip() for c in services.candidates.iter_all())


@pytest.mark.parametrize("fill_merged", [False, True])
def test_group_titles_merged_across_the_list_are_left_out_each_said_once(tmp_path, store, services, fill_merged):
    """The first group title was rejected, the next two created as candidates "Globex - Frontend React" and
    "Segunda Quincena", each with five warnings about its 'empty' merged cells."""
    path = _month(tmp_path / "octubre.xlsx", [
        ["ACME TECH - Backend Java (VAC-2026-014)"],
        ["Ana García López", "ana@example.com", "612345678", "Madrid", "Activo", None],
        ["Pablo Torres Gil", "pablo@example.com", "677001122", "Madrid", "Activo", None],
        ["GLOBEX - Frontend React"],
        ["Lucía Fernández Sánchez", "lucia@example.com", "699887766", "Sevilla", "Activo", None],
        ["Segunda quincena"],
        ["David Molina Serrano", "david@example.com", "666778899", "Málaga", "Activo", None],
    ], merged=("A4:F4", "A7:F7", "A9:F9"))
    report = import_candidates(store, path, ImportOptions(fill_merged=fill_merged))
    assert (report.created, report.rejected) == (4, [])
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (4, None, "ACME TECH - Backend Java (VAC-2026-014)", GROUP_TITLE),
        (7, None, "GLOBEX - Frontend React", GROUP_TITLE),
        (9, None, "Segunda quincena", GROUP_TITLE)]
    assert _names(services) == ["Ana García López", "David Molina Serrano", "Lucía Fernández Sánchez",
                                "Pablo Torres Gil"]


def test_a_name_merged_over_two_cells_of_six_is_still_a_person(tmp_path, store, services):
    path = _month(tmp_path / "octubre.xlsx", [
        ["Ana García López", "ana@example.com", "612345678", "Madrid", None, None],
        ["Eva Mora Gil"]], merged=("A5:B5",))
    report = import_candidates(store, path)
    assert report.created == 2 and _names(services) == ["Ana García López", "Eva Mora Gil"]


def test_the_months_summary_block_below_the_list_is_no_person(tmp_path, store, services):
    """"RESUMEN DEL MES", "Estado | Nº", "Nuevo | 1" ... "LinkedIn | 2", "InfoJobs | 1" became 8 candidates named
    after statuses and sources; the counts were read as emails."""
    path = _month(tmp_path / "marzo.xlsx", [
        ["Ana García López", "ana@example.com", "612345678", "Madrid", "Activo", "contraoferta"],
        ["Marta Jiménez Díaz", "marta@example.com", "611223344", "Bilbao", "Activo", None],
        [], [],
        ["RESUMEN DEL MES"], ["Estado", "Nº"], ["Nuevo", 1], ["Entrevista", 1], ["Contratada", 0], ["Total", 2],
        [], ["Origen", "Nº"], ["LinkedIn", 1], ["InfoJobs", 1]])
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    assert _names(services) == ["Ana García López", "Marta Jiménez Díaz"]
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [
        (8, "RESUMEN DEL MES", SUMMARY_LINE), (9, "Estado, Nº", SUMMARY_LINE), (10, "Nuevo, 1", SUMMARY_LINE),
        (11, "Entrevista, 1", SUMMARY_LINE), (12, "Contratada, 0", SUMMARY_LINE), (15, "Origen, Nº", SUMMARY_LINE),
        (16, "LinkedIn, 1", SUMMARY_LINE), (17, "InfoJobs, 1", SUMMARY_LINE)]


def test_loose_count_lines_under_the_list_are_no_people(tmp_path, store, services):
    """"Pretensión media", "Contratados", "Pendientes de llamar: 3", "Candidatos por fuente" were created as
    candidates, with no warning."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nombre", "Email", "Teléfono", "Pretensión", "Estado", "Observaciones"],
                ["Ana García López", "ana@example.com", "612345678", "45k", "Activo", "llamada 1"],
                ["Pablo Torres Gil", "pablo@example.com", "677001122", "40k", "Activo", None], [],
                ["Pretensión media", None, None, 42500], ["Contratados", None, None, None, 0],
                ["Pendientes de llamar: 3"], ["Candidatos por fuente", None, None, None, None, "LinkedIn 1, Web 1"]):
        sheet.append(row)
    book.save(tmp_path / "enero.xlsx")
    report = import_candidates(store, tmp_path / "enero.xlsx")
    assert (report.created, report.rejected) == (2, [])
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [
        (5, "Pretensión media, 42500", SUMMARY_LINE), (6, "Contratados, 0", SUMMARY_LINE),
        (7, "Pendientes de llamar: 3", SUMMARY_LINE), (8, "Candidatos por fuente, LinkedIn 1, Web 1", SUMMARY_LINE)]


def test_people_after_a_break_are_still_people_whatever_they_hold(tmp_path, store, services):
    """A person with a name and a salary, or a name only, below a blank row is no summary line."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nombre", "Email", "Teléfono", "Pretensión"],
                ["Ana García López", "ana@example.com", None, None], [],
                ["Eva Mora", None, None, 42000], [], ["Luis Gil"], ["Sara Ruiz", None, "600111333", None]):
        sheet.append(row)
    book.save(tmp_path / "personas.xlsx")
    report = import_candidates(store, tmp_path / "personas.xlsx")
    assert (report.created, report.rejected) == (4, [])
    assert _names(services) == ["Ana García López", "Eva Mora", "Luis Gil", "Sara Ruiz"]
    assert [(w.row, w.reason) for w in report.warnings] == [(6, MAYBE_A_TITLE)]


def test_a_name_merged_as_wide_as_its_merged_header_is_a_person(tmp_path, store, services):
    """A tracker whose "Nombre" is merged over A:C, as each name below it: Pedro, with no contact yet, was left
    out as "a title across the list"."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", None, None, "Email", "Teléfono", "Ciudad"])
    sheet.merge_cells("A1:C1")
    for at, person in enumerate([["Ana Gil Ruiz", None, None, "ana@example.com", "612345670", "Madrid"],
                                 ["Pedro Gil Marín", None, None, None, None, None],
                                 ["Eva Mora Sanz", None, None, "eva@example.com", None, "Vigo"]], start=2):
        sheet.append(person)
        sheet.merge_cells(f"A{at}:C{at}")
    book.save(tmp_path / "lista.xlsx")
    report = import_candidates(store, tmp_path / "lista.xlsx")
    assert report.created == 3 and "Pedro Gil Marín" in _names(services)
    assert not [w for w in report.warnings if w.reason == GROUP_TITLE]


def test_people_added_under_a_summary_in_its_shape_are_people(tmp_path, store, services):
    """"Lola Vidal Soto | 45000" under "Nuevo | 1" had the summary line's shape and was left out as one."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nombre", "Pretensión"], ["Ana Gil", 40000], ["Eva Mora", 42000], [], ["Nuevo", 1], ["Entrevista", 1],
                ["Lola Vidal Soto", 45000], ["Marcos de la Fuente", 39000]):
        sheet.append(row)
    book.save(tmp_path / "marzo.xlsx")
    report = import_candidates(store, tmp_path / "marzo.xlsx")
    assert _names(services) == ["Ana Gil", "Eva Mora", "Lola Vidal Soto", "Marcos de la Fuente"]
    assert [w.row for w in report.warnings if w.reason == SUMMARY_LINE] == [5, 6]
