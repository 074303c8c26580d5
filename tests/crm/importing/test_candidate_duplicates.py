"""The same person in a file and the database: found by email, phone or profile however written, merged
by policy; similar names only flagged; the same file again creates nothing."""

import pytest
from import_fixtures import (
    by_email,
    english_xlsx,
    fts,
    messy_spanish_xlsx,
    plain_xlsx,
)
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.report import counterpart


def test_importing_the_same_file_twice_creates_nothing(tmp_path, store, services):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    import_candidates(store, path)
    with store.engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM candidate ORDER BY id")).all()
    again = import_candidates(store, path)
    assert (again.created, again.updated) == (0, 0)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT * FROM candidate ORDER BY id")).all() == before


def test_a_person_known_by_a_given_name_alone_is_not_created_again(tmp_path, store, services):
    """Nothing but a name, and no surname ("Francisco Javier", "Mari"): the same row again is that person,
    as one with a surname is (the lookup went by surname only, so each import added another)."""
    path = plain_xlsx(tmp_path / "names.xlsx", ["Nombre", "Ciudad", "Notas"],
                      ["Francisco Javier", "Sevilla", "llamar en enero"], ["Mari", None, None])
    assert import_candidates(store, path).created == 2
    again = import_candidates(store, path)
    assert (again.created, again.skipped) == (0, 2)
    assert services.candidates.count() == 2


def test_a_row_with_only_a_name_is_found_again_among_namesakes(tmp_path, store, services):
    """Two people of one name and city: the known one with an email, and the one a file gave with a name and
    a note only. That file again creates nothing: its row is the second person, not the first."""
    services.candidates.create({"first_name": "Eli", "last_name": "Blasco", "city": "Valencia", "email": "eli@x.es"})
    path = plain_xlsx(tmp_path / "eli.xlsx", ["Nombre", "Apellidos", "Ciudad", "Notas"],
                      ["Eli", "Blasco", "Valencia", "Conocida en un meetup"])
    assert import_candidates(store, path).created == 1  # not merged with the one known: only flagged
    again = import_candidates(store, path)
    assert (again.created, again.skipped) == (0, 1)
    assert services.candidates.count() == 2


def test_duplicates_across_files_fill_empty_fields_and_add_skills(tmp_path, store, services):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    report = import_candidates(store, english_xlsx(tmp_path / "export.xlsx"))
    assert (report.created, report.updated) == (2, 1)
    ana = by_email(services, "ana.garcia@example.com")
    assert {s.name for s in ana.skills} >= {"Java", "Kafka", "Terraform"}
    assert ana.source == "Event"  # was empty: filled
    assert ana.city == "Barcelona" and ana.current_salary == 55000  # kept
    assert "Met at a meetup" in ana.notes and ana.notes.startswith("=HYPERLINK")
    mary = by_email(services, "mary@example.org")
    assert (mary.first_name, mary.last_name, mary.phone, mary.notice_days) == ("Mary", "O'Brien", "+447700900123", 90)
    maria = by_email(services, "maria.fuente@example.org")
    assert (maria.first_name, maria.last_name) == ("María", "de la Fuente García")


@pytest.mark.parametrize("policy, expected_city, updated, skipped", [
    ("skip", "Barcelona", 0, 1), ("overwrite", "Sevilla", 1, 0)])
def test_duplicate_policies(tmp_path, store, services, policy, expected_city, updated, skipped):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    row = ["Ana", "García", "ANA.GARCIA@example.com", None, "Sevilla", "Rust", None, None, None, None, None, None, None]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "again.xlsx", rows=[row]),
                               ImportOptions(on_duplicate=policy))
    assert (report.created, report.updated, report.skipped) == (0, updated, skipped)
    ana = by_email(services, "ana.garcia@example.com")
    assert ana.city == expected_city
    assert {s.name for s in ana.skills} >= {"Java", "Spring", "AWS"}  # never taken away
    assert ("Rust" in {s.name for s in ana.skills}) == (policy == "overwrite")


def test_overwrite_adds_to_the_notes_and_skills_it_does_not_replace_them(tmp_path, store, services):
    """What an earlier import kept in the notes (a cell it could not read, a second phone) and the skills
    known are not lost when a later file's values replace the fields."""
    first = ["Ana", "García", "ana@example.com", "600 111 222 / 622 33 44 55", "Madrid", "Java, SQL", 5, None,
             "a convenir", None, None, "Buen perfil", None]
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx", rows=[first]))
    before = by_email(services, "ana@example.com").notes
    assert "622 33 44 55" in before and "a convenir" in before and "Buen perfil" in before
    later = ["Ana", "García", "ana@example.com", None, "Sevilla", "Azure", None, None, "58k", None, None,
             "Llamada 20/04: sigue interesada", None]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "later.xlsx", rows=[later]),
                               ImportOptions(on_duplicate="overwrite"))
    assert report.updated == 1
    ana = by_email(services, "ana@example.com")
    assert (ana.city, ana.expected_salary) == ("Sevilla", 58000)
    assert ana.notes.startswith(before) and ana.notes.endswith("Llamada 20/04: sigue interesada")
    assert {s.name for s in ana.skills} == {"Java", "SQL", "Azure"}


