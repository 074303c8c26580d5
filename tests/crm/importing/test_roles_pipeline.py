"""Roles with their clients, then a pipeline kept in a spreadsheet."""

from datetime import date, datetime

import pytest
from import_fixtures import messy_spanish_xlsx, pipeline_xlsx, plain_xlsx, roles_xlsx
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import BAND_REMARK, SWAPPED_BAND, fee_percent, import_roles
from crm.importing.undo import undo_import


def test_roles_with_clients_salary_bands_fees_and_status_words(tmp_path, store, services):
    report = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    assert report.created == 4
    assert [(r.row, r.reason) for r in report.rejected] == [(6, "a role needs a client")]
    clients = services.companies.list_all()
    assert sorted(c.name for c in clients) == ["Acme Tech S.L.", "Banco Meridiano S.A."]  # SL / SA spellings merged
    first = services.roles.get_by_reference("VAC-T-001")
    assert (first.client, first.salary_min, first.salary_max, first.fee_percent) == ("Acme Tech S.L.", 40000, 50000, 20.0)
    assert (first.seniority, first.remote_policy, first.status, first.openings) == ("senior", "hybrid", "active", 2)
    assert [s.name for s in first.required_skills] == ["Django", "Python"]
    assert [s.name for s in first.nice_skills] == ["AWS", "Docker"]
    second = services.roles.get_by_reference("VAC-T-002")
    assert (second.salary_min, second.salary_max, second.fee_percent, second.status, second.seniority) == (
        40000, 50000, 20.0, "on_hold", "mid")
    third = services.roles.get_by_reference("VAC-T-003")
    assert (third.salary_min, third.salary_max, third.fee_percent, third.status) == (35000, 35000, 20.0, "filled")
    fourth = services.roles.get_by_reference("VAC-T-004")
    assert fourth.seniority is None and fourth.status == "closed"
    assert "Seniority: Guru" in fourth.description and "muy bien pagado" in fourth.description
    assert {(w.row, w.column) for w in report.warnings} == {(5, "Seniority"), (5, "Salario (rango)")}

    again = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    assert (again.created, again.updated) == (0, 0)


def test_undoing_a_roles_import_takes_back_the_skills_it_added(tmp_path, store, services):
    with store.engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM skill ORDER BY id")).all()
    report = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    undo_import(store, report.batch_id)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM skill ORDER BY id")).all() == before


def test_a_roles_list_without_references_imported_again_creates_nothing(tmp_path, store, services):
    """Most trackers have no reference column: a role is then its client, title and location (and opening
    date, when the file gives one). The second import created every role again."""
    headers = ["Cliente", "Puesto", "Ubicación", "Salario", "Fecha apertura"]
    rows = [["Acme SL", "Backend Engineer", "Madrid", "40-50k", None],
            ["Acme SL", "Backend Engineer", "Barcelona", "40-50k", None],
            ["Beta SA", "Data Engineer", None, None, "01/03/2026"],
            ["Beta SA", "Data Engineer", None, "55k", "01/09/2026"]]
    first = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", headers, *rows))
    assert (first.created, first.warnings) == (4, [])
    # The same roles again, as the tracker has them a month later: written differently, a band filled in.
    later = [["ACME, S.L.", "backend engineer", "MADRID", "40-50k", None],
             ["Acme SL", "Backend Engineer", "Barcelona", "40-50k", None],
             ["Beta SA", "Data Engineer", None, "60k", "01/03/2026"],
             ["Beta SA", "Data Engineer", None, "55k", "01/09/2026"],
             ["Beta SA", "Data Engineer", "Sevilla", None, None]]
    again = import_roles(store, plain_xlsx(tmp_path / "vacantes2.xlsx", headers, *later))
    assert (again.created, again.updated, again.skipped) == (1, 1, 3)
    march = [r for r in services.roles.list_all() if r.opened_on == date(2026, 3, 1)]
    assert [(r.title, r.salary_min) for r in march] == [("Data Engineer", 60000)]

    # Within one file, a row repeating another's client, title and location is that role again.
    twice = import_roles(store, plain_xlsx(tmp_path / "twice.xlsx", ["Cliente", "Puesto"],
                                           ["Gamma", "QA Engineer"], ["GAMMA", "QA engineer"]))
    assert (twice.created, twice.skipped) == (1, 1)
    assert [(w.row, w.reason) for w in twice.warnings] == [(3, "the same client, title and location as row 2; skipped")]


def test_fee_written_three_ways():
    assert fee_percent(20) == fee_percent("20%") == fee_percent(0.2) == fee_percent("20 %") == 20.0


