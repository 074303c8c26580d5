"""The shared table model of small lists (roles, clients, backups, retention, audit, import history)."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ui.kit.value_table import Column, ValueTableModel


@dataclass(frozen=True)
class Due:
    id: int
    name: str
    retention_end: date | None


ROWS = [Due(1, "Bea", date(2026, 5, 1)), Due(2, "ana", None), Due(3, "Carlos", date(2025, 1, 1))]


def model_over(qtmodeltester=None):
    model = ValueTableModel()
    model.set_columns([Column("Name", lambda r: r.name),
                       Column("Retention end", lambda r: str(r.retention_end or "-"), lambda r: r.retention_end)])
    model.set_rows(ROWS)
    if qtmodeltester is not None:
        qtmodeltester.check(model)
    return model


def test_a_view_sorts_the_rows_by_a_columns_key_with_empty_keys_last(qtbot, qtmodeltester):
    model = model_over(qtmodeltester)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in model.rows()] == ["Carlos", "Bea", "ana"]
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r.name for r in model.rows()] == ["Bea", "Carlos", "ana"]  # nothing to sort by: still last
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in model.rows()] == ["ana", "Bea", "Carlos"]  # text, case aside
    assert model.index(0, 0).data() == "ana" and model.value_at(2).id == 3
