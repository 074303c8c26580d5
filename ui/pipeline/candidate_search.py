"""The board's "add a candidate" box: type a name or email, pick from the matches."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm.services.board import BoardService, CandidateHit
from crm.services.search import SearchService

Index = QModelIndex | QPersistentModelIndex
HitIdRole = Qt.ItemDataRole.UserRole + 1


class CandidateHitsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[CandidateHit] = []

    def set_hits(self, hits: list[CandidateHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            extra = " · ".join(p for p in (hit.current_title, hit.email) if p)
            return f"{hit.name} — {extra}" if extra else hit.name
        if role == Qt.ItemDataRole.EditRole:
            return hit.name
        if role == HitIdRole:
            return hit.id
        return None


class CandidateSearchBox(QLineEdit):
    """Searches as the user types (debounced); emits the chosen candidate's id."""

    candidate_chosen = Signal(int)

    def __init__(self, board: BoardService, parent: QWidget | None = None):
        super().__init__(parent)
        self._board = board
        self.setPlaceholderText(self.tr("Add a candidate: name or email…"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(280)
        self.hits = CandidateHitsModel(self)
        self._completer = QCompleter(self.hits, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.setCompleter(self._completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textEdited.connect(self._on_self_text_edited)

    def search_now(self) -> None:
        self.hits.set_hits(self._find(self.text()))
        if self.hits.rowCount() and self.isVisible():
            self._completer.complete()

    def _find(self, text: str) -> list[CandidateHit]:
        if len(text.strip()) < 2:
            return []
        # The shared search: accent-insensitive full text, the same syntax as the candidates view.
        ids = SearchService(self._board.store).search(text, limit=20).ids
        return self._board.candidates_by_ids(ids)

    def _on_self_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.search_now()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        candidate_id = index.data(HitIdRole)
        if candidate_id is not None:
            self.candidate_chosen.emit(int(candidate_id))
            QTimer.singleShot(0, self.clear)
