"""A pipeline kept in a spreadsheet imported as applications and their stage history."""

from datetime import date, datetime

import pytest
from import_fixtures import (
    messy_spanish_xlsx,
    pipeline_xlsx,
    plain_xlsx,
    roles_xlsx,
    two_roles_and_two_people,
)
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import import_roles
from crm.importing.undo import undo_import


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
    # The day the client got the CV: the shortlist's "Presentado el" (it was left empty)
    assert application.submitted_at.date().isoformat() == "2026-03-09"
    ana = services.candidates.find_by_email("ana.garcia@example.com")
    rejected = services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-T-002").id)
    assert (rejected.stage, rejected.rejection_reason) == ("Rejected", "Rejected by client")
    assert rejected.submitted_at is None

    undo_import(store, report.batch_id)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM application")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM stage_change")).scalar() == 0


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
    assert report.created == 1  # "-" is no date: not unreadable, a blank (dated today, which is said)
    assert [(w.column, w.value, w.reason) for w in report.warnings] == [
        ("Fecha", None, "no date, nor any other row of the same application with one; today's date used")]
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    history = services.pipeline.history(services.pipeline.find(jose.id, role.id).id)
    assert [(h.to_stage, h.note) for h in history] == [("Contacted", None)]


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


def test_pipeline_columns_no_field_names_are_reported_as_skipped(tmp_path, store, services):
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Estado", "Candidato", "Entrevistador"],
                      ["ana@example.com", "VAC-1", "Entrevista", "Ana López", "Luis Gil"])
    report = import_pipeline(store, path)
    assert report.created == 1
    assert [(w.column, w.reason) for w in report.warnings] == [
        ("Entrevistador", "column skipped; not imported"),
        (None, "rows with no date, nor another row of the same application with one, dated today: 1")]


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


def test_the_pipeline_preview_shows_the_comment_as_the_import_keeps_it(tmp_path, store):
    from crm.importing.inspect import inspect, preview

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase", "Comentarios", "Feedback cliente"],
                      ["ana@example.com", "VAC-1", "Entrevista", "Buena llamada", "Le gusta el perfil"])
    inspection = inspect(store, path, kind="pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    assert rows[0]["comment"] == "Buena llamada\nFeedback cliente: Le gusta el perfil"  # it showed the last column's
    # ...with what the stage cell says beyond its stage first ("Entrevista (con el CTO)", as the history keeps it)
    path = plain_xlsx(tmp_path / "p2.xlsx", ["Email", "Ref.", "Fase", "Comentarios"],
                      ["ana@example.com", "VAC-1", "Entrevista (con el CTO)", "Buena llamada"],
                      ["ana@example.com", "VAC-1", "Descartado por cliente - salario", None])
    inspection = inspect(store, path, kind="pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    assert [row["comment"] for row in rows] == ["Entrevista (con el CTO)\nBuena llamada", "salario"]


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
        "no role titled QA Engineer for the client Gamma"
        " among the roles in the database (write the title as the role has it, or add the role)"]

    report = import_pipeline(store, path)
    assert report.created == 1
    assert services.pipeline.find(services.candidates.find_by_email("ana@example.com").id, madrid.id).stage == "Client interview"
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [
        (3, "Puesto", f"more than one open role titled Data Engineer ({data}); add a column with the role reference"),
        (4, "Puesto", "no role titled QA Engineer for the client Gamma"
        " among the roles in the database (write the title as the role has it, or add the role)")]


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
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    assert [w.reason for w in again.warnings] == [  # said once, not a line a skipped row
        f"this file was imported before (import {first.batch_id}, {date.today().isoformat()}); what the database has "
        "already is not created again"]
    assert _stages_of(store) == expected

    # A change older than the stage the application is in now goes into its history, not over its stage.
    older = import_pipeline(store, _log(tmp_path / "older.xlsx", ["ana@example.com", "VAC-1", "Prueba técnica", "15/10/2026"]))
    assert (older.updated, older.skipped) == (1, 0)
    assert [(w.row, w.column, w.value, w.reason) for w in older.warnings] == [
        (2, "Fecha", "15/10/2026", "older than the application's current stage: added to its history, the stage is "
                                   "not changed")]
    assert _stages_of(store) == (["Offer"], [*expected[1][:2], ("Client interview", "Client interview", "2026-10-15"),
                                             expected[1][2]])


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
        (4, "Vacante", "no role with the reference Tech Lead"
                    " among the roles in the database (a reference it had before? write its current one; or add the role)")]


