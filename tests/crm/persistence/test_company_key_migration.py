"""Migration 0008: clients stored under a key that kept a legal form written letter by letter ("S. A.")
get the key the app computes now, so an import naming the client another way finds it."""

from old_databases import database_url_at
from sqlalchemy import text

from crm.domain.normalize import company_key
from crm.persistence.migrate import upgrade

CLIENTS = [(1, "Banco Meridiano S. A.", "banco meridiano s a"), (2, "Acme SL", "acme"), (3, "Acme S. L.", "acme s l"),
           (4, "Globex SLNE", "globex slne"), (5, "Grupo S A Consultores", "grupo s a consultores")]


def test_clients_get_the_key_the_app_computes_now_unless_another_client_has_it(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = database_url_at(url, "0007_skill_aliases")
    with engine.begin() as connection:
        for row in CLIENTS:
            connection.execute(text("INSERT INTO company (id, name, name_key, blind_reports, report_language, archived, "
                                    "created_at, updated_at, version) VALUES (:id, :name, :key, 1, 'es', 0, "
                                    "'2026-01-01', '2026-01-01', 1)"), dict(zip(("id", "name", "key"), row, strict=True)))

    upgrade(engine, backup_dir=tmp_path / "backups")

    with engine.connect() as connection:
        keys = dict(connection.execute(text("SELECT id, name_key FROM company")).all())
    engine.dispose()
    assert keys == {1: "banco meridiano", 2: "acme", 3: "acme s l",  # 3: "acme" is Acme SL's: both stay as they were
                    4: "globex", 5: "grupo s a consultores"}
    assert company_key("Banco Meridiano, S.A.") == keys[1]  # what an import computes finds the client
