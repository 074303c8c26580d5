"""Importing messy candidate lists end to end, on a real SQLite file."""

from datetime import UTC, date, datetime

import openpyxl
from import_fixtures import (
    by_email,
    fts,
    messy_spanish_xlsx,
    plain_xlsx,
)
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.report import write_errors_xlsx


def test_messy_spanish_sheet(tmp_path, store, services):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))

    assert report.sheet == "Candidatos"  # not the lookup sheet
    assert (report.created, report.merged, report.updated) == (5, 1, 0)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (8, "nothing identifies a person (no name, email, phone or profile URL)")]
    assert services.candidates.count() == 5

    jose = by_email(services, "jose.nunez@example.com")
    assert (jose.first_name, jose.last_name, jose.phone, jose.city) == ("José", "Núñez Ibáñez", "+34600111222", "Madrid")
    assert (jose.current_salary, jose.expected_salary, jose.expected_salary_max) == (45000, 50000, 55000)
    assert (jose.notice_days, jose.years_experience) == (15, 5.0)
    assert jose.linkedin_url == "https://linkedin.com/in/jose-nunez"
    # The duplicate row (upper-cased email) added its skill to the first one.
    assert {s.name for s in jose.skills} == {"Python", "PostgreSQL", "Docker", "Kafka"}
    assert "Carnet: B" in jose.notes  # an unmapped column kept in the notes

    ana = by_email(services, "ana.garcia@example.com")
    assert ana.notes.startswith('=HYPERLINK("http://x","CV")')  # formula-looking text stored as text
    assert {s.name for s in ana.skills} == {"Java", "Spring", "AWS"}

    jordi = by_email(services, "jordi@example.com")
    assert jordi.last_name == "Puig i Vidal" and jordi.years_experience == 5.5 and jordi.notice_days == 0
    assert jordi.expected_salary is None
    assert "Salario deseado: a convenir" in jordi.notes
    assert jordi.notes.startswith("@SUM(A1:A3)")

    lucia = by_email(services, "lucia@example.com")
    assert lucia.notes.startswith("\t=1+2")  # exactly as written, leading tab included
    assert "Años exp.: treinta" in lucia.notes and "Salario actual: treinta mil" in lucia.notes
    warned = {(w.row, w.column, w.value) for w in report.warnings}
    assert (9, "Años exp.", "treinta") in warned and (7, "Salario deseado", "a convenir") in warned

    pedro = services.candidates.get(max(c.id for c in services.candidates.iter_all()))
    assert (pedro.first_name, pedro.phone, pedro.notice_days) == ("Pedro", "+34644555666", 90)

    # Searchable as soon as the import returns, accents folded.
    assert fts(store, "nunez") == [jose.id]
    assert fts(store, "kafka") == [jose.id]


def test_a_second_phone_number_is_kept_in_the_notes_not_lost(tmp_path, store, services):
    blank = [None] * 8
    rows = [["Inés", "Mora", "ines@example.com", "600 11 22 33 / 699 88 77 66", "Madrid", *blank]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "dos.xlsx", rows=rows))
    ines = by_email(services, "ines@example.com")
    assert ines.phone == "+34600112233"
    assert "600 11 22 33 / 699 88 77 66" in ines.notes
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [
        (4, "600 11 22 33 / 699 88 77 66",
         "more than one phone number: the first is stored, the cell is kept in the notes")]


def test_a_sentence_in_the_skills_column_is_kept_in_the_notes_not_made_a_skill(tmp_path, store, services):
    cell = "Python, Django, experiencia liderando equipos de cinco personas en banca"
    rows = [["Irene", "Sanz", "irene@example.com", None, "Madrid", cell]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "frase.xlsx", rows=rows))
    irene = by_email(services, "irene@example.com")
    assert {s.name for s in irene.skills} == {"Python", "Django"}
    assert cell in irene.notes
    assert [(w.row, w.column) for w in report.warnings] == [(4, "Tecnologías")]


