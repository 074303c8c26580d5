"""The imports done so far, and undoing one after its dialog was closed."""

from import_fixtures import messy_spanish_xlsx, plain_xlsx
from PySide6.QtWidgets import QMessageBox

from crm.importing.importer import import_candidates
from ui.import_export.import_history import ImportHistoryDialog


def test_the_history_lists_imports_newest_first_and_undoes_the_chosen_one(qtbot, context, services, store, tmp_path,
                                                                          monkeypatch):
    first = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    blank = [None] * 8
    second = import_candidates(store, messy_spanish_xlsx(tmp_path / "nuevos.xlsx", rows=[
        ["Iris", "Vega", "iris@example.com", None, "Madrid", *blank]]))
    before = services.candidates.count()
    changes = []
    context.events.data_changed.connect(changes.append)

    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = [[model.index(row, column).data() for column in (1, 2, 3, 4, 7, 9)] for row in range(model.rowCount())]
    # The sheet read: a workbook's sheets are imported one by one, and told apart here
    assert shown == [["nuevos.xlsx", "Candidatos", "Candidates", "1", "0", "Imported"],
                     ["q3.xlsx", "Candidatos", "Candidates", str(first.created), str(len(first.rejected)), "Imported"]]
    assert model.index(1, 8).data() == str(len(first.warnings))
    assert dialog.selected()["id"] == second.batch_id and dialog.undo_button.isEnabled()

    dialog.table.selectRow(1)  # the older one: noticed later
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: "undone" in dialog.status_label.text(), timeout=10_000)
    assert services.candidates.count() == before - first.created
    assert f"{first.created} records removed" in dialog.status_label.text()
    assert [model.index(row, 9).data() for row in range(2)] == ["Imported", "Undone"]
    dialog.table.selectRow(1)
    assert not dialog.undo_button.isEnabled()  # an import is undone once
    assert changes and changes[-1].touches("candidate")


def test_an_import_whose_records_were_edited_since_is_not_undone_and_the_dialog_says_why(qtbot, context, services, store,
                                                                                        tmp_path):
    blank = [None] * 8
    import_candidates(store, messy_spanish_xlsx(tmp_path / "uno.xlsx", rows=[["Iris", "Vega", "iris@example.com", None,
                                                                               "Madrid", *blank]]))
    iris = services.candidates.find_by_email("iris@example.com")
    services.candidates.update(iris.id, iris.version, {"city": "Bilbao"})
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    dialog.undo(dialog.selected())
    qtbot.waitUntil(lambda: "Not undone" in dialog.status_label.text(), timeout=10_000)
    assert "edited after it" in dialog.status_label.text()
    assert services.candidates.get(iris.id).city == "Bilbao" and dialog.undo_button.isEnabled()


def test_an_empty_history_says_so(qtbot, context):
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and dialog.status_label.text() == "No imports yet."
    assert not dialog.undo_button.isEnabled()


def test_a_past_imports_report_is_shown_again_and_its_possible_duplicates_compared(qtbot, context, services, store,
                                                                                 tmp_path):
    from crm.importing.report import MAX_STORED_ISSUES
    from ui.import_export.duplicate_review import DuplicateReviewDialog

    laura = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid"})
    blank = [None] * 8
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "dos.xlsx", rows=[
        ["LAURA", "GOMEZ", "laura@example.com", None, "Madrid", None, None, "a convenir", *blank[:5]]]))
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    shown = dialog.show_report(dialog.selected())  # the user closed the import's own dialog long ago

    assert shown.pages.currentIndex() == 2 and shown.report.batch_id == report.batch_id
    model = shown.report_page.issues_model
    kinds = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert kinds == ["Warning", "Possible duplicate"]
    assert model.index(0, 4).data() == report.warnings[0].reason and shown.report_page.undo_button.isEnabled()
    review = shown.report_page.review_duplicate(1)
    assert isinstance(review, DuplicateReviewDialog)
    assert review.other.id == laura.id and review.imported.email == "laura@example.com"
    assert str(MAX_STORED_ISSUES) not in shown.report_page.summary_label.text().replace(",", "").replace(".", "")


