"""`crm search QUERY [--json] [--limit N]`."""

from __future__ import annotations

import argparse

from crm.cli.candidates import candidate_json
from crm.cli.common import print_table, services, stream_json_array
from crm.services.search import SearchService


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search", help="search candidates",
        description="Words must all match; \"exact phrase\", OR, NOT/-word, (...), pyth*, skill:python, "
                    "city:madrid, salary<=60000, years>=5, notice<=30, status:active, english>=B2.",
    )
    parser.add_argument("query", nargs="+", help="the search, e.g. python django city:madrid salary<=60000")
    parser.add_argument("--json", action="store_true", help="print a JSON array of candidates")
    parser.add_argument("--limit", type=int, metavar="N", help="at most N results (default: every match)")
    parser.set_defaults(handler=_search)


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with services(args.db) as svc:
        result = SearchService(svc.store).search(query, limit=args.limit)
        records = (svc.candidates.get(candidate_id) for candidate_id in result.ids)
        if args.json:
            stream_json_array(candidate_json(record) for record in records)
            return 0
        rows = [[r.id, r.full_name, r.current_title or "", r.city or "",
                 ", ".join(s.name for s in r.skills[:4])] for r in records]
    print_table(rows, ["ID", "NAME", "TITLE", "CITY", "SKILLS"])
    print(f"{len(rows)} match{'es' if len(rows) != 1 else ''}")
    return 0
