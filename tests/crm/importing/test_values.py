from datetime import datetime

import pytest

from crm.importing import notice_period, values, vocabulary
from crm.importing.full_names import split_full_name


@pytest.mark.parametrize("raw, expected", [
    (55000, (55000, None)), (55000.0, (55000, None)), ("55000", (55000, None)), ("55.000 €", (55000, None)),
    ("55k", (55000, None)), ("55K €", (55000, None)), ("50-55k", (50000, 55000)), ("50 - 55 k", (50000, 55000)),
    ("40.000 - 50.000 €", (40000, 50000)), ("96000 EUR", (96000, None)), ("55,5k", (55500, None)),
    ("45.000 € brutos/año", (45000, None)), ("55", (55000, None)),
    ("entre 40 y 45k", (40000, 45000)), ("between 40k and 45k", (40000, 45000)), ("+50k", (50000, None)),
    (">50k", (50000, None)), ("50k+", (50000, None)), ("más de 50k", (50000, None)), ("desde 50.000 €", (50000, None)),
    ("60k negociable", (60000, None)),
    ("hasta 60k", (None, 60000)), ("Hasta 60.000 €", (None, 60000)), ("up to 60k", (None, 60000)),
    ("máx. 60k", (None, 60000)), ("de 40 hasta 50k", (40000, 50000)), ("desde 40k hasta 50k", (40000, 50000)),
    ("35k SBA", (35000, None)), ("SBA 35k", (35000, None)), ("35.000 € b.a.", (35000, None)),
])
def test_salaries_as_people_write_them(raw, expected):
    assert values.salary(raw) == expected


@pytest.mark.parametrize("raw", ["3.500 €/mes", "2.800 netos al mes", "3000 mensuales", "4k per month"])
def test_a_monthly_amount_is_not_taken_for_a_yearly_salary(raw):
    with pytest.raises(values.Unparsed, match="a monthly amount, not a yearly salary"):
        values.salary(raw)


@pytest.mark.parametrize("raw", ["a convenir", "A convenir", "negociable", "treinta mil", "hasta", "hasta 40-50k"])
def test_salary_that_is_not_an_amount_is_unparsed(raw):
    with pytest.raises(values.Unparsed):
        values.salary(raw)


@pytest.mark.parametrize("raw", ["Consultar", "Competitivo", "NS/NC", "Según convenio", "A definir"])
def test_words_that_give_no_amount_say_so(raw):
    """They were "not an amount", as if the recruiter had mistyped one."""
    with pytest.raises(values.Unparsed, match="no amount given"):
        values.salary(raw)


@pytest.mark.parametrize("raw, days", [
    ("15 días", 15), ("1 mes", 30), ("2 weeks", 14), ("2 semanas", 14), ("inmediata", 0), ("Immediate", 0),
    ("3 months", 90), ("30", 30), (30.0, 30), ("un mes", 30), ("3 meses", 90),
    ("2-4 semanas", 28), ("de 15 días a 1 mes", 30), ("una quincena", 15), ("Sin preaviso", 0),
    ("15 días naturales", 15), ("1 month notice", 30), ("Disponible en 2 semanas", 14),
    ("1 mes y medio", 45), ("2 meses y medio", 75), ("1 month and a half", 45),  # was 30: the half was dropped
    ("En paro", 0), ("Desempleado", 0), ("Unemployed", 0), ("Libre", 0),  # out of work: starts at once
    ("entre 15 y 30 días", 30), ("de 15 a 30 días", 30), ("1 o 2 meses", 60), ("between 2 and 4 weeks", 28),
    ("1 mes y 15 días", 45), ("2 weeks and 3 days", 17),  # added up (was the longer of the two)
    ("entre 15 días y 1 mes", 30),  # a range
])
def test_notice_periods_in_days(raw, days):
    assert _read(notice_period.notice_days, raw) == days


def _read(parse, raw):
    """The value a cell gives; a range's (one end) is said with the cell kept in the notes (PartlyRead)."""
    try:
        return parse(raw)
    except values.PartlyRead as partly:
        assert str(partly) in (values.RANGE_LOWER_KEPT, values.RANGE_LONGER_KEPT)
        return partly.value


@pytest.mark.parametrize("parse, raw, kept", [
    (values.years, "2-3", 2.0), (values.years, "entre 3 y 5 años", 3.0),
    (notice_period.notice_days, "2-4 semanas", 28), (notice_period.notice_days, "de 15 días a 1 mes", 30)])
