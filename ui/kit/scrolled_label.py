"""A word-wrapped text as high as its lines, up to a few: longer ones scroll. An import's notes and a
report's chosen line can run to thousands of characters; in a plain label they took the window's height
from the tables beside them and were cut where the window ended, with no scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget


class ScrolledLabel(QScrollArea):
    """Reads and writes its text as a QLabel does (text, setText)."""

    def __init__(self, lines: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.label.setAutoFillBackground(False)  # (setWidget fills it: a grey band on the app's white windows)
        self.viewport().setAutoFillBackground(False)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop of Tab: the keys go on from the controls before it to those after it, as with a label.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._most = lines * self.label.fontMetrics().lineSpacing()

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        """Show `text` from its start; the window lays out again for its number of lines."""
        self.label.setText(text)
        self.verticalScrollBar().setValue(0)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.viewport().width() if self.viewport().width() > 1 else super().sizeHint().width()
        height = self.label.heightForWidth(width) if self.label.text() else 0
        return QSize(super().sizeHint().width(), min(max(height, 0), self._most))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        line = self.label.fontMetrics().lineSpacing() if self.label.text() else 0
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), line))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # narrower, the text takes more lines
            self.updateGeometry()
