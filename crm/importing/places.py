"""Where a candidate lives, as spreadsheets and job sites write it: countries by name, and a city out of a
location such as LinkedIn's "Madrid, Comunidad de Madrid, España" or "Greater Madrid Metropolitan Area".

A location is stored as its city so that people in one city compare as such (possible duplicates are
similar names in the same city) and the list shows "Madrid"; the country it names fills the country
when the row has none. A location that is not so shaped is kept as written.
"""

from __future__ import annotations

import re

from crm.domain import normalize
from crm.domain.enums import RemotePolicy

# Folded country names, Spanish and English -> ISO 3166 code.
COUNTRIES = {"espana": "ES", "spain": "ES", "portugal": "PT", "francia": "FR", "france": "FR",
             "reino unido": "GB", "united kingdom": "GB", "uk": "GB", "alemania": "DE", "germany": "DE",
             "italia": "IT", "italy": "IT", "mexico": "MX", "argentina": "AR", "colombia": "CO",
             "estados unidos": "US", "united states": "US", "usa": "US", "paises bajos": "NL", "holanda": "NL",
             "netherlands": "NL", "irlanda": "IE", "ireland": "IE", "suiza": "CH", "switzerland": "CH",
             "belgica": "BE", "belgium": "BE", "andorra": "AD", "chile": "CL", "peru": "PE", "uruguay": "UY",
             "venezuela": "VE", "brasil": "BR", "brazil": "BR", "marruecos": "MA", "morocco": "MA",
             "polonia": "PL", "poland": "PL", "rumania": "RO", "romania": "RO", "ucrania": "UA", "ukraine": "UA",
             "india": "IN", "canada": "CA", "suecia": "SE", "sweden": "SE", "austria": "AT", "grecia": "GR",
             "greece": "GR"}

# LinkedIn's ways of naming the area around a city, in Spanish and English.
_AREA = re.compile(r"^(?:(?:greater\s+)?(?P<a>.+?)\s+(?:metropolitan\s+)?area"
                   r"|[aá]rea\s+(?:metropolitana\s+)?de\s+(?P<b>.+)"
                   r"|(?P<c>.+?)\s+y\s+alrededores)$", re.IGNORECASE)


def country_code(text: str) -> str | None:
    """"España", "spain", "ES" -> "ES"; None for anything else."""
    text = text.strip()
    return COUNTRIES.get(normalize.fold(text), text.upper() if len(text) == 2 and text.isalpha() else None)


# A location that names no place but the way of working ("Ubicación: Remoto"): the person works remotely.
_REMOTE_ONLY = frozenset({"remoto", "remote", "teletrabajo", "100% remoto", "100% remote", "full remote", "fully remote",
                          "remote only", "en remoto", "trabajo remoto", "solo remoto", "remoto 100%"})


def says_remote(text: str) -> bool:
    return " ".join(normalize.fold(text).split()) in _REMOTE_ONLY


_MODE_WORDS = {"remote": _REMOTE_ONLY | {"remote first", "remote friendly"},
               "hybrid": frozenset({"hibrido", "hybrid", "semipresencial", "mixto"})}
_APART = re.compile(r"\s*(?:[()/|]|\s[-–—]\s)\s*")
_PIECES = re.compile(r"\s*(?:[()/|]|\s[-–—]\s|,)\s*")


def read_location(text: str) -> tuple[str | None, dict[str, str], bool]:
    """A location cell -> (its city, what else it says: {"country": ..., "remote_preference": ...}, whether the
    cell is to be kept as written: an address). "Remoto" is no city: the person works remotely; "Madrid,
    Spain (Remote)" a city, its country and a mode."""
    if says_remote(text):
        return None, {"remote_preference": RemotePolicy.REMOTE.value}, False
    with_mode = place_and_mode(text)
    if with_mode is not None:
        city, country, mode = with_mode
        return city, {"remote_preference": mode, **({"country": country} if country else {})}, False
    city, country = city_and_country(text)
    return city, {"country": country} if country else {}, city != text and is_address(text)


def place_and_mode(text: str) -> tuple[str | None, str | None, str] | None:
    """A location naming a work mode beside one place ("Madrid (Remote)", "Remote - Spain", "Madrid, Spain
    (Remote)", "Remote, Madrid, Spain") -> (city, country, "remote" or "hybrid"); None when it names no mode
    that way, or more than one place ("Madrid / Remoto / Barcelona"), or no town ("Remote (UTC+1)", "Remote -
    EU", "Barcelona (hybrid, 2 days/week)"): such a cell is kept as written."""
    pieces = [piece.strip() for piece in _PIECES.split(text) if piece.strip()]
    folded = [" ".join(normalize.fold(piece).split()) for piece in pieces]
    is_mode = [any(word in words for words in _MODE_WORDS.values()) for word in folded]
    modes = {mode for word in folded for mode, words in _MODE_WORDS.items() if word in words}
    if len(modes) != 1 or is_mode.count(True) != 1 or len(pieces) < 2:
        return None
    # Two towns set apart ("Madrid / Remoto / Barcelona"): no one city (a country beside a town is no second place)
    apart = [" ".join(normalize.fold(piece).strip(" ,").split()) for piece in _APART.split(text)]
    if sum(1 for word in apart if word and word not in COUNTRIES
           and not any(word in words for words in _MODE_WORDS.values())) > 1:
        return None
    city, country = city_and_country(", ".join(p for p, mode in zip(pieces, is_mode, strict=True) if not mode))
    if city is None:
        return (None, country, modes.pop()) if country else None
    word = normalize.fold(city)
    if ("," in city or not _TOWN_NAME.fullmatch(city) or word in _NO_PLACE or word in COUNTRIES
            or (city.isupper() and len(city) <= 4)):  # "US", "EMEA": a region's code, no town
        return None
    return city, country, modes.pop()


