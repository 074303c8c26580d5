"""The sheet an import reads when the user names none, and what it says of the workbook's other sheets."""

import re
import zipfile

import openpyxl

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.inspect import inspect
from crm.importing.sheets import OTHER_LISTS, UNREADABLE_SHEET

HEADERS = ["Nombre", "Apellidos", "Email", "Teléfono", "Ciudad", "Tecnologías"]


def _monthly_tracker(path):
    """A tab per month, the same columns, and a lookup list of cities and skills."""
    book = openpyxl.Workbook()
    book.active.title = "Listas"
    book.active.append(["Ciudades", "Tecnologías"])
    book.active.append(["Madrid", "Java"])
    for month, people in (("Septiembre", 2), ("Octubre", 4), ("Noviembre", 1)):
        sheet = book.create_sheet(month)
        sheet.append(HEADERS)
        for n in range(people):
            sheet.append([f"Persona{n}", f"{month} López", f"{month.lower()}{n}@example.com", None, "Madrid", "Java"])
    book.save(path)
    return path


def test_a_workbook_with_a_list_per_month_says_the_other_months_were_not_read(tmp_path, store, services):
    """Three people of September and November were left out without a word (exit 0, no warning)."""
    path = _monthly_tracker(tmp_path / "seguimiento.xlsx")
    opened = inspect(store, path).warnings  # what the import window says as it opens the file
    report = import_candidates(store, path)
    assert report.sheet == "Octubre" and report.created == 4
    said = [w.reason for w in report.warnings if w.row is None]
    assert said == [OTHER_LISTS.format(sheets="Septiembre, Noviembre", sheet="Octubre")]  # not 'Listas'
    assert opened == said  # the window says it too
    # Each month on its own, chosen by the user: nothing more to say.
    report = import_candidates(store, path, ImportOptions(sheet="Noviembre"))
    assert report.created == 1 and not [w for w in report.warnings if w.row is None]
    assert services.candidates.count() == 5


def test_a_list_sheet_that_cannot_be_read_is_named_when_another_sheet_is_read_instead(tmp_path, store):
    """The candidate sheet claiming a huge size was passed over in silence: the lookup list was imported in
    its place, its rows rejected, and nothing said why."""
    path = _monthly_tracker(tmp_path / "seguimiento.xlsx")
    with zipfile.ZipFile(path) as source:
        members = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            if name == "xl/worksheets/sheet3.xml":  # Octubre
                data = re.sub(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:XFD1048576"', data)
            target.writestr(name, data)
    report = import_candidates(store, path, ImportOptions(dry_run=True))
    assert report.sheet == "Septiembre"
    said = [w.reason for w in report.warnings if w.row is None]
    assert said[0].startswith(UNREADABLE_SHEET.format(sheet="Septiembre", problem="seguimiento.xlsx, sheet 'Octubre': "
                                                      "the sheet claims 1,048,576 rows x 16,384 columns"))
    assert said[1] == OTHER_LISTS.format(sheets="Noviembre", sheet="Septiembre")


def test_a_list_of_people_wins_over_a_lookup_list_naming_more_fields(tmp_path, store):
    """The drop-downs' sheet (statuses, sources, cities, levels) names more fields than the list, and
    nobody: the list is the one that names its people."""
    path = tmp_path / "tracker.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Listas"
    book.active.append(["Estado", "Fuente", "Ciudad", "Seniority", "Modalidad", "Nivel inglés"])
    for values in (["Activo", "LinkedIn", "Madrid", "Junior", "Remoto", "B2"],
                   ["Colocado", "InfoJobs", "Sevilla", "Senior", "Híbrido", "C1"]):
        book.active.append(values)
    people = book.create_sheet("Candidatos")
    people.append(["Candidato", "Email", "Teléfono", "Fuente"])
    people.append(["Ana Núñez", "ana@example.com", "600112233", "LinkedIn"])
    book.save(path)
    report = import_candidates(store, path)
    assert (report.sheet, report.created, report.rejected) == ("Candidatos", 1, [])
    assert not any("other sheets" in w.reason for w in report.warnings)


def test_a_hidden_sheet_is_not_read_before_the_list_excel_shows(tmp_path, store):
    path = tmp_path / "con_copia.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Candidatos"
    book.active.append(HEADERS)
    book.active.append(["Ana", "Núñez", "ana@example.com", None, "Madrid", "Java"])
    old = book.create_sheet("Candidatos 2019 (old)")
    old.sheet_state = "hidden"
    old.append(HEADERS)
    for n in range(10):
        old.append(["Antiguo", f"Pérez {n}", f"old{n}@example.com", None, "Madrid", "Java"])
    book.save(path)
    report = import_candidates(store, path)
    assert (report.sheet, report.created) == ("Candidatos", 1)


def test_a_hidden_sheet_naming_more_fields_wins_over_a_visible_summary(tmp_path, store):
    """A visible summary (recruiter, name, counts) over the hidden data: the data is the list."""
    path = tmp_path / "resumen.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Resumen"
    book.active.append(["Recruiter", "Nombre", "Candidatos"])
    book.active.append(["Marta", "Marta Gil", 3])
    data = book.create_sheet("Datos")
    data.sheet_state = "hidden"
    data.append(HEADERS)
    data.append(["Ana", "Núñez", "ana@example.com", None, "Madrid", "Java"])
    book.save(path)
    assert import_candidates(store, path).sheet == "Datos"