def test_similar_names_in_the_same_city_are_only_flagged(tmp_path, store, services):
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    row = ["Pedro", "Sánchez Gil", "pedro.other@example.com", None, "Madrid", None, None, None, None, None, None,
           None, None]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "p.xlsx", rows=[row]))
    assert report.created == 1
    assert [(d["row"], d["name"]) for d in report.possible_duplicates] == [(4, "Pedro Sánchez Gil")]


def test_a_namesake_stored_with_a_whole_location_is_in_the_same_city(tmp_path, store, services):
    # Stored before imports kept a location's city only (or typed so by hand).
    laura = services.candidates.create({"first_name": "Laura", "last_name": "Gómez",
                                        "city": "Madrid, Comunidad de Madrid, España"})
    row = ["Laura", "Gomez", "laura.g@example.com", None, "Madrid", None, None, None, None, None, None, None, None]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "p.xlsx", rows=[row]))
    assert [(d["name"], d["candidate_id"]) for d in report.possible_duplicates] == [("Laura Gomez", laura.id)]


def test_similar_names_against_the_database_and_the_file_are_flagged_never_merged(tmp_path, store, services):
    """A recruiter's second list spells people the way they were typed: without accents, without the
    second surname, as they sound. Those are flagged for review against the database and earlier rows,
    in the same city only; a different second surname is a different person."""
    blank = [None] * 8
    first = [["José", "García López", "jose.1@example.com", None, "Madrid", *blank],
             ["Laura", "Gómez", "laura.1@example.com", None, "Bilbao", *blank]]
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx", rows=first))
    jose, laura = by_email(services, "jose.1@example.com"), by_email(services, "laura.1@example.com")
    rows = [["JOSE", "GARCIA", "jose.2@example.com", None, "madrid", *blank],          # row 4
            ["José", "García Pérez", "jose.3@example.com", None, "Madrid", *blank],    # row 5: not García López
            ["Laura", "Gómez Ruiz", "laura.2@example.com", None, "Bilbao", *blank],    # row 7
            ["Laura", "Gómez", "laura.3@example.com", None, "Bilbao", *blank],         # row 8
            ["Álvaro", "Vázquez", "alvaro.1@example.com", None, "Sevilla", *blank],    # row 9
            ["Alvaro", "Basquez", "alvaro.2@example.com", None, "Sevilla", *blank],    # row 10
            ["Álvaro", "Vázquez", "alvaro.3@example.com", None, "Cádiz", *blank]]      # row 11: another city
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "second.xlsx", rows=rows))

    assert report.created == 7 and report.merged == 0 and report.updated == 0
    flagged = [(d["row"], d.get("candidate_id"), d.get("other_row"), d["reason"]) for d in report.possible_duplicates]
    assert flagged == [
        (4, jose.id, None, "similar name in the same city as an existing candidate"),
        (5, None, 4, "similar name in the same city as another row"),  # row 4's "José García" may be him
        (7, laura.id, None, "similar name in the same city as an existing candidate"),
        (8, laura.id, None, "same name and city as an existing candidate"),
        (8, None, 7, "similar name in the same city as another row"),
        (10, None, 9, "similar name in the same city as another row"),
    ]
    assert services.candidates.count() == 9
    # Each flag names the records to compare: the one its row created, and the other row's.
    email = {candidate_id: services.candidates.get(candidate_id).email
             for d in report.possible_duplicates for candidate_id in (d["new_id"], d.get("other_id")) if candidate_id}
    assert [(email[d["new_id"]], d.get("other_id") and email[d["other_id"]]) for d in report.possible_duplicates] == [
        ("jose.2@example.com", None), ("jose.3@example.com", "jose.2@example.com"), ("laura.2@example.com", None),
        ("laura.3@example.com", None), ("laura.3@example.com", "laura.2@example.com"),
        ("alvaro.2@example.com", "alvaro.1@example.com")]


def test_a_row_with_many_namesakes_in_the_database_is_flagged_with_the_first_few(tmp_path, store, services):
    """"Ana García" in Madrid may be dozens of candidates: a new one is flagged with five of them, the
    same name first, the last flag saying how many more (a flag for each, for each such row, ran to
    millions of lines and gigabytes: 2,000 rows against 2,000 such people took 155 s and 1.4 GB)."""
    similar = [services.candidates.create({"first_name": "Ana", "last_name": "Garsia", "city": "Madrid"}).id
               for _ in range(2)]
    same = [services.candidates.create({"first_name": "Ana", "last_name": "García", "city": "Madrid"}).id
            for _ in range(6)]
    services.candidates.create({"first_name": "Ana", "last_name": "García", "city": "Bilbao"})
    row = ["ANA", "GARCIA", "ana.new@example.com", None, "madrid", *[None] * 8]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "ana.xlsx", rows=[row]))
    flagged = [(d["candidate_id"], d["reason"], d.get("more")) for d in report.possible_duplicates]
    assert flagged == [(candidate_id, "same name and city as an existing candidate", None) for candidate_id in same[:4]] + [
        (same[4], "same name and city as an existing candidate", 3)]
    assert counterpart(report.possible_duplicates[-1]) == f"candidate {same[4]} and 3 more"
    assert set(similar).isdisjoint(d["candidate_id"] for d in report.possible_duplicates)