def test_a_range_keeps_one_end_and_says_so_so_the_other_is_not_lost(parse, raw, kept):
    with pytest.raises(values.PartlyRead) as partly:
        parse(raw)
    assert partly.value.value == kept


def test_a_skill_with_its_years_after_a_colon():
    assert values.skill_with_years("SQL: 3 años") == ("SQL", 3.0)
    assert values.skill_with_years("Python - 5 years") == ("Python", 5.0)


def test_unknown_notice_is_unparsed():
    with pytest.raises(values.Unparsed):
        notice_period.notice_days("cuando pueda")
    for not_days in ("3 años", "2 horas"):  # a number with a unit that is no notice period: not days
        with pytest.raises(values.Unparsed):
            notice_period.notice_days(not_days)


@pytest.mark.parametrize("raw, years", [(5, 5.0), ("5 años", 5.0), ("5 yrs", 5.0), ("5,5", 5.5), ("18 años", 18.0),
                                        ("5+", 5.0), ("7 years", 7.0), ("+10 años", 10.0), ("más de 5 años", 5.0),
                                        ("3-5 años", 3.0), ("5 años y medio", 5.5), ("18 meses", 1.5),
                                        ("over 10 years", 10.0), ("entre 3 y 5 años", 3.0), ("de 3 a 5 años", 3.0),
                                        # ATS exports write years and months ("7 Years 3 Months" was unreadable)
                                        ("7 Years 3 Months", 7.2), ("7 años y 6 meses", 7.5), ("2y 9m", 2.8),
                                        ("1 año, 1 mes", 1.1), ("4 years and 11 months", 4.9),
                                        # InfoJobs writes a minimum ("Al menos 3 años" was unreadable)
                                        ("Al menos 3 años", 3.0), ("Mínimo 2 años", 2.0)])
def test_years_of_experience(raw, years):
    assert _read(values.years, raw) == years


def test_no_skill_is_a_sentence():
    with pytest.raises(values.PartlyRead) as found:
        values.skill_entries("Go; " + "x" * 70)
    assert [name for _key, name, _years in found.value.value] == ["Go"]
    assert values.skills("Ruby on Rails, Machine Learning") == [("rails", "Ruby on Rails"),
                                                                 ("machine_learning", "Machine Learning")]


def test_a_number_is_no_skill_and_a_lone_mark_says_nothing():
    """A years figure or a date in the skills column (a shifted column, a pasted cell) made skills named
    "5", "2024" or "45352"; a "?" among them a skill named "?"."""
    for cell in ("Python, 5", "Java / 01/02/2024", "45352"):
        with pytest.raises(values.PartlyRead, match="^a number among the skills: the skills are kept") as found:
            values.skill_entries(cell)
        assert [name for _key, name, _years in found.value.value] == {"Python, 5": ["Python"], "45352": [],
                                                                      "Java / 01/02/2024": ["Java"]}[cell]
    assert [name for _key, name in values.skills("Go, ?, Rust; -; …")] == ["Go", "Rust"]
    assert [name for _key, name in values.skills("C#, C++, .NET 8, S3, 5G, Python 3")] == [
        "C#", "C++", ".NET", "S3", "5G", "Python"]  # a known skill with its version is that skill


def test_skills_split_on_every_separator_and_canonicalised():
    found = values.skills("Python / postgres, Docker; Node.js - K8s | CI/CD")
    assert [name for _key, name in found] == ["Python", "PostgreSQL", "Docker", "Node.js", "Kubernetes", "CI/CD"]


def test_an_email_with_its_name_and_a_cell_with_two_emails():
    assert values.email("Ana García <ANA@example.com>") == "ana@example.com"
    with pytest.raises(values.PartlyRead) as second:
        values.email("ana@example.com; ana.garcia@gmail.com")
    assert second.value.value == "ana@example.com"
    assert values.email("<ana@x.es") == "ana@x.es"  # a bracket of "Name <address>" lost
    for not_one_address in ("a@b@c.es", "ana(at)x.es"):
        with pytest.raises(values.Unparsed):
            values.email(not_one_address)


