"""Similar names in the same city: flagged as possible duplicates for review, never merged.

Two people are "similar" when they live in the same city (case and accents aside) and their names
are the same once these are set aside:
- case, accents and spacing ("JOSÉ GARCÍA", "Jose  Garcia");
- the order of the words ("García López, José" typed into the wrong columns);
- spellings that sound alike in Spanish: b/v, c/z/s, g/j before e and i, x/j, y/ll/i, a silent h,
  doubled letters ("Gonzalez" and "Gonzales", "Giménez" and "Jiménez", "Álvarez" and "Albarez");
- a second surname that one of the two lacks ("José García" and "José García López"). Two different
  second surnames are two different people (Spaniards carry both), so those are not flagged;
- a given name written as its usual Spanish short form ("Javi" for Javier, "Pepe" for José, "Chema" for
  José María, "Maite" for María Teresa): recruiters note people as they introduce themselves.

Each name gets two hashed keys, so a file of 100,000 rows or a database of 100,000 candidates is
compared in one pass with two dictionary entries a person, not pair by pair.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crm.importing import places
from crm.importing.values import fold

# Words that join Spanish surnames ("de la Fuente"): typed or left out at will, so they are left out.
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "i", "e", "da", "das", "do", "dos", "van", "von"})
_SOFT = frozenset("ei")
_NO_TEXT: tuple[str, tuple[str, ...]] = ("", ())
_EXACT_BITS = 0xFFFFFFFF


def spelling_key(word: str) -> str:
    """A folded word as it sounds in Spanish: "gonzalez", "gonzales" -> "gonsales"; "jimenez",
    "gimenez", "ximenez" -> "jimenes"; "alvarez", "albarez" -> "albares"; "hernandez", "ernandez"."""
    out: list[str] = []
    at, end = 0, len(word)
    while at < end:
        char, after = word[at], word[at + 1] if at + 1 < end else ""
        if char == "c":
            if after == "h":
                char, at = "ch", at + 1
            else:
                char = "s" if after in _SOFT else "k"
        elif char == "q":
            char = "k"
            if after == "u":
                at += 1
        elif char == "g":
            if after == "u" and at + 2 < end and word[at + 2] in _SOFT:
                at += 1  # "gui", "gue": a hard g
            elif after in _SOFT:
                char = "j"
        elif char == "l" and after == "l":
            char, at = "i", at + 1
        elif char in "zs":
            char = "s"
        elif char in "vw":
            char = "b"
        elif char == "x":
            char = "j"
        elif char == "y":
            char = "i"
        elif char == "h":
            char = ""
        elif not char.isalnum():  # digits stay: "Candidato 1" is not "Candidato 2"
            char = ""
        if char and not (out and out[-1] == char and not char.isdigit()):  # "Candidato 11" is not 1
            out.append(char)
        at += 1
    return "".join(out)


# Short forms of Spanish given names, each to the name it stands for (words as `fold` writes them).
# Only forms that stand for one name: "Cris" (Cristina or Cristian) or "Chus" are left out.
_SHORT_FORMS = {
    "javi": "javier", "xavi": "javier", "fran": "francisco", "paco": "francisco", "curro": "francisco",
    "pepe": "jose", "chema": "jose maria", "josema": "jose maria", "juanma": "juan manuel", "juanjo": "juan jose",
    "juanca": "juan carlos", "joselu": "jose luis", "luisma": "luis miguel", "nacho": "ignacio",
    "manolo": "manuel", "rafa": "rafael", "santi": "santiago", "dani": "daniel", "edu": "eduardo",
    "alex": "alejandro", "guille": "guillermo", "nando": "fernando", "quique": "enrique", "toni": "antonio",
    "tony": "antonio", "sebas": "sebastian", "migue": "miguel", "lola": "dolores", "loli": "dolores",
    "maite": "maria teresa", "mayte": "maria teresa", "isa": "isabel", "bea": "beatriz", "pili": "pilar",
    "concha": "concepcion", "conchi": "concepcion", "charo": "rosario", "susi": "susana", "vero": "veronica",
    "patri": "patricia", "merche": "mercedes", "paqui": "francisca", "inma": "inmaculada",
    "encarni": "encarnacion", "manoli": "manuela", "chelo": "consuelo", "lupe": "guadalupe",
}


# A person's name and city as compared here, hashed (only equality is ever asked), as a plain tuple
# (made once a row): (whole, short, single surname, exact)
# - whole: city + every word of the name, in any order;
# - short: city + given names + first surname (None without both);
# - single surname: only one, so it may be the short form of a longer one;
# - exact: city + the name folded word for word, to tell "the same name" from "a similar one" (32 bits
#   of its hash: it only chooses the wording of a flag, and it is kept beside the person's reference in
#   one int, see Namesakes).
NameShape = tuple[int, int | None, bool, int]


class NameShapes:
    """Works out NameShapes, remembering each name cell's words and each word's spelling key (first
    names and surnames repeat down a list). One per import: the memory goes with it."""

    CACHE_LIMIT = 100_000

    def __init__(self) -> None:
        self._texts: dict[str, tuple[str, tuple[str, ...]]] = {}  # cell -> (folded, spelling keys)
        self._cities: dict[str, str] = {}  # city cell -> city_key
        self._given: dict[str, tuple[str, tuple[str, ...]]] = {}  # a first-name cell -> the same, short forms read out
        self._spelling: dict[str, str] = {}
        self._short_forms = {self.spelling(short): tuple(self.spelling(word) for word in full.split())
                             for short, full in _SHORT_FORMS.items()}

    def of(self, values: dict[str, Any]) -> NameShape | None:
        """None without a city or without two words of a name: a shared name alone, or a shared surname
        or given name in a city, says too little ("Pérez" in Madrid, or "David": hundreds of people in a
        big database, each flagged with each). (Called for every new row of an import: the cells' words
        come from the cache without a call.)"""
        city = values.get("city")
        if not city:
            return None
        city = self._cities.get(city) or self.city_key(city)
        if not city:
            return None
        texts = self._texts
        first, last = values.get("first_name"), values.get("last_name")
        first, given = (self._given.get(first) or self._given_text(first)) if first else _NO_TEXT
        last, surnames = (texts.get(last) or self._text(last)) if last else _NO_TEXT
        if len(surnames) + (min(len(given), len(first.split())) if given else 0) < 2:  # "Chema" is one word
            return None
        short = hash((city, given, surnames[0])) if given and surnames else None
        return (hash((city, *sorted(given + surnames))), short, len(surnames) == 1,
                hash((city, first, last)) & _EXACT_BITS)

    def city_key(self, city: str) -> str:
        """The city as shapes compare it: folded, and of a location its city only ("Madrid, Comunidad de
        Madrid, España", as older imports stored it, is "madrid"); "" for none."""
        if not city:
            return ""
        key = self._cities.get(city)
        if key is None:
            place = places.city_and_country(city)[0]
            key = self._text(place)[0] if place else ""
            if len(self._cities) < self.CACHE_LIMIT:
                self._cities[city] = key
        return key

    def spelling(self, word: str) -> str:
        key = self._spelling.get(word)
        if key is None:
            key = spelling_key(word)
            if len(self._spelling) < self.CACHE_LIMIT:
                self._spelling[word] = key
        return key

    def _text(self, text: str) -> tuple[str, tuple[str, ...]]:
        found = self._texts.get(text)
        if found is None:
            folded = fold(" ".join(text.split()))
            keys = [key for word in folded.replace("-", " ").replace(",", " ").split()
                    if word not in _PARTICLES and (key := self.spelling(word))]
            found = (folded, tuple(keys))
            if len(self._texts) < self.CACHE_LIMIT:
                self._texts[text] = found
        return found

    def _given_text(self, text: str) -> tuple[str, tuple[str, ...]]:
        """A first-name cell's words, a short form as the name it stands for ("Javi" as "Javier")."""
        folded, keys = self._text(text)
        found = (folded, tuple(word for key in keys for word in self._short_forms.get(key, (key,))))
        if len(self._given) < self.CACHE_LIMIT:
            self._given[text] = found
        return found


class Namesakes:
    """People seen so far (rows of a file, or candidates of the database), found by the shape of a name.

    A shape's whole key, and its short key on the side of its surname count, lead to the people who
    have it, in the order they were added: one entry, or a list of them once there are more (most
    keys have one person: a list each would cost a 100,000-row import ~10 MB). A whole key's entry is
    one int, reference << 32 | exact (a tuple of two cost ~8 MB more at 100,000 rows)."""

    def __init__(self, firsts_only: bool = False) -> None:
        """firsts_only: keep only what first_match answers from (a key's first person, and the first of
        each way the name is written): a file's rows, where a key shared by thousands of rows ("Ana
        García" in Madrid) would have each row's look-up go through all the rows before it."""
        self._whole: dict[int, Any] = {}  # key -> reference << 32 | exact, or a list of them
        self._short_of_single: dict[int, Any] = {}  # one surname ("José García"): key -> reference(s)
        self._short_of_longer: dict[int, Any] = {}  # more ("José García López")
        self._firsts_only = firsts_only

    def add(self, reference: int, shape: NameShape) -> None:
        whole, short, single, exact = shape
        shorts = self._short_of_single if single else self._short_of_longer
        if self._firsts_only:
            present = self._whole.get(whole)
            if present is None or not any(entry & _EXACT_BITS == exact for entry in _entries(present)):
                _add(self._whole, whole, reference << 32 | exact)
            if short is not None:
                shorts.setdefault(short, reference)
            return
        _add(self._whole, whole, reference << 32 | exact)
        if short is not None:
            _add(shorts, short, reference)

    def matches(self, shape: NameShape) -> list[tuple[int, bool]]:
        """(reference, same name?) of the people with a name similar to this one, each once."""
        whole = self._whole.get(shape[0])
        short = None
        if shape[1] is not None:
            short = (self._short_of_longer if shape[2] else self._short_of_single).get(shape[1])
        if whole is None and short is None:
            return []
        found: dict[int, bool] = {}
        for entry in _entries(whole):
            found.setdefault(entry >> 32, entry & _EXACT_BITS == shape[3])
        for reference in _entries(short):
            found.setdefault(reference, False)
        return list(found.items())

    def first_match(self, shape: NameShape) -> tuple[int, bool] | None:
        """The first person added with a similar name, preferring one with the same name."""
        found = self.matches(shape)
        if not found:
            return None
        return next((item for item in found if item[1]), found[0])

    def first_match_then_add(self, reference: int, shape: NameShape) -> tuple[int, bool] | None:
        """first_match, then add: a file's rows, one after the other. Most rows match nobody: two
        dictionary lookups tell, before any list of matches is made."""
        whole, short, single, _exact = shape
        other = self._short_of_longer if single else self._short_of_single
        found = None
        if whole in self._whole or (short is not None and short in other):
            found = self.first_match(shape)
        self.add(reference, shape)
        return found


def _add(keys: dict[int, Any], key: int, entry: Any) -> None:
    present = keys.get(key)
    if present is None:
        keys[key] = entry
    elif present.__class__ is list:
        present.append(entry)
    else:
        keys[key] = [present, entry]


def _entries(present: Any) -> list:
    if present is None:
        return []
    return present if present.__class__ is list else [present]


def namesakes_of(people: Iterable[tuple[int, dict[str, Any]]], shapes: NameShapes,
                 index: Namesakes | None = None) -> Namesakes:
    """An index of (reference, values with first_name, last_name and city): `index` with them added."""
    index = index if index is not None else Namesakes()
    for reference, values in people:
        shape = shapes.of(values)
        if shape is not None:
            index.add(reference, shape)
    return index