def test_the_report_of_an_undone_import_says_so_and_offers_no_undo(qtbot, context, store, tmp_path):
    from crm.importing.undo import undo_import

    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    undo_import(store, report.batch_id)
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    shown = dialog.show_report(dialog.selected())
    assert "This import was undone." in shown.report_page.summary_label.text() and not shown.report_page.undo_button.isEnabled()
    assert shown.report_page.issues_model.rowCount() == len(report.rejected) + len(report.warnings)


def test_a_report_shown_again_remembers_the_possible_duplicates_merged_since(qtbot, context, services, store, tmp_path):
    from crm.services.candidate_merge import merge_candidates

    laura = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid"})
    blank = [None] * 8
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "dos.xlsx", rows=[
        ["LAURA", "GOMEZ", "laura@example.com", None, "Madrid", None, None, None, *blank[:5]],
        ["Pedro", "Ruiz", "pedro@example.com", None, "Madrid", None, None, None, *blank[:5]]]))
    flag = report.possible_duplicates[0]
    merge_candidates(store, laura.id, laura.version, flag["new_id"], 1)  # compared and merged when first shown
    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    shown = dialog.show_report(dialog.selected())

    model = shown.report_page.issues_model
    line = next(line for line, _flag in model.possible_lines())
    assert model.index(line, 0).data() == "Merged"
    assert model.index(line, 4).data() == f"Merged into candidate {laura.id}"
    assert shown.report_page.review_duplicate(line) is None  # nothing left to compare


def test_a_past_imports_report_counts_every_issue_when_only_the_first_were_kept(qtbot, context, services, store,
                                                                                 tmp_path, monkeypatch):
    """An import of 100,000 rows had 65,206 warnings and 7,205 possible duplicates, the first 5,000 of each kept
    with it: its report, shown again, said "5000 warnings, 5000 possible duplicates", and its issues saved as
    a workbook held 10,001 lines with nothing saying that 62,411 were missing."""
    import openpyxl

    from crm.importing import report as report_module

    monkeypatch.setattr(report_module, "MAX_STORED_ISSUES", 2)  # (5,000: a file of 5,001 warnings)
    for number in range(3):
        services.candidates.create({"first_name": f"Ana{number}", "last_name": "Gómez", "city": "Madrid"})
    rows = [[f"ANA{number} GOMEZ", f"ana{number}@example", "Madrid", "mucho"] for number in range(3)]
    rows += [[None, None, "Sevilla", "3"]] * 3  # nothing identifies a person: rejected
    live = import_candidates(store, plain_xlsx(tmp_path / "grande.xlsx", ["Name", "Email", "City",
                                                                          "Experience (years)"], *rows))
    assert (len(live.rejected), len(live.warnings), len(live.possible_duplicates)) == (3, 6, 3)

    dialog = ImportHistoryDialog(context)
    qtbot.addWidget(dialog)
    assert [dialog.model.index(0, column).data() for column in (7, 8)] == ["3", "6"]  # the history had them right
    shown = dialog.show_report(dialog.selected())
    page = shown.report_page
    kept = "2 of 3 rejected rows, 2 of 6 warnings, 2 of 3 possible duplicates"
    assert page.summary_label.text() == (
        "Imported grande.xlsx (sheet Sheet): 3 created, 0 updated, 0 skipped, 0 duplicates in the file merged, "
        "3 rejected, 6 warnings, 3 possible duplicates to review. Only the first issues of each kind were kept "
        f"with the import, and are listed below: {kept}.")
    assert page.issues_model.rowCount() == 6  # the ones kept

    page.save_errors(tmp_path / "incidencias.xlsx")
    qtbot.waitUntil(lambda: not page.saving_issues, timeout=20_000)
    book = openpyxl.load_workbook(tmp_path / "incidencias.xlsx")
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == ("This workbook holds only the first issues of each kind, as they were kept with the "
                          f"import: {kept}. The others were not kept.")
    assert rows[1] == ("Kind", "Row", "Column", "Value", "Reason") and len(rows) == 2 + 6
    assert [row[:2] for row in rows[2:]] == [("Rejected", 5), ("Rejected", 6), ("Warning", 2), ("Warning", 2),
                                             ("Possible duplicate", 2), ("Possible duplicate", 3)]
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref == "A2:E8"  # the note is no line of the table
    book.close()
    page.grab().save(str(tmp_path / "report.png"))
