import pytest

from crm.importing.mapping import CANDIDATE_FIELDS, NOTES, SKIP, auto_mapping, guess_field
from crm.importing.mapping_files import headers_key


@pytest.mark.parametrize("header, field", [
    ("Nombre completo", "full_name"), ("Full name", "full_name"), ("Candidate", "full_name"),
    ("First name", "first_name"), ("Surname", "last_name"), ("Apellidos", "last_name"),
    ("E-mail", "email"), ("Correo", "email"), ("Email candidato", "email"),
    ("Mobile", "phone"), ("Cell", "phone"), ("Tfno.", "phone"), ("Teléf.", "phone"), ("Tfno. móvil", "phone"), ("Teléfono", "phone"), ("Móvil", "phone"),
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
    ("Localización", "city"), ("Pretensiones económicas", "expected_salary"), ("Apellido 1", "last_name"),
    ("Apellido2", "second_last_name"), ("Segundo apellido", "second_last_name"),
    ("Remuneración actual", "current_salary"), ("Retribución deseada", "expected_salary"),
    ("Frameworks", "skills"), ("Bases de datos", "skills"), ("Lenguajes de programación", "skills"),
    ("Herramientas", "skills"), ("Email ID", "email"), ("Nombre candidato", "full_name"),
    # Headers of ATS exports and trackers (Recruit CRM, LinkedIn in Spanish, Bullhorn) read as notes before.
    ("Contact Number", "phone"), ("WhatsApp", "phone"), ("Current Organization", "current_company"),
    ("Skill", "skills"), ("Aptitudes", "skills"), ("Sueldo", "expected_salary"), ("Rango salarial", "expected_salary"),
    ("Desired compensation", "expected_salary"), ("Fecha de incorporación", "available_from"),
    ("Date Available", "available_from"), ("Modelo de trabajo", "remote_preference"),
    ("Pretensión salarial máx.", "expected_salary_max"), ("SBA", "expected_salary"), ("SBA actual", "current_salary"),
    ("Salario bruto anual", "expected_salary"), ("Bruto anual actual", "current_salary"),
])
def test_headers_in_english_and_spanish(header, field):
    assert guess_field(header) == field


def test_nombre_is_first_name_only_next_to_a_surname_column():
    assert auto_mapping(["Nombre", "Apellidos", "Email"])[:2] == ["first_name", "last_name"]
    assert auto_mapping(["Nombre", "Email"])[0] == "full_name"
    assert auto_mapping(["Nombre", "Apellido1", "Apellido2", "Email"])[:3] == [
        "first_name", "last_name", "second_last_name"]
    # beside a first name's own column (an ATS export), the full name that fills the parts a row leaves empty
    assert auto_mapping(["Name", "First Name", "Last Name"]) == ["full_name", "first_name", "last_name"]
    # ...but a preferred name beside "Nombre" and "Apellidos" is no first name's column
    assert auto_mapping(["Nombre", "Apellidos", "Nombre preferido"]) == ["first_name", "last_name", NOTES]
    assert auto_mapping(["Name", "Forename", "Surname"])[0] == "full_name"
    assert auto_mapping(["Nombre", "Nombre de pila", "Apellidos"])[0] == "full_name"
    assert auto_mapping(["Nombre", "Apellidos", "Primer nombre"])[0] == "first_name"


def test_an_applicants_export_job_title_is_the_job_applied_to():
    """Indeed's "job title" (beside "job location" and "date applied") was stored as everyone's current title."""
    headers = ["name", "email", "job title", "job location", "date applied"]
    assert auto_mapping(headers)[2] == NOTES
    assert auto_mapping(["Name", "Email", "Job title"])[2] == "current_title"  # a list of people: theirs
    assert auto_mapping(["Name", "Job Title", "Current Company", "Applied On", "Job ID"])[1] == "current_title"


