"""Dates as spreadsheets hold them (crm/importing/dates.py)."""

from datetime import UTC, date, datetime

import pytest

from crm.importing import dates
from crm.importing.values import Unparsed


@pytest.mark.parametrize("raw, expected", [
    (datetime(2024, 3, 1), date(2024, 3, 1)), ("01/03/2024", date(2024, 3, 1)), ("2024-03-01", date(2024, 3, 1)),
    (45352, date(2024, 3, 1)), ("45352", date(2024, 3, 1)), ("1/3/24", date(2024, 3, 1)),
])
def test_dates_day_first_and_excel_serials(raw, expected):
    assert dates.a_date(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("3 de marzo de 2024", date(2024, 3, 3)), ("15-mar-24", date(2024, 3, 15)), ("15 Mar 2024", date(2024, 3, 15)),
    ("1 de Enero del 2025", date(2025, 1, 1)), ("2 de set. de 2024", date(2024, 9, 2)),
    ("15.ago.2023", date(2023, 8, 15)), ("March 3, 2024", date(2024, 3, 3)), ("3 Sept 2024", date(2024, 9, 3)),
])
def test_dates_written_with_the_month_by_name_in_spanish_or_english(raw, expected):
    assert dates.a_date(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("marzo 2024", date(2024, 3, 1)), ("Marzo de 2024", date(2024, 3, 1)), ("03/2024", date(2024, 3, 1)),
    ("mar-24", date(2024, 3, 1)), ("March 2024", date(2024, 3, 1)), ("sept. 2025", date(2025, 9, 1)),
])
def test_a_month_and_year_is_the_first_day_of_that_month(raw, expected):
    """"Disponible desde: marzo 2024" means from 1 March; a date added in "03/2024" sorts in its month."""
    assert dates.a_date(raw) == expected


@pytest.mark.parametrize("raw", ["31 feb 2024", "3 de marzote de 2024", "13/2024", "el 3 de marzo", "marzo"])
def test_text_that_is_no_whole_date_is_unparsed(raw):
    with pytest.raises(Unparsed):
        dates.a_date(raw)


@pytest.mark.parametrize("column, day_first", [
    (["03/01/2027", "12/25/2026"], False), (["25/12/2026", "12/25/2026"], True), (["01/02/2026"], None),
    ([None, 45352, "no date"], None),
])
def test_the_order_a_column_writes_its_dates_in(column, day_first):
    assert dates.day_first_of(column) is day_first


def test_a_date_that_only_reads_the_other_way_says_so():
    with pytest.raises(Unparsed, match="the file may write month/day/year"):
        dates.a_date("12/25/2026")
    with pytest.raises(Unparsed, match="the file may write day/month/year"):
        dates.a_date("25/12/2026", day_first=False)


def test_month_first_when_asked():
    assert dates.a_date("03/01/2024", day_first=False) == date(2024, 3, 1)


def test_impossible_date_is_unparsed():
    with pytest.raises(Unparsed):
        dates.a_date("31/02/2024")


@pytest.mark.parametrize("raw, moment", [
    (datetime(2026, 8, 4, 10, 30, 5), datetime(2026, 8, 4, 10, 30, 5, tzinfo=UTC)),
    ("2026-08-04 10:30:05", datetime(2026, 8, 4, 10, 30, 5, tzinfo=UTC)),
    ("2026-08-04T12:30:05+02:00", datetime(2026, 8, 4, 10, 30, 5, tzinfo=UTC)),
    ("04/08/2026", datetime(2026, 8, 4, tzinfo=UTC)),
])
def test_moments_are_read_as_utc(raw, moment):
    assert dates.a_datetime(raw) == moment


@pytest.mark.parametrize("raw, expected", [
    ("2024/03/15", date(2024, 3, 15)), ("2024.03.15", date(2024, 3, 15)),  # year first, as some exports write
    ("15/03/2024 10:30", date(2024, 3, 15)), ("15/03/2024 10:30:00", date(2024, 3, 15)),  # a time after it
])
def test_dates_written_year_first_or_with_a_time(raw, expected):
    """"2024/03/15" and "15/03/2024 10:30" (an ATS's date added) were "not a date"."""
    assert dates.a_date(raw) == expected


def test_a_date_whose_separators_differ_still_reads():
    """"15/03-2024" read before this stop's year-first dates; a first version of them refused it."""
    assert dates.a_date("15/03-2024") == date(2024, 3, 15)


def test_a_us_export_writing_its_times_on_a_12_hour_clock_tells_the_files_date_order(tmp_path, store, services):
    """"3/25/2024 2:15 PM" was no date: the one column proving month/day order went unread, and "Date
    Available" 4/1/2024 was stored as 4 January without a word."""
    from crm.importing.importer import ImportOptions, import_candidates
    from crm.importing.inspect import inspect

    assert dates.a_date("3/25/2024 2:15 PM", day_first=False) == date(2024, 3, 25)
    assert dates.a_date("25/03/2024, 9:05 a.m.") == date(2024, 3, 25)
    path = tmp_path / "bullhorn.csv"
    path.write_text("Name,Email,Date Available,Date Added\r\n"
                    "Carlos Ruiz,carlos@example.com,4/1/2024,3/25/2024 2:15 PM\r\n"
                    "Ana Torres,ana@example.com,5/6/2024,3/26/2024 9:05 AM\r\n", encoding="utf-8")
    day_first = inspect(store, path).day_first  # as the window and the command line tell it
    assert day_first is False
    report = import_candidates(store, path, ImportOptions(day_first=day_first))
    assert (report.created, report.warnings) == (2, [])
    stored = {c.first_name: c for c in services.candidates.iter_all()}
    assert stored["Carlos"].available_from == date(2024, 4, 1)
    assert stored["Ana"].available_from == date(2024, 5, 6)
