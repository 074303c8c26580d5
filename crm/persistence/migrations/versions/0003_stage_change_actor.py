"""who made each stage change

Revision ID: 0003_pipeline
Revises: 0002
Create Date: 2026-11-27 22:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_pipeline"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: history recorded before this version does not know who moved the card.
    with op.batch_alter_table("stage_change") as batch:
        batch.add_column(sa.Column("changed_by", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stage_change") as batch:
        batch.drop_column("changed_by")
