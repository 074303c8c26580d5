"""A recruiter adds, edits, archives and deletes candidates, and takes each step back with undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.files import write_docx
from tests.ui.helpers import make_context, when_modal
from ui.candidates.editor import CandidateDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type(qtbot, dialog, key, text):
    editor = dialog.findChild(object, key)
    editor.clear()
    qtbot.keyClicks(editor, text)


def test_adding_shows_each_problem_next_to_its_field_then_saves(qtbot, window):
    dialog = CandidateDialog(window.context, None, window)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, "first_name", "Lucia")  # QTest aborts on non-ASCII key clicks
    _type(qtbot, dialog, "email", "lucia@@example")
    _type(qtbot, dialog, "expected_salary", "lots")
    dialog.accept()
    assert "not a valid email" in dialog.error_text("email")
    assert "whole number" in dialog.error_text("expected_salary")
    assert dialog.error_text("first_name") == ""
    assert window.context.services.candidates.count() == 0
    _type(qtbot, dialog, "email", "lucia@example.com")
    _type(qtbot, dialog, "expected_salary", "55k")
    _type(qtbot, dialog, "skills", "Python 6, Django 3")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = window.context.services.candidates.get(dialog.saved.id)
    assert saved.expected_salary == 55000 and [s.name for s in saved.skills] == ["Python", "Django"]
    assert window.candidates.model.rowCount() == 1  # the list heard about the change
    window.context.undo_stack.undo()
    assert window.context.services.candidates.count() == 0
    window.context.undo_stack.redo()
    assert window.context.services.candidates.get(saved.id).email == "lucia@example.com"


def test_edit_then_undo_restores_the_previous_values(qtbot, window):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "city": "Madrid"}, ["Java"])
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    dialog = CandidateDialog(window.context, services.candidates.get(person.id), window)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, "city", "Valencia")
    _type(qtbot, dialog, "skills", "Java 5, Kotlin")
    dialog.accept()
    assert services.candidates.get(person.id).city == "Valencia"
    assert "Valencia" in window.candidates.detail.browser.toPlainText()
    window.action("undo").trigger()
    restored = services.candidates.get(person.id)
    assert restored.city == "Madrid" and [s.name for s in restored.skills] == ["Java"]
    window.action("redo").trigger()
    assert services.candidates.get(person.id).city == "Valencia"


def test_a_change_made_elsewhere_is_refused_with_reload(qtbot, window, monkeypatch):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    dialog = CandidateDialog(window.context, person, window)
    qtbot.addWidget(dialog)
    services.candidates.update(person.id, person.version, {"city": "Sevilla"})  # someone else saves first
    _type(qtbot, dialog, "city", "Valencia")
    seen = []

    def click_reload(box):
        seen.append(box.text())
        box.buttons()[0].click()  # "Reload" is the first button

    monkeypatch.setattr(QMessageBox, "exec", click_reload)
    dialog.accept()
    assert seen and "changed since you opened it" in seen[0]
    assert services.candidates.get(person.id).city == "Sevilla"  # nothing merged silently
    assert dialog.findChild(object, "city").text() == "Sevilla"  # reloaded


def test_a_save_while_the_database_is_busy_is_refused_in_words(qtbot, window, monkeypatch, store, db_path):
    """Another program (an import, a colleague) holding the database: the save failed with an internal error
    and the window lost the edit; it says so now, and the dialog stays open with the change typed."""
    import sqlite3

    import crm.persistence.engine as engine_module

    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    dialog = CandidateDialog(window.context, person, window)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, "city", "Valencia")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    store.engine.dispose()  # (new connections take the short wait)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.accept()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert warnings == [("Not saved", "The database is busy: an import, or a colleague, is changing this candidate. "
                                      "Your changes were not saved; try again in a moment.")]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.findChild(object, "city").text() == "Valencia"
    assert services.candidates.get(person.id).city == "Madrid"


def test_archive_asks_first_and_undo_brings_them_back(qtbot, window, monkeypatch):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz"})
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    window.candidates.table.setFocus()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(window.candidates.table, Qt.Key.Key_Delete)
    assert services.candidates.get(person.id).status == "active"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.candidates.table, Qt.Key.Key_Delete)
    assert services.candidates.get(person.id).status == "archived"
    assert window.candidates.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.candidates.get(person.id).status == "active"
    assert window.candidates.model.rowCount() == 1


def test_delete_confirms_and_undo_restores_the_profile_with_its_id(qtbot, window, monkeypatch):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "email": "ana@example.com"}, [("Go", 3)])
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.action("delete_candidate").trigger()
    assert services.candidates.count() == 0
    window.action("undo").trigger()
    back = services.candidates.get(person.id)
    assert back.email == "ana@example.com" and back.skills[0].name == "Go"


def test_attached_cv_shows_in_the_detail_pane(qtbot, window, tmp_path):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana"})
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    window.candidates.attach_cv(str(write_docx(tmp_path / "ana-cv.docx", ["Rust and WebAssembly"])))
    assert "ana-cv.docx" in window.candidates.detail.browser.toPlainText()


def test_undo_is_refused_when_someone_else_changed_the_record(qtbot, window, monkeypatch):
    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    dialog = CandidateDialog(window.context, person, window)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog, "city", "Valencia")
    dialog.accept()
    current = services.candidates.get(person.id)
    services.candidates.update(person.id, current.version, {"city": "Bilbao"})  # another change meanwhile
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window.action("undo").trigger()
    assert services.candidates.get(person.id).city == "Bilbao"  # nothing overwritten
    assert warnings and "changed by someone else" in warnings[0]


def test_opening_an_attachment_hands_the_stored_file_to_the_system_viewer(qtbot, window, tmp_path):
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Viewer(QObject):
        def __init__(self):
            super().__init__()
            self.opened = []

        @Slot(QUrl)
        def show(self, url):
            self.opened.append(url.toLocalFile())

    services = window.context.services
    person = services.candidates.create({"first_name": "Ana"})
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    window.candidates.attach_cv(str(write_docx(tmp_path / "ana.docx", ["Scala"])))
    attachment = window.candidates.detail.detail.attachments[0]
    viewer = Viewer()
    QDesktopServices.setUrlHandler("file", viewer, "show")
    try:  # what a click on the file name in the detail pane does
        window.candidates.detail._on_browser_anchor_clicked(QUrl(f"attachment:{attachment.id}"))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(viewer.opened) == 1 and viewer.opened[0].endswith(attachment.content_hash)


def test_enter_opens_the_selected_candidate_and_the_edit_can_be_undone(qtbot, window):

    services = window.context.services
    person = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    seen = []

    def edit_in_dialog(dialog):
        seen.append(dialog.windowTitle())
        dialog.findChild(object, "city").setText("Zaragoza")
        dialog.accept()

    when_modal(edit_in_dialog, kind=CandidateDialog)
    qtbot.keyClick(window.candidates.table, Qt.Key.Key_Return)
    assert seen == ["Edit candidate"]
    assert services.candidates.get(person.id).city == "Zaragoza"
    window.action("undo").trigger()
    assert services.candidates.get(person.id).city == "Madrid"


def test_the_detail_pane_shows_the_notes_a_line_each(qtbot, window):
    """An import keeps each unmapped column as a line of the notes; the pane ran them into one paragraph."""
    services = window.context.services
    person = services.candidates.create({"first_name": "Pedro", "last_name": "Sánchez",
                                         "notes": "Work Phone: +34 933 111 222\nHome Phone: +34 600 111 222"}, [])
    window.candidates.reload()
    window.candidates.select_candidate(person.id)
    shown = window.candidates.detail.browser.toPlainText()
    assert "Work Phone: +34 933 111 222\nHome Phone: +34 600 111 222" in shown
