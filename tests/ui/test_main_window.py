"""The shell: navigation, actions with shortcuts, empty state, demo data, state kept between runs."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import add_people, make_context
from ui.main_window import MainWindow
from ui.settings import ui_settings


def _open(qtbot, store):
    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_action_is_declared_once_with_the_expected_shortcuts(qtbot, store):
    window = _open(qtbot, store)
    expected = {"find": "Ctrl+F", "new_candidate": "Ctrl+N", "open_candidate": "Return",
                "archive_candidate": "Del", "undo": "Ctrl+Z", "redo": "Ctrl+Shift+Z"}
    for action_id, keys in expected.items():
        assert window.action(action_id).shortcut() == QKeySequence(keys), action_id
    menu_texts = {a.objectName() for menu in window.actions_registry.menus.values() for a in menu.actions()}
    assert {"import_candidates", "new_candidate", "undo", "find"} <= menu_texts
    toolbar = {a.objectName() for a in window.toolbar.actions()}
    assert {"import_candidates", "new_candidate", "undo"} <= toolbar


def test_empty_database_welcomes_and_loads_demo_data_in_the_background(qtbot, store):
    window = _open(qtbot, store)
    page = window.candidates
    assert page.stack.currentWidget() is window.empty_state
    assert window.empty_state.import_button.isVisible() and window.empty_state.demo_button.isVisible()
    chosen = []
    window.import_requested.connect(chosen.append)
    window.actions_registry.set_handler("import_candidates", lambda: window.import_requested.emit("x.xlsx"))
    window.empty_state.import_button.click()
    assert chosen == ["x.xlsx"]
    window.empty_state.demo_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=60_000)
    window.context.tasks.wait_for_done()
    assert page.stack.currentWidget() is not window.empty_state
    assert "candidates" in window.statusBar().currentMessage()


def test_pages_plug_into_navigation_slots_by_key(qtbot, store):
    window = _open(qtbot, store)
    roles = QLabel("roles page")
    assert not window.action("go_roles").isEnabled()
    window.add_page("roles", "", roles)  # the slot keeps its own (translated) title
    window.add_page("reports", "Reports", QLabel("reports"))
    titles = [window.navigation.topLevelItem(i).text(0) for i in range(window.navigation.topLevelItemCount())
              if not window.navigation.topLevelItem(i).isHidden()]
    assert titles == ["Candidates", "Roles", "Reports"]  # clients and pipeline wait for their pages
    window.action("go_roles").trigger()
    assert window.pages.currentWidget() is roles
    window.action("find").trigger()  # Ctrl+F brings the candidates page back with the search focused
    assert window.pages.currentWidget() is window.candidates


def test_smart_lists_appear_under_candidates(qtbot, store, services):
    from crm.services.saved_searches import SavedSearchService

    add_people(services, 3)
    window = _open(qtbot, store)
    SavedSearchService(store).save("Madrid people", "madrid")
    from ui.context import ChangeSet

    window.context.events.emit_change(ChangeSet.of("saved_search"))
    candidates = window.navigation.topLevelItem(0)
    assert [candidates.child(i).text(0) for i in range(candidates.childCount())] == ["Madrid people"]


def test_window_and_column_state_are_remembered(qtbot, store, services):
    add_people(services, 3)
    window = _open(qtbot, store)
    window.resize(700, 520)  # the offscreen screen is 800x600
    header = window.candidates.table.horizontalHeader()
    header.setSectionHidden(3, True)  # the user hid "City"
    header.resizeSection(0, 260)
    size = window.size()
    window.close()
    assert ui_settings().value("main/geometry") is not None
    again = _open(qtbot, store)
    again_header = again.candidates.table.horizontalHeader()
    assert again_header.isSectionHidden(3)
    assert again_header.sectionSize(0) == 260
    assert again.size() == size and size.height() == 520


def test_status_bar_names_the_database(qtbot, store):
    window = _open(qtbot, store)
    assert str(store.path) in window.findChild(QLabel, "databaseLabel").text()


def test_columns_are_picked_from_the_header_menu(qtbot, store, services):
    from ui.candidates.columns import INDEX

    add_people(services, 2)
    window = _open(qtbot, store)
    header = window.candidates.table.horizontalHeader()
    assert header.isSectionHidden(INDEX["email"])
    menu = window.candidates.column_menu()  # what a right click on the header pops up
    by_text = {action.text(): action for action in menu.actions()}
    by_text["Email"].trigger()
    by_text["City"].trigger()
    assert not header.isSectionHidden(INDEX["email"]) and header.isSectionHidden(INDEX["city"])
    assert not by_text["Name"].isEnabled()  # the name column always stays
    menu.close()


def test_smart_lists_can_be_renamed_and_deleted(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from crm.services.saved_searches import SavedSearchService

    saved = SavedSearchService(store).save("Java", "java")
    window = _open(qtbot, store)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Java seniors", True))
    window._rename_smart_list(saved.id, "Java")
    candidates = window.navigation.topLevelItem(0)
    assert candidates.child(0).text(0) == "Java seniors"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window._delete_smart_list(saved.id, "Java seniors")
    assert candidates.childCount() == 0 and SavedSearchService(store).list() == []
