"""A board column: the stage's name and counts above a list view of painted cards."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from crm.services.records import StageRecord
from ui.kit.stage_names import stage_label
from ui.pipeline.board_model import StageCardsModel
from ui.pipeline.card_delegate import CARD_HEIGHT, CardDelegate

KIND_COLOURS = {"open": "#2f6fdf", "placed": "#2e7d32", "rejected": "#9e9e9e"}


class CardListView(QListView):
    """A column's card list: drag source and drop target; uniform card heights keep it fast."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(CardDelegate(self))
        self.setObjectName("cardList")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#9ca3af"))
            painter.drawText(self.viewport().rect().adjusted(8, 16, -8, 0),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                             | int(Qt.TextFlag.TextWordWrap),
                             self.tr("No candidates here.\nDrag a card in to move it."))
            painter.end()

    def sizeHint(self) -> QSize:
        return QSize(220, CARD_HEIGHT * 6)


class StageColumn(QFrame):
    def __init__(self, stage: StageRecord, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName("stageColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(180)
        self.setStyleSheet("#stageColumn { background: palette(window); border: 1px solid #d6dae0; "
                           "border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(6, 0, 6, 0)
        header.setSpacing(0)
        self.title = QLabel()
        self.title.setObjectName("stageTitle")
        self.title.setStyleSheet(f"font-weight: 600; color: {KIND_COLOURS.get(stage.kind, '#333')};")
        self.count = QLabel()
        self.count.setObjectName("stageCount")
        self.count.setStyleSheet("color: #6b7280;")
        self.count.setMinimumWidth(1)
        header.addWidget(self.title)
        header.addWidget(self.count)
        layout.addLayout(header)
        self.model = StageCardsModel(stage.id, self)
        self.view = CardListView(self)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        self._title_text = f"{number if number <= 9 else ''}  {stage_label(stage.name)}".strip()
        self.title.setText(self._title_text)
        self.title.setMinimumWidth(1)
        hint = self.tr("Press %1 on a card to move it here").replace("%1", str(number)) if number <= 9 else ""
        self.title.setToolTip(f"{stage_label(stage.name)}\n{hint}".strip())

    def refresh_counts(self, stale: int) -> None:
        total, shown = self.model.total(), self.model.shown()
        if shown != total:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        elif stale:  # short, so the header stays one line in a narrow column
            text = str(total)
        else:
            text = self.tr("%n candidate(s)", "", total)
        if stale:
            text = self.tr("%1 · %2 stale").replace("%1", text).replace("%2", str(stale))
        self.count.setText(text)
        self.count.setToolTip(self.tr("%n candidate(s)", "", total))
