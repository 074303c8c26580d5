"""The candidate table's columns, declared once: key, list sort key, width, alignment, default visibility."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt

from crm.services.candidate_row import CandidateRow
from ui.kit.numbers import decimal


@dataclass(frozen=True)
class Column:
    key: str
    sort_key: str | None
    width: int
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    visible: bool = True
    highlight: bool = False  # searched words are marked in this column


_RIGHT = Qt.AlignmentFlag.AlignRight
# Default widths let name to salary fit beside the detail pane on a 1366 px laptop screen.
COLUMNS: tuple[Column, ...] = (
    Column("name", "name", 170, highlight=True),
    Column("title", "title", 170, highlight=True),
    Column("company", "company", 150, visible=False, highlight=True),
    Column("city", "city", 95, highlight=True),
    Column("skills", None, 165, highlight=True),
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



def column_title(key: str) -> str:
    translate = QCoreApplication.translate
    titles = {
        "name": translate("CandidateColumns", "Name"),
        "title": translate("CandidateColumns", "Current title"),
        "company": translate("CandidateColumns", "Company"),
        "city": translate("CandidateColumns", "City"),
        "skills": translate("CandidateColumns", "Top skills"),
        "years": translate("CandidateColumns", "Years"),
        "salary": translate("CandidateColumns", "Salary"),
        "notice": translate("CandidateColumns", "Notice"),
        "status": translate("CandidateColumns", "Status"),
        "last_activity": translate("CandidateColumns", "Last activity"),
        "updated": translate("CandidateColumns", "Updated"),
        "email": translate("CandidateColumns", "Email"),
        "phone": translate("CandidateColumns", "Phone"),
        "created": translate("CandidateColumns", "Added"),
    }
    return titles[key]


def status_label(status: str) -> str:
    labels = {"active": QCoreApplication.translate("CandidateColumns", "Active"), "placed": QCoreApplication.translate("CandidateColumns", "Placed"), "do_not_contact": QCoreApplication.translate("CandidateColumns", "Do not contact"),
              "archived": QCoreApplication.translate("CandidateColumns", "Archived")}
    return labels.get(status, status)


def seniority_label(value: str | None) -> str:
    labels = {"junior": QCoreApplication.translate("CandidateColumns", "Junior"), "mid": QCoreApplication.translate("CandidateColumns", "Mid"), "senior": QCoreApplication.translate("CandidateColumns", "Senior"), "lead": QCoreApplication.translate("CandidateColumns", "Lead"),
              "principal": QCoreApplication.translate("CandidateColumns", "Principal")}
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
    return QLocale().toString(value.date(), "d MMM yyyy")  # unambiguous in every locale


def display(column: Column, row: CandidateRow) -> str:
    """The text one cell shows."""
    key = column.key
    if key == "years":
        return "" if row.years is None else decimal(row.years)
    if key == "salary":
        return salary_text(row.salary, row.salary_max)
    if key == "notice":
        return "" if row.notice is None else QCoreApplication.translate("CandidateColumns", "%1 d").replace("%1", str(row.notice))
    if key == "status":
        return status_label(row.status)
    if key in ("last_activity", "updated", "created"):
        return date_text(getattr(row, key))
    if key == "skills":
        return row.top_skills
    value = getattr(row, key)
    return "" if value is None else str(value)
