"""Validation and normalising of candidate fields, shared by the GUI, the CLI and the importer."""

from __future__ import annotations

from datetime import date
from typing import Any

from crm.domain import normalize
from crm.domain.enums import CandidateStatus, EnglishLevel, LawfulBasis, RemotePolicy, Seniority, values
from crm.domain.errors import FieldError, ValidationError

TEXT_FIELDS = {
    "first_name": 120, "last_name": 160, "city": 120, "current_title": 200, "current_company": 200,
    "source": 120, "consent_evidence": 300,
}
LONG_TEXT_FIELDS = ("summary", "notes")
URL_LIMIT = 300  # a profile's address (the column's size: PostgreSQL refuses a longer one)
INT_FIELDS = {"current_salary": (0, 10_000_000), "expected_salary": (0, 10_000_000),
              "expected_salary_max": (0, 10_000_000), "notice_days": (0, 730)}
DATE_FIELDS = ("available_from", "consent_date", "retention_until")
CHOICE_FIELDS = {
    "status": values(CandidateStatus),
    "remote_preference": values(RemotePolicy),
    "seniority": values(Seniority),
    "english_level": values(EnglishLevel),
    "lawful_basis": values(LawfulBasis),
}
EDITABLE_FIELDS = frozenset(
    [*TEXT_FIELDS, *LONG_TEXT_FIELDS, *INT_FIELDS, *DATE_FIELDS, *CHOICE_FIELDS,
     "email", "phone", "country", "years_experience", "linkedin_url", "github_url"]
)


def clean_candidate(data: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Return normalised values for the given fields, or raise ValidationError naming every bad field.

    `partial` is for updates: only the fields present are checked, and a name is not required.
    """
    errors: list[FieldError] = []
    cleaned: dict[str, Any] = {}
    unknown = set(data) - EDITABLE_FIELDS
    for field in sorted(unknown):
        errors.append(FieldError(field, "is not a candidate field"))

    for field, limit in TEXT_FIELDS.items():
        if field in data:
            value = normalize.person_name(data[field]) if field.endswith("_name") else normalize.text(data[field])
            if value and len(value) > limit:
                errors.append(FieldError(field, f"is longer than {limit} characters"))
            cleaned[field] = value if not field.endswith("_name") else (value or "")
    for field in LONG_TEXT_FIELDS:
        if field in data:
            value = data[field]
            # Typed or pasted in the editor, or given to the CLI: a NUL pasted from Word failed the save on
            # PostgreSQL, an escape sequence coloured the CLI. Its lines stay; both its ends trimmed, as ever.
            value = normalize.long_text(value) if isinstance(value, str) else None
            cleaned[field] = (value or "").strip() or None
    if "email" in data:
        value = normalize.email(data["email"])
        if value is not None and not normalize.is_valid_email(value):
            errors.append(FieldError("email", f"'{value}' is not a valid email address"))
        cleaned["email"] = value
    if "phone" in data:
        try:
            cleaned["phone"] = normalize.phone(data["phone"])
        except ValueError:
            errors.append(FieldError("phone", f"'{data['phone']}' is not a valid phone number"))
    for field in ("linkedin_url", "github_url"):
        if field in data:
            cleaned[field] = normalize.url(data[field])
            if cleaned[field] and len(cleaned[field]) > URL_LIMIT:
                errors.append(FieldError(field, f"is longer than {URL_LIMIT} characters"))
    if "country" in data:
        value = normalize.text(data["country"])
        if value is not None and (len(value) != 2 or not value.isalpha()):
            errors.append(FieldError("country", "must be a two-letter country code such as ES"))
        cleaned["country"] = value.upper() if value else None
    for field, (low, high) in INT_FIELDS.items():
        if field in data:
            value = data[field]
            if value in (None, ""):
                cleaned[field] = None
                continue
            try:
                number = int(value)
            except (TypeError, ValueError):
                errors.append(FieldError(field, f"'{value}' is not a whole number"))
                continue
            if not low <= number <= high:
                errors.append(FieldError(field, f"must be between {low} and {high}"))
            cleaned[field] = number
    if "years_experience" in data:
        value = data["years_experience"]
        if value in (None, ""):
            cleaned["years_experience"] = None
        else:
            try:
                number = float(str(value).replace(",", "."))
            except ValueError:
                errors.append(FieldError("years_experience", f"'{value}' is not a number of years"))
            else:
                if not 0 <= number <= 60:
                    errors.append(FieldError("years_experience", "must be between 0 and 60"))
                cleaned["years_experience"] = number
    for field in DATE_FIELDS:
        if field in data:
            value = data[field]
            if value in (None, ""):
                cleaned[field] = None
            elif isinstance(value, date):
                cleaned[field] = value
            else:
                try:
                    cleaned[field] = date.fromisoformat(str(value))
                except ValueError:
                    errors.append(FieldError(field, f"'{value}' is not a date (YYYY-MM-DD)"))
    for field, allowed in CHOICE_FIELDS.items():
        if field in data:
            value = data[field]
            if value in (None, ""):
                if field == "status":
                    errors.append(FieldError(field, "is required"))
                cleaned[field] = None
            elif str(value) not in allowed:
                errors.append(FieldError(field, f"'{value}' is not one of: {', '.join(allowed)}"))
            else:
                cleaned[field] = str(value)

    low, high = cleaned.get("expected_salary"), cleaned.get("expected_salary_max")
    if low is not None and high is not None and high < low:
        errors.append(FieldError("expected_salary_max", "is below the expected salary"))
    if not partial:
        identifies = any(cleaned.get(f) for f in ("first_name", "last_name", "email", "phone", "linkedin_url"))
        if not identifies:
            errors.append(FieldError("first_name", "a name, email, phone or profile URL is required"))
    if errors:
        raise ValidationError(errors)
    return cleaned
