"""Composition root: builds the store, the services and the main window, and runs the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm import __version__
from crm.persistence.integrity import DatabaseDamaged
from crm.persistence.migrate import DatabaseTooNew, MigrationFailed
from crm.persistence.store import open_store
from crm.services import Services
from ui.context import AppContext
from ui.i18n import chosen_language, install_translations
from ui.resources import read_text
from ui.settings import ui_settings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Recruiter CRM")
    app.setOrganizationName("RecruiterCRM")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(read_text("styles", "app.qss"))
    return app


def open_services(db: str | None) -> Services | None:
    """Open the database, or explain in plain words why it cannot be opened."""
    try:
        return Services.for_store(open_store(db))
    except DatabaseDamaged as exc:
        _explain(QCoreApplication.translate("app", "The database cannot be opened"), str(exc))
    except DatabaseTooNew as exc:
        _explain(QCoreApplication.translate("app", "The database is from a newer version"), str(exc))
    except MigrationFailed as exc:
        _explain(QCoreApplication.translate("app", "The database could not be updated"), str(exc))
    return None


def _explain(title: str, detail: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, title)
    box.setInformativeText(detail)
    box.exec()


def main(db: str | None = None) -> int:
    app = create_application()
    settings = ui_settings()
    translators = install_translations(app, chosen_language(settings))  # noqa: F841 (kept alive)
    from ui.safety.startup_guard import StartupGuard

    # Damage, a newer schema, a second instance and network drives are handled before any window.
    guard = StartupGuard(db)
    services = guard.open()
    if services is None:
        return 2
    from ui.main_window import MainWindow  # after the translators, so every text comes out translated
    from ui.safety.autobackup import AutoBackup
    from ui.wiring import FeatureWiring

    context = AppContext.create(services, app)
    window = MainWindow(context, settings=settings)
    autobackup = AutoBackup(context, app)
    wiring = FeatureWiring(window, context, autobackup)  # noqa: F841 (lives with the window)
    if guard.startup_backup_error:
        window.statusBar().showMessage(
            QCoreApplication.translate("app", "The start-up backup failed: %1").replace("%1", guard.startup_backup_error))
    window.show()
    try:
        return app.exec()
    finally:
        context.tasks.wait_for_done()
        services.store.close()
        guard.release()