def test_two_surname_columns_make_one_last_name(tmp_path, store, services):
    """Spanish HR exports keep the surnames apart: both are the person's last name, not a note."""
    import xlsxwriter

    path = tmp_path / "rrhh.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Empleados")
    sheet.write_row(0, 0, ["Nombre", "Apellido 1", "Apellido 2", "Correo electrónico", "Localización"])
    sheet.write_row(1, 0, ["José", "GARCÍA", "lópez", "jose@example.com", "Sevilla"])
    sheet.write_row(2, 0, ["Ana", "Ruiz", None, "ana@example.com", "Bilbao"])
    book.close()
    report = import_candidates(store, path)
    assert report.created == 2 and not report.warnings
    jose, ana = by_email(services, "jose@example.com"), by_email(services, "ana@example.com")
    assert (jose.first_name, jose.last_name, jose.city, jose.notes) == ("José", "García López", "Sevilla", None)
    assert ana.last_name == "Ruiz"


def test_dry_run_writes_nothing(tmp_path, store, services):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"), ImportOptions(dry_run=True))
    assert report.created == 5 and report.batch_id is None
    assert services.candidates.count() == 0
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM import_batch")).scalar() == 0


def test_errors_spreadsheet_lists_rejections_and_warnings(tmp_path, store):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    out = write_errors_xlsx(report, tmp_path / "errors.xlsx")
    book = openpyxl.load_workbook(out)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert rows[0] == ("Kind", "Row", "Column", "Value", "Reason")
    assert ("rejected", 8) == rows[1][:2]
    assert ("warning", 9, "Años exp.", "treinta") == rows[-2][:4] or any(
        r[:4] == ("warning", 9, "Años exp.", "treinta") for r in rows)
    assert not list(tmp_path.glob(".import-report-*"))  # no temp file left behind


def test_the_errors_spreadsheet_names_the_file_and_sheet_its_rows_are_of(tmp_path, store):
    # Saved next to other imports' reports, the workbook must say which file and sheet "row 8" is in.
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    book = openpyxl.load_workbook(write_errors_xlsx(report, tmp_path / "errors.xlsx"))
    assert book.sheetnames[0] == "Import report" and book.active.title == "Import report"  # the table first
    about = dict(book["About this import"].iter_rows(values_only=True))
    book.close()
    assert about["File"] == "q3.xlsx" and about["Sheet"] == report.sheet
    assert about["Imported as"] == "Candidates"
    assert about["Import number"] == report.batch_id
    assert (about["Created"], about["Rejected rows"], about["Warnings"]) == (
        report.created, len(report.rejected), len(report.warnings))
    assert book.properties.title == f"Import report: q3.xlsx ({report.sheet})"


def test_the_errors_spreadsheet_lists_possible_duplicates_to_review(tmp_path, store):
    blank = [None] * 8
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx", rows=[
        ["José", "García López", "jose.1@example.com", None, "Madrid", *blank]]))
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "second.xlsx", rows=[
        ["JOSE", "GARCIA", "jose.2@example.com", None, "madrid", *blank],
        ["José", "García", "jose.3@example.com", None, "Madrid", *blank]]))
    book = openpyxl.load_workbook(write_errors_xlsx(report, tmp_path / "review.xlsx"))
    rows = list(book.active.iter_rows(values_only=True))[1:]
    book.close()
    assert rows == [
        ("possible duplicate", 4, None, "Jose Garcia", "similar name in the same city as an existing candidate "
                                                        "(candidate 1)"),
        ("possible duplicate", 5, None, "José García", "similar name in the same city as an existing candidate "
                                                        "(candidate 1)"),
        ("possible duplicate", 5, None, "José García", "same name and city as another row (row 4)")]


