"""A GitHub profile finds its person, as a LinkedIn profile does

Revision ID: 0010_github_profile_key
Revises: 0009_mobile_linkedin_urls
Create Date: 2026-12-07 07:10:00

The importer now takes the same GitHub profile URL as the same person (two rows, or a row and a
known candidate, with https://github.com/anasol were two people). It looks people up by
lower(github_url), as by lower(linkedin_url) since 0004: this is that index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_github_profile_key"
down_revision = "0009_mobile_linkedin_urls"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # (a database made from the models since has it: made, then brought back through older revisions)
    op.create_index("ix_candidate_github_url", "candidate", [sa.text("lower(github_url)")], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_candidate_github_url", table_name="candidate", if_exists=True)
