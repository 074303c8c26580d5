"""Migration 0005: the LinkedIn and GitHub URLs stored before it take their one form, so an import
finds those people whatever way their profile was copied."""

import sqlite3

from old_databases import database_at

from crm.domain import normalize
from crm.persistence.migrate import upgrade
from crm.persistence.schema_head import SCHEMA_HEAD

STORED = [  # (linkedin_url, github_url) as versions up to 0004 stored them
    ("https://es.linkedin.com/in/ana-garcia", "http://github.com/anagarcia"),
    ("http://linkedin.com/in/Luis?originalSubdomain=es", None),
    ("https://linkedin.com/in/marta/es", "https://github.com/marta?tab=repositories"),
    ("https://linkedin.com/in/pau", "https://pau.dev/cv"),
    ("https://mx.linkedin.com/company/acme", None),
]


def test_stored_profile_urls_take_their_one_form(tmp_path):
    db = tmp_path / "old.db"
    engine = database_at(db, "0004_profile_url_case")
    with sqlite3.connect(db) as raw:
        raw.executemany("INSERT INTO candidate (first_name, last_name, linkedin_url, github_url, status, created_at, "
                        "updated_at, version) VALUES ('A', 'B', ?, ?, 'active', '2026-01-01', '2026-01-01', 3)", STORED)
    raw.close()

    result = upgrade(engine, backup_dir=tmp_path / "backups")
    engine.dispose()

    assert result.to_revision == SCHEMA_HEAD  # through 0005 (and whatever came after it)
    with sqlite3.connect(db) as raw:
        urls = raw.execute("SELECT linkedin_url, github_url, version FROM candidate ORDER BY id").fetchall()
    raw.close()
    assert urls == [("https://linkedin.com/in/ana-garcia", "https://github.com/anagarcia", 3),
                    ("https://linkedin.com/in/Luis", None, 3),
                    ("https://linkedin.com/in/marta", "https://github.com/marta", 3),
                    ("https://linkedin.com/in/pau", "https://pau.dev/cv", 3),  # not a profile host: as it was
                    ("https://linkedin.com/company/acme", None, 3)]
    # What the app writes from now on is the same form.
    assert [normalize.url(linkedin) for linkedin, _github in STORED] == [linkedin for linkedin, _g, _v in urls]


def test_stored_profile_urls_have_their_letters_written_out(tmp_path):
    """Migration 0006: /in/ana-l%C3%B3pez (as a browser copies it) becomes /in/ana-lópez (as the page shows
    it), so an import finds the person whichever way the profile was copied."""
    db = tmp_path / "old.db"
    engine = database_at(db, "0005_profile_urls")
    stored = [("https://linkedin.com/in/ana-l%C3%B3pez-123", "https://github.com/j%C3%B6rg"),
              ("https://linkedin.com/in/luis", None),
              ("https://pau.dev/mi%20cv", None)]  # not a profile host: as it was
    with sqlite3.connect(db) as raw:
        raw.executemany("INSERT INTO candidate (first_name, last_name, linkedin_url, github_url, status, created_at, "
                        "updated_at, version) VALUES ('A', 'B', ?, ?, 'active', '2026-01-01', '2026-01-01', 2)", stored)
    raw.close()

    upgrade(engine, backup_dir=tmp_path / "backups")
    engine.dispose()

    with sqlite3.connect(db) as raw:
        urls = raw.execute("SELECT linkedin_url, github_url, version FROM candidate ORDER BY id").fetchall()
    raw.close()
    assert urls == [("https://linkedin.com/in/ana-lópez-123", "https://github.com/jörg", 2),
                    ("https://linkedin.com/in/luis", None, 2), ("https://pau.dev/mi%20cv", None, 2)]
    assert normalize.url(stored[0][0]) == urls[0][0]  # what the app writes from now on


def test_profiles_copied_from_the_mobile_site_take_their_one_form(tmp_path):
    """Migration 0009: up to 0008 https://m.linkedin.com/in/ana?trk=... was kept as typed, so a later file
    giving https://linkedin.com/in/ana added that person again."""
    db = tmp_path / "old.db"
    engine = database_at(db, "0008_company_keys")
    stored = [("https://m.linkedin.com/in/ana-garcia?trk=people-guest", "A"),
              ("https://mobile.linkedin.com/in/jos%C3%A9-ruiz/es", "B"),
              ("http://m.linkedin.com", "C"),  # the site itself, no profile: only its host changes
              ("https://linkedin.com/in/luis", "D"),  # already in its one form
              ("https://m.linkedin.company.es/in/x", "E")]  # another site
    with sqlite3.connect(db) as raw:
        raw.executemany("INSERT INTO candidate (first_name, last_name, linkedin_url, status, created_at, "
                        "updated_at, version) VALUES (?, 'B', ?, 'active', '2026-01-01', '2026-01-01', 4)",
                        [(name, url) for url, name in stored])
    raw.close()

    upgrade(engine, backup_dir=tmp_path / "backups")
    engine.dispose()

    with sqlite3.connect(db) as raw:
        urls = raw.execute("SELECT linkedin_url, version FROM candidate ORDER BY id").fetchall()
    raw.close()
    assert urls == [("https://linkedin.com/in/ana-garcia", 4), ("https://linkedin.com/in/josé-ruiz", 4),
                    ("https://linkedin.com", 4), ("https://linkedin.com/in/luis", 4),
                    ("https://m.linkedin.company.es/in/x", 4)]
    assert [normalize.url(url) for url, _name in stored[:4]] == [url for url, _v in urls[:4]]