def test_pipeline_creates_applications_with_history_and_undoes(tmp_path, store, services):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    rows = [
        ["jose.nunez@example.com", "VAC-T-001", "Contactado", datetime(2026, 3, 2), "Primer contacto"],
        ["JOSE.NUNEZ@example.com", "vac-t-001", "Entrevista telefónica", "05/03/2026", "Bien"],
        ["jose.nunez@example.com", "VAC-T-001", "Enviado a cliente", datetime(2026, 3, 9), None],
        ["ana.garcia@example.com", "VAC-T-002", "Descartado por cliente", datetime(2026, 3, 3), "Sin Spark"],
        ["nobody@example.com", "VAC-T-001", "Contactado", None, None],
        ["jordi@example.com", "VAC-T-999", "Contactado", None, None],
        ["jordi@example.com", "VAC-T-001", "Bailando", None, None],
    ]
    report = import_pipeline(store, pipeline_xlsx(tmp_path / "seguimiento.xlsx", rows))
    assert report.created == 2 and len(report.rejected) == 3
    assert [r.row for r in report.rejected] == [6, 7, 8]
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    role = services.roles.get_by_reference("VAC-T-001")
    application = services.pipeline.find(jose.id, role.id)
    assert application.stage == "Submitted to client"
    history = services.pipeline.history(application.id)
    assert [(h.from_stage, h.to_stage, h.changed_at.date().isoformat(), h.note) for h in history] == [
        (None, "Contacted", "2026-03-02", "Primer contacto"),
        ("Contacted", "Screening", "2026-03-05", "Bien"),
        ("Screening", "Submitted to client", "2026-03-09", None)]
    ana = services.candidates.find_by_email("ana.garcia@example.com")
    rejected = services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-T-002").id)
    assert (rejected.stage, rejected.rejection_reason) == ("Rejected", "Rejected by client")

    undo_import(store, report.batch_id)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM application")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM stage_change")).scalar() == 0


def test_a_sentence_in_a_roles_skills_goes_to_its_description(tmp_path, store, services):
    report = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Skills requeridas"],
                                            ["VAC-9", "Acme", "Backend", "Go, Kafka, valorable haber trabajado en el sector seguros"]))
    assert report.created == 1
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (2, "Skills requeridas", "a sentence among the skills; kept in the description")]
    with store.engine.connect() as connection:
        description = connection.execute(text("SELECT description FROM role")).scalar()
        skills = connection.execute(text("SELECT s.name FROM role_skill r JOIN skill s ON s.id = r.skill_id "
                                         "ORDER BY s.name")).scalars().all()
    assert "valorable haber trabajado en el sector seguros" in description and skills == ["Go", "Kafka"]

    # A number there (years, in the wrong column) is no skill either.
    numbered = import_roles(store, plain_xlsx(tmp_path / "numbered.xlsx", ["Ref.", "Cliente", "Puesto", "Skills requeridas"],
                                              ["VAC-10", "Acme", "Backend", "Go, 3"]))
    assert [(w.row, w.column, w.reason) for w in numbered.warnings] == [
        (2, "Skills requeridas", "a number among the skills; kept in the description")]
    role = services.roles.get_by_reference("VAC-10")
    assert [s.name for s in role.required_skills] == ["Go"] and "Skills requeridas: Go, 3" in role.description


def test_a_band_given_as_a_maximum_only(tmp_path, store, services):
    import xlsxwriter

    path = tmp_path / "vacantes.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Vacantes")
    sheet.write_row(0, 0, ["Ref.", "Cliente", "Puesto", "Salario (rango)"])
    sheet.write_row(1, 0, ["VAC-9", "Acme Tech S.L.", "Backend Engineer", "hasta 60k"])
    book.close()
    report = import_roles(store, path)
    role = services.roles.get_by_reference("VAC-9")
    assert report.created == 1 and not report.warnings and (role.salary_min, role.salary_max) == (None, 60000)


def test_a_pipeline_row_naming_two_addresses_finds_its_candidate_by_the_first(tmp_path, store, services):
    """It used to stop the whole import ("more than one email address ...; nothing was imported")."""
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    rows = [["jose.nunez@example.com; jnunez@gmail.com", "VAC-T-001", "Contactado", datetime(2026, 3, 2), None],
            ["ana.garcia@example.com", "VAC-T-002", "Contactado", datetime(2026, 3, 2), None]]
    report = import_pipeline(store, pipeline_xlsx(tmp_path / "seguimiento.xlsx", rows))
    assert (report.created, report.rejected) == (2, [])
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (2, "Email candidato", "more than one email address: the candidate is looked up by the first")]
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    assert services.pipeline.find(jose.id, services.roles.get_by_reference("VAC-T-001").id).stage == "Contacted"


