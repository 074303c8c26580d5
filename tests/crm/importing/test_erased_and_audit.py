"""An import never brings back a person erased on request, takes a backup first and is audited."""

from import_fixtures import english_xlsx
from sqlalchemy import select

from crm.domain import AuditEntry
from crm.importing.importer import ImportOptions, import_candidates
from crm.safety.backups import BackupManager
from crm.safety.erasure import erase


def test_erased_person_is_skipped_with_a_warning_unless_asked(tmp_path, store, services):
    path = english_xlsx(tmp_path / "export.xlsx")
    import_candidates(store, path)
    mary = services.candidates.find_by_email("mary@example.org")
    erase(store, [mary.id])
    assert services.candidates.find_by_email("mary@example.org") is None

    again = import_candidates(store, path)
    assert services.candidates.find_by_email("mary@example.org") is None
    assert again.created == 0
    warning = next(w for w in again.warnings if "erased" in w.reason)
    assert warning.row == 2  # Mary's row in the file

    forced = import_candidates(store, path, ImportOptions(include_erased=True))
    assert forced.created == 1
    assert services.candidates.find_by_email("mary@example.org") is not None


def test_import_takes_a_backup_first_and_writes_an_audit_entry(tmp_path, store):
    report = import_candidates(store, english_xlsx(tmp_path / "export.xlsx"))
    reasons = [info.reason for info in BackupManager(store).list(with_counts=False)]
    assert "pre-import" in reasons
    with store.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
    assert entry.entity_id == report.batch_id
    assert entry.details["created"] == 3
    assert "mary@example.org" not in str(entry.details)
