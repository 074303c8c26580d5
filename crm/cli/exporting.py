"""`crm export shortlist|client|candidates`: the Excel files clients (and the recruiter) receive."""

from __future__ import annotations

import argparse
import sys

from crm.cli.common import CliError, services


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="write client reports and candidate lists to Excel")
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    shortlist = commands.add_parser("shortlist", help="the shortlist report of one role, for its client")
    shortlist.add_argument("role", metavar="ROLE_REF", help="role reference, e.g. VAC-2026-001")
    shortlist.add_argument("out", metavar="OUT.xlsx")
    _client_options(shortlist)
    shortlist.add_argument("--contact-details", action="store_true",
                           help="include email, phone and profile URLs (non-blind reports only)")
    shortlist.set_defaults(handler=_shortlist)

    client = commands.add_parser("client", help="the progress report of every role of one client")
    client.add_argument("client", metavar="CLIENT_NAME", help="client name (spelling of the legal form ignored)")
    client.add_argument("out", metavar="OUT.xlsx")
    _client_options(client)
    client.set_defaults(handler=_client)

    candidates = commands.add_parser("candidates", help="a candidate list for your own use (re-importable)")
    candidates.add_argument("out", metavar="OUT.xlsx")
    candidates.add_argument("--search", metavar="QUERY", help="only the candidates this search finds")
    candidates.add_argument("--columns", metavar="LIST|all",
                            help="comma-separated field names or labels, or 'all' (default: a working set)")
    candidates.set_defaults(handler=_candidates)


def _client_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--blind", action=argparse.BooleanOptionalAction, default=None,
                        help="show candidates by reference only (default: the client's setting)")
    parser.add_argument("--lang", choices=("es", "en"), help="report language (default: the client's setting)")


def _options(args: argparse.Namespace, contact_details: bool = False):
    from crm.exporting.privacy import PrivacyError
    from crm.exporting.report import ReportOptions

    if contact_details and args.blind:
        raise CliError("contact details cannot go into a blind report; drop --contact-details or use --no-blind")
    try:
        return ReportOptions(blind=args.blind, language=args.lang, contact_details=contact_details)
    except PrivacyError as exc:
        raise CliError(str(exc)) from exc


def _shortlist(args: argparse.Namespace) -> int:
    from crm.exporting.privacy import PrivacyError
    from crm.exporting.shortlist import export_shortlist

    options = _options(args, args.contact_details)
    with services(args.db) as svc:
        role = svc.roles.get_by_reference(args.role)
        try:
            result = export_shortlist(svc.store, role.id, args.out, options)
        except PrivacyError as exc:  # the client's setting is blind and contact details were asked for
            raise CliError(f"{exc}; the client {role.client} gets blind reports, add --no-blind") from exc
    print(f"wrote {result.path}: {len(result.candidate_ids)} candidates disclosed to {role.client}",
          file=sys.stderr)
    return 0


def _client(args: argparse.Namespace) -> int:
    from crm.exporting.client_report import export_client_report, find_client

    options = _options(args)
    with services(args.db) as svc:
        with svc.store.sessions() as session:
            company = find_client(session, args.client)
            company_id, name = company.id, company.name
        result = export_client_report(svc.store, company_id, args.out, options)
    print(f"wrote {result.path}: {len(result.candidate_ids)} candidates disclosed to {name}", file=sys.stderr)
    return 0


def _candidates(args: argparse.Namespace) -> int:
    from crm.exporting.candidate_list import export_candidate_list, search_ids

    with services(args.db) as svc:
        ids = search_ids(svc.store, args.search) if args.search else None
        result = export_candidate_list(svc.store, args.out, candidate_ids=ids, columns=args.columns)
    note = f" ({result.truncated_cells} texts over 32,767 characters cut, marked in the cell)" \
        if result.truncated_cells else ""
    print(f"wrote {result.path}: {result.rows} candidates{note}", file=sys.stderr)
    return 0