def test_a_phone_with_its_label_and_a_cell_with_two_phones():
    assert values.phone("600-11-22-33 (móvil)") == "+34600112233"
    with pytest.raises(values.PartlyRead) as second:
        values.phone("600 11 22 33 (casa) / 699 88 77 66 (móvil)")
    assert second.value.value == "+34600112233"


def test_phones_to_e164():
    assert values.phone("600 111 222") == "+34600111222"
    assert values.phone("(+34) 615 80 86 86") == "+34615808686"
    assert values.phone("0034 700-831-622") == "+34700831622"
    assert values.phone(600111222.0) == "+34600111222"
    assert values.phone("+44 7700 900123") == "+447700900123"
    with pytest.raises(values.Unparsed):
        values.phone("call me")


def test_emails_trimmed_lowercased_and_checked():
    assert values.email("  Ana.Garcia@Example.COM ") == "ana.garcia@example.com"
    with pytest.raises(values.Unparsed):
        values.email("ana at example")


@pytest.mark.parametrize("full, first, last", [
    ("Juan Antonio Escudero Murillo", "Juan Antonio", "Escudero Murillo"),
    ("Flora Lago Elías", "Flora", "Lago Elías"),
    ("Jordi Puig i Vidal", "Jordi", "Puig i Vidal"),
    ("María de la Fuente García", "María", "de la Fuente García"),
    ("Mary O'Brien", "Mary", "O'Brien"),
    ("García López, Ana", "Ana", "García López"),
    ("JOSÉ NÚÑEZ PEÑA", "José", "Núñez Peña"),
    ("Madonna", "Madonna", ""),
    ("José Luis Pérez", "José Luis", "Pérez"), ("Miguel Ángel Torres", "Miguel Ángel", "Torres"),
    ("Juan Pablo Sanz", "Juan Pablo", "Sanz"), ("José Ramón Ferrer", "José Ramón", "Ferrer"),
    ("Ana Ramón García", "Ana", "Ramón García"), ("Marta Juan", "Marta", "Juan"),  # surnames after other names
    ("Mª José Sánchez", "Mª José", "Sánchez"), ("Fco. Javier Gómez", "Fco. Javier", "Gómez"),
    ("Pedro Martín López", "Pedro", "Martín López"),  # Martín: as often a surname
    ("Dr. Juan Pérez", "Juan", "Pérez"), ("Dña. Ana Ruiz Gil", "Ana", "Ruiz Gil"), ("Don Smith", "Don", "Smith"),
    # A given name that takes its particles along: "del Carmen" was read as a surname.
    ("María del Carmen Ortega", "María del Carmen", "Ortega"), ("María del Mar Sánchez", "María del Mar", "Sánchez"),
    ("María de los Ángeles Gil", "María de los Ángeles", "Gil"), ("Juan de Dios Martínez", "Juan de Dios", "Martínez"),
    ("Mari Luz Rey", "Mari Luz", "Rey"), ("María del Carmen Ortega Ruiz", "María del Carmen", "Ortega Ruiz"),
    ("Ana del Río", "Ana", "del Río"), ("Juan del Castillo", "Juan", "del Castillo"),  # surnames with particles
    ("María del Valle Ruiz", "María", "del Valle Ruiz"),  # "del Valle": a surname as often
    # A compound given name alone, no surname given: "Francisco Javier" was Francisco with the surname Javier.
    ("Francisco Javier", "Francisco Javier", ""), ("José Luis", "José Luis", ""), ("María del Carmen", "María del Carmen", ""),
    ("Ana Ruiz", "Ana", "Ruiz"), ("Fco. Gómez", "Fco.", "Gómez"), ("Pedro Martín", "Pedro", "Martín"),
    # A surname that starts with San or Santa is one with its next word: "Alba San" was the given name.
    ("Alba San Martín Ruiz", "Alba", "San Martín Ruiz"), ("Ana Santa Cruz López", "Ana", "Santa Cruz López"),
    ("José San Juan", "José", "San Juan"),
    # Letters after a name are no given name ("PhD" was the given name of Ana García López); pronouns and emoji
    # of a display name are no surname
    ("Ana García López, PhD", "Ana", "García López"), ("David McCarthy, MBA, CFA", "David", "McCarthy"),
    ("Juan Pérez, Ph.D.", "Juan", "Pérez"), ("Ortiz, Javier, PMP", "Javier", "Ortiz"),
    ("Laura Sanz (she/her)", "Laura", "Sanz"), ("Pedro Gómez 🚀", "Pedro", "Gómez"),
    ("Hossain, Md", "Md", "Hossain"),  # Md: Mohammad, no degree
    # A man's second given name after a woman's is a surname; after a man's, a compound name
    ("Abril Carlos Nadal", "Abril", "Carlos Nadal"), ("Lucía Antonio Gil", "Lucía", "Antonio Gil"),
    ("Juan Carlos Nadal", "Juan Carlos", "Nadal"), ("Miguel Ángel Cornejo", "Miguel Ángel", "Cornejo"),
    ("Rafael Ángel Díaz", "Rafael Ángel", "Díaz"), ("Jorge Carlos Mejía", "Jorge Carlos", "Mejía"),
    ("María Jesús Pérez", "María Jesús", "Pérez"), ("Chema Luis Pérez", "Chema Luis", "Pérez"),
    # Spanish titles before a name: "Lic." was the first name, "D." and "Don" part of it
    ("Lic. Marta Díaz", "Marta", "Díaz"), ("D. Antonio López", "Antonio", "López"), ("Don José Martín", "José", "Martín"),
    ("Ing. Luis Sanz", "Luis", "Sanz"), ("D. García", "D.", "García"),
    # María abbreviated as a second given name ("Mª" was taken for a surname)
    ("José Mª Fernández", "José Mª", "Fernández"), ("Ana M.ª López", "Ana M.ª", "López"),
])
def test_full_names_split_keeping_spanish_double_surnames(full, first, last):
    assert split_full_name(full) == (first, last)


