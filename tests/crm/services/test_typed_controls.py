"""Notes typed in the editor or given to the CLI keep no control characters: a NUL pasted from Word failed the
save on PostgreSQL ("text fields cannot contain NUL"), an escape sequence coloured the CLI that showed them.
Their lines stay (Word's vertical tab is one), and both ends are trimmed as they always were."""

from sqlalchemy import select

from crm.domain import Contact

TYPED = "  Llamar\x00el lunes \x1b[31murgente\x1b[0m\x0bsegunda línea\n\n"
STORED = "Llamar el lunes urgente\nsegunda línea"


def test_a_candidates_typed_notes_and_summary_are_stored_without_control_characters(services):
    ana = services.candidates.create({"first_name": "Ana", "notes": TYPED, "summary": "\x1b]0;pwned\x07Backend"})
    assert (ana.notes, ana.summary) == (STORED, "Backend")
    ana = services.candidates.update(ana.id, ana.version, {"notes": "Visto\x00hoy\t\x1b[1m(bien)\x1b[0m "})
    assert ana.notes == "Visto hoy\t(bien)"
    assert services.candidates.update(ana.id, ana.version, {"summary": "\x00\x1b[0m "}).summary is None


def test_a_clients_and_its_contacts_typed_notes_are_stored_without_control_characters(store, services):
    acme = services.companies.create({"name": "Acme", "notes": TYPED})
    assert acme.notes == STORED
    assert services.companies.update(acme.id, acme.version, {"notes": "Paga\x00tarde\x1b[31m"}).notes == "Paga tarde"
    marta = services.companies.add_contact(acme.id, {"first_name": "Marta", "notes": TYPED})
    with store.sessions() as session:
        assert session.scalar(select(Contact.notes).where(Contact.id == marta.id)) == STORED


def test_a_roles_typed_description_and_a_moves_note_are_stored_without_control_characters(services):
    acme = services.companies.create({"name": "Acme"})
    role = services.roles.create({"title": "Backend", "company_id": acme.id, "description": TYPED})
    assert role.description == STORED
    ana = services.candidates.create({"first_name": "Ana"})
    application = services.pipeline.add_to_role(ana.id, role.id)
    moved = services.pipeline.move(application.id, services.pipeline.stage_by_name("Screening").id, note=TYPED)
    assert [change.note for change in services.pipeline.history(moved.id) if change.note] == [STORED]
