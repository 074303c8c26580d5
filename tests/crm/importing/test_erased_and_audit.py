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


def test_role_and_pipeline_imports_are_audited_too(tmp_path, store):
    from import_fixtures import pipeline_xlsx, roles_xlsx

    from crm.importing.pipeline import import_pipeline
    from crm.importing.roles import import_roles

    import_candidates(store, english_xlsx(tmp_path / "export.xlsx"))
    roles = import_roles(store, roles_xlsx(tmp_path / "vacantes.xlsx"))
    pipeline = import_pipeline(store, pipeline_xlsx(tmp_path / "seguimiento.xlsx", [
        ["mary@example.org", "VAC-T-001", "Contactado", None, None], ["nobody@example.org", "VAC-T-001", "Contactado", None, None]]))
    with store.sessions() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import").order_by(AuditEntry.id)).all()
    assert [(e.entity_id, e.details["kind"]) for e in entries][1:] == [(roles.batch_id, "roles"), (pipeline.batch_id, "pipeline")]
    assert entries[1].details["created"] == roles.created > 0
    reasons = [info.reason for info in BackupManager(store).list(with_counts=False)]
    assert reasons.count("pre-import") == 3  # before each of the three imports
    assert (entries[2].details["created"], entries[2].details["rejected"]) == (1, 1)


def test_erasing_the_first_person_of_an_import_leaves_its_undo_whole(tmp_path, store, services):
    """A bulk import records the people it created as runs of ids, keyed by the run's first: erasing that
    person took the record of the whole run, and undo then left the others behind."""
    from crm.importing.undo import undo_import

    report = import_candidates(store, english_xlsx(tmp_path / "export.xlsx"))
    first = min(c.id for c in services.candidates.iter_all())
    erase(store, [first])
    result = undo_import(store, report.batch_id)
    assert result.deleted == 2
    assert services.candidates.count() == 0


def test_erasure_takes_the_person_out_of_the_reports_imports_keep(tmp_path, store, services):
    """An erased person's name and city stayed in a past import's report (Import history: the report, its
    issues saved to Excel), and so did the cells of theirs it quoted."""
    from import_fixtures import plain_xlsx

    from crm.importing.pipeline import import_pipeline
    from crm.importing.undo import stored_report

    # (a tracker imported before the candidates: its row names her by her email)
    log = import_pipeline(store, plain_xlsx(tmp_path / "p.xlsx", ["Email", "Vacante", "Etapa"],
                                            ["flora@example.com", "VAC-1", "Contactado"]))
    headers = ["Nombre", "Email", "Teléfono", "Ciudad", "Salario deseado"]
    import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", headers,
                                        ["Flora Lago Elías", "flora@example.com", "600 111 222", "Valladolid", "40000"]))
    later = import_candidates(store, plain_xlsx(
        tmp_path / "b.xlsx", headers,
        ["Flora Lago Elias", "flora.lago@example", "tel. 611 22 33 44 (tardes)", "Valladolid", "a convenir"],
        ["Pedro Ruiz", "pedro@example.com", "622 000 111", "Soria", "a convenir"]))
    report = stored_report(store, later.batch_id)
    flag = report.possible_duplicates[0]
    assert flag["name"] == "Flora Lago Elias" and flag["city"] == "Valladolid"
    assert any(w.value == "tel. 611 22 33 44 (tardes)" for w in report.warnings)  # (the checks below can fail)
    assert any("flora@example.com" in r.reason for r in stored_report(store, log.batch_id).rejected)
    flora = [flag["new_id"], flag["candidate_id"]]
    erase(store, flora)

    report = stored_report(store, later.batch_id)
    assert (report.possible_duplicates[0]["name"], report.possible_duplicates[0]["city"]) == ("", "")
    theirs = [w for w in report.warnings if w.row == 2]
    assert theirs and all(w.value is None for w in theirs)  # the lines stay (the report adds up), blank
    assert [w.value for w in report.warnings if w.row == 3] == ["a convenir"]  # Pedro's are his
    rejected = stored_report(store, log.batch_id).rejected
    assert rejected and not any("flora" in (r.reason or "") + str(r.value or "") for r in rejected)
    with store.engine.connect() as connection:  # nowhere in the stored reports
        stored = " ".join(str(value) for value, in connection.exec_driver_sql("SELECT report FROM import_batch"))
    assert "Flora" not in stored and "flora" not in stored and "611 22 33 44" not in stored


def test_erasure_blanks_the_cells_of_theirs_the_import_could_not_read(tmp_path, store, services):
    """A phone or an email that did not parse was never stored, so nothing matched it to the person: it stayed
    in the report after the erasure ("laura.gomez@gmial", "600 11 22")."""
    from import_fixtures import plain_xlsx

    from crm.importing.undo import stored_report

    headers = ["Nombre", "Email", "Teléfono", "Ciudad", "Salario deseado"]
    report = import_candidates(store, plain_xlsx(
        tmp_path / "a.xlsx", headers,
        ["Laura Gómez Ruiz", "laura.gomez@gmial", "600 111 222", "Sevilla", "pregúntale"],
        ["Pedro Ruiz", "pedro@example.com", "622 000 111", "Soria", "a convenir"],
        ["Laura Gómez", "l.gomez@gmial", "600 111 222", "Sevilla", None]))  # (the same Laura: her phone)
    laura = [c for c in services.candidates.iter_all() if c.first_name == "Laura"]
    assert len(laura) == 1 and not stored_report(store, report.batch_id).possible_duplicates
    quoted = {w.value for w in stored_report(store, report.batch_id).warnings if w.row in (2, 4)}
    assert {"laura.gomez@gmial", "pregúntale", "l.gomez@gmial"} <= quoted  # (the check below can fail)
    erase(store, [person.id for person in laura])
    after = stored_report(store, report.batch_id).warnings
    assert all(w.value is None for w in after if w.row in (2, 4))
    assert [w.value for w in after if w.row == 3] == ["a convenir"]  # Pedro's line is his
