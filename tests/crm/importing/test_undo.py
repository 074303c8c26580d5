"""Undo an import: the database returns to exactly the state before it."""

import pytest
from import_fixtures import english_xlsx, messy_spanish_xlsx, plain_xlsx
from sqlalchemy import text

from crm.domain.errors import Conflict
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.undo import undo_import
from crm.services.candidate_merge import merge_candidates


def snapshot(store):
    with store.engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()  # noqa: S608
                for table in ("candidate", "candidate_skill", "candidate_fts", "skill")}


@pytest.mark.parametrize("policy", ["update", "overwrite"])
def test_undo_restores_the_exact_prior_state(tmp_path, store, services, policy):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    before = snapshot(store)
    report = import_candidates(store, english_xlsx(tmp_path / "export.xlsx"), ImportOptions(on_duplicate=policy))
    assert report.created == 2 and report.updated == 1
    assert snapshot(store) != before

    result = undo_import(store, report.batch_id)
    assert (result.deleted, result.restored) == (2, 1)
    assert snapshot(store) == before
    with store.engine.connect() as connection:  # the audit log says who undid what (ids and counts only)
        audited = connection.execute(text("SELECT action, entity_id, details FROM audit_entry "
                                          "WHERE action = 'undo_import'")).all()
    assert [(action, entity_id) for action, entity_id, _details in audited] == [("undo_import", report.batch_id)]


def test_undo_is_refused_when_a_record_was_edited_since(tmp_path, store, services):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    ana = services.candidates.find_by_email("ana.garcia@example.com")
    services.candidates.update(ana.id, ana.version, {"city": "Terrassa"})
    with pytest.raises(Conflict, match=rf"edited after it \(candidate {ana.id}\)"):
        undo_import(store, report.batch_id)
    assert services.candidates.count() == 5  # nothing undone


def test_an_import_is_undone_once(tmp_path, store):
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    undo_import(store, report.batch_id)
    with pytest.raises(Conflict, match="already undone"):
        undo_import(store, report.batch_id)


def _sheet(path, rows):
    return plain_xlsx(path, ["Email", "Name", "Skills"], *rows)


def test_update_fills_missing_skill_years_and_undo_takes_them_back(tmp_path, store, services):
    import_candidates(store, _sheet(tmp_path / "a.xlsx", [["eva@example.com", "Eva Sanz", "Python, Docker (2)"]]))
    before = snapshot(store)
    # The same person twice: the first row adds Go, the second brings Python's years.
    report = import_candidates(store, _sheet(tmp_path / "b.xlsx", [["eva@example.com", "Eva Sanz", "Go (1)"],
                                                                    ["eva@example.com", "Eva Sanz", "Python (6), Docker (9)"]]))
    eva = services.candidates.find_by_email("eva@example.com")
    assert sorted((s.name, s.years) for s in eva.skills) == [("Docker", 2.0), ("Go", 1.0), ("Python", 6.0)]
    assert report.updated == 1
    undo_import(store, report.batch_id)
    assert snapshot(store) == before


def skill_names(store):
    with store.engine.connect() as connection:
        return set(connection.execute(text("SELECT name FROM skill")).scalars())


def test_undo_takes_back_the_skills_an_import_added_unless_something_uses_them_since(tmp_path, store, services):
    import_candidates(store, _sheet(tmp_path / "a.xlsx", [["eva@example.com", "Eva Sanz", "Python"]]))
    report = import_candidates(store, _sheet(tmp_path / "b.xlsx", [
        ["eva@example.com", "Eva Sanz", "Haskell"], ["luis@example.com", "Luis Gil", "Elixir, Erlang, Python"]]))
    assert skill_names(store) == {"Python", "Haskell", "Elixir", "Erlang"}
    # Later, by hand, someone already in the database gets one of the skills that import brought.
    eva = services.candidates.find_by_email("eva@example.com")
    olga = services.candidates.create({"first_name": "Olga", "last_name": "Paz"}, skills=["Erlang"])

    undo_import(store, report.batch_id)
    # Haskell and Elixir were typed only in the undone file: gone. Erlang is Olga's now: kept. Python was there before.
    assert skill_names(store) == {"Python", "Erlang"}
    assert [s.name for s in services.candidates.get(olga.id).skills] == ["Erlang"]
    assert [s.name for s in services.candidates.get(eva.id).skills] == ["Python"]