def test_role_and_pipeline_cells_that_say_there_is_nothing_are_empty(tmp_path, store, services):
    roles = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación", "Salario", "Estado"],
                       ["VAC-9", "Acme SL", "Backend Java", "-", "N/A", "?"])
    report = import_roles(store, roles)
    assert (report.created, report.warnings) == (1, [])
    role = services.roles.get_by_reference("VAC-9")
    assert (role.location, role.salary_min, role.status, role.description) == (None, None, "active", None)

    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    pipeline = pipeline_xlsx(tmp_path / "seguimiento.xlsx",
                             [["jose.nunez@example.com", "VAC-9", "Contactado", "-", "-"]])
    report = import_pipeline(store, pipeline)
    assert (report.created, report.warnings) == (1, [])
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    history = services.pipeline.history(services.pipeline.find(jose.id, role.id).id)
    assert [(h.to_stage, h.note) for h in history] == [("Contacted", None)]


def test_a_band_with_a_remark_keeps_the_band_and_the_remark(tmp_path, store, services):
    """"40-50k (+ variable)" left the role without a band ("not an amount"); a recruiter matches on it."""
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Banda salarial"],
                      ["VAC-1", "Acme", "Backend Java", "40-50k (+ variable)"],
                      ["VAC-2", "Acme", "Data Engineer", "45.000 € + bonus"])
    report = import_roles(store, path)
    first, second = services.roles.get_by_reference("VAC-1"), services.roles.get_by_reference("VAC-2")
    assert report.created == 2 and not report.rejected
    assert (first.salary_min, first.salary_max, second.salary_min, second.salary_max) == (40000, 50000, 45000, 45000)
    assert first.description == "Banda salarial: 40-50k (+ variable)"
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (2, "Banda salarial", "40-50k (+ variable)", BAND_REMARK), (3, "Banda salarial", "45.000 € + bonus", BAND_REMARK)]


def test_the_roles_preview_shows_a_band_written_with_a_remark(tmp_path):
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Banda salarial"],
                      ["VAC-1", "Acme", "Backend Java", "40-50k (+ variable)"])
    inspection = inspect(None, path, kind="roles")
    _fields, rows = preview(inspection, inspection.targets)
    assert (rows[0]["salary_min"], rows[0]["salary_max"]) == (40000, 50000)
    assert rows[0]["description"] == "Banda salarial: 40-50k (+ variable)"  # as the import will keep it


def test_a_role_field_given_two_columns_loses_neither(tmp_path, store, services):
    """Two columns imported as one field: a role's skills add up; a second title or description is kept in
    the description. The later column used to overwrite the earlier one."""
    from crm.importing.importer import ImportOptions

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Puesto (cliente)", "Lenguajes",
                                                   "Frameworks", "Descripción", "Requisitos"],
                      ["VAC-1", "Acme", "Backend Java", "Ingeniero/a de software II", "Java, Kotlin", "Spring",
                       "Equipo de pagos", "3 años de Java"])
    targets = ["reference", "client", "title", "title", "required_skills", "required_skills", "description",
               "description"]
    report = import_roles(store, path, ImportOptions(targets=targets))
    role = services.roles.get_by_reference("VAC-1")
    assert (report.created, report.warnings, role.title) == (1, [], "Backend Java")
    assert role.description == ("Equipo de pagos\nPuesto (cliente): Ingeniero/a de software II\n"
                                "Requisitos: 3 años de Java")
    with store.engine.connect() as connection:
        skills = connection.execute(text("SELECT s.name FROM role_skill r JOIN skill s ON s.id = r.skill_id "
                                         "ORDER BY s.name")).scalars().all()
    assert skills == ["Java", "Kotlin", "Spring"]


def test_a_second_comment_column_of_a_pipeline_is_kept_with_the_comment(tmp_path, store, services):
    from crm.importing.importer import ImportOptions

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Estado", "Comentario", "Feedback cliente"],
                      ["ana@example.com", "VAC-1", "Entrevista", "Buena llamada", "Le gusta el perfil"])
    report = import_pipeline(store, path, ImportOptions(targets=["email", "reference", "stage", "comment", "comment"]))
    ana = services.candidates.find_by_email("ana@example.com")
    application = services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-1").id)
    assert report.created == 1
    assert [h.note for h in services.pipeline.history(application.id)] == [
        "Buena llamada\nFeedback cliente: Le gusta el perfil"]


