"""`crm candidates list|show|add|merge`."""

from __future__ import annotations

import argparse

from crm.cli.common import print_json, print_table, services, stream_json_array
from crm.services.records import CandidateRecord, to_jsonable

_ADD_FIELDS = (
    ("first-name", "first_name"), ("last-name", "last_name"), ("email", "email"), ("phone", "phone"),
    ("city", "city"), ("country", "country"), ("title", "current_title"), ("company", "current_company"),
    ("years", "years_experience"), ("seniority", "seniority"), ("english", "english_level"),
    ("current-salary", "current_salary"), ("expected-salary", "expected_salary"), ("notice-days", "notice_days"),
    ("linkedin", "linkedin_url"), ("github", "github_url"), ("source", "source"), ("summary", "summary"),
    ("notes", "notes"), ("remote", "remote_preference"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("candidates", help="list, show, add and merge candidates")
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list every candidate")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=_list)

    show = commands.add_parser("show", help="show one candidate")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    add = commands.add_parser("add", help="add a candidate")
    for flag, _field in _ADD_FIELDS:
        add.add_argument(f"--{flag}")
    add.add_argument("--skills", help="comma-separated, e.g. 'python, postgres, docker'")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    merge = commands.add_parser("merge", help="one person twice (e.g. a possible duplicate of an import): fold "
                                "OTHER into KEEP and delete OTHER")
    merge.add_argument("keep", type=int, metavar="KEEP", help="the candidate that stays")
    merge.add_argument("other", type=int, metavar="OTHER", help="the candidate folded into it: its empty-field values "
                       "and skills are added, differing contacts kept in the notes")
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=_merge)


def candidate_json(record: CandidateRecord) -> dict:
    data = to_jsonable(record)
    data["skills"] = [{"name": s.name, "years": s.years} for s in record.skills]
    return data


def _list(args: argparse.Namespace) -> int:
    with services(args.db) as svc:
        if args.json:
            stream_json_array(candidate_json(record) for record in svc.candidates.iter_all())
            return 0
        rows = [[r.id, r.full_name, r.email or "", r.city or "", r.current_title or "", r.status]
                for r in svc.candidates.iter_all()]
    print_table(rows, ["ID", "NAME", "EMAIL", "CITY", "TITLE", "STATUS"])
    return 0


def _show(args: argparse.Namespace) -> int:
    with services(args.db) as svc:
        record = svc.candidates.get(args.id)
    if args.json:
        print_json(candidate_json(record))
        return 0
    for key, value in to_jsonable(record).items():
        if key != "skills" and value not in (None, ""):
            print(f"{key:>18}: {value}")
    print(f"{'skills':>18}: " + ", ".join(
        f"{s.name} ({s.years:g}y)" if s.years else s.name for s in record.skills))
    return 0


def _add(args: argparse.Namespace) -> int:
    data = {field: getattr(args, flag.replace("-", "_")) for flag, field in _ADD_FIELDS
            if getattr(args, flag.replace("-", "_")) is not None}
    skills = [s.strip() for s in (args.skills or "").split(",") if s.strip()]
    with services(args.db) as svc:
        record = svc.candidates.create(data, skills)
    if args.json:
        print_json(candidate_json(record))
    else:
        print(f"added candidate {record.id}: {record.full_name}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from crm.services.candidate_merge import merge_candidates

    with services(args.db) as svc:
        keep, other = svc.candidates.get(args.keep), svc.candidates.get(args.other)
        result = merge_candidates(svc.store, keep.id, keep.version, other.id, other.version)
        record = svc.candidates.get(keep.id)
    if args.json:
        print_json({**result, "candidate": candidate_json(record)})
        return 0
    print(f"merged candidate {other.id} ({other.full_name}) into {keep.id} ({keep.full_name})")
    if result["filled"]:
        print(f"  filled: {', '.join(result['filled'])}")
    if result["skills_added"]:
        print(f"  skills added: {len(result['skills_added'])}")
    if result["noted"]:
        print(f"  kept in the notes (differed): {', '.join(result['noted'])}")
    return 0
