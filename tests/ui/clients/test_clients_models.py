from crm.services.role_overview import RoleFilters
from ui.clients.models import ClientRolesModel, ClientsTableModel, ContactsModel


def test_clients_model_passes_the_model_tester(qtmodeltester, demo_context):
    model = ClientsTableModel()
    model.set_rows(demo_context.services.client_overview.rows())
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_contacts_and_client_roles_models_pass_the_model_tester(qtmodeltester, demo_context):
    services = demo_context.services
    client = services.companies.list_all()[0]
    contacts = ContactsModel()
    contacts.set_rows(client.contacts)
    assert contacts.rowCount() == len(client.contacts)
    qtmodeltester.check(contacts)
    roles = ClientRolesModel()
    roles.set_rows(services.role_overview.rows(RoleFilters(company_id=client.id)))
    assert roles.rowCount() > 0
    qtmodeltester.check(roles)
