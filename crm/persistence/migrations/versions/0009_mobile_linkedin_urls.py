"""LinkedIn profiles copied from its mobile site in their one form

Revision ID: 0009_mobile_linkedin_urls
Revises: 0008_company_keys
Create Date: 2026-12-07 06:10:00

Up to 0008 a profile copied from LinkedIn's mobile site (https://m.linkedin.com/in/ana?trk=...) was kept
as typed: m.linkedin.com was not known as LinkedIn, so an import giving https://linkedin.com/in/ana did
not find that person and added them again. crm/domain/normalize.url now knows m. and mobile. as
LinkedIn's hosts; this gives the URLs stored before the one form it writes (https://linkedin.com/in/ana:
no query, the path ending at the name, letters written out). The rule is copied here as it is today: a
migration must do the same whenever it runs.
"""

import re
import unicodedata
from urllib.parse import unquote

import sqlalchemy as sa
from alembic import op

revision = "0009_mobile_linkedin_urls"
down_revision = "0008_company_keys"
branch_labels = None
depends_on = None

# Stored values start with their scheme and a lower-cased host without "www." (every version wrote so).
_MOBILE = re.compile(r"^https?://(?:m|mobile)\.linkedin\.com(?=/|$)")
_PROFILE = re.compile(r"^in/[^/]+")


def canonical(value: str) -> str:
    """A stored URL of LinkedIn's mobile site in the form normalize.url gives it; any other as it was."""
    if not _MOBILE.match(value):
        return value
    _scheme, _, rest = value.partition("://")
    _host, slash, path = rest.partition("/")
    path = re.split(r"[?#]", path, maxsplit=1)[0]
    if "%" in path:
        path = unicodedata.normalize("NFC", unquote(path))
    if profile := _PROFILE.match(path):
        path = profile.group(0)
    return f"https://linkedin.com{slash}{path}".rstrip("/")


def upgrade() -> None:
    connection = op.get_bind()
    candidate = sa.table("candidate", sa.column("id", sa.Integer), sa.column("linkedin_url", sa.String))
    rows = connection.execute(sa.select(candidate.c.id, candidate.c.linkedin_url)
                              .where(candidate.c.linkedin_url.like("%linkedin.com%"))).all()
    changed = [{"row_id": row_id, "url": canonical(url)} for row_id, url in rows if canonical(url) != url]
    if changed:
        connection.execute(candidate.update().where(candidate.c.id == sa.bindparam("row_id"))
                           .values(linkedin_url=sa.bindparam("url")), changed)


def downgrade() -> None:
    pass  # the one form is a valid URL of the same profile: nothing to undo
