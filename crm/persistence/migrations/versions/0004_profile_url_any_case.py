"""profile URLs are the same person whatever their case

Revision ID: 0004_profile_url_case
Revises: 0003_pipeline
Create Date: 2026-11-28 01:40:00

The importer finds a known person by LinkedIn URL. LinkedIn (and GitHub) paths are not
case-sensitive, and people type them both ways, so the lookup compares lower-cased URLs: the index
is on lower(linkedin_url), which SQLite (expression index) and PostgreSQL both use for
`lower(linkedin_url) IN (...)`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_profile_url_case"
down_revision = "0003_pipeline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_candidate_linkedin_url", table_name="candidate")
    op.create_index("ix_candidate_linkedin_url", "candidate", [sa.text("lower(linkedin_url)")])


def downgrade() -> None:
    op.drop_index("ix_candidate_linkedin_url", table_name="candidate")
    op.create_index("ix_candidate_linkedin_url", "candidate", ["linkedin_url"])
