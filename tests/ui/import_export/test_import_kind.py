"""The import window reads a file as the kind its columns say: a pipeline log opened as candidates wrote
each movement into a person's notes and made people of the addresses nobody had."""

import pytest
from import_fixtures import plain_xlsx
from PySide6.QtCore import Qt

from tests.ui.helpers import open_import_dialog as open_dialog

pytestmark = pytest.mark.usefixtures("british_english")


@pytest.fixture
def known_role_and_person(store, services, tmp_path):
    from crm.importing.roles import import_roles

    import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto"],
                                   ["VAC-7", "Acme", "Backend Java"]))
    return services.candidates.create({"first_name": "Ana", "last_name": "López", "email": "ana@example.com"})


def pipeline_log(tmp_path):
    return plain_xlsx(tmp_path / "seguimiento.xlsx", ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario"],
                      ["ana@example.com", "VAC-7", "Entrevista cliente", "02/03/2026", "Muy buena"],
                      ["nadie@example.com", "VAC-7", "Contactado", "03/03/2026", None])


def test_a_pipeline_log_is_opened_as_a_pipeline_and_imports_applications_not_people(qtbot, context, services,
                                                                                   known_role_and_person, tmp_path):
    dialog = open_dialog(qtbot, context, pipeline_log(tmp_path))

    assert dialog.kind_combo.currentData() == "pipeline" and dialog.inspection.kind == "pipeline"
    assert "These columns look like a pipeline" in dialog.info_label.text()
    assert dialog.policy_label.text() == "Applications already in the database:"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)

    ana = services.candidates.get(known_role_and_person.id)
    role = services.roles.get_by_reference("VAC-7")
    assert services.pipeline.find(ana.id, role.id).stage == "Client interview"
    assert not ana.notes  # the movement is in the application, not written into her notes
    assert services.candidates.find_by_email("nadie@example.com") is None  # refused, not made a person
    assert dialog.report.rejected[0].row == 3


def test_a_list_of_roles_is_opened_as_roles(qtbot, context, tmp_path):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Salario (rango)", "Estado"],
                      ["VAC-9", "Globex S.L.", "DevOps", "40-50k", "Abierta"])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.kind_combo.currentData() == "roles" and dialog.inspection.kind == "roles"
    assert "These columns look like a list of roles" in dialog.info_label.text()


def test_a_list_of_people_naming_their_role_and_stage_stays_a_list_of_candidates(qtbot, context, tmp_path):
    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre", "Email", "Teléfono", "Vacante", "Estado", "Salario deseado"],
                      ["Ana López", "ana@example.com", "600123456", "VAC-7", "Entrevista", "50k"])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.kind_combo.currentData() == "candidates" and dialog.inspection.kind == "candidates"
    assert "look like" not in dialog.info_label.text()


def test_the_kind_the_user_chooses_stands(qtbot, context, services, known_role_and_person, tmp_path):
    dialog = open_dialog(qtbot, context, pipeline_log(tmp_path))
    assert dialog.inspection.kind == "pipeline"

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("candidates"))
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.kind == "candidates", timeout=10_000)
    qtbot.wait(200)  # (no second reading switches it back)
    assert dialog.kind_combo.currentData() == "candidates" and dialog.inspection.kind == "candidates"
    assert "look like" not in dialog.info_label.text()

    # Chosen before the next file too: a pipeline log is then read as the user said
    dialog.open_file(plain_xlsx(tmp_path / "otro.xlsx", ["Email candidato", "Ref. vacante", "Estado"],
                                ["ana@example.com", "VAC-7", "Contactado"]))
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.path.name == "otro.xlsx", timeout=10_000)
    assert dialog.inspection.kind == "candidates"


def test_a_file_read_as_a_pipeline_then_a_list_of_people_is_read_as_people(qtbot, context, known_role_and_person,
                                                                           tmp_path):
    dialog = open_dialog(qtbot, context, pipeline_log(tmp_path))
    assert dialog.inspection.kind == "pipeline"
    dialog.open_file(plain_xlsx(tmp_path / "gente.xlsx", ["Nombre", "Email", "Teléfono"],
                                ["Luis Gil", "luis@example.com", "600111222"]))
    qtbot.waitUntil(lambda: dialog.inspection is not None and dialog.inspection.path.name == "gente.xlsx", timeout=10_000)
    assert dialog.kind_combo.currentData() == "candidates" and dialog.inspection.kind == "candidates"
    assert "These columns look like a list of candidates" in dialog.info_label.text()


@pytest.mark.parametrize("headers", [["Nombre", "Email", "Puesto", "Empresa", "Ciudad", "Estado"],
                                     ["First Name", "Last Name", "Email", "Job Title", "Company", "Location", "Stage"]])
def test_a_list_of_people_with_their_job_and_stage_is_not_opened_as_a_pipeline(qtbot, context, tmp_path, headers):
    """The person's current job ("Puesto") and stage were read as a role and a step: opened as a pipeline,
    every row refused ("import the candidates first")."""
    path = plain_xlsx(tmp_path / "gente.xlsx", headers, ["Laura Sáez", "laura@example.com", "Go Developer", "Indra",
                                                         "Madrid", "Entrevista", "x"][:len(headers)])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.inspection.kind == "candidates" and "look like" not in dialog.info_label.text()


def test_a_log_with_the_persons_phone_is_read_as_candidates_and_said_to_be_a_pipeline_too(qtbot, context, tmp_path):
    """An ATS's pipeline export carries the phone: opened as candidates without a word, Import wrote every line
    into the person's notes."""
    path = plain_xlsx(tmp_path / "ats.xlsx", ["Candidato", "Email", "Teléfono", "Ref. vacante", "Fase", "Fecha"],
                      ["Alba Molina", "alba@example.com", "612000111", "ACME-BE-10", "Contactado", "02/03/2026"])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.inspection.kind == "candidates"
    assert "These columns could also be a pipeline" in dialog.info_label.text()


def test_a_list_of_roles_with_the_clients_contact_is_opened_as_roles(qtbot, context, tmp_path):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Referencia", "Puesto", "Cliente", "Ciudad", "Salario",
                                                   "Contacto cliente", "Email contacto", "Estado"],
                      ["ACME-BE-30", "Backend Python Senior", "Acme Tech S.L.", "Madrid", "50-60k", "Rosa Delgado",
                       "rosa.delgado@acme.es", "Abierta"])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.inspection.kind == "roles"


def test_a_log_with_a_source_column_is_opened_as_a_pipeline_that_could_be_candidates(qtbot, context, tmp_path):
    path = plain_xlsx(tmp_path / "log.xlsx", ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Fuente"],
                      ["ana@example.com", "VAC-7", "Contratado", "02/03/2026", "LinkedIn"])
    dialog = open_dialog(qtbot, context, path)
    assert dialog.inspection.kind == "pipeline"
    text = dialog.info_label.text()
    assert "These columns look like a pipeline" in text and "They could also be a list of candidates" in text
