"""A full name in one cell split into first name and surnames as Spanish and English lists write them:
double surnames kept together, particles, compound given names, "Surname, Name", titles and letters after it."""

from __future__ import annotations

import re

from crm.domain import normalize

# Words joined to a surname ("de la Fuente"): also how a name is told from a label (sheets._a_persons_name)
PARTICLES = {"de", "del", "la", "las", "los", "y", "i", "da", "das", "do", "dos", "van", "von", "der", "di", "le"}
# Words a surname starts with and that are one with the next word ("San Martín", "Santa Cruz", "San Juan").
_JOINED_TO_NEXT = PARTICLES | {"san", "santa", "santo"}


# Courtesy titles written before a name ("Dr. Juan Pérez", "Dña. Ana Ruiz"): not part of it.
# Letters after a name (degrees, certifications, generational suffixes), written after a comma on LinkedIn
_CREDENTIALS = frozenset({"phd", "mba", "pmp", "cfa", "msc", "bsc", "meng", "cpa", "cissp", "ccna", "ccnp", "psm",
                          "csm", "cspo", "itil", "acca", "jr", "sr", "ii", "iii", "iv", "ing", "eng", "dr",
                          "lic", "mcp", "mcse", "ocp", "aws", "togaf", "safe", "prince2"})
_PRONOUNS = re.compile(r"\s*\((?:she|he|they|ella|el|él|elle)\s*/\s*\w+(?:\s*/\s*\w+)?\)", re.IGNORECASE)
_SYMBOLS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")  # emoji after a display name


def _is_credential(part: str) -> bool:
    words = [word.replace(".", "").lower() for word in part.split()]
    return bool(words) and all(word in _CREDENTIALS for word in words)


_TITLES = {"dr", "dr.", "dra", "dra.", "sr", "sr.", "sra", "sra.", "srta", "srta.", "dña", "dña.", "dª", "d.ª",
           "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "lic", "lic.", "ing",
           "ing.", "ldo", "ldo.", "lda", "lda."}
_DON = {"d", "d.", "don", "doña"}  # "D. Antonio López": Don, when a name and surname follow ("Don Smith" is Don)
# Second given names of the compound names Spain is full of (José Luis, María José, Miguel Ángel) that are
# hardly ever surnames: "José Luis Pérez" is a first name and one surname, not José + Luis Pérez.
# (Martín, Vicente, Domingo, Salvador... are surnames as often: left out.)
_SECOND_GIVEN = {"jose", "maria", "luis", "carlos", "antonio", "angel", "jesus", "belen", "isabel", "carmen",
                 "pilar", "teresa", "javier", "ignacio", "alberto", "elena", "eugenia", "victoria", "dolores",
                 "mercedes", "luisa", "francisco", "manuel", "miguel", "cristina", "lucia", "sofia", "paula",
                 "luz", "jose maria", "maria jose"}
# Compound given names whose second name is a surname as often ("Juan", "Ramón", "Pablo"): a second given
# name only after these first ones ("Juan Pablo Sanz", "José Ramón Ferrer"; "Ana Ramón" is a surname).
_COMPOUND_PAIRS = {("juan", "pablo"), ("pedro", "pablo"), ("jose", "ramon"), ("juan", "ramon"), ("jose", "juan"),
                   ("juan", "jose"), ("jose", "enrique"), ("luis", "enrique"), ("jose", "rafael"),
                   ("luis", "fernando"), ("jose", "fernando"), ("juan", "enrique"), ("juan", "manuel")}
# A man's second given name after a woman's is a surname: "Abril Carlos Nadal" (but "María José", "José María").
_MALE_SECOND = frozenset({"carlos", "angel", "luis", "antonio", "francisco", "manuel", "miguel", "javier",
                          "ignacio", "alberto"})  # (not Jesús: "María Jesús" is a woman's name)
_WOMEN_NOT_IN_A = frozenset({"abril", "belen", "carmen", "pilar", "rocio", "ines", "raquel", "isabel", "mercedes",
                             "dolores", "consuelo", "rosario", "sol", "luz", "noemi", "nieves", "miriam", "ruth",
                             "esther", "ester", "maribel", "marisol", "beatriz", "leonor", "mar", "lourdes", "iris",
                             "judit", "irene", "araceli", "soledad", "paz", "montserrat", "rut", "elisabet"})
_MEN_IN_A = frozenset({"borja", "luca", "josema", "chema", "txema", "jonatan", "garcilaso", "bautista", "nikita",
                       "sasha"})


def _a_womans_name(folded: str) -> bool:
    return folded in _WOMEN_NOT_IN_A or (folded.endswith("a") and folded not in _MEN_IN_A)


_ABBREVIATED_FIRST = {"ma", "m", "m.a", "fco", "j"}  # "Mª José", "Fco. Javier", "J. Luis" (folded)
# Given names that take their particles with them after María, José or Juan: "María del Carmen", "María de
# los Ángeles", "María de la O", "Juan de Dios". ("del Valle", "de la Cruz" are surnames as often: left out.)
_DEVOTIONAL_FIRST = {"maria", "ma", "m.a", "mari", "jose", "juan"}
_DEVOTIONAL = {"carmen", "mar", "pilar", "rosario", "rocio", "angeles", "o", "consuelo", "sol", "mercedes",
               "dolores", "nieves", "remedios", "socorro", "luz", "gracia", "asuncion", "milagros", "dios",
               "paz", "esperanza", "gloria", "soledad", "lourdes", "montserrat", "amparo", "begona"}


