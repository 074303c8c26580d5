"""Comparing a column with text whatever the letter case, the same way on SQLite and PostgreSQL.

SQLite's lower() changes the ASCII letters only ("Última" stays "Última"), Python's changes them all: a
column lowered by the database never equals a value lowered by Python once a name has an accented
capital. So both sides are lowered by the database."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, literal


def equals_ignoring_case(column, text: str) -> ColumnElement[bool]:
    return func.lower(column) == func.lower(literal(text))


def in_ignoring_case(column, texts: Iterable[str]) -> ColumnElement[bool]:
    return func.lower(column).in_([func.lower(literal(text)) for text in texts])
