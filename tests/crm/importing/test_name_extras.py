"""What a name cell says beside the name (letters after it, pronouns, Dr.) is not lost: the name is split
without it, and the cell is kept in the person's notes. Another person's name is no part of theirs."""

from __future__ import annotations

from import_fixtures import plain_xlsx

from crm.importing.importer import ImportOptions, import_candidates

HEADERS = ["Nombre completo", "Email"]
ROWS = [
    ["Ana García López, PhD", "ana@example.com"],
    ["Laura Sanz (she/her)", "laura@example.com"],
    ["Dra. Marta Gil Ruiz", "marta@example.com"],
    ["Sr. Juan Ruiz", "juan@example.com"],
    ["Pedro Gómez 🚀", "pedro@example.com"],
    ["García Pérez, Luis", "luis@example.com"],
]


def test_credentials_pronouns_and_titles_are_kept_in_the_notes(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "linkedin.xlsx", HEADERS, *ROWS)
    assert import_candidates(store, path, ImportOptions()).created == 6

    def person(email):
        found = services.candidates.find_by_email(email)
        return found.first_name, found.last_name, found.notes

    assert person("ana@example.com") == ("Ana", "García López", "Nombre completo: Ana García López, PhD")
    assert person("laura@example.com") == ("Laura", "Sanz", "Nombre completo: Laura Sanz (she/her)")
    assert person("marta@example.com") == ("Marta", "Gil Ruiz", "Nombre completo: Dra. Marta Gil Ruiz")
    # A courtesy title, an emoji or the surname written first say nothing more of the person
    assert person("juan@example.com") == ("Juan", "Ruiz", None)
    assert person("pedro@example.com") == ("Pedro", "Gómez", None)
    assert person("luis@example.com") == ("Luis", "García Pérez", None)

    again = import_candidates(store, path, ImportOptions())
    assert (again.created, again.updated) == (0, 0)
    assert person("ana@example.com")[2] == "Nombre completo: Ana García López, PhD"


def test_the_recruiters_name_beside_the_candidates_is_kept_apart(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Candidato", "Email", "Nombre del reclutador"],
                      ["Lucía Fernández Gil", "lucia@example.com", "Marta"])
    import_candidates(store, path, ImportOptions())
    lucia = services.candidates.find_by_email("lucia@example.com")
    assert (lucia.first_name, lucia.last_name, lucia.notes) == ("Lucía", "Fernández Gil", "Nombre del reclutador: Marta")


def test_a_full_name_column_beside_the_parts_fills_the_parts_a_row_leaves_empty(tmp_path, store, services):
    """A Bullhorn export's "Name" went to the notes beside "First Name" and "Last Name": Pedro, whose parts were
    empty, was stored without a name; Carmen without her surname."""
    path = plain_xlsx(tmp_path / "bullhorn.xlsx", ["Name", "First Name", "Last Name", "Email"],
                      ["Laura Martínez Gómez", "Laura", "Martínez Gómez", "laura@example.com"],
                      ["Pedro Ruiz Alonso", None, None, "pedro@example.com"],
                      ["Carmen Vega", "Carmen", None, "carmen@example.com"],
                      ["Nacho García", "Ignacio", "García", "nacho@example.com"],
                      ["Martínez Gómez, Laura", "Laura", "Martínez Gómez", "laura.m@example.com"],
                      ["Pedro Ruiz", "Carmen", None, "carmen.r@example.com"],
                      ["Laura Martínez Gómez", None, "Martínez", "laura.mg@example.com"])
    report = import_candidates(store, path)
    assert report.mapping["Name"] == "full_name" and report.created == 7
    stored = {c.email: (c.first_name, c.last_name, c.notes) for c in services.candidates.iter_all()}
    assert stored == {"laura@example.com": ("Laura", "Martínez Gómez", None),
                      "pedro@example.com": ("Pedro", "Ruiz Alonso", None),
                      "carmen@example.com": ("Carmen", "Vega", None),
                      "nacho@example.com": ("Ignacio", "García", "Name: Nacho García"),  # the name it goes by
                      # the same name in another order: no note; a full name the first name contradicts fills nothing
                      "laura.m@example.com": ("Laura", "Martínez Gómez", None),
                      "carmen.r@example.com": ("Carmen", "", "Name: Pedro Ruiz"),
                      # a first surname alone is part of the full name: the first name is taken from it
                      "laura.mg@example.com": ("Laura", "Martínez", "Name: Laura Martínez Gómez")}
