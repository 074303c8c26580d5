"""Pipeline exports of the ATSs recruiters move from (Greenhouse applications, Lever opportunities, Workable,
Indeed), written as those tools write them: an application that ended there is rejected here, the dates
and their times are the ones that tool means, and a second export of the same process adds nothing."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from import_fixtures import plain_xlsx

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import import_roles

GREENHOUSE = ["Application ID", "Candidate ID", "Candidate Name", "Email", "Job", "Job ID", "Requisition ID", "Stage",
              "Status", "Applied On", "Last Activity", "Source", "Rejection Reason", "Notes"]
LEVER = ["Opportunity ID", "Name", "Emails", "Posting Title", "Posting ID", "Stage", "Last Advanced At (GMT)",
         "Archived At (GMT)", "Archive Reason"]


def _csv(path: Path, headers: list[str], *rows: list) -> Path:
    """A CSV as the ATSs write it: UTF-8 with a BOM, CRLF line ends."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _people_and_jobs(tmp_path: Path, store) -> None:
    import_candidates(store, plain_xlsx(tmp_path / "people.xlsx", ["Name", "Email"],
                                        ["María García", "maria@example.com"], ["Priya Sharma", "priya@example.com"],
                                        ["Jon Etxeberria", "jon@example.com"], ["Javier Martínez", "javier@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "jobs.xlsx", ["Job ID", "Job Name", "Client", "Location"],
                                   ["4001", "Backend Engineer (Java)", "Acme", "Madrid"],
                                   ["4002", "Platform Engineer", "Acme", "Madrid"],
                                   ["4003", "Data Engineer", "Acme", "Madrid"],
                                   ["4004", "Frontend Engineer", "Acme", "Madrid"],
                                   ["4005", "Frontend Engineer", "Acme", "Barcelona"]))


def _greenhouse(tmp_path: Path) -> Path:
    return _csv(tmp_path / "greenhouse_applications.csv", GREENHOUSE,
                ["900001", "40123456", "María García", "maria@example.com", "Backend Engineer (Java)", "4001", "REQ-101",
                 "Phone Screen", "Active", "2026-09-14T09:12:33.000Z", "2026-10-02T16:45:10.123Z", "LinkedIn", "", ""],
                ["900002", "40123457", "Jon Etxeberria", "jon@example.com", "Platform Engineer", "4002", "REQ-102",
                 "Onsite", "Active", "2026-08-30T14:00:00.000Z", "2026-10-05T08:00:00.000-05:00", "Referral", "", ""],
                ["900003", "40123458", "Priya Sharma", "priya@example.com", "Data Engineer", "4003", "REQ-103",
                 "Application Review", "Rejected", "2026-07-01T10:00:00.000Z", "2026-07-20T10:00:00.000Z", "Indeed",
                 "Salary expectations too high", "Asked 70k"])


def _lever(tmp_path: Path) -> Path:
    return _csv(tmp_path / "lever_pipeline.csv", LEVER,
                ["o1", "María García", "maria@example.com", "Backend Engineer (Java)", "a1b2-0001", "Phone Screen",
                 "2026-09-20 10:00:00", "", ""],
                ["o2", "Jon Etxeberria", "jon@example.com", "Platform Engineer", "a1b2-0002", "On-site interview",
                 "2026-10-01 09:00:00", "", ""],
                ["o3", "Priya Sharma", "priya@example.com", "Data Engineer", "a1b2-0003", "Offer",
                 "2026-07-15 10:00:00", "2026-07-20 10:00:00", "Withdrew"])


def _application(services, email: str, reference: str):
    candidate = services.candidates.find_by_email(email)
    return services.pipeline.find(candidate.id, services.roles.get_by_reference(reference).id)


def _history(services, email: str, reference: str) -> list[tuple]:
    application = _application(services, email, reference)
    return [(line.from_stage, line.to_stage, line.changed_at.strftime("%Y-%m-%d %H:%M:%S"), line.note)
            for line in services.pipeline.history(application.id)]


def _mapping(tmp_path: Path, name: str, mapping: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(mapping), encoding="utf-8")
    return path


def test_a_greenhouse_application_rejected_there_is_rejected_here_dated_as_greenhouse_dates_it(tmp_path, store,
                                                                                             services):
    """F3, F6: "Rejection Reason" was a comment and "Status" skipped: Priya stayed in Sourced. "Applied On" was
    read as the day the current stage was reached (at 12:00), "Last Activity" skipped, and each row was warned
    "no date; dated as row 2" of itself."""
    _people_and_jobs(tmp_path, store)
    report = import_pipeline(store, _greenhouse(tmp_path))

    assert (report.created, report.rejected) == (3, [])
    assert [w.reason for w in report.warnings if w.row is not None] == []
    assert _history(services, "maria@example.com", "4001") == [
        (None, "Sourced", "2026-09-14 09:12:33", None),  # applied: the application's first step, its time kept
        ("Sourced", "Screening", "2026-10-02 16:45:10", None)]  # its current stage on its last activity
    assert _history(services, "jon@example.com", "4002")[-1][1:3] == ("Client interview", "2026-10-05 13:00:00")
    priya = _application(services, "priya@example.com", "4003")
    assert (priya.stage, priya.rejection_reason) == ("Rejected", "Salary expectations")
    assert priya.rejection_note == "Salary expectations too high\nAsked 70k"
    assert _history(services, "priya@example.com", "4003") == [
        (None, "Sourced", "2026-07-01 10:00:00", None),
        ("Sourced", "Rejected", "2026-07-20 10:00:00", "Salary expectations too high\nAsked 70k")]


def test_a_greenhouse_status_mapped_by_the_user_ends_the_application(tmp_path, store, services):
    """F3: a "Status" of Rejected or Archived, with no reason given, leaves the application rejected."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "gh.csv", GREENHOUSE,
                ["1", "2", "María García", "maria@example.com", "Backend Engineer (Java)", "4001", "R", "Onsite",
                 "Archived", "2026-09-14T09:12:33Z", "2026-10-02T16:45:10Z", "", "", ""],
                ["3", "4", "Jon Etxeberria", "jon@example.com", "Platform Engineer", "4002", "R", "Onsite",
                 "Active", "2026-09-14T09:12:33Z", "2026-10-02T16:45:10Z", "", "", ""])
    report = import_pipeline(store, path, ImportOptions(mapping_file=_mapping(tmp_path, "m.json", {"Status": "status"})))

    assert (report.created, report.rejected) == (2, [])
    assert _history(services, "maria@example.com", "4001") == [
        (None, "Sourced", "2026-09-14 09:12:33", None),
        ("Sourced", "Client interview", "2026-10-02 16:45:10", None),
        ("Client interview", "Rejected", "2026-10-02 16:45:10", None)]
    assert _application(services, "jon@example.com", "4002").stage == "Client interview"


def test_a_lever_export_imports_without_a_mapping_and_its_archived_opportunity_ends_on_its_day(tmp_path, store,
                                                                                             services):
    """F5, F3: refused whole ("no column naming the role"): "Posting Title" was not the role, "Last Advanced
    At (GMT)" not the date; "Archived At"/"Archive Reason" were ignored, Priya stayed in Offer."""
    _people_and_jobs(tmp_path, store)
    report = import_pipeline(store, _lever(tmp_path))

    assert (report.created, report.rejected) == (3, [])
    assert _history(services, "jon@example.com", "4002") == [(None, "Client interview", "2026-10-01 09:00:00", None)]
    priya = _application(services, "priya@example.com", "4003")
    assert (priya.stage, priya.rejected_by, priya.rejection_reason, priya.rejection_note) == (
        "Rejected", "candidate", "Candidate withdrew", "Withdrew")
    assert _history(services, "priya@example.com", "4003") == [
        (None, "Offer", "2026-07-15 10:00:00", None), ("Offer", "Rejected", "2026-07-20 10:00:00", "Withdrew")]


def test_a_lever_export_after_greenhouse_never_moves_a_history_backwards_nor_repeats_a_stage(tmp_path, store,
                                                                                            services):
    """F3, F10: with Greenhouse's "Applied On" skipped (the tester's mapping), Lever's older Offer went in
    before Greenhouse's Sourced line: "Offer -> Sourced"; María's and Jon's same stages, dated otherwise by
    Lever, were written as "Screening -> Screening" and "Client interview -> Client interview"."""
    _people_and_jobs(tmp_path, store)
    skip_applied = _mapping(tmp_path, "gh.json", {"Applied On": "skip"})
    import_pipeline(store, _greenhouse(tmp_path), ImportOptions(mapping_file=skip_applied))
    report = import_pipeline(store, _lever(tmp_path))

    for email, reference in (("maria@example.com", "4001"), ("jon@example.com", "4002"), ("priya@example.com", "4003")):
        lines = _history(services, email, reference)
        assert all(before != after for before, after, _at, _note in lines), lines
    assert _history(services, "priya@example.com", "4003") == [
        (None, "Sourced", "2026-07-20 10:00:00", None),
        ("Sourced", "Rejected", "2026-07-20 10:00:00", "Salary expectations too high\nAsked 70k\nWithdrew")]
    assert [(w.row, w.value, w.reason) for w in report.warnings if w.row is not None] == [
        (4, "2026-07-15 10:00:00", "older than the application's current stage, and further on than the step after "
                                   "it (Sourced): not added to its history")]
    assert _application(services, "priya@example.com", "4003").stage == "Rejected"


def test_the_same_snapshot_exported_again_later_adds_no_line(tmp_path, store, services):
    """F10: a later export where nothing moved (only "Last Activity" is newer) wrote "Screening -> Screening"."""
    _people_and_jobs(tmp_path, store)
    mapped = ImportOptions(mapping_file=_mapping(tmp_path, "gh.json", {"Applied On": "skip", "Last Activity": "date"}))
    import_pipeline(store, _greenhouse(tmp_path), mapped)
    later = _csv(tmp_path / "later.csv", GREENHOUSE,
                 ["900001", "40123456", "María García", "maria@example.com", "Backend Engineer (Java)", "4001",
                  "REQ-101", "Phone Screen", "Active", "2026-09-14T09:12:33.000Z", "2026-10-09T11:00:00.000Z", "", "", ""])
    report = import_pipeline(store, later, mapped)

    assert (report.created, report.updated, report.skipped) == (0, 0, 1)
    assert _history(services, "maria@example.com", "4001") == [(None, "Screening", "2026-10-02 16:45:10", None)]

    # A later export with a comment: written on the line that brought her there, once, no "Screening -> Screening"
    commented = _csv(tmp_path / "commented.csv", GREENHOUSE,
                     ["900001", "40123456", "María García", "maria@example.com", "Backend Engineer (Java)", "4001",
                      "REQ-101", "Phone Screen", "Active", "2026-09-14T09:12:33.000Z", "2026-10-12T11:00:00.000Z", "",
                      "", "Prefers remote"])
    for _twice in range(2):
        import_pipeline(store, commented, mapped)
        assert _history(services, "maria@example.com", "4001") == [
            (None, "Screening", "2026-10-02 16:45:10", "Prefers remote")]


def test_a_row_dated_only_by_its_applied_day_names_that_column_not_itself(tmp_path, store, services):
    """F6: "row 2: no date; dated as row 2, the nearest dated row of the same application"."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "gh.csv", ["Candidate Name", "Email", "Job", "Stage", "Applied On"],
                ["María García", "maria@example.com", "Backend Engineer (Java)", "Phone Screen", "2026-09-14T09:12:33Z"])
    report = import_pipeline(store, path)

    assert [(w.row, w.column, w.reason) for w in report.warnings] == [
        (2, None, "no date; dated as the row's Applied On")]
    assert [line[1:3] for line in _history(services, "maria@example.com", "4001")] == [
        ("Sourced", "2026-09-14 09:12:33"), ("Screening", "2026-09-14 09:12:33")]


@pytest.mark.parametrize("word, stage", [
    ("Hiring Manager Screen", "Client interview"), ("Take Home Test", "Client interview"),
    ("Face to Face", "Client interview"), ("Reference Check", "Client interview"), ("Background Check", "Offer"),
    ("Responded", "Contacted"), ("Awaiting review", "Sourced"), ("Contacting", "Contacted")])
def test_the_stage_words_of_greenhouse_lever_and_indeed(tmp_path, store, services, word, stage):
    """F8: each was refused as "not a known stage": the application was not created."""
    _people_and_jobs(tmp_path, store)
    report = import_pipeline(store, _csv(tmp_path / "p.csv", ["Email", "Requisition ID", "Stage", "Stage Date"],
                                         ["maria@example.com", "4001", word, "2026-10-01"]))
    assert (report.created, report.rejected) == (1, [])
    assert _application(services, "maria@example.com", "4001").stage == stage


def test_datetimes_with_a_numeric_offset_or_day_month_year_keep_their_time(tmp_path, store, services):
    """F9: Teamtailor's "2026-10-01 09:30:00 +0200" and InfoJobs' "01/10/2026 9:30" were stored at midnight."""
    from sqlalchemy import text

    import_candidates(store, _csv(tmp_path / "tt.csv", ["First name", "Last name", "Email", "Created at"],
                                  ["Lucía", "Fuente", "lucia@example.com", "2026-10-01 09:30:00 +0200"],
                                  ["Marc", "Puig", "marc@example.com", "01/10/2026 9:30"]))
    with store.engine.connect() as connection:
        created = dict(connection.execute(text("SELECT email, created_at FROM candidate")).all())
    assert str(created["lucia@example.com"]).startswith("2026-10-01 07:30:00")
    assert str(created["marc@example.com"]).startswith("2026-10-01 09:30:00")

    _people_and_jobs(tmp_path, store)
    import_pipeline(store, _csv(tmp_path / "p.csv", ["Email", "Job", "Stage", "Last Activity"],
                                ["lucia@example.com", "Backend Engineer (Java)", "Inbox", "2026-10-01 09:30:00 +0200"]))
    assert _history(services, "lucia@example.com", "4001")[0][2] == "2026-10-01 07:30:00"


def test_a_rejection_reason_is_linked_to_the_configured_one_it_means_and_kept_as_written(tmp_path, store, services):
    """F11: "Not a fit" and "Withdrew" were stored as text, their reason empty: reports by reason missed them."""
    _people_and_jobs(tmp_path, store)
    report = import_pipeline(store, _csv(tmp_path / "p.csv", ["Email", "Job", "Stage", "Updated at", "Rejection Reason"],
                                         ["maria@example.com", "4001", "Interview", "2026-10-01", "Not a fit"],
                                         ["jon@example.com", "4002", "Interview", "2026-10-01", "Went quiet"],
                                         ["javier@example.com", "4001", "Rejected", "2026-10-01", "Candidate withdrew"]))
    assert (report.created, report.rejected) == (3, [])
    found = {email: (a.stage, a.rejection_reason, a.rejection_note) for email, reference in
             (("maria@example.com", "4001"), ("jon@example.com", "4002"), ("javier@example.com", "4001"))
             if (a := _application(services, email, reference))}
    assert found == {"maria@example.com": ("Rejected", "Skills not a fit", "Not a fit"),
                     "jon@example.com": ("Rejected", None, "Went quiet"),
                     "javier@example.com": ("Rejected", "Candidate withdrew", "Candidate withdrew")}


def test_who_ended_a_process_agrees_with_the_reason_linked(tmp_path, store, services):
    """"Took another offer" was linked to "Candidate withdrew" with nobody saying who ended it: reports by who
    ended a process disagreed with reports by reason."""
    _people_and_jobs(tmp_path, store)
    import_pipeline(store, _csv(tmp_path / "p.csv", ["Email", "Job", "Stage", "Updated at", "Rejection Reason"],
                                ["maria@example.com", "4001", "Interview", "2026-10-01", "Took another offer"],
                                ["jon@example.com", "4002", "Interview", "2026-10-01", "Rejected by client"]))
    assert _application(services, "maria@example.com", "4001").rejected_by == "candidate"
    assert _application(services, "jon@example.com", "4002").rejected_by == "client"


def test_workable_true_false_columns_are_no_stage_days(tmp_path, store, services):
    """F12: "Disqualified" and "Sourced" (true/false) were read as days stages were reached: "Sourced: true -
    no date; dated as row 2...", and a disqualified candidate stayed in their stage."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "workable.csv", ["Name", "Job", "Stage", "Disqualified", "Disqualification reason", "Email",
                                            "Sourced", "Updated at"],
                ["Javier Martínez", "Backend Engineer (Java)", "Assessment", "true", "Not a fit", "javier@example.com",
                 "false", "2026-09-05T08:00:00Z"],
                ["María García", "Backend Engineer (Java)", "Hired", "false", "", "maria@example.com", "true",
                 "2026-06-15T09:00:00Z"])
    report = import_pipeline(store, path)

    assert (report.created, report.rejected) == (2, [])
    assert [(w.row, w.column, w.reason) for w in report.warnings if w.row is not None] == []
    assert _history(services, "maria@example.com", "4001") == [(None, "Placed", "2026-06-15 09:00:00", None)]
    javier = _application(services, "javier@example.com", "4001")
    assert (javier.stage, javier.rejection_reason, javier.rejection_note) == ("Rejected", "Skills not a fit", "Not a fit")
    assert [line[:3] for line in _history(services, "javier@example.com", "4001")] == [
        (None, "Client interview", "2026-09-05 08:00:00"), ("Client interview", "Rejected", "2026-09-05 08:00:00")]


