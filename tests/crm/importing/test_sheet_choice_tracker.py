"""The sheet a yearly tracker (a tab per month) is imported from when the user names none: the month with the
people, not a hidden template, an example row or the clients' contacts; of alike months, the one it was saved on."""

import openpyxl

from crm.importing.importer import import_candidates
from crm.importing.inspect import inspect
from crm.importing.sheets import OTHER_LISTS

MONTH = ["Nombre", "Email", "Teléfono", "Ciudad", "Pretensión", "Estado", "Observaciones"]
TEMPLATE = [*MONTH, "LinkedIn", "Tecnologías", "Preaviso", "Fuente", "Años de experiencia", "Modalidad"]
PEOPLE = [["Ana García López", "ana@example.com", "612345678", "Madrid", 45000, "Activo", None],
          ["Pablo Torres Gil", "pablo@example.com", "677001122", "Madrid", 40000, "Activo", None],
          ["Lucía Fernández Sánchez", "lucia@example.com", "699887766", "Sevilla", 38000, "Activo", None]]


def _titled(sheet, header, *rows):
    sheet["A1"] = f"CANDIDATOS {sheet.title.upper()} 2026"
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)


def _with_template(path, hidden):
    book = openpyxl.Workbook()
    book.active.title = "Resumen"
    book.active.append(["Mes", "Candidatos"])
    book.active.append(["Enero", "=COUNTA(Enero!A4:A100)"])
    _titled(book.create_sheet("Enero"), MONTH, *PEOPLE)
    template = book.create_sheet("Plantilla")
    _titled(template, TEMPLATE, ["Nombre Apellido Apellido", "correo@ejemplo.com", "600000000", "Ciudad", 0, "Activo",
                                 "Fila de ejemplo: copiar la hoja y borrar esta fila"])
    if hidden:
        template.sheet_state = "hidden"
    book.save(path)
    return path


def _names(services):
    return sorted(f"{c.first_name} {c.last_name}".strip() for c in services.candidates.iter_all())


def test_a_hidden_template_with_an_example_row_is_not_the_default(tmp_path, store, services):
    """The hidden "Plantilla" (more columns, one example row) was imported: "Nombre Apellido Apellido" created,
    January's three people not, and no word of Enero."""
    path = _with_template(tmp_path / "plantilla_oculta.xlsx", hidden=True)
    report = import_candidates(store, path)
    assert (report.sheet, report.created) == ("Enero", 3)
    assert "Nombre Apellido Apellido" not in _names(services)
    assert not [w for w in report.warnings if "Plantilla" in w.reason]  # (not offered as another list either)


def test_a_visible_template_with_one_example_row_does_not_beat_the_month(tmp_path, store):
    path = _with_template(tmp_path / "plantilla.xlsx", hidden=False)
    assert inspect(store, path).sheet == "Enero"
    assert (report := import_candidates(store, path)).sheet == "Enero" and report.created == 3


def test_the_clients_contacts_do_not_beat_the_month_naming_its_people(tmp_path, store, services):
    """Clientes (Empresa | Persona de contacto | Email | Teléfono | Ciudad) names more fields than the month:
    its four contacts were imported as candidates with no name, January's people not."""
    path = tmp_path / "enero_con_clientes.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Resumen"
    _titled(book.create_sheet("Enero"), ["Nombre", "Teléfono", "Estado", "Observaciones"],
            ["Ana García López", "612345678", "Activo", None], ["Pablo Torres Gil", "677001122", "Activo", None])
    clients = book.create_sheet("Clientes")
    clients.append(["Empresa", "Persona de contacto", "Email", "Teléfono", "Ciudad", "Observaciones"])
    for n, (company, contact) in enumerate((("Acme", "Rosa Delgado Marín"), ("Globex", "Luis Prieto"),
                                            ("Initech", "Marta Vidal"), ("Umbrella", "Jon Ortiz"))):
        clients.append([company, contact, f"contacto{n}@{company.lower()}.es", f"91555000{n}", "Madrid", None])
    book.save(path)
    report = import_candidates(store, path)
    assert (report.sheet, report.created) == ("Enero", 2)
    assert _names(services) == ["Ana García López", "Pablo Torres Gil"]
    assert [w.reason for w in report.warnings if w.row is None] == [OTHER_LISTS.format(sheets="Clientes",
                                                                                       sheet="Enero")]


def test_of_alike_months_the_one_the_workbook_was_saved_on_is_read(tmp_path, store):
    """Mayo (the first month with a LinkedIn column: one known column more) was read, though the workbook was
    saved on Diciembre."""
    path = tmp_path / "seguimiento.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Resumen"
    for n, month in enumerate(("Enero", "Mayo", "Diciembre")):
        header = [*MONTH, "LinkedIn"] if month != "Enero" else MONTH
        _titled(book.create_sheet(month), header, *[[*person[:1], f"{month.lower()}{n}{i}@example.com", *person[2:]]
                                                    for i, person in enumerate(PEOPLE[:2])])
    book.active = book.sheetnames.index("Diciembre")
    book.save(path)
    report = import_candidates(store, path)
    assert (report.sheet, report.created) == ("Diciembre", 2)
    assert [w.reason for w in report.warnings if w.row is None] == [
        OTHER_LISTS.format(sheets="Enero, Mayo", sheet="Diciembre")]
    assert inspect(store, path).sheet == "Diciembre"  # the import window opens on it too


def test_a_hidden_sheet_of_other_people_is_still_named(tmp_path, store):
    """Hiding a template from "other sheets look like lists too" hid a hidden sheet of six other people too."""
    book = openpyxl.Workbook()
    book.active.title = "Enero"
    _titled(book.active, MONTH, *PEOPLE)
    old = book.create_sheet("Antiguos")
    _titled(old, MONTH, *[[f"Persona {n} Gil", f"p{n}@example.com", None, "Vigo", None, "Activo", None]
                          for n in range(6)])
    old.sheet_state = "hidden"
    book.save(tmp_path / "h.xlsx")
    report = import_candidates(store, tmp_path / "h.xlsx")
    assert report.sheet == "Enero" and [w for w in report.warnings if "Antiguos" in w.reason]
