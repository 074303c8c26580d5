"""Migration 0007: skills stored under spellings that are now aliases ("ML", "PowerBI", "NextJS") merge into
their canonical skill, so a search for either spelling finds every candidate who has it. (The same on
PostgreSQL: tests/crm/persistence/test_postgres.py.)"""

from old_databases import (
    SKILLS_AFTER_0007,
    add_skills_as_0006_stored_them,
    database_url_at,
    skills_after_0007,
)

from crm.domain.skills import canonical
from crm.persistence.migrate import upgrade
from crm.persistence.store import open_store
from crm.services.search import SearchService


def test_skills_under_old_spellings_merge_into_their_canonical_skill(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = database_url_at(url, "0006_profile_url_letters")
    add_skills_as_0006_stored_them(engine)

    upgrade(engine, backup_dir=tmp_path / "backups")

    assert skills_after_0007(engine) == SKILLS_AFTER_0007
    engine.dispose()
    # What the app writes from now on is the same skill.
    assert canonical("ML")[0] == canonical("Machine Learning")[0] == "machine_learning"
    assert canonical("PowerBI")[0] == "power_bi" and canonical("NextJS")[0] == canonical("Next.js")[0] == "nextjs"
    # The search documents of the candidates concerned are rebuilt.
    search = SearchService(open_store(url)).search
    assert sorted(search("skill:ML").ids) == [1, 2]  # Luis's "ML" was missed by "Machine Learning"
    assert search("skill:powerbi").ids == [3]
    assert search("skill:next.js").ids == [4]
