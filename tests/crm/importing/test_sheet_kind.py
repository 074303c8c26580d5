"""What a sheet's columns say it lists: the import window opens a file as that kind."""

import pytest

from crm.importing.sheet_kind import likely_kind


@pytest.mark.parametrize("headers", [
    ["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario"],  # a pipeline log by address and reference
    ["Candidato", "Cliente", "Puesto", "Fase", "Fecha", "Notas"],  # by name, and the role by title and client
    ["Nombre", "Email", "Vacante", "Contactado", "Entrevista", "Oferta"],  # a column per stage, holding its day
    ["Candidate email", "Job", "Stage", "Date"],
])
def test_a_candidate_a_role_and_a_stage_on_each_row_is_a_pipeline(headers):
    assert likely_kind(headers) == "pipeline"


@pytest.mark.parametrize("headers", [
    ["Ref.", "Cliente", "Puesto", "Seniority", "Ubicación", "Salario (rango)", "Skills requeridas", "Estado"],
    ["Job ID", "Company", "Job title", "Location", "Salary range", "Status"],
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
])
def test_anything_else_is_a_list_of_candidates(headers):
    assert likely_kind(headers) == "candidates"