def _is_second_given(first: str, second: str, abbreviated: bool = True) -> bool:
    """'José' + 'Luis', 'Mª' + 'José', 'María' + 'del Carmen': the second unit belongs to the first name.
    `abbreviated`: an abbreviated first name ('Fco.') takes any second unit (when a surname follows)."""
    folded = normalize.fold(second)
    if folded in _MALE_SECOND and _a_womans_name(normalize.fold(first)):
        return False
    if "ª" in second and folded.replace(".", "") == "ma":  # "José Mª Fernández": María, abbreviated
        return True
    if folded in _SECOND_GIVEN or (abbreviated and normalize.fold(first).rstrip(".") in _ABBREVIATED_FIRST):
        return True
    if (normalize.fold(first), folded) in _COMPOUND_PAIRS:
        return True
    words = folded.split(" ")
    return (len(words) > 1 and words[0] in PARTICLES and normalize.fold(first).rstrip(".") in _DEVOTIONAL_FIRST
            and " ".join(w for w in words if w not in PARTICLES) in _DEVOTIONAL)


_KEPT_TITLES = {"dr", "dr.", "dra", "dra.", "prof", "prof.", "lic", "lic.", "ing", "ing.", "ldo", "ldo.", "lda",
                "lda."}  # say something of the person, unlike "Sr." or "D."


def says_more_than_the_name(value: str) -> bool:
    """Letters after the name ("PhD"), pronouns, a Dr. or Prof. before it: split_full_name leaves them out
    of the name, so the import keeps the cell in the notes."""
    text = normalize.text(value) or ""
    if "(" in text and _PRONOUNS.search(text):
        return True
    parts = text.split(",")
    if len(parts) > 1 and _is_credential(parts[-1]):
        return True
    first, space, _ = text.partition(" ")
    return bool(space) and first.lower() in _KEPT_TITLES


def split_full_name(value: str) -> tuple[str, str]:
    """'Juan Antonio Escudero Murillo' -> ('Juan Antonio', 'Escudero Murillo'): Spanish double surnames
    stay together; 'Puig i Vidal', 'de la Fuente' keep their particles; 'García, Ana' is surname first.
    Three words are a first name and two surnames ('José García López') unless the second is a common
    second given name ('José Luis Pérez', 'Mª José Sánchez', 'María del Carmen Ortega'); two such words
    are a given name alone ('Francisco Javier'); courtesy titles are dropped."""
    text = _PRONOUNS.sub("", _SYMBOLS.sub("", normalize.text(value) or "")).strip()
    parts = text.split(",")
    while len(parts) > 1 and _is_credential(parts[-1]):  # "Ana García López, PhD": no "Surname, Name"
        parts.pop()
    text = ",".join(parts).strip()
    if "," in text:
        last, _, first = text.partition(",")
        return normalize.person_name(first), normalize.person_name(last)
    words = text.split(" ")
    while len(words) > 1 and (words[0].lower() in _TITLES or (len(words) > 2 and words[0].lower() in _DON)):
        words = words[1:]
    units: list[str] = []
    pending: list[str] = []
    for word in words:
        if word.lower() in _JOINED_TO_NEXT and units:
            pending.append(word)
            continue
        units.append(" ".join([*pending, word]))
        pending = []
    if pending:
        units[-1] = " ".join([units[-1], *pending])
    if len(units) == 1:
        first, last = units[0], ""
    elif len(units) == 2 and _is_second_given(units[0], units[1], abbreviated=False):
        first, last = " ".join(units), ""  # "Francisco Javier": a compound given name, no surname given
    elif len(units) == 2:
        first, last = units
    elif len(units) == 3 and _is_second_given(units[0], units[1]):
        first, last = " ".join(units[:2]), units[2]
    else:
        first, last = " ".join(units[:-2]), " ".join(units[-2:])
    return normalize.person_name(first), normalize.person_name(last)


def parts_beside_full_name(text: str, given_first: str | None, given_last: str | None, first: str | None,
                           last: str | None) -> tuple[str | None, str | None, bool]:
    """A full-name column beside the parts' own (an ATS export's "Name", "First Name", "Last Name"): the
    parts as their columns give them, one left empty taken from the full name only when the other is part of
    it ("Martínez" of Laura Martínez Gómez; "Pedro Ruiz" beside a first name "Carmen" makes no "Carmen Ruiz"); `first`, `last` as the row
    has them when no part is given. And whether the full name names the person otherwise ("Nacho García"
    for Ignacio García; not another order, case or accents), to keep it in the notes."""
    if given_first or given_last:
        full_first, full_last = split_full_name(text)
        words = set(normalize.fold(text).replace(",", " ").split())  # "Martínez" beside Laura Martínez Gómez
        agree = all(not value or set(normalize.fold(value).split()) <= words for value in (given_first, given_last))
        first = given_first or (full_first if agree else None)
        last = given_last or (full_last if agree else None)
    stored = " ".join(part for part in (first, last) if part)
    otherwise = sorted(normalize.fold(text).replace(",", " ").split()) != sorted(normalize.fold(stored).split())
    return first, last, otherwise
