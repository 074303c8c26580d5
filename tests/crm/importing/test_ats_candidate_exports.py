"""Candidate lists as the applicant tracking systems recruiters leave export them (Recruit CRM, Greenhouse,
Lever, Workable): their identifier columns, their jobs' names and their several profile links."""

import csv

import pytest
from import_fixtures import by_email

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.mapping import NOTES, auto_mapping, guess_field
from crm.importing.pipeline import PIPELINE_FIELDS


def _csv(path, headers, *rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("header", ["Candidate Slug", "Candidate UUID", "Candidate number", "Candidate Key"])
def test_another_systems_key_for_the_person_is_no_name(header):
    """Recruit CRM's "Candidate Slug" (17280001234) was taken for the full name, and the file refused."""
    assert guess_field(header) is None
    assert auto_mapping([header, "First Name", "Last Name", "Email"])[1:] == ["first_name", "last_name", "email"]


def test_a_pipelines_candidate_id_is_not_the_candidates_name():
    """Greenhouse's applications: "Candidate ID" was the name and "Candidate Name" was skipped."""
    headers = ["Candidate ID", "Candidate Name", "Email"]
    assert auto_mapping(headers, PIPELINE_FIELDS)[1:] == ["name", "email"]
    assert guess_field("Candidate ID", PIPELINE_FIELDS) is None


@pytest.mark.parametrize("header", ["Job Name", "Nombre oferta", "Nombre del cliente", "Posting name"])
def test_a_jobs_or_clients_name_is_not_a_persons(header):
    """Greenhouse's jobs opened as candidates: "Job Name" made people named "Backend / Engineer (Java)"."""
    assert guess_field(header) is None


def test_a_number_in_a_full_name_column_beside_the_name_parts_is_a_warning_not_a_refused_file(tmp_path, store, services):
    """Mapped to the full name by hand (or by an older saved mapping), Recruit CRM's slug refused the whole
    file: "not a person's name (it holds a number or a date); nothing was imported", no row or column."""
    path = _csv(tmp_path / "recruitcrm.csv", ["Candidate Slug", "First Name", "Last Name", "Email"],
                ["17280001234", "Ana", "Ruiz Gil", "ana@example.com"], ["17280001235", "Luis", "Mora", "luis@example.com"])
    report = import_candidates(store, path, ImportOptions(overrides={0: "full_name"}))
    assert report.created == 2 and not report.rejected
    ana = by_email(services, "ana@example.com")
    assert (ana.first_name, ana.last_name) == ("Ana", "Ruiz Gil")
    assert "17280001234" in ana.notes
    assert [(w.row, w.column, w.value) for w in report.warnings] == [
        (2, "Candidate Slug", "17280001234"), (3, "Candidate Slug", "17280001235")]


def test_lever_posting_title_is_the_job_applied_for_not_the_persons_title():
    """Read as candidates, Lever's "Posting Title" became every applicant's current title."""
    assert auto_mapping(["Name", "Emails", "Posting Title"])[2:] == [NOTES]
    assert auto_mapping(["Nombre", "Email", "Título de la oferta"])[2:] == [NOTES]
    assert auto_mapping(["Name", "Emails", "Title"])[2:] == ["current_title"]


def test_a_greenhouse_jobs_export_is_read_as_roles():
    """The import window opened it as candidates: "Backend / Engineer (Java)" became a person."""
    from crm.importing.sheet_kind import sheet_kinds

    headers = ["Job ID", "Job Name", "Requisition ID", "Status", "Department", "Office", "Hiring Manager",
               "Recruiter", "Opened Date", "Closed Date", "Salary Range", "Employment Type", "Client"]
    assert sheet_kinds(headers) == ("roles", None)


def test_a_website_in_an_ats_links_column_is_kept_in_the_notes_not_as_the_profile(tmp_path, store, services):
    """Lever's "Links" gave Priya's https://priya.dev as her LinkedIn, Workable's "Social profiles" a Twitter
    page: a later export's real LinkedIn profile then had no place."""
    path = _csv(tmp_path / "lever.csv", ["Name", "Emails", "Links"],
                ["Priya Sharma", "priya@example.com", "https://priya.dev"],
                ["Javier Moreno", "javi@example.com", "https://twitter.com/javim"],
                ["Ana Ruiz", "ana@example.com", "https://www.linkedin.com/in/anaruiz"],
                ["Marta Gil", "marta@example.com", "https://www.linkedin.com/company/acme-software"])
    import_candidates(store, path)
    marta = by_email(services, "marta@example.com")  # her company's page is nobody's profile
    assert marta.linkedin_url is None and "Links: https://www.linkedin.com/company/acme-software" in marta.notes
    priya, javier, ana = (by_email(services, f"{who}@example.com") for who in ("priya", "javi", "ana"))
    assert priya.linkedin_url is None and "Links: https://priya.dev" in priya.notes
    assert javier.linkedin_url is None and "Links: https://twitter.com/javim" in javier.notes
    assert ana.linkedin_url == "https://linkedin.com/in/anaruiz"
    later = _csv(tmp_path / "linkedin.csv", ["First Name", "Last Name", "Email", "Profile URL"],
                 ["Priya", "Sharma", "priya@example.com", "https://www.linkedin.com/in/priyasharma"])
    import_candidates(store, later)
    assert by_email(services, "priya@example.com").linkedin_url == "https://linkedin.com/in/priyasharma"


def test_the_same_person_in_two_exports_is_found_by_their_other_email_or_phone(tmp_path, store, services):
    """Carlos in Greenhouse (work email, Other Emails: his Gmail) and in Bullhorn (Gmail, Email 2: his work
    email) was stored twice, though both his addresses and numbers were in each."""
    greenhouse = _csv(tmp_path / "greenhouse.csv", ["First Name", "Last Name", "Email", "Other Emails", "Phone", "Mobile"],
                      ["Carlos", "Ruiz", "carlos.ruiz@telefonica.com", "carlos.r@gmail.com", "91 123 45 67",
                       "699 887 766"])
    bullhorn = _csv(tmp_path / "bullhorn.csv", ["First Name", "Last Name", "Email", "Email 2", "Mobile Phone"],
                    ["Carlos", "Ruiz", "carlos.r@gmail.com", "carlos.ruiz@telefonica.com", "(699) 887-766"])
    assert import_candidates(store, greenhouse).created == 1
    again = import_candidates(store, bullhorn)
    assert (again.created, services.candidates.count()) == (0, 1)
    carlos = by_email(services, "carlos.ruiz@telefonica.com")
    assert "carlos.r@gmail.com" in carlos.notes  # his other address is kept


def test_a_shared_second_address_or_office_number_merges_no_one(tmp_path, store, services):
    """A team's "info@" in "Email 2", an office's switchboard in "Teléfono trabajo": another name says
    another person (as read first, Luis was merged into Ana, and Eva into Luis)."""
    path = _csv(tmp_path / "equipo.csv", ["Nombre", "Email", "Email 2", "Móvil", "Teléfono trabajo"],
                ["Ana Ruiz", "ana@x.com", "info@acme.com", "600111222", "911234567"],
                ["Luis Mora", "luis@y.com", "info@acme.com", "600333444", "911234567"],
                ["Eva Gil", None, None, None, "911234567"])
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (3, 0)
    names = sorted(f"{c.first_name} {c.last_name}" for c in services.candidates.iter_all())
    assert names == ["Ana Ruiz", "Eva Gil", "Luis Mora"]


def test_of_a_phone_and_a_mobile_column_the_mobile_is_stored(tmp_path, store, services):
    """Greenhouse's "Phone" (the office landline) stood before "Mobile": the landline was stored and the
    mobile, the number a recruiter calls, left in the notes."""
    path = _csv(tmp_path / "greenhouse.csv", ["First Name", "Last Name", "Email", "Phone", "Mobile"],
                ["Carlos", "Ruiz", "carlos@example.com", "91 123 45 67", "699 887 766"],
                ["Ana", "Gil", "ana@example.com", "91 765 43 21", None])
    import_candidates(store, path)
    carlos, ana = by_email(services, "carlos@example.com"), by_email(services, "ana@example.com")
    assert carlos.phone == "+34699887766" and "Phone: 91 123 45 67" in carlos.notes
    assert ana.phone == "+34917654321"  # no mobile: the landline is the phone


def test_the_end_of_a_gdpr_consent_is_kept_as_the_retention_date(tmp_path, store, services):
    """Teamtailor's "Consent expires at" went to the notes: the person's retention date stayed empty."""
    from datetime import date

    path = _csv(tmp_path / "teamtailor.csv", ["First name", "Last name", "Email", "Consent given", "Consent expires at"],
                ["Lucía", "de la Fuente", "lucia@example.com", "true", "2028-10-01 09:30:00 +0200"])
    import_candidates(store, path)
    assert by_email(services, "lucia@example.com").retention_until == date(2028, 10, 1)


def test_nameless_rows_sharing_a_second_address_are_two_people(tmp_path, store, services):
    """Two sign-ups without names, their own emails and phones, a team's info@ in "Email 2": merged."""
    path = _csv(tmp_path / "evento.csv", ["Email", "Email 2", "Phone"],
                ["a.uno@gmail.com", "info@acme.es", "600 444 001"], ["b.dos@gmail.com", "info@acme.es", "600 444 002"])
    assert import_candidates(store, path).created == 2


def test_an_office_number_in_a_work_phone_column_is_no_ones_phone(tmp_path, store, services):
    """"Work Phone" filled Ana's and Luis's empty phone with the switchboard; Pedro, giving it without an
    email in a later file, was merged into Ana (her city became his)."""
    first = _csv(tmp_path / "equipo.csv", ["Name", "Email", "Mobile", "Work Phone", "City"],
                 ["Ana López", "ana@x.com", None, "91 555 00 00", "Bilbao"],
                 ["Luis Gómez", "luis@y.com", None, "91 555 00 00", "Bilbao"])
    later = _csv(tmp_path / "pedro.csv", ["Name", "Phone", "City"], ["Pedro Ramos", "91 555 00 00", "Madrid"])
    import_candidates(store, first)
    assert by_email(services, "ana@x.com").phone is None
    assert "Work Phone: 91 555 00 00" in by_email(services, "ana@x.com").notes
    assert import_candidates(store, later).created == 1
    assert by_email(services, "ana@x.com").city == "Bilbao"


@pytest.mark.parametrize("header", ["Referral Email", "Email referido por", "Personal Assistant Email",
                                    "Email asistente", "Recruiter email"])
def test_someone_elses_email_column_is_not_the_persons_even_first(header):
    """"Referral Email" before "Email" took the field: two candidates one referrer sent were merged."""
    assert auto_mapping([header, "Name", "Email", "Phone"]) == [NOTES, "full_name", "email", "phone"]
    assert auto_mapping(["Name", "Email", header]) == ["full_name", "email", NOTES]


@pytest.mark.parametrize("header", ["Teléfono de referencia", "Referee phone", "Móvil madre", "Teléfono empresa"])
def test_someone_elses_or_an_offices_phone_is_not_the_persons(header):
    """"Teléfono de referencia" became every candidate's phone (the referee's), their own "Teléfono 2" a note."""
    assert auto_mapping(["Nombre", "Email", header, "Teléfono 2"]) == ["full_name", "email", NOTES, "phone"]


def test_a_second_column_that_is_a_rows_only_contact_finds_no_one_of_another_name(tmp_path, store, services):
    """Luis's only number, under "Teléfono 2", was Ana's phone: filled into his phone, it merged him into her."""
    path = _csv(tmp_path / "lista.csv", ["Nombre", "Email", "Teléfono", "Teléfono 2"],
                ["Ana López", "ana@x.com", "600 111 222", None], ["Luis Gómez", None, None, "600 111 222"])
    assert import_candidates(store, path).created == 2


@pytest.mark.parametrize("headers", [["Referido", "Email referido", "Teléfono referido"],
                                     ["Referred Candidate", "Referred Candidate Email", "Referred Candidate Phone"]])
def test_a_referral_exports_referred_person_is_the_candidate(tmp_path, store, services, headers):
    """"Email referido" (the referred person's) was taken for someone else's: both rows rejected, no identity."""
    path = _csv(tmp_path / "referidos.csv", [*headers, "Email referido por"],
                ["Sergio Mena", "sergio@x.com", "600 111 001", "laura@x.com"],
                ["Paula Vidal", "paula@x.com", "600 111 002", "laura@x.com"])
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    assert by_email(services, "paula@x.com").phone == "+34600111002"


def test_a_second_column_holding_the_stored_address_adds_no_note(tmp_path, store, services):
    """María found by her "Email 2" (the address she has) got the note "Email 2: maria.garcia@gmail.com"."""
    import_candidates(store, _csv(tmp_path / "base.csv", ["Nombre", "Email", "Teléfono"],
                                  ["María García", "maria.garcia@gmail.com", "600 111 222"]))
    import_candidates(store, _csv(tmp_path / "ats.csv", ["Nombre", "Email", "Email 2", "Teléfono 2"],
                                  ["María García", "mj.garcia@indra.es", "maria.garcia@gmail.com", "+34 600111222"]))
    maria = by_email(services, "maria.garcia@gmail.com")
    assert "Email 2:" not in (maria.notes or "") and "Teléfono 2:" not in (maria.notes or "")
    assert "mj.garcia@indra.es" in maria.notes  # her other address is kept
