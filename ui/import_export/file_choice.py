"""Where the user picks a spreadsheet to import: the file chooser opens in the folder of the last import
(trackers live in one folder, imported again week after week), and a spreadsheet dropped on the window
is taken as chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, QStandardPaths
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from crm.importing.safety import SPREADSHEET_SUFFIXES, TEXT_SUFFIXES
from ui.settings import ui_settings

FOLDER_KEY = "import/folder"
SUFFIXES = (*SPREADSHEET_SUFFIXES, *TEXT_SUFFIXES)


def start_folder(settings: QSettings | None = None) -> str:
    """The folder of the last spreadsheet imported, while it exists; else the user's documents, if that folder
    exists (a missing one opened the chooser with "Documents" typed as the file's name); else their home."""
    folder = str((settings or ui_settings()).value(FOLDER_KEY, "") or "")
    if folder and Path(folder).is_dir():
        return folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


def remember_folder(path: str | Path, settings: QSettings | None = None) -> None:
    settings = settings or ui_settings()
    settings.setValue(FOLDER_KEY, str(Path(path).parent))
    settings.sync()


def choose_spreadsheet(parent: QWidget) -> str | None:
    """Ask for a spreadsheet to import, starting where the last one came from (the import dialog
    remembers the folder of each file it opens)."""
    translate = QCoreApplication.translate
    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("FileChoice", "Import a spreadsheet"), start_folder(),
        translate("FileChoice", "Spreadsheets (%1);;All files (*)").replace("%1", patterns))
    return path or None


def take_drop(event: QDropEvent, allowed: bool = True) -> str | None:
    """Accept a drag (entering or dropped) that carries a local spreadsheet, when `allowed`; refuse any
    other. Returns the spreadsheet's path."""
    path = dropped_spreadsheet(event.mimeData()) if allowed else None
    if path:
        event.acceptProposedAction()
    else:
        event.ignore()
    return path


def dropped_spreadsheet(mime: QMimeData | None) -> str | None:
    """The local spreadsheet a drag carries (the first, if several), or None: a drop of anything else is
    not accepted."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        path = url.toLocalFile()
        if path and Path(path).suffix.lower() in SUFFIXES and Path(path).is_file():
            return path
    return None