def test_unknown_columns_go_to_notes_and_empty_headers_are_skipped():
    assert auto_mapping(["Email", "Carnet de conducir", ""]) == ["email", NOTES, SKIP]


@pytest.mark.parametrize("header, field", [
    ("Fecha de nacimiento", None), ("Date of birth", None), ("Estado civil", None), ("DNI", None),
    ("Disponibilidad para viajar", None), ("Carné de conducir", None), ("País de residencia", "country"),
    ("Headline", "summary"), ("Fecha de alta", "created_at"), ("Disponibilidad", "notice_days"),
    ("interest level", None), ("Nivel de interés", None),  # Indeed's: Interested / Not interested, no seniority
    ("Tecnologías de interés", "skills"),
])
def test_a_header_about_something_else_is_no_fields(header, field):
    assert guess_field(header) == field


def test_personal_data_the_crm_does_not_keep_is_skipped_unless_chosen():
    headers = ["Email", "Fecha de nacimiento", "DNI/NIE", "Nacionalidad", "Género", "Carné de conducir", "Estado civil"]
    assert auto_mapping(headers) == ["email", SKIP, SKIP, SKIP, SKIP, NOTES, SKIP]


@pytest.mark.parametrize("headers, targets", [
    (["Provincia", "Localidad"], [NOTES, "city"]),  # the town is the city; the province goes to the notes
    (["Localidad", "Provincia"], ["city", NOTES]),
    (["Provincia", "Email"], ["city", "email"]),  # the best there is
    (["Teléfono fijo", "Móvil"], [NOTES, "phone"]),  # the mobile is the one a recruiter calls
    (["Teléfono fijo"], ["phone"]),
])
def test_a_second_best_column_yields_its_field_to_a_better_one(headers, targets):
    assert auto_mapping(headers) == targets


def test_a_field_is_taken_by_its_first_column_only():
    assert auto_mapping(["Ciudad", "Localidad"]) == ["city", NOTES]


def test_someone_elses_email_or_phone_column_is_left_to_the_notes():
    """Mapped to the same field, it merged different people: a referrer's address, a boss's or an office's
    number in "Email referente", "Teléfono jefe", "Tel. contacto" (the user may map it so, file by file)."""
    assert auto_mapping(["Email", "Correo"]) == ["email", NOTES]
    assert auto_mapping(["Email", "Email referente", "Teléfono", "Teléfono jefe", "Tel. contacto",
                         "Recruiter email"]) == ["email", NOTES, "phone", NOTES, NOTES, NOTES]


def test_the_persons_second_email_or_phone_column_is_read_as_one_more_of_theirs():
    """Bullhorn's "Email 2", Greenhouse's "Other Emails", "Work Phone": the same person in two ATS exports
    under their other address was a second record (the column went to the notes only)."""
    assert auto_mapping(["Email personal", "Email trabajo", "Teléfono 1", "Teléfono 2"]) == [
        "email", "email", "phone", "phone"]
    assert auto_mapping(["Email", "Other Emails", "Phone", "Mobile", "Home Phone"]) == [
        "email", "email", "phone", "phone", "phone"]


def test_headers_key_ignores_case_accents_and_punctuation():
    assert headers_key("candidates", ["Teléfono", "E-mail"]) == headers_key("candidates", ["TELEFONO", "e mail"])
    assert headers_key("candidates", ["Email"]) != headers_key("roles", ["Email"])


def test_the_id_and_update_time_of_our_own_export_are_skipped():
    assert auto_mapping(["ID", "Email", "Created (UTC)", "Updated (UTC)"]) == [SKIP, "email", "created_at", SKIP]
    assert auto_mapping(["ID", "Email"]) == [NOTES, "email"]  # someone else's id is kept in the notes


