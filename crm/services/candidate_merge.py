"""Two records of one person (a possible duplicate an import flagged): keep one, fold the other into it.

The kept record's empty fields are filled from the other and it gains the other's skills; a value
of the other that differs from a filled field (a second email, an older phone) goes to the kept
record's notes, so nothing the recruiter had is lost; a person who asked not to be contacted on either
record is not to be contacted after. Then the other record is deleted. Both records
must be as the user saw them (versions), else the merge is refused.

Only a record without history of its own is folded in: its applications, activities, CVs and the
record of which clients received it would have to move too, and a person with such history is merged
by hand. Records an import has just created have none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from crm.domain import (
    Activity,
    Application,
    Attachment,
    AuditEntry,
    Candidate,
    CandidateSkill,
    ExportLogEntry,
)
from crm.domain.base import utcnow
from crm.domain.enums import CandidateStatus
from crm.domain.errors import Conflict, NotFound, StaleVersion
from crm.importing.dedupe import MERGE_FIELDS, merge_changes
from crm.importing.mapping import CANDIDATE_FIELDS
from crm.persistence import search_index
from crm.persistence.store import Store
from crm.safety import audit

_HISTORY = ((Application, "applications"), (Activity, "activities"), (Attachment, "CVs"),
            (ExportLogEntry, "files sent to clients"))
# Fields whose differing value is worth keeping in the notes (the rest: the kept record's value stands).
KEPT_IN_NOTES = ("first_name", "last_name", "email", "phone", "linkedin_url", "github_url", "city", "current_title", "current_company")


@dataclass(frozen=True)
class MergeWording:
    """How the note of the other record's differing values reads: in the user's language when the app
    merges (ui passes its translations), in English from the command line."""

    heading: str = "Merged from candidate {id}:"  # {id}: the record folded in
    label: Callable[[str], str] = lambda field: CANDIDATE_FIELDS[field][0]  # a field's name, as the user reads it


def merge_candidates(store: Store, keep_id: int, keep_version: int, other_id: int, other_version: int,
                     wording: MergeWording = MergeWording()) -> dict[str, Any]:
    """Fold candidate `other_id` into `keep_id`; return {"kept", "filled" (field names), "skills_added",
    "noted" (fields whose other value went to the notes)}."""
    if keep_id == other_id:
        raise Conflict("a candidate cannot be merged with itself")
    with store.sessions.begin() as session:
        keep, other = session.get(Candidate, keep_id), session.get(Candidate, other_id)
        for candidate, candidate_id, expected in ((keep, keep_id, keep_version), (other, other_id, other_version)):
            if candidate is None:
                raise NotFound("Candidate", candidate_id)
            if candidate.version != expected:
                raise StaleVersion("Candidate", candidate_id, expected, candidate.version)
        history = [label for model, label in _HISTORY
                   if session.scalar(select(func.count()).select_from(model).where(model.candidate_id == other_id))]
        if history:
            raise Conflict(f"candidate {other_id} has {', '.join(history)} of their own; open both and merge them "
                           "by hand")
        current = {field: getattr(keep, field) for field in MERGE_FIELDS}
        incoming = {field: getattr(other, field) for field in MERGE_FIELDS}
        changes = merge_changes(current, incoming, "update")
        if incoming["status"] == CandidateStatus.DO_NOT_CONTACT.value != current["status"]:
            changes["status"] = incoming["status"]  # asked not to be contacted on either record: so it stays
        filled = sorted(changes)
        noted = [field for field in KEPT_IN_NOTES
                 if incoming[field] not in (None, "") and field not in changes and incoming[field] != current[field]]
        if noted:
            lines = "\n".join(f"{wording.label(field)}: {incoming[field]}" for field in noted)
            note = f"{wording.heading.format(id=other_id)}\n{lines}"
            base = changes.get("notes", current["notes"])
            changes["notes"] = f"{base}\n{note}" if base else note
        added, years_filled = _fold_skills(session, keep_id, other_id)
        session.delete(other)
        session.flush()  # the other's email and URLs are free before the kept record takes them
        for field, value in changes.items():
            setattr(keep, field, value)
        if (added or years_filled) and not changes:
            keep.updated_at = utcnow()  # a skills-only change still moves version and timestamp
        session.flush()
        search_index.remove(session.connection(), [other_id])
        search_index.reindex(session.connection(), [keep_id])
        audit.record(session, "merge", "candidate", keep_id, {"merged": other_id, "fields": len(changes),
                                                              "skills": len(added)})
        return {"kept": keep_id, "filled": filled, "skills_added": added, "noted": noted}


def merged_into(session: Session, candidate_ids: Iterable[int], since: datetime | None = None) -> dict[int, int]:
    """Which of these candidates were folded into another (by merge_candidates, since `since`): id -> the
    candidate that holds them now (following a kept record that was itself merged later). Read from the
    audit log's "merge" entries: a merge deletes the other record, the log is what remembers it."""
    wanted = set(candidate_ids)
    if not wanted:
        return {}
    query = select(AuditEntry.entity_id, AuditEntry.details).where(AuditEntry.action == "merge").order_by(AuditEntry.id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    into = {details["merged"]: kept for kept, details in session.execute(query) if (details or {}).get("merged")}
    found = {}
    for candidate_id in wanted & into.keys():
        kept, seen = into[candidate_id], {candidate_id}
        while kept in into and kept not in seen:
            seen.add(kept)
            kept = into[kept]
        found[candidate_id] = kept
    return found


def _fold_skills(session, keep_id: int, other_id: int) -> tuple[list[int], int]:
    """The other's skills the kept record lacks are added; years fill a kept skill that had none.
    Returns the skill ids added and how many kept skills got their years."""
    table = CandidateSkill.__table__
    kept = dict(session.execute(select(table.c.skill_id, table.c.years).where(table.c.candidate_id == keep_id)).all())
    theirs = session.execute(select(table.c.skill_id, table.c.years).where(table.c.candidate_id == other_id)).all()
    added = [skill_id for skill_id, _years in theirs if skill_id not in kept]
    years_filled = 0
    for skill_id, years in theirs:
        if skill_id in kept and kept[skill_id] is None and years is not None:
            years_filled += 1
            session.execute(table.update().where(table.c.candidate_id == keep_id, table.c.skill_id == skill_id)
                            .values(years=years))
    session.execute(delete(table).where(table.c.candidate_id == other_id))
    if added:
        years = dict(theirs)
        session.execute(insert(table), [{"candidate_id": keep_id, "skill_id": s, "years": years[s]} for s in added])
    return added, years_filled
