"""What the export dialog shows before writing: the columns and the first rows, as display text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from crm.domain import Company, Role, Stage
from crm.domain.errors import NotFound
from crm.exporting.candidate_list import count_candidates, iter_rows, resolve_columns
from crm.exporting.client_report import roles_table
from crm.exporting.labels import Labels
from crm.exporting.report import ReportOptions
from crm.exporting.role_data import company_of_role, load_role_report, today_local
from crm.exporting.shortlist import shortlist_table
from crm.exporting.styles import Column
from crm.persistence.store import Store

KINDS = ("shortlist", "client", "candidates")


@dataclass(frozen=True)
class Preview:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: int  # rows the file will have


@dataclass(frozen=True)
class ClientDefaults:
    """The client's own report settings, which the dialog starts from."""

    company_id: int
    name: str
    blind: bool
    language: str


def client_defaults(store: Store, *, role_id: int | None = None, company_id: int | None = None) -> ClientDefaults:
    with store.sessions() as session:
        company = company_of_role(session, role_id) if role_id is not None else session.get(Company, company_id)
        if company is None:
            raise NotFound("Client", company_id)
        return ClientDefaults(company.id, company.name, company.blind_reports, company.report_language or "es")


def _text(value: object, column: Column | None, labels: Labels) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M" if labels.language == "es" else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y" if labels.language == "es" else "%d %b %Y")
    if column is not None and column.kind == "money" and isinstance(value, int | float):
        return labels.money_text(int(value))
    if column is not None and column.kind == "percent" and isinstance(value, float):
        return f"{value:.0%}"
    if isinstance(value, float):  # as a spreadsheet shows the cell: 12, not 12.0; 5,5 in Spanish
        text = f"{value:g}"
        return text.replace(".", ",") if labels.language == "es" else text
    text = str(value)
    return text if len(text) <= 120 else text[:119] + "…"


def _table(columns: Sequence[Column], rows: Sequence[Sequence[object]], labels: Labels, limit: int) -> Preview:
    shown = tuple(tuple(_text(v, c, labels) for c, v in zip(columns, row, strict=True)) for row in rows[:limit])
    return Preview(tuple(c.label for c in columns), shown, len(rows))


def preview_shortlist(store: Store, role_id: int, options: ReportOptions, limit: int = 5) -> Preview:
    with store.sessions() as session:
        policy, labels = options.resolve(company_of_role(session, role_id))
        report = load_role_report(session, role_id, policy, options.today or today_local(),
                                  list(options.candidate_ids) if options.candidate_ids is not None else None)
        columns, rows = shortlist_table(report.shortlist, policy, labels)
    return _table(columns, rows, labels, limit)


def preview_client(store: Store, company_id: int, options: ReportOptions, limit: int = 5) -> Preview:
    with store.sessions() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise NotFound("Client", company_id)
        policy, labels = options.resolve(company)
        today = options.today or today_local()
        role_ids = session.scalars(select(Role.id).where(Role.company_id == company_id).order_by(Role.reference))
        reports = [load_role_report(session, role_id, policy, today) for role_id in role_ids]
        stages = [s.name for s in session.scalars(select(Stage).order_by(Stage.position))]
        columns, rows = roles_table(reports, stages, labels)
    return _table(columns, rows, labels, limit)


def preview_candidates(store: Store, candidate_ids: Sequence[int] | None, columns: str | Sequence[str] | None,
                       limit: int = 5) -> Preview:
    chosen = resolve_columns(columns)
    labels = Labels("en")
    rows = []
    for row in iter_rows(store, chosen, list(candidate_ids[:limit]) if candidate_ids is not None else None):
        rows.append(tuple(_text(row[c.key], None, labels) for c in chosen))
        if len(rows) >= limit:
            break
    if candidate_ids is not None:
        total = len(candidate_ids)
    else:

        total = count_candidates(store)
    return Preview(tuple(c.label for c in chosen), tuple(rows), total)
