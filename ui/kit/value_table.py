"""A table model over a small list of frozen values (a few hundred rows at most), driven by
one tuple of column specs. Sorting and filtering of such lists may use a QSortFilterProxyModel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crm.domain.sorting import sort_key

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    # A key of one type per column (numbers or folded text), so the proxy can compare them.
    sort_key: Callable[[Any], Any] | None = None
    numeric: bool = False
    tooltip: str | None = None
    # Rows that need attention (e.g. waiting too long in a stage) are shown in bold red.
    warn: Callable[[Any], bool] | None = None
    warn_tooltip: Callable[[Any], str] | None = None


_WARN_COLOR = QColor("#b3261e")


def number_key(value: float | int | None) -> float:
    return -1.0 if value is None else float(value)


def text_key(value: str | None) -> str:
    """Text as a reader sorts it (crm.domain.sorting): "Ámbito" among the A's, not after "Zeta"."""
    return sort_key(value or "")


class ValueTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._columns: tuple[Column, ...] = ()
        self._rows: list[Any] = []

    # ---- our API ---------------------------------------------------------------------------------
    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def value_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        return next((row for row, value in enumerate(self._rows) if value_id(value) == record_id), None)

    # ---- Qt overrides ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        value = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(value)
        warned = column.warn is not None and column.warn(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if warned and column.warn_tooltip is not None:
                return column.warn_tooltip(value)
            return None if column.numeric else column.text(value) or None
        if role == Qt.ItemDataRole.ForegroundRole and warned:
            return _WARN_COLOR
        if role == Qt.ItemDataRole.FontRole and warned:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return column.sort_key(value) if column.sort_key else text_key(column.text(value))
        if role == ID_ROLE:
            return value_id(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (a view with sorting on and no proxy asks the model); empty keys last."""
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort_key or (lambda value: text_key(spec.text(value)))
        self.layoutAboutToBeChanged.emit()
        present = [row for row in self._rows if key(row) is not None]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + [row for row in self._rows if key(row) is None]
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def value_id(value: Any) -> int | None:
    return getattr(value, "id", None)