def test_role_columns_no_field_names_are_kept_in_the_description(tmp_path, store, services):
    """A role's other columns (the sector, the benefits) were dropped without a word."""
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Descripción", "Sector",
                                                   "Beneficios", "Fecha de nacimiento"],
                      ["VAC-1", "Acme", "Backend Java", "Equipo de pagos", "Fintech", "Seguro médico",
                       "01/01/1980"])
    report = import_roles(store, path)
    role = services.roles.get_by_reference("VAC-1")
    assert role.description == "Equipo de pagos\nSector: Fintech\nBeneficios: Seguro médico"
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (None, "Fecha de nacimiento", "personal data the CRM does not keep (such as a birth date, an ID number, "
                                      "gender or nationality); not imported")]


def test_pipeline_columns_no_field_names_are_reported_as_skipped(tmp_path, store, services):
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Estado", "Candidato", "Entrevistador"],
                      ["ana@example.com", "VAC-1", "Entrevista", "Ana López", "Luis Gil"])
    report = import_pipeline(store, path)
    assert report.created == 1
    assert [(w.column, w.reason) for w in report.warnings] == [("Entrevistador", "column skipped; not imported")]


def test_a_role_located_remote_works_remotely_unless_its_work_mode_column_says_otherwise(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación", "Modalidad"],
                      ["VAC-1", "Acme", "Backend Java", "Remoto", None],
                      ["VAC-2", "Acme", "Data Engineer", "Remoto", "Híbrido"])
    import_roles(store, path)
    first, second = services.roles.get_by_reference("VAC-1"), services.roles.get_by_reference("VAC-2")
    assert (first.location, first.remote_policy) == ("Remoto", "remote")  # it was left without a work mode
    assert (second.location, second.remote_policy) == ("Remoto", "hybrid")


def test_the_roles_preview_shows_the_work_mode_a_location_says(tmp_path):
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación"],
                      ["VAC-1", "Acme", "Backend Java", "Remoto"])
    inspection = inspect(None, path, kind="roles")
    fields, rows = preview(inspection, inspection.targets)
    assert "remote_policy" in fields and rows[0]["remote_policy"] == "remote"  # as the import will store it


def test_a_band_kept_in_two_columns_is_one_band(tmp_path, store, services):
    """"Salario mín." and "Salario máx." both read as the band: the role got 40,000-40,000 and the maximum
    went to its description."""
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Salario mín.", "Salario máx."],
                      ["VAC-1", "Acme", "Backend Java", 40000, 50000],
                      ["VAC-2", "Acme", "Data Engineer", "45k", "55.000 €"],
                      ["VAC-3", "Acme", "QA", "50k", None],
                      ["VAC-4", "Acme", "SRE", "60k", "50k"])
    report = import_roles(store, path)
    bands = [(r.salary_min, r.salary_max, r.description) for r in
             (services.roles.get_by_reference(f"VAC-{n}") for n in range(1, 5))]
    assert bands == [(40000, 50000, None), (45000, 55000, None), (50000, None, None), (50000, 60000, None)]
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [(5, "Salario máx.", SWAPPED_BAND)]


def test_a_roles_deadline_is_not_its_opening_date_and_its_closing_date_is_kept(tmp_path, store, services):
    """"Fecha límite" was read as the opening date (by its word "fecha") and the real "Fecha apertura"
    went to the description."""
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Fecha límite", "Fecha apertura",
                                                   "Fecha de cierre", "Estado"],
                      ["VAC-1", "Acme", "Backend Java", "31/12/2026", "01/10/2026", "20/11/2026", "Cubierta"])
    import_roles(store, path)
    role = services.roles.get_by_reference("VAC-1")
    assert (str(role.opened_on), str(role.closed_on), role.status) == ("2026-10-01", "2026-11-20", "filled")
    assert role.description == "Fecha límite: 31/12/2026"


def test_the_clients_contact_is_never_taken_for_the_client(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Puesto", "Contacto cliente", "Cliente"],
                      ["VAC-1", "Backend Java", "Marta Gil (CTO)", "Acme S.L."])
    report = import_roles(store, path)
    role = services.roles.get_by_reference("VAC-1")
    assert (report.created, role.client, role.description) == (1, "Acme S.L.", None)  # the contact is Marta Gil
    [contact] = services.companies.get(role.company_id).contacts
    assert (role.contact_id, contact.first_name, contact.title) == (contact.id, "Marta", "CTO")


