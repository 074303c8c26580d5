"""The selected role: its requirements on the left, the candidates on it (with stage) on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.services.records import RoleRecord
from crm.services.role_overview import RoleCandidateRow
from ui.roles.labels import label, remote_labels, salary_band, seniority_labels, status_labels
from ui.roles.models import RoleCandidatesModel


class RoleDetail(QStackedWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.placeholder = QLabel(self.tr("Select a role to see its requirements and the candidates on it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self.addWidget(self.placeholder)

        self.heading = QLabel()
        self.heading.setObjectName("roleHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.fields: dict[str, QLabel] = {}
        requirements = QWidget()
        form = QFormLayout(requirements)
        form.setContentsMargins(0, 4, 0, 0)
        for key, text in (
            ("required", self.tr("Required skills")), ("nice", self.tr("Nice to have")),
            ("salary", self.tr("Salary")), ("seniority", self.tr("Seniority")), ("location", self.tr("Location")),
            ("remote", self.tr("Remote")), ("openings", self.tr("Openings")), ("fee", self.tr("Fee")),
            ("contact", self.tr("Client contact")),
            ("description", self.tr("Description")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"<b>{text}</b>", value)
            self.fields[key] = value
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.subheading)
        left_layout.addWidget(requirements)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)

        self.candidates_title = QLabel()
        self.candidates_model = RoleCandidatesModel(self)
        self.candidates_view = QTableView()
        self.candidates_view.setModel(self.candidates_model)
        self.candidates_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates_view.verticalHeader().hide()
        self.candidates_view.verticalHeader().setDefaultSectionSize(self.candidates_view.fontMetrics().height() + 10)
        self.candidates_view.setAlternatingRowColors(True)
        self.candidates_view.setWordWrap(False)
        header = self.candidates_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.candidates_title)
        right_layout.addWidget(self.candidates_view, 1)

        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(scroll, 2)
        row.addWidget(right, 3)
        self.addWidget(content)

    def show_role(self, role: RoleRecord | None, candidates: list[RoleCandidateRow], contact: str = "") -> None:
        if role is None:
            self.setCurrentIndex(0)
            self.candidates_model.set_candidates([])
            return
        self.heading.setText(f"{role.title}")
        self.subheading.setText(f"{role.reference} · {role.client} · {label(status_labels(), role.status)}")
        required = ", ".join(s.name for s in role.required_skills)
        nice = ", ".join(s.name for s in role.nice_skills)
        values = {
            "required": required or "—", "nice": nice or "—",
            "salary": salary_band(role.salary_min, role.salary_max) or "—",
            "seniority": label(seniority_labels(), role.seniority) or "—", "location": role.location or "—",
            "remote": label(remote_labels(), role.remote_policy) or "—", "openings": str(role.openings),
            "fee": f"{role.fee_percent:g} %" if role.fee_percent is not None else "—",
            "description": role.description or "—", "contact": contact or "—",
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.candidates_model.set_candidates(candidates)
        self.candidates_title.setText(
            self.tr("<b>Candidates on this role</b> (%1)").replace("%1", str(len(candidates))))
        self.candidates_view.resizeColumnToContents(0)
        self.candidates_view.resizeColumnToContents(2)
        self.candidates_view.resizeColumnToContents(3)
        self.setCurrentIndex(1)
