"""Databases as an older version of the app left them: migrated up to a given revision only."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Engine

from crm.persistence.engine import make_engine
from crm.persistence.migrate import alembic_config


def database_at(path: Path, revision: str) -> Engine:
    """A new SQLite database at `path` with the schema of `revision`; its engine (dispose it)."""
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def database_url_at(url: str, revision: str) -> Engine:
    """The database at `url` (SQLite or PostgreSQL, empty) brought to the schema of `revision`; its engine."""
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return engine


def add_skills_as_0006_stored_them(engine: Engine) -> None:
    """Skills as versions up to 0006 stored them: "ML" and "Machine learning" two skills (Ana has both,
    Luis "ML" only; a role asks for both), "PowerBI" under its old key only (Marta), "Next.js" and
    "NextJS" two skills (Pau); an import's undo record naming the "ML" skill by id."""
    import json

    from sqlalchemy import text

    day = "2026-01-01 00:00:00"
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO skill (id, key, name) VALUES (:id, :key, :name)"), [
            {"id": 1, "key": "ml", "name": "ML"}, {"id": 2, "key": "machine_learning", "name": "Machine learning"},
            {"id": 3, "key": "powerbi", "name": "PowerBI"}, {"id": 4, "key": "python", "name": "Python"},
            {"id": 5, "key": "next.js", "name": "Next.js"}, {"id": 6, "key": "nextjs", "name": "NextJS"}])
        connection.execute(text("INSERT INTO candidate (id, first_name, last_name, status, created_at, updated_at, "
                                "version) VALUES (:id, :name, 'Gil', 'active', :day, :day, 1)"),
                           [{"id": i, "name": name, "day": day} for i, name in enumerate(("Ana", "Luis", "Marta", "Pau"), 1)])
        connection.execute(text("INSERT INTO candidate_skill (candidate_id, skill_id, years) VALUES (:c, :s, :y)"), [
            {"c": 1, "s": 1, "y": 3.0}, {"c": 1, "s": 2, "y": None}, {"c": 2, "s": 1, "y": None},
            {"c": 3, "s": 3, "y": 2.0}, {"c": 4, "s": 4, "y": 5.0}, {"c": 4, "s": 5, "y": None},
            {"c": 4, "s": 6, "y": 1.0}])
        connection.execute(text("INSERT INTO company (id, name, name_key, blind_reports, report_language, archived, "
                                "created_at, updated_at, version) VALUES (1, 'Acme', 'acme', :t, 'es', :f, :day, :day, 1)"),
                           {"t": True, "f": False, "day": day})
        connection.execute(text("INSERT INTO role (id, reference, company_id, title, openings, status, created_at, "
                                "updated_at, version) VALUES (1, 'VAC-1', 1, 'Data', 1, 'active', :day, :day, 1)"),
                           {"day": day})
        connection.execute(text("INSERT INTO role_skill (role_id, skill_id, required, min_years) VALUES (1, :s, :r, :y)"),
                           [{"s": 1, "r": False, "y": 2.0}, {"s": 2, "r": True, "y": None}])
        connection.execute(text("INSERT INTO import_batch (id, kind, filename, started_at, status, created_count, "
                                "updated_count, skipped_count, rejected_count) "
                                "VALUES (1, 'candidates', 'a.xlsx', :day, 'committed', 0, 1, 0, 0)"), {"day": day})
        connection.execute(text("INSERT INTO import_item (batch_id, entity, entity_id, action, before) "
                                "VALUES (1, 'candidate', 1, 'updated', :before)"),
                           {"before": json.dumps({"fields": {}, "skills_added": [1, 4],
                                                  "skills_before": [[1, 2.0], [2, None]]})})
        if connection.dialect.name == "postgresql":  # ids given by hand: move the sequences past them
            for table in ("skill", "candidate", "company", "role", "import_batch"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"))


def skills_after_0007(engine: Engine) -> dict:
    """What migration 0007 should have left of add_skills_as_0006_stored_them's rows."""
    import json

    from sqlalchemy import text

    with engine.connect() as connection:
        before = connection.execute(text("SELECT before FROM import_item")).scalar_one()
        return {
            "skills": [tuple(r) for r in connection.execute(text("SELECT id, key, name FROM skill ORDER BY id"))],
            "links": [tuple(r) for r in connection.execute(text(
                "SELECT candidate_id, skill_id, years FROM candidate_skill ORDER BY 1, 2"))],
            "role_links": [(r[0], r[1], bool(r[2]), r[3]) for r in connection.execute(text(
                "SELECT role_id, skill_id, required, min_years FROM role_skill"))],
            "undo": json.loads(before) if isinstance(before, str) else before,
        }


SKILLS_AFTER_0007 = {
    "skills": [(2, "machine_learning", "Machine Learning"), (3, "power_bi", "Power BI"), (4, "python", "Python"),
               (6, "nextjs", "Next.js")],
    # Ana had both spellings: one link, with the years one of them gave; Luis's "ML" is Machine Learning now.
    "links": [(1, 2, 3.0), (2, 2, None), (3, 3, 2.0), (4, 4, 5.0), (4, 6, 1.0)],
    "role_links": [(1, 2, True, 2.0)],  # required by either, the years either asked
    # Undoing the old import removes or restores the skill it now is.
    "undo": {"fields": {}, "skills_added": [2, 4], "skills_before": [[2, 2.0]]},
}
