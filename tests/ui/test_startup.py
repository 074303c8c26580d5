from PySide6.QtWidgets import QLabel, QMessageBox

from crm.services import Services
from tests.ui.helpers import when_modal
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
    when_modal(lambda box: (seen.append(box.text() + " " + box.informativeText()), box.accept()), kind=QMessageBox)
    assert open_services(str(path)) is None
    assert seen and "not a database" in seen[0]
    assert path.read_bytes() == b"this is not a database at all" * 100
