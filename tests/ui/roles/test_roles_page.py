"""The roles page driven as a recruiter would: pick a role, add one, fix a mistake, edit, undo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from crm.domain import Stage
from crm.services.role_overview import OPEN_ROLE_STATUSES
from ui.context import ChangeSet
from ui.kit.value_table import ID_ROLE
from ui.roles.page import RolesPage


@pytest.fixture
def page(qtbot, demo_context):
    widget = RolesPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shown_ids(page):
    return [page.proxy.index(row, 0).data(ID_ROLE) for row in range(page.proxy.rowCount())]


def _cell(page, role_id, header):
    columns = [page.model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
               for c in range(page.model.columnCount())]
    row = page.model.row_of_id(role_id)
    return page.model.index(row, columns.index(header)).data()


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_page_lists_open_roles_with_counts_per_stage(page, demo_context):
    services = demo_context.services
    shown = _shown_ids(page)
    expected = [r.id for r in services.roles.list_all() if r.status in OPEN_ROLE_STATUSES]
    assert sorted(shown) == sorted(expected)
    busiest = max(services.role_overview.rows(), key=lambda r: r.total)
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    screening = services.pipeline.stage_by_name("Screening").id
    assert _cell(page, busiest.id, "Screening") == (str(busiest.count(screening)) if busiest.count(screening) else "·")
    assert _cell(page, busiest.id, "Total") == str(busiest.total)


def test_selecting_a_role_shows_requirements_and_candidates_with_their_stage(page, demo_context):
    services = demo_context.services
    row = max(services.role_overview.rows(), key=lambda r: r.total)
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    assert page.select_role(row.id)
    role = services.roles.get(row.id)
    assert page.detail.heading.text() == role.title
    assert page.detail.fields["required"].text() == ", ".join(s.name for s in role.required_skills)
    assert page.detail.candidates_model.rowCount() == row.total
    first = services.role_overview.candidates(row.id)[0]
    model = page.detail.candidates_model
    assert model.index(0, 0).data() == first.name
    assert model.index(0, 2).data().startswith(first.stage)


def test_filters_by_client_and_text(page, qtbot, demo_context):
    rows = demo_context.services.role_overview.rows()
    client = rows[0].company_id
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.client_filter.setCurrentIndex(page.client_filter.findData(client))
    assert sorted(_shown_ids(page)) == sorted(r.id for r in rows if r.company_id == client)
    page.client_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, rows[0].reference)
    qtbot.waitUntil(lambda: _shown_ids(page) == [rows[0].id])


def test_adding_a_role_shows_field_errors_then_saves_when_fixed(page, qtbot, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[0]
    before = len(services.roles.list_all())
    page.new_item()
    dialog = page.dialog
    dialog.client.setCurrentIndex(dialog.client.findData(client.id))
    qtbot.keyClicks(dialog.salary_min, "60.000")
    qtbot.keyClicks(dialog.salary_max, "50k")
    qtbot.keyClicks(dialog.required.edit, "postgres, js")
    assert dialog.required.preview.text().endswith("PostgreSQL, JavaScript")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text("title") == "is required"
    assert dialog.form.error_text("salary_max") == "is below the minimum salary"
    assert len(services.roles.list_all()) == before

    qtbot.keyClicks(dialog.title, "Staff Python Engineer")
    dialog.salary_max.setText("75000")
    _save(dialog)
    assert not dialog.isVisible()
    created = next(r for r in services.roles.list_all() if r.title == "Staff Python Engineer")
    assert (created.salary_min, created.salary_max) == (60000, 75000)
    assert [s.name for s in created.required_skills] == ["JavaScript", "PostgreSQL"]
    assert page.selected_role_id() == created.id
    assert page.detail.heading.text() == "Staff Python Engineer"

    demo_context.undo_stack.undo()
    assert created.id not in _shown_ids(page)
    assert all(r.title != "Staff Python Engineer" for r in services.roles.list_all())


def test_editing_a_role_can_be_undone_and_redone(page, demo_context):
    services = demo_context.services
    role_id = _shown_ids(page)[0]
    original = services.roles.get(role_id)
    page.select_role(role_id)
    page.open_selected()
    dialog = page.dialog
    dialog.title.setText("Principal Go Engineer")
    dialog.openings.setValue(4)
    _save(dialog)
    assert _cell(page, role_id, "Title") == "Principal Go Engineer"
    assert _cell(page, role_id, "Openings") == "4"

    demo_context.undo_stack.undo()
    assert _cell(page, role_id, "Title") == original.title
    assert services.roles.get(role_id).openings == original.openings
    demo_context.undo_stack.redo()
    assert services.roles.get(role_id).title == "Principal Go Engineer"


def test_a_role_changed_elsewhere_is_refused_not_overwritten(page, demo_context):
    services = demo_context.services
    role_id = _shown_ids(page)[0]
    page.select_role(role_id)
    page.open_selected()
    dialog = page.dialog
    current = services.roles.get(role_id)
    services.roles.update(role_id, current.version, {"title": "Changed by a colleague"})
    dialog.title.setText("My edit")
    _save(dialog)
    assert dialog.isVisible()
    assert "changed elsewhere" in dialog.notice.text()
    assert services.roles.get(role_id).title == "Changed by a colleague"
    dialog.notice.action_button.click()  # Reload
    assert dialog.title.text() == "Changed by a colleague"


def test_closing_a_role_is_undoable(page, demo_context):
    services = demo_context.services
    role_id = _shown_ids(page)[0]
    before = services.roles.get(role_id).status
    page.select_role(role_id)
    page.archive_selected()
    assert services.roles.get(role_id).status == "closed"
    assert services.roles.get(role_id).closed_on is not None
    assert role_id not in _shown_ids(page)  # the default filter shows open roles only
    demo_context.undo_stack.undo()
    assert services.roles.get(role_id).status == before
    assert role_id in _shown_ids(page)


def test_undo_over_a_later_change_elsewhere_is_refused_and_explained(page, demo_context):
    services = demo_context.services
    role_id = _shown_ids(page)[0]
    page.select_role(role_id)
    page.archive_selected()
    closed = services.roles.get(role_id)
    services.roles.update(role_id, closed.version, {"title": "Reworded elsewhere"})
    demo_context.undo_stack.undo()
    assert services.roles.get(role_id).status == "closed"
    assert "could not be undone" in page.notice.text()


def test_stage_columns_follow_renamed_stages(page, demo_context, demo_store):
    with demo_store.sessions.begin() as session:
        session.get(Stage, demo_context.services.pipeline.stage_by_name("Screening").id).name = "Phone screen"
    demo_context.events.emit_change(ChangeSet.of("stage"))
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert any(h.replace("\n", " ") == "Phone screen" for h in headers)
    assert not any(h.replace("\n", " ") == "Screening" for h in headers)


def test_add_edit_then_undo_both_and_redo_both(page, qtbot, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[0]
    page.new_item()
    page.dialog.client.setCurrentIndex(page.dialog.client.findData(client.id))
    qtbot.keyClicks(page.dialog.title, "Data Engineer")
    _save(page.dialog)
    page.open_selected()
    page.dialog.title.setText("Senior Data Engineer")
    _save(page.dialog)
    stack = demo_context.undo_stack
    stack.undo()
    stack.undo()
    assert all("Data Engineer" not in r.title for r in services.roles.list_all())
    stack.redo()  # the role comes back as a new record; the edit still finds it
    stack.redo()
    assert page.notice.text() == ""
    assert [r.title for r in services.roles.list_all() if "Data Engineer" in r.title] == ["Senior Data Engineer"]


def test_a_candidate_added_elsewhere_shows_up_after_the_change_event(page, demo_context):
    services = demo_context.services
    role_id = _shown_ids(page)[0]
    page.select_role(role_id)
    before = page.detail.candidates_model.rowCount()
    on_role = {a.candidate_id for a in services.pipeline.applications_for_role(role_id)}
    candidate = next(c for c in services.candidates.iter_all() if c.id not in on_role)
    services.pipeline.add_to_role(candidate.id, role_id)
    demo_context.events.emit_change(ChangeSet.of("application", ids=[role_id]))
    assert page.detail.candidates_model.rowCount() == before + 1
    assert _cell(page, role_id, "Total") == str(before + 1)
    assert _cell(page, role_id, "Sourced") != "·"


def test_double_clicking_a_candidate_asks_to_open_them(page, qtbot, demo_context):
    row = max(demo_context.services.role_overview.rows(), key=lambda r: r.total)
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    page.select_role(row.id)
    view = page.detail.candidates_view
    first = demo_context.services.role_overview.candidates(row.id)[0]
    with qtbot.waitSignal(page.candidate_activated) as signal:
        view.doubleClicked.emit(view.model().index(0, 0))
    assert signal.args == [first.candidate_id]


def test_column_widths_and_sort_survive_a_restart(page, qtbot, demo_context):
    header = page.table.horizontalHeader()
    header.resizeSection(0, 155)
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    state = page.view_state()
    again = RolesPage(demo_context)
    qtbot.addWidget(again)
    assert again.restore_view_state(state)
    assert again.table.horizontalHeader().sectionSize(0) == 155
    assert again.table.horizontalHeader().sortIndicatorSection() == 5
    assert not again.restore_view_state({**state, "columns": 3})  # e.g. a stage was added since


def test_ctrl_f_focuses_the_filter(page, qtbot):
    page.table.setFocus()
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus)
