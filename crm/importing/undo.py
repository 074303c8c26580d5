"""Undo an import: delete what it created, restore what it changed, in one transaction.

Rule: undo is refused when any record the import touched has been edited since (its version
moved on), naming the records; the recruiter's later work is never thrown away silently. People
and roles it created that a later import's file named (found there, as they were) stay, and the
result says how many. An import can be undone once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm.domain import (
    Activity,
    Application,
    Attachment,
    Candidate,
    CandidateSkill,
    Company,
    Contact,
    ExportLog,
    ExportLogEntry,
    ImportBatch,
    ImportItem,
    ImportMapping,
    Role,
    RoleSkill,
    Skill,
    StageChange,
)
from crm.domain.base import utcnow
from crm.domain.errors import Conflict, NotFound
from crm.domain.sorting import candidate_sort_keys
from crm.importing import jsonvalues
from crm.importing.one_at_a_time import wait_for_other_imports
from crm.importing.report import ImportReport
from crm.persistence import search_index
from crm.persistence.store import Store
from crm.safety import audit
from crm.services.candidate_merge import merged_into

_MODELS = {"candidate": Candidate, "company": Company, "role": Role, "application": Application,
           "stage_change": StageChange, "contact": Contact}
# Children first, so nothing is deleted while something still points at it.
_ORDER = ("stage_change", "application", "role", "contact", "company", "candidate")


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    deleted: int
    restored: int
    kept: int = 0  # records it created that later imports named since: left in place (see _undo)


def undo_import(store: Store, batch_id: int) -> UndoResult:
    try:
        return _undo(store, batch_id)
    except IntegrityError as exc:
        raise Conflict(f"cannot undo import {batch_id}: records it created are now used by other records "
                       "(e.g. a client with roles added later); nothing was changed") from exc


def _undo(store: Store, batch_id: int) -> UndoResult:
    with store.sessions.begin() as session:
        wait_for_other_imports(session)  # an import running now may name or change its records
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("Import", batch_id)
        if batch.status == "undone":
            raise Conflict(f"import {batch_id} ({_named(batch)}) was already undone")
        items = _expand_ranges(list(session.scalars(select(ImportItem).where(ImportItem.batch_id == batch_id))))
        others = _ids_given_again(session, batch, items)
        items = [i for i in items if (i.entity, i.entity_id) not in others]
        others = _lines_given_again(session, items)  # (by the applications still the import's own)
        items = [i for i in items if (i.entity, i.entity_id) not in others]
        # People and roles a later import named (found in its file, skipped or left as they were) stay: that
        # import's list has them ("already there"), and deleting them took them from under it. (Refusing instead
        # left no way out when the later import could not be undone either.)
        kept = _named_since(session, batch, items)
        items = [i for i in items if (i.entity, i.entity_id) not in kept]
        _refuse_if_edited_since(session, batch, items)
        deleted = restored = 0
        for entity in _ORDER:
            model = _MODELS[entity]
            table = model.__table__
            mine = [i for i in items if i.entity == entity]
            created = [i.entity_id for i in mine if i.action == "created"]
            for start in range(0, len(created), 500):
                chunk = created[start:start + 500]
                # Counted as deleted: a record gone since (a person erased on request) is not
                deleted += session.execute(delete(table).where(table.c.id.in_(chunk))).rowcount
                if entity == "candidate":
                    search_index.remove(session.connection(), chunk)
            for item in (i for i in mine if i.action == "updated"):
                _restore(session, entity, item)
                restored += 1
        _drop_unused_skills(session, [i.entity_id for i in items if i.entity == "skill"])
        _put_back_mappings(session, [i for i in items if i.entity == "mapping"])
        batch.status = "undone"
        batch.finished_at = batch.finished_at or utcnow()
        audit.record(session, "undo_import", "import_batch", batch_id,
                     {"deleted": deleted, "restored": restored, "kept": len(kept)})
        return UndoResult(batch_id, deleted, restored, len(kept))


@dataclass(frozen=True)
class _Item:
    entity: str
    entity_id: int
    action: str
    before: dict | None


def _expand_ranges(items: list[ImportItem]) -> list[ImportItem]:
    """A bulk import records its created candidates as id runs; undo works on single records."""
    result = []
    for item in items:
        if item.action != "created_range":
            result.append(item)
            continue
        versions = item.before.get("versions", {})  # ids the import itself changed after creating them
        for entity_id in range(item.entity_id, item.before["last_id"] + 1):
            version = versions.get(str(entity_id))
            result.append(_Item(item.entity, entity_id, "created", None if version is None else {"version": version}))
    return result


def _ids_given_again(session: Session, batch: ImportBatch, items: list[ImportItem]) -> set[tuple[str, int]]:
    """Records holding an id this import created that were made after it: the import's own record went
    since (an erasure, a merge) and SQLite gave its id to the next new one (a later import's person, one
    added by hand). Undo leaves them alone, edited since or not."""
    if batch.finished_at is None:
        return set()
    # Made after the import ended: people, clients, contacts and roles are stamped when made (an imported
    # person's date added is never later than the import). Applications take their first step's day,
    # which a tracker may put ahead: for them only a record never edited since tells (its own records
    # were written before it ended; one it made and someone edited since is refused, below).
    found = {(entity, row_id) for entity in _STAMPED for row_id, _version, _left in _created_now(
        session, entity, items, _MODELS[entity].__table__.c.created_at > batch.finished_at)}
    return found | {("application", row_id) for row_id, version, left in _created_now(
        session, "application", items, Application.__table__.c.updated_at > batch.finished_at) if version == left}


_TRACKED = ("candidate", "company", "role", "application", "contact")  # the records that have a version
_STAMPED = ("candidate", "company", "role", "contact")  # created_at is when the record was made


def _lines_given_again(session: Session, items: list[ImportItem]) -> set[tuple[str, int]]:
    """Stage history lines holding an id a line of this import had: the import's line went with its person
    (an erasure) and SQLite gave the id to a later line. A line of this import belongs to an application
    it created or moved; one on any other application is someone else's."""
    lines = [i.entity_id for i in items if i.entity == "stage_change" and i.action == "created"]
    own = {i.entity_id for i in items if i.entity == "application"}
    table = StageChange.__table__
    found = set()
    for start in range(0, len(lines), 500):
        found |= {("stage_change", line_id) for line_id, application_id in session.execute(
            select(table.c.id, table.c.application_id).where(table.c.id.in_(lines[start:start + 500])))
            if application_id not in own}
    return found