@pytest.mark.parametrize("word, stage, rejected_by", [
    ("Contactada", "Contacted", None), ("Primera llamada", "Contacted", None), ("Filtro telefónico", "Screening", None),
    ("Preseleccionado", "Screening", None), ("Prueba técnica", "Client interview", None),
    ("2ª entrevista", "Client interview", None), ("Finalista", "Client interview", None),
    ("Oferta aceptada", "Placed", None), ("Oferta rechazada", "Rejected", "candidate"), ("Declina", "Rejected", "candidate"),
    ("No encaja", "Rejected", None), ("KO", "Rejected", None), ("Inscrito", "Sourced", None), ("Applied", "Sourced", None),
    # ATS exports (Bullhorn submissions, Greenhouse, Lever)
    ("Client Submission", "Submitted to client", None), ("Internally Submitted", "Screening", None),
    ("Recruiter Screen", "Screening", None), ("Onsite interview", "Client interview", None),
    ("Offer Extended", "Offer", None), ("Client Rejected", "Rejected", "client"), ("Withdrawn", "Rejected", "candidate"),
    ("Disqualified", "Rejected", None), ("Inbox", "Sourced", None), ("Assessment", "Client interview", None),
    ("Aceptado", "Placed", None),  # Teamtailor, Workable, Personio
    ("Primer contacto", "Contacted", None), ("Contacto inicial", "Contacted", None), ("First contact", "Contacted", None),
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


def test_an_ats_submissions_export(tmp_path, store, services):
    """Bullhorn-style submissions: the candidate and the job by name and title, its status words, and a
    "Comments" column, which was skipped (only the singular was a comment)."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"],
                                        ["Carlos Martín", "carlos@example.com"], ["Laura Fernández", None]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Job ID", "Title", "Client Corporation"],
                                   ["4511", "Senior Java Developer", "Acme Software S.L."]))
    path = plain_xlsx(tmp_path / "submissions.xlsx",
                      ["Candidate", "Candidate Email", "Job Title", "Client Corporation", "Status", "Date Added",
                       "Comments"],
                      ["Carlos Martín", "carlos@example.com", "Senior Java Developer", "Acme Software",
                       "Client Submission", "01/12/2025", "good fit"],
                      ["Laura Fernández", None, "Senior Java Developer", "Acme Software", "Internally Submitted",
                       "02/12/2025", None])
    report = import_pipeline(store, path)

    assert (report.created, report.rejected, report.warnings) == (2, [], [])
    role = services.roles.get_by_reference("4511")
    carlos = services.pipeline.find(services.candidates.find_by_email("carlos@example.com").id, role.id)
    assert carlos.stage == "Submitted to client"
    assert [(h.to_stage, h.note) for h in services.pipeline.history(carlos.id)] == [("Submitted to client", "good fit")]
    stages = {a.stage for a in services.pipeline.applications_for_role(role.id)}
    assert stages == {"Submitted to client", "Screening"}


def test_a_pause_is_refused_as_such_unless_a_stage_has_its_name(tmp_path, store, services):
    """"En espera" / "Pendiente feedback" were refused as "not a known stage (...)", as if misspelt."""
    from crm.services.stages import StagesService

    two_roles_and_two_people(tmp_path, store)
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado"], ["ana@example.com", "VAC-7", "En espera"],
                      ["luis@example.com", "VAC-7", "Pendiente feedback cliente"])
    report = import_pipeline(store, path)
    assert [(r.row, r.value, r.reason) for r in report.rejected] == [
        (2, "En espera", "a pause, not a stage: the file does not say which stage the process waits in (write that "
                         "stage, or add a stage of this name)"),
        (3, "Pendiente feedback cliente", "a pause, not a stage: the file does not say which stage the process waits "
                                          "in (write that stage, or add a stage of this name)")]
    StagesService(store).add("En espera")
    assert import_pipeline(store, path).created == 1  # the user's own stage of that name


def test_a_sheet_keeping_the_surname_apart_names_its_people_by_both(tmp_path, store, services):
    """Teamtailor-style: "First name", "Last name", "Job", "Stage", and a yes/no "Sourced" column. The surname
    was skipped (the person looked up by a given name alone), and "Sourced: Yes" moved the application back
    to the first stage after the Stage column's."""
    two_roles_and_two_people(tmp_path, store)
    import_candidates(store, plain_xlsx(tmp_path / "c2.xlsx", ["Nombre", "Email"], ["Ana Gil", "ana.gil@example.com"]))
    path = plain_xlsx(tmp_path / "tt.xlsx", ["First name", "Last name", "Job", "Stage", "Sourced"],
                      ["Ana", "López", "VAC-7", "Interview", "Yes"])
    from crm.importing.inspect import inspect, preview

    inspection = inspect(store, path, "pipeline")  # the preview finds her as the import does
    assert preview(inspection, inspection.targets)[1][0]["stage"] == "Client interview"
    report = import_pipeline(store, path)
    assert (report.created, report.rejected) == (1, [])
    ana = services.candidates.find_by_email("ana@example.com")
    assert services.pipeline.find(ana.id, services.roles.get_by_reference("VAC-7").id).stage == "Client interview"


def test_a_job_named_with_its_place_or_client_after_the_title_is_that_role(tmp_path, store, services):
    """ATS exports name a job "Backend Developer (Barcelona)" or "Java Developer - Globex": refused as "no role
    titled ...", or as one of several open roles of that title."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto", "Ubicación"],
                                   ["VAC-1", "Acme", "Backend Developer", "Madrid"],
                                   ["VAC-2", "Acme", "Backend Developer", "Barcelona"],
                                   ["VAC-3", "Globex S.L.", "Java Developer", None]))
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Job", "Stage"],
                                               ["ana@example.com", "Backend Developer (Barcelona)", "Contacted"],
                                               ["ana@example.com", "Java Developer - Globex", "Contacted"],
                                               ["ana@example.com", "Backend Developer - Sevilla", "Contacted"]))
    assert report.created == 2
    assert [(r.row, r.reason) for r in report.rejected] == [
        (4, "no role with the reference Backend Developer - Sevilla"
            " among the roles in the database (a reference it had before? write its current one; or add the role)")]
    with store.engine.connect() as connection:
        assert sorted(connection.execute(text("SELECT r.reference FROM application a JOIN role r ON r.id = a.role_id"))
                      .scalars()) == ["VAC-2", "VAC-3"]


def test_undoing_a_pipeline_import_that_moved_an_application_puts_it_back_exactly(tmp_path, store, services):
    """Its stage came back, but its last-changed time and version stayed the import's (version 1 -> 3)."""
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    import_pipeline(store, pipeline_xlsx(tmp_path / "p1.xlsx", [
        ["jose.nunez@example.com", "VAC-T-001", "Contactado", datetime(2026, 3, 2), None]]))
    with store.engine.connect() as connection:
        before = {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()  # noqa: S608
                  for table in ("application", "stage_change")}
    report = import_pipeline(store, pipeline_xlsx(tmp_path / "p2.xlsx", [
        ["jose.nunez@example.com", "VAC-T-001", "Entrevista telefónica", datetime(2026, 3, 5), None],
        ["jose.nunez@example.com", "VAC-T-001", "Enviado a cliente", datetime(2026, 3, 9), None]]))
    assert report.updated == 1
    undo_import(store, report.batch_id)
    with store.engine.connect() as connection:
        after = {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1")).all()  # noqa: S608
                 for table in ("application", "stage_change")}
    assert after == before


def test_a_later_step_in_the_same_stage_is_a_line_of_history_with_its_comment(tmp_path, store, services):
    """The second interview (the same stage as the first) was skipped: its day and comment were stored nowhere."""
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    log = pipeline_xlsx(tmp_path / "log.xlsx", [
        ["jose.nunez@example.com", "VAC-T-001", "Contactado", datetime(2026, 11, 2), None],
        ["jose.nunez@example.com", "VAC-T-001", "1ª entrevista", datetime(2026, 11, 5), "Bien"],
        ["jose.nunez@example.com", "VAC-T-001", "2ª entrevista", datetime(2026, 11, 9), "2ª con el CTO: pide 55k"],
        ["jose.nunez@example.com", "VAC-T-001", "Oferta", datetime(2026, 11, 12), None]])
    report = import_pipeline(store, log)
    assert (report.created, report.skipped, report.rejected) == (1, 0, [])
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    application = services.pipeline.find(jose.id, services.roles.get_by_reference("VAC-T-001").id)
    history = [(h.from_stage, h.to_stage, h.changed_at.day, h.note) for h in services.pipeline.history(application.id)]
    assert ("Client interview", "Client interview", 9, "2ª con el CTO: pide 55k") in history
    assert application.stage == "Offer" and len(history) == 4
    assert import_pipeline(store, log).skipped == 4  # the same file again: nothing new


def test_a_log_written_newest_first_with_two_changes_on_one_day_ends_in_the_later_stage(tmp_path, store, services):
    """Newest first, "Entrevista telefónica" above "Contactado" on the same day: the history read Screening ->
    Contacted, and as the last rows the application ended in the earlier stage."""
    two_roles_and_two_people(tmp_path, store)
    report = import_pipeline(store, plain_xlsx(tmp_path / "log.xlsx", ["Email", "Vacante", "Estado", "Fecha"],
                                               ["ana@example.com", "VAC-7", "Entrevista telefónica", "10/11/2026"],
                                               ["ana@example.com", "VAC-7", "Contactado", "10/11/2026"]))
    assert report.created == 1
    application = services.pipeline.find(services.candidates.find_by_email("ana@example.com").id,
                                         services.roles.get_by_reference("VAC-7").id)
    assert application.stage == "Screening"
    assert [h.to_stage for h in services.pipeline.history(application.id)] == ["Contacted", "Screening"]


def test_a_big_pipeline_import_reports_its_progress_and_can_be_cancelled_while_it_writes(tmp_path, store, services):
    """After the last row was read the import wrote every change with no word of progress (the bar stood at
    100% for minutes) and Cancel waited for the end."""
    from crm.services.progress import Cancelled, CancelToken

    people = [[f"Persona {chr(97 + n // 26)}{chr(97 + n % 26)}", f"p{n}@example.com"] for n in range(600)]
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], *people))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    log = plain_xlsx(tmp_path / "log.xlsx", ["Email", "Vacante", "Estado"],
                     *[[email, "VAC-1", "Contactado"] for _name, email in people])
    token, seen = CancelToken(), []

    def progress(done, total, message):
        seen.append((done, total, message))
        if message == "applying":
            token.cancel()

    with pytest.raises(Cancelled):
        import_pipeline(store, log, progress=progress, token=token)
    assert (500, 600, "applying") in seen
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM application")).scalar() == 0


