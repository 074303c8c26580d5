"""Translated names of the candidate, role and pipeline fields, as the import and export dialogs show
them (the core keeps English labels, which the files use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm.importing.mapping import NOTES, SKIP


def field_label(field: str, kind: str = "candidates") -> str:
    """A field's name in the user's language; "kind": what is imported (a role keeps other columns in
    its description, a candidate in the notes)."""
    if field == NOTES and kind == "roles":
        return QCoreApplication.translate("ImportFields", "Add to the description")
    if field == "title" and kind == "pipeline":  # the role's, which a pipeline row may name it by
        return QCoreApplication.translate("ImportFields", "Role title")
    if field == "stage_dates":  # a pipeline column per stage, holding the day it was reached
        return QCoreApplication.translate("ImportFields", "Day its stage was reached")
    if field == "last_name" and kind == "pipeline":  # joined to the candidate's name
        return QCoreApplication.translate("ImportFields", "Candidate surname")
    if field == "status" and kind == "pipeline":  # whether the process goes on (Greenhouse: Active, Rejected)
        return QCoreApplication.translate("ImportFields", "Application status")
    if field == "location" and kind == "pipeline":  # where the job is: of several roles so titled, the one there
        return QCoreApplication.translate("ImportFields", "Role location")
    if field == "name":  # a pipeline row's candidate, named without an email
        return QCoreApplication.translate("ImportFields", "Candidate name")
    labels = {
        NOTES: QCoreApplication.translate("ImportFields", "Add to notes"), SKIP: QCoreApplication.translate("ImportFields", "Skip"),
        "full_name": QCoreApplication.translate("ImportFields", "Full name"), "first_name": QCoreApplication.translate("ImportFields", "First name"), "last_name": QCoreApplication.translate("ImportFields", "Last name"),
        "second_last_name": QCoreApplication.translate("ImportFields", "Second surname"),
        "middle_name": QCoreApplication.translate("ImportFields", "Middle name"),
        "email": QCoreApplication.translate("ImportFields", "Email"), "phone": QCoreApplication.translate("ImportFields", "Phone"), "city": QCoreApplication.translate("ImportFields", "City"), "skills": QCoreApplication.translate("ImportFields", "Skills"),
        "years_experience": QCoreApplication.translate("ImportFields", "Years of experience"), "current_salary": QCoreApplication.translate("ImportFields", "Current salary"),
        "expected_salary": QCoreApplication.translate("ImportFields", "Expected salary"), "expected_salary_max": QCoreApplication.translate("ImportFields", "Expected salary (max)"),
        "notice_days": QCoreApplication.translate("ImportFields", "Notice period (days)"), "linkedin_url": QCoreApplication.translate("ImportFields", "LinkedIn / profile URL"),
        "github_url": QCoreApplication.translate("ImportFields", "GitHub"), "notes": QCoreApplication.translate("ImportFields", "Notes"), "source": QCoreApplication.translate("ImportFields", "Source"), "current_title": QCoreApplication.translate("ImportFields", "Current title"),
        "current_company": QCoreApplication.translate("ImportFields", "Current company"), "country": QCoreApplication.translate("ImportFields", "Country"), "available_from": QCoreApplication.translate("ImportFields", "Available from"),
        "created_at": QCoreApplication.translate("ImportFields", "Date added"), "seniority": QCoreApplication.translate("ImportFields", "Seniority"), "english_level": QCoreApplication.translate("ImportFields", "English level"),
        "languages": QCoreApplication.translate("ImportFields", "Languages (to notes, with the English level)"),
        "remote_preference": QCoreApplication.translate("ImportFields", "Remote preference"), "summary": QCoreApplication.translate("ImportFields", "Summary"),
        "lawful_basis": QCoreApplication.translate("ImportFields", "Lawful basis"),
        "consent_date": QCoreApplication.translate("ImportFields", "Consent date"),
        "consent_evidence": QCoreApplication.translate("ImportFields", "Consent evidence"),
        "retention_until": QCoreApplication.translate("ImportFields", "Retention until"),
        "last_activity_at": QCoreApplication.translate("ImportFields", "Last activity"),
        "id": QCoreApplication.translate("ImportFields", "ID"),
        "updated_at": QCoreApplication.translate("ImportFields", "Last updated"),
        "reference": QCoreApplication.translate("ImportFields", "Reference"), "client": QCoreApplication.translate("ImportFields", "Client"), "title": QCoreApplication.translate("ImportFields", "Title"), "location": QCoreApplication.translate("ImportFields", "Location"),
        "remote_policy": QCoreApplication.translate("ImportFields", "Remote policy"), "salary": QCoreApplication.translate("ImportFields", "Salary band"),
        "salary_min": QCoreApplication.translate("ImportFields", "Salary from"),
        "salary_max": QCoreApplication.translate("ImportFields", "Salary to"), "required_skills": QCoreApplication.translate("ImportFields", "Required skills"),
        "nice_skills": QCoreApplication.translate("ImportFields", "Nice-to-have skills"), "openings": QCoreApplication.translate("ImportFields", "Openings"), "status": QCoreApplication.translate("ImportFields", "Status"),
        "fee_percent": QCoreApplication.translate("ImportFields", "Fee %"), "opened_on": QCoreApplication.translate("ImportFields", "Opened on"),
        "closed_on": QCoreApplication.translate("ImportFields", "Closed on"),
        "contact": QCoreApplication.translate("ImportFields", "Client contact"),
        "contact_email": QCoreApplication.translate("ImportFields", "Contact's email"),
        "contact_phone": QCoreApplication.translate("ImportFields", "Contact's phone"), "description": QCoreApplication.translate("ImportFields", "Description"),
        "stage": QCoreApplication.translate("ImportFields", "Stage"), "date": QCoreApplication.translate("ImportFields", "Date"), "comment": QCoreApplication.translate("ImportFields", "Comment"),
        "stage_now": QCoreApplication.translate("ImportFields", "Stage now"),
        "applied_on": QCoreApplication.translate("ImportFields", "Applied on"),
        "rejection_reason": QCoreApplication.translate("ImportFields", "Rejection reason"),
        "archived_at": QCoreApplication.translate("ImportFields", "Rejected on"),
    }
    return labels.get(field, field)
