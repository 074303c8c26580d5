"""A recruiter types in the search box, sees ranked matches with the words marked, opens one, saves the search."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from tests.ui.helpers import make_context
from ui.candidates.columns import INDEX
from ui.candidates.model import ID_ROLE
from ui.main_window import MainWindow


def _window(qtbot, store):
    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # keyboard focus needs the active window
    return window


def _people(services):
    services.candidates.create({"first_name": "José", "last_name": "Núñez", "city": "Madrid",
                                "current_title": "Python Developer"}, ["Python", "Django"])
    services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "city": "Sevilla",
                                "current_title": "Java Developer"}, ["Java"])
    services.candidates.create({"first_name": "Luis", "last_name": "Gil", "city": "Madrid",
                                "current_title": "Go Developer"}, ["Go"])


def test_typing_filters_instantly_and_marks_the_words(qtbot, store, services):
    _people(services)
    window = _window(qtbot, store)
    page = window.candidates
    assert page.model.rowCount() == 3
    window.action("find").trigger()  # Ctrl+F (offscreen windows never become active, so no real focus)
    qtbot.keyClicks(page.search, "nunez")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, INDEX["name"]).data() == "José Núñez"
    assert "Núñez" in page.detail.browser.toPlainText()  # the match is selected and shown
    assert page.model.terms and "1 match" in page.count_label.text()
    page.table.grab()  # paints the highlighted cell through the delegate
    page.search.clear()
    qtbot.keyClicks(page.search, "madrid")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter moves into the results
    assert page.current_id() in {page.model.index(row, 0).data(ID_ROLE) for row in range(2)}
    assert page.detail.candidate_id == page.current_id()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_hostile_input_never_breaks_the_list(qtbot, store, services):
    _people(services)
    window = _window(qtbot, store)
    page = window.candidates
    for text in ('c++', 'python AND', '"unbalanced', "O'Brien", "-", "salary<=abc"):
        page.apply_search(text)
        assert page.model.rowCount() >= 0


def test_a_search_saved_as_a_smart_list_comes_back_from_the_navigation(qtbot, store, services, monkeypatch):
    _people(services)
    window = _window(qtbot, store)
    page = window.candidates
    page.apply_search("city:madrid")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Madrid devs", True))
    window.action("save_search").trigger()
    item = window.navigation.topLevelItem(0).child(0)
    assert item.text(0) == "Madrid devs"
    page.apply_search("")
    assert page.model.rowCount() == 3
    window.navigation.setCurrentItem(item)
    assert page.search.text() == "city:madrid" and page.model.rowCount() == 2
