from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from crm.services import Services
from ui.app import open_services
from ui.context import AppContext
from ui.main_window import MainWindow


def test_main_window_starts_on_a_new_database(qtbot, store):
    window = MainWindow(AppContext.create(Services.for_store(store)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle()
    assert str(store.path) in window.findChild(QLabel, "databaseLabel").text()


def test_damaged_database_is_explained_not_crashed(qtbot, tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 100)
    seen = []

    def close_dialog():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + " " + box.informativeText())
            box.accept()
        else:
            QTimer.singleShot(20, close_dialog)

    QTimer.singleShot(20, close_dialog)
    assert open_services(str(path)) is None
    assert seen and "not a database" in seen[0]
    assert path.read_bytes() == b"this is not a database at all" * 100
