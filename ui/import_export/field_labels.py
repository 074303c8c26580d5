"""Translated names of the fields a column can be imported as (the core keeps English labels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm.importing.mapping import NOTES, SKIP


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def field_label(field: str) -> str:
    labels = {
        NOTES: _t("Add to notes"), SKIP: _t("Skip"),
        "full_name": _t("Full name"), "first_name": _t("First name"), "last_name": _t("Last name"),
        "email": _t("Email"), "phone": _t("Phone"), "city": _t("City"), "skills": _t("Skills"),
        "years_experience": _t("Years of experience"), "current_salary": _t("Current salary"),
        "expected_salary": _t("Expected salary"), "expected_salary_max": _t("Expected salary (max)"),
        "notice_days": _t("Notice period (days)"), "linkedin_url": _t("LinkedIn / profile URL"),
        "github_url": _t("GitHub"), "notes": _t("Notes"), "source": _t("Source"), "current_title": _t("Current title"),
        "current_company": _t("Current company"), "country": _t("Country"), "available_from": _t("Available from"),
        "created_at": _t("Date added"), "seniority": _t("Seniority"), "english_level": _t("English level"),
        "remote_preference": _t("Remote preference"), "summary": _t("Summary"),
        "reference": _t("Reference"), "client": _t("Client"), "title": _t("Title"), "location": _t("Location"),
        "remote_policy": _t("Remote policy"), "salary": _t("Salary band"), "required_skills": _t("Required skills"),
        "nice_skills": _t("Nice-to-have skills"), "openings": _t("Openings"), "status": _t("Status"),
        "fee_percent": _t("Fee %"), "opened_on": _t("Opened on"), "description": _t("Description"),
        "stage": _t("Stage"), "date": _t("Date"), "comment": _t("Comment"),
    }
    return labels.get(field, field)
