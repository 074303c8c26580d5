"""Secondary indexes set aside during a bulk load into empty tables and built again at its end.

Inserting 100,000 candidates row by row into five secondary indexes (name, phone, profile URL, status,
update time) and their 500,000 skill links into one costs ~1.1 s of B-tree work; building the same
indexes once at the end sorts each in ~0.1 s. It is done inside the load's own transaction (SQLite DDL
is transactional here, see engine.py), so a failure or a cancel rolls the indexes back with the rows,
and other connections never see the tables without them. Only for tables that start empty: a lookup
into rows that were already there would need the indexes meanwhile.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection


@contextmanager
def deferred_indexes(connection: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the tables' own secondary indexes now and create them again, exactly as they were, when
    the block ends normally. (Constraint indexes, PRIMARY KEY and UNIQUE, stay: their SQL is NULL.)"""
    if connection.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join("?" * len(tables))
    indexes = connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks}) "  # noqa: S608 - placeholders only
        "ORDER BY name", tuple(tables)).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield  # on an error the caller's rollback brings the indexes back
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