def test_cell_text_has_no_float_noise():
    assert values.as_text(600111222.0) == "600111222"
    assert values.as_text(datetime(2024, 3, 1)) == "2024-03-01"


def test_skills_keep_their_leading_dot():
    assert [name for _k, name in values.skills("Celery / .NET / C#.")] == ["Celery", ".NET", "C#"]


@pytest.mark.parametrize("raw, expected", [
    ("AWS (9.5), Go (8)", [("AWS", 9.5), ("Go", 8.0)]),
    ("AWS (9,5), Go (8)", [("AWS", 9.5), ("Go", 8.0)]),
    ("Python (9.5 yrs); Java (5 años) / Docker", [("Python", 9.5), ("Java", 5.0), ("Docker", None)]),
    ("Kotlin (3 years) | Rust (2 a.) - C++ (10+)", [("Kotlin", 3.0), ("Rust", 2.0), ("C++", 10.0)]),
    ("NestJS (7.25), CI/CD (1)", [("NestJS", 7.25), ("CI/CD", 1.0)]),
    ("Python, python (6)", [("Python", 6.0)]),  # a repeated skill brings its years to the first
])
def test_skills_with_years_in_brackets(raw, expected):
    assert [(name, years) for _k, name, years in values.skill_entries(raw)] == expected
    assert [name for _k, name in values.skills(raw)] == [name for name, _y in expected]


@pytest.mark.parametrize("raw, expected", [
    ("AWS (EC2, S3), Docker", ["AWS", "EC2", "S3", "Docker"]),
    ("Java (Spring / Hibernate); Kafka", ["Java", "Spring", "Hibernate", "Kafka"]),
    ("Cloud (AWS | GCP) - Kubernetes (3 años)", ["Cloud", "AWS", "Google Cloud", "Kubernetes"]),
])
def test_skills_listed_in_brackets_after_another_are_skills_each(raw, expected):
    """"AWS (EC2, S3)" became the skills "AWS (EC2" and "S3)"."""
    assert [name for _k, name in values.skills(raw)] == expected


def test_brackets_that_are_not_years_stay_part_of_the_name():
    assert [(n, y) for _k, n, y in values.skill_entries("Python (2019), Go (backend)")] == [
        ("Python (2019)", None), ("Go (backend)", None)]


@pytest.mark.parametrize("raw, status", [
    ("active", "active"), ("Activo", "active"), ("colocada", "placed"), ("Placed", "placed"),
    ("No contactar", "do_not_contact"), ("do_not_contact", "do_not_contact"), ("Do not contact", "do_not_contact"),
    ("ARCHIVADO", "archived"), ("archived", "archived"), ("En proceso", "active"), ("Abierto a ofertas", "active"),
    ("Open to work", "active"), ("Baja", "archived"), ("Dado de baja", "archived"), ("No molestar", "do_not_contact"),
])
def test_candidate_status_in_english_and_spanish(raw, status):
    assert vocabulary.candidate_status(raw) == status


