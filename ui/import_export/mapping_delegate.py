"""A combo box in the "Import as" column: any field, "Add to notes" or "Skip"."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.import_export.field_labels import field_label

_MOVES_ALONG = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


class TargetCombo(QComboBox):
    """A column's choice, one of a list the user scrolls with the wheel: the wheel scrolls the list (a
    choice changes only with a click or a key), else scrolling past a column changed what it imports as."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        # Tab goes past the list's choices (the list itself takes it, its rows by the arrow keys; F2 or a
        # click on a choice opens it), not through each of them and round again.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()  # to the list of columns, which scrolls

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The arrow keys move along the list of columns (going down it changed each column's choice in
        turn): a choice changes with Alt+Down, F4 or a click, which open the choices. Enter confirms the
        choice; it does not go on to the window, whose default button imports."""
        if (event.key() in _MOVES_ALONG and not event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.ignore()  # to the list of columns
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class TargetDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = TargetCombo(parent)
        combo.setObjectName("targetCombo")
        model = index.model()
        for target in model.choices:
            combo.addItem(field_label(target, model.kind), target)
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        # A screen reader named each list by its value only: which column it is for, said first.
        column = model.index(index.row(), 0).data()
        combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", str(column or "")))
        return combo

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Tab in a choice goes on to what follows the list (the delegate's own handling moved to the next
        row's choice, and round the list for ever)."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view = self.parent()
            view.setFocus(Qt.FocusReason.TabFocusReason)
            QCoreApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers()))
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if position != editor.currentIndex():
            editor.blockSignals(True)
            editor.setCurrentIndex(position)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
