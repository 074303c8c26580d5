"""Dates as spreadsheets hold them: date cells, Excel serials (the 1900 system) and text in the ways
people write it ("15/03/2024", "2024-03-15", "15 de marzo de 2024", "marzo 2024"), day first or month first.

Each reader returns the date or raises values.Unparsed(reason), as the other value readers do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from crm.domain import normalize
from crm.importing.values import Unparsed, fold

_EXCEL_EPOCH = date(1899, 12, 30)

# A time after the date ("15/03/2024 10:30", as ATS exports write when a record was added) is dropped.
# A time may follow, on a 12-hour clock too: US exports write "3/25/2024 2:15 PM".
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)?$", re.I)
_YMD = re.compile(r"^(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?:[ T].*)?$")  # 2024-03-15, 2024/03/15
# Months by name, as Spanish and English Excel write dates as text: "3 de marzo de 2024", "15-mar-24",
# "15 Mar 2024", "March 3, 2024" (folded: no accents, lower case).
_MONTHS = {name: number for number, names in enumerate((
    ("enero", "ene", "january", "jan"), ("febrero", "feb", "february"), ("marzo", "mar", "march"),
    ("abril", "abr", "april", "apr"), ("mayo", "may"), ("junio", "jun", "june"), ("julio", "jul", "july"),
    ("agosto", "ago", "august", "aug"), ("septiembre", "setiembre", "sep", "sept", "set", "september"),
    ("octubre", "oct", "october"), ("noviembre", "nov", "november"), ("diciembre", "dic", "december", "dec")),
    start=1) for name in names}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:\s*de)?[\s\-/.]+([a-z]+)\.?(?:\s*de(?:l)?)?[\s\-/.,]+(\d{2}|\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def a_date(value: Any, day_first: bool = True) -> date:
    """A date cell, an Excel serial (1900 system) or text: dd/mm/yyyy (day first by default), yyyy-mm-dd."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, timedelta):
        raise Unparsed("a time, not a date")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value))
    text = (normalize.text(str(value)) or "").strip()
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return _serial(float(text))
    try:
        if match := _YMD.match(text):
            return date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
        if match := _DMY.match(text):
            first, second, year = int(match.group(1)), int(match.group(2)), _full_year(match.group(3))
            day, month = (first, second) if day_first else (second, first)
            if month > 12 and day <= 12:  # "03/25/2024" read day first: the other order would fit
                raise Unparsed("not a valid date as day/month/year; the file may write month/day/year: "
                               "choose that order for its dates" if day_first else
                               "not a valid date as month/day/year; the file may write day/month/year: "
                               "choose that order for its dates")
            return date(year, month, day)
        if named := _named_month_date(fold(text)):
            return named
        if month_year := _month_and_year(fold(text)):  # "marzo 2024", "03/2024": its first day
            return month_year
    except Unparsed:
        raise
    except ValueError as exc:
        raise Unparsed("not a valid date") from exc
    raise Unparsed(NOT_A_DATE)


NOT_A_DATE = "not a date (use dd/mm/yyyy)"


def day_first_of(values: Iterable[Any]) -> bool | None:
    """The order the text dates of a column are written in: True for day/month/year (a first number above
    12 proves it), False for month/day/year (a second number above 12, and no proof of the other),
    None when every date would read either way."""
    month_first = False
    for value in values:
        if value.__class__ is not str:
            continue
        if match := _DMY.match(value.strip()):
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12:
                return True
            month_first = month_first or second > 12
    return False if month_first else None


_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_NAMED_MONTH_YEAR = re.compile(r"^([a-z]+)\.?(?:\s+de(?:l)?)?[\s\-/.]+(\d{2}|\d{4})$")


def _month_and_year(folded: str) -> date | None:
    """"03/2024", "marzo 2024", "mar-24" (Excel's mmm-yy), "March 2024": the first day of that month;
    None when the text is no such thing. Raises ValueError for a month that does not exist."""
    if match := _MONTH_YEAR.match(folded):
        return date(int(match.group(2)), int(match.group(1)), 1)
    if (match := _NAMED_MONTH_YEAR.match(folded)) and match.group(1) in _MONTHS:
        return date(_full_year(match.group(2)), _MONTHS[match.group(1)], 1)
    return None


def _named_month_date(folded: str) -> date | None:
    """"3 de marzo de 2024", "15-mar-24", "March 3, 2024"; None when the text is not such a date.
    Raises ValueError for a day the month does not have."""
    if match := _DAY_MONTH_YEAR.match(folded):
        day, month, year = match.group(1), match.group(2), match.group(3)
    elif match := _MONTH_DAY_YEAR.match(folded):
        month, day, year = match.group(1), match.group(2), match.group(3)
    else:
        return None
    if month not in _MONTHS:
        return None
    return date(_full_year(year), _MONTHS[month], int(day))


def _full_year(digits: str) -> int:
    """"24" -> 2024, "85" -> 1985 (two digits: 1970-2069, as Excel reads them), "2024" -> 2024."""
    year = int(digits)
    return year + (2000 if year < 70 else 1900) if year < 100 else year


def a_datetime(value: Any, day_first: bool = True) -> datetime:
    """A moment in UTC: a date-time cell (the candidate list export writes UTC), ISO text with or without
    an offset, or a plain date (midnight UTC)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if isinstance(value, str):
        text = (normalize.text(value) or "").strip()
        if iso := _ISO_MOMENT.fullmatch(text):  # (Teamtailor writes "2026-10-01 09:30:00 +0200")
            moment = datetime.fromisoformat(iso.group(1) + (iso.group(2) or "").replace("Z", "+00:00").replace("z", "+00:00"))
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
        if clock := _CLOCK_AFTER_DAY.fullmatch(text):  # "01/10/2026 9:30", "3/25/2024 2:15 PM": its day, at that time
            day = a_date(clock.group(1), day_first)
            return datetime.combine(day, _clock_time(clock), tzinfo=UTC)
    return datetime.combine(a_date(value, day_first), time(), tzinfo=UTC)


# An ISO moment, its offset written after a space too ("+0200", "+02:00", "Z")
_ISO_MOMENT = re.compile(r"(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?", re.I)
# A day/month/year date and its time, a 12-hour clock too (read as UTC, as an ISO moment without an offset)
_CLOCK_AFTER_DAY = re.compile(r"(\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{2}|\d{4})),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                              r"(?:\s*([ap])\.?\s?m\.?)?", re.I)


def _clock_time(clock: re.Match) -> time:
    """The time _CLOCK_AFTER_DAY read; Unparsed for one no clock shows."""
    hours, minutes, seconds = int(clock.group(2)), int(clock.group(3)), int(clock.group(4) or 0)
    if clock.group(5):  # 12-hour clock
        hours = hours % 12 + (12 if clock.group(5).lower() == "p" else 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise Unparsed("not a valid date")  # (25:00: no time of any day)
    return time(hours, minutes, seconds)


def _serial(number: float) -> date:
    if not 1 <= number <= 2_958_465:
        raise Unparsed("not a date")
    return _EXCEL_EPOCH + timedelta(days=int(number))