_TOWN_NAME = re.compile(r"[^\W\d_]+(?:[ .'’-]+[^\W\d_]+)*\.?")
_NO_PLACE = frozenset({"eu", "europe", "europa", "latam", "emea", "apac", "worldwide", "anywhere", "global", "cet",
                       "utc", "gmt", "spain only", "office", "oficina", "home", "casa"})


_BRACKETED_COUNTRY = re.compile(r"^(.+?)\s*\(([^()]+)\)$")

# Spain's provinces and autonomous communities (folded; official, Spanish and English names): after a town
# ("Sant Cugat del Vallès, Barcelona", "Bilbao, País Vasco") they say where it is, and that it is in Spain.
SPANISH_REGIONS = frozenset({
    "alava", "araba", "albacete", "alicante", "alacant", "almeria", "asturias", "avila", "badajoz", "barcelona",
    "burgos", "caceres", "cadiz", "cantabria", "castellon", "castello", "ciudad real", "cordoba", "cuenca",
    "girona", "gerona", "granada", "guadalajara", "gipuzkoa", "guipuzcoa", "huelva", "huesca", "illes balears",
    "islas baleares", "baleares", "balearic islands", "jaen", "a coruna", "la coruna", "coruna", "la rioja",
    "las palmas", "leon", "lleida", "lerida", "lugo", "madrid", "malaga", "murcia", "navarra", "nafarroa",
    "ourense", "orense", "palencia", "pontevedra", "salamanca", "santa cruz de tenerife", "tenerife", "segovia",
    "sevilla", "soria", "tarragona", "teruel", "toledo", "valencia", "valencia/valencia", "valladolid",
    "bizkaia", "vizcaya", "zamora", "zaragoza", "ceuta", "melilla",
    "andalucia", "andalusia", "aragon", "principado de asturias", "canarias", "islas canarias", "canary islands",
    "castilla y leon", "castile and leon", "castilla la mancha", "castilla-la mancha", "castile-la mancha",
    "cataluna", "catalunya", "catalonia", "comunidad valenciana", "comunitat valenciana", "valencian community",
    "extremadura", "galicia", "comunidad de madrid", "community of madrid", "region de murcia",
    "region of murcia", "comunidad foral de navarra", "pais vasco", "euskadi", "basque country"})

# A postal address: a street part ("Calle Mayor 5", "C/ Aragó 200", "Avda. de América 3") and a postal
# code before the town ("28013 Madrid").
_STREET = re.compile(r"^(?:calle|c/|c\.|avda\.?|av\.|avenida|plaza|pza\.?|pl\.|paseo|p[ºo]|camino|carrer|"
                     r"carretera|ctra\.?|rua|rúa|ronda|travesia|travesía|urb\.?|urbanizacion|urbanización|"
                     r"poligono|polígono|glorieta|via|vía)\s", re.IGNORECASE)
_POSTCODE_TOWN = re.compile(r"^\d{5}\s+(?P<town>\D.*)$")


def is_address(text: str) -> bool:
    """Whether a location is a postal address (a street or a postal code in it), which city_and_country
    reduces to its town."""
    return any(_STREET.match(part.strip()) or _POSTCODE_TOWN.match(part.strip()) for part in text.split(","))


def city_and_country(text: str) -> tuple[str | None, str | None]:
    """A location -> (city, country code or None). "Madrid, Comunidad de Madrid, España" -> ("Madrid", "ES");
    "Barcelona y alrededores" -> ("Barcelona", None); "Bilbao, País Vasco" -> ("Bilbao", "ES"); "Calle Mayor
    5, 28013 Madrid" -> ("Madrid", None); "España" -> (None, "ES"); other text as it is."""
    if (bracketed := _BRACKETED_COUNTRY.match(text)) and normalize.fold(bracketed.group(2)) in COUNTRIES:
        text = f"{bracketed.group(1)}, {bracketed.group(2)}"  # "Barcelona (Spain)"
    parts = [part.strip() for part in text.split(",")]
    country = COUNTRIES.get(normalize.fold(parts[-1])) if parts[-1] else None
    if country is not None:
        parts.pop()
    if len(parts) > 1:  # an address: its street goes, the town after a postal code is the city
        towns = [found.group("town").strip() for part in parts if (found := _POSTCODE_TOWN.match(part))]
        parts = towns[:1] + [part for part in parts if not _STREET.match(part) and not _POSTCODE_TOWN.match(part)]
    while len(parts) > 1 and normalize.fold(parts[-1]) in SPANISH_REGIONS:
        parts.pop()  # "Sant Cugat del Vallès, Barcelona, Cataluña": the town, in Spain
        country = country or "ES"
    if len(parts) > 1 and country is None:
        return text, None  # "Sevilla, remoto": not a place and its region, kept whole
    city = parts[0] if parts else ""
    if found := _POSTCODE_TOWN.match(city):
        city = found.group("town")  # "28013 Madrid"
    if "/" in city and len({normalize.fold(half.strip()) for half in city.split("/")}) == 1:
        city = city.split("/")[0].strip()  # "Valencia/València": one name in two languages
    if area := _AREA.match(city):
        city = area.group("a") or area.group("b") or area.group("c")
    return place_case(city) or None, country


def place_case(text: str) -> str:
    """"MADRID", "a coruña" -> "Madrid", "A Coruña", as a report to a client writes them; "BCN", "NYC" and
    places already written in mixed case as they are."""
    if len(text) > 3 and (text.isupper() or text.islower()):
        return normalize.person_name(text)
    return text
