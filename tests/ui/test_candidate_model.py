from PySide6.QtCore import Qt

from crm.services.candidate_list import CandidateListService
from tests.ui.helpers import add_people
from ui.candidates.columns import INDEX
from ui.candidates.model import ID_ROLE, PAGE_SIZE, CandidateTableModel


def test_model_passes_the_qt_model_tester(qtmodeltester, services, store):
    add_people(services, 250)
    model = CandidateTableModel(CandidateListService(store))
    model.load()
    qtmodeltester.check(model)
    model.sort(INDEX["salary"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_rows_are_fetched_page_by_page_and_sorted_in_sql(services, store):
    ids = add_people(services, 3 * PAGE_SIZE)
    model = CandidateTableModel(CandidateListService(store))
    model.load()
    assert model.rowCount() == 3 * PAGE_SIZE and model.rows_fetched == 0
    assert model.index(0, INDEX["name"]).data() == f"Person{3 * PAGE_SIZE - 1:06d} Surname000001"
    assert model.rows_fetched == PAGE_SIZE
    model.sort(INDEX["salary"], Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(ID_ROLE) == ids[0]
    assert model.index(0, INDEX["salary"]).data() == "40k €"
    assert model.index(0, INDEX["skills"]).data() == "Python, SQL"


def test_search_restriction_keeps_rank_order(services, store):
    ids = add_people(services, 20)
    model = CandidateTableModel(CandidateListService(store))
    model.set_search([ids[5], ids[2]], ["person000005"])
    assert [model.index(r, 0).data(ID_ROLE) for r in range(2)] == [ids[5], ids[2]]
    assert model.terms == ("person000005",)
    model.set_search(None)
    assert model.rowCount() == 20 and model.terms == ()


def test_archived_candidates_are_hidden_until_asked_for(services, store):
    ids = add_people(services, 3)
    record = services.candidates.get(ids[0])
    services.candidates.archive(record.id, record.version)
    model = CandidateTableModel(CandidateListService(store))
    model.load()
    assert model.rowCount() == 2
    model.set_include_archived(True)
    assert model.rowCount() == 3


def test_only_the_top_ids_are_read_until_a_lower_row_is_needed(qtmodeltester, services, store, monkeypatch):
    import ui.candidates.model as model_module

    monkeypatch.setattr(model_module, "ID_PREFIX", 50)
    ids = add_people(services, 250)
    model = CandidateTableModel(CandidateListService(store))
    model.load()
    assert model.rowCount() == 250 and model.ids_read == 50
    assert model.index(249, 0).data(ID_ROLE) == ids[0]  # sorted by name: the last is the first inserted
    assert model.ids_read == 250
    model.sort(INDEX["salary"], Qt.SortOrder.DescendingOrder)
    assert model.ids_read == 50
    qtmodeltester.check(model)


def test_years_are_written_with_the_users_decimal_separator(qapp, services, store):
    """The Spanish app wrote "6.5" in the list and "6.5 años" in the profile (the import's preview said "6,5")."""
    from PySide6.QtCore import QLocale

    from ui.candidates.detail import CandidateDetailPane
    from ui.context import AppContext

    candidate = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "years_experience": 6.5},
                                           [("Python", 2.5), ("SQL", 4.0)])
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        model = CandidateTableModel(CandidateListService(store))
        model.load()
        assert model.index(0, INDEX["years"]).data() == "6,5"
        pane = CandidateDetailPane(AppContext.create(services))
        pane.show_candidate(candidate.id)
        text = pane.browser.toPlainText()
    finally:
        QLocale.setDefault(previous)
    assert "6,5" in text and "Python 2,5" in text and "SQL 4" in text and "6.5" not in text