def test_spanish_consent_status_and_skill_years_columns(tmp_path, store, services):
    path = tmp_path / "rgpd.xlsx"
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Nombre", "Apellidos", "Email", "Tecnologías", "Base legal", "Fecha de consentimiento",
               "Prueba del consentimiento", "Conservar hasta", "Estado", "Última actividad"])
    ws.append(["Marta", "Gil Roca", "marta@example.com", "AWS (9,5), Go (8 años) / Docker", "Consentimiento",
               "01/03/2026", "Formulario web", "01/03/2028", "No contactar", "2026-11-02 09:15:00"])
    ws.append(["Pau", "Serra", "pau@example.com", "Java (5 yrs)", "interés legítimo", None, None, None,
               "Descartado", None])
    workbook.save(path)
    report = import_candidates(store, path)

    assert report.created == 2 and report.rejected == []
    marta = by_email(services, "marta@example.com")
    assert sorted((s.name, s.years) for s in marta.skills) == [("AWS", 9.5), ("Docker", None), ("Go", 8.0)]
    assert (marta.lawful_basis, marta.consent_date, marta.consent_evidence, marta.retention_until) == (
        "consent_future_roles", date(2026, 3, 1), "Formulario web", date(2028, 3, 1))
    assert marta.status == "do_not_contact" and marta.last_activity_at == datetime(2026, 11, 2, 9, 15, tzinfo=UTC)
    assert marta.notes is None
    pau = by_email(services, "pau@example.com")
    assert pau.status == "active" and pau.lawful_basis == "legitimate_interest"
    assert pau.notes == "Estado: Descartado"  # an unknown status word is kept as written, and reported
    assert [(w.row, w.column, w.value) for w in report.warnings] == [(3, "Estado", "Descartado")]
    # A stage of a process, said as such: it belongs to an application (the pipeline import), not the person.
    assert report.warnings[0].reason.startswith("a stage of a selection process, not a candidate status")


def test_a_salary_given_as_a_maximum_only(tmp_path, store, services):
    """'hasta 60k' as an expectation is its top (nothing is made up for the bottom); as a current salary it
    says too little, and is kept in the notes."""
    blank = [None] * 8
    rows = [["Iris", "Vega", "iris@example.com", None, "Madrid", None, None, "hasta 40k", "hasta 60k", *blank[:4]]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "hasta.xlsx", rows=rows))
    iris = by_email(services, "iris@example.com")
    assert (iris.expected_salary, iris.expected_salary_max, iris.current_salary) == (None, 60000, None)
    assert "Salario actual: hasta 40k" in iris.notes
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (4, "Salario actual", "only a maximum, not the salary itself; kept in the notes as written")]


def test_the_errors_spreadsheet_shows_each_value_as_typed(tmp_path):
    """Values that look like formulas, errors or Excel's _xHHHH_ escapes read back as they were written."""
    from python_calamine import CalamineWorkbook

    from crm.importing.report import ImportReport

    typed = ["=1+2", "#N/A", "ref _x0041_", "-5 años", "@SUM(A1)"]
    report = ImportReport("candidates", "x.xlsx")
    for row, value in enumerate(typed, start=2):
        report.warn(row, "Notas", value, "not a number")
    out = write_errors_xlsx(report, tmp_path / "errors.xlsx")
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Import report").to_python()
    assert [row[3] for row in rows[1:]] == typed
    book = openpyxl.load_workbook(out)
    assert all(cell.data_type == "s" for cell in book.active["D"][1:])  # text cells, never a formula or error
    book.close()


def test_a_birth_date_or_id_number_column_is_not_imported_unless_the_user_chooses(tmp_path, store, services):
    from crm.importing.importer import plan
    from crm.importing.mapping import NOTES, SENSITIVE_REASON

    path = plain_xlsx(tmp_path / "con_dni.xlsx", ["Nombre", "Apellidos", "Email", "Fecha de nacimiento", "DNI", "Ciudad"],
                      ["Lucía", "Vidal", "lucia@example.com", datetime(1990, 4, 2), "12345678Z", "Bilbao"])

    report = import_candidates(store, path)
    lucia = by_email(services, "lucia@example.com")
    assert (lucia.city, lucia.notes, lucia.created_at.year) == ("Bilbao", None, datetime.now(UTC).year)
    assert [(w.column, w.reason) for w in report.warnings] == [("Fecha de nacimiento", SENSITIVE_REASON),
                                                               ("DNI", SENSITIVE_REASON)]
    # The recruiter who must keep it (their choice, in the mapping) finds it in the notes.
    targets = plan(store, path).targets
    targets[4] = NOTES
    import_candidates(store, path, ImportOptions(targets=targets, on_duplicate="overwrite"))
    assert "12345678Z" in by_email(services, "lucia@example.com").notes


