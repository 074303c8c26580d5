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
    ("Sevilla, Andalucía", ("Sevilla, Andalucía", None)),  # no country named: kept as written
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
