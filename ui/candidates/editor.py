"""Add and edit a candidate. Every problem is shown next to its field; a change made elsewhere in
the meantime is refused with a clear message and an offer to reload."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from crm.domain.candidate_rules import clean_candidate
from crm.domain.errors import Conflict, FieldError, StaleVersion, ValidationError
from crm.persistence.db_errors import LOCKED, plain_message
from crm.services.records import CandidateRecord
from ui.candidates.commands import CreateCandidate, EditCandidate, changed_fields
from ui.candidates.error_text import reason_text
from ui.candidates.skills_text import format_skills, parse_skills
from ui.context import AppContext, ChangeSet
from ui.import_export.reasons import translated_reason  # (the core's messages, translated)

_NUMBER_FIELDS = ("current_salary", "expected_salary", "expected_salary_max", "notice_days")


def money_text_to_number(text: str) -> str:
    """'60k', '60.000 €' and '60,000' all mean 60000; anything else is passed on to be refused."""
    cleaned = text.strip().lower().replace("€", "").replace("eur", "").replace(" ", "")
    if cleaned.endswith("k") and cleaned[:-1].replace(",", ".").replace(".", "", 1).isdigit():
        return str(int(float(cleaned[:-1].replace(",", ".")) * 1000))
    if cleaned.replace(".", "").replace(",", "").isdigit():
        return cleaned.replace(".", "").replace(",", "")
    return text.strip()


class CandidateDialog(QDialog):
    def __init__(self, context: AppContext, record: CandidateRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self.record = record
        self.saved: CandidateRecord | None = None
        self.setWindowTitle(self.tr("New candidate") if record is None else self.tr("Edit candidate"))
        self.setMinimumWidth(860)
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._build()
        if record is not None:
            self._fill(record)

    # ---- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(6)
        line = self._line
        line(left, "first_name", self.tr("First name"))
        line(left, "last_name", self.tr("Last name"))
        line(left, "email", self.tr("Email"))
        line(left, "phone", self.tr("Phone"), self.tr("+34 600 123 456"))
        line(left, "city", self.tr("City"))
        line(left, "country", self.tr("Country"), self.tr("ES"))
        line(left, "linkedin_url", self.tr("LinkedIn"))
        line(left, "github_url", self.tr("GitHub"))
        line(left, "source", self.tr("Source"))
        self._choice(left, "status", self.tr("Status"), [
            ("active", self.tr("Active")), ("placed", self.tr("Placed")),
            ("do_not_contact", self.tr("Do not contact")), ("archived", self.tr("Archived"))], blank=False)
        line(right, "current_title", self.tr("Current title"))
        line(right, "current_company", self.tr("Company"))
        line(right, "skills", self.tr("Skills"), self.tr("Python 6, Django 3, SQL"))
        line(right, "years_experience", self.tr("Years of experience"))
        self._choice(right, "seniority", self.tr("Seniority"), [
            ("junior", self.tr("Junior")), ("mid", self.tr("Mid")), ("senior", self.tr("Senior")),
            ("lead", self.tr("Lead")), ("principal", self.tr("Principal"))])
        self._choice(right, "english_level", self.tr("English"),
                     [(level, level) for level in ("A1", "A2", "B1", "B2", "C1", "C2")])
        self._choice(right, "remote_preference", self.tr("Works"), [
            ("onsite", self.tr("On site")), ("hybrid", self.tr("Hybrid")), ("remote", self.tr("Remote"))])
        line(right, "current_salary", self.tr("Current salary"), self.tr("e.g. 45000"))
        line(right, "expected_salary", self.tr("Expected salary"), self.tr("e.g. 55k"))
        line(right, "expected_salary_max", self.tr("Expected up to"))
        line(right, "notice_days", self.tr("Notice (days)"))
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        notes = QFormLayout()
        notes.setHorizontalSpacing(10)
        notes.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._text(notes, "summary", self.tr("Summary"), self.tr("Client-safe assessment"))
        self._text(notes, "notes", self.tr("Private notes"), self.tr("Never leaves the agency"))
        grid.addLayout(notes, 1, 0, 1, 2)
        self._form_error = QLabel()
        self._form_error.setObjectName("formError")
        self._form_error.setWordWrap(True)
        self._form_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self._form_error)
        layout.addWidget(buttons)

    def _wrap(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        editor.setObjectName(key)
        form.addRow(label, box)
        self._inputs[key] = editor
        self._errors[key] = error

    def _line(self, form: QFormLayout, key: str, label: str, placeholder: str = "") -> None:
        editor = QLineEdit()
        editor.setPlaceholderText(placeholder)
        self._wrap(form, key, label, editor)

    def _text(self, form: QFormLayout, key: str, label: str, placeholder: str) -> None:
        editor = QPlainTextEdit()
        editor.setPlaceholderText(placeholder)
        editor.setFixedHeight(64)
        editor.setTabChangesFocus(True)
        self._wrap(form, key, label, editor)

    def _choice(self, form: QFormLayout, key: str, label: str, options: list[tuple[str, str]],
                blank: bool = True) -> None:
        editor = QComboBox()
        if blank:
            editor.addItem("", None)
        for value, text in options:
            editor.addItem(text, value)
        self._wrap(form, key, label, editor)

    # ---- values ----------------------------------------------------------------------------------
    def _fill(self, record: CandidateRecord) -> None:
        for key, editor in self._inputs.items():
            if key == "skills":
                editor.setText(format_skills(record.skills))
                continue
            value = getattr(record, key)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value or "")
            else:
                editor.setText("" if value is None else (f"{value:g}" if isinstance(value, float) else str(value)))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, editor in self._inputs.items():
            if key == "skills":
                continue
            if isinstance(editor, QComboBox):
                result[key] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                result[key] = editor.toPlainText()
            else:
                text = editor.text()
                result[key] = money_text_to_number(text) if key in _NUMBER_FIELDS else text
        return result

    def skills(self) -> list[tuple[str, float | None]]:
        return parse_skills(self._inputs["skills"].text())

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self._errors.values():
            label.hide()
        unplaced = []
        for error in errors:
            label = self._errors.get(error.field)
            if label is None:
                unplaced.append(str(error))
                continue
            label.setText(reason_text(error.reason))
            label.show()
        self._form_error.setText("\n".join(unplaced))
        self._form_error.setVisible(bool(unplaced))
        first = next((self._inputs[e.field] for e in errors if e.field in self._inputs), None)
        if first is not None:
            first.setFocus()

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    # ---- saving ----------------------------------------------------------------------------------
    def accept(self) -> None:
        try:
            self._save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except Conflict as exc:
            self.show_errors([FieldError("email", str(exc))])
            return
        except StaleVersion:
            self._offer_reload()
            return
        except DBAPIError as exc:  # a colleague's import holding the record, a locked or full database
            self._say_not_saved(exc)
            return
        super().accept()

    def _save(self) -> None:
        values = self.values()
        services = self._context.services.candidates
        report = report_undo_problem
        if self.record is None:
            cleaned = clean_candidate(values)
            self.saved = services.create(cleaned, self.skills())
            command = CreateCandidate(self._context, self.saved,
                                      self.tr("Add %1").replace("%1", self.saved.full_name), report)
        else:
            cleaned = clean_candidate(values, partial=True)
            before, after = changed_fields(self.record, cleaned)
            old_skills = [(s.name, s.years) for s in self.record.skills]
            new_skills = self.skills()
            skills = (old_skills, new_skills) if _skill_key(old_skills) != _skill_key(new_skills) else None
            if not after and skills is None:
                self.saved = self.record
                return
            self.saved = services.update(self.record.id, self.record.version, after,
                                         new_skills if skills else None)
            command = EditCandidate(self._context, self.record.id, before, after, skills, self.saved.version,
                                    self.tr("Edit %1").replace("%1", self.saved.full_name), report)
        self._context.undo_stack.push(command)
        self._context.events.emit_change(ChangeSet.of("candidate", ids=[self.saved.id]))

    def _say_not_saved(self, exc: DBAPIError) -> None:
        said = plain_message(exc)
        if said == LOCKED:
            text = self.tr("The database is busy: an import, or a colleague, is changing this candidate. Your changes "
                           "were not saved; try again in a moment.")
        else:
            text = self.tr("The database did not take the change: %1").replace("%1", translated_reason(said))
        QMessageBox.warning(self, self.tr("Not saved"), text)

    def _offer_reload(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed elsewhere"),
                          self.tr("This candidate was changed since you opened it. Your changes were not saved."),
                          parent=self)
        box.setInformativeText(self.tr("Reload to see the current details, then apply your change again."))
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is reload_button and self.record is not None:
            self.record = self._context.services.candidates.get(self.record.id)
            self._fill(self.record)
            self.show_errors([])



def report_undo_problem(message: str) -> None:
    """Shown when an undo or redo step was refused (the record changed or is gone)."""
    QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("CandidateDialog", "Cannot undo"),
                        message)


def _skill_key(pairs: list[tuple[str, float | None]]) -> list[tuple[str, float | None]]:
    return [(name.casefold(), years) for name, years in pairs]