def test_one_word_of_a_name_in_a_city_is_not_flagged(tmp_path, store, services):
    """"Pérez" or "David" in Madrid alone says too little: not a possible duplicate of every such person."""
    services.candidates.create({"first_name": "David", "last_name": None, "city": "Madrid"})
    services.candidates.create({"first_name": None, "last_name": "Pérez", "city": "Madrid"})
    rows = [["David", None, "david.2@example.com", None, "Madrid", *[None] * 8],
            [None, "Pérez", "perez.2@example.com", None, "Madrid", *[None] * 8],
            [None, "Pérez", "perez.3@example.com", None, "Madrid", *[None] * 8]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "one_word.xlsx", rows=rows))
    assert report.created == 3 and report.possible_duplicates == []


def test_a_check_names_no_records_for_its_possible_duplicates(tmp_path, store, services):
    """A dry run rolls back the records it created: its flags must not point at ids that do not exist."""
    blank = [None] * 8
    rows = [["Laura", "Gómez", "laura.1@example.com", None, "Madrid", *blank],
            ["Laura", "Gomez", "laura.2@example.com", None, "Madrid", *blank]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "dry.xlsx", rows=rows), ImportOptions(dry_run=True))
    assert [(d["row"], d["other_row"]) for d in report.possible_duplicates] == [(5, 4)]
    assert "new_id" not in report.possible_duplicates[0] and "other_id" not in report.possible_duplicates[0]
    assert services.candidates.count() == 0


def test_the_database_is_searched_in_the_cities_of_the_file_however_they_are_written(tmp_path, store, services):
    blank = [None] * 8
    first = [["Nuria", "Peña", "nuria.1@example.com", None, "Málaga", *blank],
             ["Nuria", "Peña", "nuria.2@example.com", None, "Cádiz", *blank]]
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx", rows=first))
    malaga = by_email(services, "nuria.1@example.com")
    rows = [["NURIA", "PENA", "nuria.3@example.com", None, "MALAGA", *blank],  # row 4
            ["Nuria", "Peña", "nuria.4@example.com", None, "Sevilla", *blank]]  # row 5: nobody in Sevilla
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "second.xlsx", rows=rows))
    assert [(d["row"], d.get("candidate_id"), d["reason"]) for d in report.possible_duplicates] == [
        (4, malaga.id, "same name and city as an existing candidate")]


def test_a_linkedin_profile_is_the_same_person_however_it_was_copied(tmp_path, store, services):
    first = [["Ana", "Ruiz", "ana.1@example.com", None, "Madrid", None, None, None, None, None,
              "https://es.linkedin.com/in/ana-ruiz/"]]
    import_candidates(store, messy_spanish_xlsx(tmp_path / "first.xlsx", rows=first))
    again = [["Ana", "Ruiz", None, None, "Madrid", "Go", None, None, None, None,
              "http://www.LinkedIn.com/in/Ana-Ruiz?originalSubdomain=es"],
             ["Ana", "Ruiz", None, None, "Madrid", None, None, None, None, None, "linkedin.com/in/ana-ruiz/es"]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "again.xlsx", rows=again))
    assert (report.created, report.updated, report.merged) == (0, 1, 1)
    ana = by_email(services, "ana.1@example.com")
    assert ana.linkedin_url == "https://linkedin.com/in/ana-ruiz"
    assert {s.name for s in ana.skills} == {"Go"}


def test_a_profile_with_an_accented_capital_finds_its_person_again(tmp_path, store, services):
    """The same lookup as on PostgreSQL (tests/crm/persistence/test_postgres.py), whose lower() differs."""
    rows = [["Álvaro", "Ruiz", None, None, "Madrid", None, None, None, None, None, "linkedin.com/in/ÁLVARO-RUIZ"]]
    assert import_candidates(store, messy_spanish_xlsx(tmp_path / "one.xlsx", rows=rows)).created == 1
    again = import_candidates(store, messy_spanish_xlsx(tmp_path / "two.xlsx", rows=rows))
    assert (again.created, again.skipped) == (0, 1)


def test_same_name_and_city_within_the_file_is_flagged_not_merged(tmp_path, store, services):
    """Two people with one name in one city are flagged for review; a shared name with no city, or in
    another city, is not (the name alone says too little)."""
    blank = [None] * 8
    rows = [["Laura", "Gómez", "laura.1@example.com", None, "Madrid", *blank],
            ["Laura", "Gómez", "laura.2@example.com", None, "Madrid", *blank],
            ["Laura", "Gómez", "laura.3@example.com", None, "Bilbao", *blank],
            ["Luis", "Ruiz", "luis.1@example.com", None, None, *blank],
            ["LUIS", "RUIZ", "luis.2@example.com", None, None, *blank],
            ["laura", "gomez", "laura.4@example.com", None, "madrid", *blank]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "namesakes.xlsx", rows=rows))
    assert report.created == 6 and report.merged == 0
    flagged = [(d["row"], d["other_row"], d["reason"]) for d in report.possible_duplicates]
    assert flagged == [(5, 4, "same name and city as another row"), (10, 4, "same name and city as another row")]  # row 9 is blank


