"""candidate full-text search index (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 21:30:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite only: on PostgreSQL the search service uses its own SQL.
    if op.get_context().dialect.name != "sqlite":
        return
    from crm.persistence.search_index import rebuild

    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS candidate_fts USING fts5(name, email, phone, title, company, city, "
        "skills, summary, notes, cv, tokenize = 'unicode61 remove_diacritics 2')"
    )
    rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS candidate_fts")
