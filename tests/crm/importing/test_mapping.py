import pytest

from crm.importing.mapping import NOTES, SKIP, auto_mapping, guess_field, headers_key


@pytest.mark.parametrize("header, field", [
    ("Nombre completo", "full_name"), ("Full name", "full_name"), ("Candidate", "full_name"),
    ("First name", "first_name"), ("Surname", "last_name"), ("Apellidos", "last_name"),
    ("E-mail", "email"), ("Correo", "email"), ("Email candidato", "email"),
    ("Mobile", "phone"), ("Cell", "phone"), ("Teléfono", "phone"), ("Móvil", "phone"),
    ("Location", "city"), ("Localidad", "city"), ("Ubicación", "city"),
    ("Stack", "skills"), ("Tecnologías", "skills"), ("Key skills", "skills"),
    ("Años exp.", "years_experience"), ("Experiencia (años)", "years_experience"), ("Exp", "years_experience"),
    ("Current CTC", "current_salary"), ("Salario actual", "current_salary"),
    ("Expected CTC", "expected_salary"), ("Pretensión salarial", "expected_salary"),
    ("Salario deseado", "expected_salary"), ("Notice period", "notice_days"), ("Preaviso", "notice_days"),
    ("Disponibilidad", "notice_days"), ("LinkedIn", "linkedin_url"), ("Profile URL", "linkedin_url"),
    ("Observaciones", "notes"), ("Notas", "notes"), ("Comments", "notes"), ("Fuente", "source"),
    ("Lawful basis", "lawful_basis"), ("Base legal", "lawful_basis"), ("Consent date", "consent_date"),
    ("Fecha de consentimiento", "consent_date"), ("Consent evidence", "consent_evidence"),
    ("Prueba del consentimiento", "consent_evidence"), ("Retention until", "retention_until"),
    ("Conservar hasta", "retention_until"), ("Status", "status"), ("Estado", "status"),
    ("Last activity", "last_activity_at"), ("Última actividad", "last_activity_at"),
    ("Last activity (UTC)", "last_activity_at"), ("Expected salary max", "expected_salary_max"),
])
def test_headers_in_english_and_spanish(header, field):
    assert guess_field(header) == field


def test_nombre_is_first_name_only_next_to_a_surname_column():
    assert auto_mapping(["Nombre", "Apellidos", "Email"])[:2] == ["first_name", "last_name"]
    assert auto_mapping(["Nombre", "Email"])[0] == "full_name"


def test_unknown_columns_go_to_notes_and_empty_headers_are_skipped():
    assert auto_mapping(["Email", "Carnet de conducir", ""]) == ["email", NOTES, SKIP]


def test_a_field_is_taken_by_its_first_column_only():
    assert auto_mapping(["Email", "Correo"]) == ["email", NOTES]


def test_headers_key_ignores_case_accents_and_punctuation():
    assert headers_key("candidates", ["Teléfono", "E-mail"]) == headers_key("candidates", ["TELEFONO", "e mail"])
    assert headers_key("candidates", ["Email"]) != headers_key("roles", ["Email"])


def test_the_id_and_update_time_of_our_own_export_are_skipped():
    assert auto_mapping(["ID", "Email", "Created (UTC)", "Updated (UTC)"]) == [SKIP, "email", "created_at", SKIP]
    assert auto_mapping(["ID", "Email"]) == [NOTES, "email"]  # someone else's id is kept in the notes