def _list_with_a_late_duplicate(path, rows: int):
    """`rows` people; the last row repeats the first person (same email) with the city the first lacked,
    so the merge lands in a later batch than the one that created the person."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Candidates")
    sheet.append(["First name", "Last name", "Email", "City"])
    sheet.append(["Ana", "First", "ana.first@example.com", None])
    for i in range(1, rows - 1):
        sheet.append([f"Name{i}", f"Surname{i}", f"person{i}@example.com", "Madrid"])
    sheet.append(["Ana", "First", "ana.first@example.com", "Sevilla"])
    book.save(path)
    return path


def test_an_import_that_merged_a_late_duplicate_into_a_person_it_created_can_be_undone(tmp_path, store, services):
    report = import_candidates(store, _list_with_a_late_duplicate(tmp_path / "list.xlsx", 2600))
    assert report.merged == 1 and services.candidates.find_by_email("ana.first@example.com").city == "Sevilla"

    result = undo_import(store, report.batch_id)
    assert result.deleted == 2599 and services.candidates.count() == 0


def test_a_person_an_import_created_and_merged_then_edited_later_still_stops_the_undo(tmp_path, store, services):
    report = import_candidates(store, _list_with_a_late_duplicate(tmp_path / "list.xlsx", 2600))
    ana = services.candidates.find_by_email("ana.first@example.com")
    services.candidates.update(ana.id, ana.version, {"current_title": "CTO"})
    with pytest.raises(Conflict, match=rf"edited after it \(candidate {ana.id}\)"):
        undo_import(store, report.batch_id)


def test_an_import_whose_person_was_merged_into_another_since_is_not_undone(tmp_path, store, services):
    """The merge put what the import brought into a record the import did not create: undoing the import
    would leave it there, so it is refused, naming the record that holds it."""
    from crm.services.candidate_merge import merge_candidates

    laura = services.candidates.create({"first_name": "Laura", "last_name": "Gómez", "city": "Madrid"})
    blank = [None] * 8
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "dos.xlsx", rows=[
        ["Laura", "Gomez", "laura@example.com", "600 111 222", "Madrid", *blank]]))
    (flag,) = report.possible_duplicates
    merge_candidates(store, laura.id, 1, flag["new_id"], 1)
    with pytest.raises(Conflict, match=rf"merged into other candidates since \(candidate {laura.id}\)"):
        undo_import(store, report.batch_id)
    assert services.candidates.get(laura.id).phone == "+34600111222"


def test_a_past_imports_report_reads_back_as_it_was_kept(tmp_path, store, monkeypatch):
    from crm.importing import report as report_module
    from crm.importing.undo import stored_report

    live = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    kept = stored_report(store, live.batch_id)
    assert (kept.kind, kept.filename, kept.created, kept.merged) == ("candidates", "q3.xlsx", live.created, live.merged)
    assert kept.rejected == live.rejected and kept.warnings == live.warnings and kept.truncated == {}

    monkeypatch.setattr(report_module, "MAX_STORED_ISSUES", 1)  # a huge file: only the first issues are kept
    undo_import(store, live.batch_id)  # (imported again on top, its rows would change nothing and say nothing)
    many = import_candidates(store, messy_spanish_xlsx(tmp_path / "again.xlsx"))
    kept = stored_report(store, many.batch_id)
    assert kept.warnings == many.warnings[:1] and kept.truncated["warnings"] == len(many.warnings) > 1


def test_undo_is_refused_when_a_person_it_updated_was_merged_into_another(tmp_path, store, services):
    """The kept record holds the import's values now: undo cannot put the gone one back, and must not say
    it did."""
    import_candidates(store, english_xlsx(tmp_path / "first.xlsx"))
    mary = services.candidates.find_by_email("mary@example.org")
    later = import_candidates(store, plain_xlsx(tmp_path / "later.xlsx", ["Name", "Email", "City"],
                                                ["Mary O'Brien", "mary@example.org", "Sevilla"]),
                              ImportOptions(on_duplicate="overwrite"))
    assert later.updated == 1
    other = services.candidates.create({"first_name": "Mary", "last_name": "O'Brien Smith"})
    mary = services.candidates.get(mary.id)
    merge_candidates(store, other.id, other.version, mary.id, mary.version)
    with pytest.raises(Conflict, match="created or updated were merged"):
        undo_import(store, later.batch_id)


def test_undo_leaves_a_person_who_took_the_id_of_one_it_created(tmp_path, store, services):
    """SQLite gives the id of an erased last record to the next new one: undoing the import that created the
    erased person deleted whoever holds the id now (a later import's person, one added by hand)."""
    from crm.safety.erasure import erase

    report = import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "Email"], ["Ana Ruiz", "ana@example.com"],
                                                 ["Luis Gil", "luis@example.com"]))
    luis = services.candidates.find_by_email("luis@example.com")
    erase(store, [luis.id], reason="request")
    later = import_candidates(store, plain_xlsx(tmp_path / "b.xlsx", ["Nombre", "Email"], ["Eva Sanz", "eva@example.com"]))
    eva = services.candidates.find_by_email("eva@example.com")
    assert eva.id == luis.id  # the id given again
    result = undo_import(store, report.batch_id)
    assert result.deleted == 1  # Ana; Luis is gone since, Eva is not the import's
    assert [c.email for c in services.candidates.iter_all()] == ["eva@example.com"]
    undo_import(store, later.batch_id)  # Eva's import still takes her back
    assert services.candidates.count() == 0
