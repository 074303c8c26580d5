"""A candidate column's first values correct what its header says: a "Perfil" of job profiles is not a
profile URL, a "Contacto" of email addresses is the email."""

from __future__ import annotations

import pytest
from import_fixtures import plain_xlsx

from crm.importing.column_values import refine_by_values
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.inspect import inspect
from crm.importing.mapping import NOTES, auto_mapping

TRACKER_HEADERS = ["Nombre", "Apellidos", "Perfil", "Contacto", "Móvil", "Enlace"]
TRACKER_ROWS = [
    ["Ana", "López", "Backend Java senior", "ana@example.com", "600 111 222", "https://www.linkedin.com/in/ana-lopez"],
    ["Bea", "Ruiz", "Python / Django", "bea@example.com", "611222333", "linkedin.com/in/bea-ruiz"],
    ["Carla", "Díaz", "Frontend React", "carla@example.com", "", "https://es.linkedin.com/in/carladiaz/"],
    ["Dani", "Gil", "DevOps AWS", "dani@example.com", "622 33 34 44", "https://linkedin.com/in/danigil"],
]


def import_as_the_cli_does(store, path):
    inspection = inspect(store, path, rows=0)
    return import_candidates(store, path, ImportOptions(targets=inspection.targets,
                                                        value_hints=inspection.value_hints))


def test_a_tracker_whose_headers_mislead_is_imported_by_what_its_columns_hold(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "tracker.xlsx", TRACKER_HEADERS, *TRACKER_ROWS)
    assert auto_mapping(TRACKER_HEADERS)[2:6] == ["linkedin_url", NOTES, "phone", NOTES]  # the headers alone

    report = import_as_the_cli_does(store, path)

    assert report.created == 4
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.first_name, ana.phone, ana.linkedin_url) == ("Ana", "+34600111222", "https://linkedin.com/in/ana-lopez")
    assert ana.notes == "Perfil: Backend Java senior"
    assert services.candidates.find_by_email("carla@example.com").linkedin_url == "https://linkedin.com/in/carladiaz"
    # No warning per row any more ("not a web address" four times); one per column says what was done.
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (None, "Perfil", "the column's values are not web addresses; kept in the notes"),
        (None, "Contacto", "the column's values are email addresses; imported as the email"),
        (None, "Enlace", "the column's values are LinkedIn profiles; imported as the profile URL"),
    ]
    # Imported again: the same people are found by the email the values gave.
    assert import_as_the_cli_does(store, path).created == 0


def test_an_email_and_a_phone_column_swapped_are_put_right():
    rows = [(n, ["Ana", f"6001112{n:02d}", f"ana{n}@example.com"]) for n in range(2, 8)]
    targets, hints = refine_by_values(["Nombre", "Email", "Teléfono"], ["full_name", "email", "phone"], rows)
    assert targets == ["full_name", "phone", "email"]
    assert {index: hint.target for index, hint in hints.items()} == {1: "phone", 2: "email"}


def test_a_column_whose_values_mostly_have_the_form_keeps_its_field():
    """A LinkedIn column with gaps and placeholders, or too few values to tell, stays the profile URL."""
    rows = [(2, ["https://linkedin.com/in/a"]), (3, ["pendiente"]), (4, ["-"]), (5, ["linkedin.com/in/b"]),
            (6, ["?"]), (7, ["no tiene"])]
    assert refine_by_values(["LinkedIn"], ["linkedin_url"], rows) == (["linkedin_url"], {})
    few = [(2, ["Backend Java"]), (3, ["Frontend"])]
    assert refine_by_values(["Perfil"], ["linkedin_url"], few) == (["linkedin_url"], {})


def test_a_column_is_only_given_a_field_nearly_all_its_values_have_and_no_other_column_holds():
    codes = [(n, ["Ana", f"12345{n:04d}", f"ana{n}@example.com", "x"]) for n in range(2, 12)]
    targets, _hints = refine_by_values(["Nombre", "Código", "Contacto", "Otro"], ["full_name", NOTES, NOTES, NOTES],
                                       codes)
    assert targets == ["full_name", NOTES, "email", NOTES]  # nine-digit codes are no phone numbers
    # The email already has its column: a second column of addresses stays in the notes.
    targets, hints = refine_by_values(["Email", "Email 2"], ["email", NOTES],
                                      [(n, [f"a{n}@example.com", f"b{n}@example.com"]) for n in range(2, 6)])
    assert (targets, hints) == (["email", NOTES], {})
    # Comments that quote an address now and then are comments.
    mostly_mixed = [(n, [f"c{n}@example.com"] if n % 2 else ["texto libre"]) for n in range(2, 12)]
    assert refine_by_values(["Comentario"], [NOTES], mostly_mixed) == ([NOTES], {})


