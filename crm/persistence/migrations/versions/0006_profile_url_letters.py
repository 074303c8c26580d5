"""LinkedIn and GitHub profile URLs with their letters written out

Revision ID: 0006_profile_url_letters
Revises: 0005_profile_urls
Create Date: 2026-12-06 18:50:00

A browser copies a profile whose name has accents as https://linkedin.com/in/ana-l%C3%B3pez, the page
shows https://linkedin.com/in/ana-lópez: the same person, which the importer took for two. From this
version normalize.url writes the letters out; this brings the URLs already stored to that form, so an
import finds those people whichever way their profile was copied. The rule is copied here as it was: a
migration must do the same thing whenever it runs.
"""

import unicodedata
from urllib.parse import unquote

import sqlalchemy as sa
from alembic import op

revision = "0006_profile_url_letters"
down_revision = "0005_profile_urls"
branch_labels = None
depends_on = None

_PROFILE_HOSTS = ("https://linkedin.com/", "https://github.com/")  # their one form since 0005


def letters_written_out(value: str) -> str:
    """A stored profile URL with its percent-escapes decoded; any other URL as it was."""
    if "%" not in value or not value.startswith(_PROFILE_HOSTS):
        return value
    host_end = value.index("/", len("https://"))
    return value[:host_end] + unicodedata.normalize("NFC", unquote(value[host_end:]))


def upgrade() -> None:
    connection = op.get_bind()
    candidate = sa.table("candidate", sa.column("id", sa.Integer), sa.column("linkedin_url", sa.String),
                         sa.column("github_url", sa.String))
    for column in (candidate.c.linkedin_url, candidate.c.github_url):
        rows = connection.execute(sa.select(candidate.c.id, column).where(column.like("%\\%%", escape="\\"))).all()
        changed = [{"row_id": row_id, "url": letters_written_out(url)} for row_id, url in rows
                   if letters_written_out(url) != url]
        if changed:
            connection.execute(candidate.update().where(candidate.c.id == sa.bindparam("row_id"))
                               .values({column.name: sa.bindparam("url")}), changed)


def downgrade() -> None:
    pass  # the letters written out are a valid URL of the same profile: nothing to undo