def test_indeeds_job_location_is_no_role_reference_and_chooses_among_roles_of_one_title(tmp_path, store, services):
    """F12: "job location" was mapped to the role reference: "Madrid" named no role."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "indeed.csv", ["name", "email", "status", "job title", "job location", "date"],
                ["Priya Sharma", "priya@example.com", "Awaiting review", "Frontend Engineer", "Barcelona", "2026-07-01"],
                ["Jon Etxeberria", "jon@example.com", "Contacting", "Frontend Engineer", "Madrid", "2026-09-29"])
    report = import_pipeline(store, path)

    assert report.mapping["job location"] == "location"
    assert (report.created, report.rejected) == (2, [])
    assert _application(services, "priya@example.com", "4005").stage == "Sourced"
    assert _application(services, "jon@example.com", "4004").stage == "Contacted"


def test_greenhouses_status_is_read_without_a_mapping_and_the_preview_shows_where_it_ended(tmp_path, store,
                                                                                        services):
    """"Status" beside "Stage" was skipped (both name the stage): an Archived application stayed open, and the
    import window's preview showed "Sourced" beside "Salary expectations too high"."""
    from crm.importing.inspect import inspect, preview

    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "gh.csv", GREENHOUSE,
                ["1", "2", "María García", "maria@example.com", "Backend Engineer (Java)", "4001", "R", "Onsite",
                 "Archived", "2026-09-14T09:12:33Z", "2026-10-02T16:45:10Z", "", "", ""],
                ["3", "4", "Priya Sharma", "priya@example.com", "Data Engineer", "4003", "R", "Application Review",
                 "Active", "2026-07-01T10:00:00Z", "2026-07-20T10:00:00Z", "", "Salary expectations too high", ""],
                ["5", "6", "Jon Etxeberria", "jon@example.com", "Platform Engineer", "4002", "R", "Onsite",
                 "Active", "2026-09-14T09:12:33Z", "2026-10-02T16:45:10Z", "", "", ""])
    inspection = inspect(store, path, "pipeline")
    assert inspection.targets[GREENHOUSE.index("Status")] == "status"
    _fields, rows = preview(inspection, inspection.targets, store=store)
    assert [row["stage"] for row in rows] == ["Rejected", "Rejected", "Client interview"]
    assert rows[0]["applied_on"] == date(2026, 9, 14)  # a day, as the step's date is shown (not ISO text)

    import_pipeline(store, path)
    assert [_application(services, f"{who}@example.com", ref).stage
            for who, ref in (("maria", "4001"), ("priya", "4003"), ("jon", "4002"))] == [
        "Rejected", "Rejected", "Client interview"]


