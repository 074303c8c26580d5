"""Composition root: the application object, its translations, and the start-up (ui/startup.py)
that opens the store and the main window; then the event loop."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm import __version__
from ui.i18n import chosen_language, install_translations
from ui.resources import read_text
from ui.settings import ui_settings

if TYPE_CHECKING:
    from crm.services import Services


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Recruiter CRM")
    app.setOrganizationName("RecruiterCRM")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(read_text("styles", "app.qss"))
    return app


def open_services(db: str | None) -> Services | None:
    """Open the database, or explain in plain words why it cannot be opened."""
    from crm.persistence.integrity import DatabaseDamaged
    from crm.persistence.migrate import DatabaseTooNew, MigrationFailed
    from crm.persistence.store import open_store
    from crm.services import Services

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
    from ui.startup import Startup

    startup = Startup(app, db, settings)
    startup.failed.connect(lambda: app.exit(2))
    if not startup.begin():
        startup.close()
        return 2
    try:
        return app.exec()
    finally:
        startup.close()
