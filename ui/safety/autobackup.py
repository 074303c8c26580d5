"""Every 30 minutes of use, a backup if something changed (the core decides; this only keeps time).

The timer runs only while the app is active, so "30 minutes of use" is not 30 minutes of a laptop
asleep. Paused after a restore until the user confirms the restored data.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from crm.safety.backups import PERIODIC_INTERVAL, BackupManager
from ui.context import AppContext


class AutoBackup(QObject):
    backup_taken = Signal(object)  # BackupInfo
    backup_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None,
                 interval_ms: int = int(PERIODIC_INTERVAL.total_seconds() * 1000)):
        super().__init__(parent)
        self._context = context
        self._manager = BackupManager(context.services.store)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_application_state_changed)
        self.timer.start()

    @property
    def paused(self) -> bool:
        return self._manager.paused

    def pause(self) -> None:
        self._manager.paused = True

    def resume(self) -> None:
        self._manager.paused = False

    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def _on_timer_timeout(self) -> None:
        self.run_now()

    def run_now(self) -> None:
        manager = self._manager
        self._context.tasks.start(lambda progress, token: manager.maybe_backup("periodic"),
                                  on_success=self._on_task_succeeded, on_failure=self._on_task_failed,
                                  parent=self)

    def _on_task_succeeded(self, info) -> None:
        if info is not None:
            self.backup_taken.emit(info)

    def _on_task_failed(self, message: str, _details: str) -> None:
        self.backup_failed.emit(message)
