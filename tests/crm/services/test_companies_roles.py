import pytest

from crm.domain.errors import Conflict, NotFound, StaleVersion, ValidationError


def test_company_names_are_deduplicated_on_a_normalised_key(services):
    acme = services.companies.create({"name": "Acme Tech S.L."})
    with pytest.raises(Conflict) as caught:
        services.companies.create({"name": "ACME TECH, SL"})
    assert caught.value.existing_id == acme.id
    assert services.companies.find_or_create("acme tech") == acme.id
    assert services.companies.find("ACME TECH, SL").id == acme.id


def test_new_clients_get_blind_reports_by_default(services):
    assert services.companies.create({"name": "Banco Meridiano"}).blind_reports is True


def test_contacts_belong_to_a_company(services):
    company = services.companies.create({"name": "Nubeo Cloud"})
    contact = services.companies.add_contact(company.id, {"first_name": "marta", "email": "Marta@Nubeo.es"})
    assert contact.email == "marta@nubeo.es"
    assert services.companies.get(company.id).contacts == (contact,)
    with pytest.raises(StaleVersion):
        services.companies.update_contact(contact.id, contact.version + 1, {"title": "CTO"})


def test_company_with_roles_cannot_be_deleted(services):
    company = services.companies.create({"name": "Paygate"})
    services.roles.create({"title": "Java Developer", "company_id": company.id})
    with pytest.raises(Conflict):
        services.companies.delete(company.id)


def test_role_gets_a_reference_and_canonical_skills(services):
    company = services.companies.create({"name": "Paygate"})
    role = services.roles.create(
        {"title": "Senior Python Developer", "company_id": company.id, "salary_min": 45000, "salary_max": 55000,
         "fee_percent": "20%"},
        required_skills=["python", "postgres"], nice_skills=["k8s"],
    )
    assert role.reference.startswith("VAC-") and role.reference.endswith("-001")
    assert [s.name for s in role.required_skills] == ["PostgreSQL", "Python"]
    assert [s.name for s in role.nice_skills] == ["Kubernetes"]
    assert role.fee_percent == 20.0
    second = services.roles.create({"title": "Go Developer", "company_id": company.id})
    assert second.reference.endswith("-002")
    assert services.roles.get_by_reference(role.reference.lower()).id == role.id


def test_role_validation_and_stale_update(services):
    company = services.companies.create({"name": "Paygate"})
    with pytest.raises(ValidationError) as caught:
        services.roles.create({"title": "", "company_id": company.id, "salary_min": 60000, "salary_max": 50000})
    assert caught.value.for_field("title") and caught.value.for_field("salary_max")
    role = services.roles.create({"title": "Dev", "company_id": company.id, "reference": "VAC-X-1"})
    with pytest.raises(Conflict):
        services.roles.create({"title": "Dev 2", "company_id": company.id, "reference": "VAC-X-1"})
    services.roles.update(role.id, role.version, {"status": "on_hold"})
    with pytest.raises(StaleVersion):
        services.roles.update(role.id, role.version, {"status": "closed"})
    with pytest.raises(NotFound):
        services.roles.get_by_reference("VAC-NOPE")
