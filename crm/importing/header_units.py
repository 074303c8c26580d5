"""A number under a header naming its unit ("Notice (weeks)", "Exp (meses)", "Meses de experiencia"): read in
that unit, 4 weeks and not 4 days."""

from __future__ import annotations

import re
from typing import Any

from crm.importing import values as parse

UNIT_FIELDS = frozenset({"notice_days", "years_experience"})
_HEADER_UNITS = {"semana": "weeks", "semanas": "weeks", "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks",
                 "mes": "months", "meses": "months", "month": "months", "months": "months",
                 "dia": "days", "dias": "days", "day": "days", "days": "days",
                 "ano": "years", "anos": "years", "year": "years", "years": "years", "yrs": "years"}
# "Notice (weeks)", "Exp (meses)", "Preaviso en semanas", or the unit first: "Meses de experiencia"
_UNIT_IN_HEADER = re.compile(r"\((?:en\s+|in\s+)?([a-z]+)\.?\)|\b(?:en|in)\s+([a-z]+)$"
                             r"|^(semanas|meses|dias|weeks|months|days)\s+(?:de|of)\b")
_BARE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:\s*-\s*\d+(?:[.,]\d+)?)?")  # "4", "2,5", a range "2-4"


def header_unit(header: str) -> str | None:
    """The unit a header gives its numbers ("Notice (weeks)", "Exp (meses)", "Preaviso en semanas")."""
    found = _UNIT_IN_HEADER.search(parse.fold(header))
    return _HEADER_UNITS.get(found.group(1) or found.group(2) or found.group(3)) if found else None


def with_units(cells: list[Any], units: dict[int, str]) -> list[Any]:
    """The row with each bare number under a header naming its unit written with it (4 -> "4 weeks")."""
    cells = list(cells)
    for index, unit in units.items():
        if index < len(cells):
            value = cells[index]
            if value.__class__ in (int, float) or (value.__class__ is str and _BARE_NUMBER.fullmatch(value.strip())):
                cells[index] = f"{parse.as_text(value)} {unit}"
    return cells
