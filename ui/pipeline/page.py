"""The Pipeline page: the overview of open roles, and a role's board behind it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from crm.domain.base import utcnow
from crm.services.board import BoardService
from ui.context import AppContext
from ui.pipeline.board_view import BoardWidget
from ui.pipeline.overview import RolesOverview


class PipelinePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, now: Callable[[], datetime] = utcnow):
        super().__init__(parent)
        self.context = context
        self.overview = RolesOverview(context, BoardService(context.services.store, now))
        self.board = BoardWidget(context, now)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.board)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.overview.role_opened.connect(self._on_overview_role_opened)
        self.board.back_requested.connect(self._on_board_back_requested)

    def open_role(self, role_id: int) -> None:
        """Show a role's board (other pages may call this, e.g. from the Roles page)."""
        self.board.load(role_id)
        self.stack.setCurrentWidget(self.board)
        first = next((c for c in self.board.columns if c.model.shown()), None)
        if first is not None:
            first.view.setFocus()
            first.view.setCurrentIndex(first.model.index(0, 0))

    def show_overview(self) -> None:
        self.stack.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def _on_overview_role_opened(self, role_id: int) -> None:
        self.open_role(role_id)

    def _on_board_back_requested(self) -> None:
        self.show_overview()
