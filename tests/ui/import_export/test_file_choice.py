"""Picking the spreadsheet: the chooser opens where the last import came from, and a spreadsheet dropped
on the main window or on the import dialog is taken as chosen."""

from __future__ import annotations

from pathlib import Path

from import_fixtures import messy_spanish_xlsx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from tests.ui.helpers import make_context
from ui.context import AppContext
from ui.import_export.file_choice import dropped_spreadsheet, start_folder
from ui.import_export.import_dialog import ImportDialog
from ui.main_window import MainWindow


def carrying(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_onto(widget, mime: QMimeData) -> tuple[bool, bool]:
    """(accepted on entering, accepted on dropping), as Qt delivers a drag from the file manager."""
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(drop)
    return enter.isAccepted(), drop.isAccepted()


def test_the_chooser_opens_in_the_folder_of_the_last_import(qtbot, services, tmp_path):
    assert start_folder() != str(tmp_path / "trackers")  # nothing imported yet: the documents folder
    (tmp_path / "trackers").mkdir()
    path = messy_spanish_xlsx(tmp_path / "trackers" / "q3.xlsx")
    dialog = ImportDialog(AppContext.create(services), path=path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert start_folder() == str(tmp_path / "trackers")
    dialog.context.tasks.wait_for_done()


def test_only_a_local_spreadsheet_is_taken_from_a_drag(tmp_path):
    sheet = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4")
    assert dropped_spreadsheet(carrying(tmp_path / "cv.pdf", sheet)) == str(sheet)
    assert dropped_spreadsheet(carrying(tmp_path / "cv.pdf")) is None
    assert dropped_spreadsheet(carrying(tmp_path / "gone.xlsx")) is None
    text = QMimeData()
    text.setText("Ana López")
    assert dropped_spreadsheet(text) is None


def test_a_spreadsheet_dropped_on_the_window_opens_the_import(qtbot, store, tmp_path):
    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    requested = []
    window.import_requested.connect(requested.append)
    sheet = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4")
    assert drag_onto(window, carrying(tmp_path / "cv.pdf")) == (False, False)
    assert drag_onto(window, carrying(sheet)) == (True, True)
    assert requested == [str(sheet)]


def test_a_spreadsheet_dropped_on_the_import_dialog_replaces_its_file(qtbot, services, tmp_path):
    dialog = ImportDialog(AppContext.create(services), path=None)
    qtbot.addWidget(dialog)
    sheet = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    assert drag_onto(dialog, carrying(sheet)) == (True, True)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert dialog.inspection.path == sheet and dialog.file_edit.text() == str(sheet)
    dialog.context.tasks.wait_for_done()


def test_without_a_documents_folder_the_chooser_opens_at_home(qapp, monkeypatch, tmp_path):
    """A missing ~/Documents opened the chooser with "Documents" typed as the file's name."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert start_folder() == str(home)
    (home / "Documents").mkdir()
    assert start_folder() == str(home / "Documents")