def test_people_merged_across_batches_are_found_by_what_the_merge_added(tmp_path, store, services, monkeypatch):
    """A row merged into someone written by an earlier batch (this import's or the database's) changes
    their search document: the index must hold what the database holds when the import returns."""
    from crm.importing import row_source
    from crm.persistence import search_index

    import_candidates(store, english_xlsx(tmp_path / "first.xlsx"))  # people already in the database
    monkeypatch.setattr(row_source, "INLINE_CHUNK_ROWS", 1)  # every row its own batch
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    jose = by_email(services, "jose.nunez@example.com")
    assert report.updated == 1 and report.merged >= 1  # Ana was in the database; José comes twice
    assert jose.id in fts(store, "kafka")  # Kafka came with his later row
    with store.engine.begin() as connection:
        indexed = connection.execute(text("SELECT * FROM candidate_fts ORDER BY rowid")).all()
        search_index.rebuild(connection)  # what the index's own SQL makes of the tables
        assert connection.execute(text("SELECT * FROM candidate_fts ORDER BY rowid")).all() == indexed


def test_a_later_row_of_the_same_person_brings_skill_years_and_new_skills(tmp_path, store, services):
    blank = [None] * 7
    rows = [["Eva", "Sanz", "eva@example.com", None, "Madrid", "Python, Go (3)", *blank],
            ["Eva", "Sanz", "EVA@example.com", None, "Madrid", "Python (6); Go (9); Rust (2)", *blank]]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "eva.xlsx", rows=rows))
    assert (report.created, report.merged) == (1, 1)
    eva = by_email(services, "eva@example.com")
    # Years the first row left empty are filled; the first row's own years stay; new skills are added.
    assert sorted((s.name, s.years) for s in eva.skills) == [("Go", 3.0), ("Python", 6.0), ("Rust", 2.0)]


def test_a_profile_copied_with_escaped_letters_is_the_same_person(tmp_path, store, services):
    """A browser copies /in/ana-l%C3%B3pez, LinkedIn's page shows /in/ana-lópez: one person, not two."""
    import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "LinkedIn"],
                                        ["Ana López", "https://www.linkedin.com/in/ana-l%C3%B3pez-123/"]))
    report = import_candidates(store, plain_xlsx(tmp_path / "b.xlsx", ["Nombre", "LinkedIn", "Email"],
                                                 ["Ana López", "es.linkedin.com/in/ana-lópez-123", "ana@example.com"]))
    assert (report.created, report.updated) == (0, 1)
    ana = by_email(services, "ana@example.com")
    assert ana.linkedin_url == "https://linkedin.com/in/ana-lópez-123"


def test_a_value_the_update_policy_keeps_where_the_file_says_otherwise_is_reported(tmp_path, store, services):
    """An updated tracker imported again (fill empty fields): the people's new city, salary and status
    were dropped without a word. Each is a warning now, naming the value kept; case and accents alone are
    no difference; overwrite takes the file's values without such warnings."""
    headers = ["Nombre", "Email", "Ciudad", "Salario deseado", "Estado"]
    import_candidates(store, plain_xlsx(tmp_path / "v1.xlsx", headers, ["José Núñez", "jose@example.com", "Madrid", "55k",
                                                                       "Activo"]))
    updated = plain_xlsx(tmp_path / "v2.xlsx", headers, ["JOSE NUNEZ", "jose@example.com", "Sevilla", "60k", "Colocado"],
                         ["Ana Ruiz", "ana@example.com", "Cádiz", None, None],
                         ["Ana Ruiz", "ana@example.com", "Jerez", "40k", None])  # the file disagrees with itself

    report = import_candidates(store, updated)

    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings if "kept" in w.reason] == [
        (2, "Ciudad", "Sevilla", "the database has Madrid, which is kept (the overwrite policy would take the "
                                 "file's value)"),
        (2, "Salario deseado", "60000", "the database has 55000, which is kept (the overwrite policy would take "
                                        "the file's value)"),
        (4, "Ciudad", "Jerez", "row 3 has Cádiz, which is kept")]
    jose, ana = by_email(services, "jose@example.com"), by_email(services, "ana@example.com")
    # (a status other than active is news: taken, and said: test_a_later_status_over_active_is_taken_and_said)
    assert (jose.first_name, jose.city, jose.expected_salary, jose.status) == ("José", "Madrid", 55000, "placed")
    assert (ana.city, ana.expected_salary) == ("Cádiz", 40000)  # the empty salary filled, the city kept

    report = import_candidates(store, updated, ImportOptions(on_duplicate="overwrite"))
    # The file's values over the database's; where the file disagrees with itself, its first row still wins
    assert [(w.row, w.value, w.reason) for w in report.warnings if "kept" in w.reason] == [
        (4, "Jerez", "row 3 has Cádiz, which is kept")]  # (it said "an earlier row": which?)
    assert (by_email(services, "jose@example.com").city, by_email(services, "jose@example.com").status) == (
        "Sevilla", "placed")
    assert by_email(services, "ana@example.com").city == "Cádiz"