def test_a_pipeline_tracker_with_the_candidates_name_first_and_several_comment_columns(tmp_path, store, services):
    """"Candidato" (the name) took the email field for being first, the real "Email" column was skipped and
    every row was rejected; "Feedback cliente" and "Motivo de descarte" were skipped; "Fecha de la fase"
    was read as the stage."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Candidato", "Email", "Ref. vacante", "Fase", "Fecha de la fase",
                                            "Comentarios", "Feedback cliente", "Motivo de descarte", "Próximo paso"],
                      ["Ana López", "ana@example.com", "VAC-1", "Descartado", "14/10/2026", "Entrevista técnica",
                       "Poco inglés", "Nivel de inglés", "Llamar en enero"])
    report = import_pipeline(store, path)
    ana = services.candidates.find_by_email("ana@example.com")
    application = services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-1").id)
    [change] = services.pipeline.history(application.id)
    assert (report.created, report.rejected) == (1, [])
    assert (change.to_stage, change.changed_at.date().isoformat()) == ("Rejected", "2026-10-14")
    assert change.note == "Entrevista técnica\nFeedback cliente: Poco inglés\nMotivo de descarte: Nivel de inglés"
    assert [(w.column, w.reason) for w in report.warnings] == [("Próximo paso", "column skipped; not imported")]


def test_the_roles_preview_shows_a_band_from_two_columns_in_order(tmp_path):
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Salario mín.", "Salario máx."],
                      ["VAC-1", "Acme", "SRE", "60k", "50k"])
    inspection = inspect(None, path, kind="roles")
    fields, rows = preview(inspection, inspection.targets)
    assert fields[3:5] == ["salary_min", "salary_max"]
    assert (rows[0]["salary_min"], rows[0]["salary_max"]) == (50000, 60000)  # as the import stores it


def test_the_roles_preview_shows_an_unreadable_end_of_a_band_beside_the_other(tmp_path):
    """Found by fuzzing: the preview compared the unreadable cell's text with the other end and failed."""
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Salario mín.", "Salario máx."],
                      ["VAC-1", "Acme", "SRE", "abc", "50k"])
    inspection = inspect(None, path, kind="roles")
    _fields, rows = preview(inspection, inspection.targets)
    assert (rows[0]["salary_min"], rows[0]["salary_max"]) == ("abc (not an amount)", 50000)


def test_the_pipeline_preview_shows_the_comment_as_the_import_keeps_it(tmp_path, store):
    from crm.importing.inspect import inspect, preview

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase", "Comentarios", "Feedback cliente"],
                      ["ana@example.com", "VAC-1", "Entrevista", "Buena llamada", "Le gusta el perfil"])
    inspection = inspect(store, path, kind="pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    assert rows[0]["comment"] == "Buena llamada\nFeedback cliente: Le gusta el perfil"  # it showed the last column's


def test_a_pipeline_tracker_without_references_names_its_roles_by_title_and_client(tmp_path, store, services):
    """The roles came from a list without references (they got VAC-2026-...): the tracker of the
    processes says "Backend Engineer" at "Acme", and that is enough when it names one role."""
    from crm.importing.inspect import inspect, preview

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"],
                                        ["Ana López", "ana@example.com"], ["Luis Gil", "luis@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Cliente", "Puesto", "Ubicación", "Estado"],
                                   ["Acme SL", "Backend Engineer", "Madrid", "Abierta"],
                                   ["Acme SL", "Backend Engineer", "Sevilla", "Cerrada"],
                                   ["Beta SA", "Backend Engineer", None, "Abierta"],
                                   ["Beta SA", "Data Engineer", "Bilbao", "Abierta"],
                                   ["Beta SA", "Data Engineer", "Vigo", "Abierta"]))
    madrid = next(r for r in services.roles.list_all() if r.location == "Madrid")
    data = ", ".join(r.reference for r in services.roles.list_all() if r.title == "Data Engineer")  # the choice
    path = plain_xlsx(tmp_path / "p.xlsx", ["Candidato", "Email", "Empresa", "Puesto", "Fase"],
                      ["Ana López", "ana@example.com", "ACME, S.L.", "backend engineer", "Entrevista"],  # the open one
                      ["Luis Gil", "luis@example.com", "Beta", "Data Engineer", "Entrevista"],  # two open: which?
                      ["Luis Gil", "luis@example.com", "Gamma", "QA Engineer", "Entrevista"])
    inspection = inspect(store, path, kind="pipeline")
    assert [inspection.targets[i] for i in (2, 3)] == ["client", "title"]
    fields, rows = preview(inspection, inspection.targets)
    assert fields[:3] == ["name", "email", "reference"] and rows[0]["reference"] == madrid.reference  # the role found
    assert [row.get("rejected") for row in rows[1:]] == [
        f"more than one open role titled Data Engineer ({data}); add a column with the role reference",
        "no role titled QA Engineer for the client Gamma; import the roles first"]

    report = import_pipeline(store, path)
    assert report.created == 1
    assert services.pipeline.find(services.candidates.find_by_email("ana@example.com").id, madrid.id).stage == "Client interview"
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [
        (3, "Puesto", f"more than one open role titled Data Engineer ({data}); add a column with the role reference"),
        (4, "Puesto", "no role titled QA Engineer for the client Gamma; import the roles first")]


