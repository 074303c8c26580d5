"""The shortlist report for one role: Summary (agency, role, funnel), Shortlist, Rejected."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from crm.exporting import styles
from crm.exporting.labels import Labels
from crm.exporting.privacy import DisclosurePolicy
from crm.exporting.report import ExportResult, ReportOptions, add_logo, write_report
from crm.exporting.role_data import (
    Branding,
    Presented,
    RoleReport,
    company_of_role,
    load_branding,
    load_role_report,
    today_local,
)
from crm.exporting.styles import Column
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress


def export_shortlist(store: Store, role_id: int, target: Path | str, options: ReportOptions | None = None,
                     progress: Progress = no_progress, token: CancelToken | None = None) -> ExportResult:
    token = token or CancelToken()
    options = options or ReportOptions()

    def build(session: Session):
        company = company_of_role(session, role_id)
        policy, labels = options.resolve(company)
        today = options.today or today_local()
        progress(0, 3, "reading the role")
        report = load_role_report(session, role_id, policy, today,
                                  list(options.candidate_ids) if options.candidate_ids is not None else None)
        token.raise_if_cancelled()
        progress(1, 3, "writing the report")
        workbook = build_shortlist_workbook(report, load_branding(session), policy, labels, today)
        progress(2, 3, "writing the report")
        return workbook, report.company_id, report.role_id, policy, labels, report.disclosed_ids

    return write_report(store, target, kind="shortlist", build=build, progress=progress, token=token)


def build_shortlist_workbook(report: RoleReport, branding: Branding, policy: DisclosurePolicy, labels: Labels,
                             today) -> Workbook:
    workbook = Workbook()
    summary = workbook.active
    summary.title = labels("summary")
    title = f"{labels('shortlist_title')} · {report.reference} {report.title}"
    write_summary_sheet(summary, report, branding, policy, labels, today)
    styles.print_setup(summary, labels, title)
    shortlist = workbook.create_sheet(labels("shortlist"))
    write_shortlist_table(shortlist, 1, report.shortlist, policy, labels)
    styles.print_setup(shortlist, labels, title)
    rejected = workbook.create_sheet(labels("rejected"))
    write_rejected_table(rejected, 1, report.rejected, policy, labels, filter_and_freeze=True)
    styles.print_setup(rejected, labels, title)
    workbook.properties.title = title
    workbook.properties.creator = branding.agency or "Recruiter CRM"
    return workbook


def write_summary_sheet(ws: Worksheet, report: RoleReport, branding: Branding, policy: DisclosurePolicy,
                        labels: Labels, today) -> None:
    styles.write_title(ws, 1, labels("shortlist_title"))
    if branding.agency:
        styles.write_title(ws, 2, branding.agency, styles.SUBTITLE_FONT)
    add_logo(ws, branding.logo_path, "D1")
    pairs = [
        (labels("client"), report.client, "text"),
        (labels("role"), report.title, "text"),
        (labels("reference"), report.reference, "text"),
        (labels("location"), location_text(report.location, report.remote_policy, labels), "text"),
        (labels("salary_band"), salary_band(report.salary_min, report.salary_max, labels), "text"),
        (labels("status"), labels.status(report.status), "text"),
        (labels("openings"), report.openings, "int"),
        (labels("opened_on"), report.opened_on, "date"),
        (labels("days_open"), report.days_open, "int"),
        (labels("recruiter"), branding.recruiter, "text"),
        (labels("date"), today, "date"),
    ]
    if branding.agency:
        pairs.insert(0, (labels("agency"), branding.agency, "text"))
    pairs = [pair for pair in pairs if pair[1] not in (None, "")]
    last = styles.write_pairs(ws, 4, pairs, labels)
    styles.write_title(ws, last + 2, labels("funnel"), styles.SUBTITLE_FONT)
    columns = [Column(labels("stage")), Column(labels("in_stage_now"), "int"), Column(labels("reached"), "int"),
               Column(labels("conversion"), "percent")]
    rows = [[labels.value(step.stage), step.now, step.reached, step.conversion] for step in report.funnel]
    end = styles.write_table(ws, last + 3, columns, rows, labels, filter_and_freeze=False)
    if policy.blind:
        styles.write_note(ws, end + 2, labels("blind_note"))
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width or 0, 24)


def _identity_columns(policy: DisclosurePolicy, labels: Labels) -> list[Column]:
    columns = [Column(labels("reference"))]
    if not policy.blind:
        columns.append(Column(labels("candidate")))
    return columns


def _identity_values(item: Presented, policy: DisclosurePolicy) -> list[object]:
    values: list[object] = [item.candidate.reference]
    if not policy.blind:
        values.append(item.candidate.display_name(blind=False))
    return values


def write_shortlist_table(ws: Worksheet, top: int, items: tuple[Presented, ...], policy: DisclosurePolicy,
                          labels: Labels) -> int:
    columns, rows = shortlist_table(items, policy, labels)
    last = styles.write_table(ws, top, columns, rows, labels)
    if not rows:
        styles.write_note(ws, top + 1, labels("none_yet"))
    return last


def shortlist_table(items: tuple[Presented, ...], policy: DisclosurePolicy,
                    labels: Labels) -> tuple[list[Column], list[list[object]]]:
    """The Shortlist sheet's columns and rows (also what the export dialog previews)."""
    columns = _identity_columns(policy, labels)
    if not policy.blind:
        columns.append(Column(labels("current_company")))
    columns += [
        Column(labels("current_title"), max_width=20), Column(labels("location_remote"), max_width=16),
        Column(labels("key_skills"), "long", 30), Column(labels("seniority"), max_width=12),
        Column(labels("english"), max_width=9), Column(labels("expected_salary"), "money"),
        Column(labels("notice"), max_width=12), Column(labels("assessment"), "long", 34),
        Column(labels("stage"), max_width=14), Column(labels("submitted"), "date"),
        Column(labels("feedback"), "long", 24), Column(labels("next_step"), "text", 20),
    ]
    if policy.contact_details:
        # One wrapped column keeps the page readable when printed (fit to the page width).
        columns.append(Column(labels("contact"), "long", 38))
    rows = []
    for item in items:
        person, app = item.candidate, item.application
        row = _identity_values(item, policy)
        if not policy.blind:
            row.append(person.current_company)
        row += [
            person.current_title, location_text(person.city, person.remote_preference, labels),
            ", ".join(f"{name} ({labels.number(years)})" if years else name for name, years in item.skills),
            labels.value(person.seniority), person.english_level,
            expected_salary(person.expected_salary, person.expected_salary_max, labels),
            labels.notice(person.notice_days), app.assessment or person.summary, labels.value(item.stage),
            app.submitted_at.astimezone().date() if app.submitted_at else None, app.client_feedback, app.next_step,
        ]
        if policy.contact_details:
            row.append("\n".join(v for v in (person.email, person.phone, person.linkedin_url, person.github_url) if v))
        rows.append(row)
    return columns, rows