def test_a_value_kept_from_an_earlier_chunk_of_the_file_is_reported(tmp_path, store, services):
    """The same person 600 rows apart: the later row is merged into the one an earlier chunk created."""
    names = ["".join(chr(97 + int(digit)) for digit in str(n)).title() for n in range(600)]  # no digits in a name
    rows = [["Ana Ruiz", "ana@example.com", "Cádiz"]] + [[f"{name} Gil", f"{name}@example.com", "Madrid"] for name in names]
    rows.append(["Ana Ruiz", "ana@example.com", "Jerez"])
    report = import_candidates(store, plain_xlsx(tmp_path / "largo.xlsx", ["Nombre", "Email", "Ciudad"], *rows))
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings if "kept" in w.reason] == [
        (603, "Ciudad", "Jerez", "row 2 has Cádiz, which is kept")]
    assert by_email(services, "ana@example.com").city == "Cádiz"


def test_an_address_overwritten_earlier_in_the_file_no_longer_finds_that_person(tmp_path, store, services):
    """The database held Bruno with an address that, in the file, is Gerónimo's. Overwriting Bruno's
    address from his own row, then taking Gerónimo's row for Bruno (by the old address) replaced Bruno by
    Gerónimo; the next import created Bruno again. Found by mutating real files."""
    headers = ["Nombre", "Email", "Teléfono"]
    import_candidates(store, plain_xlsx(tmp_path / "antes.xlsx", headers, ["Bruno Rico", "ana@x.com", "600111222"]))
    path = plain_xlsx(tmp_path / "ahora.xlsx", headers, ["Bruno Rico", "bruno@example.com", "600111222"],
                      ["Gerónimo Almazán", "ana@x.com", "600333444"])

    report = import_candidates(store, path, ImportOptions(on_duplicate="overwrite"))

    assert (report.created, report.updated) == (1, 1)
    bruno, geronimo = by_email(services, "bruno@example.com"), by_email(services, "ana@x.com")
    assert (bruno.first_name, bruno.phone) == ("Bruno", "+34600111222")
    assert (geronimo.first_name, geronimo.phone) == ("Gerónimo", "+34600333444")
    assert import_candidates(store, path, ImportOptions(on_duplicate="overwrite")).created == 0


def test_an_address_with_an_invisible_character_pasted_in_is_the_same_address(tmp_path, store, services):
    """A zero-width space copied from a web page before the address made it another person's on the next
    import (and a soft hyphen in a phone, another phone)."""
    first = plain_xlsx(tmp_path / "web.xlsx", ["Nombre", "Email", "Teléfono"],
                       ["Seis Gil", "\u200bseis@example.com", "600\u00ad111\u2060222"])
    assert import_candidates(store, first).created == 1
    seis = by_email(services, "seis@example.com")
    assert seis is not None and seis.phone == "+34600111222"
    again = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email", "Teléfono"],
                       ["Seis Gil", "seis@example.com", "600 111 222"], ["Seis G.", "\ufeffotra@example.com", "600111222"])
    report = import_candidates(store, again)
    assert report.created == 0 and services.candidates.count() == 1


@pytest.mark.parametrize("policy", ["update", "overwrite"])
def test_a_person_listed_twice_keeps_the_first_rows_values_whatever_the_policy(tmp_path, store, services, policy):
    """Under overwrite the file's second row for a person replaced its first row's values, silently; imported
    again, the first row put its values back and the second took them again: "1 updated" each time."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email", "Preaviso", "Ciudad"],
                      ["Ana Gil", "ana@example.com", "60 días", "Madrid"], ["Bea Ruiz", "bea@example.com", "15 días", "Bilbao"],
                      ["Ana Gil", "ana@example.com", "30 días", "Sevilla"])
    for _ in range(2):
        report = import_candidates(store, path, ImportOptions(on_duplicate=policy))
        ana = by_email(services, "ana@example.com")
        assert (ana.notice_days, ana.city) == (60, "Madrid")
        assert sorted((w.row, w.column, w.reason) for w in report.warnings if "kept" in w.reason)[:2] == ([
            (4, "Ciudad", "row 2 has Madrid, which is kept"), (4, "Preaviso", "row 2 has 60, which is kept")]
            if report.created or policy == "overwrite" else [])  # again: a repeat of a person left alone is quiet
    assert (report.created, report.updated) == (0, 0)  # the second time: nothing to change


def test_a_row_with_one_persons_email_and_anothers_phone_gives_the_phone_to_neither(tmp_path, store, services):
    """José's email and Ana's phone: José was updated with Ana's phone (under overwrite), and the two shared it."""
    first = [["José", "García", "jose@example.com", "600 111 222", "Madrid", None, None, None, None, None, None, None,
              None],
             ["Ana", "Ruiz", "ana@example.com", "612 345 678", "Madrid", None, None, None, None, None, None, None, None]]
    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx", rows=first))
    mixed = ["José", "García", "jose@example.com", "612345678", "Sevilla", None, None, None, None, None, None, None,
             None]
    report = import_candidates(store, messy_spanish_xlsx(tmp_path / "mixed.xlsx", rows=[mixed]),
                               ImportOptions(on_duplicate="overwrite"))
    jose, ana = by_email(services, "jose@example.com"), by_email(services, "ana@example.com")
    assert (jose.phone, ana.phone, jose.city) == ("+34600111222", "+34612345678", "Sevilla")
    warning = next(w for w in report.warnings if w.column == "Teléfono")
    assert f"candidate {ana.id}'s" in warning.reason and "Teléfono: +34612345678" in jose.notes


