"""Which column holds which field: matched on normalised words and synonyms (English and Spanish),
overridable by the user, saved and reused when the same headers come again."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crm.domain import normalize
from crm.importing.safety import column_letters
from crm.importing.stage_words import is_stage_phrase

NOTES = "__notes__"  # unmapped column: kept in the notes as "Header: value"
SKIP = "__skip__"  # unmapped column: ignored
STAGE_DATES = "stage_dates"  # a pipeline column named after a stage, holding the day it was reached

# field -> (label, synonyms). Synonyms are compared after folding (case, accents, punctuation).
CANDIDATE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "full_name": ("Full name", ("full name", "name", "nombre completo", "nombre y apellidos", "candidate",
                                "candidato", "candidate name", "nombre candidato", "apellidos y nombre",
                                # "Apellidos, Nombre": the cell says it the same way ("Núñez García, Ana")
                                "apellidos nombre", "apellido nombre", "last name first name",
                                "nombre y apellido", "apellido y nombre",
                                "surname first name", "surname name")),
    "first_name": ("First name", ("first name", "nombre", "given name", "forename", "nombre de pila")),
    "last_name": ("Last name", ("last name", "surname", "apellidos", "apellido", "family name",
                                "primer apellido", "last names", "apellido 1", "apellido1", "1er apellido",
                                "1o apellido", "apellido paterno", "first surname")),
    # Address books keep a middle name apart (Outlook, Google Contacts): it joins the first name ("María José").
    "middle_name": ("Middle name", ("middle name", "additional name", "segundo nombre", "second name",
                                    "middle names", "otros nombres")),
    # Spanish files often keep the two surnames apart ("Apellido 1", "Apellido 2"): the second joins the first.
    "second_last_name": ("Second surname", ("segundo apellido", "apellido 2", "apellido2", "2o apellido",
                                            "apellido materno", "second surname", "second last name")),
    "email": ("Email", ("email", "e mail", "correo", "correo electronico", "mail", "email address",
                        "direccion de correo")),
    "phone": ("Phone", ("phone", "mobile", "cell", "telefono", "movil", "tel", "tlf", "telf", "tfno", "telef", "celular",
                        "phone number", "mobile phone", "numero de telefono", "contacto telefono",
                        "contact number", "contact phone", "numero de contacto", "whatsapp")),
    "city": ("City", ("city", "location", "localidad", "ciudad", "ubicacion", "poblacion", "residencia",
                      "town", "provincia", "based in", "localizacion", "municipio",
                      # A postal address gives its town (places.city_and_country); weak words, so that a
                      # city column and "Dirección de e-mail" name their own fields.
                      "direccion", "address", "domicilio")),
    "skills": ("Skills", ("skills", "skill", "aptitudes", "stack", "tecnologias", "key skills", "tech stack", "tecnologia",
                          "technology", "main technology", "main skills",
                          "conocimientos", "habilidades", "competencias", "technologies", "lenguajes",
                          # Trackers that split skills by kind: each such column adds to the skills.
                          "lenguajes de programacion", "programming languages", "frameworks", "librerias",
                          "bases de datos", "databases", "herramientas", "tools", "otras tecnologias",
                          "other skills", "otros conocimientos", "tecnologias secundarias", "skillset", "skill set")),
    "years_experience": ("Years of experience", ("experience", "years", "exp", "anos", "anos exp",
                                                 "anos de experiencia", "experiencia", "years of experience",
                                                 "yoe", "experiencia anos", "exp anos")),
    "current_salary": ("Current salary", ("current salary", "current ctc", "salario actual", "sueldo actual",
                                          "salary now", "retribucion actual", "banda actual", "ctc",
                                          "remuneracion actual", "salario bruto actual", "sal actual")),
    "expected_salary": ("Expected salary", ("expected salary", "expected ctc", "pretension", "salario deseado",
                                            "pretension salarial", "salary expectation", "expectativa salarial",
                                            "salario", "salary", "desired salary", "sueldo deseado",
                                            "banda salarial", "pretensiones", "pretensiones economicas",
                                            "pretensiones salariales", "expectativas salariales",
                                            "retribucion deseada", "remuneracion deseada", "salario pretendido",
                                            "sueldo", "rango salarial", "compensation", "desired compensation",
                                            "expected compensation", "remuneracion", "retribucion",
                                            # "SBA": salario bruto anual, as Spanish recruiters write it
                                            "sba", "bruto anual", "salario bruto", "sba deseado", "sal deseado")),
    "expected_salary_max": ("Expected salary max", ("expected salary max", "expected salary maximum",
                                                    "max expected salary", "salario deseado maximo",
                                                    "pretension maxima", "pretension salarial maxima")),
    "notice_days": ("Notice period", ("notice", "notice period", "preaviso", "disponibilidad", "availability",
                                      "incorporacion", "periodo de preaviso", "disp", "disponib")),
    "linkedin_url": ("LinkedIn / profile URL", ("linkedin", "profile url", "linkedin url", "perfil", "url",
                                                "perfil linkedin", "profile", "web",
                                                # ATS exports' columns of a person's profiles (Greenhouse, Lever)
                                                "social media", "social profiles", "social links", "links",
                                                "redes sociales", "enlaces")),
    "github_url": ("GitHub", ("github", "git hub", "github url")),
    "notes": ("Notes", ("notes", "comments", "observaciones", "notas", "comentarios", "remarks", "nota", "obs",
                        "observ")),
    "source": ("Source", ("source", "sources", "fuente", "origen", "canal", "channel")),
    "current_title": ("Current title", ("title", "job title", "puesto", "cargo", "position", "rol", "role",
                                        "puesto actual", "current title", "posicion")),
    "current_company": ("Current company", ("company", "empresa", "empresa actual", "current company",
                                            "employer", "compania", "organization", "organisation", "organizacion",
                                            "current organization", "current employer")),
    "country": ("Country", ("country", "pais", "pais de residencia", "country of residence", "residence country")),
    "available_from": ("Available from", ("available from", "disponible desde", "fecha disponibilidad",
                                          "start date", "fecha incorporacion", "fecha de incorporacion",
                                          "date available", "available date")),
    "created_at": ("Date added", ("fecha alta", "date added", "added", "alta", "fecha de alta", "created",
                                  "fecha registro", "fecha")),
    "seniority": ("Seniority", ("seniority", "nivel", "categoria", "level", "seniority level")),
    "english_level": ("English level", ("ingles", "english", "nivel de ingles", "english level", "nivel ingles")),
    # A list of languages and levels ("Inglés (B2), Francés (A2)"): kept in the notes, the English level read.
    "languages": ("Languages", ("idiomas", "languages", "idioma", "language", "lenguas", "language skills",
                                "nivel de idiomas", "conocimiento de idiomas")),
    "remote_preference": ("Remote preference", ("modalidad", "remote", "remoto", "teletrabajo", "work mode",
                                                "modalidad preferida", "remote preference", "work model", "modelo de trabajo")),
    "summary": ("Summary", ("summary", "resumen", "perfil resumen", "assessment", "valoracion", "headline",
                            "titular")),
    "lawful_basis": ("Lawful basis", ("lawful basis", "base legal", "legal basis", "base juridica",
                                      "base de legitimacion", "legitimacion")),
    "consent_date": ("Consent date", ("consent date", "fecha de consentimiento", "fecha consentimiento",
                                      "fecha del consentimiento", "date of consent")),
    "consent_evidence": ("Consent evidence", ("consent evidence", "prueba del consentimiento", "prueba consentimiento",
                                              "evidencia del consentimiento", "evidencia consentimiento",
                                              "proof of consent")),
    "retention_until": ("Retention until", ("retention until", "conservar hasta", "retain until", "keep until",
                                            "conservacion hasta", "retencion hasta",
                                            # Teamtailor's and other ATSs' GDPR consent's end: kept until then
                                            "consent expires at", "consent expires", "consent expiry",
                                            "consent expiry date", "consent expiration", "consent expiration date",
                                            "consent valid until", "caducidad del consentimiento",
                                            "caducidad consentimiento", "consentimiento hasta")),
    "status": ("Status", ("status", "estado", "candidate status", "estado del candidato", "estado candidato")),
    "last_activity_at": ("Last activity", ("last activity", "ultima actividad", "last contact", "ultimo contacto",
                                           "fecha ultima actividad")),
}
# Columns of this CRM's own candidate list export that describe the other database's record, not the
# person: its internal id and its last update time. Skipped (and said so) when the file is such an export.
EXPORT_META_HEADERS = frozenset({"id", "updated utc"})
_EXPORT_SIGNATURE = frozenset({"created utc", "updated utc"})


def _is_own_export(headers: set[str]) -> bool:
    """Whether the columns are this CRM's own candidate list: its full export (with its Created/Updated (UTC)
    columns), or six or more of its columns with its ID, nothing else (the default list; its ID went to each
    person's notes as "ID: 1" when imported back). Another system's "ID" beside an "Email" stays in the notes."""
    if _EXPORT_SIGNATURE & headers:
        return True
    if "id" not in headers or len(headers) < 6:
        return False
    from crm.exporting.candidate_list import COLUMNS  # (only for a file with an ID column)

    return headers <= {normalise_header(column.label) for column in COLUMNS}

# Words of a header that make it no field's, whatever else it says: "Fecha de nacimiento" is not the date
# added, "Disponibilidad para viajar" not the notice period, "Estado civil" not the candidate's status.
_OTHER_MEANING = frozenset({"viajar", "travel", "reubicacion", "relocation", "carne", "carnet", "conducir",
                            "driving", "licence", "license",
                            # "Fecha límite" is no opening date, "Próximo paso" no stage (the next one)
                            "limite", "deadline", "proximo", "next", "siguiente",
                            # "Stack Overflow" (a profile) is no skills stack
                            "overflow",
                            # Address books' "E-mail 1 - Type" / "Phone 1 - Label" say "Home" or "Work", beside
                            # the "... - Value" column that holds the address
                            "type", "label", "tipo", "etiqueta"})
# Personal data a recruiter does not need, some of which must not weigh in a hiring decision (birth date
# and age, identity numbers, gender, nationality, marital status, family, health): such a column is not
# imported unless the user chooses to keep it in the notes.
SENSITIVE_WORDS = frozenset({"nacimiento", "birth", "birthday", "birthdate", "dob", "edad", "age", "dni", "nie", "nif",
                             "pasaporte", "passport", "nss", "genero", "gender", "sexo", "sex", "nacionalidad",
                             "nationality", "civil", "marital", "hijos", "children", "discapacidad", "disability",
                             "religion", "salud", "health", "foto", "photo"})
SENSITIVE_REASON = ("personal data the CRM does not keep (such as a birth date, an ID number, gender or nationality); "
                    "not imported")

# A column with nothing in the header row: named by its letter, as Excel shows it ("Column F").
UNNAMED_COLUMN = "Column {letters}"
# The column sheets.find_table adds for a commented column's comments (Excel's "notes" on its cells): always
# kept in the notes ("Comment (Nombre completo): Llamar el lunes"), whatever field its column's name names.
# English, as the core names the columns it adds.
COMMENT_COLUMN = "Comment ({header})"
_COMMENT_COLUMN = re.compile(r"Comment \(.*\)", re.DOTALL)
_UNNAMED = re.compile(r"Column [A-Z]{1,3}")


def unnamed_column(index: int) -> str:
    return UNNAMED_COLUMN.format(letters=column_letters(index + 1))


def is_unnamed(header: object) -> bool:
    """A column that had no name in the file (unnamed_column)."""
    return isinstance(header, str) and _UNNAMED.fullmatch(header) is not None


_WORDS = re.compile(r"[a-z0-9]+")


def normalise_header(header: object) -> str:
    """'Años exp.' -> 'anos exp'; 'E-mail' -> 'e mail'."""
    return " ".join(_WORDS.findall(normalize.fold(str(header or ""))))


_NOT_A_FIELD = _OTHER_MEANING | SENSITIVE_WORDS
# Words that make a column second best for its field: with a province and a town, the town is the city;
# with a landline and a mobile, the mobile is the phone (the other goes to the notes).
_FALLBACK = {"city": frozenset({"provincia", "province"}),
             # (an office's number: the person's own phone column, if any, is theirs)
             "phone": frozenset({"fijo", "landline", "work", "trabajo", "business", "oficina", "office", "empresa",
                                 "company", "laboral", "sede", "centralita", "switchboard"})}


_SYNONYMS: dict[str, tuple[dict[str, str], dict[str, list[tuple[int, tuple[str, ...], str, int]]]]] = {}
# Words that name the row's subject rather than the column's content ("Email candidato" is an email).
_WEAK = {"candidato", "candidate", "name", "nombre", "fecha", "date", "url", "web", "profile", "perfil", "id",
         "ref", "vacante", "role", "rol", "direccion", "address", "domicilio"}

# Words that make a header an identifier ("Candidate ID", "Código candidato"): named by a weak word only
# (_WEAK: "candidate"), such a column is no candidate field's; its values, another system's numbers for
# the person, go to the notes. (Roles and pipelines have a reference field: "ID vacante" is that.)
_IDENTIFIER_WORDS = frozenset({"id", "codigo", "code", "ref", "referencia", "reference", "no", "num", "n", "slug",
                               "uuid", "guid", "key", "identifier", "identificador", "number", "numero"})
# Words that make a "name" column the name of something else than a person: "Job Name", "Nombre oferta"
_THING_WORDS = frozenset({"job", "jobs", "vacante", "vacancy", "oferta", "posting", "requisition", "opening",
                          "proyecto", "project", "equipo", "team", "departamento", "department", "cliente", "client",
                          "archivo", "fichero", "file", "documento", "document", "campana", "campaign"})
# The fields that name or reach the person a row is about, in every kind of import
_PERSON_FIELDS = frozenset({"first_name", "last_name", "full_name", "middle_name", "second_last_name",
                                              "name", "email"})
# Someone else a candidate list names beside the person: "Nombre del reclutador" is not their first name
_SOMEONE_ELSE_WORDS = frozenset({"reclutador", "reclutadora", "recruiter", "sourcer", "headhunter", "responsable",
                                 "usuario", "usuaria", "user", "username", "manager", "entrevistador",
                                 "entrevistadora", "interviewer", "consultor", "consultora", "owner", "propietario",
                                 "gestor", "gestora", "comercial", "tutor", "jefe", "jefa", "referente",
                                 "referrer", "coordinador", "coordinadora", "agente", "agent", "account"})
NAME_FIELDS = frozenset({"first_name", "last_name", "full_name", "middle_name", "second_last_name"})


# Words that name a field only as the whole header: Lever's "Links" holds a person's profiles, but "Links
# oferta", "Links CV" hold a job ad's or a shared folder's address.
_WHOLE_HEADER_ONLY = frozenset({"links", "enlaces"})


def _synonyms(fields: dict[str, tuple[str, tuple[str, ...]]]):
    """(normalised synonym -> field, first word -> [(order, words, field, strength)]) for these fields."""
    key = str(id(fields))
    if key not in _SYNONYMS:
        table: dict[str, str] = {}
        for field, (_label, words) in fields.items():
            for word in words:
                table.setdefault(normalise_header(word), field)
        by_first: dict[str, list[tuple[int, tuple[str, ...], str, int]]] = {}
        for order, (synonym, field) in enumerate(table.items()):
            if synonym in _WHOLE_HEADER_ONLY:
                continue  # named by the whole header alone (the table above), not as a word in one
            parts = tuple(synonym.split())
            by_first.setdefault(parts[0], []).append(
                (order, parts, field, 1 if synonym in _WEAK else len(synonym)))
        _SYNONYMS[key] = (table, by_first)
    return _SYNONYMS[key]


# A salary header that says "current" names the current salary, whichever salary synonym it holds:
# "Salario bruto anual actual", "Current base salary", "Banda salarial actual" contain "salario", "salary"
# or "banda salarial", which alone name the salary a candidate asks for (a tracker's one salary column).
# Likewise "min"/"max" name one end of a band: "Salario bruto máx.", "Pretensión salarial máx."; and a
# client header that names a person ("Company contact", "Manager cliente") is the client's contact.
_CURRENT_WORDS = frozenset({"actual", "current", "now", "hoy", "present"})
_MIN_WORDS = frozenset({"min", "minimo", "minima", "minimum"})
_MAX_WORDS = frozenset({"max", "maximo", "maxima", "maximum"})
_BAND_BOTTOM_WORDS = frozenset({"desde", "from", "low", "lower", "bottom", "baja", "bajo", "inferior"})
_BAND_TOP_WORDS = frozenset({"hasta", "to", "high", "higher", "top", "upper", "alta", "alto", "superior"})
_PREVIOUS_WORDS = frozenset({"anterior", "anteriores", "previous", "former", "prior", "previa", "previo", "pasada",
                             "pasado"})
_LAST_WORDS = frozenset({"last", "latest", "ultima", "ultimo"})
_TENURE_WORDS = frozenset({"tiempo", "anos", "years", "antiguedad", "tenure"})
# (field found, words that narrow it, the narrower field): the header names the narrower field, or no
# field (None, or a kind without the narrower field: "Contacto cliente" in a pipeline sheet is not its client).
# "Salario bruto mensual", "Monthly salary": the CRM's salaries are yearly; such a column is kept in the
# notes as written (its 2,500 was stored as a yearly 2,500, and took the field from "Pretensión").
_MONTHLY_WORDS = frozenset({"mensual", "mensuales", "monthly", "mes", "month"})
NARROWER = (("seniority", frozenset({"interest", "interes"}), None),  # Indeed's "Interest level": Interested...
            ("expected_salary", _MONTHLY_WORDS, None), ("current_salary", _MONTHLY_WORDS, None),
            ("salary", _MONTHLY_WORDS, None),
            ("expected_salary", _CURRENT_WORDS, "current_salary"),
            ("expected_salary", _MAX_WORDS, "expected_salary_max"),
            ("salary", _MIN_WORDS, "salary_min"), ("salary", _MAX_WORDS, "salary_max"),
            # A band's ends in two columns: "Rango desde" / "Rango hasta", "Salary Low" / "Salary High"
            ("salary", _BAND_BOTTOM_WORDS, "salary_min"), ("salary", _BAND_TOP_WORDS, "salary_max"),
            ("client", frozenset({"contacto", "contact", "persona", "manager", "interlocutor"}), "contact"),
            # In a pipeline sheet, the candidate's own company and title are not the role's client and title.
            ("client", _CURRENT_WORDS, "current_company"), ("title", _CURRENT_WORDS, "current_title"),
            # "Email empresa", "Teléfono empresa": an address or number at the company, not its name.
            ("current_company", frozenset({"email", "mail", "correo", "telefono", "phone", "tel", "tlf", "movil"}),
             None),
            # "Organization 1 - Title", "Organization Title": the person's title at the organisation.
            ("current_company", frozenset({"title", "cargo", "position"}), "current_title"),
            # A role's "Start date" / "Fecha de incorporación" is when the hire should start, not when it opened.
            ("opened_on", frozenset({"start", "incorporacion"}), None),
            # A previous job is not the current one ("Empresa anterior", "Previous company"), nor is the time
            # spent in it ("Años en la empresa", "Tiempo en el puesto"); the last job is ("Última empresa").
            ("current_company", _PREVIOUS_WORDS | _TENURE_WORDS, None),
            # Lever's "Posting Title", "Título de la oferta": the job applied for, not the person's title
            ("current_title", frozenset({"posting", "oferta", "vacante", "requisition", "opening"}), None),
            ("current_title", _PREVIOUS_WORDS | _TENURE_WORDS, None),
            # "Salario anterior", "Último salario": what the person earned, not what they ask for.
            ("expected_salary", _PREVIOUS_WORDS | _LAST_WORDS, "current_salary"),
            # "Última experiencia", "Latest experience": the last job, written out; not a number of years.
            ("years_experience", _LAST_WORDS, None),
            # "Nivel de estudios": an education level, not a seniority.
            ("seniority", frozenset({"estudios", "educacion", "formacion", "academico", "education"}), None),
            # "Fecha" alone, "Fecha primer contacto", "Fecha CV" are when the person was added; "Fecha última
            # llamada", "Fecha de actualización" when they were last reached or updated; the day of a later
            # step ("Fecha entrevista", "Fecha descarte", "Fecha envío CV") is no field of theirs: kept in the
            # notes with its header.
            ("created_at", _LAST_WORDS | frozenset({"actualizacion", "modificacion", "updated", "modified"}),
             "last_activity_at"),
            ("created_at", frozenset({"entrevista", "interview", "descarte", "rechazo", "rejection", "rejected",
                                      "envio", "enviado", "sent", "presentacion", "presentado", "submitted", "oferta",
                                      "offer", "prueba", "test", "feedback", "baja", "salida", "contratacion",
                                      "hired", "cierre", "closed"}), None))


def guess_field(header: object, fields: dict[str, tuple[str, tuple[str, ...]]] = CANDIDATE_FIELDS) -> str | None:
    """The field a header names: exact synonym first, then the longest synonym its words contain (weak
    words count as length 1; on a tie, the synonym listed first)."""
    return _guess(header, fields)[0]


_WITHOUT = frozenset({"sin", "without"})


def _guess(header: object, fields: dict[str, tuple[str, tuple[str, ...]]]) -> tuple[str | None, bool]:
    """guess_field's field, and whether a weak word alone names it ("Candidato", "Fee candidato")."""
    normalised = normalise_header(header)
    if not normalised:
        return None, False
    named = _name_as_on_document(header) if fields is CANDIDATE_FIELDS else None
    if named is not None:  # "Nombre completo (como en el DNI)": the name, as that document writes it
        return _guess(named, fields)
    if not _NOT_A_FIELD.isdisjoint(normalised.split()):
        return None, False
    table, by_first = _synonyms(fields)
    words = tuple(normalised.split())
    if normalised in table:
        return table[normalised], normalised in _WEAK
    best: tuple[int, int] | None = None  # (strength, -order)
    field_of_best, parts_of_best = None, ()
    for start, word in enumerate(words):  # only synonyms starting with one of the header's words can match
        if start and words[start - 1] in _WITHOUT:
            continue  # "Columna libre sin nombre claro": the header says what it is not
        for order, parts, field, strength in by_first.get(word, ()):
            if words[start:start + len(parts)] == parts and (best is None or (strength, -order) > best):
                best, field_of_best, parts_of_best = (strength, -order), field, parts
    if (fields is CANDIDATE_FIELDS and best is not None and best[0] == 1  # no candidate field is an identifier
            and _IDENTIFIER_WORDS.isdisjoint(parts_of_best) and not _IDENTIFIER_WORDS.isdisjoint(words)):
        return None, False  # "Candidate ID", "Nº candidato": another system's number for the person, not a name
    if best is not None and best[0] == 1 and field_of_best in _PERSON_FIELDS and (
            (_IDENTIFIER_WORDS.isdisjoint(parts_of_best) and not _IDENTIFIER_WORDS.isdisjoint(words))
            or not _THING_WORDS.isdisjoint(words)):
        return None, False  # a pipeline's "Candidate ID", Recruit CRM's "Candidate Slug"; "Job Name": no one's name
    if field_of_best in ("email", "phone") and (not (_SOMEONE_ELSE_WORDS | OTHER_PERSONS_WORDS).isdisjoint(words)
                                                or any(phrase in f" {normalised} " for phrase in _OTHER_PERSONS_PHRASES)):
        return None, False  # "Referral Email", "Teléfono de referencia", "Email referido por": not the person's
    if fields is CANDIDATE_FIELDS and field_of_best in NAME_FIELDS and not _SOMEONE_ELSE_WORDS.isdisjoint(words):
        return None, False  # "Nombre del reclutador", "Hiring manager name": another person's name
    if best is None:  # a header in the plural that is a way of reaching the person: "Emails", "Teléfonos"
        for singular in _singulars(words):
            if table.get(" ".join(singular)) in _REACHED_BY:  # (not "Ciudades", "Nombres", "Emails de referencias")
                return table[" ".join(singular)], False
    weak = best is not None and best[0] == 1
    for found, narrowing, narrower in NARROWER:  # the narrower field, or none where this kind has none
        if field_of_best == found and not narrowing.isdisjoint(words):
            return (narrower if narrower in fields else None), weak
    return field_of_best, weak


# Fields a header in the plural names: the ways of reaching the person ("Emails", "Correos electrónicos",
# "Teléfonos", "Móviles", "Perfiles"), whose cells the parser reads one of; a plural of another field says more
# than one ("Ciudades preferidas", "Nombres") and stays in the notes.
_REACHED_BY = frozenset({"email", "phone", "linkedin_url"})


def names_a_field(header: object, fields: dict[str, tuple[str, tuple[str, ...]]] = CANDIDATE_FIELDS) -> bool:
    """The header is a field's name itself, in the singular or the plural ("Correo electrónico", "Emails",
    "LinkedIn"), or three words at most naming it by more than a weak word ("Teléfono móvil", "URL LinkedIn");
    not a phrase holding one ("Contratado - otros perfiles", "Lista de candidatos julio")."""
    table, _by_first = _synonyms(fields)
    words = tuple(normalise_header(header).split())
    if any(" ".join(form) in table for form in [words, *_singulars(words)]):
        return True
    field, weak = _guess(header, fields)
    return field is not None and not weak and len(words) <= 3


def _singulars(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A header's words in the singular, as its synonyms are written, both ways a plural is made: "correos",
    "nombres" less their "s"; "moviles", "ciudades", "perfiles" less their "es" (a word of four letters or
    fewer stays: "mas", "dias")."""
    plural = [len(word) > 4 and word.endswith("s") for word in words]
    if not any(plural):
        return []
    less_s = tuple(word[:-1] if is_plural else word for word, is_plural in zip(words, plural, strict=True))
    less_es = tuple(word[:-2] if is_plural and word.endswith("es") else word
                    for word, is_plural in zip(words, plural, strict=True))
    return [less_s] if less_es in (less_s, words) else [less_s, less_es]


def is_sensitive(header: object) -> bool:
    """A column of personal data the CRM does not keep (SENSITIVE_WORDS): skipped unless the user chooses."""
    return not SENSITIVE_WORDS.isdisjoint(normalise_header(header).split()) and _name_as_on_document(header) is None


# A name column that says which document its spelling follows: "Nombre y apellidos (como en el DNI)", "Name (as
# on passport)". Its ID document's word made it sensitive: skipped, and the people were imported with no name.
_DOCUMENT_WORDS = frozenset({"dni", "nie", "nif", "pasaporte", "passport", "documento", "document", "card"})
# Words around the document's name: "como en el", "según", "s/", "as on", "DNI o NIE"
_DOCUMENT_FILLERS = frozenset({"como", "segun", "as", "on", "in", "per", "according", "to", "en", "el", "la", "su",
                               "the", "my", "his", "her", "their", "aparece", "figura", "written", "shown", "id", "de",
                               "del", "identidad", "identity", "nacional", "national", "s", "o", "or", "y", "and"})


def _name_as_on_document(header: object) -> str | None:
    """The name's words of such a header ("nombre y apellidos"), when what follows them only names an ID
    document ("(DNI o NIE)", "s/ DNI", "(as on passport)"); else None. ("Candidate (ID)" names no document: it
    is another system's number.)"""
    words = normalise_header(header).split()
    at = next((index for index, word in enumerate(words) if word in _DOCUMENT_WORDS), None)
    if not at or not set(words[at:]) <= _DOCUMENT_WORDS | _DOCUMENT_FILLERS:
        return None
    head = words[:at]
    while head and head[-1] in _DOCUMENT_FILLERS:
        head.pop()
    name = " ".join(head)
    return name if head and _guess(name, CANDIDATE_FIELDS)[0] in NAME_FIELDS else None


# Fields several columns may fill: a candidate's skills add up (RowParser), a pipeline row's comment
# keeps each ("Feedback cliente: ...", "Motivo de descarte: ..."); any other field takes its first column.
MANY_COLUMNS = frozenset({"skills", "comment", STAGE_DATES})
# Fields whose columns each keep their own value, with their header (row_values): a pipeline tracker kept
# as a column per stage ("Contactado", "Fecha entrevista", "Oferta"), each holding the day it was reached.
PER_COLUMN = frozenset({STAGE_DATES})
_DATE_WORDS = frozenset({"fecha", "date", "dia", "de", "del", "la", "el", "of", "the", "on", "when"})


def _names_a_stage(header: object, guess: str | None, weak: bool) -> bool:
    """A pipeline column named after a stage, its words (date words aside) one of the stage words exactly
    ("Fecha entrevista", "Oferta"; "Contacto cliente" is a person): one no field names, or only by "Fecha";
    or one with a field's word among its words ("Entrevista cliente", "Enviado a cliente" are stages, not
    the client)."""
    words = stage_words_of(header)
    if not words or not is_stage_phrase(words):
        return False
    return guess is None or (guess == "date" and weak) or " " in words


_JOB_AD_WORDS = frozenset({"oferta", "oferta de empleo", "oferta de trabajo"})


def _the_job_ad(headers: Sequence[object], guessed: list[tuple[str | None, bool]]) -> list[tuple[str | None, bool]]:
    """A Spanish log's "Oferta" beside its stage column ("Candidato; Oferta; Estado; Fecha"; InfoJobs' applicants)
    is the job ad: the role's title, not the day the Offer stage was reached (the sheet was refused, "no column
    naming the role"). A tracker with a column per stage keeps it a stage's ("Contactado; Entrevista; Oferta")."""
    stage_columns = [at for at, (guess, _weak) in enumerate(guessed) if guess == STAGE_DATES]
    # (a role named otherwise, "Vacante", leaves "Oferta" the day of the offer; "Código de oferta" names the ad)
    named_otherwise = any(guess in ("title", "reference") and "oferta" not in normalise_header(header).split()
                          for header, (guess, _weak) in zip(headers, guessed, strict=True))
    if (len(stage_columns) != 1 or not any(guess == "stage" for guess, _weak in guessed) or named_otherwise
            or stage_words_of(headers[stage_columns[0]]) not in _JOB_AD_WORDS):
        return guessed
    return [("title", False) if at == stage_columns[0] else found for at, found in enumerate(guessed)]


def stage_words_of(header: object) -> str:
    """A column's header without its date words: "Fecha entrevista" -> "entrevista"."""
    return " ".join(word for word in normalise_header(header).split() if word not in _DATE_WORDS)


def unmapped_target(kind: str) -> str:
    """Where an import keeps a column no field names: a candidate's notes, a role's description (NOTES);
    a pipeline row has nowhere to keep one (its candidate's name, its role's title), so it skips it."""
    return SKIP if kind == "pipeline" else NOTES


def auto_mapping(headers: Sequence[object], fields: dict[str, tuple[str, tuple[str, ...]]] = CANDIDATE_FIELDS,
                 unmapped: str = NOTES) -> list[str]:
    """One target per column: a field, NOTES or SKIP. A field is taken by its first column only, unless
    that column is a fallback for it (_FALLBACK, a lone weak word) and another column names it better."""
    # A column of cells' comments (COMMENT_COLUMN) names no field: a pipeline step's comment, else the notes
    comments = ("comment", False) if "comment" in fields else (None, False)
    guessed = [comments if isinstance(h, str) and _COMMENT_COLUMN.fullmatch(h) else _guess(h, fields) for h in headers]
    if STAGE_DATES in fields:
        guessed = [(STAGE_DATES, False) if _names_a_stage(h, guess, weak) else (guess, weak)
                   for h, (guess, weak) in zip(headers, guessed, strict=True)]
        guessed = _the_job_ad(headers, guessed)
    guesses = [field for field, _weak in guessed]
    if "status" in fields and "stage" in fields and guesses.count("stage") > 1:
        # A pipeline's "Stage" and "Status" (Greenhouse: Active, Rejected): the status says whether it goes on
        # (a lone "Status" column is the stage, as trackers write it)
        guesses = ["status" if guess == "stage" and normalise_header(header) == "status" else guess
                   for header, guess in zip(headers, guesses, strict=True)]
    if fields is CANDIDATE_FIELDS:
        guesses = _resolve_salaries(headers, _resolve_names(headers, guesses))
        guesses = _the_job_applied_to(headers, guesses)
        guesses = _years_in_all(headers, guesses)
    own_export = fields is CANDIDATE_FIELDS and _is_own_export({normalise_header(h) for h in headers})
    # A header that is one weak word ("Candidato", "Fecha", "Vacante") is second best for its field too:
    # a pipeline's "Candidato" holds a name, and the "Email" beside it the candidate's address. It yields
    # to a column that names the field by more than a weak word ("Email candidato", not "Fee candidato").
    fallbacks = {index for index, (header, guess) in enumerate(zip(headers, guesses, strict=True))
                 if guess and (normalise_header(header) in _WEAK or (
                     guess in _FALLBACK and not _FALLBACK[guess].isdisjoint(normalise_header(header).split())))}
    named_better = {guess for index, (guess, (_field, weak)) in enumerate(zip(guesses, guessed, strict=True))
                    if index not in fallbacks and not weak}
    result, taken = [], set()
    for index, (header, guess) in enumerate(zip(headers, guesses, strict=True)):
        if own_export and normalise_header(header) in EXPORT_META_HEADERS:
            result.append(SKIP)
        elif guess and (guess not in taken or guess in MANY_COLUMNS) and not (index in fallbacks
                                                                             and guess in named_better):
            taken.add(guess)
            result.append(guess)
        elif fields is not CANDIDATE_FIELDS and is_unnamed(header):
            result.append(SKIP)  # a role's helper column (days open, a checkbox) is no part of its description
        elif fields is CANDIDATE_FIELDS and (other := _other_contact(header)) in taken:
            result.append(other)  # "Email 2", "Work Phone": fills an empty one, else finds the person too
        else:
            result.append(unmapped if normalise_header(header) and not is_sensitive(header) else SKIP)
    return result


# Words of a second email or phone column of the person's own ("Email 2", "Other Emails", "Work Phone",
# "Teléfono móvil"): read as a repeat of the field (candidate_rows._parse_repeats), it fills the field when
# the first column is empty and otherwise finds the person too (the same person in another ATS's export
# under their other address was a second record). Not someone else's ("Recruiter email", "Email referencia").
_OTHER_CONTACT_WORDS = frozenset({"2", "3", "4", "other", "otro", "otros", "otra", "otras", "secondary", "secundario",
                                  "secundaria", "alternative", "alternativo", "alternativa", "alt", "personal",
                                  "private", "privado", "privada", "mobile", "movil", "cell", "celular", "home",
                                  "casa", "work", "trabajo", "business", "additional", "adicional"})
# A work number is an office's, shared by colleagues: no second phone of the person's (it filled an empty
# phone, and a colleague giving it without an email was merged into them). A work email is the person's own.
_SHARED_PHONE_WORDS = frozenset({"work", "trabajo", "business", "oficina", "office", "empresa", "company", "laboral",
                                 "sede", "centralita", "switchboard"})
_REFEREE_WORDS = frozenset({"contacto", "contact"})
# Someone else's address or number beside the person's: a referee's, a referrer's, an assistant's, a family
# member's ("Referral Email", "Teléfono de referencia", "Personal Assistant Email", "Móvil madre")
OTHER_PERSONS_WORDS = frozenset({"referencia", "referencias", "reference", "references", "referee", "referees",
                                 "referral", "referrals", "referrer", "recomendador", "recomendadora", "recomienda",
                                 "emergencia", "emergency", "assistant", "asistente", "secretary",
                                 "secretaria", "secretario", "pa", "ea", "madre", "padre", "mother", "father",
                                 "pareja", "spouse", "partner", "esposa", "esposo", "parent", "parents", "tutor",
                                 "guardian", "cliente", "client", "rrhh", "hr"})
# ... and "referred by": the referred one ("Email referido", "Referred Candidate Email") is the candidate
_OTHER_PERSONS_PHRASES = (" referido por ", " referida por ", " referred by ", " recomendado por ", " recomendada por ",
                          " recommended by ")


def _other_contact(header: object) -> str | None:
    """"email" or "phone" for a column of the person's other address or number, else None."""
    if isinstance(header, str) and _COMMENT_COLUMN.fullmatch(header):
        return None
    words = normalise_header(header).split()
    if _OTHER_CONTACT_WORDS.isdisjoint(words) or not (_SOMEONE_ELSE_WORDS | _REFEREE_WORDS).isdisjoint(words):
        return None
    singular = " ".join(word[:-1] if word in ("emails", "phones", "correos", "telefonos", "mails") else
                        word[:-2] if word == "moviles" else word for word in words)
    field = guess_field(singular)
    if field == "phone" and not _SHARED_PHONE_WORDS.isdisjoint(words):
        return None
    return field if field in ("email", "phone") else None


# Words of a years column that say nothing of what the years are of: "Años de experiencia (total)", "Years of
# experience", "Exp. profesional". Any other word names a skill or field ("Años exp. Java", "Years of Java").
_YEARS_IN_ALL = frozenset({"anos", "ano", "years", "year", "yrs", "yr", "yoe", "experiencia", "experience", "exp",
                           "de", "of", "en", "in", "la", "el", "the", "no", "n", "num", "numero", "total", "totales",
                           "overall", "general", "profesional", "professional", "laboral", "work", "working", "it",
                           "ti", "informatica", "tecnologia", "software", "desarrollo", "development", "tech"})


_YEARS_WORDS = frozenset({"anos", "ano", "years", "year", "yrs", "yr", "yoe"})
_EXPERIENCE_WORDS = frozenset({"experiencia", "experience", "exp", "yoe"})


def years_in_all(header: object) -> bool:
    """A years column's header that says nothing of what the years are of (_YEARS_IN_ALL)."""
    return set(normalise_header(header).split()) <= _YEARS_IN_ALL


def _years_in_all(headers: Sequence[object], guesses: list[str | None]) -> list[str | None]:
    """Of two years columns, the person's years in all, wherever it stands: "Años de experiencia en Java"
    before "Años experiencia" took the years (a field is its first column's), the total went to the notes."""
    years = [index for index, guess in enumerate(guesses) if guess == "years_experience"]
    if len(years) < 2:
        return guesses
    in_all = [index for index in years if years_in_all(headers[index])]
    # ...of those, one naming both years and experience ("Años experiencia") before a bare "Experiencia", often
    # the jobs as text, or a bare "Años", often the person's age
    in_all = [index for index in in_all if _YEARS_WORDS & (words := set(normalise_header(headers[index]).split()))
              and _EXPERIENCE_WORDS & words] or in_all
    if not in_all or in_all[0] == years[0]:
        return guesses
    return [None if index in years and index != in_all[0] else guess for index, guess in enumerate(guesses)]


# A job board's applicants export names the job applied to beside its place (Indeed's "job title" and "job
# location"): that title is the job's, not the person's.
_APPLIED_JOB_HEADERS = frozenset({"job location", "posting location"})


def _the_job_applied_to(headers: Sequence[object], guesses: list[str | None]) -> list[str | None]:
    names = {normalise_header(header) for header in headers}
    if names.isdisjoint(_APPLIED_JOB_HEADERS):
        return guesses
    return [None if guess == "current_title" and normalise_header(header) in ("job title", "job", "posting")
            else guess for header, guess in zip(headers, guesses, strict=True)]


_FIRST_WORDS = frozenset({"first", "given", "forename", "pila"})  # "Nombre de pila" (not "Primer nombre")


def _resolve_names(headers: Sequence[object], guesses: list[str | None]) -> list[str | None]:
    """'Nombre' is the first name when a surname column exists, otherwise the full name; beside a first
    name's own column too ("Name", "First Name", "Last Name": an ATS export), the full name, which fills
    the parts a row leaves empty."""
    has_last = "last_name" in guesses
    plain = [guess in ("first_name", "full_name") and (_name_as_on_document(header) or normalise_header(header))
             in ("nombre", "name") for header, guess in zip(headers, guesses, strict=True)]  # ("Nombre (DNI)" too)
    # (an ATS's "First Name", "Given name"; not a Spanish "Nombre preferido" beside "Nombre" and "Apellidos")
    has_first = any(guess == "first_name" and not is_plain and _FIRST_WORDS & set(normalise_header(header).split())
                    for header, guess, is_plain in zip(headers, guesses, plain, strict=True))
    return [("first_name" if has_last and not has_first else "full_name") if is_plain else guess
            for guess, is_plain in zip(guesses, plain, strict=True)]


# A salary header of these words alone ("Salario", "Sueldo bruto anual", "Salary (k€)") says no more than
# "salary": a tracker's one salary column is what the candidate asks for, but beside a column that names
# the asked-for salary ("Salario deseado", "Pretensión") it is what they earn now.
_GENERIC_SALARY_WORDS = frozenset({"salario", "salary", "sueldo", "sba", "bruto", "bruta", "anual", "annual",
                                   "gross", "base", "fijo", "fixed", "k", "eur", "euros", "retribucion",
                                   "remuneracion", "compensation", "total", "yearly"})


def _resolve_salaries(headers: Sequence[object], guesses: list[str | None]) -> list[str | None]:
    """'Salario' beside 'Salario deseado' is the current salary (or, with a current-salary column too,
    no field: its values go to the notes), not the expected salary that column names better."""
    generic = [guess == "expected_salary" and set(normalise_header(header).split()) <= _GENERIC_SALARY_WORDS
               for header, guess in zip(headers, guesses, strict=True)]
    if not any(guess == "expected_salary" and not plain for guess, plain in zip(guesses, generic, strict=True)):
        return guesses
    current_free = "current_salary" not in guesses
    resolved = []
    for guess, plain in zip(guesses, generic, strict=True):
        if plain:
            guess, current_free = ("current_salary" if current_free else None), False
        resolved.append(guess)
    return resolved
