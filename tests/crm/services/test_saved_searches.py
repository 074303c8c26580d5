import pytest

from crm.domain.errors import Conflict, ValidationError
from crm.services.saved_searches import SavedSearchService


def test_save_rename_delete_smart_lists(store):
    lists = SavedSearchService(store)
    first = lists.save("Python Madrid", "skill:python city:madrid")
    second = lists.save("  Java   seniors ", "java years>=5")
    assert [s.name for s in lists.list()] == ["Python Madrid", "Java seniors"]
    with pytest.raises(Conflict):
        lists.save("python madrid", "x")
    with pytest.raises(ValidationError):
        lists.save("  ", "x")
    lists.rename(second.id, "Java 5y+")
    lists.delete(first.id)
    assert [(s.name, s.query) for s in lists.list()] == [("Java 5y+", "java years>=5")]


def test_a_name_that_starts_with_an_accented_capital_is_refused_twice_with_a_conflict(store):
    """SQLite's lower() leaves "É" as it is and Python's does not: the second save failed on the unique name."""
    lists = SavedSearchService(store)
    lists.save("Éxito Madrid", "city:madrid")
    with pytest.raises(Conflict):
        lists.save("Éxito Madrid", "city:barcelona")
