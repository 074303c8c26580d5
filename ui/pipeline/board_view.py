"""A role's board: one column per stage, cards moved by drag and drop or the keyboard.

Moves update the two columns in place (no reload), so a move costs the same on a board of 50 or 5,000.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm.domain.base import utcnow
from crm.domain.enums import StageKind
from crm.domain.errors import CrmError, NotFound, StaleVersion
from crm.services.board import Board, BoardService, CardRow
from crm.services.records import ApplicationRecord, StageRecord
from ui.context import AppContext, ChangeSet
from ui.kit.stage_names import stage_label
from ui.pipeline.add_candidates import add_candidates_to_role
from ui.pipeline.candidate_search import CandidateSearchBox
from ui.pipeline.card_menu import card_menu
from ui.pipeline.history import RoleHistoryDialog
from ui.pipeline.move_command import MoveCommand
from ui.pipeline.move_dialogs import MoveDetails, NoteDialog, PlacementDialog, RejectDialog
from ui.pipeline.stage_column import StageColumn

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class BoardWidget(QWidget):
    back_requested = Signal()

    def __init__(self, context: AppContext, now: Callable[[], datetime] = utcnow, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._now = now
        self.service = BoardService(context.services.store, now)
        self.board: Board | None = None
        self.role_id: int | None = None
        self.columns: list[StageColumn] = []
        self._emitting = False
        self._dirty = False

        self.back = QToolButton()
        self.back.setText(self.tr("← All roles"))
        self.back.setAutoRaise(True)
        self.back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("boardTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #6b7280;")
        self.search = CandidateSearchBox(self.service)
        self.search.candidate_chosen.connect(self._on_search_candidate_chosen)
        self.stale_only = QCheckBox(self.tr("Stale only"))
        self.stale_only.setToolTip(self.tr("Show only cards idle longer than their stage allows"))
        self.stale_only.toggled.connect(self._on_stale_only_toggled)
        self.history = QPushButton(self.tr("History…"))
        self.history.clicked.connect(self.show_history)

        top = QHBoxLayout()
        top.addWidget(self.back)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.search)
        top.addWidget(self.stale_only)
        top.addWidget(self.history)

        self._strip = QWidget()
        self._strip_layout = QHBoxLayout(self._strip)
        self._strip_layout.setContentsMargins(0, 0, 0, 0)
        self._strip_layout.setSpacing(8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._strip)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        hint = QLabel(self.tr("Drag cards between columns · ←/→ change column · Ctrl+→/Ctrl+← next/previous "
                              "stage · 1–9 move to that stage · R reject · N move with a note · H history · "
                              "▲ expects more than the band · orange: idle too long"))
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)
        context.events.data_changed.connect(self._on_events_data_changed)

    # Loading ----------------------------------------------------------------------------------

    def load(self, role_id: int) -> None:
        self.role_id = role_id
        self.reload()

    def reload(self) -> None:
        if self.role_id is None:
            return
        self._dirty = False
        try:
            board = self.service.cards(self.role_id)
        except NotFound:  # the role is gone (an import of it undone, deleted elsewhere): back to the overview
            self.role_id = self.board = None
            self.back_requested.emit()
            return
        if self.board is None or self.board.stages != board.stages:
            self._build_columns(board.stages)
        self.board = board
        stale_only = self.stale_only.isChecked()
        for column in self.columns:
            column.model.set_stale_only(stale_only)
            column.model.set_cards(board.cards.get(column.stage.id, ()))
        self._show_header()
        self._refresh_counts()

    def _build_columns(self, stages: tuple[StageRecord, ...]) -> None:
        for column in self.columns:
            column.view.removeEventFilter(self)
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        for number, stage in enumerate(stages, start=1):
            column = StageColumn(stage, number)
            column.model.cards_dropped.connect(self._on_model_cards_dropped)
            column.view.installEventFilter(self)
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._on_view_context_menu_requested(c, pos))
            self._strip_layout.addWidget(column)
            self.columns.append(column)

    def _show_header(self) -> None:
        role = self.board.role
        self.title.setText(f"{role.title} · {role.client}")
        band = ""
        if role.salary_min or role.salary_max:
            band = self.tr("band %1–%2k").replace("%1", str(round((role.salary_min or 0) / 1000))).replace(
                "%2", str(round((role.salary_max or 0) / 1000)))
        total = sum(len(c) for c in self.board.cards.values())
        parts = [role.reference, band, self.tr("%1 opening(s)").replace("%1", str(role.openings)),
                 self._status_text(role.status), self.tr("%1 candidates").replace("%1", str(total))]
        self.subtitle.setText(" · ".join(p for p in parts if p))

    def _refresh_counts(self) -> None:
        for column in self.columns:
            column.refresh_counts(sum(1 for c in column.model._all if c.stale))

    # Finding things ---------------------------------------------------------------------------

    def column_for(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def current(self) -> tuple[StageColumn, CardRow] | None:
        for column in self.columns:
            index = column.view.currentIndex()
            if column.view.hasFocus() and index.isValid():
                return column, column.model.card(index.row())
        for column in self.columns:
            index = column.view.currentIndex()
            if index.isValid() and column.view.selectionModel().isSelected(index):
                return column, column.model.card(index.row())
        return None

    def select_card(self, application_id: int) -> bool:
        for column in self.columns:
            row = column.model.row_of(application_id)
            if row >= 0:
                self._focus_row(column, row)
                return True
        return False

    def _focus_row(self, column: StageColumn, row: int) -> None:
        for other in self.columns:
            if other is not column:
                other.view.clearSelection()
        index = column.model.index(row, 0)
        column.view.setFocus()
        column.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        column.view.scrollTo(index)
        self.scroll.ensureWidgetVisible(column, 20, 0)

    # Moving -----------------------------------------------------------------------------------

    def move_card(self, application_id: int, stage_id: int, *, with_note: bool = False) -> bool:
        """Move one card, asking what the target stage needs; pushes an undoable command."""
        card = self.board and self._card(application_id)
        stage = next((s for s in self.board.stages if s.id == stage_id), None) if self.board else None
        if not card or stage is None or card.stage_id == stage_id:
            return False
        details = self.ask_details(card, stage, with_note)
        if details is None:
            return False
        pipeline = self._context.services.pipeline
        try:
            before = pipeline.find(card.candidate_id, self.role_id)
            after = pipeline.move(
                application_id, stage_id, note=details.note, expected_version=card.version,
                rejection_reason=details.rejection_reason, rejected_by=details.rejected_by,
                placed_start_date=details.placed_start_date, placed_fee=details.placed_fee)
        except StaleVersion:
            QMessageBox.information(self, self.tr("Changed elsewhere"),
                                    self.tr("This card was changed elsewhere; the board now shows the latest."))
            self.reload()
            return False
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Could not move the card"), str(exc))
            return False
        self._apply(before, after)
        self._context.undo_stack.push(
            MoveCommand(pipeline, before, after, details, card.name, self._apply, self._on_command_failed))
        return True

    def ask_details(self, card: CardRow, stage: StageRecord, with_note: bool) -> MoveDetails | None:
        """What the target stage needs to know: a rejection reason, a start date and fee, or a note."""
        if stage.kind == StageKind.REJECTED:
            dialog = RejectDialog(card.name, stage_label(stage.name), self._context.services.pipeline.rejection_reasons(), self)
        elif stage.kind == StageKind.PLACED:
            role = self.board.role
            fee_percent = self._context.services.roles.get(role.id).fee_percent
            base = card.expected_salary or role.salary_max or role.salary_min
            suggested = round(base * fee_percent / 100) if base and fee_percent else None
            dialog = PlacementDialog(card.name, stage_label(stage.name), suggested, self)
        elif with_note:
            dialog = NoteDialog(card.name, stage_label(stage.name), self)
        else:
            return MoveDetails()
        return dialog.details() if dialog.exec() == dialog.DialogCode.Accepted else None

    def _apply(self, previous: ApplicationRecord, after: ApplicationRecord) -> None:
        """Show a move that has been committed (also used by undo/redo) and tell the other pages."""
        left_stage = next((s for s in self.board.stages if s.id == previous.stage_id), None) if self.board else None
        entered = next((s for s in self.board.stages if s.id == after.stage_id), None) if self.board else None
        if self.board is not None and after.role_id == self.role_id and left_stage and entered:
            source, target = self.column_for(previous.stage_id), self.column_for(after.stage_id)
            card = source.model.take(after.id)
            if card is not None:
                days = max(0, (self._now() - after.stage_entered_at).days)
                moved = replace(card, stage_id=after.stage_id, stage_entered_at=after.stage_entered_at,
                                days_in_stage=days, version=after.version, rejection_reason=after.rejection_reason,
                                stale=entered.stale_after_days is not None and days >= entered.stale_after_days)
                target.model.put(moved)
            self._refresh_counts()
        touched = ["application"]
        if StageKind.PLACED in {getattr(left_stage, "kind", None), getattr(entered, "kind", None)}:
            touched.append("role")  # filling the last opening changes the role's status
            if self.board is not None and after.role_id == self.role_id:
                status = self._context.services.roles.get(self.role_id).status
                self.board = replace(self.board, role=replace(self.board.role, status=status))
                self._show_header()
        self._emitting = True
        try:
            self._context.events.emit_change(ChangeSet.of(*touched, ids=[after.id]))
        finally:
            self._emitting = False

    def _on_command_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo or redo the move"), message)
        self.reload()

    def _step(self, card: CardRow, offset: int) -> StageRecord | None:
        """The next or previous stage for a card, skipping rejected-kind stages."""
        ordered = [s for s in self.board.stages if s.kind != StageKind.REJECTED or s.id == card.stage_id]
        index = next((i for i, s in enumerate(ordered) if s.id == card.stage_id), None)
        if index is None or not 0 <= index + offset < len(ordered):
            return None
        return ordered[index + offset]

    def _rejected_stage(self) -> StageRecord | None:
        return next((s for s in self.board.stages if s.kind == StageKind.REJECTED), None)

    def _card(self, application_id: int) -> CardRow | None:
        for column in self.columns:
            for card in column.model._all:
                if card.application_id == application_id:
                    return card
        return None

    # Keyboard ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.board is not None:
            column = next((c for c in self.columns if c.view is watched), None)
            if column is not None and self._on_view_key(column, event):
                return True
        return super().eventFilter(watched, event)

    def _on_view_key(self, column: StageColumn, event: QKeyEvent) -> bool:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        index = column.view.currentIndex()
        card = column.model.card(index.row()) if index.isValid() else None
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._focus_neighbour(column, -1 if key == Qt.Key.Key_Left else 1, max(0, index.row()))
            return True
        if card is None:
            return False
        if ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            stage = self._step(card, -1 if key == Qt.Key.Key_Left else 1)
            if stage is not None and self.move_card(card.application_id, stage.id):
                self.select_card(card.application_id)  # follow the card as it is pushed along
            return True
        target: StageRecord | None = None
        with_note = False
        if plain and key in NUMBER_KEYS and NUMBER_KEYS[key] <= len(self.board.stages):
            target = self.board.stages[NUMBER_KEYS[key] - 1]
        elif (plain and key == Qt.Key.Key_R) or (ctrl and key == Qt.Key.Key_Delete):
            target = self._rejected_stage()
        elif plain and key == Qt.Key.Key_N:
            target, with_note = self._step(card, 1), True
        elif plain and key == Qt.Key.Key_H:
            self.show_history()
            return True
        else:
            return False
        if target is not None and self.move_card(card.application_id, target.id, with_note=with_note):
            row = min(index.row(), column.model.shown() - 1)  # stay in the column: next card is selected
            if row >= 0:
                self._focus_row(column, row)
        return True

    def _focus_neighbour(self, column: StageColumn, direction: int, row: int) -> None:
        position = self.columns.index(column) + direction
        while 0 <= position < len(self.columns):
            neighbour = self.columns[position]
            if neighbour.model.shown():
                self._focus_row(neighbour, min(row, neighbour.model.shown() - 1))
                return
            position += direction

    # Slots ------------------------------------------------------------------------------------

    def _on_model_cards_dropped(self, application_ids: list, stage_id: int) -> None:
        # Later, outside the drag's own event loop, so the questions a move asks can open safely.
        QTimer.singleShot(0, lambda: self._move_dropped(list(application_ids), stage_id))

    def _move_dropped(self, application_ids: list[int], stage_id: int) -> None:
        for application_id in application_ids:
            self.move_card(application_id, stage_id)

    def _on_view_context_menu_requested(self, column: StageColumn, pos) -> None:
        index = column.view.indexAt(pos)
        if index.isValid() and self.board is not None:
            card = column.model.card(index.row())
            menu = card_menu(self, card, self.board.stages, self._step(card, 1), self._rejected_stage())
            menu.exec(column.view.viewport().mapToGlobal(pos))

    def _on_search_candidate_chosen(self, candidate_id: int) -> None:
        if self.role_id is not None:
            added = add_candidates_to_role(self._context, [candidate_id], self, role_id=self.role_id, now=self._now)
            if added:
                self.reload()
                self.select_card(added[0])

    def _on_stale_only_toggled(self, checked: bool) -> None:
        for column in self.columns:
            column.model.set_stale_only(checked)
        self._refresh_counts()

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if self._emitting or not change.touches("application", "stage", "candidate", "role"):
            return
        self._dirty = True
        if self.isVisible():
            QTimer.singleShot(0, self._reload_if_dirty)

    def _reload_if_dirty(self) -> None:
        if self._dirty:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reload_if_dirty()

    def context_undo_text(self) -> str:
        return self._context.undo_stack.undoText()

    def show_history(self) -> None:
        if self.board is not None:
            RoleHistoryDialog(self._context, self.board.role.id, self.board.role.title, self).exec()

    def _status_text(self, status: str) -> str:
        return {
            "lead": self.tr("Lead"), "active": self.tr("Active"), "on_hold": self.tr("On hold"),
            "filled": self.tr("Filled"), "closed": self.tr("Closed"), "cancelled": self.tr("Cancelled"),
        }.get(status, status)
