"""What the database refused, in a user's words: a locked, full, read-only or failing database file is
said so, not as SQL with its parameters (which the user cannot act on)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

LOCKED = ("the database is in use by another program (another copy of the CRM, a backup or a sync tool); "
          "nothing was saved: try again in a moment")
READ_ONLY = "the database file cannot be written (a read-only file or folder); nothing was saved"
FULL = "the disk holding the database is full; nothing was saved: free some space and try again"
DISK = "the database file could not be read or written (a disk or network-drive error); nothing was saved"
LOST = ("the connection to the database server was lost; nothing was saved: try again once the server is "
        "back")
CLASH = "another user changed the same records at the same moment; nothing was saved: try again"
UNOPENABLE = ("the database file cannot be opened (its folder or disk is read-only, or it cannot be reached); "
              "nothing was changed: copy it to a folder you can write, or check the drive")

# Words of SQLite's (and PostgreSQL's) messages -> what they mean for the user
_KNOWN = (("database is locked", LOCKED), ("database table is locked", LOCKED), ("readonly database", READ_ONLY),
          ("read-only", READ_ONLY), ("database or disk is full", FULL), ("disk i/o error", DISK),
          ("could not serialize access", LOCKED), ("lock timeout", LOCKED),
          ("unable to open database file", UNOPENABLE), ("could not obtain lock", LOCKED),
          # PostgreSQL (team mode): a server gone mid-way, or two users' writes crossing
          ("server closed the connection", LOST), ("terminating connection", LOST), ("connection is closed", LOST),
          ("consuming input failed", LOST), ("could not receive data from server", LOST),
          ("connection is lost", LOST), ("deadlock detected", CLASH),
          ("duplicate key value violates unique constraint", CLASH))


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError | StaleDataError)


def plain_message(exc: BaseException) -> str:
    """The exception as a user reads it: a database error in plain words, anything else as it says. Never
    the statement and its parameters (a candidate's data, kilobytes of them) or the server's DETAIL lines."""
    if isinstance(exc, StaleDataError):  # an update found its row changed by someone else meanwhile
        return CLASH
    if isinstance(exc, DBAPIError):
        said = str(exc.orig if exc.orig is not None else exc.__class__.__name__)
        for words, meaning in _KNOWN:
            if words in said.lower():
                return meaning
        first_line = said.strip().splitlines()[0] if said.strip() else exc.__class__.__name__
        return f"the database refused the change ({first_line}); nothing was saved"
    return str(exc) or exc.__class__.__name__
