"""The import window's possible duplicates: compared beside the existing record, merged, or refused when a
record changed or went since; a merge in the Spanish app notes in Spanish."""


import pytest
from import_fixtures import messy_spanish_xlsx
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
    assert not dialog.compare_button.isHidden() and not dialog.compare_button.isEnabled()
    model = dialog.issues_model
    line = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Possible duplicate")
    dialog.issues_view.setCurrentIndex(model.index(line, 0))
    assert dialog.compare_button.isEnabled()

    review = dialog.review_duplicate(line)
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

    def answer_yes(*_args):
        answers.append(True)
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
    assert not dialog.compare_button.isEnabled() and model.possible_duplicate(line) is None
    assert dialog.details_label.text().startswith("Merged") and "Possible duplicate" not in dialog.details_label.text()


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