@pytest.mark.parametrize("policy, said", [("update", "fills its empty fields"), ("skip", "skipped"),
                                          ("overwrite", "its values are replaced")])
def test_the_preview_says_which_rows_are_people_the_database_has(tmp_path, store, services, policy, said):
    """A row whose email the database holds was shown as a new person; the import then merged or skipped it."""
    from crm.importing.inspect import inspect, preview

    import_candidates(store, messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    ana = by_email(services, "ana.garcia@example.com")
    new = ["Nuria", "Sanz", "nuria@example.com", None, "Madrid", None, None, None, None, None, None, None, None]
    known = ["Ana", "García", "ANA.GARCIA@example.com", None, "Sevilla", None, None, None, None, None, None, None, None]
    inspection = inspect(store, messy_spanish_xlsx(tmp_path / "again.xlsx", rows=[new, known]))
    _fields, rows = preview(inspection, inspection.targets, store=store, policy=policy)
    by_name = {row["first_name"]: [reason for _column, reason in row["warnings"]] for row in rows}
    assert by_name["Nuria"] == []
    assert by_name["Ana"][0] == (f"already in the database as candidate {ana.id} (same email): {said}"
                                 + (" and adds skills" if policy == "update" else " by the row's"
                                    if policy == "overwrite" else ""))
    # ...and is shown as the person will be stored: the file's "Sevilla" showed for a person kept in Barcelona
    shown = next(row for row in rows if row["first_name"] == "Ana")
    assert (ana.last_name, ana.city) == ("García López", "Barcelona")
    assert (shown["last_name"], shown["city"]) == (("García", "Sevilla") if policy == "overwrite"
                                                   else ("García López", "Barcelona"))
    assert by_name["Ana"][1:] == ([
        "the database has García López, which is kept (the overwrite policy would take the file's value)",
        "the database has Barcelona, which is kept (the overwrite policy would take the file's value)"]
        if policy == "update" else [])


def test_colleagues_who_gave_one_office_phone_are_kept_apart_and_flagged(tmp_path, store, services):
    """Two colleagues who gave the office's number were made one person (the issue's "same phone"), the
    second's name and email put in the first's notes; with overwrite the second replaced the first. Their
    names and emails say two people: both are kept, flagged to compare. (One person written shorter, with
    no email, is still one.)"""
    path = tmp_path / "consultora.csv"
    path.write_text("Nombre,Email,Teléfono,Ciudad\r\n"
                    "Carlos Pérez,carlos.perez@consultora.es,91 123 45 67,Madrid\r\n"
                    "Lucía Romero,lucia.romero@consultora.es,91 123 45 67,Madrid\r\n"
                    "Ana García,ana@example.com,612 34 56 78,Madrid\r\n"
                    "Ana G.,,612.34.56.78,Madrid\r\n", encoding="utf-8")  # the same Ana, written shorter
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (3, 1)
    carlos = services.candidates.find_by_email("carlos.perez@consultora.es")
    lucia = services.candidates.find_by_email("lucia.romero@consultora.es")
    assert (carlos.phone, lucia.phone, carlos.notes, lucia.notes) == ("+34911234567", "+34911234567", None, None)
    assert [(flag["row"], flag.get("other_row"), flag["reason"]) for flag in report.possible_duplicates] == [
        (3, 2, "the same phone as another row, under another name and email")]
    # ...and from the database, as a later file brings another colleague, whatever the policy
    later = tmp_path / "equipo.csv"
    later.write_text("Nombre,Email,Teléfono\r\nMarta Gil,marta.gil@consultora.es,+34 911 234 567\r\n", encoding="utf-8")
    report = import_candidates(store, later, ImportOptions(on_duplicate="overwrite"))
    assert report.created == 1
    assert [(flag["row"], flag["candidate_id"]) for flag in report.possible_duplicates] == [(2, carlos.id)]
    assert services.candidates.get(carlos.id).first_name == "Carlos"


def test_the_same_github_profile_is_the_same_person(tmp_path, store, services):
    """Two rows with https://github.com/anasol were two people, and a later file's github.com/anasol/ a third;
    not even flagged as possible duplicates."""
    first = tmp_path / "devs.csv"
    first.write_text("Nombre,GitHub\r\nAna Sol,https://github.com/anasol\r\nAna Sol Ruiz,https://github.com/AnaSol\r\n",
                     encoding="utf-8")
    report = import_candidates(store, first)
    assert (report.created, report.merged) == (1, 1)
    later = tmp_path / "otra.csv"
    later.write_text("Name,Email,Profile URL\r\nAna Sol,ana@example.com,github.com/anasol/\r\n", encoding="utf-8")
    report = import_candidates(store, later)
    assert (report.created, report.updated, services.candidates.count()) == (0, 1, 1)
    ana = next(services.candidates.iter_all())
    assert (ana.github_url, ana.email) == ("https://github.com/anasol", "ana@example.com")


def test_a_shared_link_or_company_github_page_is_no_ones_identity(tmp_path, store, services):
    """A job ad's link in "Links oferta" (given for three applicants), a company's GitHub page given by two
    colleagues with their own emails, and the bare github.com placeholder merged different people into one."""
    path = plain_xlsx(tmp_path / "aplicantes.xlsx", ["Nombre", "Email", "Links oferta", "GitHub"],
                      ["Ana García", "ana@x.com", "https://www.infojobs.net/madrid/backend/of-i1234567", "https://github.com/acme-corp"],
                      ["Luis Pérez", "luis@x.com", "https://www.infojobs.net/madrid/backend/of-i1234567", "https://github.com/acme-corp"],
                      ["Eva Ruiz", "eva@x.com", "https://www.infojobs.net/madrid/backend/of-i1234567", "https://github.com"],
                      ["Pau Vidal", None, None, "https://github.com"],
                      ["Pau Vidal Soler", None, None, "https://github.com/pauvidal"],
                      ["Pau V.", "pau@x.com", None, "https://github.com/pauvidal"],  # no email to say otherwise: Pau
                      ["Marta Gil", None, None, "https://github.com/acme-corp"])  # no email, but another name
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (6, 1)
    names = sorted(c.first_name + " " + c.last_name for c in services.candidates.iter_all())
    assert names == ["Ana García", "Eva Ruiz", "Luis Pérez", "Marta Gil", "Pau Vidal", "Pau Vidal Soler"]
    assert all(c.linkedin_url is None for c in services.candidates.iter_all())  # a job ad is no one's profile
    again = import_candidates(store, path)  # the same file again changes nothing (the page stays each one's)
    assert (again.created, again.updated) == (0, 0)
    # A company's LinkedIn page given by two people of their own emails; a personal site finds its person
    pages = plain_xlsx(tmp_path / "paginas.xlsx", ["Nombre", "Email", "LinkedIn"],
                       ["Rosa Mar", "rosa@x.com", "https://www.linkedin.com/company/acme"],
                       ["Tomás Ruiz", "tomas@x.com", "https://www.linkedin.com/company/acme"],
                       ["Tomás Ruiz", None, "https://tomas.dev"], ["T. Ruiz", None, "tomas.dev/"])
    assert import_candidates(store, pages).created == 3
    # One person's own page (Xing) with a new email is that person; Juan and Juana sharing a phone are two names
    moved = plain_xlsx(tmp_path / "xing.xlsx", ["Nombre", "Email", "Perfil", "Teléfono"],
                       ["Olga Ruiz", "olga@old.com", "https://www.xing.com/profile/Olga_Ruiz", None],
                       ["Olga Ruiz", "olga@new.com", "https://www.xing.com/profile/Olga_Ruiz", None],
                       ["Juan Gil", None, None, "600999888"], ["Juana Gil", None, None, "600999888"])
    assert import_candidates(store, moved).created == 2
    assert services.candidates.find_by_email("olga@old.com").notes == "Email: olga@new.com"
    assert next(c for c in services.candidates.iter_all() if c.phone == "+34600999888").notes == "Nombre: Juana Gil"


def test_one_person_written_two_ways_adds_nothing_to_the_notes(tmp_path, store, services):
    """Rows sharing an email, their names written two ways ("Mª José" / "María José", "Ruiz-Gil"), or a
    profile in other capitals: each merge wrote the other spelling in the notes. ("Fran" may be Francisca:
    kept.)"""
    path = plain_xlsx(tmp_path / "dos.xlsx", ["Nombre", "Email", "Teléfono", "LinkedIn"],
                      ["María José Pérez", "mj@example.com", None, None], ["Mª José Pérez", "MJ@example.com", None, None],
                      ["Daniel Ruiz-Gil", "dani@example.com", None, "linkedin.com/in/DaniRuiz"],
                      ["Daniel Ruiz Gil", "dani@example.com", None, "linkedin.com/in/daniruiz"],
                      ["Francisco López", "fran@example.com", None, None], ["Fran López", "fran@example.com", None, None],
                      ["Pedro Sanz", None, "600111333", None], ["Marta Gil", None, "600111333", None])
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (4, 4)
    notes = {c.first_name: c.notes for c in services.candidates.iter_all()}
    assert notes == {"María José": None, "Daniel": None, "Francisco": "Nombre: Fran López",
                     "Pedro": "Nombre: Marta Gil"}  # one phone alone: the other name is kept
    # A family's or an office's one email given by two people: the other's name is kept too
    shared = plain_xlsx(tmp_path / "familia.xlsx", ["Nombre", "Email"], ["Juana Ruiz", "casa@example.com"],
                        ["Pedro Ruiz", "casa@example.com"])
    import_candidates(store, shared)
    assert services.candidates.find_by_email("casa@example.com").notes == "Nombre: Pedro Ruiz"
    other_order = plain_xlsx(tmp_path / "orden.xlsx", ["Nombre", "Email"], ["Mª José Pérez", "mjp@example.com"],
                             ["María José Pérez", "mjp@example.com"])
    import_candidates(store, other_order)
    assert services.candidates.find_by_email("mjp@example.com").notes is None


def test_a_row_is_the_person_its_profile_names_before_the_one_its_phone_does(tmp_path, store, services):
    """A row with Irene's LinkedIn profile and a phone Álvaro gave was merged into Álvaro (the phone came first):
    Irene's name and address went to his notes and her own record got nothing."""
    first = plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "Teléfono", "LinkedIn"],
                       ["Álvaro Díaz", "600111222", "linkedin.com/in/alvarodiaz"],
                       ["Irene Vázquez", None, "linkedin.com/in/irenevazquez"])
    import_candidates(store, first)
    later = plain_xlsx(tmp_path / "b.xlsx", ["Nombre", "Email", "Teléfono", "LinkedIn"],
                       ["Irene Vázquez", "irene@example.com", "600111222", "https://www.linkedin.com/in/irenevazquez/"])
    report = import_candidates(store, later)
    assert report.updated == 1
    irene = services.candidates.find_by_email("irene@example.com")
    assert (irene.first_name, irene.phone) == ("Irene", None)  # Álvaro's number is his (said, kept in her notes)
    alvaro = next(c for c in services.candidates.iter_all() if c.first_name == "Álvaro")
    assert alvaro.notes is None


