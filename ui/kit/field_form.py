"""A form whose fields show the services' validation messages inline, under the field named."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from crm.domain.errors import ValidationError

# Reasons the services give word for word; others (which quote the user's input) stay as given.
_KNOWN_REASONS = (
    QT_TRANSLATE_NOOP("KitFieldErrors", "is required"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "a client is required"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "must be positive"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "is below the minimum salary"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "must be between 0 and 100"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "must contain letters or digits"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "must be 'es' or 'en'"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "a name or email is required"),
    QT_TRANSLATE_NOOP("KitFieldErrors", "use letters, digits and - _ . / only (e.g. VAC-2026-001)"),
)


# Reasons that quote what the user typed: matched, then translated with the quote put back.
_QUOTING_REASONS = (
    (re.compile(r"^'(.*)' is not a whole number$", re.S),
     QT_TRANSLATE_NOOP("KitFieldErrors", "'%1' is not a whole number")),
    (re.compile(r"^'(.*)' is not a percentage$", re.S),
     QT_TRANSLATE_NOOP("KitFieldErrors", "'%1' is not a percentage")),
    (re.compile(r"^'(.*)' is not a valid email address$", re.S),
     QT_TRANSLATE_NOOP("KitFieldErrors", "'%1' is not a valid email address")),
    (re.compile(r"^'(.*)' is not a valid phone number$", re.S),
     QT_TRANSLATE_NOOP("KitFieldErrors", "'%1' is not a valid phone number")),
    (re.compile(r"^'(.*)' is not a date \(YYYY-MM-DD\)$", re.S),
     QT_TRANSLATE_NOOP("KitFieldErrors", "'%1' is not a date (YYYY-MM-DD)")),
)


def reason_text(reason: str) -> str:
    if reason in _KNOWN_REASONS:
        return QCoreApplication.translate("KitFieldErrors", reason)
    for pattern, template in _QUOTING_REASONS:
        match = pattern.match(reason)
        if match:
            return QCoreApplication.translate("KitFieldErrors", template).replace("%1", match.group(1))
    return reason


class FieldForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_row(self, field: str, label: str, widget: QWidget, hint: QWidget | None = None) -> None:
        """`field` is the service's field name, so its errors land here."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint is not None:
            column.addWidget(hint)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.layout_.addRow(label, box)
        self._fields[field] = widget
        self._errors[field] = error

    def show_errors(self, error: ValidationError) -> list[str]:
        """Show each message under its field; return those no field of this form can show."""
        self.clear_errors()
        unplaced: list[str] = []
        first: QWidget | None = None
        for item in error.errors:
            label = self._errors.get(item.field)
            if label is None:
                unplaced.append(f"{item.field}: {reason_text(item.reason)}")
                continue
            label.setText(reason_text(item.reason))
            label.show()
            first = first or self._fields[item.field]
        if first is not None:
            first.setFocus()
        return unplaced

    def show_error(self, field: str, message: str) -> None:
        self._errors[field].setText(message)
        self._errors[field].show()
        self._fields[field].setFocus()

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""