def test_a_pipeline_tracker_without_emails_names_its_people(tmp_path, store, services):
    """A tracker that lists people by name only (their addresses are in the candidates sheet): the one
    candidate of that name, however the name is written; two of one name are never guessed between."""
    from crm.importing.inspect import inspect, preview

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Apellidos", "Email", "Ciudad"],
                                        ["Ana", "López Ruiz", "ana@example.com", "Madrid"],
                                        ["Luis", "Gil", "luis@example.com", "Bilbao"],
                                        ["Luis", "Gil", "luis.gil@example.com", "Vigo"],
                                        ["José Luis", "Núñez", None, "Sevilla"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Candidato", "Vacante", "Fase"],
                      ["ANA LÓPEZ RUIZ", "VAC-1", "Entrevista"], ["Núñez, José Luis", "VAC-1", "Oferta"],
                      ["Luis Gil", "VAC-1", "Entrevista"], ["Marta Sanz", "VAC-1", "Entrevista"],
                      ["luis.gil@example.com", "VAC-1", "Contactado"])
    inspection = inspect(store, path, kind="pipeline")
    assert inspection.targets[0] == "name"
    _fields, rows = preview(inspection, inspection.targets)
    assert [row.get("rejected") for row in rows] == [
        None, None, "more than one candidate named Luis Gil; add a column with the email",
        "no candidate named Marta Sanz; import the candidates first", None]

    report = import_pipeline(store, path)
    assert report.created == 3
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [
        (4, "Candidato", "more than one candidate named Luis Gil; add a column with the email"),
        (5, "Candidato", "no candidate named Marta Sanz; import the candidates first")]
    role = services.roles.get_by_reference("VAC-1").id
    jose = next(c for c in services.candidates.iter_all() if c.first_name == "José Luis")
    assert services.pipeline.find(jose.id, role).stage == "Offer"
    assert services.pipeline.find(services.candidates.find_by_email("luis.gil@example.com").id, role).stage == "Contacted"


def _log(path, *rows):
    return plain_xlsx(path, ["Email", "Ref. vacante", "Estado", "Fecha"], *rows)


def _stages_of(store):
    with store.engine.connect() as connection:
        current = connection.execute(text("SELECT s.name FROM application a JOIN stage s ON s.id = a.stage_id")).scalars().all()
        history = connection.execute(text(
            "SELECT f.name, t.name, date(c.changed_at) FROM stage_change c LEFT JOIN stage f ON f.id = c.from_stage_id "
            "JOIN stage t ON t.id = c.to_stage_id ORDER BY c.changed_at, c.id")).all()
    return current, [tuple(change) for change in history]


