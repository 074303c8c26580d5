"""Roles and their clients imported from a roles tracker: bands, references, statuses, previews (contacts:
test_role_contacts.py)."""

from datetime import date

import pytest
from import_fixtures import plain_xlsx, role_skills, roles_xlsx
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import BAND_REMARK, MODE_REMARK, SWAPPED_BAND, fee_percent, import_roles
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
    assert {(w.row, w.column) for w in report.warnings} == {(5, "Seniority"), (5, "Salario (rango)"), (2, "Modalidad")}
    assert "Modalidad: Híbrido (2 días)" in first.description  # the "(2 días)" is kept

    again = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    assert (again.created, again.updated) == (0, 0)


def test_undoing_a_roles_import_takes_back_the_skills_it_added(tmp_path, store, services):
    with store.engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM skill ORDER BY id")).all()
    report = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    undo_import(store, report.batch_id)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM skill ORDER BY id")).all() == before


def test_fee_written_three_ways():
    assert fee_percent(20) == fee_percent("20%") == fee_percent(0.2) == fee_percent("20 %") == 20.0


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


def test_the_roles_preview_shows_the_skills_as_stored(tmp_path, store, services):
    """Scala, required and nice-to-have, was shown in both lists; the role keeps it required only."""
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Skills requeridas", "Skills deseables"],
                      ["VAC-5", "Acme", "Data Engineer", "Scala, Spark", "scala, RabbitMQ"])
    inspection = inspect(store, path, kind="roles")
    _fields, rows = preview(inspection, inspection.targets)
    import_roles(store, path)
    role = services.roles.get_by_reference("VAC-5")
    assert set(rows[0]["required_skills"].split(", ")) == {s.name for s in role.required_skills} == {"Scala", "Apache Spark"}
    assert rows[0]["nice_skills"] == ", ".join(skill.name for skill in role.nice_skills) == "RabbitMQ"


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
    assert (rows[0]["salary_min"], rows[0]["salary_max"]) == ("abc", 50000)
    assert rows[0]["warnings"] == [("Salario mín.", "not an amount; kept in the description")]


def test_the_roles_preview_marks_the_rows_the_import_refuses_and_says_why(tmp_path):
    """A row without a client looked like any other, and a bad cell's reason was written into it in English:
    "150 (not a percentage between 0 and 100)"."""
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Fee"], ["VAC-1", "Acme", "SRE", "150"],
                      ["VAC-2", None, "QA", "20"], ["VAC-3", "Acme", None, "20"], ["vac-1", "Acme", "SRE II", "20"])
    inspection = inspect(None, path, kind="roles")
    fields, rows = preview(inspection, inspection.targets)
    assert "warnings" not in fields and "rejected" not in fields  # the rows' marks are no columns
    assert rows[0]["fee_percent"] == "150"
    assert rows[0]["warnings"] == [("Fee", "not a percentage between 0 and 100; kept in the description")]
    assert rows[1:3] == [{"row": 3, "rejected": "a role needs a client"}, {"row": 4, "rejected": "a role needs a title"}]
    assert rows[3]["warnings"] == [("Ref.", "the same reference as row 2; skipped")]  # as the import says it


def test_a_roles_location_in_capitals_is_written_as_a_place(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación"],
                      ["VAC-1", "Acme", "Backend", "MADRID"], ["VAC-2", "Acme", "QA", "a coruña"],
                      ["VAC-3", "Acme", "SRE", "BCN"], ["VAC-4", "Acme", "Data", "Valencia / Remoto"])
    import_roles(store, path)
    assert [services.roles.get_by_reference(f"VAC-{n}").location for n in range(1, 5)] == [
        "Madrid", "A Coruña", "BCN", "Valencia / Remoto"]  # as the candidates' cities are


def test_a_warning_about_a_field_given_two_columns_names_the_column_its_value_came_from(tmp_path, store, services):
    """The value is the first column's; the warning named the last column given the field."""

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Fee", "Fee 2"],
                      ["VAC-1", "Acme", "Backend", "abc", "20%"])
    report = import_roles(store, path, ImportOptions(targets=["reference", "client", "title", "fee_percent",
                                                              "fee_percent"]))
    assert [(w.column, w.value) for w in report.warnings] == [("Fee", "abc")]
    assert sorted(services.roles.get_by_reference("VAC-1").description.split("\n")) == ["Fee 2: 20%", "Fee: abc"]


