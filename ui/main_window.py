"""The main window: a shell of pages behind a navigation list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm.services import Services
from ui.context import AppContext


class OverviewPage(QWidget):
    """What is in the database at a glance."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._counts = QLabel()
        layout.addWidget(self._title)
        layout.addWidget(self._counts)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        candidates = self._services.candidates.count()
        roles = len(self._services.roles.list_all())
        clients = len(self._services.companies.list_all())
        if candidates == 0:
            self._title.setText(self.tr("Welcome! Your database is empty."))
        else:
            self._title.setText(self.tr("Your recruiting desk"))
        self._counts.setText(
            self.tr("%1 candidates, %2 roles, %3 clients").replace("%1", f"{candidates:,}")
            .replace("%2", str(roles)).replace("%3", str(clients))
        )


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        services = context.services
        self.services = services
        self.setWindowTitle(self.tr("Recruiter CRM"))
        self.resize(1280, 800)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(200)
        self.pages = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.add_page(self.tr("Overview"), OverviewPage(services))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        location = services.store.path or services.store.url
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", str(location)))

    def add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)
