"""The tables show names in the order a Spanish recruiter expects: "Álvarez" among the A's, not after
"Zapata" (accents and case ignored, ñ after n): the candidate table, from the service and from the start-up
preview, and the small sortable lists (clients, roles)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm.persistence.peek import open_peek
from crm.services.candidate_list import CandidateListService
from ui.candidates.columns import INDEX
from ui.candidates.model import CandidateTableModel
from ui.kit.list_table import sortable_list_table
from ui.kit.value_table import SORT_ROLE, Column, ValueTableModel

PEOPLE = [("Ana", "Zapata"), ("Luis", "Álvarez"), ("eva", "alonso"), ("Marta", "Ávila"), ("Pedro", "Núñez"),
          ("Sara", "Nuño"), ("Óscar", "Vázquez Álvarez"), ("Iker", "Nunez"), ("Rosa", "Úbeda"), ("Juan", "Íñiguez")]
EXPECTED = ["eva alonso", "Luis Álvarez", "Marta Ávila", "Juan Íñiguez", "Iker Nunez", "Pedro Núñez", "Sara Nuño",
            "Rosa Úbeda", "Óscar Vázquez Álvarez", "Ana Zapata"]


def shown(model: CandidateTableModel) -> list[str]:
    return [model.index(row, INDEX["name"]).data() for row in range(model.rowCount())]


def test_the_table_sorts_names_with_accented_capitals_among_their_letter(qtmodeltester, services, store, db_path):
    services.candidates.bulk_insert([{"first_name": first, "last_name": last} for first, last in PEOPLE])
    model = CandidateTableModel(CandidateListService(store))
    model.load()
    assert shown(model) == EXPECTED
    model.sort(INDEX["city"])
    model.sort(INDEX["name"], Qt.SortOrder.DescendingOrder)
    assert shown(model) == EXPECTED[::-1]
    qtmodeltester.check(model)
    # The read-only preview the window shows while the app starts lists them the same way.
    peek = open_peek(db_path)
    assert peek is not None
    try:
        preview = CandidateTableModel(peek)
        preview.load()
        assert shown(preview) == EXPECTED
    finally:
        peek.close()


def test_a_small_sortable_list_sorts_client_names_the_same_way(qtbot, qtmodeltester):
    model = ValueTableModel()
    model.set_columns([Column("Client", lambda name: name)])
    model.set_rows(["Zeta Gaming", "Ámbito Digital", "acme", "Banco Ñandú", "Banco Norte"])
    qtmodeltester.check(model)
    parent = QWidget()
    qtbot.addWidget(parent)
    proxy, table = sortable_list_table(model, SORT_ROLE, Qt.SortOrder.AscendingOrder, parent)
    qtbot.addWidget(table)
    shown = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    assert shown == ["acme", "Ámbito Digital", "Banco Norte", "Banco Ñandú", "Zeta Gaming"]
