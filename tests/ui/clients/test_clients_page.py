"""The clients page driven as a recruiter would: find a client, add one twice under two spellings,
add and edit contacts, archive, and try to delete a client that still has roles."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from ui.clients.page import ClientsPage
from ui.kit.value_table import ID_ROLE


@pytest.fixture
def page(qtbot, demo_context):
    widget = ClientsPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shown_ids(page):
    return [page.proxy.index(row, 0).data(ID_ROLE) for row in range(page.proxy.rowCount())]


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_clients_are_listed_with_open_roles_and_contacts(page, demo_context):
    services = demo_context.services
    assert sorted(_shown_ids(page)) == sorted(c.id for c in services.companies.list_all())
    client = services.companies.list_all()[0]
    row = page.model.row_of_id(client.id)
    assert page.model.index(row, 0).data() == client.name
    assert page.model.index(row, 4).data() == str(len(client.contacts))


def test_selecting_a_client_shows_contacts_and_roles(page, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[1]
    assert page.select_company(client.id)
    assert page.detail.heading.text() == client.name
    assert page.detail.contacts_model.rowCount() == len(client.contacts)
    assert page.detail.contacts_model.index(0, 0).data() == client.contacts[0].full_name
    references = {page.detail.roles_model.index(r, 0).data() for r in range(page.detail.roles_model.rowCount())}
    assert references == {r.reference for r in services.roles.list_all(company_id=client.id)}


def test_a_new_client_is_added_selected_and_undoable(page, qtbot, demo_context):
    services = demo_context.services
    page.new_item()
    dialog = page.dialog
    _save(dialog)
    assert dialog.form.error_text("name") == "is required"
    qtbot.keyClicks(dialog.name, "Nimbus Labs, S.L.")
    qtbot.keyClicks(dialog.city, "Madrid")
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("en"))
    _save(dialog)
    assert not dialog.isVisible()
    created = services.companies.find("nimbus labs")
    assert created is not None and created.report_language == "en" and created.blind_reports
    assert page.selected_company_id() == created.id
    demo_context.undo_stack.undo()
    assert services.companies.find("nimbus labs") is None
    assert created.id not in _shown_ids(page)


def test_a_client_that_exists_under_another_spelling_is_offered_to_open(page, qtbot, demo_context):
    services = demo_context.services
    existing = services.companies.create({"name": "Acme Tech S.L."}) if not services.companies.find(
        "Acme Tech S.L.") else services.companies.find("Acme Tech S.L.")
    page.refresh()
    count = len(services.companies.list_all())
    page.new_item()
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, "ACME TECH, SL")
    _save(dialog)
    assert dialog.isVisible()
    assert "already exists" in dialog.form.error_text("name")
    assert "Acme Tech S.L." in dialog.notice.text()
    assert len(services.companies.list_all()) == count
    dialog.notice.action_button.click()  # "Open Acme Tech S.L."
    assert not dialog.isVisible()
    assert page.selected_company_id() == existing.id
    assert page.detail.heading.text() == "Acme Tech S.L."


def test_adding_a_contact_with_a_bad_email_then_fixing_it(page, qtbot, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[0]
    page.select_company(client.id)
    page.detail.add_contact_button.click()
    dialog = page.dialog
    qtbot.keyClicks(dialog.first_name, "LUCÍA")
    qtbot.keyClicks(dialog.last_name, "PEÑA")
    qtbot.keyClicks(dialog.email, "lucia.pena@")
    _save(dialog)
    assert "not a valid email" in dialog.form.error_text("email")
    dialog.email.setText("Lucia.Pena@Acme.es")
    qtbot.keyClicks(dialog.phone, "600 111 222")
    _save(dialog)
    assert not dialog.isVisible()
    contacts = services.companies.get(client.id).contacts
    lucia = next(c for c in contacts if c.email == "lucia.pena@acme.es")
    assert (lucia.full_name, lucia.phone) == ("Lucía Peña", "+34600111222")
    names = [page.detail.contacts_model.index(r, 0).data() for r in range(page.detail.contacts_model.rowCount())]
    assert "Lucía Peña" in names
    demo_context.undo_stack.undo()
    assert all(c.email != "lucia.pena@acme.es" for c in services.companies.get(client.id).contacts)


def test_editing_and_deleting_a_contact_are_undoable(page, demo_context):
    services = demo_context.services
    client = next(c for c in services.companies.list_all() if c.contacts)
    contact = client.contacts[0]
    linked = [r.id for r in services.roles.list_all(company_id=client.id) if r.contact_id == contact.id]
    page.select_company(client.id)
    page.detail.contacts_view.selectRow(0)
    page.edit_contact()
    page.dialog.title.setText("Head of People")
    _save(page.dialog)
    assert page.detail.contacts_model.index(0, 1).data() == "Head of People"

    page.detail.contacts_view.selectRow(0)
    page.delete_contact()
    assert len(services.companies.get(client.id).contacts) == len(client.contacts) - 1
    demo_context.undo_stack.undo()  # the contact is back, and so are the roles' links to them
    back = next(c for c in services.companies.get(client.id).contacts if c.full_name == contact.full_name)
    assert back.title == "Head of People"
    assert [r.id for r in services.roles.list_all(company_id=client.id) if r.contact_id == back.id] == linked
    demo_context.undo_stack.undo()
    assert services.companies.get(client.id).contacts[-1].title == contact.title


def test_archive_hides_the_client_and_undo_brings_it_back(page, demo_context):
    client = demo_context.services.companies.list_all()[0]
    page.select_company(client.id)
    page.archive_selected()
    assert client.id not in _shown_ids(page)
    page.show_archived.setChecked(True)
    assert client.id in _shown_ids(page)
    page.show_archived.setChecked(False)
    demo_context.undo_stack.undo()
    assert client.id in _shown_ids(page)
    assert not demo_context.services.companies.get(client.id).archived


def test_deleting_a_client_with_roles_is_refused_with_the_reason(page, demo_context, monkeypatch):
    services = demo_context.services
    client = next(c for c in services.companies.list_all() if services.roles.list_all(company_id=c.id))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page.select_company(client.id)
    page.delete_selected()
    assert "cannot be deleted" in page.notice.text()
    assert services.companies.get(client.id).name == client.name

    empty = services.companies.create({"name": "Empty Client"})
    page.refresh()
    page.select_company(empty.id)
    page.delete_selected()
    assert services.companies.find("Empty Client") is None
    assert empty.id not in _shown_ids(page)


def test_double_clicking_a_role_of_the_client_asks_to_show_it(page, qtbot, demo_context):
    services = demo_context.services
    client = next(c for c in services.companies.list_all() if services.roles.list_all(company_id=c.id))
    page.select_company(client.id)
    view = page.detail.roles_view
    with qtbot.waitSignal(page.role_activated) as signal:
        view.doubleClicked.emit(view.model().index(0, 0))
    assert signal.args == [page.detail.roles_model.value_at(0).id]
    assert services.roles.get(signal.args[0]).company_id == client.id


def test_a_client_changed_elsewhere_is_refused_then_reloaded(page, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[0]
    page.select_company(client.id)
    page.open_selected()
    dialog = page.dialog
    services.companies.update(client.id, client.version, {"city": "Sevilla"})
    dialog.industry.setText("Fintech")
    _save(dialog)
    assert dialog.isVisible()
    assert "changed elsewhere" in dialog.notice.text()
    assert services.companies.get(client.id).industry == client.industry
    dialog.notice.action_button.click()  # Reload
    assert dialog.city.text() == "Sevilla"
    dialog.industry.setText("Fintech")
    _save(dialog)
    assert not dialog.isVisible()
    saved = services.companies.get(client.id)
    assert (saved.city, saved.industry) == ("Sevilla", "Fintech")


def test_a_new_client_appears_in_the_roles_page_client_filter(page, qtbot, demo_context):
    from ui.roles.page import RolesPage

    roles = RolesPage(demo_context)
    qtbot.addWidget(roles)
    page.new_item()
    qtbot.keyClicks(page.dialog.name, "Nimbus Labs S.L.")
    _save(page.dialog)
    assert roles.client_filter.findText("Nimbus Labs S.L.") >= 0
