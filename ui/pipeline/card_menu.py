"""The right-click menu of a card: every move the keyboard offers, for the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from crm.services.board import CardRow
from crm.services.records import StageRecord
from ui.kit.stage_names import stage_label


def card_menu(board: QWidget, card: CardRow, stages: tuple[StageRecord, ...], following: StageRecord | None,
              rejected: StageRecord | None) -> QMenu:
    """`board` provides move_card(application_id, stage_id, with_note=...) and show_history()."""
    menu = QMenu(board)
    move_to = menu.addMenu(QCoreApplication.translate("CardMenu", "Move to"))
    for number, stage in enumerate(stages, start=1):
        name = stage_label(stage.name)
        action = move_to.addAction(f"{number}  {name}" if number <= 9 else name)
        action.setEnabled(stage.id != card.stage_id)
        action.triggered.connect(lambda _=False, s=stage.id: board.move_card(card.application_id, s))
    if following is not None:
        text = QCoreApplication.translate("CardMenu", "Move to %1 with a note…").replace("%1", stage_label(following.name))
        menu.addAction(text).triggered.connect(
            lambda: board.move_card(card.application_id, following.id, with_note=True))
    if rejected is not None and rejected.id != card.stage_id:
        menu.addAction(QCoreApplication.translate("CardMenu", "Reject…")).triggered.connect(
            lambda: board.move_card(card.application_id, rejected.id))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("CardMenu", "Role history…")).triggered.connect(board.show_history)
    return menu
