"""Shared bits for the UI tests: a context over a test store, quick candidate fixtures, and one area's
Spanish translation compiled and installed, and a watchdog for modal dialogs no test answers."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crm.services import Services
from ui.context import AppContext


def make_context(store) -> AppContext:
    return AppContext.create(Services.for_store(store))


TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@contextmanager
def spanish_area(area: str, folder: Path) -> Iterator[None]:
    """resources/translations/{area}_es.ts compiled with lrelease into `folder` and installed meanwhile."""
    qm = folder / f"{area}_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(TRANSLATIONS / f"{area}_es.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def add_people(services, count: int) -> list[int]:
    rows = [{"first_name": f"Person{i:06d}", "last_name": f"Surname{count - i:06d}", "city": "Madrid",
             "current_title": "Backend Developer", "expected_salary": 40000 + i, "years_experience": 3.0}
            for i in range(count)]
    return services.candidates.bulk_insert(rows, [[("Python", 4), "SQL"]] * count)


def when_modal(action, seen: list | None = None, kind: type | None = None, attempts: int = 500) -> None:
    """Act on the next modal dialog (of `kind`, if given) as soon as it shows: the code under test blocks
    in exec() meanwhile. The dialog is appended to `seen` first; gives up after `attempts` polls."""

    def poll(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            if left:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        if seen is not None:
            seen.append(dialog)
        action(dialog)

    QTimer.singleShot(0, poll)


class ModalWatchdog:
    """Closes a modal dialog left open longer than `seconds` and remembers what it said. pytest-timeout's
    signal never reaches Python inside Qt's own loop (QMessageBox.exec), so without this a test that meets
    an unexpected box waits forever."""

    def __init__(self, seconds: float = 20.0) -> None:
        self.seconds = seconds
        self.forgotten: list[str] = []
        self._seen: tuple[QDialog, float] | None = None
        self._timer = QTimer()
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._watch)
        self._timer.start()

    def stop(self) -> list[str]:
        self._timer.stop()
        return self.forgotten

    def _watch(self) -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            self._seen = None
            return
        if self._seen is None or self._seen[0] is not modal:
            self._seen = (modal, time.monotonic())
        elif time.monotonic() - self._seen[1] > self.seconds:
            self.forgotten.append(_describe(modal))
            self._seen = None
            modal.reject()


def _describe(modal: QDialog) -> str:
    if isinstance(modal, QMessageBox):
        return f"{modal.windowTitle()}: {modal.text()} {modal.informativeText()}".strip()
    return f"{type(modal).__name__} {modal.windowTitle()!r}"


def open_import_dialog(qtbot, context, path):
    """The import window over a file, once its first rows are read."""
    from ui.import_export.import_dialog import ImportDialog

    dialog = ImportDialog(context, path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    return dialog