@pytest.mark.parametrize("policy, salary, source, skills", [
    ("skip", None, None, "Django (3), Python"),  # the row is left: the person as the database has them
    ("update", 60000, "LinkedIn", "Django (3), Python (5), AWS"),  # empty fields and years filled, skills added
    ("overwrite", 60000, "LinkedIn", "Django (3), Python (5), AWS")])
def test_the_preview_shows_a_known_person_as_stored_whatever_the_policy(tmp_path, store, services, policy, salary,
                                                                        source, skills):
    """Under "skip" the file's salary, source and skills were shown, none of them stored; under every policy the
    skills left out those the person had (Django)."""
    from crm.importing.inspect import inspect, preview

    headers = ["Nombre", "Email", "Salario actual", "Fuente", "Skills"]
    import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["Lucía Sanz", "lucia@example.com", None, None,
                                                                      "Django (3), Python"]))
    path = plain_xlsx(tmp_path / "b.xlsx", headers, ["Lucía Sanz", "lucia@example.com", "60000", "LinkedIn",
                                                     "Python (5), AWS"])
    inspection = inspect(store, path)
    _fields, [row] = preview(inspection, inspection.targets, store=store, policy=policy)
    assert (row["current_salary"], row["source"], row["skills"]) == (salary, source, skills)
    import_candidates(store, path, ImportOptions(on_duplicate=policy))  # ...as the import then stores her
    lucia = by_email(services, "lucia@example.com")
    assert (lucia.current_salary, lucia.source) == (salary, source)
    assert sorted((s.name, s.years) for s in lucia.skills) == sorted(
        (name, float(years) if years else None) for name, _, years in (
            part.partition(" (") for part in skills.replace(")", "").split(", ")))


