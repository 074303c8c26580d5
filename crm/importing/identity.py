"""Who a row is: its identity keys (email, phone, profile URL) and its name-and-city key.

Pure functions of a row's values (no database); the dedupe step in the database transaction uses them.
"""

from __future__ import annotations

from typing import Any

from crm.importing.candidate_rows import CandidateRow
from crm.importing.values import fold


def identity_keys(values: dict[str, Any]) -> list[str]:
    keys = []
    if values.get("email"):
        keys.append("email:" + values["email"])
    if values.get("phone"):
        keys.append("phone:" + values["phone"])
    if values.get("linkedin_url"):
        keys.append("url:" + url_key(values["linkedin_url"]))
    return keys


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def url_key(url: str) -> str:
    """A profile URL as compared: lower-cased the way SQLite's lower() does it (ASCII letters only),
    so the database lookup through its lower(linkedin_url) index agrees with the in-memory one.
    (str.lower is that for ASCII text, and ~10x faster than the translation table.)"""
    return url.lower() if url.isascii() else url.translate(_ASCII_LOWER)


def name_key(values: dict[str, Any]) -> tuple[str, str] | None:
    """(folded "first last", folded city), or None without a name. First names and surnames repeat down
    a list (whole names rarely do), so each part is folded through the cache; folding works character
    by character, so the parts folded apart and joined equal the whole name folded."""
    parts = [" ".join(part.split()) for part in (values.get("first_name"), values.get("last_name")) if part]
    parts = [part for part in parts if part]
    if not parts:
        return None
    return " ".join(map(fold, parts)), fold(values.get("city") or "")


# What the database step derives from a row's values: (identity keys, (folded name, folded city) or
# None), worked out on first use (a row's keys are asked for up to three times) and dropped by a merge
# that changes the values. Worked out in the importer, not in the reader process: at 100,000 rows the
# reader is the slower side of the two, and shipping the keys cost it more than they cost here.
Prepared = tuple[list[str], tuple[str, str] | None]


def keys_of(row: CandidateRow) -> list[str]:
    return (row.prepared or _prepare(row))[0]


def name_of(row: CandidateRow) -> tuple[str, str] | None:
    return (row.prepared or _prepare(row))[1]


def _prepare(row: CandidateRow) -> Prepared:
    values = row.values
    row.prepared = (identity_keys(values), name_key(values))
    return row.prepared

