"""LinkedIn and GitHub profile URLs in one form

Revision ID: 0005_profile_urls
Revises: 0004_profile_url_case
Create Date: 2026-11-28 06:20:00

The importer finds a known person by profile URL. The same LinkedIn profile was stored in several
forms, as people copy it: https://es.linkedin.com/in/ana, http://linkedin.com/in/ana,
linkedin.com/in/ana?originalSubdomain=es, linkedin.com/in/ana/es. From this version normalize.url
writes one (https://linkedin.com/in/ana); this brings the URLs already stored to it, so that an
import finds those people too. The rules are copied here as they were: a migration must do the same
thing whenever it runs.
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0005_profile_urls"
down_revision = "0004_profile_url_case"
branch_labels = None
depends_on = None

_LINKEDIN_COUNTRY = re.compile(r"^[a-z]{2}\.linkedin\.com$")
_LINKEDIN_PROFILE = re.compile(r"^in/[^/]+")


def canonical(value: str) -> str:
    """A stored URL (with its scheme, as every version stored them) in the one form of its profile."""
    scheme, _, rest = value.partition("://")
    host, slash, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    linkedin = host == "linkedin.com" or _LINKEDIN_COUNTRY.match(host) is not None
    if not (linkedin or host == "github.com"):
        return value
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    if linkedin and (profile := _LINKEDIN_PROFILE.match(path)):
        path = profile.group(0)
    return f"https://{'linkedin.com' if linkedin else host}{slash}{path}".rstrip("/")


def upgrade() -> None:
    connection = op.get_bind()
    candidate = sa.table("candidate", sa.column("id", sa.Integer), sa.column("linkedin_url", sa.String),
                         sa.column("github_url", sa.String))
    for column in (candidate.c.linkedin_url, candidate.c.github_url):
        rows = connection.execute(sa.select(candidate.c.id, column).where(column.is_not(None))).all()
        changed = [{"row_id": row_id, "url": canonical(url)} for row_id, url in rows if canonical(url) != url]
        if changed:
            connection.execute(candidate.update().where(candidate.c.id == sa.bindparam("row_id"))
                               .values({column.name: sa.bindparam("url")}), changed)


def downgrade() -> None:
    pass  # the one form is a valid URL of the same profile: nothing to undo