def test_an_ats_job_orders_export(tmp_path, store, services):
    """Bullhorn-style job orders: its status words ("Accepting Candidates", "Covered") were unknown, the
    "Open/Closed" column was read as a date, and the hire's "Start Date" became the opening date while
    "Date Added" (when the role opened) went to the description; a role without a start date opened today."""
    path = plain_xlsx(tmp_path / "job_orders.xlsx",
                      ["Job ID", "Title", "Client Corporation", "Status", "Open/Closed", "Start Date", "Date Added"],
                      ["4511", "Senior Java Developer", "Acme Software S.L.", "Accepting Candidates", "Open",
                       "15/01/2026", "20/11/2025"],
                      ["4512", "DevOps Engineer", "Globex", "Covered", "Closed", None, "01/10/2025"],
                      ["4513", "QA Automation", "Acme Software", "Archived", "Closed", None, "01/12/2025"])
    report = import_roles(store, path)

    assert (report.created, report.warnings, report.rejected) == (3, [], [])
    java, devops, qa = (services.roles.get_by_reference(ref) for ref in ("4511", "4512", "4513"))
    assert [role.status for role in (java, devops, qa)] == ["active", "filled", "closed"]
    assert [role.opened_on for role in (java, devops, qa)] == [date(2025, 11, 20), date(2025, 10, 1), date(2025, 12, 1)]
    assert java.description == "Open/Closed: Open\nStart Date: 15/01/2026"  # a second status column: kept as written
    # Without a Status column, "Open/Closed" is the status.
    path = plain_xlsx(tmp_path / "open_closed.xlsx", ["Job ID", "Title", "Client Corporation", "Open/Closed"],
                      ["4514", "Data Engineer", "Globex", "Closed"])
    assert (import_roles(store, path).warnings, services.roles.get_by_reference("4514").status) == ([], "closed")


@pytest.mark.parametrize("written, band", [("desde 40k", (40000, None)), ("a partir de 40.000 €", (40000, None)),
                                           ("40k+", (40000, None)), ("hasta 50k", (None, 50000)),
                                           ("45000", (45000, 45000)), ("desde 40k hasta 50k", (40000, 50000))])
def test_a_band_written_as_where_it_starts_has_no_top(tmp_path, store, services, written, band):
    """"desde 40k" was the band 40,000-40,000."""
    import_roles(store, plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto", "Salario"],
                                   ["V-1", "Acme", "Backend", written]))
    role = services.roles.get_by_reference("V-1")
    assert (role.salary_min, role.salary_max) == band


def test_undoing_a_roles_import_is_refused_while_applications_added_since_are_on_its_roles(tmp_path, store, services):
    """Undo deleted the roles and, with them, every application a later pipeline import and the recruiter had
    put on them (their history too), and said "2 records deleted"."""
    from crm.domain.errors import Conflict

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana Gil", "ana@example.com"],
                                        ["Luis Pardo", "luis@example.com"]))
    roles = import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["V-1", "Acme SL", "Backend"]))
    pipeline = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref. vacante", "Estado"],
                                                 ["ana@example.com", "V-1", "Contactado"]))
    role = services.roles.get_by_reference("V-1")
    luis = services.candidates.find_by_email("luis@example.com")
    by_hand = services.pipeline.add_to_role(luis.id, role.id)  # put forward by the recruiter
    with pytest.raises(Conflict, match="records added after it depend on what it created") as refused:
        undo_import(store, roles.batch_id)
    assert f"application {by_hand.id}" in str(refused.value)
    assert len(services.pipeline.applications_for_role(role.id)) == 2  # nothing was deleted
    # Once the pipeline import is undone and the recruiter's application removed, the roles import can go
    undo_import(store, pipeline.batch_id)
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM application WHERE id = :id"), {"id": by_hand.id})
    undo_import(store, roles.batch_id)
    assert services.roles.list_all() == []


@pytest.mark.parametrize("column, written, stored", [
    ("Modalidad", "Semipresencial", ("remote_policy", "hybrid")), ("Modalidad", "Presencial/Remoto", ("remote_policy", "hybrid")),
    ("Estado", "Stand-by", ("status", "on_hold")), ("Estado", "Suspendida", ("status", "on_hold")),
    ("Estado", "Finalizada", ("status", "closed")), ("Estado", "Desierta", ("status", "closed")),
    ("Estado", "Reabierta", ("status", "active")), ("Nº posiciones", "2 posiciones", ("openings", 2)),
    ("Salario", "40-50k + variable", ("salary_max", 50000)),
    ("Modalidad", "Híbrido (2 días)", ("remote_policy", "hybrid")),  # the "(2 días)" was lost
    ("Modalidad", "Remoto 100%", ("remote_policy", "remote")),
])
def test_role_values_as_trackers_write_them(tmp_path, store, services, column, written, stored):
    """Each was read wrongly ("Semipresencial" on site) or not at all (a warning, the role left active)."""
    report = import_roles(store, plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto", column],
                                            ["V-1", "Acme", "Backend", written]))
    role = services.roles.get_by_reference("V-1")
    field, value = stored
    assert getattr(role, field) == value
    if written.endswith("+ variable"):  # the band stored, and the cell kept: the pay is more than the band
        assert f"Salario: {written}" in role.description
        assert [w.reason for w in report.warnings] == [BAND_REMARK]
    elif "(" in written:
        assert f"Modalidad: {written}" in role.description
        assert [(w.column, w.value, w.reason) for w in report.warnings] == [("Modalidad", written, MODE_REMARK)]
    else:
        assert report.warnings == []