def write_rejected_table(ws: Worksheet, top: int, items: tuple[Presented, ...], policy: DisclosurePolicy,
                         labels: Labels, *, filter_and_freeze: bool) -> int:
    columns = _identity_columns(policy, labels) + [
        Column(labels("stage_at_rejection")), Column(labels("reason")), Column(labels("rejected_by")),
        Column(labels("date"), "date")]
    rows = [_identity_values(item, policy) + [
        labels.value(item.stage_at_rejection), labels.value(item.rejection_reason),
        labels.value(item.application.rejected_by), item.application.stage_entered_at.astimezone().date()]
        for item in items]
    last = styles.write_table(ws, top, columns, rows, labels, filter_and_freeze=filter_and_freeze)
    if not rows:
        styles.write_note(ws, top + 1, labels("no_rejections"))
    return last


def location_text(city: str | None, remote: str | None, labels: Labels) -> str:
    return " · ".join(part for part in (city, labels.value(remote)) if part)


def salary_band(low: int | None, high: int | None, labels: Labels) -> str:
    if low and high:
        return f"{labels.money_text(low)} – {labels.money_text(high)}"
    return labels.money_text(low or high) if (low or high) else ""


def expected_salary(low: int | None, high: int | None, labels: Labels) -> int | str | None:
    """A number the client can sort on; a range as text ("50.000 € – 55.000 €")."""
    if low and high and high != low:
        return salary_band(low, high, labels)
    return low or high
