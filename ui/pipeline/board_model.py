"""One list model per board column: the cards of one stage, as frozen CardRow values."""

from __future__ import annotations

import bisect
import json

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from crm.services.board import CardRow

CARD_MIME = "application/x-crm-application-ids"
CardRole = Qt.ItemDataRole.UserRole + 1
ApplicationIdRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class StageCardsModel(QAbstractListModel):
    """Cards of one stage. A drop does not change the model: it asks the board to move the cards
    (through `cards_dropped`), which may ask questions first and then updates both columns."""

    cards_dropped = Signal(list, int)  # application ids, target stage id

    def __init__(self, stage_id: int, parent=None):
        super().__init__(parent)
        self.stage_id = stage_id
        self._all: list[CardRow] = []
        self._shown: list[CardRow] = []
        self._stale_only = False

    # Contents ---------------------------------------------------------------------------------

    def set_cards(self, cards: tuple[CardRow, ...] | list[CardRow]) -> None:
        self.beginResetModel()
        self._all = list(cards)
        self._shown = self._visible(self._all)
        self.endResetModel()

    def set_stale_only(self, stale_only: bool) -> None:
        if stale_only != self._stale_only:
            self._stale_only = stale_only
            self.set_cards(self._all)

    def total(self) -> int:
        return len(self._all)

    def shown(self) -> int:
        return len(self._shown)

    def card(self, row: int) -> CardRow:
        return self._shown[row]

    def row_of(self, application_id: int) -> int:
        return next((i for i, c in enumerate(self._shown) if c.application_id == application_id), -1)

    def take(self, application_id: int) -> CardRow | None:
        """Remove a card (it moved away); returns it."""
        card = next((c for c in self._all if c.application_id == application_id), None)
        if card is None:
            return None
        self._all.remove(card)
        row = self.row_of(application_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._shown[row]
            self.endRemoveRows()
        return card

    def put(self, card: CardRow) -> int:
        """Insert a card where it belongs (longest waiting first); returns its row or -1 if filtered."""
        key = _order_key(card)
        self._all.insert(bisect.bisect_right([_order_key(c) for c in self._all], key), card)
        if self._stale_only and not card.stale:
            return -1
        row = bisect.bisect_right([_order_key(c) for c in self._shown], key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._shown.insert(row, card)
        self.endInsertRows()
        return row

    def _visible(self, cards: list[CardRow]) -> list[CardRow]:
        return [c for c in cards if c.stale] if self._stale_only else list(cards)

    # Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        card = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == CardRole:
            return card
        if role == ApplicationIdRole:
            return card.application_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        return None

    def _tooltip(self, card: CardRow) -> str:
        lines = [card.name, card.current_title or ""]
        if card.above_band:
            lines.append(self.tr("Expects more than the role's salary band"))
        lines.append(self.tr("%1 days in this stage").replace("%1", str(card.days_in_stage)))
        if card.stale:
            lines.append(self.tr("Idle longer than this stage allows"))
        if card.next_activity:
            lines.append(self.tr("Next: %1").replace("%1", card.next_activity))
        return "\n".join(line for line in lines if line)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = sorted({self._shown[i.row()].application_id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(CARD_MIME, json.dumps({"stage": self.stage_id, "ids": ids}).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        payload = _payload(data)
        return payload is not None and payload["stage"] != self.stage_id

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        payload = _payload(data)
        if payload is None or payload["stage"] == self.stage_id:
            return False
        self.cards_dropped.emit(list(payload["ids"]), self.stage_id)
        # False: the source view must not remove rows itself; the board moves the cards once done.
        return False


def _order_key(card: CardRow):
    return (card.stage_entered_at, card.application_id)


def _payload(data: QMimeData) -> dict | None:
    if not data.hasFormat(CARD_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(CARD_MIME)).decode())
    except ValueError:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("ids"), list):
        return None
    return payload
