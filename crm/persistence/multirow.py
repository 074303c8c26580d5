"""Many narrow rows into one SQLite table in few statements: `INSERT ... VALUES (?,?,?),(?,?,?),...`.

An executemany steps SQLite once a row, and Python's driver does its per-row work (parameter checks,
a statement reset) each time: for a row of three numbers that is most of the cost. Measured here on
the skill links of 100,000 candidates (600,000 rows): executemany 0.96 s, 500-row statements 0.38 s.
For wide rows it is the other way round: the candidate rows (31 values) and their search documents
took 10-20% longer in multi-row statements, whose binding and program grow with every row, so those
stay executemanys.

(A writer thread running these statements while the import parses the next rows was tried too: on
CPython's GIL it was no faster, and used more CPU.)
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence

from sqlalchemy import Connection

ROWS_PER_STATEMENT = 500  # past ~250 rows a statement the gain flattens out


def rows_per_statement(connection: Connection, width: int) -> int:
    """How many rows of `width` values one statement may carry under this SQLite's bound-value limit
    (32,766 since SQLite 3.32, 999 before)."""
    raw = connection.connection.dbapi_connection
    limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(ROWS_PER_STATEMENT, limit // width))


def insert_rows(connection: Connection, into: str, rows: Sequence[Sequence], width: int) -> None:
    """INSERT `rows` (each `width` values) with `into` = "INSERT INTO table (columns)" on SQLite.

    Statements are all of one size, so SQLite's statement cache reuses them; the rest goes in one
    shorter statement."""
    if not rows:
        return
    size = rows_per_statement(connection, width)
    one = "(" + ",".join("?" * width) + ")"
    whole = len(rows) - len(rows) % size
    if whole:
        many = f"{into} VALUES {','.join([one] * size)}"
        for start in range(0, whole, size):
            connection.exec_driver_sql(many, tuple(itertools.chain.from_iterable(rows[start:start + size])))
    if whole < len(rows):
        rest = rows[whole:]
        connection.exec_driver_sql(f"{into} VALUES {','.join([one] * len(rest))}",
                                   tuple(itertools.chain.from_iterable(rest)))
