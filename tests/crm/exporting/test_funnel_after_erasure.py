"""A client's funnel keeps counting people who were later erased on request (anonymously)."""

from datetime import date

from crm.exporting.privacy import DisclosurePolicy
from crm.exporting.role_data import load_role_report
from crm.safety.erasure import erase


def _funnel(store, role_id):
    with store.sessions() as session:
        report = load_role_report(session, role_id, DisclosurePolicy(blind=True), date(2026, 11, 27))
    return {step.stage: (step.now, step.reached) for step in report.funnel}


def test_erasing_a_candidate_leaves_the_funnel_counts_unchanged(store, services):
    company = services.companies.create({"name": "Acme"})
    role = services.roles.create({"title": "Backend", "company_id": company.id})
    screening = services.pipeline.stage_by_name("Screening").id
    people = [services.candidates.create({"first_name": name, "email": f"{name}@x.es"}) for name in ("ana", "bea")]
    for person in people:
        application = services.pipeline.add_to_role(person.id, role.id)
        services.pipeline.move(application.id, screening)
    before = _funnel(store, role.id)
    assert before["Screening"] == (2, 2)
    erase(store, [people[0].id])
    assert services.candidates.count() == 1
    assert _funnel(store, role.id) == before
