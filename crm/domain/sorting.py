"""How text sorts in the app's lists: as a Spanish recruiter expects (and Excel sorts), not by code point.

Accents and case are ignored (`Álvarez` among the A's, `alonso` before `Zapata`), ñ is a letter of its
own after n (`Nunez`, `Núñez`, `Nuño`, `Nuria`, in that order), and the few letters that have no accent to
strip are read as their base letters (ø, ł, æ, ...).

The databases cannot do this by themselves alike (SQLite's lower() and ORDER BY know ASCII only, PostgreSQL's
order depends on the server's locale), and a collation function would be called n·log n times for every sort
of 100,000 candidates. So each sorted text column has a stored copy of this key (`<column>_sort`), written
with it wherever it is written, and lists ORDER BY the copy (indexed for the name, the default sort). The key
only uses characters whose code-point order is the wanted order, so a plain binary comparison (SQLite's,
PostgreSQL's "C" collation) sorts it right.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

# Candidate text columns the list sorts by -> the column holding their sort key.
CANDIDATE_SORT_KEYS = {
    "first_name": "first_name_sort", "last_name": "last_name_sort", "current_title": "current_title_sort",
    "current_company": "current_company_sort", "city": "city_sort",
}

# ñ sorts after every n-word and before o: "n" followed by "~", which comes after all ASCII letters.
_ENYE = "n~"
# Letters with no decomposition (NFKD leaves them whole), read as the letters they are sorted with.
_BASE_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                               "æ": "ae", "œ": "oe", "þ": "th"})


def sort_key(value: str | None) -> str | None:
    """The sort key of a text: case and accents dropped, ñ after n (`Núñez` -> `nun~ez`); None stays None.

    (A migration that fills the keys copies this function as it is when it runs: change it only together
    with a migration that writes every key again.)"""
    if value is None:
        return None
    if value.isascii():
        return value.lower()
    folded = unicodedata.normalize("NFC", value).casefold().replace("ñ", _ENYE)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_BASE_LETTERS)


def candidate_sort_keys(values: Mapping[str, object]) -> dict[str, str | None]:
    """The sort-key columns for the sorted text columns present in `values` (a row or a change)."""
    return {key: sort_key(values[column]) for column, key in CANDIDATE_SORT_KEYS.items() if column in values}
