"""Skills as the recruiter types them in one line: "Python 6, Django 3, SQL"."""

from __future__ import annotations

import re

from crm.services.records import SkillLevel

_ITEM = re.compile(r"^(?P<name>.*?)(?:\s+(?P<years>\d+(?:[.,]\d+)?)\s*(?:y|yrs?|years?|años?|a)?)?$", re.IGNORECASE)


def parse_skills(text: str) -> list[tuple[str, float | None]]:
    result: list[tuple[str, float | None]] = []
    for chunk in re.split(r"[,;\n]", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        match = _ITEM.match(chunk)
        name = (match.group("name") if match else chunk).strip() or chunk
        years = match.group("years") if match else None
        result.append((name, float(years.replace(",", ".")) if years and match.group("name").strip() else None))
    return result


def format_skills(skills: tuple[SkillLevel, ...] | list[SkillLevel]) -> str:
    return ", ".join(f"{s.name} {s.years:g}" if s.years is not None else s.name for s in skills)
