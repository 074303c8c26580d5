from sqlalchemy import text


def _match(store, query):
    with store.engine.connect() as connection:
        return sorted(connection.execute(text("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH :q"),
                                         {"q": query}).scalars())


def test_created_candidate_is_indexed_accent_insensitively(services, store):
    record = services.candidates.create({"first_name": "José", "last_name": "Núñez Ibáñez", "city": "Málaga"},
                                        ["C++", "postgres"])
    assert _match(store, "nunez") == [record.id]
    assert _match(store, "jose AND malaga") == [record.id]
    assert _match(store, "skills:cplusplus") == [record.id]
    assert _match(store, "skills:postgresql") == [record.id]


def test_each_word_is_indexed_once_and_an_email_is_found_by_its_parts(services, store):
    imported, created = services.candidates.bulk_insert(
        [{"first_name": "Ana", "email": "ana.garcia@example.com"}], [["Python", "C++", "Node.js"]]) + [
        services.candidates.create({"first_name": "Eva", "email": "eva@example.com"}, ["Python", "C++"]).id]
    with store.engine.connect() as connection:
        rows = {rowid: (email, sorted(skills.split())) for rowid, email, skills in
                connection.execute(text("SELECT rowid, email, skills FROM candidate_fts"))}
    # A skill's name where it is another word than its key; the email as written (its parts are tokens).
    assert rows[imported] == ("ana.garcia@example.com", ["C++", "Node.js", "cplusplus", "nodejs", "python"])
    assert rows[created] == ("eva@example.com", ["C++", "cplusplus", "python"])
    assert _match(store, "garcia") == _match(store, '"ana.garcia@example.com"') == [imported]
    assert _match(store, "email:example") == [imported, created]
    assert _match(store, "skills:c") == [imported, created]


def test_update_and_delete_keep_the_index_in_step(services, store):
    record = services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    updated = services.candidates.update(record.id, record.version, {"city": "Bilbao"}, skills=["golang"])
    assert _match(store, "madrid") == []
    assert _match(store, "bilbao") == [record.id]
    assert _match(store, "skills:golang") == [record.id]
    services.candidates.delete(updated.id)
    assert _match(store, "bilbao") == []


def test_bulk_insert_indexes_every_row(services, store):
    ids = services.candidates.bulk_insert(
        [{"first_name": f"Persona{i}", "city": "Zaragoza" if i % 2 else "Vigo"} for i in range(1200)],
        [["java"] if i % 3 == 0 else [] for i in range(1200)],
    )
    assert len(_match(store, "zaragoza")) == 600
    assert len(_match(store, "skills:java")) == 400
    assert _match(store, "persona7") == [ids[7]]


def _index_rows(store):
    with store.engine.connect() as connection:
        return connection.execute(text("SELECT rowid, * FROM candidate_fts ORDER BY rowid")).all()


def test_bulk_indexing_writes_what_the_index_sql_would(tmp_path, services, store):
    """Bulk inserts index new candidates from Python (search_index.new_document); a rebuild from the
    tables with the index's own SQL must give exactly the same rows, field for field."""
    from import_fixtures import messy_spanish_xlsx

    from crm.importing.importer import import_candidates
    from crm.persistence import search_index

    # A skill already known under another spelling: the index uses the stored name.
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO skill (key, name) VALUES ('postgresql', 'Postgres (DB)')"))
    services.candidates.create({"first_name": "Old", "last_name": "Skill", "email": "old@example.com"},
                               ["postgres"])
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))  # merges, ranges, notes, odd phones
    services.candidates.bulk_insert(
        [{"first_name": "Ana", "last_name": "", "email": "a@b.es", "phone": "+34600000001", "notes": "  spaced  "},
         {"first_name": "", "last_name": "Solo Apellido", "current_title": "Dev", "current_company": "Acme",
          "city": "Cádiz", "summary": "Backend"},
         {"first_name": "Sin", "last_name": "Skills"}],
        [["Kafka", "java", "C++", "c#", "kafka"], [("Go", 3.0), ("postgres", None)], []])
    written = _index_rows(store)
    assert len(written) >= 8
    with store.engine.begin() as connection:
        search_index.rebuild(connection)
    assert _index_rows(store) == written