def test_a_tracker_names_people_by_given_name_and_first_surname(tmp_path, store, services):
    """"Hugo Bello" was refused ("no candidate named Hugo Bello") though Hugo Bello Fuente was there: trackers
    call people by given name and first surname. A full name still wins, and two such people are not guessed."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Apellidos", "Email"],
                                        ["Hugo", "Bello Fuente", "hugo@example.com"],
                                        ["María Pilar", "de la Fuente García", "mp@example.com"],
                                        ["Ana", "López", "ana@example.com"], ["Ana", "López García", "ana2@example.com"],
                                        ["Luis", "Gil Ruiz", "luis1@example.com"], ["Luis", "Gil Sanz", "luis2@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-1", "Acme", "Backend"]))
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Candidato", "Vacante", "Estado"],
                                               ["Hugo Bello", "VAC-1", "Contactado"],
                                               ["María Pilar de la Fuente", "VAC-1", "Contactado"],
                                               ["Ana López", "VAC-1", "Contactado"], ["Luis Gil", "VAC-1", "Contactado"]))
    assert report.created == 3
    assert [(r.row, r.reason) for r in report.rejected] == [
        (5, "more than one candidate named Luis Gil; add a column with the email")]
    role = services.roles.get_by_reference("VAC-1").id
    on_role = {services.candidates.get(a.candidate_id).email for a in services.pipeline.applications_for_role(role)}
    assert on_role == {"hugo@example.com", "mp@example.com", "ana@example.com"}


def test_a_row_without_a_stage_says_so(tmp_path, store, services):
    """An empty stage cell was refused as "not a known stage (Sourced, Contacted, ...)"."""
    two_roles_and_two_people(tmp_path, store)
    report = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Estado"],
                                               ["ana@example.com", "VAC-7", None]))
    assert [(r.row, r.column, r.reason) for r in report.rejected] == [(2, "Estado", "the row gives no stage")]


def test_the_pipeline_preview_says_where_a_known_application_stands(tmp_path, store, services):
    """Five rows for applications already there all showed as moving to their stage, though the import skipped
    them: the preview said nothing of the stage they are in, nor that an older day is not applied."""
    from crm.importing.inspect import inspect, preview
    from crm.importing.pipeline import OLDER_THAN_CURRENT

    two_roles_and_two_people(tmp_path, store)
    import_pipeline(store, plain_xlsx(tmp_path / "p1.xlsx", ["Email", "Vacante", "Estado", "Fecha"],
                                      ["ana@example.com", "VAC-7", "Oferta", "20/11/2026"]))
    path = plain_xlsx(tmp_path / "p2.xlsx", ["Candidato", "Vacante", "Estado", "Fecha"],
                      ["Ana López", "VAC-7", "Contactado", "02/11/2026"],  # by name, an older day
                      ["luis@example.com", "VAC-7", "Contactado", "02/11/2026"])  # no application yet
    inspection = inspect(store, path, "pipeline")
    fields, rows = preview(inspection, inspection.targets)
    assert fields.index("stage_now") == fields.index("stage") + 1
    assert (rows[0]["stage"], rows[0]["stage_now"]) == ("Contacted", "Offer")
    assert [reason for _column, reason in rows[0]["warnings"]] == [OLDER_THAN_CURRENT]
    assert "stage_now" not in rows[1] and rows[1]["warnings"] == []
    report = import_pipeline(store, path)  # as the preview said
    assert [(w.row, w.reason) for w in report.warnings] == [(2, OLDER_THAN_CURRENT)] and report.created == 1


def test_an_application_imported_without_its_submitted_date_gets_its_historys_first(tmp_path, store, services):
    """Imported before submitted dates were kept, then moved on by a later file: the later step's day was
    taken for the day the client got the CV."""
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    import_pipeline(store, pipeline_xlsx(tmp_path / "a.xlsx", [
        ["jose.nunez@example.com", "VAC-T-001", "Enviado a cliente", datetime(2026, 3, 2), None]]))
    with store.engine.begin() as connection:  # as the import before this stop left it
        connection.execute(text("UPDATE application SET submitted_at = NULL"))
    import_pipeline(store, pipeline_xlsx(tmp_path / "b.xlsx", [
        ["jose.nunez@example.com", "VAC-T-001", "Entrevista cliente", datetime(2026, 3, 20), None]]))
    jose = services.candidates.find_by_email("jose.nunez@example.com")
    application = services.pipeline.find(jose.id, services.roles.get_by_reference("VAC-T-001").id)
    assert application.submitted_at.date().isoformat() == "2026-03-02"


def test_a_reference_written_with_spaces_or_other_dashes_finds_its_role(tmp_path, store, services):
    """"REF 2024 032" was refused: no role with that reference (REF-2024-032)."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"],
                                   ["REF-2024-032", "Acme", "Backend"], ["REF-2024-033", "Acme", "QA"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase"], ["ana@example.com", "REF 2024 032", "Contactado"],
                      ["ana@example.com", "ref_2024_033", "Entrevista"], ["ana@example.com", "REF 2024 34", "Contactado"])
    report = import_pipeline(store, path)
    assert report.created == 2 and [(r.row, r.value) for r in report.rejected] == [(4, "REF 2024 34")]


