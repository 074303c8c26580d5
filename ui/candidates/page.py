"""The candidates page: search box, the lazy table and the detail pane, plus the candidate actions."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm.domain.errors import CrmError, NotFound
from ui.candidates.columns import COLUMNS, INDEX, column_title
from ui.candidates.highlight import HighlightDelegate
from ui.candidates.model import ID_ROLE, CandidateTableModel, Listing
from ui.context import AppContext, ChangeSet

SEARCH_DELAY_MS = 150


class CandidatesPage(QWidget):
    status_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, preview: Listing | None = None):
        """`preview` lists the first page while the context has no services yet (see attach_services)."""
        super().__init__(parent)
        self._context = context
        self._store = None
        if context.services is not None:
            self.model = CandidateTableModel(self._list_service(), self)
        elif preview is not None:
            self.model = CandidateTableModel(preview, self)
        else:
            raise ValueError("the candidates page needs services or a preview listing")
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.focus_results)
        context.events.data_changed.connect(self._on_events_data_changed)
        # The list is read by the first reload(), after the window restored the saved sort order.

    def _list_service(self):
        from crm.services.candidate_list import (
            CandidateListService,  # loads SQLAlchemy: after the first paint
        )

        self._store = self._context.services.store
        return CandidateListService(self._store)

    def attach_services(self) -> None:
        """The store is open: hand the list over from the preview, re-read it (keeping the selection) and
        fill the detail pane."""
        self.model.replace_listing(self._list_service())
        self.reload()
        self.detail.refresh()

    # ---- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search candidates: python madrid, \"data engineer\", "
                                               "skill:java years>=5 …"))
        self.save_search_button = QPushButton(self.tr("Save as smart list"))
        self.save_search_button.setEnabled(False)
        self.save_search_button.clicked.connect(self.save_search)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.save_search_button)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("candidateTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(HighlightDelegate(lambda: self.model.terms, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicator(INDEX["name"], Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for number, column in enumerate(COLUMNS):
            # Never narrower than its own title in the user's language ("Preaviso" is wider than "Notice");
            # measured with the sort indicator shown, which takes room in every title.
            header.resizeSection(number, max(column.width, header.sectionSizeHint(number)))
            header.setSectionHidden(number, not column.visible)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)

        from ui.candidates.detail import CandidateDetailPane

        self.detail = CandidateDetailPane(self._context)
        self.detail.edit_requested.connect(self.open_current)
        self.detail.attach_requested.connect(self.attach_cv)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 330])

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.stack)

    def set_empty_state(self, widget: QWidget) -> None:
        """The welcome shown instead of the table while the database holds nobody."""
        self._empty = widget
        self.stack.addWidget(widget)
        if self.model.loaded:
            self._update_empty()

    def _update_empty(self) -> None:
        empty = getattr(self, "_empty", None)
        if empty is None:
            return
        nobody = self.model.rowCount() == 0 and not self.search.text() and not self.model.listing.has_any()
        self.stack.setCurrentWidget(empty if nobody else self.stack.widget(0))

    # ---- listing and search ----------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the list keeping the search and the selected candidate."""
        selected = self.current_id()
        if self.search.text().strip():
            self.run_search()
        else:
            self.model.load()
        self._reselect(selected)
        self._update_empty()
        self._announce()

    def run_search(self) -> None:
        text = self.search.text().strip()
        selected = self.current_id()
        self.save_search_button.setEnabled(bool(text))
        if not text:
            self.model.set_search(None)
            self.table.horizontalHeader().setSortIndicator(INDEX["name"], Qt.SortOrder.AscendingOrder)
        else:
            from crm.services.search import SearchService  # the search parser loads on first use

            if self._store is None:
                return  # typed during start-up: attach_services runs it once the store is open
            result = SearchService(self._store).search(text)
            self.model.set_search(result.ids, result.terms)
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._reselect(selected)
        self._announce()

    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_results(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            if self.current_id() is None:
                self.table.selectRow(0)

    def _announce(self) -> None:
        rows = self.model.rowCount()
        count = f"{rows:,}".replace(",", QLocale().groupSeparator())
        if self.search.text().strip():
            text = (self.tr("1 match") if rows == 1 else self.tr("%1 matches")).replace("%1", count)
        else:
            text = (self.tr("1 candidate") if rows == 1 else self.tr("%1 candidates")).replace("%1", count)
        self.count_label.setText(text)
        self.status_changed.emit(text)

    def show_archived(self, shown: bool) -> None:
        self.model.set_include_archived(shown)
        self._announce()

    def apply_search(self, query: str) -> None:
        """Show a smart list: put its query in the search box and run it now."""
        self.search.setText(query)
        self._search_timer.stop()
        self.run_search()

    def save_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as smart list"), self.tr("Name of the smart list:"),
                                        text=query)
        if not ok:
            return
        from crm.services.saved_searches import SavedSearchService

        try:
            saved = SavedSearchService(self._store).save(name, query)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the smart list"), str(exc))
            return
        self._context.events.emit_change(ChangeSet.of("saved_search", ids=[saved.id]))

    # ---- selection -------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def search_result_ids(self) -> list[int] | None:
        """The ids the current search found, best first; None when no search is active."""
        return self.model.search_ids()

    def select_candidate(self, candidate_id: int) -> bool:
        row = self.model.row_of(candidate_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _reselect(self, candidate_id: int | None) -> None:
        """Keep the same person selected; otherwise the first row, so the detail pane is never idle."""
        if candidate_id is not None and self.select_candidate(candidate_id):
            return
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_candidate(None)

    def _on_selection_current_row_changed(self, current, _previous) -> None:
        self.detail.show_candidate(current.data(ID_ROLE) if current.isValid() else None)

    def _on_events_data_changed(self, change: ChangeSet) -> None:
        if change.touches("candidate", "application", "role", "company", "attachment", "export"):
            self.reload()
            self.detail.refresh()

    # ---- actions ---------------------------------------------------------------------------------
    def new_candidate(self) -> None:
        from ui.candidates.editor import CandidateDialog  # the editor and its rules load when first used

        dialog = CandidateDialog(self._context, None, self)
        if dialog.exec() and dialog.saved is not None:
            self.select_candidate(dialog.saved.id)

    def open_current(self) -> None:
        if self.search.hasFocus():
            self.focus_results()
            return
        candidate_id = self.current_id()
        if candidate_id is None:
            return
        try:
            record = self._context.services.candidates.get(candidate_id)
        except NotFound:
            self.reload()
            return
        from ui.candidates.editor import CandidateDialog

        CandidateDialog(self._context, record, self).exec()

    def archive_current(self) -> None:
        candidate_id = self.current_id()
        if candidate_id is None:
            return
        record = self._context.services.candidates.get(candidate_id)
        if record.status == "archived":
            return
        answer = QMessageBox.question(
            self, self.tr("Archive candidate"),
            self.tr("Archive %1? They leave the list but stay in the database; you can undo this.")
            .replace("%1", record.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            saved = self._context.services.candidates.archive(record.id, record.version)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot archive"), str(exc))
            return
        from ui.candidates.commands import EditCandidate
        from ui.candidates.editor import report_undo_problem

        self._context.undo_stack.push(EditCandidate(
            self._context, record.id, {"status": record.status}, {"status": "archived"}, None, saved.version,
            self.tr("Archive %1").replace("%1", record.full_name), report_undo_problem))
        self._context.events.emit_change(ChangeSet.of("candidate", ids=[record.id]))

    def delete_current(self) -> None:
        candidate_id = self.current_id()
        if candidate_id is None:
            return
        record = self._context.services.candidates.get(candidate_id)
        answer = QMessageBox.warning(
            self, self.tr("Delete candidate"),
            self.tr("Delete %1 for good? Their pipeline history, activities and files go too. "
                    "Undo brings back the profile only.").replace("%1", record.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._context.services.candidates.delete(record.id)
        from ui.candidates.commands import DeleteCandidate
        from ui.candidates.editor import report_undo_problem

        self._context.undo_stack.push(DeleteCandidate(
            self._context, record, self.tr("Delete %1").replace("%1", record.full_name), report_undo_problem))
        self._context.events.emit_change(ChangeSet.of("candidate", ids=[record.id]))

    def attach_cv(self, path: str | None = None) -> None:
        candidate_id = self.current_id()
        if candidate_id is None:
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a CV"), "",
                                                        self.tr("CV files (*.pdf *.docx)"))
        if not path:
            return
        from crm.services.attachments import AttachmentService

        try:
            AttachmentService(self._store).attach(candidate_id, path)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Cannot attach the file"), str(exc))
            return
        self._context.events.emit_change(ChangeSet.of("attachment", ids=[candidate_id]))

    # ---- columns and state -----------------------------------------------------------------------
    def _on_header_context_menu(self, position) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """A checkable entry per column; unticking one hides it (remembered with the header state)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(column_title(column.key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.setEnabled(column.key != "name")  # a row must stay recognisable
            action.toggled.connect(lambda on, n=number: header.setSectionHidden(n, not on))
        return menu

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("candidates/header", self.table.horizontalHeader().saveState())
        settings.setValue("candidates/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("candidates/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("candidates/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