def _created_now(session: Session, entity: str, items: list, *conditions) -> Iterator[tuple[int, int, int]]:
    """(id, version now, version the import left it at) of each record of this kind the import created that
    is still there (and meets `conditions`)."""
    table = _MODELS[entity].__table__
    left = {i.entity_id: (i.before or {}).get("version") or 1 for i in items if i.entity == entity and i.action == "created"}
    ids = list(left)
    for start in range(0, len(ids), 500):
        for row_id, version in session.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_(ids[start:start + 500]), *conditions)):
            yield row_id, version, left[row_id]


def _refuse_if_edited_since(session: Session, batch: ImportBatch, items: list[ImportItem]) -> None:
    changed = []
    for entity in _TRACKED:
        table = _MODELS[entity].__table__
        changed += [(entity, row_id) for row_id, version, left in _created_now(session, entity, items) if version != left]
        for item in (i for i in items if i.entity == entity and i.action == "updated"):
            version = (item.before or {}).get("version")
            current = session.scalar(select(table.c.version).where(table.c.id == item.entity_id))
            if version is not None and current is not None and current != version:
                changed.append((entity, item.entity_id))
    by_imports = _changed_by_later_imports(session, batch, changed)
    by_later = list(dict.fromkeys(record for records in by_imports.values() for record in records))
    if changed and set(changed) <= set(by_later):  # no hand edit: undoing the later imports first lets it go
        last = max(by_imports, key=lambda later: later.id)
        if len(by_imports) == 1:
            raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): import {last.id} ({_named(last)}) "
                           f"changed {len(by_later)} of its records since ({_shown(by_later)}); undo that import first")
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): later imports changed {len(by_later)} of its "
                       f"records since ({_shown(by_later)}); undo them first, the last first (import {last.id}, "
                       f"{_named(last)})")
    if len(changed) == 1:
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): one of its records was edited after it "
                       f"({_shown(changed)}); undoing would throw that edit away")
    if changed:
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): {len(changed)} of its records were edited "
                       f"after it ({_shown(changed)}); undoing would throw those edits away")
    later = _later_dependants(session, items)
    by_imports = _changed_by_later_imports(session, batch, later, action="created")
    added_later = list(dict.fromkeys(record for records in by_imports.values() for record in records))
    if later and set(later) <= set(added_later):  # undoing the later imports first lets it go
        last = max(by_imports, key=lambda other: other.id)
        if len(by_imports) == 1:
            raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): import {last.id} ({_named(last)}) "
                           f"added records that depend on what it created ({_shown(added_later)}); undo that import "
                           "first")
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): later imports added records that depend on "
                       f"what it created ({_shown(added_later)}); undo them first, the last first (import {last.id}, "
                       f"{_named(last)})")
    if later:
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): records added after it depend on what it "
                       f"created ({_shown(later)}); undoing would delete them")
    merged = _merged_away(session, batch, items)
    if merged:
        raise Conflict(f"cannot undo import {batch.id} ({_named(batch)}): people it created or updated were merged "
                       f"into other candidates since ({_shown(merged)}); undoing would leave there what it brought")


