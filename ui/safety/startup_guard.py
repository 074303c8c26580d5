"""What the app checks before it opens the main window, explained in plain words.

Order: network-drive warning; the one-writer lock (a second instance is refused); damage
(quick_check: the damaged file is kept aside and the newest good backup offered, never a silent
new empty database); a database from a newer app version is refused; then the daily start-up
backup. The guard holds the lock until `release()`; a lock the start-up already took (to show its
preview) is handed in and kept.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm.config import resolve_db_url
from crm.persistence.backup import BackupFailed
from crm.persistence.integrity import DatabaseDamaged, sqlite_path
from crm.persistence.migrate import DatabaseTooNew, MigrationFailed
from crm.persistence.store import Store, open_store
from crm.safety import damage
from crm.safety.backups import BackupManager
from crm.safety.lock import DatabaseInUse, DatabaseLock
from crm.safety.network import network_warning
from crm.safety.restore import RestoreFailed
from crm.services import Services


class DamagedDatabaseDialog(QDialog):
    """Explains the damage and offers the newest good backup (or, explicitly, an empty database)."""

    RESTORE, EMPTY = 10, 11

    def __init__(self, found: damage.Damage, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self.tr(
            "The database file cannot be used: it is damaged or is not a CRM database (%1).\n\n"
            "It will be kept as it is, renamed with \".corrupt\" and the date, so nothing is lost.")
            .replace("%1", found.reason))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox()
        if found.newest_backup is not None:
            when = found.newest_backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            counts = found.newest_backup.counts or {}
            self.offer = QLabel(self.tr("The newest good backup is from %1 (%2 candidates, %3 roles, %4 clients).")
                                .replace("%1", when).replace("%2", str(counts.get("candidate", "?")))
                                .replace("%3", str(counts.get("role", "?")))
                                .replace("%4", str(counts.get("company", "?"))))
            self.restore_button = QPushButton(self.tr("Restore this backup"))
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        else:
            self.offer = QLabel(self.tr("No backup of this database was found."))
            self.restore_button = None
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        self.empty_button = QPushButton(self.tr("Keep it aside and start an empty database"))
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.clicked.connect(lambda: self.done(self.EMPTY))
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)


class StartupGuard(QObject):
    def __init__(self, db: str | None = None, parent: QObject | None = None, lock: DatabaseLock | None = None):
        super().__init__(parent)
        self._db = db
        self.lock: DatabaseLock | None = lock
        self.store: Store | None = None
        self.startup_backup_error: str | None = None
        self._checked = False  # quick_check already passed in this start-up

    def open(self) -> Services | None:
        """Run every check; return the services, or None after explaining why the app must stop."""
        url = resolve_db_url(self._db)
        path = sqlite_path(url)
        if path is not None:
            reason = network_warning(path)
            if reason:
                self._tell(QMessageBox.Icon.Warning, self.tr("The database is on a network drive"), self.tr(
                    "The database %1 is in a %2. The database can be damaged when it is written over a "
                    "network or by a sync program. Move it to a folder on this computer when you can.")
                    .replace("%1", str(path)).replace("%2", self._place(reason)))
            try:
                if self.lock is None:
                    self.lock = DatabaseLock(path)
                    self.lock.acquire()
            except DatabaseInUse as exc:
                self.lock = None
                self._tell(QMessageBox.Icon.Critical, self.tr("The database is in use"), self.tr(
                    "The CRM is already open on this database (%1, pid %2). Use that window, or close it "
                    "first.").replace("%1", exc.host).replace("%2", str(exc.pid)))
                return None
            except OSError as exc:  # a read-only folder or disk: no lock file beside the database
                self.lock = None
                self._tell(QMessageBox.Icon.Critical, self.tr("The database cannot be written"), self.tr(
                    "The CRM cannot write in the folder of the database %1 (%2). Move the database to a folder "
                    "you can write to, or ask for write permission on this one.")
                    .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
                return None
            found = damage.diagnose(path)
            self._checked = found is None
            if found is not None and not self._handle_damage(found):
                self.release()
                return None
        services = self._open_store()
        if services is None:
            self.release()
            return None
        if path is not None:
            try:
                BackupManager(services.store).maybe_backup("startup")
            except (BackupFailed, OSError) as exc:
                self.startup_backup_error = str(exc)  # shown by the caller in the status bar
        return services

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _handle_damage(self, found: damage.Damage) -> bool:
        dialog = DamagedDatabaseDialog(found)
        choice = dialog.exec()
        try:
            if choice == DamagedDatabaseDialog.RESTORE and found.newest_backup is not None:
                damage.recover(found, found.newest_backup)
                return True
            if choice == DamagedDatabaseDialog.EMPTY:
                damage.keep_aside(found.path)
                return True
        except (RestoreFailed, BackupFailed, DatabaseDamaged, OSError) as exc:
            self._tell(QMessageBox.Icon.Critical, self.tr("The backup could not be restored"), str(exc))
        return False

    def _open_store(self) -> Services | None:
        try:
            self.store = open_store(self._db, checked=self._checked)
            return Services.for_store(self.store)
        except DatabaseTooNew as exc:
            self._tell(QMessageBox.Icon.Critical, self.tr("The database is from a newer version"), self.tr(
                "This database was created by a newer version of the CRM. Update the app to open it; "
                "nothing was changed.") + "\n\n" + str(exc))
        except MigrationFailed as exc:
            self._tell(QMessageBox.Icon.Critical, self.tr("The database could not be updated"), str(exc))
        except DatabaseDamaged as exc:
            self._tell(QMessageBox.Icon.Critical, self.tr("The database cannot be opened"), str(exc))
        return None

    def _place(self, reason: str) -> str:
        if reason == "synced folder":
            return self.tr("synced folder (OneDrive, Dropbox...)")
        if reason == "network share":
            return self.tr("network share")
        return self.tr("network drive") + reason.removeprefix("network drive")

    @staticmethod
    def _tell(icon: QMessageBox.Icon, title: str, detail: str) -> None:
        box = QMessageBox(icon, title, title)
        box.setInformativeText(detail)
        box.exec()
