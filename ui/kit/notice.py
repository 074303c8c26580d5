"""An inline notice bar: refusals and confirmations shown in the page, not in a modal box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

_STYLES = {
    "error": "QFrame#notice { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }",
    "info": "QFrame#notice { background: #e8f1fb; border: 1px solid #b9d3f0; border-radius: 4px; }",
}


class NoticeBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._on_action_button_clicked)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(close)
        self._action: Callable[[], None] | None = None
        self.hide()

    def show_message(self, text: str, kind: str = "error", action_text: str | None = None,
                     action: Callable[[], None] | None = None) -> None:
        self.setStyleSheet(_STYLES[kind])
        self.label.setText(text)
        self._action = action
        self.action_button.setText(action_text or "")
        self.action_button.setVisible(bool(action_text and action))
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _on_action_button_clicked(self) -> None:
        action = self._action
        self.hide()
        if action is not None:
            action()
