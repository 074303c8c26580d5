"""Which role a pipeline row names: by its reference, or, in a tracker that has none, by its title (and
client, when the file has a client column).

A recruiter's own tracker rarely carries the references this app gives roles (a roles list without a
reference column gets VAC-2026-001, ...): its pipeline sheet says "Backend Engineer" and "Acme". The
roles are read once per import (a few hundred), so the preview and the import decide alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Company, Role
from crm.domain import normalize as norm
from crm.domain.enums import RoleStatus
from crm.importing import values as parse

NO_ROLE = "no role with the reference {reference}; import the roles first"
SEVERAL_REFERENCES = "{reference} is written like the references of several roles ({references}); write it as one of them"
NO_ROLE_TITLED = "no role titled {title}; import the roles first"
NO_ROLE_TITLED_FOR = "no role titled {title} for the client {client}; import the roles first"
# The same, when the database holds roles: importing them was done, the row's words name none of them.
NO_KNOWN_ROLE = ("no role with the reference {reference} among the roles in the database (a reference it had "
                 "before? write its current one; or add the role)")
NO_KNOWN_ROLE_TITLED = ("no role titled {title} among the roles in the database (write the title as the role has "
                        "it, or add the role)")
NO_KNOWN_ROLE_TITLED_FOR = ("no role titled {title} for the client {client} among the roles in the database (write "
                            "the title as the role has it, or add the role)")
SEVERAL_ROLES = "more than one open role titled {title} ({references}); add a column with the role reference"
NO_ROLE_GIVEN = "the row names no role (its reference and title are empty)"
# A tracker kept as a sheet per process ("4511 Java Acme") has no role column: the user says whose it is.
NO_ROLE_COLUMN = ("the sheet has no column naming the role (a reference or a title); choose the role its rows "
                  "are for")
SHEET_ROLE = "rows that name no role are for {reference} ({title}), which the sheet's name names"

_OPEN = (RoleStatus.LEAD.value, RoleStatus.ACTIVE.value, RoleStatus.ON_HOLD.value)  # not ended


@dataclass(frozen=True)
class KnownRole:
    id: int
    reference: str
    title: str  # folded (see folded_text)
    client: str  # the company's key (normalize.company_key)
    open: bool
    name: str = ""  # the title as written, to show
    location: str = ""  # folded
    bare: str = ""  # the reference as compared when written otherwise (bare_reference)


def known_roles(session: Session) -> list[KnownRole]:
    rows = session.execute(select(Role.id, Role.reference, Role.title, Company.name_key, Role.status, Role.location)
                           .join(Company, Company.id == Role.company_id).order_by(Role.id))
    return [KnownRole(role_id, reference, folded_text(title), client, status in _OPEN, title, folded_text(location),
                      bare_reference(reference))
            for role_id, reference, title, client, status, location in rows]


# An ATS names a job with its place or client after the title: "Backend Developer (Madrid)", "Java Developer -
# Acme", "Data Engineer @ Globex".
_TITLE_AND_DETAIL = re.compile(r"^(?P<title>.*?\S)\s*(?:\((?P<bracketed>[^()]+)\)|[-–|·@]\s+(?P<after>.+))$")


def _by_title_and_detail(roles: Sequence[KnownRole], name: str, client_key: str | None) -> list[KnownRole]:
    """The roles a job name with its place or client after the title names: the title's, whose client or
    location is that detail."""
    found = _TITLE_AND_DETAIL.match(name)
    if found is None:
        return []
    title, detail = folded_text(found.group("title")), found.group("bracketed") or found.group("after")
    detail_key, detail_place = norm.company_key(detail), folded_text(detail)
    return [r for r in roles if r.title == title and (client_key is None or r.client == client_key)
            and (r.client == detail_key or (r.location and r.location == detail_place))]


def which_role(roles: Sequence[KnownRole], reference: str | None, title: str | None = None,
               client: str | None = None) -> KnownRole:
    """The role a row names. A reference cell names a role by its reference or, failing that, by its
    title (a "Vacante" column holding titles); a title column by its title, among the client's roles
    when a client is given. Of several roles so titled, the one still open; Unparsed when none or
    several are."""
    reference, title, client = (norm.text(text) for text in (reference, title, client))
    found = referenced(roles, reference)
    if found is not None:
        return found
    name = title or reference
    if not name:
        raise parse.Unparsed(NO_ROLE_GIVEN)
    wanted, client_key = folded_text(name), norm.company_key(client) if client else None
    matches = ([r for r in roles if r.title == wanted and (client_key is None or r.client == client_key)]
               or _by_title_and_detail(roles, name, client_key))
    if len(matches) > 1:
        open_ones = [r for r in matches if r.open]
        if len(open_ones) != 1:  # the references to choose from, for the column the user adds
            shown = ", ".join(r.reference for r in (open_ones or matches))
            raise parse.Unparsed(SEVERAL_ROLES.format(title=name, references=shown))
        matches = open_ones
    if matches:
        return matches[0]
    if client and title:
        raise parse.Unparsed((NO_KNOWN_ROLE_TITLED_FOR if roles else NO_ROLE_TITLED_FOR).format(title=name, client=client))
    if title:
        raise parse.Unparsed((NO_KNOWN_ROLE_TITLED if roles else NO_ROLE_TITLED).format(title=name))
    bare = bare_reference(reference)
    alike = [r.reference for r in roles if r.bare == bare] if bare else []
    if len(alike) > 1:  # written otherwise, it names none of them: importing the roles again would not help
        raise parse.Unparsed(SEVERAL_REFERENCES.format(reference=reference, references=", ".join(alike)))
    raise parse.Unparsed((NO_KNOWN_ROLE if roles else NO_ROLE).format(reference=reference))


def row_role(roles: Sequence[KnownRole], sheet_role: KnownRole | None, reference: str | None, title: str | None,
             client: str | None) -> KnownRole:
    """A row's role: the one it names (which_role), or the sheet's when it names none."""
    if sheet_role is not None and not norm.text(reference) and not norm.text(title):
        return sheet_role
    return which_role(roles, reference, title, client)


def referenced(roles: Sequence[KnownRole], reference: str | None) -> KnownRole | None:
    """The role with this reference: as written, else case aside, else spaces and dashes aside ("REF 2024 032"
    is REF-2024-032) when that names one role only; None for none."""
    reference = norm.text(reference)
    if not reference:
        return None
    found = (next((r for r in roles if r.reference == reference), None)
             or next((r for r in roles if r.reference.casefold() == reference.casefold()), None))
    if found is None:
        bare = bare_reference(reference)
        loose = [r for r in roles if r.bare == bare] if bare else []  # (worked out once a role, not once a row)
        found = loose[0] if len(loose) == 1 else None
    return found


def bare_reference(reference: str) -> str:
    """A reference as compared when written otherwise: "REF 2024 032", "ref_2024_032" -> "ref2024032" (only
    spaces, dashes, dots, slashes and underscores aside: "C#-01" is no "C-01")."""
    return _SEPARATORS.sub("", reference.casefold())


_SEPARATORS = re.compile(r"[\s\-_./–—‑‐−]+")  # (not brackets: "BE-1 (2)" is no "BE-12")


def role_by_reference(roles: Sequence[KnownRole], reference: str) -> KnownRole:
    """The role with this reference (referenced); ValueError saying so when there is none."""
    found = referenced(roles, reference)
    if found is None:
        raise ValueError((NO_KNOWN_ROLE if roles else NO_ROLE).format(reference=reference))
    return found


def rows_role(roles: Sequence[KnownRole], chosen: KnownRole | None, sheet: str | None,
              role_columns: bool) -> KnownRole | None:
    """The role of a pipeline sheet's rows that name none: the one the user chose; for a sheet without a
    role column, the one its name names; else None (an empty role cell is then refused, not guessed)."""
    if chosen is not None or role_columns:
        return chosen
    return role_of_sheet(roles, sheet)


def role_of_sheet(roles: Sequence[KnownRole], sheet: str | None) -> KnownRole | None:
    """The one role whose reference the sheet's name contains as a word ("4511 Java Acme", "VAC-2026-003
    Backend"), or None when none or several do."""
    if not sheet:
        return None
    named = [r for r in roles if re.search(rf"(?<![\w-]){re.escape(r.reference)}(?![\w-])", sheet, re.IGNORECASE)]
    return named[0] if len(named) == 1 else None


def folded_text(text: str | None) -> str:
    """A role's title or location as compared: case, accents and spacing aside."""
    return " ".join(norm.fold(text or "").split())
