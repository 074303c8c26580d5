"""Find or create canonical skills in one round trip per batch.

The skills a session adds to the catalogue are listed in its `info` (see `added_in`): an import keeps
them with its batch, so that undoing it takes back the skills only it brought.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crm.domain import Skill
from crm.domain.skills import canonical


def skill_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    """Map canonical key -> skill id for every name, creating the skills that are new."""
    wanted: dict[str, str] = {}
    for name in names:
        result = canonical(name)
        if result:
            wanted.setdefault(result[0], result[1])
    return ids_for_keys(session, wanted)


def ids_for_keys(session: Session, wanted: dict[str, str]) -> dict[str, int]:
    """Map canonical key -> skill id for skills already canonicalised ({key: display name}), creating
    the skills that are new."""
    if not wanted:
        return {}
    found: dict[str, int] = {}
    keys = list(wanted)
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found.update((key, skill_id) for key, skill_id in session.execute(select(Skill.key, Skill.id).where(Skill.key.in_(chunk))))
    missing = [{"key": key, "name": wanted[key]} for key in keys if key not in found]
    if missing:
        session.execute(insert(Skill), missing)
        added = session.info.setdefault(_ADDED, [])
        for start in range(0, len(missing), 500):
            chunk = [item["key"] for item in missing[start:start + 500]]
            new = {key: skill_id for key, skill_id in session.execute(select(Skill.key, Skill.id).where(Skill.key.in_(chunk)))}
            found.update(new)
            added.extend(new.values())
    return found


_ADDED = "skills_added"


def added_in(session: Session) -> list[int]:
    """Ids of the skills this session added to the catalogue (in transactions that may since have
    been rolled back: an import reads them just before it commits)."""
    return list(session.info.get(_ADDED, ()))
