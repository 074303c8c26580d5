"""Whether two rows' names may be one person's, as a merge and the identity checks compare them: "Ana G." and
"Ana García", "Fran" and "Francisco", "Mª José" and "María José"; not "Juan" and "Juana", "Martín" and
"Martínez"."""

from __future__ import annotations

import re
from typing import Any

from crm.domain import normalize

_NAME_WORDS = re.compile(r"[\s\-.]+")  # "Ruiz-Gil" is "Ruiz Gil"; "G." is "G"
_MARIA_SHORT = re.compile(r"\bM\.?\s?ª", re.IGNORECASE)  # "Mª", "M.ª": María's initial, its ª no word


def name_words(values: dict[str, Any]) -> list[str]:
    name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}"
    if "ª" in name:
        name = _MARIA_SHORT.sub("M", name)
    return [word for word in _NAME_WORDS.split(normalize.fold(name)) if word]


def may_be_one_name(one: list[str], other: list[str]) -> bool:
    """"Ana García" and "Ana García López", "Ana G.", "Fran López" and "Francisco López", "Mª José": one
    person's name written shorter (each word of the shorter the start of one of the other's)."""
    if not one or not other:
        return True  # no name to say otherwise
    return written_shorter(one, other) or written_shorter(other, one)


def one_name_with_initials(one: list[str], other: list[str]) -> bool:
    """"Ana G." and "Ana García", "Mª José" and "María José", "Ana García" and "Ana García López": the same
    words, or their initials. (Not "Fran" and "Francisca", "Ana" and "Anabel": maybe two people.)"""
    def within(short: list[str], full: list[str]) -> bool:
        return all(any(word == their or (len(word) == 1 and their.startswith(word)) for their in full)
                   for word in short)
    return within(one, other) or within(other, one)


def written_shorter(short: list[str], full: list[str]) -> bool:
    """Each word of `short` a word of `full`, or its abbreviation: an initial, or for the given name two
    letters or more fewer ("Fran", "Mª": "Francisco", "María"; not "Juan" for "Juana", another person; a
    surname only by its initial: "Martín" is no "Martínez")."""
    return all(any(word == their or (their.startswith(word) and (len(word) == 1 or (index == 0 and
                                                                                    len(their) - len(word) >= 2)))
                   for their in full) for index, word in enumerate(short))


def share_a_surname(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Two rows' surnames have a word in common (Nacho García, Ignacio García)."""
    mine, theirs = one.get("last_name"), other.get("last_name")
    return bool(mine and theirs and (set(_NAME_WORDS.split(normalize.fold(mine)))
                                     & set(_NAME_WORDS.split(normalize.fold(theirs))) - {""}))
