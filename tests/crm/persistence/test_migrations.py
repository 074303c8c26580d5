import shutil
import sqlite3
import textwrap

import pytest
from sqlalchemy import create_engine, inspect

from crm.persistence.engine import make_engine
from crm.persistence.migrate import MIGRATIONS_DIR, DatabaseTooNew, MigrationFailed, upgrade
from crm.persistence.store import open_store

REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = {rev!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''


def _write_revision(folder, rev, down, body):
    (folder / "versions" / f"{rev}.py").write_text(
        REVISION.format(rev=rev, down=down, body=textwrap.indent(textwrap.dedent(body).strip(), "    "))
    )


@pytest.fixture
def scripts(tmp_path):
    folder = tmp_path / "migrations"
    (folder / "versions").mkdir(parents=True)
    shutil.copy(MIGRATIONS_DIR / "env.py", folder / "env.py")
    shutil.copy(MIGRATIONS_DIR / "script.py.mako", folder / "script.py.mako")
    _write_revision(folder, "r1", None, 'op.create_table("widget", sa.Column("id", sa.Integer, primary_key=True))\n'
                    'op.execute("INSERT INTO widget (id) VALUES (1)")')
    return folder


def _add_failing_second_step(folder):
    _write_revision(folder, "r2", "r1", '''
        with op.batch_alter_table("widget") as batch:
            batch.add_column(sa.Column("colour", sa.String(20)))
        op.create_table("gadget", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE widget SET colour = 'red'")
        raise RuntimeError("step two broke half-way")
    ''')


def _schema(path):
    connection = sqlite3.connect(path)
    try:
        tables = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        rows = connection.execute("SELECT * FROM widget").fetchall()
        return tables, version, rows
    finally:
        connection.close()


def test_upgrade_from_empty_creates_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"candidate", "company", "contact", "role", "stage", "application", "stage_change", "activity",
            "attachment", "import_batch", "export_log", "skill", "candidate_skill", "alembic_version"} <= tables
    assert not [t for t in tables if t.startswith("_alembic_tmp")]


def test_every_connection_has_the_durability_pragmas(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_failing_second_step_leaves_the_file_as_it_was(tmp_path, scripts):
    path = tmp_path / "m.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, script_location=scripts)
    before = _schema(path)
    _add_failing_second_step(scripts)
    with pytest.raises(MigrationFailed) as caught:
        upgrade(engine, script_location=scripts)
    engine.dispose()
    assert _schema(path) == before
    assert before[1] == [("r1",)]
    assert caught.value.backup is not None and caught.value.backup.exists()
    assert "nothing was changed" in str(caught.value)


def test_without_the_driver_workaround_ddl_would_not_roll_back(tmp_path, scripts):
    """The control: a plain engine leaves a half-migrated schema, which is why engine.py exists."""
    path = tmp_path / "plain.db"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, script_location=scripts)
    _add_failing_second_step(scripts)
    with pytest.raises(MigrationFailed):
        upgrade(engine, script_location=scripts)
    engine.dispose()
    tables = {name for _, name, _ in _schema(path)[0]}
    assert "gadget" in tables


def test_existing_database_is_backed_up_before_migrating(tmp_path, scripts):
    path = tmp_path / "m.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, script_location=scripts)
    _write_revision(scripts, "r2", "r1", 'op.create_table("gadget", sa.Column("id", sa.Integer, primary_key=True))')
    result = upgrade(engine, script_location=scripts)
    engine.dispose()
    assert result.from_revision == "r1" and result.to_revision == "r2"
    backup = sqlite3.connect(result.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [("r1",)]
    assert backup.execute("PRAGMA quick_check").fetchone() == ("ok",)
    backup.close()


def test_database_from_a_newer_app_is_refused_untouched(db_path):
    open_store(str(db_path)).close()
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.commit()
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        open_store(str(db_path))
    assert db_path.read_bytes() == before


def test_schema_head_constant_is_the_newest_migration():
    from alembic.script import ScriptDirectory

    from crm.persistence.migrate import SCHEMA_HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_opening_a_current_database_does_not_load_alembic(db_path):
    import subprocess
    import sys

    open_store(str(db_path)).close()
    script = ("import sys; from crm.persistence.store import open_store; "
              f"open_store({str(db_path)!r}).close(); print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
