from datetime import date, datetime

import pytest

from crm.importing import values
from crm.importing.mapping import split_full_name


@pytest.mark.parametrize("raw, expected", [
    (55000, (55000, None)), (55000.0, (55000, None)), ("55000", (55000, None)), ("55.000 €", (55000, None)),
    ("55k", (55000, None)), ("55K €", (55000, None)), ("50-55k", (50000, 55000)), ("50 - 55 k", (50000, 55000)),
    ("40.000 - 50.000 €", (40000, 50000)), ("96000 EUR", (96000, None)), ("55,5k", (55500, None)),
    ("45.000 € brutos/año", (45000, None)), ("55", (55000, None)),
])
def test_salaries_as_people_write_them(raw, expected):
    assert values.salary(raw) == expected


@pytest.mark.parametrize("raw", ["a convenir", "A convenir", "negociable", "treinta mil"])
def test_salary_that_is_not_an_amount_is_unparsed(raw):
    with pytest.raises(values.Unparsed):
        values.salary(raw)


@pytest.mark.parametrize("raw, days", [
    ("15 días", 15), ("1 mes", 30), ("2 weeks", 14), ("2 semanas", 14), ("inmediata", 0), ("Immediate", 0),
    ("3 months", 90), ("30", 30), (30.0, 30), ("un mes", 30), ("3 meses", 90),
])
def test_notice_periods_in_days(raw, days):
    assert values.notice_days(raw) == days


def test_unknown_notice_is_unparsed():
    with pytest.raises(values.Unparsed):
        values.notice_days("cuando pueda")


@pytest.mark.parametrize("raw, years", [(5, 5.0), ("5 años", 5.0), ("5 yrs", 5.0), ("5,5", 5.5), ("18 años", 18.0),
                                        ("5+", 5.0), ("7 years", 7.0)])
def test_years_of_experience(raw, years):
    assert values.years(raw) == years


@pytest.mark.parametrize("raw, expected", [
    (datetime(2024, 3, 1), date(2024, 3, 1)), ("01/03/2024", date(2024, 3, 1)), ("2024-03-01", date(2024, 3, 1)),
    (45352, date(2024, 3, 1)), ("45352", date(2024, 3, 1)), ("1/3/24", date(2024, 3, 1)),
])
def test_dates_day_first_and_excel_serials(raw, expected):
    assert values.a_date(raw) == expected


def test_month_first_when_asked():
    assert values.a_date("03/01/2024", day_first=False) == date(2024, 3, 1)


def test_impossible_date_is_unparsed():
    with pytest.raises(values.Unparsed):
        values.a_date("31/02/2024")


def test_skills_split_on_every_separator_and_canonicalised():
    found = values.skills("Python / postgres, Docker; Node.js - K8s | CI/CD")
    assert [name for _key, name in found] == ["Python", "PostgreSQL", "Docker", "Node.js", "Kubernetes", "CI/CD"]


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
])
def test_full_names_split_keeping_spanish_double_surnames(full, first, last):
    assert split_full_name(full) == (first, last)


def test_cell_text_has_no_float_noise():
    assert values.as_text(600111222.0) == "600111222"
    assert values.as_text(datetime(2024, 3, 1)) == "2024-03-01"


def test_skills_keep_their_leading_dot():
    assert [name for _k, name in values.skills("Celery / .NET / C#.")] == ["Celery", ".NET", "C#"]
