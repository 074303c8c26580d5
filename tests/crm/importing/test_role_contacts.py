"""A role's client contact, from a roles tracker: found or added among the client's contacts, never taken for
the client, added only where a role takes it, and undone with the import."""

import pytest
from import_fixtures import plain_xlsx, tables_dump

from crm.importing.importer import ImportOptions
from crm.importing.roles import import_roles
from crm.importing.undo import undo_import


def test_the_clients_contact_is_never_taken_for_the_client(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Puesto", "Contacto cliente", "Cliente"],
                      ["VAC-1", "Backend Java", "Marta Gil (CTO)", "Acme S.L."])
    report = import_roles(store, path)
    role = services.roles.get_by_reference("VAC-1")
    assert (report.created, role.client, role.description) == (1, "Acme S.L.", None)  # the contact is Marta Gil
    [contact] = services.companies.get(role.company_id).contacts
    assert (role.contact_id, contact.first_name, contact.title) == (contact.id, "Marta", "CTO")



def test_a_roles_client_contact_is_found_or_added_among_the_clients_contacts(tmp_path, store, services):
    """"Contacto cliente" was kept as text in the description; the role now names the client's contact,
    as a recruiter sets it in the role dialog, and the client's page lists them."""
    acme = services.companies.create({"name": "Acme S.L."})
    known = services.companies.add_contact(acme.id, {"first_name": "Luis", "last_name": "Pardo"})
    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente", "Email contacto"],
                      ["VAC-1", "Acme SL", "Backend", "Marta Gil (CTO)", "marta.gil@acme.es"],
                      ["VAC-2", "Acme SL", "QA", "Marta Gil", None],  # the same person: one contact
                      ["VAC-3", "ACME, S.L.", "SRE", "Luis Pardo - Head of Engineering", "luis@acme.es"],
                      ["VAC-4", "Beta SA", "Data", "Gil, Marta", None])  # another client's Marta Gil
    report = import_roles(store, path)
    assert (report.created, report.rejected, report.warnings) == (4, [], [])
    roles = [services.roles.get_by_reference(f"VAC-{n}") for n in range(1, 5)]
    contacts = {c.id: c for company in services.companies.list_all() for c in services.companies.get(company.id).contacts}
    marta, luis, beta_marta = (contacts[r.contact_id] for r in (roles[0], roles[2], roles[3]))
    assert roles[1].contact_id == marta.id and luis.id == known.id
    assert (marta.first_name, marta.last_name, marta.title, marta.email) == ("Marta", "Gil", "CTO", "marta.gil@acme.es")
    # An existing contact keeps what it had and gains what it lacked.
    assert (luis.title, luis.email) == ("Head of Engineering", "luis@acme.es")
    assert beta_marta.company_id != acme.id and all(r.description is None for r in roles)

    again = import_roles(store, path)
    assert (again.created, again.updated, len(contacts)) == (0, 0, 3)
    for batch in (again.batch_id, report.batch_id):  # (the second named the first's roles: it goes first)
        undo_import(store, batch)
    left = [c for company in services.companies.list_all() for c in services.companies.get(company.id).contacts]
    assert [(c.first_name, c.title, c.email) for c in left] == [("Luis", None, None)]  # as it was before



def test_the_roles_preview_shows_the_contact_as_it_will_be_kept(tmp_path):
    from crm.importing.inspect import inspect, preview

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                      ["VAC-1", "Acme", "SRE", "Gil, Marta (CTO)"])
    inspection = inspect(None, path, kind="roles")
    assert inspection.targets[3] == "contact"
    _fields, rows = preview(inspection, inspection.targets)
    assert str(rows[0]["contact"]) == "Marta Gil (CTO)"



def test_a_contact_cell_with_a_title_only_is_no_contact():
    from crm.importing.role_contacts import contact_person
    from crm.importing.values import Unparsed

    with pytest.raises(Unparsed):
        contact_person("CTO")  # it made a contact called "Cto"
    with pytest.raises(Unparsed):
        contact_person("Head of Engineering")
    assert (contact_person("HR - rrhh@acme.es").email, contact_person("HR - rrhh@acme.es").title) == (
        "rrhh@acme.es", "HR")



def test_undo_refuses_when_a_later_role_names_a_contact_the_import_added(tmp_path, store, services):
    """Deleting the contact would silently take it from the later role (its link is SET NULL)."""
    from crm.domain.errors import Conflict

    path = plain_xlsx(tmp_path / "vacantes.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                      ["VAC-1", "Acme", "Backend", "Marta Gil (CTO)"])
    report = import_roles(store, path)
    first = services.roles.get_by_reference("VAC-1")
    services.roles.create({"title": "QA", "company_id": first.company_id, "contact_id": first.contact_id})
    qa = [r for r in services.roles.list_all() if r.title == "QA"][0]
    with pytest.raises(Conflict, match=rf"records added after it depend on what it created \(role {qa.id}\)"):
        undo_import(store, report.batch_id)
    assert services.roles.get_by_reference("VAC-1").contact_id == first.contact_id  # nothing was changed



def test_a_contact_is_added_only_where_a_role_takes_it(tmp_path, store, services):
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                                   ["VAC-1", "Acme", "Backend", "Marta Gil"], ["VAC-2", "Acme", "QA", None]))
    later = plain_xlsx(tmp_path / "r2.xlsx", ["Ref.", "Cliente", "Puesto", "Contacto cliente"],
                       ["VAC-1", "Acme", "Backend", "Luis Pardo"], ["VAC-2", "Acme", "QA", "Ana Ruiz"])
    import_roles(store, later, ImportOptions(on_duplicate="skip"))
    acme = services.roles.get_by_reference("VAC-1").company_id
    assert [c.first_name for c in services.companies.get(acme).contacts] == ["Marta"]  # skipped: nothing added
    import_roles(store, later)  # fill in: VAC-1 keeps Marta Gil, VAC-2 had no contact
    assert [c.first_name for c in services.companies.get(acme).contacts] == ["Marta", "Ana"]
    import_roles(store, later, ImportOptions(on_duplicate="overwrite"))
    contacts = {c.id: c.first_name for c in services.companies.get(acme).contacts}
    assert contacts[services.roles.get_by_reference("VAC-1").contact_id] == "Luis"



def test_a_roles_import_that_gave_a_known_role_its_contact_can_be_undone(tmp_path, store, services):
    """Undo was refused ("edited after it (contact 1)") though nothing was edited: the role that took the new
    contact was the import's own update."""
    headers = ["Ref.", "Cliente", "Puesto", "Contacto"]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["V-1", "Acme SL", "Backend", None]))
    before = tables_dump(store, ("role", "contact", "company"))
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["V-1", "Acme SL", "Backend", "Ana Sanz"]))
    assert report.updated == 1 and services.roles.get_by_reference("V-1").contact_id is not None
    undo_import(store, report.batch_id)
    assert tables_dump(store, ("role", "contact", "company")) == before
