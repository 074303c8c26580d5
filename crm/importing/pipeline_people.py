"""Whose row a pipeline row is: the candidate its email names or, in a tracker that lists people by name
only, the one candidate of that name.

A recruiter's process tracker often says "Ana López" and no address (the addresses are in the candidates
sheet). A name is taken when exactly one candidate has it; two people of one name are never guessed
between. The preview and the import decide through `whose_row` alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Candidate
from crm.domain import normalize as norm
from crm.importing import values as parse
from crm.importing.full_names import split_full_name

TWO_EMAILS = "more than one email address: the candidate is looked up by the first"
NO_EMAIL = "no valid candidate email"
NO_CANDIDATE = "no candidate with the email {email}; import the candidates first"
NO_CANDIDATE_NAMED = "no candidate named {name}; import the candidates first"
SEVERAL_CANDIDATES = "more than one candidate named {name}; add a column with the email"


def candidate_email(value: Any) -> tuple[str, bool]:
    """The email a row names its candidate by, and whether the cell named more than one (the first is
    used: TWO_EMAILS). Unparsed when it names none."""
    try:
        return parse.email(value), False
    except parse.PartlyRead as two:
        return two.value, True


def row_name(raw: dict[str, Any]) -> str | None:
    """A pipeline row's candidate name: its name column, with the surname column beside it when the sheet
    keeps the two apart ("First name", "Last name")."""
    parts = [parse.as_text(raw.get(field)) for field in ("name", "last_name")]
    return " ".join(part.strip() for part in parts if part and part.strip()) or None


def whose_row(email_cell: Any, name_cell: Any, by_email: Callable[[str], Any],
              by_name: Callable[[str], list]) -> tuple[Any, bool]:
    """(what `by_email` or `by_name` found for the row, whether its email cell named two addresses).
    By the email when the row has one (a name column holding addresses counts); else by the name: the one
    candidate of that name. Unparsed, saying why, otherwise."""
    email, two = None, False
    for cell in (email_cell, name_cell):
        if cell is not None and (cell is email_cell or "@" in str(cell)):
            try:
                email, two = candidate_email(cell)
                break
            except parse.Unparsed:
                continue
    if email is not None:
        found = by_email(email)
        if found is None:
            raise parse.Unparsed(NO_CANDIDATE.format(email=email))
        return found, two
    name = norm.text(parse.as_text(name_cell))
    if not name:
        raise parse.Unparsed(NO_EMAIL)
    matches = list(dict.fromkeys(found for key in name_keys(name) for found in by_name(key)))
    if not matches:  # "Hugo Bello" for Hugo Bello Fuente: a given name and first surname, as people are called
        matches = list(dict.fromkeys(found for key in name_keys(name) for found in by_name(SHORT + key)))
    if len(matches) == 1:
        return matches[0], False
    if not matches:
        raise parse.Unparsed(NO_CANDIDATE_NAMED.format(name=name))
    raise parse.Unparsed(SEVERAL_CANDIDATES.format(name=name))


def name_keys(name: str, short: bool = False) -> set[str]:
    """A name cell as compared with stored names: as written ("Ana López"), and as its parts read
    ("López, Ana"), case, accents and spacing aside; with `short`, also as the keys of candidates known by
    their given name and first surname (SHORT)."""
    first, last = split_full_name(name)
    keys = {_key(name), _key(f"{first} {last}")}
    return keys | {SHORT + key for key in keys} if short else keys


# A candidate's key by given name and first surname ("Hugo Bello" for Hugo Bello Fuente), kept apart from
# full names: a tracker's "Ana López" is the candidate Ana López before any Ana López García.
SHORT = "~"
_JOINED_TO_NEXT = frozenset({"de", "del", "la", "las", "los", "y", "i", "da", "das", "do", "dos", "van", "von",
                             "der", "di", "le", "san", "santa", "santo"})


def _first_surname(last: str) -> str | None:
    """'Bello Fuente' -> 'Bello'; 'de la Fuente García' -> 'de la Fuente'; None for a single surname."""
    words = last.split()
    at = 0
    while at < len(words) - 1 and words[at].lower() in _JOINED_TO_NEXT:
        at += 1
    return " ".join(words[:at + 1]) if at + 1 < len(words) else None


def _key(text: str) -> str:
    return " ".join(norm.fold(text).split())


def names_index(session: Session, only: Iterable[str] | None = None) -> dict[str, list[int]]:
    """Candidate ids by name key (first and last name), for every candidate or the keys in `only`. One
    pass over the candidates: a tracker names a few hundred people among up to 100,000."""
    wanted = None if only is None else set(only)
    index: dict[str, list[int]] = {}
    for candidate_id, first, last in session.execute(select(Candidate.id, Candidate.first_name, Candidate.last_name)):
        keys = [_key(f"{first or ''} {last or ''}")]
        surname = _first_surname(last or "")
        if first and surname:
            keys.append(SHORT + _key(f"{first} {surname}"))
        for key in keys:
            if wanted is None or key in wanted:
                index.setdefault(key, []).append(candidate_id)
    return index
