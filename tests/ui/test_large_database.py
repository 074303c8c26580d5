"""A 100,000-candidate database opens with the first page shown, without reading every row."""

import pytest

from tests.ui.helpers import make_context
from ui.candidates.model import ID_PREFIX, PAGE_SIZE
from ui.main_window import MainWindow


@pytest.mark.slow
def test_hundred_thousand_candidates_open_with_only_the_visible_pages_read(qtbot, services, store):
    total = 100_000
    rows = [{"first_name": f"N{i:06d}", "last_name": f"S{i % 997:04d}", "city": "Madrid"} for i in range(total)]
    services.candidates.bulk_insert(rows)
    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    model = window.candidates.model
    qtbot.waitUntil(lambda: model.rows_fetched > 0)
    assert model.rowCount() == total
    assert model.rows_fetched <= 2 * PAGE_SIZE  # what is on screen, not 100,000 rows
    assert model.ids_read <= ID_PREFIX  # only the top of the sorted id list
    assert model.index(0, 0).data() == "N000000 S0000"
    window.candidates.table.scrollToBottom()
    qtbot.wait(50)
    assert model.index(total - 1, 0).data() == "N099699 S0996"
    assert model.rows_fetched <= 4 * PAGE_SIZE
