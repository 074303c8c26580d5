"""`crm demo [--candidates N]`."""

from __future__ import annotations

import argparse
import sys

from crm.cli.common import open_checked
from crm.services.demo import load_demo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty database with realistic demo data")
    parser.add_argument("--candidates", type=int, default=500, metavar="N", help="how many candidates (default 500)")
    parser.add_argument("--seed", type=int, default=2026, help=argparse.SUPPRESS)
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    if args.candidates < 1:
        print("crm: --candidates must be at least 1", file=sys.stderr)
        return 2
    store = open_checked(args.db)
    try:
        def progress(done: int, total: int, message: str) -> None:
            if sys.stderr.isatty():
                print(f"\r{message}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

        summary = load_demo(store, args.candidates, seed=args.seed, progress=progress)
    finally:
        store.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"demo data: {summary.candidates:,} candidates, {summary.clients} clients, {summary.roles} roles, "
          f"{summary.applications:,} applications")
    return 0
