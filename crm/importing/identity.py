"""Who a row is: its identity keys (email, phone, profile URL) and its name-and-city key.

Pure functions of a row's values (no database); the dedupe step in the database transaction uses them.
"""

from __future__ import annotations

from typing import Any

from crm.domain.normalize import ascii_lower
from crm.importing.candidate_rows import CandidateRow
from crm.importing.values import fold


def identity_keys(values: dict[str, Any]) -> list[str]:
    """The row's keys, the most personal first (a row is the person its first known key names): an email,
    a profile, then a phone, which an office or a family may share."""
    keys = []
    if values.get("email"):
        keys.append("email:" + values["email"])
    linkedin, github = values.get("linkedin_url"), values.get("github_url")
    # A profile's address: a page of the site, not the bare site ("https://github.com" as a placeholder).
    # (A job ad's link in "Links oferta" is no profile column: mapping.)
    if linkedin and _has_path(linkedin):
        keys.append("url:" + url_key(linkedin))
    if github and _has_path(github):
        keys.append("github:" + url_key(github))
    if values.get("phone"):
        keys.append("phone:" + values["phone"])
    return keys


def _has_path(url: str) -> bool:
    """Not the bare LinkedIn or GitHub site, nor LinkedIn's empty /in/: a placeholder, no one's (a person's own
    site may be its bare domain: https://tomas.dev)."""
    return url not in _PLACEHOLDERS


_PLACEHOLDERS = frozenset({"https://linkedin.com", "https://github.com", "https://linkedin.com/in"})


def strong_profile(key: str) -> bool:
    """A person's own page names one person (LinkedIn /in/, /pub/, Recruiter's profile, Xing, their site); a
    LinkedIn company or job page, or a GitHub account (maybe an organisation's), may be given by several
    people, who then must not say otherwise (another email, another name)."""
    if key.startswith("github:"):
        return False
    if key.startswith("url:https://linkedin.com/"):
        return key.startswith(_PERSONAL_LINKEDIN)
    return True


_PERSONAL_LINKEDIN = tuple(f"url:https://linkedin.com/{part}/" for part in ("in", "pub", "talent", "sales", "mwlite"))


def url_key(url: str) -> str:
    """A profile URL as compared: lower-cased the way SQLite's lower() does it, so the database lookup
    through its lower(linkedin_url) index agrees with the in-memory one."""
    return ascii_lower(url)


def name_key(values: dict[str, Any]) -> tuple[str, str] | None:
    """(folded "first last", folded city), or None without a name. First names and surnames repeat down
    a list (whole names rarely do), so each part is folded through the cache; folding works character
    by character, so the parts folded apart and joined equal the whole name folded."""
    parts = [" ".join(part.split()) for part in (values.get("first_name"), values.get("last_name")) if part]
    parts = [part for part in parts if part]
    if not parts:
        return None
    return " ".join(map(fold, parts)), fold(values.get("city") or "")


# A row's identity keys, worked out by the database step on first use (they are asked for up to three
# times) and dropped by a merge that changes the values (CandidateRow.prepared). Worked out in the
# importer, not in the reader process: at 100,000 rows the reader is the slower side of the two, and
# shipping the keys cost it more than they cost here.
def keys_of(row: CandidateRow) -> list[str]:
    keys = row.prepared
    if keys is None:
        keys = identity_keys(row.values)
        if row.also:  # the person's other addresses and numbers, after the stored ones
            keys += [key for key in dict.fromkeys(row.also) if key not in keys]
        row.prepared = keys
    return keys

