"""Enter in a closed drop-down list confirms what the arrow keys chose there: it does not press the window's
default button (an import started at once, with a setting half chosen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox


class _EnterChooses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return True  # (an open list's popup gets its keys itself: Enter there picks the item)
        return False


def enter_chooses(*combos: QComboBox) -> None:
    """Enter in these lists stays in them."""
    keeper = _EnterChooses(combos[0])
    for combo in combos:
        combo.installEventFilter(keeper)