def test_a_pipeline_kept_as_a_log_newest_first_ends_in_its_latest_stage_and_imports_once(tmp_path, store, services):
    """A tracker with a row per change, newest on top: the application ended in its oldest stage, its
    history backwards; imported again, every change was recorded a second time."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    log = _log(tmp_path / "log.xlsx", ["ana@example.com", "VAC-1", "Oferta", "20/10/2026"],
               ["ana@example.com", "VAC-1", "Entrevista cliente", "10/10/2026"],
               ["ana@example.com", "VAC-1", "Contactado", "01/10/2026"])
    first = import_pipeline(store, log, ImportOptions(on_duplicate="skip"))  # its own rows are no duplicates
    assert (first.created, first.updated, first.skipped, first.warnings) == (1, 0, 0, [])
    expected = (["Offer"], [(None, "Contacted", "2026-10-01"), ("Contacted", "Client interview", "2026-10-10"),
                            ("Client interview", "Offer", "2026-10-20")])
    assert _stages_of(store) == expected

    again = import_pipeline(store, log)
    assert (again.created, again.updated, again.skipped, again.warnings) == (0, 0, 3, [])
    assert _stages_of(store) == expected

    # A change older than the stage the application is in now is not applied over it, and says so.
    older = import_pipeline(store, _log(tmp_path / "older.xlsx", ["ana@example.com", "VAC-1", "Prueba técnica", "15/10/2026"]))
    assert (older.updated, older.skipped) == (0, 1)
    assert [(w.row, w.column, w.value, w.reason) for w in older.warnings] == [
        (2, "Fecha", "15/10/2026", "older than the application's current stage; not applied")]
    assert _stages_of(store) == expected


def test_a_vacancy_column_holding_titles_finds_the_role_by_its_title(tmp_path, store, services):
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-7", "Acme", "Platform Engineer"]))
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado"],
                                               ["ana@example.com", "Platform Engineer", "Oferta"],
                                               ["ana@example.com", "VAC-7", "Contratado"],
                                               ["ana@example.com", "Tech Lead", "Oferta"]))
    assert report.created == 1  # by its title, then moved on by its reference: one application
    ana = services.candidates.find_by_email("ana@example.com")
    assert services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-7").id).stage == "Placed"
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [
        (4, "Vacante", "no role with the reference Tech Lead; import the roles first")]


def test_a_roles_location_in_capitals_is_written_as_a_place(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación"],
                      ["VAC-1", "Acme", "Backend", "MADRID"], ["VAC-2", "Acme", "QA", "a coruña"],
                      ["VAC-3", "Acme", "SRE", "BCN"], ["VAC-4", "Acme", "Data", "Valencia / Remoto"])
    import_roles(store, path)
    assert [services.roles.get_by_reference(f"VAC-{n}").location for n in range(1, 5)] == [
        "Madrid", "A Coruña", "BCN", "Valencia / Remoto"]  # as the candidates' cities are


def test_a_reference_with_accented_letters_is_found_again(tmp_path, store, services):
    """Found by fuzzing: SQLite's upper() leaves "ñ" as it is and Python's does not, so a stored
    "Diseño-01" was not found by its own reference: importing the roles again inserted it twice and
    failed, and a pipeline row naming it was refused."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    roles = plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["Diseño-01", "Acme", "Diseñador UX"])
    assert import_roles(store, roles).created == 1
    again = import_roles(store, roles)
    assert (again.created, again.skipped, again.rejected) == (0, 1, [])
    assert services.roles.get_by_reference("diseño-01").title == "Diseñador UX"
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase"], ["ana@example.com", "diseño-01", "Entrevista"])
    from crm.importing.inspect import inspect, preview

    inspection = inspect(store, path, kind="pipeline")
    assert "rejected" not in preview(inspection, inspection.targets)[1][0]
    assert import_pipeline(store, path).created == 1


def test_a_roles_client_contact_is_found_or_added_among_the_clients_contacts(tmp_path, store, services):
    """"Contacto cliente" was kept as text in the description; the role now names the client's contact,
    as a recruiter sets it in the role dialog, and the client's page lists them."""
    acme = services.companies.create({"name": "Acme S.L."})
    known = services.companies.add_contact(acme.id, {"first_name": "Luis", "last_name": "Pardo"})
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente", "Email contacto"],
                      ["VAC-1", "Acme SL", "Backend", "Marta Gil (CTO)", "marta.gil@acme.es"],
                      ["VAC-2", "Acme SL", "QA", "Marta Gil", None],  # the same person: one contact
                      ["VAC-3", "ACME, S.L.", "SRE", "Luis Pardo - Head of Engineering", "luis@acme.es"],
                      ["VAC-4", "Beta SA", "Data", "Gil, Marta", None])  # another client's Marta Gil
    report = import_roles(store, path)
    assert (report.created, report.rejected, report.warnings) == (4, [], [])
    roles = [services.roles.get_by_reference(f"VAC-{n}") for n in range(1, 5)]
    contacts = {c.id: c for company in services.companies.list_all() for c in services.companies.get(company.id).contacts}
    marta, luis, beta_marta = (contacts[r.contact_id] for r in (roles[0], roles[2], roles[3]))
    assert roles[1].contact_id == marta.id and luis.id == known.id
    assert (marta.first_name, marta.last_name, marta.title, marta.email) == ("Marta", "Gil", "CTO", "marta.gil@acme.es")
    # An existing contact keeps what it had and gains what it lacked.
    assert (luis.title, luis.email) == ("Head of Engineering", "luis@acme.es")
    assert beta_marta.company_id != acme.id and all(r.description is None for r in roles)

    again = import_roles(store, path)
    assert (again.created, again.updated, len(contacts)) == (0, 0, 3)
    undo_import(store, report.batch_id)
    left = [c for company in services.companies.list_all() for c in services.companies.get(company.id).contacts]
    assert [(c.first_name, c.title, c.email) for c in left] == [("Luis", None, None)]  # as it was before


