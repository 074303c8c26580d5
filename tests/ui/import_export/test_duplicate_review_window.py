"""The import window's possible duplicates: compared beside the existing record, merged, or refused when a
record changed or went since; a merge in the Spanish app notes in Spanish."""


import pytest
from import_fixtures import messy_spanish_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import open_import_dialog as open_dialog

pytestmark = pytest.mark.usefixtures("british_english")


def test_a_possible_duplicate_is_compared_beside_the_existing_record_and_merged(qtbot, context, services, tmp_path,
                                                                               monkeypatch):
    """The report's possible duplicates are for review: the recruiter compares the imported record with
    the one it looks like, and merges them when they are one person (the imported one goes into the other)."""

    from ui.import_export.duplicate_review import DIFFERENT, DuplicateReviewDialog

    blank = [None] * 8
    existing = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid",
                                           "email": "laura@example.com"}, ["Python"])
    rows = [["Pedro", "Sanz", "pedro@example.com", None, "Bilbao", *blank],
            ["LAURA", "GOMEZ", "lgomez@work.es", "600 111 222", "Madrid", "Kubernetes", *blank[1:]]]
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "second.xlsx", rows=rows))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert not dialog.report_page.compare_button.isHidden() and not dialog.report_page.compare_button.isEnabled()
    model = dialog.report_page.issues_model
    line = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Possible duplicate")
    dialog.report_page.issues_view.setCurrentIndex(model.index(line, 0))
    assert dialog.report_page.compare_button.isEnabled()

    review = dialog.report_page.review_duplicate(line)
    assert isinstance(review, DuplicateReviewDialog)
    table = review.table
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == [
        "Imported from row 5", f"Already in the database (candidate {existing.id})"]
    shown = {table.verticalHeaderItem(r).text(): (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 0).background().color())
             for r in range(table.rowCount())}
    assert shown["Email"][:2] == ("lgomez@work.es", "laura@example.com")
    assert shown["Email"][2] == DIFFERENT  # two filled values that disagree stand out
    assert shown["Phone"][:2] == ("+34600111222", "—")
    assert shown["Skills"][:2] == ("Kubernetes", "Python")
    assert review.keep_button.isDefault() and not review.merge_button.isDefault()  # Enter never merges

    qtbot.waitUntil(lambda: review.isVisible(), timeout=5_000)
    answers = []

    def answer_yes(*args):
        answers.append("can no longer be undone as a whole" in args[2])  # the merge says what it costs
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)  # the user confirms the merge
    review.merge_button.click()
    qtbot.waitUntil(lambda: review.merged == existing.id, timeout=10_000)
    assert answers == [True]

    laura = services.candidates.get(existing.id)
    assert laura.phone == "+34600111222" and laura.email == "laura@example.com"
    # What could not fill a field is kept in the notes, under the names the user reads in the app.
    assert f"Merged from candidate {review.imported.id}:\nLast name: Gomez\nEmail: lgomez@work.es" in laura.notes
    assert {s.name for s in laura.skills} == {"Python", "Kubernetes"}
    assert services.candidates.count() == 2  # Pedro and Laura: the imported copy is gone
    assert model.index(line, 0).data() == "Merged"
    assert model.index(line, 4).data() == f"Merged into candidate {existing.id}"
    assert not dialog.report_page.compare_button.isEnabled() and model.possible_duplicate(line) is None
    assert dialog.report_page.details_label.text().startswith("Merged") and "Possible duplicate" not in dialog.report_page.details_label.text()
    counts = dialog.report_page.summary_label.text()
    qtbot.mouseClick(dialog.report_page.undo_button, Qt.MouseButton.LeftButton)  # (its question is answered Yes above)
    qtbot.waitUntil(lambda: "could not be undone" in dialog.report_page.summary_label.text(), timeout=10_000)
    assert dialog.report_page.summary_label.text().startswith(counts)  # the report's counts stay beside the reason


def test_a_merge_is_refused_when_a_record_changed_since_the_review_opened(qtbot, context, services, tmp_path):
    from ui.import_export.duplicate_review import DuplicateReviewDialog

    existing = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "city": "Sevilla"})
    blank = [None] * 8
    rows = [["Ana", "Ruiz", "ana@example.com", None, "Sevilla", *blank]]
    dialog = open_dialog(qtbot, context, messy_spanish_xlsx(tmp_path / "ana.xlsx", rows=rows))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    (flag,) = dialog.report.possible_duplicates
    review = DuplicateReviewDialog(context, flag, dialog)
    qtbot.addWidget(review)
    services.candidates.update(existing.id, 1, {"phone": "600 222 333"})  # someone edits it meanwhile

    review.merge()
    qtbot.waitUntil(lambda: review.keep_button.isEnabled(), timeout=10_000)
    assert "changed since this window opened" in review.status_label.text()
    assert review.merged is None and services.candidates.count() == 2