def test_a_reference_written_like_two_roles_references_says_so(tmp_path, store, services):
    """"ref2024032" beside Banco's REF-2024-032 and Acme's REF 2024 032 was "no role with the reference ...;
    import the roles first", which would not help."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"],
                                   ["REF-2024-032", "Banco Meridiano", "Data Analyst"],
                                   ["REF 2024 032", "Acme", "Backend"]))
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase"], ["ana@example.com", "ref2024032", "Contactado"],
                      ["ana@example.com", "REF 2024 032", "Entrevista"])
    report = import_pipeline(store, path)
    assert report.created == 1  # the one written as Acme's is Acme's
    assert [(r.row, r.value, r.reason) for r in report.rejected] == [
        (2, "ref2024032", "ref2024032 is written like the references of several roles (REF-2024-032, REF 2024 032); "
                          "write it as one of them")]


def test_a_reference_no_role_has_is_refused_with_advice_that_fits(tmp_path, store, services):
    """The spring lines gave the role's former reference ("BE-12", now "ACME-BE-12"): refused with "import
    the roles first", though the roles were imported. That advice is for a database with no roles."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    log = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase"], ["ana@example.com", "BE-12", "Contactado"])
    assert [r.reason for r in import_pipeline(store, log).rejected] == [
        "no role with the reference BE-12; import the roles first"]
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["ACME-BE-12", "Acme", "Backend"]))
    assert [r.reason for r in import_pipeline(store, log).rejected] == [
        "no role with the reference BE-12 among the roles in the database (a reference it had before? write its "
        "current one; or add the role)"]


