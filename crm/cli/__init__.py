"""The `crm` command line. `crm` alone starts the GUI; subcommands do the same jobs headless.

Exit codes: 0 done; 1 done but some items were rejected; 2 bad input, usage or a damaged database.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from crm import __version__
from crm.cli.common import EXIT_BAD_INPUT, CliError
from crm.domain.errors import CrmError
from crm.persistence.backup import BackupFailed

# Each module adds its subcommands through `register(subparsers)`.
COMMAND_MODULES = (
    "crm.cli.candidates",
    "crm.cli.roles",
    "crm.cli.search",
    "crm.cli.pipeline",
    "crm.cli.demo",
    "crm.cli.maintenance",
    "crm.cli.safety",
    "crm.cli.importing",
    "crm.cli.exporting",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm", description="Recruiter CRM. Without a command, opens the app.")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL (default: $CRM_DB "
                        "or crm.db in your data folder)")
    parser.add_argument("--version", action="version", version=f"crm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from crm.cli.gui import start_gui  # Qt is only loaded here, never by the core

        return start_gui(args.db)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        print(f"crm: {exc}", file=sys.stderr)
        return exc.exit_code
    except (CrmError, BackupFailed) as exc:
        print(f"crm: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (`crm ... | head`): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("crm: interrupted; nothing was committed by the interrupted step", file=sys.stderr)
        return 130
    except Exception as exc:  # a locked, full or read-only database: said in words, not as SQL
        from crm.persistence.db_errors import is_database_error, plain_message

        if not is_database_error(exc):
            raise
        print(f"crm: {plain_message(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
