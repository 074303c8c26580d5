"""Shared bits for the UI tests: a context over a test store, and quick candidate fixtures."""

from __future__ import annotations

from crm.services import Services
from ui.context import AppContext


def make_context(store) -> AppContext:
    return AppContext.create(Services.for_store(store))


def add_people(services, count: int) -> list[int]:
    rows = [{"first_name": f"Person{i:06d}", "last_name": f"Surname{count - i:06d}", "city": "Madrid",
             "current_title": "Backend Developer", "expected_salary": 40000 + i, "years_experience": 3.0}
            for i in range(count)]
    return services.candidates.bulk_insert(rows, [[("Python", 4), "SQL"]] * count)
