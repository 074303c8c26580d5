"""Undo of an import after the recruiter kept working: later work is never deleted with it, records that
only took an id the import's record had are left alone, and the refusal says what to do."""

import time

import pytest
from import_fixtures import plain_xlsx, tables_dump
from sqlalchemy import text

from crm.domain.errors import Conflict, NotFound
from crm.exporting.export_log import record_export
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import import_roles
from crm.importing.undo import undo_import
from crm.safety.erasure import erase

_ROLES = ["Ref.", "Cliente", "Puesto"]
_PEOPLE = ["Nombre", "Email", "Ciudad"]
_LOG = ["Email", "Vacante", "Etapa", "Fecha"]


def _undone_in_turn(store, services, *batches):
    """The later import undone first, then the one refused before it: both go, nobody is left."""
    for batch in batches:
        undo_import(store, batch)
    assert services.candidates.count() == 0


def _people(tmp_path, name="gente.xlsx", *rows):
    rows = rows or (["Ana Ruiz", "ana@example.com", "Madrid"], ["Luis Gil", "luis@example.com", "Bilbao"])
    return plain_xlsx(tmp_path / name, _PEOPLE, *rows)


def test_a_contact_added_by_hand_to_an_imported_client_stops_the_undo(tmp_path, store, services):
    """The client went with the undo and took the contact the recruiter had typed in (ON DELETE CASCADE)."""
    report = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", _ROLES, ["VAC-1", "Banco Meridiano", "Backend"]))
    client = services.roles.get_by_reference("VAC-1").company_id
    laura = services.companies.add_contact(client, {"first_name": "Laura", "last_name": "Sanz",
                                                     "title": "HR Manager"})
    with pytest.raises(Conflict, match=rf"records added after it depend on what it created \(contact {laura.id}\)"):
        undo_import(store, report.batch_id)
    assert [c.first_name for c in services.companies.get(client).contacts] == ["Laura"]  # nothing was changed


def test_a_client_report_that_sent_imported_people_stops_the_undo(tmp_path, store, services):
    """The record of which client received whose data (kept for the right of erasure) lost its client, and
    undoing the candidates' import deleted its lines."""
    people = import_candidates(store, _people(tmp_path))
    roles = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", _ROLES, ["VAC-1", "Banco Meridiano", "Backend"]))
    role = services.roles.get_by_reference("VAC-1")
    ana = services.candidates.find_by_email("ana@example.com")
    with store.sessions.begin() as session:
        log = record_export(session, kind="client_progress", company_id=role.company_id, role_id=role.id,
                            target=tmp_path / "informe.xlsx", blind=False, language="es", candidate_ids=[ana.id])
    before = tables_dump(store, ["company", "role", "candidate", "export_log", "export_log_entry"])
    for batch in (roles.batch_id, people.batch_id):
        with pytest.raises(Conflict, match=rf"depend on what it created \(client report {log}\)"):
            undo_import(store, batch)
    assert tables_dump(store, ["company", "role", "candidate", "export_log", "export_log_entry"]) == before
    assert erase(store, [ana.id]).recipients == ("Banco Meridiano",)  # the client is still told of the erasure


def test_a_pipeline_undo_leaves_a_later_application_that_took_a_line_id_of_it(tmp_path, store, services):
    """The import's last history line went with an erased person; SQLite gave its id to the line of an
    application added by hand, and the undo deleted that line."""
    import_candidates(store, _people(tmp_path, "gente.xlsx", ["Ana Ruiz", "ana@example.com", "Madrid"],
                                     ["Luis Gil", "luis@example.com", "Bilbao"], ["Eva Sanz", "eva@example.com", "León"]))
    import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", _ROLES, ["VAC-1", "Acme", "Backend"]))
    log = import_pipeline(store, plain_xlsx(tmp_path / "seguimiento.xlsx", _LOG,
                                            ["ana@example.com", "VAC-1", "Contactado", "02/11/2026"],
                                            ["luis@example.com", "VAC-1", "Entrevista cliente", "10/11/2026"]))
    luis = services.candidates.find_by_email("luis@example.com")
    erase(store, [luis.id])  # the import's last line goes with him
    eva = services.candidates.find_by_email("eva@example.com")
    role = services.roles.get_by_reference("VAC-1")
    hand = services.pipeline.add_to_role(eva.id, role.id, note="added by hand")
    assert [line.id for line in services.pipeline.history(hand.id)]  # (it took the freed id: checked below)
    undo_import(store, log.batch_id)
    assert services.pipeline.find(eva.id, role.id) is not None
    assert [line.note for line in services.pipeline.history(hand.id)] == ["added by hand"]