def test_a_current_salary_range_keeps_its_low_end_and_the_range_in_the_files_words(tmp_path, store, services):
    import_candidates(store, plain_xlsx(tmp_path / "rango.xlsx", ["Nombre", "Apellidos", "Email", "Salario actual"],
                                        ["Iker", "Mendi", "iker@example.com", "40-45k"]))
    iker = by_email(services, "iker@example.com")
    assert (iker.current_salary, iker.notes) == (40000, "Salario actual: 40-45k")


def test_cells_that_say_there_is_nothing_are_empty(tmp_path, store, services):
    """Trackers fill gaps with "-", "N/A" or "sin perfil": such a cell is empty, not a city called "-",
    a warning per cell and a line in the notes; so is a job board's "No especificado". "A convenir" still says something (to be agreed), and a
    "no" in a yes/no column is an answer."""
    headers = ["Nombre", "Apellidos", "Email", "Teléfono", "LinkedIn", "Ciudad", "Puesto actual", "Tecnologías",
               "Años exp.", "Preaviso", "Salario deseado", "Fecha alta", "Estado", "Carné de conducir"]
    path = plain_xlsx(tmp_path / "huecos.xlsx", headers,
                      ["Ana", "López", "ana@example.com", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "no"],
                      ["Bea", "N/A", "bea@example.com", "N/A", "sin perfil", "n/d", "N/D", "N/A", "?", "n/a", "n/a",
                       "--", "?", "—"],
                      ["Carla", "Díaz", "no tiene", "no tiene", "no tiene linkedin", "Sin datos", "", "",
                       "No especificado", "Sin especificar", "a convenir",
                       "", "", ""],
                      ["-", "-", "N/A", "-", "-", "Madrid", "", "", "", "", "", "", "", ""])
    report = import_candidates(store, path)

    assert report.created == 3
    assert [(w.row, w.column, w.value) for w in report.warnings] == [(4, "Salario deseado", "a convenir")]
    assert [(r.row, r.reason) for r in report.rejected] == [
        (5, "nothing identifies a person (no name, email, phone or profile URL)")]
    ana = by_email(services, "ana@example.com")
    assert (ana.phone, ana.linkedin_url, ana.city, ana.current_title, ana.years_experience, ana.notice_days,
            ana.expected_salary, ana.status) == (None, None, None, None, None, None, None, "active")
    assert ana.notes == "Carné de conducir: no" and list(ana.skills) == []
    bea = by_email(services, "bea@example.com")
    assert (bea.last_name, bea.city, bea.current_title, bea.notes) == ("", None, None, None)
    with store.engine.connect() as connection:
        carla = connection.execute(text("SELECT email, phone, linkedin_url, city, notes FROM candidate "
                                        "WHERE first_name = 'Carla'")).one()
    assert tuple(carla) == (None, None, None, None, "Salario deseado: a convenir")


def test_a_column_of_the_most_a_person_asks_is_an_amount(tmp_path, store, services):
    """It was stored as the text written ("60.000 €") in the number column."""
    path = plain_xlsx(tmp_path / "maximos.xlsx", ["Nombre", "Email", "Salario deseado", "Salario deseado máximo"],
                      ["Ana López", "ana@example.com", "50k", "60.000 €"],
                      ["Bea Ruiz", "bea@example.com", 50000, "hasta 65k"],
                      ["Eva Gil", "eva@example.com", 50000, "60-70k"],
                      ["Luis Sanz", "luis@example.com", 50000, "a convenir"])
    report = import_candidates(store, path)
    assert [by_email(services, f"{name}@example.com").expected_salary_max for name in ("ana", "bea", "eva", "luis")] == [
        60000, 65000, 70000, None]
    assert [(w.row, w.value) for w in report.warnings] == [(5, "a convenir")]


