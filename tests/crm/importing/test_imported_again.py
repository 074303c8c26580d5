"""A file imported again says so once, and its rows that change nothing say nothing: the Q3 tracker imported
a second time repeated its 61 "kept in the notes" warnings for rows it skipped."""

from __future__ import annotations

from datetime import UTC, date, datetime

from import_fixtures import messy_spanish_xlsx, plain_xlsx

from crm.importing.importer import import_candidates


def test_a_file_imported_again_says_so_and_nothing_of_the_rows_it_skips(tmp_path, store):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    first = import_candidates(store, path)
    assert any(w.row is not None for w in first.warnings)  # the file's cells have things to say
    again = import_candidates(store, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, first.created + first.merged)  # rows, repeats too
    said_before = (f"this file was imported before (import {first.batch_id}, {date.today().isoformat()}); "
                   "what the database has already is not created again")
    assert [w.reason for w in again.warnings if w.row is not None] == []
    assert said_before in [w.reason for w in again.warnings]
    third = import_candidates(store, path)  # names the import that made the records, not the one that skipped
    assert said_before in [w.reason for w in third.warnings]


def test_a_person_the_file_lists_twice_says_nothing_when_imported_again(tmp_path, store):
    """The Q3 sample again: "12 in-file duplicates merged" and their "row 58 has 60, which is kept" lines,
    for people it only skipped."""
    path = plain_xlsx(tmp_path / "dos.xlsx", ["Nombre", "Email", "Preaviso"], ["Ana Gil", "ana@example.com", "2 meses"],
                      ["Bea Ruiz", "bea@example.com", "15 días"], ["Ana Gil", "ANA@example.com", "1 mes"])
    first = import_candidates(store, path)
    assert (first.created, first.merged) == (2, 1) and any(w.row == 4 for w in first.warnings)
    again = import_candidates(store, path)
    assert (again.created, again.updated, again.merged, again.skipped) == (0, 0, 0, 3)
    assert [w.row for w in again.warnings] == [None]  # "this file was imported before"


def test_the_same_file_with_a_column_mapped_otherwise_finds_the_people_it_made(tmp_path, store, services):
    """Back to the mapping, one column changed, imported again: everyone with no email, phone or profile was
    created a second time (flagged only as a possible duplicate)."""
    from crm.importing.importer import ImportOptions

    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre", "Ciudad", "Observaciones"],
                      ["Ana Ruiz", "Sevilla", "Buen perfil backend"], ["Luis Gil", "Vigo", None])
    first = import_candidates(store, path, ImportOptions(targets=["full_name", "city", "notes"]))
    again = import_candidates(store, path, ImportOptions(targets=["full_name", "city", "summary"]))
    assert (first.created, again.created, again.updated, again.skipped) == (2, 0, 1, 1)
    assert again.possible_duplicates == [] and services.candidates.count() == 2
    ana = next(c for c in services.candidates.iter_all() if c.first_name == "Ana")
    assert (ana.summary, ana.notes) == ("Buen perfil backend", "Buen perfil backend")
    # Another file naming her (and bringing something) is not taken for her: flagged, as the issue says
    other = plain_xlsx(tmp_path / "otra.xlsx", ["Nombre", "Ciudad", "Puesto"], ["Ana Ruiz", "Sevilla", "QA"])
    report = import_candidates(store, other)
    assert report.created == 1 and [d["candidate_id"] for d in report.possible_duplicates] == [ana.id]


def test_a_roles_list_imported_again_says_nothing_of_the_rows_it_skips(tmp_path, store):
    """Its work modes with remarks ("Híbrido (2 días)") and unread seniorities were said again, though
    nothing was stored."""
    from import_fixtures import roles_xlsx

    from crm.importing.roles import import_roles

    path = roles_xlsx(tmp_path / "vacantes.xlsx")
    first = import_roles(store, path)
    assert any(w.row is not None for w in first.warnings)
    again = import_roles(store, path)
    assert (again.created, again.updated, again.skipped) == (0, 0, first.created + first.merged)  # rows, repeats too
    assert [w.reason[:30] for w in again.warnings] == ["this file was imported before "]


def test_two_namesakes_of_a_file_imported_again_each_find_their_own_record(tmp_path, store, services):
    """Two Juan García of Madrid, no email nor phone: imported again with the skills column mapped, both rows
    updated the first record (it got both stacks, the second nothing)."""
    from crm.importing.importer import ImportOptions

    path = plain_xlsx(tmp_path / "juanes.xlsx", ["Nombre", "Ciudad", "Stack"],
                      ["Juan García", "Madrid", "Java, Spring"], ["Juan García", "Madrid", "React, TypeScript"])
    import_candidates(store, path, ImportOptions(targets=["full_name", "city", "__skip__"]))
    again = import_candidates(store, path, ImportOptions(targets=["full_name", "city", "skills"]))
    assert (again.created, again.updated) == (0, 2)
    first, second = sorted(services.candidates.iter_all(), key=lambda c: c.id)
    assert ({s.name for s in first.skills}, {s.name for s in second.skills}) == (
        {"Java", "Spring"}, {"React", "TypeScript"})


def test_the_same_file_with_a_column_newly_mapped_to_the_email_fills_the_people_it_made(tmp_path, store, services):
    """The email column skipped at first ("Contacto" is no known header), then mapped to the email and the
    file imported again: everyone was created a second time (nothing then matched their new address)."""
    from crm.importing.importer import ImportOptions

    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre", "Ciudad", "Contacto"],
                      ["Ana Ruiz", "Sevilla", "ana.ruiz@example.com"], ["Ana Ruiz", "Sevilla", "ana.r@example.org"],
                      ["Luis Gil", "Vigo", "luis@example.com"])
    import_candidates(store, path, ImportOptions(targets=["full_name", "city", "__skip__"]))
    again = import_candidates(store, path, ImportOptions(targets=["full_name", "city", "email"]))
    assert (again.created, again.updated) == (0, 3)
    people = sorted(services.candidates.iter_all(), key=lambda c: c.id)
    assert [(c.first_name, c.email) for c in people] == [
        ("Ana", "ana.ruiz@example.com"), ("Ana", "ana.r@example.org"), ("Luis", "luis@example.com")]
    # A person with an address of their own is not taken for a namesake of the file with another one
    other = plain_xlsx(tmp_path / "otra.xlsx", ["Nombre", "Ciudad", "Email"], ["Luis Gil", "Vigo", "lgil@example.net"])
    assert import_candidates(store, other).created == 1


def test_the_window_says_a_file_was_imported_before_as_soon_as_it_opens_it(tmp_path, store):
    """Only the report said so, after the import had run (110 s for 100,000 rows that created nothing)."""
    from crm.importing.inspect import inspect
    from crm.importing.undo import undo_import

    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    assert not any("imported before" in w for w in inspect(store, path).warnings)
    first = import_candidates(store, path)
    said = [w for w in inspect(store, path).warnings if "imported before" in w]
    day = datetime.now(UTC).date().isoformat()  # (the day the import started, as it is stored: UTC)
    assert said == [f"this file was imported before (import {first.batch_id}, {day}); what the "
                    "database has already is not created again"]
    undo_import(store, first.batch_id)  # undone: as if never imported
    assert not any("imported before" in w for w in inspect(store, path).warnings)
