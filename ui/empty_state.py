"""The welcome shown on an empty database: start from a spreadsheet or explore with demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, import_action: QAction, demo_action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        title = QLabel(self.tr("Welcome to your recruiting desk"))
        title.setObjectName("emptyTitle")
        text = QLabel(self.tr("Your database is empty. Bring in the candidates you already have from a "
                              "spreadsheet (Excel or CSV), or load a realistic demo book of business to "
                              "look around first."))
        text.setWordWrap(True)
        text.setObjectName("emptyText")
        text.setMinimumWidth(320)
        text.setMaximumWidth(560)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(self.tr("Import a spreadsheet…"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(import_action.trigger)
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.demo_button.clicked.connect(demo_action.trigger)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(420)
        self.progress.setTextVisible(True)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()  # a wrapped label keeps its height only when the layout sizes it
        centred.addStretch(1)
        centred.addWidget(text, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_progress(self, done: int, total: int) -> None:
        self.import_button.setEnabled(False)
        self.demo_button.setEnabled(False)
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def reset(self) -> None:
        self.import_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.progress.hide()
