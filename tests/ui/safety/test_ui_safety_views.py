"""Backups dialog, restore dialog, retention page, audit view and the auto-backup timer, on a real
event loop with real database files."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from crm.safety import consent, erasure
from crm.safety.backups import BackupManager
from crm.services.demo import load_demo
from ui.context import AppContext, ChangeSet
from ui.safety.audit_dialog import AuditDialog
from ui.safety.autobackup import AutoBackup
from ui.safety.backups_dialog import BackupsDialog
from ui.safety.restore_dialog import RestoreDialog
from ui.safety.retention_page import RetentionPage

TODAY = date(2026, 11, 27)


@pytest.fixture
def context(services, qtbot):
    made = AppContext.create(services)
    yield made
    made.tasks.wait_for_done()


def test_backups_dialog_lists_backs_up_now_and_changes_folder(qtbot, qtmodeltester, context, tmp_path):
    context.services.candidates.create({"first_name": "Ana"})
    dialog = BackupsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.index(0, 1).data() == "by hand"
    assert dialog.model.index(0, 3).data() == "1"
    qtmodeltester.check(dialog.model)
    dialog.set_folder(tmp_path / "chosen")
    assert str((tmp_path / "chosen").resolve()) in dialog.folder_label.text()
    assert dialog.model.rowCount() == 0  # the new folder is empty until the next backup


def test_restore_dialog_shows_contents_and_reapplies_a_later_erasure(qtbot, context):
    services = context.services
    keep = services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})
    gone = services.candidates.create({"first_name": "Eve", "email": "eve@example.com"})
    backup = BackupManager(services.store).take("manual")
    erasure.erase(services.store, [gone.id])
    dialog = RestoreDialog(context, backup=backup.path)
    qtbot.addWidget(dialog)
    assert dialog.contents_label.text() == "2 candidates, 0 roles, 0 clients"
    assert dialog.check_label.text() == "passes the integrity check"
    changes: list[ChangeSet] = []
    context.events.data_changed.connect(changes.append)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        dialog.restore_button.click()
    assert restored.args[0].erasures_reapplied == 1
    assert changes and changes[0].touches("candidate")
    # The app's own store keeps working on the restored file.
    assert services.candidates.find_by_email("eve@example.com") is None
    assert services.candidates.get(keep.id).first_name == "Ana"
    with qtbot.waitSignal(dialog.confirmed):
        dialog.close_button.click()


def test_restore_dialog_refuses_a_damaged_file(qtbot, context, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database")
    dialog = RestoreDialog(context, backup=bad)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.check_label.text().startswith("FAILED")


def test_retention_page_on_demo_data_with_bulk_actions(qtbot, qtmodeltester, context):
    load_demo(context.services.store, 300)
    page = RetentionPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    total = page.model.rowCount()
    assert total > 0 and f"{total} candidates need a decision" in page.summary_label.text()
    print(f"\nRETENTION-PAGE demo=300 rows={total} summary={page.summary_label.text()!r}")
    assert not page.anonymise_button.isEnabled()
    page.table.selectRow(0)
    assert page.anonymise_button.isEnabled()
    first = page.selected()[0]
    page.extend([first], date(2028, 1, 1), "in process for a role")
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1, timeout=10_000)
    page.table.selectRow(0)
    second = page.selected()[0]
    page.anonymise([second])
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 2, timeout=10_000)
    assert context.services.candidates.count() == 299
    page.table.selectAll()
    query = parse_qs(urlsplit(consent.mailto_draft(page.selected(), "s", "b")).query)
    assert len(query["bcc"][0].split(",")) == len([r for r in page.selected() if r.email])


def test_audit_dialog_is_read_only_and_lists_actions(qtbot, qtmodeltester, context):
    person = context.services.candidates.create({"first_name": "Ana"})
    erasure.erase(context.services.store, [person.id])
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 2).data() == "erased"
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_audit_dialog_names_records_and_details_in_the_users_language(qtbot, context, tmp_path):
    from import_fixtures import english_xlsx

    from crm.importing.importer import import_candidates
    from tests.ui.helpers import spanish_area

    store = context.services.store
    report = import_candidates(store, english_xlsx(tmp_path / "export.xlsx"))
    person = context.services.candidates.find_by_email("mary@example.org")
    erasure.erase(store, [person.id])

    def shown(dialog):
        return [[dialog.model.index(row, column).data() for column in (2, 3, 4)] for row in range(dialog.model.rowCount())]

    english = AuditDialog(context)
    qtbot.addWidget(english)
    assert shown(english) == [
        ["erased", f"Candidate {person.id}", "reason: on request, applications: 0, clients informed: 0"],
        ["imported", f"Import {report.batch_id}", "kind: candidates, created: 3, updated: 0, skipped: 0, rejected: 0"]]
    with spanish_area("safety", tmp_path):
        spanish = AuditDialog(context)
        qtbot.addWidget(spanish)
        assert shown(spanish) == [
            ["suprimió", f"Candidato {person.id}", "motivo: a petición, candidaturas: 0, clientes informados: 0"],
            ["importó", f"Importación {report.batch_id}",
             "tipo: candidatos, creados: 3, actualizados: 0, omitidos: 0, rechazados: 0"]]


def test_autobackup_takes_a_backup_after_a_change_only(qtbot, context):
    auto = AutoBackup(context, interval_ms=60_000)
    with qtbot.waitSignal(auto.backup_taken, timeout=10_000):
        auto.run_now()  # first run: no backup yet, so one is taken
    manager = BackupManager(context.services.store)
    assert len(manager.list()) == 1
    auto.run_now()  # nothing changed since
    context.tasks.wait_for_done()
    qtbot.wait(50)
    assert len(manager.list()) == 1
    auto.pause()
    assert auto.paused
    auto.resume()
    assert auto.timer.isActive() and auto.timer.interval() == 60_000


def test_person_actions_export_and_erase(qtbot, context, tmp_path):
    from ui.safety.person_actions import PersonRightsActions

    person = context.services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})
    actions = PersonRightsActions(context)
    with qtbot.waitSignal(actions.exported, timeout=10_000) as exported:
        actions.export_person(person.id, tmp_path / "ana.zip")
    assert exported.args[0].path.exists()
    changes: list[ChangeSet] = []
    context.events.data_changed.connect(changes.append)
    with qtbot.waitSignal(actions.erased, timeout=10_000):
        actions.erase_person(person.id)
    assert changes[0].ids == {person.id}
    assert context.services.candidates.count() == 0
    with qtbot.waitSignal(actions.failed, timeout=10_000):
        actions.erase_person(person.id)  # already gone: told, not crashed
    context.tasks.wait_for_done()  # let the task finish before `actions` (its parent) goes away
