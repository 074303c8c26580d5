"""A location as job sites and trackers write it -> the city stored, and the country it names."""

import pytest

from crm.importing.places import city_and_country, country_code


@pytest.mark.parametrize("location, expected", [
    ("Madrid", ("Madrid", None)),
    ("Madrid, Comunidad de Madrid, España", ("Madrid", "ES")),
    ("Valencia, Spain", ("Valencia", "ES")),
    ("Lisboa, Portugal", ("Lisboa", "PT")),
    ("Barcelona y alrededores", ("Barcelona", None)),
    ("Área metropolitana de Sevilla", ("Sevilla", None)),
    ("Área de Bilbao, España", ("Bilbao", "ES")),
    ("Greater Madrid Metropolitan Area", ("Madrid", None)),
    ("Málaga Area, Spain", ("Málaga", "ES")),
    ("España", (None, "ES")),
    ("Sevilla, remoto", ("Sevilla, remoto", None)),  # no place after the comma: kept as written
    # A Spanish province or region after the town: the town, in Spain (it was kept whole)
    ("Sevilla, Andalucía", ("Sevilla", "ES")), ("Sant Cugat del Vallès, Barcelona", ("Sant Cugat del Vallès", "ES")),
    ("Alcobendas, Madrid, Comunidad de Madrid", ("Alcobendas", "ES")), ("Bilbao, País Vasco", ("Bilbao", "ES")),
    ("Getafe, Community of Madrid, Spain", ("Getafe", "ES")),
    # A postal address: its town (the whole address was the city; "C/ Aragó 200" was, with a country after it)
    ("Calle Mayor 5, 28013 Madrid", ("Madrid", None)), ("28013 Madrid", ("Madrid", None)),
    ("C/ Aragó 200, 08011 Barcelona, España", ("Barcelona", "ES")), ("Av. de la Constitución 3, Sevilla", ("Sevilla", None)),
    ("Calle Mayor 5", ("Calle Mayor 5", None)),  # no town in it: kept as written
    ("Valencia/València", ("Valencia", None)),  # one name in two languages
    ("Remoto", ("Remoto", None)),
    ("Barcelona (Spain)", ("Barcelona", "ES")), ("Madrid (España)", ("Madrid", "ES")),  # the country in brackets
    ("Barcelona (Sants)", ("Barcelona (Sants)", None)),  # a district in brackets: kept as written
    ("MADRID", ("Madrid", None)), ("LAS PALMAS DE GRAN CANARIA", ("Las Palmas de Gran Canaria", None)),
    ("a coruña", ("A Coruña", None)), ("BCN", ("BCN", None)),  # all capitals or none: written as a place is
])
def test_a_location_gives_its_city_and_the_country_it_names(location, expected):
    assert city_and_country(location) == expected


def test_country_names_and_codes():
    assert [country_code(t) for t in ("España", "SPAIN", "es", "Reino Unido", "Narnia")] == ["ES", "ES", "ES", "GB", None]
