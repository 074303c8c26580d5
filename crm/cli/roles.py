"""`crm roles list`."""

from __future__ import annotations

import argparse

from crm.cli.common import print_json, print_table, services
from crm.services.records import to_jsonable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("roles", help="list roles")
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list every role")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    with services(args.db) as svc:
        roles = svc.roles.list_all()
    if args.json:
        out = []
        for role in roles:
            data = to_jsonable(role)
            data["required_skills"] = [s.name for s in role.required_skills]
            data["nice_skills"] = [s.name for s in role.nice_skills]
            out.append(data)
        print_json(out)
        return 0
    print_table([[r.reference, r.title, r.client, r.status, r.openings] for r in roles],
                ["REFERENCE", "TITLE", "CLIENT", "STATUS", "OPENINGS"])
    return 0
