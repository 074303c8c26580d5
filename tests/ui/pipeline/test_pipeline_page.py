import getpass
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import when_modal
from tests.ui.pipeline.conftest import NOW, stage_changes
from ui.context import ChangeSet
from ui.pipeline import PipelinePage, StagesEditorDialog, add_candidates_to_role
from ui.pipeline.add_candidates import DoubleSubmissionDialog
from ui.pipeline.candidate_search import CandidateHitsModel
from ui.pipeline.history import RoleHistoryDialog
from ui.pipeline.reasons_editor import ReasonsEditorDialog


def submitted_before(services, role, candidate_id, days_ago):
    """The candidate went to the same client for another role `days_ago` days ago."""
    other = services.roles.create({"title": "Frontend Engineer", "company_id": role.company_id,
                                   "reference": "VAC-2026-090"})
    application = services.pipeline.add_to_role(candidate_id, other.id, at=NOW - timedelta(days=days_ago + 2))
    services.pipeline.move(application.id, services.pipeline.stage_by_name("Submitted to client").id,
                           at=NOW - timedelta(days=days_ago))
    return other


def test_overview_lists_counts_and_double_click_opens_the_board(qtbot, qtmodeltester, context, role, people):
    page = PipelinePage(context, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
    model = page.overview.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:5] == ["Sourced", "Contacted"] and headers[-2:] == ["Total", "Stale"]
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[3:5] == ["2", "1"] and row[-2:] == ["3", "1"]
    table = page.overview.table
    rect = table.visualRect(model.index(0, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.board and page.board.role_id == role.id
    page.board.back.click()
    assert page.stack.currentWidget() is page.overview


def test_overview_filters_by_client_and_status(qtbot, context, services, role, people):
    other = services.companies.create({"name": "Beta Bank"})
    services.roles.create({"title": "Data Engineer", "company_id": other.id, "status": "on_hold"})
    services.roles.create({"title": "Old role", "company_id": other.id, "status": "closed"})
    page = PipelinePage(context, now=lambda: NOW)
    qtbot.addWidget(page)
    page.overview.refresh()
    titles = lambda: [page.overview.model.index(r, 0).data() for r in range(page.overview.model.rowCount())]  # noqa: E731
    assert len(titles()) == 2
    page.overview.client.setCurrentIndex(page.overview.client.findData(other.id))
    assert [t.split("  ")[0] for t in titles()] == ["Data Engineer"]
    page.overview.status.setCurrentIndex(page.overview.status.findData("all"))
    assert len(titles()) == 2
    page.overview.status.setCurrentIndex(page.overview.status.findData("closed"))
    assert [t.split("  ")[0] for t in titles()] == ["Old role"]


def test_double_submission_warns_with_role_and_date_and_lets_the_recruiter_go_on(qtbot, context, services, role):
    ana = services.candidates.create({"first_name": "Ana", "last_name": "Núñez"})
    submitted_before(services, role, ana.id, days_ago=40)
    seen = {}

    def go_on(dialog):
        seen["type"] = type(dialog)
        seen["text"] = dialog.details.text()
        dialog.add_all.click()

    when_modal(go_on)
    added = add_candidates_to_role(context, [ana.id], None, role_id=role.id, now=lambda: NOW)
    assert seen["type"] is DoubleSubmissionDialog
    assert "Ana Núñez was submitted to Acme Tech for Frontend Engineer (VAC-2026-090)" in seen["text"]
    assert (NOW - timedelta(days=40)).strftime("%d/%m/%Y") in seen["text"]
    assert len(added) == 1 and services.pipeline.find(ana.id, role.id).stage == "Sourced"


def test_double_submission_can_be_cancelled_or_skipped(qtbot, context, services, role):
    ana = services.candidates.create({"first_name": "Ana"})
    luis = services.candidates.create({"first_name": "Luis"})
    submitted_before(services, role, ana.id, days_ago=100)
    when_modal(lambda dialog: dialog.reject())
    assert add_candidates_to_role(context, [ana.id, luis.id], None, role_id=role.id, now=lambda: NOW) == []
    assert services.pipeline.find(ana.id, role.id) is None
    when_modal(lambda dialog: dialog.done(DoubleSubmissionDialog.ONLY_OTHERS))
    assert len(add_candidates_to_role(context, [ana.id, luis.id], None, role_id=role.id, now=lambda: NOW)) == 1
    assert services.pipeline.find(ana.id, role.id) is None and services.pipeline.find(luis.id, role.id)


def test_no_warning_after_six_months(qtbot, context, services, role):
    ana = services.candidates.create({"first_name": "Ana"})
    submitted_before(services, role, ana.id, days_ago=200)
    assert len(add_candidates_to_role(context, [ana.id], None, role_id=role.id, now=lambda: NOW)) == 1


def test_add_from_candidates_view_asks_for_the_role(qtbot, context, services, role):
    ana = services.candidates.create({"first_name": "Ana"})
    when_modal(lambda dialog: dialog.accept())
    assert len(add_candidates_to_role(context, [ana.id], None, now=lambda: NOW)) == 1
    assert services.pipeline.find(ana.id, role.id) is not None


@pytest.mark.qt_log_ignore("This plugin does not support")  # the popup on the offscreen platform
def test_board_search_box_finds_and_adds_a_candidate(qtbot, qtmodeltester, board, services, role):
    pedro = services.candidates.create({"first_name": "Pedro", "last_name": "Sánchez", "email": "pedro@x.es"})
    board.search.setText("sanchez")  # accents do not matter
    board.search.search_now()
    assert board.search.hits.rowCount() == 1
    board.search.setText("pedro@x")
    board.search.search_now()
    qtmodeltester.check(board.search.hits)
    assert isinstance(board.search.hits, CandidateHitsModel) and board.search.hits.rowCount() == 1
    board.search.candidate_chosen.emit(pedro.id)
    sourced = next(c for c in board.columns if c.stage.name == "Sourced")
    assert "Pedro Sánchez" in [sourced.model.card(r).name for r in range(sourced.model.shown())]
    assert board.current()[1].name == "Pedro Sánchez"


def test_removing_a_stage_in_use_asks_where_and_remaps(qtbot, context, services, board, role, people):
    dialog = StagesEditorDialog(context)
    qtbot.addWidget(dialog)
    names = [dialog.stages.item(i).text() for i in range(dialog.stages.count())]
    dialog.stages.setCurrentRow(names.index("2. Contacted"))
    asked = {}

    def ask_target(stage, count, others):
        asked.update(stage=stage.name, count=count)
        return next(s.id for s in others if s.name == "Screening")

    dialog.ask_target = ask_target
    assert dialog.remove_stage()
    assert asked == {"stage": "Contacted", "count": 1}
    assert services.pipeline.find(people["Marta"].id, role.id).stage == "Screening"
    assert stage_changes(services, people["Marta"].id, role.id)[-1][1:] == (
        "Screening", "Stage 'Contacted' was removed")
    qtbot.waitUntil(lambda: [c.stage.name for c in board.columns][:2] == ["Sourced", "Screening"])
    assert dialog.stages.count() == 7


def test_stages_editor_renames_sets_kind_threshold_and_order(qtbot, context, services):
    dialog = StagesEditorDialog(context)
    qtbot.addWidget(dialog)
    changes = []
    context.events.data_changed.connect(changes.append)
    dialog.stages.setCurrentRow(0)
    dialog.name.setText("Identificado")
    dialog.name.editingFinished.emit()
    dialog.stale.setValue(2)
    dialog.stale.editingFinished.emit()
    dialog.move_stage(1)
    stages = services.pipeline.stages()
    assert (stages[1].name, stages[1].stale_after_days) == ("Identificado", 2)
    assert all(c == ChangeSet.of("stage") for c in changes) and len(changes) == 3
    placed = next(i for i, s in enumerate(stages) if s.kind == "placed")
    dialog.stages.setCurrentRow(placed)
    when_modal(lambda box: box.accept())  # "at least one placed stage must remain"
    dialog.kind.setCurrentIndex(dialog.kind.findData("open"))
    assert services.pipeline.stages()[placed].kind == "placed"


def test_rejection_reasons_dialog_saves_the_list(qtbot, context, services):
    dialog = ReasonsEditorDialog(context)
    qtbot.addWidget(dialog)
    dialog.add_reason()
    dialog.reasons.item(dialog.reasons.count() - 1).setText("Visa issues")
    dialog.reasons.setCurrentRow(0)
    dialog.remove_reason()
    dialog.save()
    reasons = services.pipeline.rejection_reasons()
    assert reasons[-1] == "Visa issues" and "Skills not a fit" not in reasons


def test_role_history_lists_every_change(qtbot, qtmodeltester, context, role, people):
    dialog = RoleHistoryDialog(context, role.id, role.title)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())]
    assert len(rows) == 4
    assert rows[0][1:4] == ["Luis García", "(added)", "Sourced"]  # newest first
    assert ["Marta Ruiz", "Sourced", "Contacted"] in [r[1:4] for r in rows]
    assert rows[0][5] == getpass.getuser()  # who moved it


def test_a_board_whose_role_is_gone_goes_back_to_the_overview(qtbot, context, services, role, people):
    """Undoing the import of the role shown left its board up, with a traceback (NotFound) on each reload."""
    from ui.context import ChangeSet

    page = PipelinePage(context, now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.open_role(role.id)
    assert page.stack.currentWidget() is page.board
    services.roles.delete(role.id)
    context.events.emit_change(ChangeSet.of("role"))
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.overview, timeout=5000)
    assert page.board.role_id is None and page.overview.model.rowCount() == 0
