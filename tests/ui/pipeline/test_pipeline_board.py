from datetime import date

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.helpers import when_modal
from tests.ui.pipeline.conftest import NOW, stage_changes
from ui.pipeline.board_model import StageCardsModel
from ui.pipeline.card_delegate import STALE_FILL
from ui.pipeline.move_dialogs import PlacementDialog, RejectDialog


def column(board, name):
    return next(c for c in board.columns if c.stage.name == name)


def names(col):
    return [col.model.card(row).name for row in range(col.model.shown())]


def test_card_models_pass_the_model_tester(qtmodeltester, board):
    for col in board.columns:
        qtmodeltester.check(col.model)
    empty = StageCardsModel(1)
    qtmodeltester.check(empty)


def test_dropping_a_card_on_another_column_moves_it_and_records_it(qtbot, board, services, role, people):
    sourced, screening = column(board, "Sourced"), column(board, "Screening")
    assert names(sourced) == ["Ana García", "Luis García"]
    mime = sourced.model.mimeData([sourced.model.index(0, 0)])
    assert screening.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not sourced.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    screening.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: names(screening) == ["Ana García"])
    assert names(sourced) == ["Luis García"]
    assert screening.count.text() == "1 candidate(s)"
    assert stage_changes(services, people["Ana"].id, role.id)[-1] == ("Sourced", "Screening", None)
    assert board.context_undo_text() == "Move Ana García to Screening"


def test_a_drop_event_on_the_column_view_moves_the_card(qtbot, board, services, role, people):
    """The same path a mouse drag takes: drag-enter, drag-move and drop events on the target view."""
    sourced, offer = column(board, "Sourced"), column(board, "Offer")
    mime = sourced.model.mimeData([sourced.model.index(1, 0)])
    viewport = offer.view.viewport()
    where = QPointF(viewport.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(where.toPoint(), Qt.DropAction.MoveAction, mime, buttons,
                                                    modifiers))
    drop = QDropEvent(where, Qt.DropAction.MoveAction, mime, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: names(offer) == ["Luis García"])
    assert stage_changes(services, people["Luis"].id, role.id)[-1][:2] == ("Sourced", "Offer")