def test_a_band_kept_in_two_columns_named_by_its_ends(tmp_path, store, services):
    """"Rango desde" and "Rango hasta" both named the band: 40,000-40,000 was stored, "Rango hasta: 50000" in the
    description."""
    import_roles(store, plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto", "Rango desde", "Rango hasta"],
                                   ["V-1", "Acme", "Backend", 40000, 50000]))
    role = services.roles.get_by_reference("V-1")
    assert (role.salary_min, role.salary_max, role.description) == (40000, 50000, None)


def test_a_roles_helper_column_without_a_header_is_no_part_of_the_description(tmp_path, store, services):
    """Days open, a zero, a FALSE checkbox in hidden unnamed columns filled every role's description."""
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Notas", None, None],
                      ["VAC-H-1", "Acme", "Backend", "prioridad alta", 301, False],
                      ["VAC-H-2", "Acme", "Frontend", None, 302, False])
    report = import_roles(store, path)
    assert report.created == 2
    with store.engine.connect() as connection:
        descriptions = connection.execute(text("SELECT description FROM role ORDER BY id")).scalars().all()
    assert descriptions == ["prioridad alta", None]


@pytest.mark.parametrize("headers", [["Job Slug", "Job Name", "Company Name", "Job Location"],
                                     ["Job ID", "Position Name", "Organization", "Location"]])
def test_ats_job_exports_name_their_title_and_client_their_way(tmp_path, store, headers):
    """Recruit CRM's "Job Name" and Manatal's "Organization": every row was refused (no title, no client)."""
    path = plain_xlsx(tmp_path / "jobs.xlsx", headers, ["backend-1", "Backend Engineer", "Acme Tech", "Madrid"])
    report = import_roles(store, path)
    assert (report.created, report.rejected) == (1, [])
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT title FROM role")).scalar() == "Backend Engineer"


def test_undo_sees_a_later_change_to_a_roles_skills_only(tmp_path, store, services):
    """A later import or a hand edit that only added skills left the role's version as it was: undoing the
    first import deleted the role with the later import's skill ("2 records deleted"), and undoing the
    later import threw the hand-added skill away without a word."""
    from crm.domain.errors import Conflict

    headers = ["Ref.", "Cliente", "Puesto", "Skills requeridas"]
    first = import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["N-01", "Nubo", "Backend", "Python"]))
    second = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["N-01", "Nubo", "Backend", "Python, Go"]))
    assert second.updated == 1
    # (the later import changed it: the refusal names that import, to undo first)
    with pytest.raises(Conflict, match=r"import \d+ \(b\.xlsx\) changed 1 of its records since \(role \d+\); "
                                       r"undo that import first"):
        undo_import(store, first.batch_id)
    role = services.roles.get_by_reference("N-01")
    edited = services.roles.update(role.id, role.version, {}, required_skills=["Python", "Go", "Rust"])
    assert edited.version == role.version + 1  # the hand edit is a new version of the role
    with pytest.raises(Conflict, match=r"edited after it"):
        undo_import(store, second.batch_id)
    assert role_skills(services, "N-01") == ({"Python", "Go", "Rust"}, set())
    unchanged = services.roles.update(edited.id, edited.version, {}, required_skills=["Rust", "Go", "Python"])
    assert unchanged.version == edited.version  # the same skills saved again are no edit


def test_a_jobs_office_is_the_roles_location(tmp_path, store, services):
    """Greenhouse's jobs export names where the job is "Office": it went to the role's description."""
    report = import_roles(store, plain_xlsx(tmp_path / "jobs.xlsx", ["Job ID", "Job Name", "Client", "Office"],
                                            ["4001", "Backend Engineer", "Acme", "Madrid"],
                                            ["4002", "Data Engineer", "Acme", "Barcelona - Poblenou"]))
    assert report.created == 2
    assert [(role.reference, role.location) for role in services.roles.list_all()] == [
        ("4001", "Madrid"), ("4002", "Barcelona - Poblenou")]
