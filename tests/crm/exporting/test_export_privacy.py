"""Forbidden fields can never reach a client report: plant a unique marker, search every cell and the XML."""

from __future__ import annotations

from datetime import date

import pytest

from crm.exporting.client_report import export_client_report
from crm.exporting.privacy import (
    CLIENT_SAFE,
    CONTACT_DETAILS,
    IDENTIFYING,
    NEVER,
    DisclosurePolicy,
    PrivacyError,
)
from crm.exporting.report import ReportOptions
from crm.exporting.shortlist import export_shortlist
from crm.services.records import CandidateRecord
from tests.crm.exporting.helpers import all_values, build_pipeline, raw_xml

TEXT_MARKER = "ZQXMARKER7731"

# field -> (planted value, what to search for in cells, what to search for in the XML)
ALWAYS_FORBIDDEN = {
    "notes": (f"call back {TEXT_MARKER}", TEXT_MARKER, TEXT_MARKER),
    "current_salary": (987_654, 987_654, "987654"),
    "email": (f"{TEXT_MARKER.lower()}@example.com", TEXT_MARKER.lower(), TEXT_MARKER.lower()),
    "phone": ("+34699887766", "699887766", "699887766"),
    "linkedin_url": (f"https://linkedin.com/in/{TEXT_MARKER.lower()}", TEXT_MARKER.lower(), TEXT_MARKER.lower()),
    "github_url": (f"https://github.com/{TEXT_MARKER.lower()}", TEXT_MARKER.lower(), TEXT_MARKER.lower()),
    "consent_evidence": (f"signed form {TEXT_MARKER}", TEXT_MARKER, TEXT_MARKER),
    "consent_date": (date(1999, 12, 31), date(1999, 12, 31), "36525"),
    "retention_until": (date(2099, 1, 2), date(2099, 1, 2), "72688"),
    "source": (f"{TEXT_MARKER} job board", TEXT_MARKER, TEXT_MARKER),
}
BLIND_FORBIDDEN = {
    "first_name": (f"Nombre{TEXT_MARKER}", TEXT_MARKER, TEXT_MARKER),
    "last_name": (f"Apellido{TEXT_MARKER}", TEXT_MARKER, TEXT_MARKER),
    "current_company": (f"Empresa{TEXT_MARKER}", TEXT_MARKER, TEXT_MARKER),
}


def _found(path, cell_marker, xml_marker) -> bool:
    def hit(value):
        if isinstance(cell_marker, str):
            return isinstance(value, str) and cell_marker in value
        if isinstance(cell_marker, date):
            return hasattr(value, "year") and value.date() == cell_marker if hasattr(value, "date") else False
        return value == cell_marker

    return any(hit(v) for v in all_values(path)) or xml_marker in raw_xml(path)


def _export_all(services, tmp_path, role, blind):
    shortlist = tmp_path / f"shortlist-{blind}.xlsx"
    export_shortlist(services.store, role.id, shortlist, ReportOptions(blind=blind))
    client = tmp_path / f"client-{blind}.xlsx"
    export_client_report(services.store, role.company_id, client, ReportOptions(blind=blind))
    return shortlist, client


@pytest.mark.parametrize("field", sorted(ALWAYS_FORBIDDEN))
def test_private_field_never_reaches_a_client_report(services, tmp_path, field):
    value, cell_marker, xml_marker = ALWAYS_FORBIDDEN[field]
    role, _ = build_pipeline(services, submitted=[{field: value}])
    for blind in (True, False):
        for path in _export_all(services, tmp_path, role, blind):
            assert not _found(path, cell_marker, xml_marker), f"{field} leaked into {path.name}"


@pytest.mark.parametrize("field", sorted(BLIND_FORBIDDEN))
def test_identifying_field_absent_in_blind_mode_and_present_otherwise(services, tmp_path, field):
    value, cell_marker, xml_marker = BLIND_FORBIDDEN[field]
    role, _ = build_pipeline(services, submitted=[{field: value}])
    for path in _export_all(services, tmp_path, role, blind=True):
        assert not _found(path, cell_marker, xml_marker), f"{field} leaked into blind {path.name}"
    # The same search does find it in a non-blind report: the scan works.
    for path in _export_all(services, tmp_path, role, blind=False):
        assert _found(path, cell_marker, xml_marker)


def test_contact_details_only_when_ticked_for_a_non_blind_report(services, tmp_path):
    role, _ = build_pipeline(services, submitted=[{"email": "tick.me@example.com", "phone": "+34611223344"}])
    path = tmp_path / "contact.xlsx"
    export_shortlist(services.store, role.id, path, ReportOptions(blind=False, contact_details=True))
    assert _found(path, "tick.me@example.com", "tick.me@example.com")
    assert _found(path, "+34611223344", "611223344")
    with pytest.raises(PrivacyError):
        DisclosurePolicy(blind=True, contact_details=True)


def test_private_rejection_note_and_unsubmitted_candidates_stay_inside(services, tmp_path):
    role, ids = build_pipeline(services, submitted=[{}])
    shortlist, client = _export_all(services, tmp_path, role, blind=False)
    for path in (shortlist, client):
        values = all_values(path)
        assert not any(isinstance(v, str) and "PRIVATE-REJECTION-NOTE" in v for v in values)
        # Rejected at screening and only sourced: never presented to the client, never named.
        assert "Screened Out" not in values and "Only Sourced" not in values
        assert CandidateRecord.reference.fget(type("R", (), {"id": ids["rejected_screening"]})()) not in values


def test_the_one_list_covers_every_candidate_column():
    from crm.domain import Candidate

    listed = set(CLIENT_SAFE) | set(IDENTIFYING) | set(CONTACT_DETAILS) | set(NEVER) | {"id"}
    assert listed == {c.key for c in Candidate.__table__.columns}, "a new candidate column needs a privacy class"


def test_client_report_modules_read_people_only_through_privacy():
    """Privacy by construction: outside privacy.py no client-report module names a candidate model,
    and application columns are used only for joins (id, role_id)."""
    import ast
    from pathlib import Path

    import crm.exporting as package

    folder = Path(package.__file__).parent
    client_modules = ["role_data.py", "shortlist.py", "client_report.py", "report.py", "styles.py", "labels.py",
                      "cells.py", "preview.py", "export_log.py"]
    for name in client_modules:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and node.module == "crm.domain" for alias in node.names}
        assert not imported & {"Candidate", "CandidateSkill", "Activity", "Attachment"}, name
        used = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name) and node.value.id == "Application"}
        assert used <= {"id", "role_id"}, f"{name} reads Application.{used - {'id', 'role_id'}}"
