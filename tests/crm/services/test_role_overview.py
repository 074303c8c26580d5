from collections import Counter
from datetime import date

from crm.services.demo import load_demo
from crm.services.role_overview import OPEN_ROLE_STATUSES, RoleFilters, days_open


def test_counts_per_stage_match_the_applications_of_each_role(services, store):
    load_demo(store, 300)
    rows = services.role_overview.rows()
    assert len(rows) == len(services.roles.list_all())
    assert sum(row.total for row in rows) > 0
    for row in rows:
        expected = Counter(a.stage_id for a in services.pipeline.applications_for_role(row.id))
        assert dict(row.counts) == dict(expected), row.reference


def test_filters_by_client_status_and_text(services, store):
    load_demo(store, 200)
    everything = services.role_overview.rows()
    client = everything[0].company_id
    by_client = services.role_overview.rows(RoleFilters(company_id=client))
    assert by_client and all(row.company_id == client for row in by_client)
    assert len(by_client) == sum(1 for row in everything if row.company_id == client)
    open_only = services.role_overview.rows(RoleFilters(statuses=frozenset(OPEN_ROLE_STATUSES)))
    assert {row.status for row in open_only} <= set(OPEN_ROLE_STATUSES)
    word = everything[0].title.split()[0]
    by_text = services.role_overview.rows(RoleFilters(text=word.upper()))
    assert everything[0].id in {row.id for row in by_text}
    assert services.role_overview.rows(RoleFilters(text="%")) == []


def test_candidates_on_a_role_carry_their_stage(services, store):
    load_demo(store, 200)
    row = max(services.role_overview.rows(), key=lambda r: r.total)
    people = services.role_overview.candidates(row.id)
    assert len(people) == row.total
    stage_names = {s.id: s.name for s in services.pipeline.stages()}
    for person in people:
        assert person.stage == stage_names[person.stage_id]
        assert person.days_in_stage >= 0
    kinds = [p.stage_kind for p in people]
    assert kinds == sorted(kinds, key=("placed", "open", "rejected").index)  # rejected at the bottom
    open_positions = [p.stage_position for p in people if p.stage_kind == "open"]
    assert open_positions == sorted(open_positions, reverse=True)


def test_days_open_counts_to_closing_or_today():
    assert days_open(date(2026, 1, 1), None, date(2026, 1, 31)) == 30
    assert days_open(date(2026, 1, 1), date(2026, 1, 11), date(2026, 6, 1)) == 10
    assert days_open(None, None, date(2026, 1, 1)) is None


def test_client_overview_counts_open_roles_and_contacts(services, store):
    load_demo(store, 100)
    rows = services.client_overview.rows()
    assert rows
    for row in rows:
        roles = services.roles.list_all(company_id=row.id)
        assert row.roles == len(roles)
        assert row.open_roles == sum(1 for r in roles if r.status in OPEN_ROLE_STATUSES)
        assert row.contacts == len(services.companies.get(row.id).contacts)


def test_a_candidate_waiting_past_the_stage_limit_is_stale(services, store):
    load_demo(store, 100)
    contacted = services.pipeline.stage_by_name("Contacted")  # chase after 3 days by default
    people = [p for row in services.role_overview.rows() for p in services.role_overview.candidates(row.id)]
    in_contacted = [p for p in people if p.stage_id == contacted.id]
    assert in_contacted
    for person in in_contacted:
        assert person.is_stale == (person.days_in_stage > contacted.stale_after_days)
    assert not any(p.is_stale for p in people if p.stage == "Sourced")  # no limit set