def test_a_salary_with_a_remark_keeps_the_amount_and_the_remark(tmp_path, store, services):
    """"30.000 € (fijo)" left the salary empty ("not an amount"); a recruiter filters by it."""
    path = plain_xlsx(tmp_path / "salarios.xlsx", ["Nombre", "Email", "Salario actual", "Salario deseado"],
                      ["Ana López", "ana@example.com", "30.000€ (fijo)", "45k + 5k bonus"],
                      ["Bea Ruiz", "bea@example.com", "38000", "40-45k (negociable)"])
    report = import_candidates(store, path)
    ana, bea = by_email(services, "ana@example.com"), by_email(services, "bea@example.com")
    assert (ana.current_salary, ana.expected_salary, bea.expected_salary, bea.expected_salary_max) == (
        30000, 45000, 40000, 45000)
    assert ana.notes == "Salario actual: 30.000€ (fijo)\nSalario deseado: 45k + 5k bonus"
    assert [(w.row, w.column) for w in report.warnings] == [(2, "Salario actual"), (2, "Salario deseado"),
                                                             (3, "Salario deseado")]
    assert {w.reason for w in report.warnings} == {
        "an amount with a remark: the amount is stored, the cell is kept in the notes"}


def test_a_name_that_is_also_a_placeholder_word_is_kept(tmp_path, store, services):
    """"Nil" is a Catalan given name, "Nada" an Arabic one, "Na" a Korean surname: not "nothing"."""
    path = plain_xlsx(tmp_path / "nombres.xlsx", ["Nombre", "Apellidos", "Email"],
                      ["Nil", "Puig", "nil@example.com"], ["Nada", "Haddad", "nada@example.com"],
                      ["Min-ji", "Na", "minji@example.com"], ["N/A", "-", "nadie@example.com"])
    import_candidates(store, path)
    names = [(c.first_name, c.last_name) for c in (by_email(services, f"{who}@example.com")
                                                  for who in ("nil", "nada", "minji", "nadie"))]
    assert names == [("Nil", "Puig"), ("Nada", "Haddad"), ("Min-ji", "Na"), ("", "")]


def test_an_ats_export_with_its_own_ids_and_skills_by_kind(tmp_path, store, services):
    """A Bullhorn-style export: its "Candidate ID" is kept in the notes (it was taken for the name and
    lost), skills split by kind all become skills, "Remuneración actual" is the current salary."""
    path = tmp_path / "export_ats.csv"
    path.write_text("Candidate ID,First Name,Last Name,Email,Lenguajes,Frameworks,Bases de datos,Remuneración actual\n"
                    '10234,Ana,López,ana@example.com,"Java, Python","Spring, Django",PostgreSQL,40000\n',
                    encoding="utf-8")
    report = import_candidates(store, path)
    ana = by_email(services, "ana@example.com")
    assert (report.created, report.warnings, ana.first_name, ana.last_name, ana.current_salary) == (
        1, [], "Ana", "López", 40000)
    assert ana.notes == "Candidate ID: 10234"
    assert sorted(skill.name for skill in ana.skills) == ["Django", "Java", "PostgreSQL", "Python", "Spring"]


def test_two_columns_given_one_field_lose_neither_value(tmp_path, store, services):
    """The user may import two columns as one field ("Email" and "Email 2"): the first column's value is
    stored, a different one of the second fills a gap or goes to the notes. The second used to overwrite
    the first, which was lost."""
    path = plain_xlsx(tmp_path / "dos_emails.xlsx", ["Nombre", "Email", "Email 2", "Ciudad", "Provincia"],
                      ["Ana López", "ana@example.com", "ana.lopez@gmail.com", "Getafe", "Madrid"],
                      ["Bea Ruiz", None, "bea@example.com", "Sevilla", "Sevilla"])
    targets = ["full_name", "email", "email", "city", "city"]
    report = import_candidates(store, path, ImportOptions(targets=targets))
    ana, bea = by_email(services, "ana@example.com"), by_email(services, "bea@example.com")
    assert (report.created, report.warnings) == (2, [])
    assert (ana.city, ana.notes) == ("Getafe", "Email 2: ana.lopez@gmail.com\nProvincia: Madrid")
    assert (bea.city, bea.notes) == ("Sevilla", None)  # the second column filled the empty email


