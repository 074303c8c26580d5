"""The suite's watchdog: a message box no test answers is closed and named, instead of hanging CI."""

from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import ModalWatchdog


def test_a_forgotten_message_box_is_closed_and_its_text_kept(qapp):
    watchdog = ModalWatchdog(seconds=0.3)
    answer = QMessageBox.critical(None, "Broken", "The database file is damaged")  # blocks until closed
    assert watchdog.stop() == ["Broken: The database file is damaged"]
    assert answer != QMessageBox.StandardButton.Ok  # closed by the watchdog, not answered


def test_an_answered_box_is_not_reported(qapp):
    from tests.ui.helpers import when_modal

    watchdog = ModalWatchdog(seconds=5)
    when_modal(lambda box: box.accept(), kind=QMessageBox)
    QMessageBox.information(None, "Done", "Imported 3 people")
    assert watchdog.stop() == []
