from datetime import UTC, date, datetime, timedelta

import pytest

from crm.domain.errors import Conflict, ValidationError
from crm.services.board import BoardService
from crm.services.stages import StagesService
from crm.services.submission_guard import SubmissionGuard

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def role(services):
    company = services.companies.create({"name": "Acme"})
    return services.roles.create({"title": "Backend", "company_id": company.id, "openings": 1,
                                  "salary_min": 40000, "salary_max": 50000})


def person(services, first, salary=None, email=None):
    return services.candidates.create({"first_name": first, "last_name": "Pérez", "email": email,
                                       "expected_salary": salary, "current_title": "Dev"})


def test_cards_are_grouped_by_stage_with_days_stale_and_band(services, role):
    ana = person(services, "Ana", salary=60000)
    luis = person(services, "Luis", salary=45000)
    contacted = services.pipeline.stage_by_name("Contacted")
    a = services.pipeline.add_to_role(ana.id, role.id, at=NOW - timedelta(days=10))
    services.pipeline.move(a.id, contacted.id, at=NOW - timedelta(days=3))
    b = services.pipeline.add_to_role(luis.id, role.id, at=NOW - timedelta(days=10))
    services.pipeline.move(b.id, contacted.id, at=NOW - timedelta(days=2))
    board = BoardService(services.store, now=lambda: NOW).cards(role.id)
    cards = board.cards[contacted.id]
    assert [c.name for c in cards] == ["Ana Pérez", "Luis Pérez"]
    assert [c.days_in_stage for c in cards] == [3, 2]
    assert [c.stale for c in cards] == [True, False]
    assert [c.above_band for c in cards] == [True, False]
    assert board.count(contacted.id) == 2 and board.count(services.pipeline.stage_by_name("Sourced").id) == 0


def test_overview_counts_per_stage_and_filters(services, role):
    other = services.companies.create({"name": "Beta"})
    services.roles.create({"title": "Closed one", "company_id": other.id, "status": "closed"})
    ana = person(services, "Ana")
    services.pipeline.add_to_role(ana.id, role.id, at=NOW)
    board = BoardService(services.store, now=lambda: NOW)
    rows = board.overview()
    assert [r.role.title for r in rows] == ["Backend"]
    assert rows[0].counts == {services.pipeline.stage_by_name("Sourced").id: 1} and rows[0].total == 1
    assert len(board.overview(statuses=None)) == 2
    assert board.overview(company_id=other.id) == []


def test_candidates_by_ids_keeps_the_given_order(services):
    ana = person(services, "Ana", email="ana@example.com")
    luis = person(services, "Luis")
    hits = BoardService(services.store).candidates_by_ids([luis.id, 999, ana.id])
    assert [(h.name, h.email) for h in hits] == [("Luis Pérez", None), ("Ana Pérez", "ana@example.com")]


