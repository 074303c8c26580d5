"""The candidate table's columns, declared once: key, list sort key, width, alignment, default visibility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from crm.services.candidate_list import CandidateRow


@dataclass(frozen=True)
class Column:
    key: str
    sort_key: str | None
    width: int
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    visible: bool = True
    highlight: bool = False  # searched words are marked in this column


_RIGHT = Qt.AlignmentFlag.AlignRight
COLUMNS: tuple[Column, ...] = (
    Column("name", "name", 175, highlight=True),
    Column("title", "title", 185, highlight=True),
    Column("company", "company", 150, visible=False, highlight=True),
    Column("city", "city", 100, highlight=True),
    Column("skills", None, 175, highlight=True),
    Column("years", "years", 52, _RIGHT),
    Column("salary", "salary", 100, _RIGHT),
    Column("notice", "notice", 62, _RIGHT),
    Column("status", "status", 80),
    Column("last_activity", "last_activity", 100),
    Column("updated", "updated", 95),
    Column("email", "email", 200, visible=False, highlight=True),
    Column("phone", "phone", 130, visible=False, highlight=True),
    Column("created", "created", 105, visible=False),
)
INDEX = {column.key: number for number, column in enumerate(COLUMNS)}


def _t(text: str) -> str:
    return QCoreApplication.translate("CandidateColumns", text)


def column_title(key: str) -> str:
    titles = {
        "name": _t("Name"), "title": _t("Current title"), "company": _t("Company"), "city": _t("City"),
        "skills": _t("Top skills"), "years": _t("Years"), "salary": _t("Expected salary"),
        "notice": _t("Notice"), "status": _t("Status"), "last_activity": _t("Last activity"),
        "updated": _t("Updated"), "email": _t("Email"), "phone": _t("Phone"), "created": _t("Added"),
    }
    return titles[key]


def status_label(status: str) -> str:
    labels = {"active": _t("Active"), "placed": _t("Placed"), "do_not_contact": _t("Do not contact"),
              "archived": _t("Archived")}
    return labels.get(status, status)


def seniority_label(value: str | None) -> str:
    labels = {"junior": _t("Junior"), "mid": _t("Mid"), "senior": _t("Senior"), "lead": _t("Lead"),
              "principal": _t("Principal")}
    return labels.get(value or "", value or "")


def salary_text(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    if high and high != low:
        return f"{round(low / 1000)}–{round(high / 1000)}k €"
    return f"{round(low / 1000)}k €"


def date_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value.date(), QLocale.FormatType.ShortFormat)


def display(column: Column, row: CandidateRow) -> str:
    """The text one cell shows."""
    key = column.key
    if key == "years":
        return "" if row.years is None else f"{row.years:g}"
    if key == "salary":
        return salary_text(row.salary, row.salary_max)
    if key == "notice":
        return "" if row.notice is None else _t("%1 d").replace("%1", str(row.notice))
    if key == "status":
        return status_label(row.status)
    if key in ("last_activity", "updated", "created"):
        return date_text(getattr(row, key))
    if key == "skills":
        return row.top_skills
    value = getattr(row, key)
    return "" if value is None else str(value)
