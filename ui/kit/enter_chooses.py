"""Enter in a closed drop-down list confirms what the arrow keys chose there, and Enter in a table stays in it:
neither presses the window's default button (an import started at once, with a setting half chosen, or while
the recruiter read the mapping's rows)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox


class _EnterChooses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True  # (an open list's popup gets its keys itself: Enter there picks the item)
        return False


def enter_chooses(*widgets: QComboBox | QAbstractItemView) -> None:
    """Enter in these lists (and tables: a cell being edited gets its keys from its editor) stays in them."""
    keeper = _EnterChooses(widgets[0])
    for widget in widgets:
        widget.installEventFilter(keeper)
