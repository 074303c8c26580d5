"""A new, empty database: both pages say what to do next instead of showing blank tables."""

from crm.services import Services
from ui.clients.page import ClientsPage
from ui.context import AppContext
from ui.roles.page import RolesPage


def test_empty_pages_invite_the_first_client_and_role(qtbot, services):
    context = AppContext.create(Services.for_store(services.store))
    roles, clients = RolesPage(context), ClientsPage(context)
    qtbot.addWidget(roles)
    qtbot.addWidget(clients)
    assert roles.model.rowCount() == 0 and clients.model.rowCount() == 0
    assert "New role" in roles.detail.placeholder.text()
    assert "New client" in clients.detail.placeholder.text()
    company = services.companies.create({"name": "Acme Tech S.L."})
    services.roles.create({"company_id": company.id, "title": "Go Developer", "status": "closed"})
    roles.refresh()
    assert "All statuses" in roles.detail.placeholder.text()
    roles.search.setText("kotlin")
    roles.refresh()
    assert "No roles match" in roles.detail.placeholder.text()
