"""Shared plumbing for CLI commands: opening the store with friendly errors, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from typing import Any

from crm.persistence.integrity import DatabaseDamaged
from crm.persistence.migrate import DatabaseTooNew, MigrationFailed
from crm.persistence.store import Store, open_store
from crm.services import Services

EXIT_OK = 0
EXIT_SOME_REJECTED = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.exit_code = exit_code


def open_checked(db: str | None) -> Store:
    """Open the database or raise CliError with a one-line reason (never a traceback)."""
    try:
        return open_store(db)
    except DatabaseDamaged as exc:
        raise CliError(str(exc)) from exc
    except (DatabaseTooNew, MigrationFailed) as exc:
        raise CliError(str(exc)) from exc
    except Exception as exc:  # e.g. a server URL that cannot be reached
        if exc.__class__.__module__.startswith("sqlalchemy"):
            from crm.persistence.db_errors import UNOPENABLE, plain_message

            if plain_message(exc) == UNOPENABLE:
                raise CliError(UNOPENABLE) from exc
            raise CliError(f"cannot open the database: {exc.__class__.__name__}: {str(exc).splitlines()[0]}") from exc
        raise


@contextmanager
def services(db: str | None):
    store = open_checked(db)
    try:
        yield Services.for_store(store)
    finally:
        store.close()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def stream_json_array(items: Iterable[dict[str, Any]]) -> None:
    """Print a JSON array item by item, so 100,000 rows never need one big string."""
    out = sys.stdout
    out.write("[")
    first = True
    for item in items:
        out.write("\n  " if first else ",\n  ")
        out.write(json.dumps(item, ensure_ascii=False, default=str))
        first = False
    out.write("\n]\n" if not first else "]\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=False)] if rows else [
        len(h) for h in headers]
    line = "  ".join(f"{{:{w}}}" for w in widths)
    print(line.format(*headers))
    for row in rows:
        print(line.format(*[str(x) for x in row]))