def test_undo_move_restores_stage_and_records_the_undo(services, role):
    ana = person(services, "Ana")
    app = services.pipeline.add_to_role(ana.id, role.id, at=NOW - timedelta(days=5))
    placed = services.pipeline.stage_by_name("Placed")
    moved = services.pipeline.move(app.id, placed.id, placed_start_date=date(2027, 1, 1), placed_fee=9000, at=NOW)
    assert services.roles.get(role.id).status == "filled" and moved.submitted_at == NOW
    back = services.pipeline.undo_move(app.id, app, expected_version=moved.version)
    assert back.stage == "Sourced" and back.stage_entered_at == app.stage_entered_at
    assert back.placed_fee is None and back.submitted_at is None
    assert services.roles.get(role.id).status == "active"
    history = services.pipeline.role_history(role.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [("Placed", "Sourced"), ("Sourced", "Placed"),
                                                             (None, "Sourced")]
    assert history[0].note.startswith("Undo")


def test_guard_finds_submission_to_same_client_within_six_months(services, role):
    ana = person(services, "Ana")
    company_id = role.company_id
    earlier = services.roles.create({"title": "Frontend", "company_id": company_id})
    app = services.pipeline.add_to_role(ana.id, earlier.id, at=NOW - timedelta(days=100))
    services.pipeline.move(app.id, services.pipeline.stage_by_name("Submitted to client").id,
                           at=NOW - timedelta(days=90))
    services.pipeline.move(app.id, services.pipeline.stage_by_name("Rejected").id, at=NOW - timedelta(days=80))
    guard = SubmissionGuard(services.store, now=lambda: NOW)
    found = guard.check([ana.id], role.id)
    assert [(p.role_title, p.submitted_at) for p in found[ana.id]] == [("Frontend", NOW - timedelta(days=90))]
    assert SubmissionGuard(services.store, now=lambda: NOW + timedelta(days=100)).check([ana.id], role.id) == {}


def test_guard_ignores_other_clients_and_unsubmitted(services, role):
    ana = person(services, "Ana")
    other = services.roles.create({"title": "X", "company_id": services.companies.create({"name": "B"}).id})
    app = services.pipeline.add_to_role(ana.id, other.id, at=NOW)
    services.pipeline.move(app.id, services.pipeline.stage_by_name("Offer").id, at=NOW)
    same = services.roles.create({"title": "Y", "company_id": role.company_id})
    services.pipeline.add_to_role(ana.id, same.id, at=NOW)  # only sourced
    assert SubmissionGuard(services.store, now=lambda: NOW).check([ana.id], role.id) == {}


def test_removing_a_stage_in_use_remaps_with_history(services, role):
    stages = StagesService(services.store)
    ana = person(services, "Ana")
    app = services.pipeline.add_to_role(ana.id, role.id, at=NOW)
    screening = services.pipeline.stage_by_name("Screening")
    services.pipeline.move(app.id, screening.id, at=NOW)
    with pytest.raises(Conflict):
        stages.remove(screening.id)
    contacted = services.pipeline.stage_by_name("Contacted")
    assert stages.remove(screening.id, contacted.id, at=NOW + timedelta(hours=1)) == 1
    assert "Screening" not in [s.name for s in stages.list()]
    assert services.pipeline.find(ana.id, role.id).stage == "Contacted"
    history = services.pipeline.history(app.id)
    assert history[-1].to_stage == "Contacted" and "Screening" in history[-1].note
    assert "since removed" in history[-2].note
    assert [s.position for s in stages.list()] == list(range(1, 8))


def test_every_kind_must_remain_and_names_are_unique(services):
    stages = StagesService(services.store)
    placed = services.pipeline.stage_by_name("Placed")
    with pytest.raises(ValidationError):
        stages.update(placed.id, kind="open")
    with pytest.raises(ValidationError):
        stages.remove(placed.id)
    with pytest.raises(Conflict):
        stages.add("placed")
    added = stages.add("Technical test", stale_after_days=5, before_id=services.pipeline.stage_by_name("Offer").id)
    names = [s.name for s in stages.list()]
    assert names.index("Technical test") == names.index("Offer") - 1
    renamed = stages.update(added.id, name="Tech test", stale_after_days=None)
    assert renamed.name == "Tech test" and renamed.stale_after_days is None
    order = [s.id for s in reversed(stages.list())]
    assert [s.id for s in stages.reorder(order)] == order


def test_rejection_reasons_are_editable(services):
    stages = StagesService(services.store)
    reasons = stages.reasons()
    edited = [(reasons[1][0], reasons[0][1]), (reasons[0][0], reasons[1][1]), (None, "Visa issues")]
    saved = stages.save_reasons(edited)
    assert [label for _, label in saved] == [reasons[0][1], reasons[1][1], "Visa issues"]
    with pytest.raises(ValidationError):
        stages.save_reasons([(None, "A"), (None, "a")])


def test_names_that_start_with_an_accented_capital_are_found_and_kept_unique(services):
    """SQLite's lower() leaves "Ú" as it is and Python's does not: "Última ronda" was not found by its own
    name, and adding it again failed on the database's unique name instead of saying so."""
    from crm.domain.errors import Conflict

    stages = StagesService(services.store)
    added = stages.add("Última ronda")
    assert services.pipeline.stage_by_name("Última ronda").id == added.id
    with pytest.raises(Conflict):
        stages.add("Última ronda")
