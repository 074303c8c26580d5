"""The composed app: every feature page is reachable, and the shell's commands follow the page in front."""

from crm.services.demo import load_demo
from tests.ui.helpers import make_context
from ui.main_window import MainWindow
from ui.wiring import FeatureWiring


def _open(qtbot, store):
    load_demo(store, 60)
    context = make_context(store)
    window = MainWindow(context)
    wiring = FeatureWiring(window, context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, wiring


def test_every_feature_page_is_in_the_navigation(qtbot, store):
    window, wiring = _open(qtbot, store)
    assert not any(slot.built for slot in wiring.slots.values())  # start-up pays for candidates only
    for key, page_class in (("roles", "RolesPage"), ("clients", "ClientsPage"), ("pipeline", "PipelinePage"),
                            ("retention", "RetentionPage")):
        window.show_page(key)
        assert window.pages.currentWidget() is wiring.slots[key]
        assert wiring.slots[key].built and type(wiring.slots[key].page()).__name__ == page_class
    window.action("go_candidates").trigger()
    window.action("go_roles").trigger()
    assert window.pages.currentWidget() is wiring.slots["roles"]


def test_new_open_archive_follow_the_page_in_front(qtbot, store):
    window, wiring = _open(qtbot, store)
    assert window.action("new_candidate").text().replace("&", "") == "New candidate…"
    window.show_page("roles")
    assert window.action("new_candidate").text().replace("&", "") == "New role…"
    assert window.action("export_shortlist").isEnabled()
    window.show_page("clients")
    assert window.action("new_candidate").text().replace("&", "") == "New client…"
    assert not window.action("export_shortlist").isEnabled()


def test_board_opens_for_the_selected_role_and_people_link_across_pages(qtbot, store, services):
    window, wiring = _open(qtbot, store)
    role = next(r for r in services.roles.list_all() if services.pipeline.applications_for_role(r.id))
    window.show_page("roles")
    assert wiring.roles.select_role(role.id)
    window.action("open_board").trigger()
    assert window.pages.currentWidget() is wiring.slots["pipeline"]
    assert wiring.pipeline.stack.currentWidget() is wiring.pipeline.board
    candidate_id = services.pipeline.applications_for_role(role.id)[0].candidate_id
    wiring.roles.candidate_activated.emit(candidate_id)
    assert window.pages.currentWidget() is window.candidates
    assert window.candidates.current_id() == candidate_id
    assert wiring.person.candidate_id == candidate_id
    assert wiring.person.erase_action.isEnabled()


def test_import_and_export_and_data_commands_are_in_the_menus(qtbot, store):
    window, _ = _open(qtbot, store)
    menus = window.actions_registry.menus
    assert {a.objectName() for a in menus["export"].actions()} == {
        "export_shortlist", "export_client", "export_candidates"}
    assert {"backups", "restore", "audit_log", "go_retention"} <= {a.objectName() for a in menus["data"].actions()}
    assert window.action("export_candidates").shortcut().toString() == "Ctrl+Shift+E"
    assert window.action("add_to_pipeline").shortcut().toString() == "Ctrl+Shift+P"


def test_roles_columns_are_remembered_between_runs(qtbot, store):
    window, wiring = _open(qtbot, store)
    window.show_page("roles")
    header = wiring.roles.table.horizontalHeader()
    header.resizeSection(2, 333)
    window.close()
    context = make_context(store)
    again = MainWindow(context, settings=window.settings)
    wiring_again = FeatureWiring(again, context)
    qtbot.addWidget(again)
    again.show_page("roles")
    assert wiring_again.roles.table.horizontalHeader().sectionSize(2) == 333


def test_import_and_export_commands_open_their_dialogs(qtbot, store):
    from PySide6.QtWidgets import QApplication

    from ui.import_export.export_dialog import ExportDialog
    from ui.import_export.import_dialog import ImportDialog

    window, wiring = _open(qtbot, store)
    window.action("import_candidates").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    window.candidates.apply_search("python")
    window.action("export_candidates").trigger()
    exports = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()]
    assert len(exports) == 1
    exports[0].reject()
    window.show_page("roles")
    role_id = _first_role_id(store)
    wiring.roles.select_role(role_id)
    assert wiring.roles.selected_role_id() == role_id
    window.action("export_shortlist").trigger()
    exports = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog) and w.isVisible()]
    assert len(exports) == 1
    exports[0].reject()


def test_the_import_history_is_in_the_file_menu_after_import(qtbot, store):
    from PySide6.QtWidgets import QApplication

    from ui.import_export.import_history import ImportHistoryDialog

    window, _wiring = _open(qtbot, store)
    names = [a.objectName() for a in window.actions_registry.menus["file"].actions()]
    assert names.index("import_history") == names.index("import_candidates") + 1
    window.action("import_history").trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportHistoryDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def _first_role_id(store):
    from crm.services import Services

    return Services.for_store(store).roles.list_all()[0].id