@pytest.mark.parametrize("raw, basis", [
    ("consent_future_roles", "consent_future_roles"), ("Consentimiento", "consent_future_roles"),
    ("applied_to_role", "applied_to_role"), ("Candidatura", "applied_to_role"),
    ("Interés legítimo", "legitimate_interest"), ("legitimate interest", "legitimate_interest"),
])
def test_lawful_basis_in_english_and_spanish(raw, basis):
    assert vocabulary.lawful_basis(raw) == basis


@pytest.mark.parametrize("raw, why", [("entrevista", "a stage of a selection process"),
                                      ("Entrevista técnica con el CTO", "a stage of a selection process"),
                                      ("maybe", "not a candidate status")])
def test_unknown_status_and_basis_words_are_unparsed(raw, why):
    with pytest.raises(values.Unparsed, match=f"^{why}"):
        vocabulary.candidate_status(raw)
    with pytest.raises(values.Unparsed):
        vocabulary.lawful_basis(raw)


@pytest.mark.parametrize("raw, level", [
    ("Semi-senior", "mid"), ("SSr", "mid"), ("Mid-level", "mid"), ("Medior", "mid"), ("Sr.", "senior"), ("Jr", "junior"),
    ("Becario", "junior"), ("Tech Lead", "lead"), ("Staff", "principal"), ("Intern", "junior"),
    ("En prácticas", "junior"),
])
def test_seniority_as_trackers_write_it(raw, level):
    assert vocabulary.seniority(raw) == level


@pytest.mark.parametrize("raw, mode", [
    ("Remoto", "remote"), ("100% remoto", "remote"), ("Híbrido (2 días)", "hybrid"), ("Presencial", "onsite"),
    ("On-site", "onsite"), ("Full remote", "remote"), ("Teletrabajo", "remote"), ("Presencial Madrid", "onsite"),
    # some days at the office are hybrid ("3 días oficina" was on site)
    ("3 días oficina", "hybrid"), ("2 días/semana en oficina", "hybrid"), ("Oficina 4 days", "hybrid"),
    # the work mode named first ("oficina" was looked for before "remoto")
    ("Remoto (oficina opcional)", "remote"), ("Remoto, 1 día al mes en oficina", "remote"),
    ("Presencial, remoto opcional", "onsite"), ("Teletrabajo parcial", "hybrid"),
    # remote work denied (each was stored as remote)
    ("Sin teletrabajo", "onsite"), ("No remoto", "onsite"), ("Remoto: no", "onsite"), ("No remote", "onsite"),
    ("Teletrabajo: No", "onsite"),
    ("Híbrido (no remoto)", "hybrid"), ("No remoto 100%, híbrido", "hybrid"),  # hybrid, said with a remark
])
def test_work_modes_as_trackers_write_them(raw, mode):
    assert vocabulary.remote_policy(raw) == mode


def test_english_levels_as_spanish_trackers_write_them(tmp_path):
    from crm.importing.candidate_rows import RowParser

    words = ["B2", "C1 (Advanced)", "Nativo", "Bilingüe", "Básico", "Medio", "Intermedio", "Medio-alto",
             "Upper intermediate", "First Certificate", "Alto", "Avanzado", "Fluido"]
    parser = RowParser(["Email", "Inglés"], ["email", "english_level"])
    levels = [parser.parse(2, [f"p{i}@example.com", word]).values.get("english_level") for i, word in enumerate(words)]
    assert levels == ["B2", "C1", "C2", "C2", "A2", "B1", "B1", "B2", "B2", "B2", "C1", "C1", "C1"]
    bueno = parser.parse(3, ["q@example.com", "Bueno"])  # no level: kept in the notes, with a warning
    assert "english_level" not in bueno.values and bueno.values["notes"] == "Inglés: Bueno"


def test_english_levels_as_linkedin_and_certificates_write_them():
    """LinkedIn's proficiency scale, Cambridge certificates and a level inside other words went to the notes."""
    from crm.importing.candidate_rows import RowParser

    words = ["Elementary proficiency", "Limited working proficiency", "Professional working proficiency",
             "Full professional proficiency", "FCE", "CAE", "Alto (C1)", "Nivel alto", "Nivel B2 acreditado",
             "Conversacional"]
    parser = RowParser(["Email", "Inglés"], ["email", "english_level"])
    levels = [parser.parse(2, [f"p{i}@example.com", word]).values.get("english_level") for i, word in enumerate(words)]
    assert levels == ["A2", "B1", "B2", "C1", "B2", "C1", "C1", "C1", "B2", "B1"]