def test_a_review_of_a_record_that_is_gone_cannot_merge(qtbot, context, services):
    from ui.import_export.duplicate_review import DuplicateReviewDialog

    kept = services.candidates.create({"first_name": "Eva", "last_name": "Sanz", "city": "Vigo"})
    review = DuplicateReviewDialog(context, {"row": 7, "name": "Eva Sanz", "reason": "same name and city as an existing candidate",
                                            "candidate_id": kept.id, "new_id": kept.id + 99}, None)
    qtbot.addWidget(review)
    assert not review.merge_button.isEnabled() and "no longer exists" in review.status_label.text()


def test_a_merge_made_in_the_spanish_app_notes_in_spanish(qtbot, context, services, tmp_path):
    from tests.ui.helpers import spanish_area
    from ui.import_export.duplicate_review import DuplicateReviewDialog

    existing = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid",
                                           "email": "laura@example.com"})
    copy = services.candidates.create({"first_name": "Laura", "last_name": "Gomez", "city": "Madrid",
                                       "email": "lgomez@work.es"})
    flag = {"row": 2, "name": "Laura Gomez", "city": "Madrid", "candidate_id": existing.id, "new_id": copy.id,
            "reason": "similar name in the same city as an existing candidate"}
    with spanish_area("import", tmp_path):
        review = DuplicateReviewDialog(context, flag)
        qtbot.addWidget(review)
        review.merge()
        qtbot.waitUntil(lambda: review.merged == existing.id, timeout=10_000)
    notes = services.candidates.get(existing.id).notes
    assert notes == f"Fusionado desde el candidato {copy.id}:\nApellidos: Gomez\nEmail: lgomez@work.es"


def _report_window(qtbot, context, batch_id, undone=False):
    from crm.importing.undo import stored_report
    from ui.import_export.import_dialog import ImportDialog

    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.open_report(stored_report(context.services.store, batch_id), undone=undone)
    return dialog


def test_an_old_reports_duplicates_never_point_at_people_made_since(qtbot, context, services, store, tmp_path):
    """SQLite gives a deleted last record's id to the next one. An undone import's report offered to compare
    (and merge, deleting one) two people a later import made; a later import's Ignacio, given the id of one
    merged away before (a Nacho here), read "Merged into candidate 1" and could not be compared."""
    from import_fixtures import plain_xlsx

    from crm.importing.importer import import_candidates
    from crm.importing.undo import undo_import
    from crm.services.candidate_merge import merge_candidates

    headers = ["Nombre", "Email", "Ciudad", "Web"]
    site = plain_xlsx(tmp_path / "web.xlsx", headers, ["Ignacio García", "ignacio@example.com", "Sevilla", "nachogarcia.dev"],
                      ["Nacho García", None, None, "https://nachogarcia.dev"])
    first = import_candidates(store, site)
    undo_import(store, first.batch_id)
    import_candidates(store, plain_xlsx(tmp_path / "otros.xlsx", headers, ["Carlos Núñez", "c@example.com", "Vigo", None],
                                        ["Lucía Puig", "l@example.com", "Lugo", None]))
    window = _report_window(qtbot, context, first.batch_id, undone=True)
    [(line, _flag)] = window.report_page.issues_model.possible_lines()
    assert window.report_page.issues_model.possible_duplicate(line) is None  # nothing to compare: Carlos and Lucía are others
    assert "its record is gone" in window.report_page.issues_model.index(line, 4).data()

    again = import_candidates(store, site)
    flag = again.possible_duplicates[0]
    kept, gone = services.candidates.get(flag["other_id"]), services.candidates.get(flag["new_id"])
    merge_candidates(store, kept.id, kept.version, gone.id, gone.version)
    later = import_candidates(store, plain_xlsx(tmp_path / "bilbao.xlsx", headers,
                                                ["Nacho García", "nacho@example.com", "Bilbao", "nachogarcia.dev"]))
    [new_flag] = later.possible_duplicates
    assert new_flag["new_id"] == gone.id  # the merged-away id, given again
    window = _report_window(qtbot, context, later.batch_id)
    [(line, _flag)] = window.report_page.issues_model.possible_lines()
    assert window.report_page.issues_model.possible_duplicate(line) is not None and window.report_page.issues_model.index(line, 0).data() != "Merged"