def _reference_guess(header, fields):
    """The plain definition guess_field is an indexed form of: exact synonym, else the longest synonym
    (weak words count 1) found as consecutive words, the first listed on a tie, else a plural of an email, phone or
    profile synonym;
    then narrowed by a word ("Salario actual", "Salario máx.", "Company contact": NARROWER)."""
    from crm.importing.mapping import (
        _IDENTIFIER_WORDS,
        _OTHER_MEANING,
        _PERSON_FIELDS,
        _SOMEONE_ELSE_WORDS,
        _THING_WORDS,
        _WEAK,
        _WHOLE_HEADER_ONLY,
        CANDIDATE_FIELDS,
        NARROWER,
        OTHER_PERSONS_WORDS,
        SENSITIVE_WORDS,
        normalise_header,
    )

    normalised = normalise_header(header)
    if not normalised or any(word in _OTHER_MEANING or word in SENSITIVE_WORDS for word in normalised.split()):
        return None
    table = {}
    for field, (_label, words) in fields.items():
        for word in words:
            table.setdefault(normalise_header(word), field)
    if normalised in table:
        return table[normalised]
    words = normalised.split()
    best, best_len, best_parts = None, 0, []
    for synonym, field in table.items():
        if synonym in _WHOLE_HEADER_ONLY:  # ("Links" alone names the profiles; "Links oferta" does not)
            continue
        parts = synonym.split()
        strength = 1 if synonym in _WEAK else len(synonym)
        for start in range(len(words) - len(parts) + 1):
            if words[start:start + len(parts)] == parts and strength > best_len:
                best, best_len, best_parts = field, strength, parts
    # Named by a weak word only: an identifier ("Candidate ID") is no candidate field, nor anybody's name or
    # email; "Job Name" is nobody's name
    identifier = best_len == 1 and not set(best_parts) & _IDENTIFIER_WORDS and set(words) & _IDENTIFIER_WORDS
    if identifier and fields is CANDIDATE_FIELDS:
        return None
    if best_len == 1 and best in _PERSON_FIELDS and (identifier or set(words) & _THING_WORDS):
        return None
    if best in ("email", "phone") and set(words) & (_SOMEONE_ELSE_WORDS | OTHER_PERSONS_WORDS):
        return None  # a referee's, an assistant's, a recruiter's
    if best is None:  # in the plural, a way of reaching the person: its long words less their "s", else "es"
        for cut in ("s", "es"):
            singular = " ".join(w[:-len(cut)] if len(w) > 4 and w.endswith(cut) else w for w in words)
            if table.get(singular) in ("email", "phone", "linkedin_url"):
                return table[singular]
    for found, narrowing, narrower in NARROWER:  # "Salario actual": the current salary; or no field of this kind
        if best == found and set(words) & narrowing:
            return narrower if narrower in fields else None
    return best


def test_guess_field_agrees_with_its_definition_on_thousands_of_headers():
    import itertools
    import random

    from import_fixtures import ENGLISH_HEADERS, SPANISH_HEADERS, SPANISH_ROWS

    from crm.importing.mapping import CANDIDATE_FIELDS
    from crm.importing.pipeline import PIPELINE_FIELDS
    from crm.importing.roles import ROLE_FIELDS

    rng = random.Random(5)
    for fields in (CANDIDATE_FIELDS, ROLE_FIELDS, PIPELINE_FIELDS):
        synonyms = [word for _label, words in fields.values() for word in words]
        vocabulary = sorted({part for word in synonyms for part in word.split()}) + ["del", "de", "x", "2024",
                                                                                    "nacimiento", "viajar", "civil"]
        headers = [*synonyms, *SPANISH_HEADERS, *ENGLISH_HEADERS, *(c for row in SPANISH_ROWS for c in row), "", None,
                   "Email candidato", "Nombre del candidato", "Fecha alta", "LinkedIn URL", "Teléfono móvil (trabajo)"]
        headers += [f"{a} {b}" for a, b in itertools.product(synonyms[:40], ["candidato", "actual", "url", "nombre"])]
        headers += [" ".join(rng.choices(vocabulary, k=rng.randint(1, 5))) for _ in range(3000)]
        for header in headers:
            assert guess_field(header, fields) == _reference_guess(header, fields), header


