"""A candidate's English level as trackers, LinkedIn and certificates write it, to its CEFR level; and the
English level a list of languages gives."""

from __future__ import annotations

import re
from typing import Any

from crm.importing import values as parse

_ENGLISH = {"A1", "A2", "B1", "B2", "C1", "C2"}

# English levels as Spanish trackers write them, to the CEFR level they usually stand for.
_ENGLISH_WORDS = {"basico": "A2", "bajo": "A2", "basic": "A2", "elementary": "A2", "medio": "B1", "intermedio": "B1",
                  "intermediate": "B1", "medio alto": "B2", "upper intermediate": "B2", "first": "B2",
                  "first certificate": "B2", "alto": "C1", "avanzado": "C1", "advanced": "C1", "fluido": "C1",
                  "fluent": "C1", "advanced cae": "C1", "proficiency": "C2", "conversacional": "B1",
                  "fce": "B2", "cae": "C1", "cpe": "C2",
                  # LinkedIn's language proficiency scale
                  "elementary proficiency": "A2", "limited working proficiency": "B1",
                  "professional working proficiency": "B2", "full professional proficiency": "C1"}
_CEFR_IN_TEXT = re.compile(r"\b([ABC][12])\b")  # "Alto (C1)", "Nivel B2 acreditado"


def english_level(raw: Any) -> str:
    """'B2', 'Alto (C1)', 'Nativo', 'Professional working proficiency' -> the CEFR level; Unparsed else."""
    text = (parse.as_text(raw) or "").strip().upper()
    folded = " ".join(parse.fold(text).replace("-", " ").replace("(", " ").replace(")", " ").split())
    if folded.startswith(("nativ", "bilingu")):
        return "C2"
    if text[:2] in _ENGLISH:
        return text[:2]
    if found := _CEFR_IN_TEXT.search(text):
        return found.group(1)
    folded = folded.removeprefix("nivel ")
    if folded in _ENGLISH_WORDS:
        return _ENGLISH_WORDS[folded]
    raise parse.Unparsed("not an English level (A1 to C2)")


_ENGLISH_WORD = re.compile(r"\b(?:ingles|english)\b")
_LANGUAGE_LIST = re.compile(r"\s*[,;/|\n]\s*")
_LEVEL_NOISE = " :-–()."


def english_in_languages(text: str) -> str | None:
    """The English level a list of languages gives ("Español nativo, Inglés (B2)", "English: fluent", "Nivel
    alto de inglés"), or None when it names no English or no level of it."""
    for part in _LANGUAGE_LIST.split(parse.fold(text)):
        found = _ENGLISH_WORD.search(part)
        if not found:
            continue
        after = part[found.end():].strip(_LEVEL_NOISE)
        before = re.sub(r"\s+(?:de|of|en|in)$", "", part[:found.start()].strip(_LEVEL_NOISE))
        for words in (after, before):
            if words:
                try:
                    return english_level(words)
                except parse.Unparsed:
                    pass
    return None