def test_a_job_board_export_of_applicants(tmp_path, store, services):
    """An InfoJobs-style export: the offer's title above the headers, a languages list, "No especificado"
    for what the applicant left blank, a minimum of years. Those warned and went to the notes (the English
    level stayed empty), and "Idiomas" repeats down the column (read once per distinct cell)."""
    path = tmp_path / "inscritos.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Oferta: Desarrollador/a Backend Java (Madrid)"])
    sheet.append([])
    sheet.append(["Nombre", "Apellidos", "Email", "Población", "Experiencia", "Salario deseado", "Idiomas"])
    sheet.append(["Ana", "Ruiz Gómez", "ana@example.com", "Getafe", "Al menos 3 años", "No especificado",
                  "Inglés (B2), Francés (A2)"])
    sheet.append(["Bea", "Gil", "bea@example.com", "Madrid", "Más de 10 años", "40.000 €", "Inglés (B2), Francés (A2)"])
    sheet.append(["Carla", "Sanz", "carla@example.com", "Madrid", "1 año", "No especificado", "Alemán (C1)"])
    book.save(path)

    report = import_candidates(store, path)

    assert (report.created, report.warnings, report.rejected) == (3, [], [])
    ana, bea, carla = (by_email(services, f"{name}@example.com") for name in ("ana", "bea", "carla"))
    assert (ana.years_experience, ana.expected_salary, ana.english_level) == (3.0, None, "B2")
    assert ana.notes == "Idiomas: Inglés (B2), Francés (A2)"
    assert (bea.years_experience, bea.expected_salary, bea.english_level) == (10.0, 40000, "B2")
    assert (carla.english_level, carla.notes) == (None, "Idiomas: Alemán (C1)")


def test_lines_written_under_the_list_are_no_candidates(tmp_path, store, services):
    """An average, who updated the list and when, a confidentiality footnote and a count of records became
    four candidates ("Actualizado por Marta (RRHH)" "El 03/11/2026"); only "Total" was known as a footer."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre completo", "Email", "Ciudad", "Salario deseado"],
                      ["Ana Gil", "ana@example.com", "Madrid", 40000], ["Bea Ros", "bea@example.com", "Madrid", 45000],
                      [None, None, None, None], ["Total candidatos: 2"], ["Media salarial", None, None, 42500],
                      ["Actualizado por Marta (RRHH) el 03/11/2026"], ["* Datos confidenciales - no distribuir"],
                      ["Nº de registros", 2], ["Fuente: bolsa de empleo y LinkedIn"], ["Nota: revisar en enero"])
    report = import_candidates(store, path)
    assert (report.created, report.rejected, report.warnings) == (2, [], [])
    assert sorted(c.last_name for c in services.candidates.iter_all()) == ["Gil", "Ros"]


def test_a_name_with_digits_is_nobodys_name(tmp_path, store, services):
    """An id or a date in the name column made a candidate of it; with an email the person is still imported,
    the cell kept in the notes."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Apellidos", "Email"],
                      ["Ana", "Gil", "ana@example.com"], ["10023", None, "luis@example.com"],
                      ["Revisado 03/11/2026", None, None])
    report = import_candidates(store, path)
    assert report.created == 2
    assert [(r.row, r.reason) for r in report.rejected] == [
        (4, "nothing identifies a person (no name, email, phone or profile URL)")]
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (3, "Nombre", "10023", "not a person's name (it holds a number or a date); kept in the notes as written")]
    luis = by_email(services, "luis@example.com")
    assert (luis.first_name, luis.last_name, luis.notes) == ("", "", "Nombre: 10023")