def _changed_by_later_imports(session: Session, batch: ImportBatch, records: list[tuple[str, int]],
                              action: str = "updated") -> dict[ImportBatch, list[tuple[str, int]]]:
    """The later imports (not undone) that updated (or created: `action`) these records, with the records
    each did."""
    found: dict[ImportBatch, list[tuple[str, int]]] = {}
    for name in {name for name, _id in records}:
        ids = [row_id for kind, row_id in records if kind == name]
        entity = name.replace(" ", "_")  # ("stage change" as the refusal names it)
        for start in range(0, len(ids), 500):
            for later, row_id in session.execute(
                    select(ImportBatch, ImportItem.entity_id).join(ImportItem, ImportItem.batch_id == ImportBatch.id)
                    .where(ImportBatch.id > batch.id, ImportBatch.status == "committed", ImportItem.entity == entity,
                           ImportItem.action == action, ImportItem.entity_id.in_(ids[start:start + 500]))
                    .order_by(ImportBatch.id)):
                found.setdefault(later, []).append((name, row_id))
    return {later: list(dict.fromkeys(records)) for later, records in found.items()}


def _named_since(session: Session, batch: ImportBatch, items: list[ImportItem]) -> set[tuple[str, int]]:
    """The people and roles this import created that later imports (not undone) named since, found in their
    files and left as they were ("already there, skipped"), with the clients and contacts it created that
    those roles hang on: what the undo leaves in place."""
    created = {(i.entity, i.entity_id) for i in items if i.action == "created"}
    people = {row_id for entity, row_id in created if entity == "candidate"}
    roles = sorted(row_id for entity, row_id in created if entity == "role")
    later = (ImportBatch.id > batch.id, ImportBatch.status == "committed")
    named: set[tuple[str, int]] = set()
    if people:  # (a candidate import names people in id runs: "named_range")
        for first, before in session.execute(
                select(ImportItem.entity_id, ImportItem.before).join(ImportBatch, ImportItem.batch_id == ImportBatch.id)
                .where(*later, ImportItem.entity == "candidate", ImportItem.action == "named_range",
                       ImportItem.entity_id <= max(people))):
            named |= {("candidate", i) for i in range(first, before["last_id"] + 1) if i in people}
    for start in range(0, len(roles), 500):  # (a roles import names each role it found)
        named |= {("role", row_id) for row_id in session.scalars(
            select(ImportItem.entity_id).join(ImportBatch, ImportItem.batch_id == ImportBatch.id)
            .where(*later, ImportItem.entity == "role", ImportItem.action == "named",
                   ImportItem.entity_id.in_(roles[start:start + 500])))}
    kept = set()
    for entity, model in (("candidate", Candidate), ("role", Role)):  # (a record erased or deleted since: none)
        ids = sorted(row_id for kind, row_id in named if kind == entity)
        for start in range(0, len(ids), 500):
            kept |= {(entity, row_id) for row_id in session.scalars(
                select(model.id).where(model.id.in_(ids[start:start + 500])))}
    kept_roles = [row_id for entity, row_id in kept if entity == "role"]
    for start in range(0, len(kept_roles), 500):
        for company_id, contact_id in session.execute(select(Role.company_id, Role.contact_id).where(
                Role.id.in_(kept_roles[start:start + 500]))):
            kept |= {("company", company_id), ("contact", contact_id)} & created
    return kept