def test_a_mapping_the_user_saved_is_not_second_guessed(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "tracker.xlsx", TRACKER_HEADERS, *TRACKER_ROWS)
    targets = auto_mapping(TRACKER_HEADERS)
    targets[3] = "email"  # the user maps Contacto, and keeps Perfil as the profile URL
    import_candidates(store, path, ImportOptions(targets=targets))

    inspection = inspect(store, path)
    assert inspection.saved_mapping and inspection.targets == targets and inspection.value_hints == {}


def test_cells_that_say_there_is_nothing_do_not_count_against_a_column():
    rows = [(2, ["https://linkedin.com/in/a"]), (3, ["N/A"]), (4, ["sin perfil"]), (5, ["n/d"]), (6, ["-"]),
            (7, ["linkedin.com/in/b"]), (8, ["no tiene"]), (9, ["https://linkedin.com/in/c"])]
    assert refine_by_values(["LinkedIn"], ["linkedin_url"], rows) == (["linkedin_url"], {})
    # ... nor for one: a column of addresses with gaps is still the email.
    rows = [(n, [f"a{n}@example.com" if n % 3 else "N/A"]) for n in range(2, 14)]
    assert refine_by_values(["Contacto"], [NOTES], rows)[0] == ["email"]


def test_a_column_of_descriptions_under_a_number_or_date_header_goes_to_the_notes(tmp_path, store, services):
    """"Experiencia" in Spanish trackers often describes the jobs, not their years."""
    path = plain_xlsx(tmp_path / "experiencia.xlsx", ["Nombre", "Email", "Experiencia", "Salario", "Disponibilidad"],
                      ["Ana López", "ana@example.com", "Backend en Acme desde 2019", "a convenir", "1 mes"],
                      ["Bea Ruiz", "bea@example.com", "Java y Spring en banca", "45k", "marzo 2027"],
                      ["Eva Gil", "eva@example.com", "Frontend React, 3 empresas", "50.000 €", "inmediata"])
    report = import_as_the_cli_does(store, path)
    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (None, "Experiencia", "the column's values are not numbers of years; kept in the notes"),
        (2, "Salario", "no amount given (to be agreed); kept in the notes as written")]  # amounts and "a convenir"
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.years_experience, ana.notice_days) == (None, 30)
    assert ana.notes == "Experiencia: Backend en Acme desde 2019\nSalario: a convenir"
    assert services.candidates.find_by_email("bea@example.com").expected_salary == 45000


def test_columns_whose_values_have_their_form_keep_it():
    rows = [(n, [f"{n} años", 40000 + n, "15 días", f"0{n % 9 + 1}/03/2024"]) for n in range(2, 10)]
    targets = ["years_experience", "expected_salary", "notice_days", "available_from"]
    assert refine_by_values(["Años", "Salario", "Preaviso", "Disponible"], targets, rows) == (targets, {})


def test_an_unnamed_row_counter_with_gaps_is_still_a_counter():
    """Rows deleted or filtered out since the list was numbered: 1, 2, 3, 5."""
    from crm.importing.column_values import ROW_COUNTER, refine_by_values

    rows = [(n + 2, [str(number), f"p{n}@example.com"]) for n, number in enumerate((1, 2, 3, 5))]
    targets, hints = refine_by_values(["Column A", "Email"], ["__notes__", "email"], rows)
    assert targets[0] == "__skip__" and hints[0].reason == ROW_COUNTER


