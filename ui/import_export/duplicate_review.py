"""Review one possible duplicate of an import: the record its row created beside the one it looks like,
field by field, differences marked; keep both, or merge the imported one into the other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import NotFound
from crm.services.records import CandidateRecord
from ui.candidates.columns import salary_text, seniority_label, status_label
from ui.context import AppContext, ChangeSet
from ui.import_export.field_labels import field_label
from ui.import_export.models import WARNED_ROW, shown
from ui.import_export.reasons import other_of_possible_duplicate, translated_reason
from ui.kit.window_size import fit_to_screen

DIFFERENT = WARNED_ROW  # two values of one field that disagree: the amber of the report's warnings
_FIELDS = ("name", "email", "phone", "city", "linkedin_url", "github_url", "current_title", "current_company",
           "years_experience", "seniority", "english_level", "expected_salary", "current_salary", "notice_days",
           "skills", "source", "status", "notes", "created_at")


def pair_of(flag: dict[str, Any]) -> tuple[int | None, int | None]:
    """(the record the flagged row created, the record it looks like): an existing candidate, or the one an
    earlier row of the file created."""
    return flag.get("new_id"), flag.get("candidate_id", flag.get("other_id"))


def can_review(flag: dict[str, Any] | None) -> bool:
    return flag is not None and all(pair_of(flag))


class DuplicateReviewDialog(QDialog):
    """accept()ed after a merge (`merged` says into which candidate); reject()ed when both are kept."""

    def __init__(self, context: AppContext, flag: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.flag = flag
        self.merged: int | None = None
        self._task = None
        self.imported, self.other = self._records()
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.intro = QLabel(self._intro())
        self.intro.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Read, not worked in: a selected cell would hide the marks of the values that differ.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        # A long note makes a row taller than the table on a small screen: scrolled by the pixel, it is read whole.
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fill_table()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep both"))
        self.keep_button.clicked.connect(self.reject)
        self.keep_button.setDefault(True)  # Enter keeps both: a merge deletes a record, it is clicked on purpose
        self.merge_button = QPushButton(self.tr("Same person: merge"))
        self.merge_button.setObjectName("primaryButton")
        self.merge_button.setToolTip(self.tr("The record this row created goes into the other: its empty fields "
                                             "are filled, its skills added, and contacts that differ are kept in "
                                             "its notes. Then the imported record is deleted."))
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.merge_button.setEnabled(self.imported is not None and self.other is not None)
        if not self.merge_button.isEnabled():
            self.status_label.setText(self.tr("One of the two records no longer exists (deleted, merged, or the "
                                              "import was undone)."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._fit_to_rows()

    def _fit_to_rows(self) -> None:
        """As tall as the table's rows, so the buttons sit right below the comparison; no taller than the
        screen's free area (a 1366x768 laptop at 150% has 512 logical pixels), where the table scrolls and the
        buttons stay in view."""
        fit_to_screen(self, 820, 100)  # the width first: the rows' heights follow their columns' width
        table, header = self.table, self.table.horizontalHeader()
        margins = self.layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right() - 2 * table.frameWidth()
                - table.verticalHeader().sizeHint().width() - table.verticalScrollBar().sizeHint().width())
        # Measured at the columns' width in the window (a table not shown yet has narrow ones: a long note
        # measured there was many times its height), then the columns share whatever width the window gets.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(table.columnCount()):
            header.resizeSection(column, room // table.columnCount())
        table.resizeRowsToContents()
        rows_height = table.verticalHeader().length() + header.sizeHint().height() + 2 * table.frameWidth() + 4
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        around_table = self.layout().sizeHint().height() - table.sizeHint().height()
        fit_to_screen(self, 820, around_table + min(rows_height, 560))

    # ---- what is shown ------------------------------------------------------------------------------
    def _records(self) -> tuple[CandidateRecord | None, CandidateRecord | None]:
        candidates = self.context.services.candidates
        found = []
        for candidate_id in pair_of(self.flag):
            try:
                found.append(candidates.get(candidate_id) if candidate_id else None)
            except NotFound:
                found.append(None)
        return found[0], found[1]

    def _intro(self) -> str:
        reason = translated_reason(self.flag["reason"])
        return self.tr("Row %1 of the file: %2. Compare the two records; if they are the same person, merge them.") \
            .replace("%1", str(self.flag["row"])).replace("%2", reason)

    def _headings(self) -> tuple[str, str]:
        imported = self.tr("Imported from row %1").replace("%1", str(self.flag["row"]))
        if "candidate_id" in self.flag:
            other = self.tr("Already in the database (candidate %1)").replace("%1", str(self.flag["candidate_id"]))
        else:
            other = self.tr("Imported from row %1").replace("%1", str(self.flag.get("other_row")))
        return imported, other

    def _fill_table(self) -> None:
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels(list(self._headings()))
        self.table.setRowCount(len(_FIELDS))
        self.table.setVerticalHeaderLabels([self._field_label(field) for field in _FIELDS])
        for row, field in enumerate(_FIELDS):
            texts = [self._value(record, field) for record in (self.imported, self.other)]
            differ = all(texts) and texts[0].casefold() != texts[1].casefold()
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text or "—")
                item.setToolTip(text)
                if not text:
                    item.setForeground(self.palette().placeholderText())
                if differ:
                    item.setBackground(QColor(DIFFERENT))
                self.table.setItem(row, column, item)

    def _field_label(self, field: str) -> str:
        return {"name": self.tr("Name"), "status": self.tr("Status")}.get(field) or field_label(field)

    def _value(self, record: CandidateRecord | None, field: str) -> str:
        if record is None:
            return ""
        if field == "name":
            return record.full_name
        if field == "skills":
            return ", ".join(skill.name for skill in record.skills)
        if field == "expected_salary":
            return salary_text(record.expected_salary, record.expected_salary_max) or ""
        if field == "current_salary":
            return salary_text(record.current_salary, None) or ""
        if field == "seniority":
            return seniority_label(record.seniority) or ""
        if field == "status":
            return status_label(record.status) or ""
        if field == "notes":
            return (record.notes or "").strip()
        return shown(getattr(record, field))

    # ---- merging -----------------------------------------------------------------------------------
    def _on_merge_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Merge the two records"),
            self.tr("Merge %1 (row %2) into %3 (%4)? The imported record is deleted once its details are in the "
                    "other, and the import can no longer be undone as a whole.")
            .replace("%1", self.imported.full_name or self.tr("(no name)")).replace("%2", str(self.flag["row"]))
            .replace("%3", self.other.full_name or self.tr("(no name)")).replace("%4", other_of_possible_duplicate(self.flag)))
        if answer == QMessageBox.StandardButton.Yes:
            self.merge()

    def merge(self) -> None:
        """Fold the imported record into the other, on the writer thread; the versions shown here must
        still be the stored ones."""
        from crm.domain.errors import Conflict, StaleVersion
        from crm.services.candidate_merge import KEPT_IN_NOTES, MergeWording, merge_candidates

        store = self.context.services.store
        keep, other = self.other, self.imported
        # The note of the other record's differing values is read in the app: in the user's language.
        labels = {field: field_label(field) for field in KEPT_IN_NOTES}  # here: Qt is asked on the GUI thread
        wording = MergeWording(self.tr("Merged from candidate %1:").replace("%1", "{id}"), labels.__getitem__)

        def work(_progress, _token) -> dict[str, Any]:
            try:
                return merge_candidates(store, keep.id, keep.version, other.id, other.version, wording)
            except StaleVersion:
                return {"refused": "edited"}
            except NotFound:
                return {"refused": "gone"}
            except Conflict:
                return {"refused": "history"}

        self.merge_button.setEnabled(False)
        self.keep_button.setEnabled(False)
        self.status_label.setText(self.tr("Merging…"))
        self._task = self.context.tasks.start(work, on_success=self._on_merge_succeeded,
                                              on_failure=self._on_merge_failed, parent=self)

    def _on_merge_succeeded(self, result: dict[str, Any]) -> None:
        self._task = None
        refused = result.get("refused")
        if refused:
            self.keep_button.setEnabled(True)
            self.status_label.setText({
                "edited": self.tr("Not merged: one of the records was changed since this window opened. Close it "
                                  "and compare them again."),
                "gone": self.tr("Not merged: one of the two records no longer exists."),
            }.get(refused, self.tr("Not merged: the imported record has applications, activities or files of its "
                                   "own. Open both and merge them by hand.")))
            return
        self.merged = result["kept"]
        self.context.events.emit_change(ChangeSet.of("candidate"))
        self.accept()

    def _on_merge_failed(self, message: str, _details: str) -> None:
        self._task = None
        self.keep_button.setEnabled(True)
        self.status_label.setText(self.tr("Not merged: %1").replace("%1", translated_reason(message)))
