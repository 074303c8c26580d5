"""What a sheet's columns say it lists: the import window opens a file as that kind."""

import pytest

from crm.importing.sheet_kind import likely_kind, sheet_kinds


@pytest.mark.parametrize("headers", [
    ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario"],  # a pipeline log by address and reference
    ["Candidato", "Cliente", "Puesto", "Fase", "Fecha", "Notas"],  # by name, and the role by title and client
    ["Nombre", "Email", "Vacante", "Contactado", "Entrevista", "Oferta"],  # a column per stage, holding its day
    ["Candidate email", "Job", "Stage", "Date"],
    ["Candidato", "Email", "Teléfono", "Ref. vacante", "Fase", "Fecha"],  # an ATS's log, with the phone
    ["Candidate Name", "Email", "Requisition", "Stage", "Stage Date"],  # English ATS exports: a requisition
    ["Candidate Name", "Email", "Req ID", "Stage", "Stage Date", "Recruiter", "Source"],
])
def test_a_candidate_a_role_and_a_stage_on_each_row_is_a_pipeline(headers):
    """(With something that describes the person, a phone, it stays a candidate list that could be a pipeline.)"""
    assert "pipeline" in sheet_kinds(headers)


@pytest.mark.parametrize("headers", [
    ["Ref.", "Cliente", "Puesto", "Seniority", "Ubicación", "Salario (rango)", "Skills requeridas", "Estado"],
    ["Job ID", "Company", "Job title", "Location", "Salary range", "Status"],
    # The client's contact and their email beside each role: a contact's address, not a candidate's
    ["Referencia", "Puesto", "Cliente", "Ciudad", "Salario", "Contacto cliente", "Email contacto", "Estado"],
])
def test_a_title_with_its_client_and_nobody_to_reach_is_a_list_of_roles(headers):
    assert likely_kind(headers) == "roles"


@pytest.mark.parametrize("headers", [
    ["Nombre", "Apellidos", "Email", "Teléfono", "Ciudad", "Tecnologías", "Salario deseado", "Preaviso"],
    # A tracker of people that names the role and the stage they are at: the person's details keep it a list of people
    ["Nombre", "Email", "Teléfono", "Vacante", "Cliente", "Estado", "Fecha", "Salario deseado", "Notas"],
    ["Candidato", "Email", "Móvil", "Posición", "Estado", "Fecha contacto", "Comentarios"],
    ["Nombre", "Email", "Estado"],
    ["Nombre"],
    # The person's current job and company, and where they are in a process: no day of a step, so no log
    ["Nombre", "Email", "Puesto", "Empresa", "Ciudad", "Estado"],
    ["First Name", "Last Name", "Email", "Job Title", "Company", "Location", "Stage"],
    ["Nombre", "Email", "Cliente", "Vacante", "Estado", "Ciudad", "Observaciones"],
    # The day the person was registered, not a step's; a city or a source describes the person
    ["Nombre", "Email", "Vacante", "Estado", "Fecha alta"],
    ["Name", "Email", "Job Title", "Status", "Date Added"],
    ["Nombre", "Email", "Vacante", "Estado", "Fecha registro"],
])
def test_anything_else_is_a_list_of_candidates(headers):
    assert likely_kind(headers) == "candidates"


@pytest.mark.parametrize("headers", [
    ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario", "Fuente"],
    ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario", "Ciudad"],
    ["Candidate Name", "Email", "Req ID", "Stage", "Stage Date", "Source"],
    ["Nombre", "Email", "Ciudad", "Vacante", "Estado", "Fecha"],
])
def test_a_log_with_a_city_or_source_is_a_pipeline_that_could_be_candidates(headers):
    """Read as candidates, the shared sample log with a "Fuente" column added wrote every movement into people's
    notes and its "Contratado" into 19 people's status. Read as a pipeline, a list of people is refused whole,
    nothing written, and the window says it could be candidates."""
    assert sheet_kinds(headers) == ("pipeline", "candidates")