def test_a_person_added_by_hand_with_an_erased_persons_id_does_not_stop_the_undo(tmp_path, store, services):
    """Pablo took the id of the import's erased last person; once edited, the undo was refused for good
    ("one of its records was edited after it"), though he was never part of it."""
    report = import_candidates(store, _people(tmp_path))
    luis = services.candidates.find_by_email("luis@example.com")
    erase(store, [luis.id])
    time.sleep(0.01)  # (made after the import ended, as a person added by hand is)
    pablo = services.candidates.create({"first_name": "Pablo", "last_name": "Sanz", "email": "pablo@example.com"})
    assert pablo.id == luis.id  # SQLite gave him the freed id
    services.candidates.update(pablo.id, pablo.version, {"city": "Sevilla"})
    undo_import(store, report.batch_id)
    assert [c.first_name for c in services.candidates.iter_all()] == ["Pablo"]
    assert services.candidates.get(pablo.id).city == "Sevilla"


def test_the_refusal_names_the_later_import_that_changed_the_records(tmp_path, store, services):
    """It said the records "were edited after it" when nobody had: a later import had, and undoing that one
    first lets this one go."""
    first = import_candidates(store, _people(tmp_path))
    second = import_candidates(store, plain_xlsx(tmp_path / "b.xlsx", ["Name", "Email", "Phone"],
                                                 ["Ana Ruiz", "ana@example.com", "600 111 222"]))
    ana = services.candidates.find_by_email("ana@example.com")
    with pytest.raises(Conflict, match=rf"import {second.batch_id} \(b\.xlsx\) changed 1 of its records since "
                                       rf"\(candidate {ana.id}\); undo that import first"):
        undo_import(store, first.batch_id)
    _undone_in_turn(store, services, second.batch_id, first.batch_id)


def test_the_refusal_names_the_last_of_several_later_imports(tmp_path, store, services):
    first = import_candidates(store, _people(tmp_path))
    import_candidates(store, plain_xlsx(tmp_path / "b.xlsx", ["Name", "Email", "Phone"],
                                        ["Ana Ruiz", "ana@example.com", "600 111 222"]))
    third = import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Name", "Email", "Phone"],
                                                ["Luis Gil", "luis@example.com", "600 333 444"]))
    with pytest.raises(Conflict, match=rf"later imports changed 2 of its records since \(candidate \d+, candidate \d+\); "
                                       rf"undo them first, the last first \(import {third.batch_id}, c\.xlsx\)"):
        undo_import(store, first.batch_id)


def test_undo_takes_back_the_column_mapping_the_import_saved(tmp_path, store, services):
    """A mapping got wrong (the two salaries swapped), undone: the same file again was read with it."""
    headers = ["Nombre", "Email", "Salario actual", "Salario deseado"]
    path = plain_xlsx(tmp_path / "b.xlsx", headers, ["Ana Ruiz", "ana@example.com", "40000", "50000"])
    swapped = {2: "expected_salary", 3: "current_salary"}  # (column -> field, as the window's mapping sets it)
    wrong = import_candidates(store, path, ImportOptions(overrides=swapped))
    assert services.candidates.find_by_email("ana@example.com").current_salary == 50000
    undo_import(store, wrong.batch_id)
    again = import_candidates(store, path)
    ana = services.candidates.find_by_email("ana@example.com")
    assert (ana.current_salary, ana.expected_salary) == (40000, 50000)
    # ... and an import that changed a saved mapping puts the old one back when undone
    swapped_again = import_candidates(store, _people(tmp_path, "c.xlsx", ["Eva Sanz", "eva@example.com", "León"]),
                                      ImportOptions(overrides={2: "notes"}))
    undo_import(store, swapped_again.batch_id)
    undo_import(store, again.batch_id)
    third = import_candidates(store, _people(tmp_path, "d.xlsx", ["Eva Sanz", "eva@example.com", "León"]))
    assert services.candidates.find_by_email("eva@example.com").city == "León"
    assert third.created == 1


def test_the_refusal_names_the_later_import_that_added_records_on_what_it_created(tmp_path, store, services):
    """A tracker imported after the candidates made applications of them: the refusal said only "records added
    after it depend on what it created (application 1)", not which import to undo first."""
    people = import_candidates(store, _people(tmp_path))
    import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", _ROLES, ["VAC-1", "Acme", "Backend"]))
    log = import_pipeline(store, plain_xlsx(tmp_path / "seguimiento.xlsx", _LOG,
                                            ["ana@example.com", "VAC-1", "Contactado", "02/11/2026"]))
    with pytest.raises(Conflict, match=rf"import {log.batch_id} \(seguimiento\.xlsx\) added records that depend on "
                                       r"what it created \(application \d+\); undo that import first"):
        undo_import(store, people.batch_id)
    _undone_in_turn(store, services, log.batch_id, people.batch_id)