def test_a_languages_column_gives_the_english_level_and_keeps_every_language():
    """Job boards and trackers list languages in one cell ("Idiomas: Inglés (B2), Francés (A2)"); it went to
    the notes whole and the English level, which searches filter on, stayed empty."""
    from crm.importing.candidate_rows import RowParser
    from crm.importing.mapping import guess_field

    assert [guess_field(h) for h in ("Idiomas", "Languages", "Nivel de idiomas")] == ["languages"] * 3
    cells = ["Inglés (B2), Francés (A2)", "Español nativo, inglés alto", "English: fluent / German A2",
             "Nivel medio de inglés", "Francés A1 e inglés B2", "Alemán (C1)", "Inglés y francés"]
    parser = RowParser(["Email", "Idiomas"], ["email", "languages"])
    rows = [parser.parse(2, [f"p{i}@example.com", cell]) for i, cell in enumerate(cells)]
    assert [row.values.get("english_level") for row in rows] == ["B2", "C1", "C1", "B1", "B2", None, None]
    assert [row.values["notes"] for row in rows] == [f"Idiomas: {cell}" for cell in cells]
    assert not any(row.warnings for row in rows)  # every cell is kept whole: nothing to warn about

    # An English-level column says it better than the list, whichever comes first.
    for headers, targets, cells in ((["Email", "Inglés", "Idiomas"], ["email", "english_level", "languages"],
                                     ["a@example.com", "C1", "Inglés B2"]),
                                    (["Email", "Idiomas", "Inglés"], ["email", "languages", "english_level"],
                                     ["a@example.com", "Inglés B2", "C1"])):
        row = RowParser(headers, targets).parse(2, cells)
        assert (row.values["english_level"], row.values["notes"]) == ("C1", "Idiomas: Inglés B2")


@pytest.mark.parametrize("raw, expected", [
    ("30.000€ (fijo)", (30000, None, True)), ("45k + 5k bonus", (45000, None, True)),
    # "+ variable": a part of the pay the amount leaves out, kept with it (it was dropped without a word)
    ("40-45k (negociable)", (40000, 45000, True)), ("45.000 € + variable", (45000, None, True)),
    ("35.000€ + variable", (35000, None, True)),
    ("55k", (55000, None, False)), ("60k fijo + 10k variable", (60000, None, True)), ("45k fijo", (45000, None, False)),
])
def test_an_amount_with_a_remark_after_it(raw, expected):
    assert values.salary_and_remark(raw) == expected


@pytest.mark.parametrize("raw", ["(45k)", "a convenir (según oferta)", "treinta mil (fijo)"])
def test_a_remark_without_an_amount_before_it_is_no_amount(raw):
    with pytest.raises(values.Unparsed):
        values.salary_and_remark(raw)


@pytest.mark.parametrize("raw", ["600111222.0", "+34600111222.0", "34600111222.0"])
def test_a_phone_number_saved_as_a_decimal_number_is_read(raw):
    """A phone column another program saved as numbers reads "600111222.0"; it was "not a phone number"."""
    assert values.phone(raw) == "+34600111222"


@pytest.mark.parametrize("raw, expected", [
    ("45.000,00 €", (45000, None)), ("45,000.00", (45000, None)), ("40.000,00 - 50.000,00 €", (40000, 50000)),
    ("45.000,00€ brutos/año", (45000, None)),
])
def test_a_salary_written_with_cents_as_a_currency_cell_copied_as_text(raw, expected):
    """A Spanish CSV writes a currency cell "45.000,00 €": it was "not an amount"."""
    assert values.salary(raw) == expected


@pytest.mark.parametrize("raw", ["45.000.00", "45 000 00"])
def test_an_amount_whose_thousands_cannot_be_told_from_its_cents_is_no_amount(raw):
    with pytest.raises(values.Unparsed):  # a plain ValueError here stopped the whole import
        values.salary(raw)


def test_an_email_at_the_end_of_a_sentence_loses_its_full_stop():
    assert values.email(" ana@example.com.") == "ana@example.com"
    assert values.email("mailto:ana@example.com;") == "ana@example.com"


