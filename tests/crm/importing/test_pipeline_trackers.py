"""Pipeline trackers in the shapes recruiters keep besides a log: a sheet per process (no role column) and
a column per stage (each holding the day the stage was reached)."""

from datetime import datetime

import openpyxl
import pytest
from import_fixtures import (
    plain_xlsx,
    two_roles_and_two_people,
)
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline


def _sheet_per_process(path, sheet_name, rows):
    """A tracker kept as a sheet per process: the process above the headers, no role column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name
    sheet.append(["Proceso: Backend Java para Acme"])
    sheet.append([])
    sheet.append(["Candidato", "Email", "Estado", "Fecha"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_sheet_per_process_is_imported_for_the_role_the_user_chooses(tmp_path, store, services):
    """Its rows were each refused with "no role with the reference ; import the roles first"."""
    two_roles_and_two_people(tmp_path, store)
    path = _sheet_per_process(tmp_path / "procesos.xlsx", "Backend",
                              [["Ana López", "ana@example.com", "Entrevista cliente", "02/03/2026"],
                               ["Luis Gil", "luis@example.com", "Descartado", "03/03/2026"]])
    with pytest.raises(ValueError, match="the sheet has no column naming the role"):
        import_pipeline(store, path)
    assert _applications(store) == []  # refused whole, before it wrote anything
    with pytest.raises(ValueError, match="no role with the reference VAC-99"):
        import_pipeline(store, path, ImportOptions(role="VAC-99"))

    report = import_pipeline(store, path, ImportOptions(role="vac-7"))

    assert (report.created, report.rejected, report.warnings) == (2, [], [])
    assert _applications(store) == [("ana@example.com", "VAC-7", "Client interview"),
                                    ("luis@example.com", "VAC-7", "Rejected")]


def test_a_sheet_without_a_role_column_named_after_a_role_is_that_roles(tmp_path, store, services):
    two_roles_and_two_people(tmp_path, store)
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Estado"], ["ana@example.com", "Contactado"])
    book = openpyxl.load_workbook(path)
    book.active.title = "VAC-7 Backend Acme"
    book.save(path)

    report = import_pipeline(store, path)

    assert (report.created, report.rejected) == (1, [])
    assert [w.reason for w in report.warnings] == [
        "rows that name no role are for VAC-7 (Backend Java), which the sheet's name names",
        "rows with no date, nor another row of the same application with one, dated today: 1"]
    assert _applications(store) == [("ana@example.com", "VAC-7", "Contacted")]

    # With a role column, an empty cell is not guessed from the sheet's name; the user's choice fills it.
    path = plain_xlsx(tmp_path / "p2.xlsx", ["Email", "Vacante", "Estado"], ["luis@example.com", None, "Contactado"],
                      ["ana@example.com", "VAC-8", "Contactado"])
    book = openpyxl.load_workbook(path)
    book.active.title = "VAC-7"
    book.save(path)
    assert [r.row for r in import_pipeline(store, path).rejected] == [2]
    report = import_pipeline(store, path, ImportOptions(role="VAC-7"))
    assert report.rejected == [] and [w.reason[:30] for w in report.warnings] == [  # (Ana's VAC-8 was there already)
        "this file was imported before ", "rows with no date, nor another row of the same app"[:30]]
    assert _applications(store) == [("ana@example.com", "VAC-7", "Contacted"), ("ana@example.com", "VAC-8", "Contacted"),
                                    ("luis@example.com", "VAC-7", "Contacted")]


def test_a_row_with_an_empty_role_says_so(tmp_path, store, services):
    two_roles_and_two_people(tmp_path, store)
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado"],
                                               ["ana@example.com", None, "Contactado"]))
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [
        (2, "Vacante", "the row names no role (its reference and title are empty)")]


def test_the_pipeline_preview_shows_the_role_chosen_for_the_sheet(tmp_path, store, services):
    from crm.importing.inspect import inspect, preview

    two_roles_and_two_people(tmp_path, store)
    path = _sheet_per_process(tmp_path / "procesos.xlsx", "Backend", [["Ana López", "ana@example.com", "Contactado", None]])
    inspection = inspect(store, path, "pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    assert rows[0]["rejected"].startswith("the sheet has no column naming the role")
    fields, rows = preview(inspection, inspection.targets, role="VAC-8")
    assert "reference" in fields and (rows[0]["reference"], rows[0]["stage"]) == ("VAC-8", "Contacted")
    # A role added after the file was opened is not known to its preview yet: its rows wait for a choice.
    assert preview(inspection, inspection.targets, role="VAC-99")[1][0]["rejected"].startswith("the sheet has no")


def _applications(store):
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT c.email, r.reference, s.name FROM application a JOIN candidate c ON c.id = a.candidate_id "
            "JOIN role r ON r.id = a.role_id JOIN stage s ON s.id = a.stage_id ORDER BY c.email, r.reference"))]


def _matrix(path, *rows):
    """A tracker kept as a column per stage, each holding the day the stage was reached."""
    headers = ["Candidato", "Email", "Vacante", "Contactado", "Fecha entrevista", "Enviado a cliente", "Oferta",
               "Descartado", "Comentarios"]
    return plain_xlsx(path, headers, *rows)


def test_a_tracker_with_a_column_per_stage_gives_each_application_its_history(tmp_path, store, services):
    """Such a sheet has no stage column: every row was refused ("not a known stage")."""
    two_roles_and_two_people(tmp_path, store)
    import_candidates(store, plain_xlsx(tmp_path / "c2.xlsx", ["Nombre", "Email"], ["Eva Sanz", "eva@example.com"]))
    path = _matrix(tmp_path / "matriz.xlsx",
                   ["Ana López", "ana@example.com", "VAC-7", datetime(2026, 3, 2), "05/03/2026", "x", None, None,
                    "Buen perfil"],
                   ["Luis Gil", "luis@example.com", "VAC-7", "03/03/2026", "no", None, None, "09/03/2026", "Salario"],
                   ["Eva Sanz", "eva@example.com", "VAC-7", "pendiente", "Luis Gil", None, None, None, None])

    report = import_pipeline(store, path)

    assert (report.created, report.rejected) == (3, [])
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (4, "Fecha entrevista", "Luis Gil", "not a date, nor a mark that the stage was reached; not recorded")]
    role = services.roles.get_by_reference("VAC-7").id
    def history(email):
        application = services.pipeline.find(services.candidates.find_by_email(email).id, role)
        return [(h.to_stage, h.changed_at.date().isoformat(), h.note) for h in services.pipeline.history(application.id)]
    # In date order (on the same day, the stages' order), a mere mark ("x") on the row's latest day; the
    # comment with the stage the row ends in.
    assert history("ana@example.com") == [("Contacted", "2026-03-02", None), ("Submitted to client", "2026-03-05", None),
                                          ("Client interview", "2026-03-05", "Buen perfil")]
    assert history("luis@example.com") == [("Contacted", "2026-03-03", None), ("Rejected", "2026-03-09", "Salario")]
    assert [h[0] for h in history("eva@example.com")] == ["Sourced"]  # listed for the role, no stage reached yet

    again = import_pipeline(store, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)  # rows, not stages


def test_a_row_of_a_stage_column_sheet_that_reached_nothing_never_moves_an_application_back(tmp_path, store, services):
    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado"],
                                      ["ana@example.com", "VAC-7", "Oferta"]))
    report = import_pipeline(store, _matrix(tmp_path / "matriz.xlsx",
                                            ["Ana López", "ana@example.com", "VAC-7", None, None, None, None, None, None]))
    ana = services.candidates.find_by_email("ana@example.com")
    assert services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-7").id).stage == "Offer"
    assert (report.created, report.updated, report.skipped) == (0, 0, 1)


def test_the_pipeline_preview_shows_where_a_stage_column_row_ends(tmp_path, store, services):
    from crm.importing.inspect import inspect, preview

    two_roles_and_two_people(tmp_path, store)
    path = _matrix(tmp_path / "matriz.xlsx",
                   ["Ana López", "ana@example.com", "VAC-7", "02/03/2026", "05/03/2026", "x", None, None, None])
    inspection = inspect(store, path, "pipeline")
    assert inspection.targets[3:8] == ["stage_dates"] * 5 and inspection.targets[:3] == ["name", "email", "reference"]
    fields, rows = preview(inspection, inspection.targets)
    assert fields == ["name", "email", "reference", "stage", "date", "comment"]  # where the stage columns are
    # As the import applies them: on the same day, the later stage of the two (the interview, after the CV sent)
    assert (rows[0]["stage"], rows[0]["date"].isoformat()) == ("Client interview", "2026-03-05")


def test_a_tracker_naming_candidates_by_name_is_read_before_an_address_book_beside_it(tmp_path, store, services):
    """The candidate lists' rule (a sheet naming its people wins) took the address book for the pipeline."""
    import openpyxl

    two_roles_and_two_people(tmp_path, store)
    path = tmp_path / "procesos.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Procesos"
    book.active.append(["Candidato", "Vacante", "Fase", "Fecha", "Comentario"])
    book.active.append(["Ana López", "VAC-7", "Contactado", "02/03/2026", "Primer contacto"])
    book.active.append(["Luis Gil", "VAC-8", "Contactado", "03/03/2026", None])
    contacts = book.create_sheet("Candidatos")
    contacts.append(["Nombre", "Email", "Teléfono", "Ciudad"])
    contacts.append(["Ana López", "ana@example.com", "600112233", "Madrid"])
    book.save(path)
    report = import_pipeline(store, path)
    assert (report.sheet, report.created) == ("Procesos", 2)