def test_people_a_later_import_named_and_skipped_are_not_undone_under_it(tmp_path, store, services):
    """Recruiter B imported a list naming people recruiter A's import had created ("already there, skipped");
    A's undo deleted them, and B's list of 3 was left with 1. They stay now, and the undo says so."""
    first = import_candidates(store, _people(tmp_path, "gente.xlsx", *_ROWS))
    later = import_candidates(store, _people(tmp_path, "lista_b.xlsx", ["Ana Ruiz", "ANA@example.com ", "Madrid"],
                                             ["Luis Gil", "luis@example.com", "Bilbao"],
                                             ["Eva Sanz", "eva@example.com", "Sevilla"]))
    assert (later.created, later.skipped) == (1, 2)
    result = undo_import(store, first.batch_id)
    assert (result.deleted, result.kept) == (1, 2)  # Pablo goes; Ana and Luis, in B's list, stay
    assert _emails(store) == [
        "ana@example.com", "eva@example.com", "luis@example.com"]
    undo_import(store, later.batch_id)  # B's own: Eva
    assert _emails(store) == ["ana@example.com", "luis@example.com"]


def test_an_import_whose_people_a_later_one_named_is_undone_though_that_one_cannot_be(tmp_path, store, services):
    """Refusing ("undo that import first") left no way out when the later import could not be undone either (a
    person it created edited by hand): the earlier one is undone now, the people the later one named kept."""
    first = import_candidates(store, _people(tmp_path, "gente.xlsx", *_ROWS))
    later = import_candidates(store, _people(tmp_path, "b.xlsx", ["Ana Ruiz", "ana@example.com", "Madrid"],
                                             ["Nuevo Gómez", "nuevo@example.com", "Bilbao"]))
    nuevo = services.candidates.find_by_email("nuevo@example.com")
    services.candidates.update(nuevo.id, nuevo.version, {"notes": "llamar"})
    with pytest.raises(Conflict, match="edited after it"):
        undo_import(store, later.batch_id)
    assert undo_import(store, first.batch_id).kept == 1
    assert _emails(store) == ["ana@example.com", "nuevo@example.com"]


def test_the_same_file_imported_again_keeps_its_people_through_the_first_ones_undo(tmp_path, store, services):
    """The second import of one file creates nothing, but says its people are there: undoing the first leaves
    them (the record of who it named survives an erasure of one of them)."""
    path = _people(tmp_path, "gente.xlsx", *_ROWS)
    first, again = import_candidates(store, path), import_candidates(store, path)
    assert (again.created, again.skipped) == (0, 3)
    erase(store, [services.candidates.find_by_email("ana@example.com").id])
    assert undo_import(store, first.batch_id).kept == 2
    assert services.candidates.count() == 2


def _emails(store):
    with store.engine.connect() as connection:
        return [email for email, in connection.execute(text("SELECT email FROM candidate ORDER BY email"))]


_ROWS = (["Ana Ruiz", "ana@example.com", "Madrid"], ["Luis Gil", "luis@example.com", "Bilbao"],
         ["Pablo Gil", "pablo@example.com", "Sevilla"])


def test_roles_a_later_import_named_stay_with_their_client_when_the_first_is_undone(tmp_path, store, services):
    """A roles file imported twice ("25 skipped" the second time): undoing the first deleted the roles the second
    reported as there. They stay now, with the client they hang on; a role only the first named goes."""
    first = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", _ROLES, ["VAC-1", "Banco Meridiano", "Backend"],
                                           ["VAC-2", "Banco Meridiano", "Frontend"], ["VAC-3", "Acme", "QA"]))
    later = import_roles(store, plain_xlsx(tmp_path / "vacantes_b.xlsx", _ROLES,
                                           ["VAC-1", "Banco Meridiano", "Backend"]))
    assert (later.created, later.skipped) == (0, 1)
    result = undo_import(store, first.batch_id)
    assert (result.deleted, result.kept) == (3, 2)  # VAC-2, VAC-3 and Acme go; VAC-1 and its client stay
    assert services.roles.get_by_reference("VAC-1").title == "Backend"
    with pytest.raises(NotFound):
        services.roles.get_by_reference("VAC-2")


def test_an_import_of_one_sheet_of_a_workbook_is_named_by_its_sheet(tmp_path, store, services):
    """Twelve imports of seguimiento_2026.xlsx, a month each: "cannot undo import 3 (seguimiento_2026.xlsx):
    ... undo them first, the last first (import 6, seguimiento_2026.xlsx)" said no month."""
    import openpyxl

    from crm.importing.undo import list_batches

    path = tmp_path / "seguimiento_2026.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Enero"
    book.active.append(["Nombre", "Email", "Ciudad"])
    book.active.append(["Ana Gil", "ana@example.com", None])
    junio = book.create_sheet("Junio")
    junio.append(["Nombre", "Email", "Ciudad"])
    junio.append(["Ana Gil", "ana@example.com", "Madrid"])
    book.save(path)
    enero = import_candidates(store, path, ImportOptions(sheet="Enero"))
    import_candidates(store, path, ImportOptions(sheet="Junio"))
    with pytest.raises(Conflict, match=r"cannot undo import \d+ \(seguimiento_2026.xlsx › Enero\): import \d+ "
                                       r"\(seguimiento_2026.xlsx › Junio\)"):
        undo_import(store, enero.batch_id)
    assert [batch["named"] for batch in list_batches(store)] == ["seguimiento_2026.xlsx › Junio",
                                                                  "seguimiento_2026.xlsx › Enero"]
