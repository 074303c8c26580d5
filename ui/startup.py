"""The app's start-up, in two steps so the recruiter sees their candidates at once.

1. Preview (standard library + Qt only): when the database is a local SQLite file already at this
   app's schema, not on a network drive and not open in another instance, the window opens on
   the first page of candidates read from a read-only connection (crm.persistence.peek). Every
   command chosen in that moment waits.
2. Full start-up, right after that first paint: SQLAlchemy, the damage check, migrations, the
   start-up backup (StartupGuard), the services and every page. The list switches over to the
   services, the waiting commands run.

When a preview is not possible (first run, an older schema to migrate, another instance, a
network drive, a file that is not SQLite), step 2 runs first, with its dialogs, before any
window, as it always did. If step 2 refuses a previewed database (damage the user does not
repair, a newer schema), the window closes and the app ends with exit code 2.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from crm.config import resolve_db_url, sqlite_file
from ui.context import AppContext

# If the window does not paint (minimised, hidden by a restored geometry), step 2 starts anyway.
FULL_START_FALLBACK_MS = 1000


class Startup(QObject):
    first_paint = Signal()  # the window has painted for the first time
    ready = Signal()  # services open, every page wired, waiting commands run
    failed = Signal()  # step 2 refused the database after a preview; the window is closed

    def __init__(self, app: QApplication, db: str | None, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._db = db
        self._settings = settings
        self._lock = None
        self._preview = None
        self.guard = None
        self.context: AppContext | None = None
        self.window = None
        self._wiring = None
        self._autobackup = None
        self._painted = False
        self.previewed = False  # whether the window opened on the preview

    # ---- step 1 ----------------------------------------------------------------------------------
    def begin(self) -> bool:
        """Show the window: on the preview when possible, else after the full start-up. False when the
        app cannot start (the reason was already shown)."""
        self._preview = self._open_preview()
        if self._preview is None:
            if not self._open_services():
                return False
            self._show_window()
            self._finish_window()
            return True
        self.previewed = True
        self._show_window()
        self._app.installEventFilter(self)
        QTimer.singleShot(FULL_START_FALLBACK_MS, self._full_start)
        return True

    def _open_preview(self):
        path = sqlite_file(resolve_db_url(self._db))
        if path is None or not path.is_file():
            return None
        from crm.safety.lock import DatabaseInUse, DatabaseLock
        from crm.safety.network import network_warning

        if network_warning(path):
            return None  # the full start-up warns before any window
        lock = DatabaseLock(path)
        try:
            lock.acquire()
        except (DatabaseInUse, OSError):
            return None  # the full start-up explains who holds it
        from crm.persistence.peek import open_peek

        preview = open_peek(path)
        if preview is None:
            lock.release()
            return None
        self._lock = lock
        return preview

    def _show_window(self) -> None:
        from ui.main_window import MainWindow  # after the translators, so every text comes out translated

        self.context = self.context or AppContext.create(None, self._app)
        self.window = MainWindow(self.context, settings=self._settings, preview=self._preview)
        self.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first paint of any part of the window: step 2 starts once that whole paint is done.
        if (not self._painted and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            self._painted = True
            self._app.removeEventFilter(self)
            self.first_paint.emit()
            QTimer.singleShot(0, self._full_start)
        return False

    # ---- step 2 ----------------------------------------------------------------------------------
    def _full_start(self) -> None:
        if self._preview is None:
            return  # already done (the paint and the fallback both call this)
        self._app.removeEventFilter(self)
        self._preview.close()  # the guard may set a damaged file aside or restore a backup
        self._preview = None
        if not self._open_services():
            self._app.setQuitOnLastWindowClosed(False)  # so the exit code stays the failure's
            self.window.close()
            self.failed.emit()
            return
        self.window.services_ready()
        self._finish_window()

    def _open_services(self) -> bool:
        from ui.safety.startup_guard import StartupGuard

        # Damage, a newer schema, a second instance and network drives are explained here.
        self.guard = StartupGuard(self._db, lock=self._lock)
        self._lock = None
        services = self.guard.open()
        if services is None:
            return False
        if self.context is None:
            self.context = AppContext.create(services, self._app)
        else:
            self.context.services = services
        return True

    def _finish_window(self) -> None:
        from ui.safety.autobackup import AutoBackup
        from ui.wiring import FeatureWiring

        self._autobackup = AutoBackup(self.context, self._app)
        self._wiring = FeatureWiring(self.window, self.context, self._autobackup)
        if self.guard.startup_backup_error:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("app", "The start-up backup failed: %1")
                .replace("%1", self.guard.startup_backup_error))
        self.ready.emit()

    def close(self) -> None:
        """After the event loop: let background work end, close the store, give the lock back."""
        if self._preview is not None:
            self._preview.close()
        if self.context is not None:
            self.context.tasks.wait_for_done()
            if self.context.services is not None:
                self.context.services.store.close()
        if self.guard is not None:
            self.guard.release()
        if self._lock is not None:
            self._lock.release()