def test_keyboard_moves_next_stage_and_by_number(qtbot, board, services, role, people):
    sourced = column(board, "Sourced")
    board.select_card(services.pipeline.find(people["Ana"].id, role.id).id)
    QTest.keyClick(sourced.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    contacted = column(board, "Contacted")
    assert names(contacted) == ["Marta Ruiz", "Ana García"]
    assert contacted.view.hasFocus()  # the selection follows the card pushed along
    QTest.keyClick(contacted.view, Qt.Key.Key_4)
    assert names(column(board, "Submitted to client")) == ["Ana García"]
    assert [c[1] for c in stage_changes(services, people["Ana"].id, role.id)] == [
        "Sourced", "Contacted", "Submitted to client"]
    # Plain arrows only move the selection between columns.
    QTest.keyClick(contacted.view, Qt.Key.Key_Left)
    assert sourced.view.hasFocus() and services.pipeline.find(people["Luis"].id, role.id).stage == "Sourced"


def test_reject_asks_a_reason_and_undo_puts_it_back(qtbot, board, services, role, people):
    sourced = column(board, "Sourced")
    board.select_card(services.pipeline.find(people["Luis"].id, role.id).id)
    seen = {}

    def reject(dialog):
        seen["type"] = type(dialog)
        dialog.reason.setCurrentText("Salary expectations")
        dialog.note.setPlainText("asks 60k, band tops at 50k")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(reject)
    QTest.keyClick(sourced.view, Qt.Key.Key_R)
    assert seen["type"] is RejectDialog
    application = services.pipeline.find(people["Luis"].id, role.id)
    assert application.stage == "Rejected" and application.rejection_reason == "Salary expectations"
    assert application.rejection_note == "asks 60k, band tops at 50k"
    assert names(column(board, "Rejected")) == ["Luis García"]
    assert names(sourced) == ["Ana García"]
    assert board.current()[1].name == "Ana García"  # triage: the next card in the same column is selected

    board._context.undo_stack.undo()
    application = services.pipeline.find(people["Luis"].id, role.id)
    assert application.stage == "Sourced" and application.rejection_reason is None
    assert names(sourced) == ["Ana García", "Luis García"] and names(column(board, "Rejected")) == []
    history = stage_changes(services, people["Luis"].id, role.id)
    assert history[-2:] == [("Sourced", "Rejected", "asks 60k, band tops at 50k"),
                            ("Rejected", "Sourced", "Undo of the move to Rejected")]

    board._context.undo_stack.redo()
    assert services.pipeline.find(people["Luis"].id, role.id).rejection_reason == "Salary expectations"


def test_cancelling_the_reason_leaves_the_card_where_it_was(qtbot, board, services, role, people):
    board.select_card(services.pipeline.find(people["Luis"].id, role.id).id)
    when_modal(lambda dialog: dialog.reject())
    QTest.keyClick(column(board, "Sourced").view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert services.pipeline.find(people["Luis"].id, role.id).stage == "Sourced"
    assert board._context.undo_stack.count() == 0


def test_placing_asks_start_and_fee_and_fills_the_role(qtbot, board, services, role, people):
    board.select_card(services.pipeline.find(people["Ana"].id, role.id).id)

    def place(dialog):
        assert isinstance(dialog, PlacementDialog)
        assert dialog.fee.value() == 9000  # 20 % of the expected 45k
        dialog.start.setDate(date(2027, 1, 11))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(place)
    QTest.keyClick(column(board, "Sourced").view, Qt.Key.Key_7)
    application = services.pipeline.find(people["Ana"].id, role.id)
    assert (application.stage, application.placed_start_date, application.placed_fee) == (
        "Placed", date(2027, 1, 11), 9000)
    assert services.roles.get(role.id).status == "filled"
    assert "Filled" in board.subtitle.text()
    board._context.undo_stack.undo()
    assert services.roles.get(role.id).status == "active"


def test_stale_cards_are_highlighted_and_can_be_filtered(qtbot, board):
    contacted, sourced = column(board, "Contacted"), column(board, "Sourced")
    card = contacted.model.card(0)
    assert (card.name, card.days_in_stage, card.stale) == ("Marta Ruiz", 5, True)
    assert [c.stale for c in (sourced.model.card(0), sourced.model.card(1))] == [False, False]
    assert contacted.count.text() == "1 · 1 stale"
    image = contacted.view.viewport().grab().toImage()
    fill = {image.pixelColor(x, 30).name() for x in range(10, image.width() - 10)}
    assert QColor(STALE_FILL).name() in fill
    board.stale_only.setChecked(True)
    assert names(sourced) == [] and names(contacted) == ["Marta Ruiz"]
    assert sourced.count.text() == "0 of 2"
    board.stale_only.setChecked(False)
    assert names(sourced) == ["Ana García", "Luis García"]


def test_days_in_stage_follow_the_clock(qtbot, context, role, people):
    from datetime import timedelta

    from ui.pipeline.board_view import BoardWidget

    later = BoardWidget(context, now=lambda: NOW + timedelta(days=30))
    qtbot.addWidget(later)
    later.load(role.id)
    assert column(later, "Sourced").model.card(1).days_in_stage == 31


def test_card_menu_offers_every_stage_and_moves(qtbot, board, services, role, people):
    from ui.pipeline.card_menu import card_menu

    sourced = column(board, "Sourced")
    card = sourced.model.card(0)
    menu = card_menu(board, card, board.board.stages, board._step(card, 1), board._rejected_stage())
    move_to = menu.actions()[0].menu()
    texts = [a.text() for a in move_to.actions()]
    assert texts[0] == "1  Sourced" and not move_to.actions()[0].isEnabled()
    next(a for a in move_to.actions() if a.text() == "3  Screening").trigger()
    assert names(column(board, "Screening")) == ["Ana García"]
    assert [a.text() for a in menu.actions()][1:3] == ["Move to Contacted with a note…", "Reject…"]