def _shown(records: list[tuple[str, int]]) -> str:
    """"candidate 4, role 9" (the first five, then how many more)."""
    shown = ", ".join(f"{entity} {row_id}" for entity, row_id in records[:5])
    return shown + (f" and {len(records) - 5} more" if len(records) > 5 else "")


def _merged_away(session: Session, batch: ImportBatch, items: list[ImportItem]) -> list[tuple[str, int]]:
    """People this import created that the user merged into another candidate since (services.candidate_merge):
    the other now holds what the import brought, and undoing would leave it there."""
    # ... and people it updated that were merged into another since: that one holds the import's values
    changed = [i.entity_id for i in items if i.entity == "candidate" and i.action in ("created", "updated")]
    merged = merged_into(session, changed, since=batch.started_at)
    return [("candidate", kept) for kept in sorted(set(merged.values()))]


def _later_dependants(session: Session, items: list[ImportItem]) -> list[tuple[str, int]]:
    """Records added since that hang on what this import created, and would go with it: applications,
    activities and CVs of its people; applications of its roles (a later pipeline import, a candidate
    put forward by hand); contacts, roles and notes of its clients; notes and history lines of its
    applications; client reports that sent its people or named its clients and roles (the record of who
    received whose data); roles that took a client contact it created (unless this import itself gave
    the role that contact: undo puts the role's old one back)."""
    created = {entity: [i.entity_id for i in items if i.entity == entity and i.action == "created"]
               for entity in ("candidate", "company", "role", "contact", "application", "stage_change")}
    own_roles = set(created["role"]) | {i.entity_id for i in items if i.entity == "role" and i.action == "updated"
                                        and "contact_id" in ((i.before or {}).get("fields") or {})}
    found: list[tuple[str, int]] = [
        ("role", role_id) for role_id, in session.execute(
            select(Role.id).where(Role.contact_id.in_(created["contact"]))) if role_id not in own_roles]
    mine = {entity: set(ids) for entity, ids in created.items()}
    for model, name, column, owner in (
            (Application, "application", "candidate_id", "candidate"), (Activity, "activity", "candidate_id", "candidate"),
            (Attachment, "attachment", "candidate_id", "candidate"), (Application, "application", "role_id", "role"),
            # a client's contacts and roles added by hand, notes on a client or on a step of a process
            (Contact, "contact", "company_id", "company"), (Role, "role", "company_id", "company"),
            (Activity, "activity", "company_id", "company"), (Activity, "activity", "application_id", "application"),
            (StageChange, "stage change", "application_id", "application"),
            # the record of who received whose data (client reports): kept for the right of erasure
            (ExportLog, "client report", "company_id", "company"), (ExportLog, "client report", "role_id", "role"),
            (ExportLogEntry, "client report", "candidate_id", "candidate")):
        table = model.__table__
        key = table.c.export_id if model is ExportLogEntry else table.c.id
        owners = created[owner]
        own = mine.get(name.replace(" ", "_"), set())
        for start in range(0, len(owners), 500):
            chunk = owners[start:start + 500]
            found += [(name, row_id) for row_id, in session.execute(
                select(key).where(table.c[column].in_(chunk))) if row_id not in own]
    return list(dict.fromkeys(found))


def _drop_unused_skills(session: Session, added: list[int]) -> None:
    """The skills the import added to the catalogue, once no candidate or role has them: a skill someone
    has been given since stays (it is no edit of the import's to refuse over, only a name)."""
    table, candidates, roles = Skill.__table__, CandidateSkill.__table__, RoleSkill.__table__
    for start in range(0, len(added), 500):
        session.execute(delete(table).where(
            table.c.id.in_(added[start:start + 500]),
            ~exists().where(candidates.c.skill_id == table.c.id), ~exists().where(roles.c.skill_id == table.c.id)))


def _put_back_mappings(session: Session, items: list[ImportItem]) -> None:
    """The column mapping the import saved goes, or the one it replaced comes back; unless the mapping was
    saved again since (by a later import), which stays."""
    for item in items:
        mapping = session.get(ImportMapping, item.entity_id)
        if mapping is None or mapping.mapping != (item.before or {}).get("saved"):
            continue
        if item.action == "created":
            session.delete(mapping)
        else:
            mapping.mapping = item.before["mapping"]