@pytest.mark.parametrize("header", ["Candidate ID", "ID candidato", "Código candidato", "Nº candidato", "Ref candidato"])
def test_another_systems_number_for_the_person_is_no_name(header):
    """An ATS export's "Candidate ID" (10234) was taken for the full name ("candidate")."""
    assert guess_field(header) is None
    assert auto_mapping([header, "First Name", "Last Name", "Email"]) == [NOTES, "first_name", "last_name", "email"]


@pytest.mark.parametrize("header", ["Nombre del reclutador", "Nombre de usuario", "Nombre del responsable",
                                    "Recruiter name", "Hiring manager name", "Apellidos del tutor"])
def test_another_persons_name_is_not_the_candidates(header):
    """"Nombre del reclutador" was the first name: "Lucía Fernández Gil" was stored as "Marta Fernández Gil"."""
    assert guess_field(header) is None
    assert auto_mapping(["Candidato", "Email", header]) == ["full_name", "email", NOTES]


def test_skills_kept_in_one_column_per_kind_all_go_to_the_skills():
    """Trackers split skills by kind; only the first such column was read as skills, the rest as notes."""
    assert auto_mapping(["Nombre", "Apellidos", "Lenguajes", "Frameworks", "Bases de datos", "Email", "Email 2"]) == [
        "first_name", "last_name", "skills", "skills", "skills", "email", "email"]


def test_an_identifier_word_still_names_a_roles_reference():
    from crm.importing.pipeline import PIPELINE_FIELDS
    from crm.importing.roles import ROLE_FIELDS

    assert [guess_field(h, ROLE_FIELDS) for h in ("ID vacante", "Código vacante", "Ref.")] == ["reference"] * 3
    assert guess_field("ID vacante", PIPELINE_FIELDS) == "reference"


@pytest.mark.parametrize("header", ["Salario bruto anual actual", "Current annual salary", "Current base salary",
                                    "Salary (current)", "Banda salarial actual", "Current compensation",
                                    "Sueldo actual"])
def test_a_salary_header_that_says_current_is_the_current_salary(header):
    """"Banda salarial actual" contains "banda salarial", "Current base salary" "salary": both were taken for
    the salary the candidate asks for, and a client's report showed today's salary as the expectation."""
    assert guess_field(header) == "current_salary"


@pytest.mark.parametrize("headers, targets", [
    (["Nombre", "Salario", "Salario deseado"], ["full_name", "current_salary", "expected_salary"]),
    (["Sueldo", "Sueldo deseado"], ["current_salary", "expected_salary"]),
    (["Salary", "Desired salary"], ["current_salary", "expected_salary"]),
    (["Salario bruto anual", "Pretensión"], ["current_salary", "expected_salary"]),
    (["SBA (k€)", "SBA deseado"], ["current_salary", "expected_salary"]),
    # With a current-salary column too, the plain one says nothing more: its values go to the notes.
    (["Salario actual", "Salario", "Salario deseado"], ["current_salary", NOTES, "expected_salary"]),
    # Alone, or beside the current salary, the one salary column is what the candidate asks for.
    (["Salario"], ["expected_salary"]), (["Salario actual", "Salario"], ["current_salary", "expected_salary"]),
])
def test_a_plain_salary_column_beside_the_expected_salary_is_the_current_one(headers, targets):
    """"Salario" took the expected salary and "Salario deseado" went to the notes: a candidate earning 38,000
    and asking 45,000 was stored as asking 38,000."""
    assert auto_mapping(headers) == targets


def test_a_tracker_with_a_current_band_and_an_expectation_keeps_both_salaries():
    assert auto_mapping(["Candidato/a", "Banda salarial actual", "Expectativa salarial"]) == [
        "full_name", "current_salary", "expected_salary"]


