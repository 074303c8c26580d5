"""`crm pipeline show ROLE_REF [--json]` and `crm pipeline move ROLE_REF CANDIDATE_ID STAGE [--note TEXT]`."""

from __future__ import annotations

import argparse
from datetime import date

from crm.cli.common import CliError, print_json, services
from crm.domain.errors import NotFound
from crm.importing.stage_columns import match_stage
from crm.importing.values import Unparsed
from crm.services.board import BoardService
from crm.services.records import StageRecord, to_jsonable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("pipeline", help="show a role's pipeline or move a candidate through it")
    commands = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = commands.add_parser("show", help="the role's stages with their candidates")
    show.add_argument("role", metavar="ROLE_REF", help="role reference, e.g. VAC-2026-001")
    show.add_argument("--json", action="store_true", help="print a JSON object")
    show.set_defaults(handler=_show)
    move = commands.add_parser("move", help="move a candidate on a role to a stage")
    move.add_argument("role", metavar="ROLE_REF")
    move.add_argument("candidate", metavar="CANDIDATE_ID", type=int)
    move.add_argument("stage", metavar="STAGE", help="stage name, any case (Spanish names work too)")
    move.add_argument("--note", help="why; kept in the role's history")
    move.add_argument("--reason", help="rejection reason when moving to a rejected stage")
    move.add_argument("--start", type=_date, metavar="YYYY-MM-DD", help="start date when moving to a placed stage")
    move.add_argument("--fee", type=int, metavar="EUR", help="fee when moving to a placed stage")
    move.set_defaults(handler=_move)


def _show(args: argparse.Namespace) -> int:
    with services(args.db) as svc:
        role = _role(svc, args.role)
        board = BoardService(svc.store).cards(role.id)
    if args.json:
        print_json({
            "role": to_jsonable(board.role),
            "stages": [{**to_jsonable(stage), "count": board.count(stage.id),
                        "cards": [to_jsonable(card) for card in board.cards.get(stage.id, ())]}
                       for stage in board.stages],
        })
        return 0
    print(f"{board.role.reference}  {board.role.title} ({board.role.client}), {board.role.status}")
    for stage in board.stages:
        cards = board.cards.get(stage.id, ())
        print(f"\n{stage.name} ({len(cards)})")
        for card in cards:
            stale = "  STALE" if card.stale else ""
            print(f"  {card.candidate_id:>7}  {card.name}  {card.days_in_stage}d{stale}")
    return 0


def _move(args: argparse.Namespace) -> int:
    with services(args.db) as svc:
        role = _role(svc, args.role)
        stage = _stage(svc.pipeline.stages(), args.stage)
        application = svc.pipeline.find(args.candidate, role.id)
        if application is None:
            raise CliError(f"candidate {args.candidate} is not on role {role.reference}")
        if stage.kind == "rejected" and not args.reason:
            reasons = ", ".join(svc.pipeline.rejection_reasons())
            raise CliError(f"moving to {stage.name} needs --reason (one of: {reasons})")
        placed = stage.kind == "placed"
        moved = svc.pipeline.move(application.id, stage.id, note=args.note,
                                  rejection_reason=args.reason if stage.kind == "rejected" else None,
                                  placed_start_date=args.start if placed else None,
                                  placed_fee=args.fee if placed else None)
    print(f"{args.candidate} on {role.reference}: {application.stage} -> {moved.stage}")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2027-01-15") from exc


def _role(svc, reference: str):
    try:
        return svc.roles.get_by_reference(reference)
    except NotFound as exc:
        raise CliError(f"no role with reference {reference}") from exc


def _stage(stages: list[StageRecord], name: str) -> StageRecord:
    """The stage a name, or the words a tracker writes ("Enviado a cliente"), names: the pipeline import's
    own matcher, so the two accept the same words."""
    try:
        return match_stage(name, stages).stage
    except Unparsed as exc:
        raise CliError(f"no stage called '{name}' ({exc}); stages are: {', '.join(s.name for s in stages)}") from exc
