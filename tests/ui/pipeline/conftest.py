"""Fixtures for the pipeline GUI tests: a role with candidates at known stages and a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def context(services, qapp):
    from ui.context import AppContext

    return AppContext.create(services)


@pytest.fixture
def role(services):
    company = services.companies.create({"name": "Acme Tech"})
    return services.roles.create({"title": "Backend Engineer", "company_id": company.id, "openings": 1,
                                  "salary_min": 40000, "salary_max": 50000, "fee_percent": 20})


@pytest.fixture
def people(services, role):
    """Ana and Luis in Sourced (since 10 and 1 days), Marta in Contacted for 5 days (stale after 3)."""
    made = {}
    for first, salary, days in (("Ana", 45000, 10), ("Luis", 60000, 1)):
        candidate = services.candidates.create({"first_name": first, "last_name": "García",
                                                "expected_salary": salary, "current_title": "Developer",
                                                "years_experience": 5})
        services.pipeline.add_to_role(candidate.id, role.id, at=NOW - timedelta(days=days))
        made[first] = candidate
    marta = services.candidates.create({"first_name": "Marta", "last_name": "Ruiz"})
    application = services.pipeline.add_to_role(marta.id, role.id, at=NOW - timedelta(days=9))
    services.pipeline.move(application.id, services.pipeline.stage_by_name("Contacted").id,
                           at=NOW - timedelta(days=5))
    made["Marta"] = marta
    return made


@pytest.fixture
def board(qtbot, context, role, people):
    from ui.pipeline.board_view import BoardWidget

    widget = BoardWidget(context, now=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1600, 700)
    widget.load(role.id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stage_changes(services, candidate_id: int, role_id: int):
    application = services.pipeline.find(candidate_id, role_id)
    return [(h.from_stage, h.to_stage, h.note) for h in services.pipeline.history(application.id)]