def test_the_roles_preview_shows_the_contact_as_it_will_be_kept(tmp_path):
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                      ["VAC-1", "Acme", "SRE", "Gil, Marta (CTO)"])
    inspection = inspect(None, path, kind="roles")
    assert inspection.targets[3] == "contact"
    _fields, rows = preview(inspection, inspection.targets)
    assert str(rows[0]["contact"]) == "Marta Gil (CTO)"


def test_a_contact_cell_with_a_title_only_is_no_contact():
    from crm.importing.role_contacts import contact_person
    from crm.importing.values import Unparsed

    with pytest.raises(Unparsed):
        contact_person("CTO")  # it made a contact called "Cto"
    with pytest.raises(Unparsed):
        contact_person("Head of Engineering")
    assert (contact_person("HR - rrhh@acme.es").email, contact_person("HR - rrhh@acme.es").title) == (
        "rrhh@acme.es", "HR")


def test_undo_refuses_when_a_later_role_names_a_contact_the_import_added(tmp_path, store, services):
    """Deleting the contact would silently take it from the later role (its link is SET NULL)."""
    from crm.domain.errors import Conflict

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                      ["VAC-1", "Acme", "Backend", "Marta Gil (CTO)"])
    report = import_roles(store, path)
    first = services.roles.get_by_reference("VAC-1")
    services.roles.create({"title": "QA", "company_id": first.company_id, "contact_id": first.contact_id})
    with pytest.raises(Conflict, match="contact"):
        undo_import(store, report.batch_id)
    assert services.roles.get_by_reference("VAC-1").contact_id == first.contact_id  # nothing was changed


def test_a_contact_is_added_only_where_a_role_takes_it(tmp_path, store, services):
    from crm.importing.importer import ImportOptions

    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                                   ["VAC-1", "Acme", "Backend", "Marta Gil"], ["VAC-2", "Acme", "QA", None]))
    later = plain_xlsx(tmp_path / "r2.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                       ["VAC-1", "Acme", "Backend", "Luis Pardo"], ["VAC-2", "Acme", "QA", "Ana Ruiz"])
    import_roles(store, later, ImportOptions(on_duplicate="skip"))
    acme = services.roles.get_by_reference("VAC-1").company_id
    assert [c.first_name for c in services.companies.get(acme).contacts] == ["Marta"]  # skipped: nothing added
    import_roles(store, later)  # fill in: VAC-1 keeps Marta Gil, VAC-2 had no contact
    assert [c.first_name for c in services.companies.get(acme).contacts] == ["Marta", "Ana"]
    import_roles(store, later, ImportOptions(on_duplicate="overwrite"))
    contacts = {c.id: c.first_name for c in services.companies.get(acme).contacts}
    assert contacts[services.roles.get_by_reference("VAC-1").contact_id] == "Luis"


@pytest.mark.parametrize("word, stage, rejected_by", [
    ("Contactada", "Contacted", None), ("Primera llamada", "Contacted", None), ("Filtro telefónico", "Screening", None),
    ("Preseleccionado", "Screening", None), ("Prueba técnica", "Client interview", None),
    ("2ª entrevista", "Client interview", None), ("Finalista", "Client interview", None),
    ("Oferta aceptada", "Placed", None), ("Oferta rechazada", "Rejected", "candidate"), ("Declina", "Rejected", "candidate"),
    ("No encaja", "Rejected", None), ("KO", "Rejected", None),
])
def test_stage_words_recruiters_write(tmp_path, store, services, word, stage, rejected_by):
    """Each of these rejected the whole row ("not a known stage"): the application was not created."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Estado"],
                                               ["ana@example.com", "VAC-1", word]))
    assert (report.created, report.rejected) == (1, [])
    ana = services.candidates.find_by_email("ana@example.com")
    application = services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-1").id)
    assert (application.stage, application.rejected_by) == (stage, rejected_by)


def test_a_warning_about_a_field_given_two_columns_names_the_column_its_value_came_from(tmp_path, store, services):
    """The value is the first column's; the warning named the last column given the field."""
    from crm.importing.importer import ImportOptions

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Fee", "Fee 2"],
                      ["VAC-1", "Acme", "Backend", "abc", "20%"])
    report = import_roles(store, path, ImportOptions(targets=["reference", "client", "title", "fee_percent",
                                                              "fee_percent"]))
    assert [(w.column, w.value) for w in report.warnings] == [("Fee", "abc")]
    assert sorted(services.roles.get_by_reference("VAC-1").description.split("\n")) == ["Fee 2: 20%", "Fee: abc"]