def test_people_with_a_placeholder_phone_are_not_one_person(tmp_path, store, services):
    """"000 000 000" for an unknown mobile merged Olga into Iker, and next month Marcos into him too; with
    overwrite Marcos replaced Iker. A placeholder is no phone: said, kept in the notes, nobody merged."""
    headers = ["Nombre", "Email", "Teléfono", "Ciudad"]
    report = import_candidates(store, plain_xlsx(
        tmp_path / "julio.xlsx", headers, ["Iker Sanz Olano", "iker@example.com", "000 000 000", "Bilbao"],
        ["Olga Paz Ruiz", "olga@example.com", "000 000 000", "Vigo"],
        ["Luis Gómez Paz", "luis@example.com", "612 345 678", "Bilbao"]))
    assert (report.created, report.merged) == (3, 0)
    assert [(w.row, w.column, w.value) for w in report.warnings if "placeholder" in w.reason] == [
        (2, "Teléfono", "000 000 000"), (3, "Teléfono", "000 000 000")]
    iker = by_email(services, "iker@example.com")
    assert iker.phone is None and "000 000 000" in iker.notes
    report = import_candidates(store, plain_xlsx(
        tmp_path / "agosto.xlsx", headers, ["Marcos Leal Prado", "marcos@example.com", "000000000", "Cádiz"]),
        ImportOptions(on_duplicate="overwrite"))
    assert report.created == 1
    assert by_email(services, "iker@example.com").first_name == "Iker"
