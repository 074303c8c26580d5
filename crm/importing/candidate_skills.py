"""Known people's skills during a candidate import: read a chunk at a time, what a row adds or fills
computed under the duplicate policy, and written.

A file imported again (every row someone known) read each person's skills and each skill's id with a
query a row: 2.5-7 times the first import's time. The chunk's people's skills are read in one query, and
the catalogue's ids remembered for the rest of the import (a skill is never renamed or removed during it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crm.domain import CandidateSkill
from crm.services.skills import ids_for_keys

Skills = list[tuple[str, str, Any]]  # a row's skills: (canonical key, name, years)


class KnownSkills:
    def __init__(self, session: Session):
        self.session = session
        self._of: dict[int, dict[int, Any]] = {}  # the chunk's known people: skill id -> years
        self._ids: dict[str, int] = {}  # the catalogue's skill key -> id, as far as this import asked

    def load(self, ids: list[int]) -> None:
        """The skills of these people (the chunk's known ones), in place of the previous chunk's."""
        self._of = {candidate_id: {} for candidate_id in ids}
        for start in range(0, len(ids), 500):
            for candidate_id, skill_id, years in self.session.execute(
                    select(CandidateSkill.candidate_id, CandidateSkill.skill_id, CandidateSkill.years)
                    .where(CandidateSkill.candidate_id.in_(ids[start:start + 500]))):
                self._of[candidate_id][skill_id] = years

    def changes(self, candidate_id: int, skills: Skills, policy: str) -> dict[str, Any] | None:
        """What a row's skills change for this person, or None: skills are added under every policy, never
        taken away (a row lists what its file knew, not all a person knows); years fill empty ones, and
        overwrite takes the row's years where it gives them."""
        if not skills:
            return None
        current = dict(self._of[candidate_id]) if candidate_id in self._of else self._read(candidate_id)
        wanted = self._skill_ids(skills)
        wanted_ids = [wanted[k] for k, _n, _y in skills if k in wanted]
        years = {wanted[k]: y for k, _n, y in skills if k in wanted}
        added = [sid for sid in dict.fromkeys(wanted_ids) if sid not in current]
        filled = {sid: y for sid, y in years.items() if sid in current and y is not None
                  and (current[sid] is None or (policy == "overwrite" and current[sid] != y))}
        if filled:  # years are an empty field too: rewrite the links, undo puts the old ones back
            merged = {**current, **filled, **{sid: years.get(sid) for sid in added}}
            return {"replace": list(merged), "before": [[sid, y] for sid, y in current.items()], "years": merged}
        return {"add": added, "years": years} if added else None

    def apply(self, candidate_id: int, change: dict[str, Any]) -> None:
        self._of.pop(candidate_id, None)  # (read again if a later row of the chunk needs them)
        table = CandidateSkill.__table__
        connection = self.session.connection()
        if "replace" in change:
            connection.execute(table.delete().where(table.c.candidate_id == candidate_id))
            ids = list(dict.fromkeys(change["replace"]))
        else:
            ids = change["add"]
        if ids:
            years = change.get("years", {})
            connection.execute(insert(table), [{"candidate_id": candidate_id, "skill_id": s, "years": years.get(s)}
                                               for s in ids])

    def _read(self, candidate_id: int) -> dict[int, Any]:
        """A person not among the chunk's loaded ones (made by this import, or changed since the load)."""
        return dict(self.session.execute(select(CandidateSkill.skill_id, CandidateSkill.years)
                                         .where(CandidateSkill.candidate_id == candidate_id)).all())

    def _skill_ids(self, skills: Skills) -> dict[str, int]:
        """The ids of a row's skills by key, as services.skills.skill_ids gives them (making new ones)."""
        wanted = {key: name for key, name, _years in skills}
        missing = {key: name for key, name in wanted.items() if key not in self._ids}
        if missing:
            self._ids.update(ids_for_keys(self.session, missing))
        return {key: self._ids[key] for key in wanted if key in self._ids}