def test_the_preview_of_an_overlapping_log_does_not_warn_of_lines_already_in_the_history(tmp_path, store, services):
    """April-December after January-June: April's lines, already stored, showed "older than the application's
    current stage: added to its history"; the import skips them, so the recruiter read the overlap as entered
    twice."""
    from crm.importing.inspect import inspect, preview
    from crm.importing.pipeline import OLDER_THAN_CURRENT

    two_roles_and_two_people(tmp_path, store)
    headers = ["Email", "Vacante", "Estado", "Fecha"]
    import_pipeline(store, plain_xlsx(tmp_path / "h1.xlsx", headers, ["ana@example.com", "VAC-7", "Contactado", "02/04/2026"],
                                      ["ana@example.com", "VAC-7", "Oferta", "20/06/2026"]))
    path = plain_xlsx(tmp_path / "h2.xlsx", headers, ["ana@example.com", "VAC-7", "Contactado", "02/04/2026"],  # stored
                      ["ana@example.com", "VAC-7", "Entrevista cliente", "10/05/2026"])  # older, new: added
    inspection = inspect(store, path, "pipeline")
    _fields, rows = preview(inspection, inspection.targets)
    assert [[reason for _column, reason in row["warnings"]] for row in rows] == [[], [OLDER_THAN_CURRENT]]
    report = import_pipeline(store, path)  # as the preview said
    assert [(w.row, w.reason) for w in report.warnings] == [(3, OLDER_THAN_CURRENT)] and report.skipped == 1
