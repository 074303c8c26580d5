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