def _restore(session: Session, entity: str, item: ImportItem) -> None:
    before = item.before or {}
    table = _MODELS[entity].__table__
    values = {field: jsonvalues.load(value) for field, value in before.get("fields", {}).items()}
    if "version" in table.c and "version" not in values:
        values["version"] = table.c.version + 1  # a new version, so open editors notice
    if entity == "candidate":
        values.update(candidate_sort_keys(values))  # a name put back sorts as that name again
    if values:
        session.execute(update(table).where(table.c.id == item.entity_id).values(**values))
    if entity == "role" and (before.get("role_skills_added") or before.get("role_skills_before") is not None):
        links = RoleSkill.__table__
        session.execute(delete(links).where(links.c.role_id == item.entity_id))
        rows = [{"role_id": item.entity_id, "skill_id": sid, "required": required, "min_years": years}
                for sid, required, years in before.get("role_skills_before") or ()]
        if rows:
            session.execute(insert(links), rows)
    if entity != "candidate":
        return
    skills = CandidateSkill.__table__
    if before.get("skills_before") is not None:
        session.execute(delete(skills).where(skills.c.candidate_id == item.entity_id))
        rows = [{"candidate_id": item.entity_id, "skill_id": sid, "years": years} for sid, years in before["skills_before"]]
        if rows:
            session.execute(insert(skills), rows)
    elif before.get("skills_added"):
        session.execute(delete(skills).where(skills.c.candidate_id == item.entity_id,
                                             skills.c.skill_id.in_(before["skills_added"])))
    search_index.reindex(session.connection(), [item.entity_id])


def stored_report(store: Store, batch_id: int) -> ImportReport:
    """The report of a past import as it was kept (the first MAX_STORED_ISSUES issues of each kind)."""
    with store.sessions() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFound("Import", batch_id)
        summary = dict(batch.report or {})
        summary.setdefault("kind", batch.kind)
        summary.setdefault("file", batch.filename)
    return ImportReport.from_stored(summary, batch_id)


def records_since(store: Store, batch_id: int, ids: list[int]) -> tuple[dict[int, int], set[int]]:
    """What became of records an import made, as its old report names them: ({id: the candidate it was merged
    into since}, {ids whose record is gone}). Gone: the import was undone, or the record deleted and its id
    given by SQLite to someone made later (an older merge of the same id was another record's)."""
    with store.sessions() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None or batch.status == "undone":
            return {}, set(ids)
        merged = merged_into(session, ids, since=batch.started_at)
        made = dict(session.execute(select(Candidate.id, Candidate.created_at).where(Candidate.id.in_(ids))).all())
    finished = (batch.finished_at or batch.started_at).replace(tzinfo=None)  # (SQLite's naive datetimes)
    gone = {i for i in ids if i not in merged and (i not in made or made[i].replace(tzinfo=None) > finished)}
    return merged, gone


def list_batches(store: Store, limit: int = 50) -> list[dict]:
    """The latest imports, newest first: what each did (warnings and possible duplicates from its stored
    report) and whether it was undone."""
    with store.sessions() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)).all()
        return [{"id": b.id, "kind": b.kind, "file": b.filename, "sheet": _sheet_of(b), "named": _named(b),
                 "status": b.status,
                 "started_at": b.started_at,
                 "created": b.created_count, "updated": b.updated_count, "skipped": b.skipped_count,
                 "rejected": b.rejected_count, "warnings": _stored_count(b.report, "warnings"),
                 "possible_duplicates": _stored_count(b.report, "possible_duplicates")} for b in batches]


def _named(batch: ImportBatch) -> str:
    """The file an import read, with its sheet when the file has several ("seguimiento.xlsx › Junio": a
    workbook of a sheet a month is imported a month at a time, each import of the same file name)."""
    several = (batch.report or {}).get("sheets", 1) > 1
    return f"{batch.filename} › {_sheet_of(batch)}" if several and _sheet_of(batch) else batch.filename


def _sheet_of(batch: ImportBatch) -> str:
    """The workbook's sheet an import read ("" for a CSV file, which has none)."""
    if batch.filename.lower().endswith((".csv", ".txt")):
        return ""
    return (batch.report or {}).get("sheet") or ""


def _stored_count(report: dict | None, key: str) -> int:
    """How many issues of a kind the batch's stored report had (it keeps the first MAX_STORED_ISSUES)."""
    report = report or {}
    return report.get(key + "_truncated") or len(report.get(key) or [])
