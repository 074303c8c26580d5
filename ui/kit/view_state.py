"""Column widths, order and sort, and splitter sizes of a page, as a value the shell keeps in
QSettings between runs. Column layouts that no longer match (a stage was added) are not restored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QTableView


def view_state(table: QTableView, splitter: QSplitter) -> dict[str, Any]:
    return {
        "columns": table.model().columnCount(),
        "header": table.horizontalHeader().saveState(),
        "splitter": splitter.saveState(),
    }


def restore_view_state(table: QTableView, splitter: QSplitter, state: dict[str, Any] | None) -> bool:
    """True when the columns were restored (the splitter is restored whenever possible)."""
    if not state:
        return False
    if isinstance(state.get("splitter"), QByteArray):
        splitter.restoreState(state["splitter"])
    header = state.get("header")
    if not isinstance(header, QByteArray) or int(state.get("columns", -1)) != table.model().columnCount():
        return False
    return table.horizontalHeader().restoreState(header)
