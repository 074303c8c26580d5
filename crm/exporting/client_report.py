"""The client progress report: one summary row per role with a funnel chart, then a sheet per open role."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Company, Role, Stage
from crm.domain.enums import RoleStatus
from crm.domain.errors import NotFound
from crm.domain.normalize import company_key
from crm.exporting import styles
from crm.exporting.labels import Labels
from crm.exporting.privacy import DisclosurePolicy
from crm.exporting.report import ExportResult, ReportOptions, add_logo, write_report
from crm.exporting.role_data import Branding, RoleReport, load_branding, load_role_report, today_local
from crm.exporting.shortlist import write_rejected_table, write_shortlist_table
from crm.exporting.styles import Column
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress

# Roles still being worked on get their own sheet; every role of the client is in the summary.
OPEN_STATUSES = (RoleStatus.ACTIVE.value, RoleStatus.ON_HOLD.value)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def find_client(session: Session, name: str) -> Company:
    """The client whose normalised name matches ("acme tech sl" finds "ACME TECH, S.L.")."""
    company = session.scalar(select(Company).where(Company.name_key == company_key(name)))
    if company is None:
        raise NotFound("Client", repr(name))
    return company


def export_client_report(store: Store, company_id: int, target: Path | str, options: ReportOptions | None = None,
                         progress: Progress = no_progress, token: CancelToken | None = None) -> ExportResult:
    token = token or CancelToken()
    options = options or ReportOptions()

    def build(session: Session):
        company = session.get(Company, company_id)
        if company is None:
            raise NotFound("Client", company_id)
        policy, labels = options.resolve(company)
        today = options.today or today_local()
        role_ids = list(session.scalars(select(Role.id).where(Role.company_id == company_id).order_by(Role.reference)))
        reports = []
        for done, role_id in enumerate(role_ids):
            token.raise_if_cancelled()
            progress(done, len(role_ids) + 1, "reading roles")
            reports.append(load_role_report(session, role_id, policy, today))
        stages = [s.name for s in session.scalars(select(Stage).order_by(Stage.position))]
        workbook = build_client_workbook(company.name, reports, stages, load_branding(session), policy, labels, today)
        disclosed = sorted({cid for r in reports if r.status in OPEN_STATUSES for cid in r.disclosed_ids})
        return workbook, company.id, None, policy, labels, disclosed

    return write_report(store, target, kind="client_progress", build=build, progress=progress, token=token)


def build_client_workbook(client: str, reports: list[RoleReport], stages: list[str], branding: Branding,
                          policy: DisclosurePolicy, labels: Labels, today) -> Workbook:
    workbook = Workbook()
    summary = workbook.active
    summary.title = labels("summary")
    title = f"{labels('progress_title')} · {client}"
    _write_summary(summary, client, reports, stages, branding, labels, today)
    styles.print_setup(summary, labels, title)
    used = {summary.title}
    for report in reports:
        if report.status not in OPEN_STATUSES:
            continue
        ws = workbook.create_sheet(_sheet_name(report.reference, used))
        _write_role_sheet(ws, report, policy, labels)
        styles.print_setup(ws, labels, f"{title} · {report.reference}")
    if len(workbook.sheetnames) == 1:
        styles.write_note(summary, summary.max_row + 2, labels("no_open_roles"))
    workbook.properties.title = title
    workbook.properties.creator = branding.agency or "Recruiter CRM"
    return workbook


def _write_summary(ws: Worksheet, client: str, reports: list[RoleReport], stages: list[str], branding: Branding,
                   labels: Labels, today) -> None:
    styles.write_title(ws, 1, labels("progress_title"))
    add_logo(ws, branding.logo_path, "H1")
    pairs = [(labels("agency"), branding.agency, "text"), (labels("client"), client, "text"),
             (labels("recruiter"), branding.recruiter, "text"), (labels("date"), today, "date")]
    last = styles.write_pairs(ws, 3, [p for p in pairs if p[1]], labels, span=3)
    top = last + 2
    styles.write_title(ws, top, labels("roles"), styles.SUBTITLE_FONT)
    columns, rows = roles_table(reports, stages, labels)
    table_end = styles.write_table(ws, top + 1, columns, rows, labels)
    # Funnel over all roles: how many candidates reached each stage, and a bar chart of it.
    funnel_top = table_end + 2
    styles.write_title(ws, funnel_top, labels("all_roles_funnel"), styles.SUBTITLE_FONT)
    totals: dict[str, int] = {}
    for report in reports:
        for step in report.funnel:
            totals[step.stage] = totals.get(step.stage, 0) + step.reached
    funnel_rows = [[labels.value(stage), totals.get(stage, 0)] for stage in stages]
    funnel_end = styles.write_table(ws, funnel_top + 1, [Column(labels("stage")), Column(labels("reached"), "int")],
                                    funnel_rows, labels, filter_and_freeze=False)
    chart = BarChart()
    chart.type = "bar"  # horizontal bars read like a funnel
    chart.style = 10
    chart.gapWidth = 40
    chart.title = labels("all_roles_funnel")
    chart.legend = None
    chart.y_axis.title = labels("candidates")
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # first stage on top
    data = Reference(ws, min_col=2, min_row=funnel_top + 1, max_row=funnel_end)
    categories = Reference(ws, min_col=1, min_row=funnel_top + 2, max_row=funnel_end)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    chart.series[0].graphicalProperties.solidFill = styles.BRAND
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    chart.dataLabels.showSerName = chart.dataLabels.showCatName = chart.dataLabels.showLegendKey = False
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height, chart.width = 7.5, 16
    ws.add_chart(chart, f"{get_column_letter(4)}{funnel_top + 1}")


def roles_table(reports: list[RoleReport], stages: list[str],
                labels: Labels) -> tuple[list[Column], list[list[object]]]:
    """One row per role: status, openings, days open, candidates in each stage now."""
    columns = [Column(labels("reference")), Column(labels("role"), max_width=28), Column(labels("status")),
               Column(labels("openings"), "int"), Column(labels("days_open"), "int")]
    columns += [Column(labels.value(stage), "int") for stage in stages]
    rows = []
    for report in reports:
        now = {step.stage: step.now for step in report.funnel}
        rows.append([report.reference, report.title, labels.status(report.status), report.openings, report.days_open]
                    + [now.get(stage, 0) for stage in stages])
    return columns, rows


def _write_role_sheet(ws: Worksheet, report: RoleReport, policy: DisclosurePolicy, labels: Labels) -> None:
    styles.write_title(ws, 1, f"{report.reference} · {report.title}", styles.SUBTITLE_FONT)
    facts = [labels.status(report.status), f"{labels('openings')}: {report.openings}"]
    if report.days_open is not None:
        facts.append(f"{labels('days_open')}: {report.days_open}")
    styles.write_note(ws, 2, " · ".join(facts))
    end = write_shortlist_table(ws, 4, report.shortlist, policy, labels)
    styles.write_title(ws, end + 3, labels("rejected"), styles.SUBTITLE_FONT)
    write_rejected_table(ws, end + 4, report.rejected, policy, labels, filter_and_freeze=False)


def _sheet_name(reference: str, used: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_FORBIDDEN.sub("-", reference).strip("'")[:31] or "Role"
    name, counter = base, 2
    while name.lower() in {u.lower() for u in used}:
        suffix = f" ({counter})"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(name)
    return name