@pytest.mark.parametrize("header, field", [
    ("Salario mín.", "salary_min"), ("Max salary", "salary_max"), ("Presupuesto", "salary"), ("Budget", "salary"),
    ("Fecha de cierre", "closed_on"), ("Fecha límite", None), ("Deadline", None), ("Contacto cliente", "contact"),
    ("Client contact", "contact"), ("Email contacto", "contact_email"), ("Persona de contacto", "contact"), ("Requirements", "required_skills"), ("Work model", "remote_policy"),
    ("Salario bruto mín.", "salary_min"), ("Presupuesto máx.", "salary_max"), ("Años exp. mín.", None),
])
def test_role_headers(header, field):
    from crm.importing.roles import ROLE_FIELDS

    assert guess_field(header, ROLE_FIELDS) == field


@pytest.mark.parametrize("headers, targets", [
    (["Fecha", "Email", "Fecha alta"], [NOTES, "email", "created_at"]),  # the date added is the named one
    (["Perfil", "LinkedIn", "Email"], [NOTES, "linkedin_url", "email"]),  # "Perfil": often a description
    (["Fecha", "Email"], ["created_at", "email"]),  # the best there is
    (["Candidato", "Fee candidato"], ["full_name", NOTES]),  # named by a weak word too: not better
])
def test_a_header_of_one_weak_word_yields_its_field_to_a_better_named_column(headers, targets):
    assert auto_mapping(headers) == targets


def test_a_pipeline_sheet_names_its_roles_by_title_and_client_not_by_the_candidates_own():
    from crm.importing.pipeline import PIPELINE_FIELDS

    headers = ["Candidato", "Email", "Empresa actual", "Puesto actual", "Cliente", "Puesto", "Contacto cliente", "Fase"]
    assert auto_mapping(headers, PIPELINE_FIELDS, unmapped=SKIP) == [
        "name", "email", SKIP, SKIP, "client", "title", SKIP, "stage"]
    assert [guess_field(h, PIPELINE_FIELDS) for h in ("Empresa", "Job title", "Current company", "Vacante")] == [
        "client", "title", None, "reference"]


@pytest.mark.parametrize("header, field", [
    # A previous job, or the time spent in one, is not the current job: these filled the current company,
    # title and the salary asked for with the wrong values.
    ("Empresa anterior", None), ("Previous company", None), ("Puesto anterior", None), ("Años en la empresa", None),
    ("Tiempo en el puesto", None), ("Salario anterior", "current_salary"), ("Último salario", "current_salary"),
    ("Última empresa", "current_company"), ("Último puesto", "current_title"),  # the last job is the current one
    # The last job written out, an education level, a Stack Overflow profile: no number of years, no
    # seniority, no skills (each URL became skills).
    ("Latest Experience", None), ("Última experiencia", None), ("Nivel de estudios", None), ("Stack Overflow", None),
    ("Experiencia laboral", "years_experience"), ("Nivel", "seniority"), ("Main technology", "skills"),
])
def test_headers_that_name_another_thing_than_the_field_their_words_suggest(header, field):
    assert guess_field(header) == field


def test_an_address_column_gives_the_city_unless_a_city_column_does():
    assert auto_mapping(["Nombre", "Email", "Dirección"]) == ["full_name", "email", "city"]
    assert auto_mapping(["Nombre", "Dirección", "Ciudad"]) == ["full_name", NOTES, "city"]
    assert [guess_field(h) for h in ("Dirección e-mail", "Email address", "Domicilio")] == ["email", "email", "city"]


