"""Display words for the role vocabularies (stored values stay English and stable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("RoleLabels", text)


def status_labels() -> dict[str, str]:
    return {
        "lead": _t("Lead"), "active": _t("Active"), "on_hold": _t("On hold"), "filled": _t("Filled"),
        "closed": _t("Closed"), "cancelled": _t("Cancelled"),
    }


def seniority_labels() -> dict[str, str]:
    return {
        "junior": _t("Junior"), "mid": _t("Mid-level"), "senior": _t("Senior"), "lead": _t("Lead"),
        "principal": _t("Principal"),
    }


def remote_labels() -> dict[str, str]:
    return {"onsite": _t("On site"), "hybrid": _t("Hybrid"), "remote": _t("Remote")}


def label(labels: dict[str, str], value: str | None) -> str:
    if not value:
        return ""
    return labels.get(value, value)


def money(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


def salary_band(low: int | None, high: int | None) -> str:
    if low and high:
        return f"{money(low)} – {money(high)} €"
    if low or high:
        return f"{money(low or high)} €"
    return ""
