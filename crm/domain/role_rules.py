"""Validation of role fields, shared by the GUI, the CLI and the importer."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from crm.domain import normalize
from crm.domain.enums import RemotePolicy, RoleStatus, Seniority, values
from crm.domain.errors import FieldError, ValidationError

REFERENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
ROLE_FIELDS = frozenset(
    ["reference", "company_id", "contact_id", "title", "seniority", "location", "remote_policy", "salary_min",
     "salary_max", "openings", "status", "fee_percent", "description", "opened_on", "closed_on"]
)


def clean_role(data: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    errors = [FieldError(field, "is not a role field") for field in sorted(set(data) - ROLE_FIELDS)]
    cleaned: dict[str, Any] = {}
    for field in ("title", "location", "reference"):
        if field in data:
            cleaned[field] = normalize.text(data[field])
    if "description" in data:
        # typed or pasted: its lines kept, control characters not (a NUL from Word failed the save on PostgreSQL)
        cleaned["description"] = (normalize.long_text(data["description"]) or "").strip() or None
    if not partial or "title" in data:
        if not cleaned.get("title"):
            errors.append(FieldError("title", "is required"))
    if cleaned.get("reference") and not REFERENCE_RE.match(cleaned["reference"]):
        errors.append(FieldError("reference", "use letters, digits and - _ . / only (e.g. VAC-2026-001)"))
    for field in ("company_id", "contact_id"):
        if field in data:
            cleaned[field] = data[field]
    if not partial and not cleaned.get("company_id"):
        errors.append(FieldError("company_id", "a client is required"))
    for field in ("salary_min", "salary_max", "openings"):
        if field in data:
            value = data[field]
            if value in (None, ""):
                cleaned[field] = None if field != "openings" else 1
                continue
            try:
                cleaned[field] = int(value)
            except (TypeError, ValueError):
                errors.append(FieldError(field, f"'{value}' is not a whole number"))
                continue
            if cleaned[field] < (1 if field == "openings" else 0):
                errors.append(FieldError(field, "must be positive"))
    if cleaned.get("salary_min") and cleaned.get("salary_max") and cleaned["salary_max"] < cleaned["salary_min"]:
        errors.append(FieldError("salary_max", "is below the minimum salary"))
    if "fee_percent" in data:
        value = data["fee_percent"]
        if value in (None, ""):
            cleaned["fee_percent"] = None
        else:
            try:
                fee = float(str(value).replace(",", ".").rstrip("%"))
            except ValueError:
                errors.append(FieldError("fee_percent", f"'{value}' is not a percentage"))
            else:
                if not 0 <= fee <= 100:
                    errors.append(FieldError("fee_percent", "must be between 0 and 100"))
                cleaned["fee_percent"] = fee
    for field, allowed in (("status", values(RoleStatus)), ("seniority", values(Seniority)),
                           ("remote_policy", values(RemotePolicy))):
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
    for field in ("opened_on", "closed_on"):
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
    if errors:
        raise ValidationError(errors)
    return cleaned