def test_infojobs_experiencia_of_jobs_gives_the_years_to_the_column_counting_them(tmp_path, store, services):
    """InfoJobs' "Experiencia" (the jobs, as text) took the years, and "Años de experiencia" went to the notes:
    every applicant's years were lost in warnings. A column of numbers keeps them: "Experiencia" (8) beside
    "Años Java" (5) is the total."""
    path = plain_xlsx(tmp_path / "infojobs.xlsx", ["Nombre", "Email", "Experiencia", "Años de experiencia laboral"],
                      ["Ana Ruiz", "ana@example.com", "Desarrolladora PHP en Softonic (2019-2024)", "5"],
                      ["Luis Gil", "luis@example.com", "Backend Java en Indra (2016-2024)", "8"],
                      ["Eva Sanz", "eva@example.com", "QA en Everis (2020-2023)", "3"])
    report = import_as_the_cli_does(store, path)
    assert report.mapping["Experiencia"] == "notes" and report.mapping["Años de experiencia laboral"] == "years_experience"
    assert services.candidates.find_by_email("ana@example.com").years_experience == 5
    numbers = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre", "Email", "Experiencia", "Años Java"],
                         ["Raúl Paz", "raul@example.com", "8", "5"], ["Sara Gil", "sara@example.com", "6", "2"],
                         ["Iker Sanz", "iker@example.com", "10", "7"])
    import_as_the_cli_does(store, numbers)
    assert services.candidates.find_by_email("raul@example.com").years_experience == 8


def test_a_small_infojobs_export_with_bands_gives_its_years_too(tmp_path, store, services):
    """Three applicants, one "Experiencia" filled in, bands such as "Menos de 1 año": the years were lost."""
    path = plain_xlsx(tmp_path / "inscritos.xlsx", ["Nombre", "Email", "Experiencia", "Años de experiencia",
                                                    "Años de experiencia en Java"],
                      ["Marta Gil", "marta@example.com", "Desarrolladora PHP en Softonic (2019-2024)", "Más de 5 años", "2"],
                      ["Raúl Paz", "raul@example.com", None, "De 2 a 5 años", "1"],
                      ["Eva Sanz", "eva@example.com", None, "Menos de 1 año", None])
    report = import_as_the_cli_does(store, path)
    assert report.mapping["Años de experiencia"] == "years_experience"  # not the years in Java
    assert services.candidates.find_by_email("marta@example.com").years_experience == 5


def test_experiencia_gives_its_years_to_a_column_naming_them_in_all_however_worded(tmp_path, store, services):
    """"Experiencia (en años)", "Años de experiencia en total" lost every value beside a text "Experiencia"."""
    for header in ("Experiencia (en años)", "Años de experiencia en total", "Years in IT"):
        path = plain_xlsx(tmp_path / "e.xlsx", ["Nombre", "Email", "Experiencia", header],
                          ["Ana Ruiz", f"ana.{len(header)}@example.com", "PHP en Softonic (2019-2024)", "8"],
                          ["Luis Gil", f"luis.{len(header)}@example.com", "Java en Indra", "5"],
                          ["Eva Sanz", f"eva.{len(header)}@example.com", "QA en Everis", "3"])
        assert import_as_the_cli_does(store, path).mapping[header] == "years_experience", header


@pytest.mark.parametrize("of_a_skill, in_all", [
    ("Años de experiencia en Java", "Años experiencia"), ("Años exp. Java", "Años exp."), ("Años Java", "Años experiencia"),
    ("Experiencia Java (años)", "Experiencia total (años)"), ("Years of Java", "Years of experience"),
    ("Exp. Java", "Exp. total")])
def test_the_years_in_all_are_the_persons_wherever_a_skills_years_stand(tmp_path, store, services, of_a_skill, in_all):
    """A skill's years before the column of the years in all took the years of experience (3 for 7), the total
    went to the notes."""
    for order in ((of_a_skill, in_all), (in_all, of_a_skill)):
        path = plain_xlsx(tmp_path / "y.xlsx", ["Nombre", "Email", *order],
                          ["Ana Ruiz", f"ana{len(order[0])}@example.com", *(3 if h == of_a_skill else 7 for h in order)])
        import_candidates(store, path)
        ana = services.candidates.find_by_email(f"ana{len(order[0])}@example.com")
        assert (ana.years_experience, ana.notes) == (7, f"{of_a_skill}: 3"), order


def test_the_years_in_all_win_beside_a_skills_years_and_a_text_experiencia(tmp_path, store, services):
    """"Años exp. Java", a text "Experiencia", "Años experiencia": Java's 3 were stored as the years (7)."""
    path = plain_xlsx(tmp_path / "y3.xlsx", ["Nombre", "Email", "Años exp. Java", "Experiencia", "Años experiencia"],
                      ["Ana García", "ana@example.com", 3, "Backend en banca, Java y Spring", 7],
                      ["Luis Gil", "luis@example.com", 2, "QA en Everis", 5])
    report = import_candidates(store, path)
    assert report.mapping["Años experiencia"] == "years_experience"
    assert services.candidates.find_by_email("ana@example.com").years_experience == 7
