"""Qt models of the import dialog: the column mapping, the preview and the report's issues."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from crm.importing.column_values import ValueHint
from crm.importing.mapping import is_sensitive, is_unnamed
from crm.importing.report import Issue
from ui.import_export.field_labels import field_label
from ui.import_export.reasons import other_of_possible_duplicate, translated_reason
from ui.import_export.value_labels import code_label

Index = QModelIndex | QPersistentModelIndex
TargetRole = Qt.ItemDataRole.UserRole + 1
# Rows of the preview the import will warn about or refuse: tinted (translucent, so they read on a light
# or a dark palette), with the warning or error sign by their row number.
WARNED_ROW = QColor(232, 137, 12, 48)
REJECTED_ROW = QColor(179, 38, 30, 48)


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its header, what it is imported as (editable), an example."""

    mapping_changed = Signal()
    COLUMNS = ("header", "target", "example")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._headers: list[str] = []
        self._targets: list[str] = []
        self._examples: list[Any] = []  # each column's first value, as the file holds it
        self._hints: dict[int, ValueHint] = {}
        self.choices: list[str] = []  # every target a column can take
        self.kind = "candidates"  # what is imported: the words of "Add to notes" depend on it

    def set_columns(self, headers: list[str], targets: list[str], examples: list[Any], choices: list[str],
                    hints: dict[int, ValueHint] | None = None, kind: str = "candidates") -> None:
        """`hints`: the columns whose target their values chose (column_values), said in their tooltip
        while they keep it."""
        self.beginResetModel()
        self.kind = kind
        self._headers, self._targets, self._examples = list(headers), list(targets), list(examples)
        self._hints = dict(hints or {})
        self.choices = list(choices)
        self.endResetModel()

    @property
    def targets(self) -> list[str]:
        return list(self._targets)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return (self.tr("Column in the file"), self.tr("Import as"), self.tr("First value"))[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._headers):
            return None
        row, column = index.row(), index.column()
        if role == TargetRole:
            return self._targets[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                header = self._headers[row]
                if is_unnamed(header):  # named by its letter, as Excel shows it: in the user's language
                    return self.tr("Column %1").replace("%1", header.rpartition(" ")[2])
                return header or self.tr("(no header)")
            if column == 1:
                return (field_label(self._targets[row], self.kind) if role == Qt.ItemDataRole.DisplayRole
                        else self._targets[row])
            return shown(self._examples[row])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        """Why a column is imported as it is, when it is not its header that says so; else a long header or
        first value in full (the table cuts them)."""
        if column < 2:
            if is_sensitive(self._headers[row]):
                return self.tr("Personal data the CRM does not keep (such as a birth date, an ID number, gender "
                               "or nationality): not imported. Choose “Add to notes” to keep it anyway.")
            hint = self._hints.get(row)
            if hint is not None and hint.target == self._targets[row]:
                return self.tr("Chosen by the column's values, not its header: %1. Choose another field to "
                               "import it otherwise.").replace("%1", translated_reason(hint.reason))
        if column == 1:  # (the list shows the field chosen)
            return None
        return self.data(self.index(row, column)) or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole or value not in self.choices:
            return False
        if self._targets[index.row()] == value:
            return True
        self._targets[index.row()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.mapping_changed.emit()
        return True


def shown(value: Any) -> str:
    """A value as the user reads numbers and dates (55,000 / 55.000; 5.5 / 5,5), dates as the candidate
    views write them."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return QLocale().toString(value, "d MMM yyyy")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    if isinstance(value, int):
        return QLocale().toString(value)
    return str(value).replace("\n", " ⏎ ")


class PreviewModel(QAbstractTableModel):
    """The first rows as they will be stored: one column per field the mapping fills."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fields: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self._kind = "candidates"

    def set_rows(self, fields: list[str], rows: list[dict[str, Any]], kind: str = "candidates") -> None:
        self.beginResetModel()
        self._fields, self._rows, self._kind = list(fields), list(rows), kind
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # Rows every one of which is refused fill no field: one column still says why each is
        return 0 if parent.isValid() else len(self._fields) or (1 if self._rows else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            row = self._rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(row.get("row", section + 1))
            if role == Qt.ItemDataRole.DecorationRole and ("rejected" in row or row.get("warnings")):
                sign = (QStyle.StandardPixmap.SP_MessageBoxCritical if "rejected" in row
                        else QStyle.StandardPixmap.SP_MessageBoxWarning)
                return QApplication.style().standardIcon(sign)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._row_tip(row)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._fields):
            return field_label(self._fields[section], self._kind)
        if orientation == Qt.Orientation.Horizontal and section == 0 and self._rows:
            return self.tr("What the import does")
        return None

    def rejected_rows(self) -> list[int]:
        """Rows the import will refuse: their reason is one line across the row (ImportDialog spans it)."""
        return [number for number, row in enumerate(self._rows) if "rejected" in row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if "rejected" in row:
                if index.column() != 0:
                    return ""
                return self.tr("Rejected: %1").replace("%1", translated_reason(row["rejected"]))
            if not self._fields:
                return ""
            field = self._fields[index.column()]
            value = row.get(field)
            to_label = code_label(self._kind, field) if isinstance(value, str) else None
            return to_label(value) if to_label else shown(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tip(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return REJECTED_ROW if "rejected" in row else WARNED_ROW if row.get("warnings") else None
        if role == Qt.ItemDataRole.SizeHintRole and "rejected" in row and len(self._fields) > 1:
            return QSize(1, 1)  # the reason spans the row (rejected_rows): it must not size the first column
        return None

    def _row_tip(self, row: dict[str, Any]) -> str | None:
        if "rejected" in row:
            return self.tr("Rejected: %1").replace("%1", translated_reason(row["rejected"]))
        return "\n".join(f"{column}: {translated_reason(reason)}" for column, reason in row.get("warnings", [])) or None

    def value(self, row: int, field: str) -> Any:
        return self._rows[row].get(field)


class IssuesModel(QAbstractTableModel):
    """Rejected rows and warnings: kind, row, column, value, reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._issues: list[tuple[str, Issue, dict | None]] = []
        self._code_labels: dict[str, Callable[[str], str]] = {}
        self._merged: dict[int, int] = {}  # line -> the candidate its imported record was merged into
        self._gone: set[int] = set()  # lines whose imported record is gone (undone; its id another's since)
        self.largest_row = 0  # the largest row number of a line: the Row column is sized for it

    def set_issues(self, rejected: list[Issue], warnings: list[Issue], possible: list[dict] = (),
                   code_labels: dict[str, Callable[[str], str]] | None = None) -> None:
        """Possible duplicates (similar name, same city) are listed for review after the warnings.
        `code_labels`: column -> how the app names its stored codes (value_labels.column_code_labels)."""
        self.beginResetModel()
        self._code_labels = code_labels or {}
        self._issues = [("rejected", i, None) for i in rejected] + [("warning", i, None) for i in warnings]
        self._issues += [("possible", Issue(item["row"], None, item["name"], item["reason"]), item) for item in possible]
        self.largest_row = max((issue.row for _kind, issue, _flag in self._issues if issue.row is not None), default=0)
        self._merged = {}
        self._gone = set()
        self.endResetModel()

    def possible_duplicate(self, line: int) -> dict | None:
        """The flag of a possible-duplicate line, None for other lines and for one already merged."""
        if not 0 <= line < len(self._issues) or line in self._merged or line in self._gone:
            return None
        return self._issues[line][2]

    def possible_lines(self) -> list[tuple[int, dict]]:
        """(line, flag) of every possible duplicate, merged or not."""
        return [(line, flag) for line, (kind, _issue, flag) in enumerate(self._issues) if kind == "possible"]

    def details(self, line: int) -> str:
        """A line's row, column, value and reason in full (the table cuts long ones), for the report."""
        if not 0 <= line < len(self._issues):
            return ""
        cell = [self.index(line, column).data() for column in range(5)]
        where = ", ".join(part for part in (
            self.tr("row %1").replace("%1", cell[1]) if cell[1] else "",
            self.tr("column %1").replace("%1", cell[2]) if cell[2] else "") if part)
        value = self.tr("“%1”").replace("%1", cell[3]) if cell[3] else ""
        return " · ".join(part for part in (f"{cell[0]} ({where})" if where else cell[0], value, cell[4]) if part)

    def mark_gone(self, line: int) -> None:
        """Nothing left to compare: the import was undone, or its record deleted and its id given to another."""
        self._gone.add(line)
        self.dataChanged.emit(self.index(line, 0), self.index(line, self.columnCount() - 1))

    def mark_merged(self, line: int, into: int) -> None:
        self._merged[line] = into
        self.dataChanged.emit(self.index(line, 0), self.index(line, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        return (self.tr("Kind"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason"))[section]

    def kind_label(self, kind: str) -> str:
        """rejected / warning / possible, as the report and its saved workbook name them."""
        return {"rejected": self.tr("Rejected"), "warning": self.tr("Warning")}.get(kind, self.tr("Possible duplicate"))

    def merged_label(self) -> str:
        return self.tr("Merged")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._issues):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3, 4):  # a long column, value or reason is cut
            return self.data(index) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind, issue, possible = self._issues[index.row()]
        column = index.column()
        merged_into = self._merged.get(index.row())
        if column == 0:
            return self.merged_label() if merged_into is not None else self.kind_label(kind)
        if column == 1:
            return "" if issue.row is None else str(issue.row)
        if column == 2:
            return issue.column or ""
        if column == 3:
            return self.shown_value(issue)
        if merged_into is not None:
            return self.tr("Merged into candidate %1").replace("%1", str(merged_into))
        if index.row() in self._gone:
            return self.tr("%1 (its record is gone: nothing to compare)").replace("%1", self.shown_reason(issue))
        if possible is not None:  # like an existing candidate, or another row of the file
            return f"{translated_reason(issue.reason)} ({other_of_possible_duplicate(possible)})"
        return self.shown_reason(issue)

    def shown_value(self, issue: Issue) -> str:
        """A line's value as the app names it: a status the import stored is "Colocado", not "placed"."""
        to_label = self._code_labels.get(issue.column or "")
        return to_label(issue.value) if to_label is not None and issue.value else shown(issue.value)

    def shown_reason(self, issue: Issue) -> str:
        return translated_reason(issue.reason, self._code_labels.get(issue.column or ""))