def test_a_spanish_logs_oferta_is_the_job_ad_not_the_offer_stage(tmp_path, store, services):
    """"Candidato; Email; Oferta; Estado; Fecha": "Oferta" (the job) was read as the day of the Offer stage and
    the sheet refused ("no column naming the role"); InfoJobs' "Estado del proceso" was taken as the reference."""
    from crm.importing.mapping import auto_mapping
    from crm.importing.pipeline import PIPELINE_FIELDS

    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "seguimiento.csv", ["Candidato", "Email", "Oferta", "Estado", "Fecha", "Comentario"],
                ["María García", "maria@example.com", "Backend Engineer (Java)", "Entrevista cliente", "02/10/2026",
                 "Bien"])
    report = import_pipeline(store, path)
    assert (report.created, report.rejected) == (1, [])
    assert _application(services, "maria@example.com", "4001").stage == "Client interview"
    infojobs = ["Nombre", "Apellidos", "Email", "Oferta", "Código de oferta", "Estado del proceso",
                "Fecha de inscripción"]
    assert auto_mapping(infojobs, PIPELINE_FIELDS)[3:] == ["title", "reference", "stage", "applied_on"]
    tracker = ["Candidato", "Email", "Vacante", "Contactado", "Entrevista", "Oferta"]  # a column per stage
    assert auto_mapping(tracker, PIPELINE_FIELDS)[3:] == ["stage_dates"] * 3


