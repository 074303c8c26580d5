"""One import or undo at a time on a shared database.

On PostgreSQL (team mode) two recruiters' imports ran side by side: each looked its people up before the other
had committed, so a person known by phone or profile alone (only the email is unique in the schema) was created
twice; the loser of a race over a new skill or an email failed with the database's words; an undo checked
for later work, then waited on a colleague's import and deleted what that import had just committed. A
transaction-level advisory lock makes each wait for the one before it (and then see what it wrote). It is
released by the commit or rollback, so a killed process holds nothing.

SQLite needs none: an import's first statement writes its batch, which takes the file's write lock until
its commit, and a second writer waits for it (busy_timeout).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Any fixed number the app's other advisory locks do not use ("CRMI").
IMPORT_LOCK_KEY = 0x43524D49


def wait_for_other_imports(session: Session) -> None:
    """Take the import lock for the rest of the session's transaction, waiting for the holder if any."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
