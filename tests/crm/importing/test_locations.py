"""A candidate location as lists write it: a town with its province or address, a country, a work mode beside the place."""

from import_fixtures import by_email, plain_xlsx

from crm.importing.candidate_rows import MODE_REMARK
from crm.importing.importer import import_candidates


def test_a_linkedin_style_export_stores_the_city_of_each_location(tmp_path, store, services):
    path = tmp_path / "linkedin.csv"
    path.write_text(
        "First Name,Last Name,Headline,Location,Country,Current Title,Email Address,Profile URL,Tags\n"
        'Ana,García,Backend engineer | Python,"Madrid, Comunidad de Madrid, España",,Developer,ana@example.com,'
        "https://www.linkedin.com/in/ana-garcia/,python\n"
        "Luis,Pérez,,Greater Lisbon Area,,,luis@example.com,,\n"
        'Eva,Ruiz,,"Valencia, Spain",Portugal,,eva@example.com,,\n', encoding="utf-8")
    report = import_candidates(store, path)
    assert report.created == 3 and not report.warnings
    ana, luis, eva = (by_email(services, f"{name}@example.com") for name in ("ana", "luis", "eva"))
    assert (ana.city, ana.country, ana.summary, ana.linkedin_url) == (
        "Madrid", "ES", "Backend engineer | Python", "https://linkedin.com/in/ana-garcia")
    assert "Tags: python" in ana.notes
    assert (luis.city, luis.country) == ("Lisbon", None)
    assert (eva.city, eva.country) == ("Valencia", "PT")  # the file's own country column wins


def test_a_location_naming_a_work_mode_beside_the_place_gives_both(tmp_path, store, services):
    """LinkedIn's and Lever's "Madrid (Remote)", "Remote - Spain" were stored whole as the city."""
    path = plain_xlsx(tmp_path / "lever.xlsx", ["Name", "Email", "Location"],
                      ["Ana López", "ana@example.com", "Madrid (Remote)"],
                      ["Bea Ruiz", "bea@example.com", "Remote - Spain"],
                      ["Carla Gil", "carla@example.com", "Híbrido - Bilbao"],
                      ["Dani Sanz", "dani@example.com", "Madrid - Barcelona"],
                      ["Eva Gil", "eva@example.com", "Madrid / Remoto / Barcelona"],
                      ["Fran Paz", "fran@example.com", "Remote - EU"],
                      ["Gema Ros", "gema@example.com", "Madrid, Spain (Remote)"],
                      ["Hugo Gil", "hugo@example.com", "Remote, Valencia, España"])
    assert import_candidates(store, path).created == 8
    stored = {c.email: (c.city, c.country, c.remote_preference) for c in services.candidates.iter_all()}
    assert stored == {"ana@example.com": ("Madrid", None, "remote"), "bea@example.com": (None, "ES", "remote"),
                      "carla@example.com": ("Bilbao", None, "hybrid"),
                      "dani@example.com": ("Madrid - Barcelona", None, None),  # two places: kept as written
                      "eva@example.com": ("Madrid / Remoto / Barcelona", None, None),  # (Barcelona was lost)
                      "fran@example.com": ("Remote - EU", None, None),  # no town: kept ("EU" was a city)
                      "gema@example.com": ("Madrid", "ES", "remote"), "hugo@example.com": ("Valencia", "ES", "remote")}


def test_a_location_that_says_remote_is_the_way_of_working_not_a_city(tmp_path, store, services):
    """"Ubicación: Remoto" made a city called "Remoto"; a work-mode column, when there is one, says better."""
    path = plain_xlsx(tmp_path / "remotos.xlsx", ["Nombre", "Email", "Ubicación", "Modalidad"],
                      ["Ana López", "ana@example.com", "Remoto", None],
                      ["Bea Ruiz", "bea@example.com", "100% remoto", "Híbrido"],
                      ["Carla Gil", "carla@example.com", "Madrid", None])
    report = import_candidates(store, path)
    ana, bea = by_email(services, "ana@example.com"), by_email(services, "bea@example.com")
    carla = by_email(services, "carla@example.com")
    assert (report.created, report.warnings) == (3, [])
    assert (ana.city, ana.remote_preference, ana.notes) == (None, "remote", None)
    assert (bea.city, bea.remote_preference, bea.notes) == (None, "hybrid", "Ubicación: 100% remoto")
    assert (carla.city, carla.remote_preference) == ("Madrid", None)
    # A work mode with more to it: the mode stored, the cell kept (its "3 días en Madrid" was lost)
    more = plain_xlsx(tmp_path / "modo.xlsx", ["Nombre", "Email", "Modalidad"],
                      ["Dani Sanz", "dani@example.com", "Híbrido, 3 días en Madrid"])
    report = import_candidates(store, more)
    dani = by_email(services, "dani@example.com")
    assert (dani.remote_preference, dani.notes) == ("hybrid", "Modalidad: Híbrido, 3 días en Madrid")
    assert [(w.column, w.reason) for w in report.warnings] == [("Modalidad", MODE_REMARK)]


def test_a_location_with_a_province_or_a_postal_address_is_stored_as_its_town(tmp_path, store, services):
    """"Sabadell, Barcelona" and "Calle Mayor 5, 28013 Madrid" were stored whole as the city, so a search
    by city missed them; the address itself stays in the notes, nothing of it lost."""
    path = plain_xlsx(tmp_path / "direcciones.xlsx", ["Nombre", "Email", "Dirección"],
                      ["Ana López", "ana@example.com", "Sabadell, Barcelona"],
                      ["Bea Ruiz", "bea@example.com", "Calle Mayor 5, 28013 Madrid"],
                      ["Eva Gil", "eva@example.com", "Calle Mayor 5, 28013 Madrid"])
    report = import_candidates(store, path)  # "Dirección" is the city column when the sheet has no other
    ana, bea, eva = (by_email(services, f"{name}@example.com") for name in ("ana", "bea", "eva"))
    assert (report.created, report.warnings) == (3, [])
    assert (ana.city, ana.country, ana.notes) == ("Sabadell", "ES", None)
    assert (bea.city, bea.notes) == ("Madrid", "Dirección: Calle Mayor 5, 28013 Madrid")
    assert (eva.city, eva.notes) == ("Madrid", "Dirección: Calle Mayor 5, 28013 Madrid")  # the same cell, read once
