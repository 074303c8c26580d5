from datetime import UTC, date, datetime

import pytest

from crm.domain.errors import Conflict, StaleVersion, ValidationError


@pytest.fixture
def role_and_candidate(services):
    company = services.companies.create({"name": "Acme"})
    role = services.roles.create({"title": "Backend", "company_id": company.id, "openings": 1})
    candidate = services.candidates.create({"first_name": "Ana"})
    return role, candidate


def test_default_stages_exist_in_order(services):
    stages = services.pipeline.stages()
    assert [s.name for s in stages] == ["Sourced", "Contacted", "Screening", "Submitted to client",
                                        "Client interview", "Offer", "Placed", "Rejected"]
    assert [s.kind for s in stages][-2:] == ["placed", "rejected"]
    assert "Salary expectations" in services.pipeline.rejection_reasons()


def test_moves_are_recorded_with_time_and_note(services, role_and_candidate):
    role, candidate = role_and_candidate
    application = services.pipeline.add_to_role(candidate.id, role.id, at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    assert application.stage == "Sourced"
    screening = services.pipeline.stage_by_name("screening")
    when = datetime(2026, 11, 2, 10, 30, tzinfo=UTC)
    moved = services.pipeline.move(application.id, screening.id, note="good call", at=when)
    history = services.pipeline.history(application.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [(None, "Sourced"), ("Sourced", "Screening")]
    assert history[-1].note == "good call" and history[-1].changed_at == when
    assert moved.stage_entered_at == when
    with pytest.raises(StaleVersion):
        services.pipeline.move(application.id, services.pipeline.stage_by_name("Offer").id,
                               expected_version=application.version)


def test_same_candidate_twice_on_a_role_is_refused(services, role_and_candidate):
    role, candidate = role_and_candidate
    services.pipeline.add_to_role(candidate.id, role.id)
    with pytest.raises(Conflict):
        services.pipeline.add_to_role(candidate.id, role.id)


def test_rejection_keeps_the_reason(services, role_and_candidate):
    role, candidate = role_and_candidate
    application = services.pipeline.add_to_role(candidate.id, role.id)
    rejected = services.pipeline.stage_by_name("Rejected")
    with pytest.raises(ValidationError):
        services.pipeline.move(application.id, rejected.id, rejection_reason="bad vibes")
    moved = services.pipeline.move(application.id, rejected.id, rejection_reason="salary expectations",
                                   note="asks 70k")
    assert moved.rejection_reason == "Salary expectations"
    assert moved.rejection_note == "asks 70k"


def test_placing_the_last_opening_fills_the_role(services, role_and_candidate):
    role, candidate = role_and_candidate
    application = services.pipeline.add_to_role(candidate.id, role.id)
    placed = services.pipeline.stage_by_name("Placed")
    moved = services.pipeline.move(application.id, placed.id, placed_start_date=date(2027, 1, 10), placed_fee=9000)
    assert moved.placed_fee == 9000
    assert services.roles.get(role.id).status == "filled"
