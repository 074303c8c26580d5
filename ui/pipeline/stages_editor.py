"""Edit the pipeline's stages (shared by every role) and the rejection reasons.

Each change is applied at once, in its own transaction, and every board hears about it.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import CrmError
from crm.services.records import StageRecord
from crm.services.stages import StagesService
from ui.context import AppContext, ChangeSet
from ui.kit.window_size import fit_to_screen
from ui.pipeline.reasons_editor import ReasonsEditorDialog


class StagesEditorDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = StagesService(context.services.store)
        self.setWindowTitle(self.tr("Pipeline stages"))
        fit_to_screen(self, 640, 440)
        self.stages = QListWidget()
        self.stages.setObjectName("stagesList")
        self.stages.currentRowChanged.connect(self._on_stages_current_row_changed)
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._on_name_editing_finished)
        self.kind = QComboBox()
        for value, text in (("open", self.tr("Open (in progress)")), ("placed", self.tr("Placed")),
                            ("rejected", self.tr("Rejected"))):
            self.kind.addItem(text, value)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.stale = QSpinBox()
        self.stale.setRange(0, 365)
        self.stale.setSpecialValueText(self.tr("Never"))
        self.stale.setSuffix(self.tr(" days"))
        self.stale.editingFinished.connect(self._on_stale_editing_finished)
        self.usage = QLabel()
        self.usage.setStyleSheet("color: #6b7280;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Stale after"), self.stale)
        form.addRow("", self.usage)

        buttons = QVBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add_stage), (self.tr("Remove…"), self.remove_stage),
                           (self.tr("Move up"), lambda: self.move_stage(-1)),
                           (self.tr("Move down"), lambda: self.move_stage(1)),
                           (self.tr("Rejection reasons…"), self.edit_reasons)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.stages, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        body.addLayout(right, 1)
        body.addLayout(buttons)
        note = QLabel(self.tr("Stages are shared by every role. A card idle longer than its stage's limit is "
                              "highlighted on the board. At least one open, one placed and one rejected stage "
                              "must remain."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(note)
        layout.addWidget(close)
        self._records: list[StageRecord] = []
        self._usage: dict[int, int] = {}
        self.reload()

    # State ------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self._records = self.service.list()
        self._usage = self.service.usage()
        with QSignalBlocker(self.stages):
            self.stages.clear()
            for number, stage in enumerate(self._records, start=1):
                item = QListWidgetItem(f"{number}. {stage.name}")
                item.setData(256, stage.id)
                self.stages.addItem(item)
        row = next((i for i, s in enumerate(self._records) if s.id == current), 0)
        self.stages.setCurrentRow(row)
        self._on_stages_current_row_changed(row)

    def current(self) -> StageRecord | None:
        row = self.stages.currentRow()
        return self._records[row] if 0 <= row < len(self._records) else None

    def current_id(self) -> int | None:
        stage = self.current()
        return stage.id if stage else None

    def _apply(self, action, select_id: int | None = None) -> bool:
        """Run one service call; on success refresh and tell every board."""
        try:
            result = action()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the stages"), str(exc))
            self.reload()
            return False
        self.context.events.emit_change(ChangeSet.of("stage"))
        self.reload(select_id if select_id is not None else getattr(result, "id", None))
        return True

    # Actions ----------------------------------------------------------------------------------

    def add_stage(self, name: str | None = None) -> bool:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("New stage"), self.tr("Name of the new stage:"))
            if not ok or not name.strip():
                return False
        current = self.current()
        before = self._records[self.stages.currentRow() + 1].id if current and self.stages.currentRow() + 1 < len(
            self._records) else None
        return self._apply(lambda: self.service.add(name, before_id=before))

    def remove_stage(self) -> bool:
        stage = self.current()
        if stage is None:
            return False
        in_use = self._usage.get(stage.id, 0)
        target: int | None = None
        if in_use:
            target = self.ask_target(stage, in_use, [s for s in self._records if s.id != stage.id])
            if target is None:
                return False
        elif QMessageBox.question(self, self.tr("Remove stage"),
                                  self.tr("Remove the stage %1?").replace("%1", stage.name)) \
                != QMessageBox.StandardButton.Yes:
            return False
        return self._apply(lambda: self.service.remove(stage.id, target), select_id=target)

    def ask_target(self, stage: StageRecord, count: int, others: list[StageRecord]) -> int | None:
        """Where the applications of a removed stage go."""
        names = [s.name for s in others]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Remove stage"),
            self.tr("%1 applications are in %2. Move them to:").replace("%1", str(count)).replace("%2", stage.name),
            names, 0, False)
        return others[names.index(chosen)].id if ok and chosen in names else None

    def move_stage(self, direction: int) -> bool:
        row = self.stages.currentRow()
        if not 0 <= row + direction < len(self._records) or row < 0:
            return False
        order = [s.id for s in self._records]
        order[row], order[row + direction] = order[row + direction], order[row]
        return self._apply(lambda: self.service.reorder(order), select_id=order[row + direction])

    def edit_reasons(self) -> None:
        ReasonsEditorDialog(self.context, self).exec()

    # Slots ------------------------------------------------------------------------------------

    def _on_stages_current_row_changed(self, row: int) -> None:
        stage = self.current()
        if stage is None:
            return
        with QSignalBlocker(self.name), QSignalBlocker(self.kind), QSignalBlocker(self.stale):
            self.name.setText(stage.name)
            self.kind.setCurrentIndex(max(0, self.kind.findData(stage.kind)))
            self.stale.setValue(stage.stale_after_days or 0)
        self.usage.setText(self.tr("%1 applications in this stage").replace("%1", str(self._usage.get(stage.id, 0))))

    def _on_name_editing_finished(self) -> None:
        stage = self.current()
        if stage is not None and self.name.text().strip() and self.name.text().strip() != stage.name:
            self._apply(lambda: self.service.update(stage.id, name=self.name.text()))

    def _on_kind_current_index_changed(self, _index: int) -> None:
        stage = self.current()
        if stage is not None and self.kind.currentData() != stage.kind:
            self._apply(lambda: self.service.update(stage.id, kind=self.kind.currentData()))

    def _on_stale_editing_finished(self) -> None:
        stage = self.current()
        days = self.stale.value() or None
        if stage is not None and days != stage.stale_after_days:
            self._apply(lambda: self.service.update(stage.id, stale_after_days=days))
