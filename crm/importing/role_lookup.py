"""Which role a pipeline row names: by its reference, or, in a tracker that has none, by its title (and
client, when the file has a client column).

A recruiter's own tracker rarely carries the references this app gives roles (a roles list without a
reference column gets VAC-2026-001, ...): its pipeline sheet says "Backend Engineer" and "Acme". The
roles are read once per import (a few hundred), so the preview and the import decide alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Company, Role
from crm.domain import normalize as norm
from crm.domain.enums import RoleStatus
from crm.importing import values as parse

NO_ROLE = "no role with the reference {reference}; import the roles first"
NO_ROLE_TITLED = "no role titled {title}; import the roles first"
NO_ROLE_TITLED_FOR = "no role titled {title} for the client {client}; import the roles first"
SEVERAL_ROLES = "more than one open role titled {title} ({references}); add a column with the role reference"

_OPEN = (RoleStatus.LEAD.value, RoleStatus.ACTIVE.value, RoleStatus.ON_HOLD.value)  # not ended


@dataclass(frozen=True)
class KnownRole:
    id: int
    reference: str
    title: str  # folded (see folded_text)
    client: str  # the company's key (normalize.company_key)
    open: bool


def known_roles(session: Session) -> list[KnownRole]:
    rows = session.execute(select(Role.id, Role.reference, Role.title, Company.name_key, Role.status)
                           .join(Company, Company.id == Role.company_id).order_by(Role.id))
    return [KnownRole(role_id, reference, folded_text(title), client, status in _OPEN)
            for role_id, reference, title, client, status in rows]


def which_role(roles: Sequence[KnownRole], reference: str | None, title: str | None = None,
               client: str | None = None) -> KnownRole:
    """The role a row names. A reference cell names a role by its reference or, failing that, by its
    title (a "Vacante" column holding titles); a title column by its title, among the client's roles
    when a client is given. Of several roles so titled, the one still open; Unparsed when none or
    several are."""
    reference, title, client = (norm.text(text) for text in (reference, title, client))
    if reference:
        for matches in ((r for r in roles if r.reference == reference),
                        (r for r in roles if r.reference.casefold() == reference.casefold())):
            found = next(matches, None)
            if found is not None:
                return found
    name = title or reference
    if not name:
        raise parse.Unparsed(NO_ROLE.format(reference=""))
    wanted, client_key = folded_text(name), norm.company_key(client) if client else None
    matches = [r for r in roles if r.title == wanted and (client_key is None or r.client == client_key)]
    if len(matches) > 1:
        open_ones = [r for r in matches if r.open]
        if len(open_ones) != 1:  # the references to choose from, for the column the user adds
            shown = ", ".join(r.reference for r in (open_ones or matches))
            raise parse.Unparsed(SEVERAL_ROLES.format(title=name, references=shown))
        matches = open_ones
    if matches:
        return matches[0]
    if client and title:
        raise parse.Unparsed(NO_ROLE_TITLED_FOR.format(title=name, client=client))
    if title:
        raise parse.Unparsed(NO_ROLE_TITLED.format(title=name))
    raise parse.Unparsed(NO_ROLE.format(reference=reference))


def folded_text(text: str | None) -> str:
    """A role's title or location as compared: case, accents and spacing aside."""
    return " ".join(norm.fold(text or "").split())