@pytest.mark.parametrize("raw, days", [("dos semanas", 14), ("tres meses", 90), ("quince días", 15), ("medio mes", 15),
                                       ("una semana", 7), ("15 días a un mes", 30)])
def test_a_notice_period_with_its_number_in_words(raw, days):
    """Spanish trackers write "dos semanas", "tres meses": they were "not a notice period" ("two weeks" read)."""
    assert _read(notice_period.notice_days, raw) == days


@pytest.mark.parametrize("raw, expected", [("cinco años", 5.0), ("diez años", 10.0), ("medio año", 0.5),
                                           ("más de cinco años", 5.0), ("seis meses", 0.5)])
def test_years_with_their_number_in_words(raw, expected):
    assert values.years(raw) == expected


def test_a_half_after_the_number_still_reads_with_words_after_it():
    """The number words must not take "y medio de experiencia" apart (1.5 years, 45 days)."""
    assert values.years("1 año y medio de experiencia") == 1.5
    assert notice_period.notice_days("1 mes y medio de preaviso") == 45


def test_a_middle_name_column_joins_the_first_name():
    from crm.importing.candidate_rows import RowParser

    parser = RowParser(["First Name", "Middle Name", "Last Name"], ["first_name", "middle_name", "last_name"])
    assert [(row.values["first_name"], row.values["last_name"]) for row in (
        parser.parse(2, ["María", "José", "García López"]), parser.parse(3, ["Ana", None, "Ruiz"]),
        parser.parse(4, [None, "Luis", "Gil"]), parser.parse(5, ["JUAN", "CARLOS", "PÉREZ"]))] == [
        ("María José", "García López"), ("Ana", "Ruiz"), ("Luis", "Gil"), ("Juan Carlos", "Pérez")]


@pytest.mark.parametrize("cell, stored, others", [
    ("a2@x.com\nb2@y.com", "a2@x.com", ["b2@y.com"]),  # one a line
    ("a7@x.com - b7@y.com", "a7@x.com", ["b7@y.com"]),
    ("ana@x.com / ANA@y.com", "ana@x.com", ["ana@y.com"]),
])
def test_a_cell_of_two_addresses_stores_the_first_and_names_the_other(cell, stored, others):
    with pytest.raises(values.ContactsRead) as read:
        values.email(cell)
    assert (read.value.value, read.value.others) == (stored, others)


def test_an_address_with_a_label_is_read_and_one_with_a_remark_keeps_the_remark():
    assert values.email("a5@x.com (personal)") == "a5@x.com"
    assert values.email("correo: a4@x.com") == "a4@x.com"
    with pytest.raises(values.PartlyRead) as remark:
        values.email("ana@x.com solo tardes")
    assert remark.value.value == "ana@x.com" and str(remark.value) == values.MORE_THAN_AN_ADDRESS


@pytest.mark.parametrize("cell, stored, others", [
    ("600 11 22 38 - 611 22 33 44", "+34600112238", ["+34611223344"]),
    ("600112244\n611223349", "+34600112244", ["+34611223349"]),
])
def test_a_cell_of_two_numbers_stores_the_first_and_names_the_other(cell, stored, others):
    with pytest.raises(values.ContactsRead) as read:
        values.phone(cell)
    assert (read.value.value, read.value.others) == (stored, others)


def test_a_foreign_number_written_with_dashes_is_one_number_and_a_remark_after_a_dash_is_kept():
    assert values.phone("+44 - 20 - 7946 - 0958") == "+442079460958"
    with pytest.raises(values.PartlyRead):
        values.phone("600112233 - solo tardes")


def test_an_outlook_display_name_around_the_address_is_no_remark():
    assert values.email("Ana López (ana@gmail.com)") == "ana@gmail.com"


def test_a_number_with_a_label_is_read_and_one_with_a_remark_keeps_the_remark():
    assert values.phone("Móvil: 600 11 22 33") == values.phone("600 11 22 33 (móvil)") == "+34600112233"
    for cell, stored in (("600 11 22 33 (tardes)", "+34600112233"), ("+34 911 22 33 44 ext. 12", "+34911223344")):
        with pytest.raises(values.PartlyRead) as remark:
            values.phone(cell)
        assert remark.value.value == stored and str(remark.value) == values.MORE_THAN_A_NUMBER