def test_a_notice_cell_that_is_neither_a_period_nor_a_date_says_it_is_no_notice_period(tmp_path, store):
    """"negociable" and "Sí" were reported as "not a date (use dd/mm/yyyy)" in a notice column."""
    report = import_candidates(store, plain_xlsx(tmp_path / "l.xlsx", ["Nombre", "Email", "Preaviso"],
                                                 ["Ana Gil", "ana@example.com", "negociable"],
                                                 ["Bea Ruiz", "bea@example.com", "31/02/2027"]))
    assert [(w.row, w.reason) for w in report.warnings] == [
        (2, "not a notice period (e.g. '15 días', '1 mes', '2 weeks'); kept in the notes as written"),
        (3, "not a valid date; kept in the notes as written")]  # a day that does not exist: said as a date


def test_a_second_salary_column_given_as_a_range_is_kept_once_in_the_notes():
    """Two columns mapped to the current salary, the second a range: its cell was written to the notes twice."""
    from crm.importing.candidate_rows import build_row

    row = build_row(2, ["Ana Núñez", "45000", "60-65k"], ["Nombre", "Salario actual", "Salario deseado"],
                    ["full_name", "current_salary", "current_salary"])
    assert row.values["current_salary"] == 45000
    assert row.values["notes"] == "Salario deseado: 60-65k"


def test_a_number_under_a_header_naming_its_unit_is_read_in_that_unit():
    """'Notice (weeks)' 4 was stored as 4 days, 'Exp (meses)' 30 as 30 years, without a word."""
    from crm.importing.candidate_rows import build_row

    row = build_row(2, ["Ana Núñez", 4, "30", "2 meses"], ["Nombre", "Notice (weeks)", "Exp (meses)", "Otro"],
                    ["full_name", "notice_days", "years_experience", "__skip__"])
    assert (row.values["notice_days"], row.values["years_experience"]) == (28, 2.5)
    ranged = build_row(2, ["Ana Núñez", "2-4", "24-36"], ["Nombre", "Notice (weeks)", "Exp (meses)"],
                       ["full_name", "notice_days", "years_experience"])
    assert (ranged.values["notice_days"], ranged.values["years_experience"]) == (28, 2.0)  # and said
    assert ranged.values["notes"] == "Notice (weeks): 2-4\nExp (meses): 24-36"  # as written, not "2-4 weeks"
    plain = build_row(2, ["Ana Núñez", 15, "5"], ["Nombre", "Preaviso", "Años exp."],
                      ["full_name", "notice_days", "years_experience"])
    assert (plain.values["notice_days"], plain.values["years_experience"]) == (15, 5.0)
    first = build_row(2, ["Ana Núñez", 30, 2], ["Nombre", "Meses de experiencia", "Semanas de preaviso"],
                      ["full_name", "years_experience", "notice_days"])  # the unit named first: 30 was 30 years
    assert (first.values["years_experience"], first.values["notice_days"]) == (2.5, 14)


def test_a_monthly_salary_column_is_no_yearly_salary(tmp_path, store, services):
    """"Salario bruto mensual" 2500 was stored as the yearly expected salary, and the "Pretensión (k€)" beside it,
    the real expectation, went to the notes."""
    path = tmp_path / "mensual.csv"
    path.write_text("Nombre;Email;Salario bruto mensual;Pretensión (k€)\r\nAna Ruiz;ana@example.com;2500;40\r\n",
                    encoding="utf-8")
    assert import_candidates(store, path).created == 1
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.expected_salary, ana.current_salary, ana.notes) == (40000, None, "Salario bruto mensual: 2500")


def test_a_date_under_the_notice_beside_a_start_date_column_is_kept_in_the_notes(tmp_path, store, services):
    """"Preaviso 01/09/2024" beside "Disponible desde 15/09/2024": the first date was in no field, not in the
    notes, and nothing said so."""
    path = tmp_path / "disponibilidad.csv"
    path.write_text("Nombre;Email;Preaviso;Disponible desde\r\nAna Ruiz;ana@example.com;01/09/2024;15/09/2024\r\n"
                    "Luis Gil;luis@example.com;1 mes;15/09/2024\r\nEva Sanz;eva@example.com;15/09/2024;15/09/2024\r\n",
                    encoding="utf-8")
    assert import_candidates(store, path).created == 3
    people = {c.first_name: c for c in services.candidates.iter_all()}
    assert (people["Ana"].available_from, people["Ana"].notes) == (date(2024, 9, 15), "Preaviso: 01/09/2024")
    assert (people["Luis"].notice_days, people["Luis"].notes) == (30, None)
    assert people["Eva"].notes is None  # the same day twice: nothing more to keep