def test_address_book_exports_map_their_value_columns_and_middle_names():
    """Google Contacts' "E-mail 1 - Type" (holding "* Home") took the email and its "- Value" column went to
    the notes; "Middle Name" was taken for the full name; "Organization 1 - Title" for the company."""
    google = ["Given Name", "Additional Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type",
              "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title"]
    assert auto_mapping(google) == ["first_name", "middle_name", "last_name", NOTES, "email", NOTES, "phone",
                                    "current_company", "current_title"]
    outlook = ["First Name", "Middle Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "Job Title"]
    assert auto_mapping(outlook) == ["first_name", "middle_name", "last_name", "email", "phone", "current_company",
                                     "current_title"]
    assert auto_mapping(["Nombre", "Segundo nombre", "Apellidos"]) == ["first_name", "middle_name", "last_name"]


def test_a_pipeline_column_named_after_a_stage_holds_the_day_it_was_reached():
    from crm.importing.pipeline import PIPELINE_FIELDS

    headers = ["Candidato", "Email", "Vacante", "Contactado", "Fecha entrevista", "Entrevista cliente", "Enviado a cliente",
               "Oferta", "Incorporación", "Descartado", "Estado", "Fecha", "Cliente"]
    assert auto_mapping(headers, PIPELINE_FIELDS, SKIP) == [
        "name", "email", "reference", *["stage_dates"] * 7, "stage", "date", "client"]
    assert auto_mapping(["Candidato", "Email"], CANDIDATE_FIELDS) == ["full_name", "email"]  # people: no such field


@pytest.mark.parametrize("header, field", [
    ("Fecha", "created_at"), ("Fecha alta", "created_at"), ("Fecha de registro", "created_at"),
    ("Fecha primer contacto", "created_at"), ("Fecha recepción CV", "created_at"),
    ("Fecha última llamada", "last_activity_at"), ("Fecha último contacto", "last_activity_at"),
    ("Fecha de actualización", "last_activity_at"),
    ("Fecha entrevista", None), ("Fecha descarte", None), ("Fecha envío CV", None),  # another step's day
    ("Disp.", "notice_days"), ("Disponib.", "notice_days"), ("Obs.", "notes"), ("Observ.", "notes"),
    ("Sal. actual", "current_salary"), ("Sal. deseado", "expected_salary"), ("Skillset", "skills"),
    ("Apellidos, Nombre", "full_name"),  # "Núñez García, Ana": split surname first
    ("Nombre y Apellido", "full_name"), ("Apellido y nombre", "full_name"), ("Email empresa", None),
])
def test_headers_as_trackers_abbreviate_them_and_dates_of_other_steps(header, field):
    assert guess_field(header) == field


def test_a_header_saying_what_its_column_is_not_names_no_field():
    """"Columna libre adicional sin nombre claro" beside "Nombre completo" was the first name: every person
    was stored as the column's value, silently."""
    assert auto_mapping(["Nombre completo", "Email", "Columna libre adicional sin nombre claro"]) == [
        "full_name", "email", NOTES]
    assert guess_field("Candidates without email") is None
    assert guess_field("Email sin verificar") == "email"  # (what follows the word is no matter)


def test_a_column_of_cell_comments_names_no_field():
    """The column the reader adds for comments on a column's cells ("Comment (Teléfono 2)") goes to the
    notes: read as the field its column names, a comment was taken for a second phone."""
    assert auto_mapping(["Nombre", "Teléfono", "Teléfono 2", "Comment (Teléfono 2)", "Comment (Ciudad)"]) == [
        "full_name", "phone", "phone", NOTES, NOTES]


@pytest.mark.parametrize("header", ["Nombre y apellidos (como en el DNI)", "Nombre completo (DNI)",
                                    "Name (as on passport)", "Name (ID card)", "Nombre completo s/ DNI",
                                    "Nombre y apellidos (DNI o NIE)", "Nombre DNI/NIE"])
def test_a_name_column_that_names_the_id_document_its_spelling_follows_is_the_name(header):
    """The document's word made it sensitive: skipped, and the people were imported with no name."""
    assert auto_mapping([header, "Email", "DNI"]) == ["full_name", "email", SKIP]
    assert auto_mapping(["Candidate (ID)", "Nombre", "Documento (DNI)"]) == [NOTES, "full_name", SKIP]