def test_a_status_withdrawn_with_no_reason_says_the_candidate_ended_it(tmp_path, store, services):
    """Greenhouse's Status "Withdrawn" and no reason: rejected, but no reason linked and nobody named."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "gh.csv", GREENHOUSE,
                ["1", "2", "María García", "maria@example.com", "Backend Engineer (Java)", "4001", "R", "Onsite",
                 "Withdrawn", "2026-09-14T09:12:33Z", "2026-10-02T16:45:10Z", "", "", ""])
    import_pipeline(store, path)
    maria = _application(services, "maria@example.com", "4001")
    assert (maria.stage, maria.rejected_by, maria.rejection_reason) == ("Rejected", "candidate", "Candidate withdrew")


def test_an_applied_day_after_the_stages_day_is_said_not_dropped(tmp_path, store, services):
    """Jon: Applied On 01/09, Last Activity 20/08, Hired: the applied step was gone without a word."""
    _people_and_jobs(tmp_path, store)
    path = _csv(tmp_path / "gh.csv", GREENHOUSE,
                ["1", "2", "Jon Etxeberria", "jon@example.com", "Platform Engineer", "4002", "R", "Hired",
                 "Active", "2026-09-01T09:00:00Z", "2026-08-20T10:00:00Z", "", "", ""])
    report = import_pipeline(store, path)
    assert [(w.row, w.column, w.reason) for w in report.warnings if w.row] == [
        (2, "Applied On", "later than the day the row gives its stage (Last Activity); not recorded")]
    assert _history(services, "jon@example.com", "4002") == [(None, "Placed", "2026-08-20 10:00:00", None)]
