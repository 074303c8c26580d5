"""What the client opens: sheets, contents, styles, frozen header, filters, print set-up, formats."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from crm.exporting.client_report import export_client_report
from crm.exporting.export_log import DisclosureService
from crm.exporting.report import ReportOptions
from crm.exporting.shortlist import export_shortlist
from crm.services.records import CandidateRecord
from tests.crm.exporting.helpers import build_pipeline, set_application

TODAY = date(2026, 11, 27)


def _reference(candidate_id: int) -> str:
    return CandidateRecord.reference.fget(type("R", (), {"id": candidate_id})())


def test_spanish_blind_shortlist(services, tmp_path):
    role, ids = build_pipeline(services, submitted=[{"expected_salary": 55_000}, {"notice_days": 0}])
    set_application(services, role.id, ids["submitted"][0], assessment="Encaja muy bien", next_step="Entrevista")
    path = tmp_path / "shortlist.xlsx"
    result = export_shortlist(services.store, role.id, path, ReportOptions(today=TODAY))
    assert sorted(result.candidate_ids) == sorted([*ids["submitted"], ids["rejected_after"]])
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Resumen", "Candidatos", "Descartados"]
    summary = workbook["Resumen"]
    pairs = {summary.cell(r, 1).value: summary.cell(r, 2) for r in range(1, 30)}
    assert pairs["Cliente"].value == "Acme Tech S.L."
    assert pairs["Referencia"].value == role.reference
    assert pairs["Días abierta"].value == (TODAY - date(2026, 10, 1)).days
    assert pairs["Fecha"].number_format == "dd/mm/yyyy"
    funnel = {summary.cell(r, 1).value: [summary.cell(r, c).value for c in (2, 3, 4)] for r in range(1, 40)}
    assert funnel["Localizado"][1] == 5 and funnel["Presentado al cliente"][1] == 3
    assert funnel["Presentado al cliente"][2] == 0.75  # 3 of the 4 screened were submitted
    assert funnel["Entrevista con cliente"][:2] == [1, 1]

    sheet = workbook["Candidatos"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Referencia", "Puesto actual"] and "Candidato" not in header
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb.endswith("1F3864")
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$1:$1"
    rows = {r[0].value: {h: c for h, c in zip(header, r, strict=True)} for r in sheet.iter_rows(min_row=2)}
    first = rows[_reference(ids["submitted"][0])]
    assert first["Fase"].value == "Entrevista con cliente"  # furthest along first
    assert list(rows)[0] == _reference(ids["submitted"][0])
    assert first["Salario deseado"].value == 55_000 and "€-C0A" in first["Salario deseado"].number_format
    assert first["Presentado el"].value.date() == date(2026, 11, 2)
    assert first["Presentado el"].number_format == "dd/mm/yyyy"
    assert first["Nuestra valoración"].value == "Encaja muy bien" and first["Nuestra valoración"].alignment.wrap_text
    assert first["Tecnologías clave (años)"].value.startswith("Python (6)")
    assert rows[_reference(ids["submitted"][1])]["Preaviso"].value == "Inmediata"
    assert all(sheet.column_dimensions[c].width >= 8 for c in "ABCDEFGHIJKLMN")

    rejected = workbook["Descartados"]
    assert [c.value for c in rejected[2]] == [_reference(ids["rejected_after"]), "Presentado al cliente",
                                               "Expectativas salariales", "Cliente", rejected["E2"].value]
    assert rejected.max_row == 2  # the screening rejection was never presented to the client
    workbook.close()


def test_english_named_shortlist_with_contact_details(services, tmp_path):
    role, ids = build_pipeline(services, submitted=[{"first_name": "Ana", "last_name": "López"}])
    path = tmp_path / "en.xlsx"
    export_shortlist(services.store, role.id, path, ReportOptions(blind=False, language="en",
                                                                  contact_details=True, today=TODAY))
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Summary", "Shortlist", "Rejected"]
    sheet = workbook["Shortlist"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, next(sheet.iter_rows(min_row=2)), strict=True)}
    assert row["Candidate"].value == "Ana López" and row["Current employer"].value == "Globex"
    contact = row["Contact details"].value.splitlines()
    assert contact[0].endswith("@example.com") and contact[1].startswith("+34") and "linkedin" in contact[2]
    assert row["Expected salary"].number_format == "[$€-809]#,##0"
    assert row["Submitted on"].number_format == "d mmm yyyy"
    workbook.close()


def test_client_progress_report(services, tmp_path):
    open_role, open_ids = build_pipeline(services, submitted=[{}], reference="VAC-2026-101")
    closed_role, closed_ids = build_pipeline(services, submitted=[{}], reference="VAC-2026-102", status="closed")
    path = tmp_path / "client.xlsx"
    result = export_client_report(services.store, open_role.company_id, path, ReportOptions(today=TODAY))
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Resumen", "VAC-2026-101"]  # one sheet per open role
    summary = workbook["Resumen"]
    assert len(summary._charts) == 1
    references = [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    assert "VAC-2026-101" in references and "VAC-2026-102" in references
    role_sheet = workbook["VAC-2026-101"]
    assert role_sheet.freeze_panes == "B5" and role_sheet.auto_filter.ref.startswith("A4:")
    workbook.close()
    # Only the open role's sheet carries candidates, so only they are logged as disclosed.
    assert set(result.candidate_ids) == {*open_ids["submitted"], open_ids["rejected_after"]}
    assert not set(result.candidate_ids) & {*closed_ids["submitted"]}


def test_every_client_report_is_logged_per_candidate(services, tmp_path):
    role, ids = build_pipeline(services, submitted=[{}])
    export_shortlist(services.store, role.id, tmp_path / "a.xlsx", ReportOptions(today=TODAY))
    export_client_report(services.store, role.company_id, tmp_path / "b.xlsx", ReportOptions(language="en"))
    history = DisclosureService(services.store).for_candidate(ids["submitted"][0])
    assert [(d.kind, d.client, d.filename, d.blind) for d in history] == [
        ("client_progress", "Acme Tech S.L.", "b.xlsx", True), ("shortlist", "Acme Tech S.L.", "a.xlsx", True)]
    assert history[1].role_reference == role.reference and history[0].language == "en"
    assert DisclosureService(services.store).for_candidate(ids["rejected_screening"]) == []
    # The audit trail records each export with ids and counts, never a personal value.
    from sqlalchemy import select

    from crm.domain import AuditEntry

    with services.store.sessions() as session:
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all()
        assert [a.details["candidates"] for a in audits] == [2, 2]
        assert "example.com" not in str([a.details for a in audits])


def test_shortlist_of_the_candidates_the_recruiter_chose(services, tmp_path):
    role, ids = build_pipeline(services, submitted=[{}, {}])
    chosen = (ids["submitted"][1], ids["sourced"])
    path = tmp_path / "chosen.xlsx"
    result = export_shortlist(services.store, role.id, path, ReportOptions(candidate_ids=chosen, language="en"))
    assert sorted(result.candidate_ids) == sorted(chosen)
    workbook = load_workbook(path)
    assert sorted(r[0] for r in workbook["Shortlist"].iter_rows(min_row=2, values_only=True)) == sorted(
        _reference(i) for i in chosen)
    assert workbook["Rejected"].max_row == 2 and workbook["Rejected"]["A2"].value.startswith("No submitted")
    workbook.close()


def test_agency_name_logo_and_recruiter_come_from_settings(services, tmp_path):
    import zipfile

    from PIL import Image

    from crm.domain import Setting

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), "#1F3864").save(logo)
    with services.store.sessions.begin() as session:
        session.add_all([Setting(key="agency.name", value="Talentia IT S.L."),
                         Setting(key="agency.logo_path", value=str(logo)),
                         Setting(key="recruiter.name", value="Marta Gil")])
    role, _ = build_pipeline(services, submitted=[{}])
    path = tmp_path / "branded.xlsx"
    export_shortlist(services.store, role.id, path, ReportOptions(language="en"))
    with zipfile.ZipFile(path) as archive:
        assert any(name.startswith("xl/media/") for name in archive.namelist())
    summary = load_workbook(path)["Summary"]
    values = [c.value for row in summary.iter_rows() for c in row]
    assert "Talentia IT S.L." in values and "Marta Gil" in values
    logo.unlink()  # a logo that went missing is skipped, the report still goes out
    export_shortlist(services.store, role.id, path, ReportOptions(language="en"))
    with zipfile.ZipFile(path) as archive:
        assert not any(name.startswith("xl/media/") for name in archive.namelist())