def test_ats_columns_of_a_persons_profiles_give_the_profile(tmp_path, store, services):
    """Greenhouse's "Social Media" and Lever's "Links" (several addresses in a cell) went to the notes: the
    person imported from LinkedIn before was created again."""
    linkedin = tmp_path / "linkedin.csv"
    linkedin.write_text("First Name,Last Name,Profile URL\r\nÁlvaro,Domínguez,https://www.linkedin.com/in/alvarodominguez\r\n",
                        encoding="utf-8")
    assert import_candidates(store, linkedin).created == 1
    greenhouse = plain_xlsx(tmp_path / "greenhouse.xlsx", ["First Name", "Last Name", "Email", "Social Media"],
                            ["Álvaro", "Domínguez", "alvaro@example.com", "linkedin.com/in/alvarodominguez/"])
    assert (import_candidates(store, greenhouse).created, services.candidates.count()) == (0, 1)
    assert services.candidates.find_by_email("alvaro@example.com").linkedin_url == \
        "https://linkedin.com/in/alvarodominguez"
    lever = tmp_path / "lever.csv"
    lever.write_text('Name,Email,Sources,Links\r\nIrene Vázquez,irene@example.com,"LinkedIn, Referral",'
                     '"https://www.linkedin.com/in/irenevazquez, https://dribbble.com/irenev"\r\n'
                     "Jordi Puig,jordi@example.com,Company website,https://github.com/jordipuig\r\n", encoding="utf-8")
    report = import_candidates(store, lever)
    assert (report.created, report.warnings) == (2, [])
    irene, jordi = (services.candidates.find_by_email(f"{n}@example.com") for n in ("irene", "jordi"))
    assert (irene.linkedin_url, irene.source) == ("https://linkedin.com/in/irenevazquez", "LinkedIn, Referral")
    assert irene.notes == "Links: https://www.linkedin.com/in/irenevazquez, https://dribbble.com/irenev"  # the portfolio
    assert (jordi.github_url, jordi.linkedin_url, jordi.notes) == ("https://github.com/jordipuig", None, None)


def test_a_number_without_its_country_code_is_read_in_the_rows_country(tmp_path, store, services):
    """"912 345 678" on a row from Portugal was stored as a Madrid landline (+34912345678) without a word; the
    French ("06 12 34 56 78") and US numbers were refused as no phone numbers."""
    path = tmp_path / "internacional.csv"
    path.write_text("Name,Email,Phone,City,Country\r\n"
                    "João Silva,joao@example.pt,912 345 678,Lisboa,Portugal\r\n"
                    "Marie Dupont,marie@example.fr,06 12 34 56 78,Paris,France\r\n"
                    "John Doe,john@example.com,(646) 555-0142,New York,United States\r\n"
                    "Ana Ruiz,ana@example.com,612 345 678,Lisboa,Portugal\r\n"  # a Spanish mobile, no Portuguese number
                    "Luis Gil,luis@example.com,912 345 679,Madrid,España\r\n", encoding="utf-8")
    report = import_candidates(store, path)
    phones = {c.first_name: c.phone for c in services.candidates.iter_all()}
    # A number of both countries stays Spanish, as it was read before (a Spaniard abroad keeps their mobile;
    # the same people imported again are found by it), and the other reading is said
    assert phones == {"João": "+34912345678", "Marie": "+33612345678", "John": "+16465550142",
                      "Ana": "+34612345678", "Luis": "+34912345679"}
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (2, "Phone", "912 345 678", "read as a Spanish number; the row says PT, where it would be +351912345678: if "
                                    "that is it, write it with its country code")]
