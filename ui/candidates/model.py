"""The candidate table model: a sorted id list from SQL and rows fetched a page at a time.

`rowCount` comes from a count; the id list is read in SQL order, first only its top (ID_PREFIX
ids), and in full the first time a row below it is needed (a scroll down, a jump to the end).
`data()` asks the list service for the page holding a row the first time it is painted and keeps
a few pages in a small cache. Nothing here holds a database cursor open, so opening 100,000
candidates costs a count, a short id query and the page on screen.

The listing is anything with `count`, `ids`, `rows` and `has_any`: the list service, or at
start-up the read-only preview (crm.persistence.peek) that answers identically until the store
is open and `replace_listing` hands over.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

from ui.candidates.columns import COLUMNS, column_title, display

if TYPE_CHECKING:
    from crm.services.candidate_row import CandidateRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
ID_PREFIX = 1000
CACHED_PAGES = 20
_ANY_INDEX = QModelIndex | QPersistentModelIndex


class Listing(Protocol):
    def count(self, include_archived: bool = True) -> int: ...
    def has_any(self) -> bool: ...
    def ids(self, sort_key: str | None = "name", descending: bool = False, restrict_to: Sequence[int] | None = None,
            include_archived: bool = True, limit: int | None = None) -> list[int]: ...
    def rows(self, ids: Sequence[int]) -> list[CandidateRow]: ...


class CandidateTableModel(QAbstractTableModel):
    def __init__(self, listing: Listing, parent=None):
        super().__init__(parent)
        self._listing = listing
        self._ids: list[int] = []
        self._total = 0
        self._complete = True  # False while only the top of the id list is read
        self._pages: OrderedDict[int, dict[int, CandidateRow]] = OrderedDict()
        self._sort_key: str | None = "name"
        self._descending = False
        self._restrict: list[int] | None = None
        self._include_archived = False
        self.terms: tuple[str, ...] = ()
        self.rows_fetched = 0  # rows materialised from the database so far (for tests and the bench)
        self.loaded = False  # until the first load, a sort request only records the order

    # ---- what is listed ---------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the id list with the current sort, search restriction and archive filter."""
        self.beginResetModel()
        self._read_ids()
        self._pages.clear()
        self.loaded = True
        self.endResetModel()

    def _read_ids(self) -> None:
        if self._restrict is not None:  # a search result is already bounded: read it whole
            self._ids = self._listing.ids(self._sort_key, self._descending, self._restrict, self._include_archived)
            self._total, self._complete = len(self._ids), True
            return
        self._total = self._listing.count(self._include_archived)
        self._ids = self._listing.ids(self._sort_key, self._descending, None, self._include_archived, ID_PREFIX)
        self._complete = len(self._ids) >= self._total
        if self._complete:
            self._total = len(self._ids)

    def _read_all_ids(self) -> None:
        full = self._listing.ids(self._sort_key, self._descending, None, self._include_archived)
        self._ids, self._complete = full, True
        if len(full) != self._total:  # the data changed since the count: start over once idle
            QTimer.singleShot(0, self.load)

    @property
    def ids_read(self) -> int:
        return len(self._ids)

    def _id_at(self, row: int) -> int | None:
        if row >= len(self._ids) and not self._complete:
            self._read_all_ids()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def set_search(self, ids: Sequence[int] | None, terms: Sequence[str] = ()) -> None:
        """Show only these ids in their ranked order (None: everyone, in the last chosen sort)."""
        self._restrict = list(ids) if ids is not None else None
        self.terms = tuple(terms)
        if ids is not None:
            self._sort_key = None
        elif self._sort_key is None:
            self._sort_key = "name"
        self.load()

    def search_ids(self) -> list[int] | None:
        return list(self._restrict) if self._restrict is not None else None

    def set_include_archived(self, include: bool) -> None:
        self._include_archived = include
        self.load()

    @property
    def listing(self) -> Listing:
        return self._listing

    def replace_listing(self, listing: Listing) -> None:
        """Hand over to a listing that gives the same answers (the start-up preview -> the service).
        The rows and ids already read stay valid, so nothing on screen moves."""
        self._listing = listing

    @property
    def sort_key(self) -> str | None:
        return self._sort_key

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def candidate_id(self, row: int) -> int | None:
        return self._id_at(row) if 0 <= row < self._total else None

    def row_of(self, candidate_id: int) -> int | None:
        if candidate_id not in self._ids and not self._complete:
            self._read_all_ids()
        try:
            return self._ids.index(candidate_id)
        except ValueError:
            return None

    # ---- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(COLUMNS[section].key)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role == ID_ROLE:
            return self._id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8f98")) if row.status == "archived" else None
        text = display(column, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if column.key in ("title", "skills", "company", "email") and text else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort_key is None:
            return
        self._sort_key = COLUMNS[column].sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if not self.loaded:
            return  # the view restoring its header; the first load() applies this order
        total = self._total
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        self._read_ids()
        self._pages.clear()
        if self._total != total:  # the data changed meanwhile: a layout change cannot say so
            self.layoutChanged.emit()
            self.load()
            return
        # Keep the selection on the same people: move each persistent index to its id's new row
        # (within the ids read so far; a person further down is left unselected).
        persistent = self.persistentIndexList()
        if persistent:
            new_rows = {candidate_id: row for row, candidate_id in enumerate(self._ids)}
            moved = []
            for old in persistent:
                row = new_rows.get(before[old.row()]) if old.row() < len(before) else None
                moved.append(self.index(row, old.column()) if row is not None else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # ---- paging ----------------------------------------------------------------------------------
    def _row(self, row: int) -> CandidateRow | None:
        candidate_id = self._id_at(row)
        if candidate_id is None:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
            fetched = self._listing.rows(ids)
            self.rows_fetched += len(fetched)
            page = {item.id: item for item in fetched}
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(candidate_id)
