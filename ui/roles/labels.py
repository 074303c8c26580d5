"""Display words for the role vocabularies (stored values stay English and stable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


# Literal translate() calls so that lupdate finds every word.
def status_labels() -> dict[str, str]:
    return {
        "lead": QCoreApplication.translate("RoleStatusLabels", "Lead"),
        "active": QCoreApplication.translate("RoleStatusLabels", "Active"),
        "on_hold": QCoreApplication.translate("RoleStatusLabels", "On hold"),
        "filled": QCoreApplication.translate("RoleStatusLabels", "Filled"),
        "closed": QCoreApplication.translate("RoleStatusLabels", "Closed"),
        "cancelled": QCoreApplication.translate("RoleStatusLabels", "Cancelled"),
    }


def seniority_labels() -> dict[str, str]:
    return {
        "junior": QCoreApplication.translate("RoleSeniorityLabels", "Junior"),
        "mid": QCoreApplication.translate("RoleSeniorityLabels", "Mid-level"),
        "senior": QCoreApplication.translate("RoleSeniorityLabels", "Senior"),
        "lead": QCoreApplication.translate("RoleSeniorityLabels", "Lead"),
        "principal": QCoreApplication.translate("RoleSeniorityLabels", "Principal"),
    }


def remote_labels() -> dict[str, str]:
    return {
        "onsite": QCoreApplication.translate("RoleRemoteLabels", "On site"),
        "hybrid": QCoreApplication.translate("RoleRemoteLabels", "Hybrid"),
        "remote": QCoreApplication.translate("RoleRemoteLabels", "Remote"),
    }


def label(labels: dict[str, str], value: str | None) -> str:
    if not value:
        return ""
    return labels.get(value, value)


def money(value: int | None) -> str:
    """60.000 in a Spanish app, 60,000 in an English one."""
    return "" if value is None else QLocale().toString(value)


def salary_band(low: int | None, high: int | None) -> str:
    """"45.000 – 55.000 €"; one amount when both ends are equal; "up to 60.000 €" for a maximum only."""
    if low and high and low != high:
        return f"{money(low)} – {money(high)} €"
    if low:
        return f"{money(low)} €"
    if high:
        return QCoreApplication.translate("RoleSalaryBand", "up to %1 €").replace("%1", money(high))
    return ""
