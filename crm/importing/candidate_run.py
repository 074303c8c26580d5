"""The candidate import inside its transaction: match, merge, insert in bulk, record for undo."""

from __future__ import annotations

import re
from array import array
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crm.domain import Candidate, ImportBatch, ImportItem, Tombstone, normalize
from crm.domain.base import utcnow
from crm.domain.enums import CandidateStatus
from crm.importing import jsonvalues
from crm.importing.candidate_rows import CandidateRow, add_skills
from crm.importing.candidate_skills import KnownSkills
from crm.importing.dedupe import (
    MERGE_FIELDS,
    find_existing,
    kept_differences,
    merge_changes,
    one_salary_range,
    same_name_in_db,
)
from crm.importing.identity import identity_keys, keys_of, name_key, own_site, strong_profile, url_key
from crm.importing.name_match import may_be_one_name, name_words, one_name_with_initials, share_a_surname
from crm.importing.report import DB_VALUE_KEPT, ImportReport, shown_value
from crm.importing.similar_names import SimilarNames
from crm.importing.status_rule import said_of_status
from crm.persistence import search_index
from crm.safety import tombstones
from crm.services.candidates import CandidateService

KEY_LABEL = {"email": "email", "phone": "phone", "url": "profile URL", "github": "profile URL",
             "name": "name and city"}  # (name: a person an earlier import of the same file created)
KEY_FIELD = {"email": "email", "phone": "phone", "url": "linkedin_url", "github": "github_url"}  # a key's field
MERGED_INTO = "same person as row {row} (same {how}); merged into it"
SAME_SITE_ROW = "the same web site as another row, under another name"
SAME_SITE_CANDIDATE = "the same web site as an existing candidate, under another name"
SAME_NAME_SITE_ROW = "the same name and web site as another row, with another email and phone"
SAME_NAME_SITE_CANDIDATE = "the same name and web site as an existing candidate, with another email and phone"
SAME_PHONE_ROW = "the same phone as another row, under another name and email"
SAME_PHONE_CANDIDATE = "the same phone as an existing candidate, under another name and email"
# A known person's value the update policy keeps, where the row says otherwise (dedupe.kept_differences).
ROW_VALUE_KEPT = "row {row} has {current}, which is kept"
ANOTHER_PERSONS = ("this {how} is candidate {other}'s, and the row is candidate {this} (found by another of its "
                   "details); not given to it, kept in the notes")



class CandidateRun:
    def __init__(self, session: Session, candidates: CandidateService, batch_id: int, policy: str,
                 report: ImportReport, skip_erased: bool = True):
        self.session = session
        # Most databases have no erasures: then there is nothing to hash and look up per row.
        self.skip_erased = skip_erased and session.scalar(select(Tombstone.id).limit(1)) is not None
        self.candidates = candidates
        self.batch_id = batch_id
        self.policy = policy
        self.report = report
        self.items: dict[int, ImportItem] = {}  # updated candidate id -> its undo record
        self.headers_of: dict[str, str] = {}  # field -> its column's header (candidate_rows.field_headers)
        # Created by this import, then merged with a row of a later chunk: its version moved on already.
        self.merged_created: set[int] = set()
        # Known people (before this import) -> the fields an earlier row of the file gave them: a later row
        # for the same person fills what the file has not said yet, whatever the policy (the file's first
        # row for a person wins within the file, as for people it creates).
        self._given: dict[int, dict[str, int | None]] = {}  # (field -> the row that gave it)
        self._first_rows: dict[int, int] = {}  # known person -> the first row of the file that named them
        self._row_people: dict[int, int] = {}  # row -> the candidate (known before, or made here) it updated
        # Known people (before this import) the file named, changed or not: an undo of the import that created
        # them must not take them from under this one (stored as "named_range" runs by finish).
        self.named_known: set[int] = set()
        self._row_first: dict[int, int] = {}  # row -> the earlier row of the file whose new person it was
        # Candidates above this id were created by this import.
        self.max_existing_id = session.scalar(select(func.max(Candidate.id))) or 0
        self.similar_names = SimilarNames(session, self.max_existing_id, report.possible_duplicates)
        # Into an empty database (a first import, the big one) the people are looked up here, not with
        # three index probes a row: identity key -> id of the candidate this import created.
        self.created_keys: dict[str, int] | None = {} if self.max_existing_id == 0 else None
        self._chunk_keys: dict[str, int] = {}  # identity key -> candidate id, for the chunk being processed
        self.unchanged_rows: set[int] = set()  # see process
        self.imported_before = False  # the same file was imported before (importer.say_if_imported_before)
        self._this_files_runs: list[tuple[int, int]] | None = None  # see _made_from_this_file
        self._same_file_taken: set[int] = set()
        # Candidates whose search document is out of date after a merge: indexed again once, at the end.
        # Deleting from the index mid-import made SQLite's FTS5 write out its pending rows each time
        # (~13 ms a batch; 0.4 s of a 100,000-row import with a few dozen merges).
        self.reindex: set[int] = set()
        self._known: list[Candidate] = []  # the known people of the chunk being processed (_load_known)
        self.skills = KnownSkills(session)  # and their skills
        # Row number -> id of the candidate it created, in file order (16 bytes a row): the possible
        # duplicates name the records to compare (see finish).
        self._created_rows = array("q")
        self._created_ids = array("q")

    # ---- one chunk -------------------------------------------------------------------------------
    def process(self, rows: list[CandidateRow]) -> None:
        self.unchanged_rows = set()  # rows of this chunk that change nothing: their cells' warnings are stale
        if self.skip_erased:
            rows = self._drop_erased(rows)
        # People created by earlier chunks of this import are in the database (same transaction), so one
        # lookup finds both; ids above max_existing_id are this import's own. Into an empty database
        # they are all this import's own, and created_keys knows them.
        existing = find_existing(self.session, rows) if self.created_keys is None else self.created_keys
        self._chunk_keys = existing  # kept in step with what this chunk's merges change (_rekey)
        if self.created_keys is None:
            self._load_known(existing, rows)
        new_rows: list[CandidateRow] = []
        pending: dict[str, int] = {}
        touched: set[int] = set()
        page_only: set[int] = set()  # rows whose shared page matched someone else only
        site_shared: dict[int, tuple[str, int, str]] = {}  # such a row of a site of its own -> (kind, row or id, why)
        for row in rows:
            keys = keys_of(row)
            match = None
            for key in keys:
                if key in pending:
                    match = ("pending", pending[key], key)
                elif key in existing:
                    match = ("id", existing[key], key)
                theirs = (self._matched(match, new_rows) if match and key.startswith(("github:", "url:"))
                          and not strong_profile(key) else None)
                if match and (self._secondary(row, key) or (match[0] == "pending" and self._secondary(
                        new_rows[match[1]], key))) and self._told_apart(row, self._matched(match, new_rows)):
                    # A second address or number ("Email 2", "Teléfono 2") finds the person under it only if
                    # nothing says otherwise: Ana's and Luis's shared "info@acme.com" made them one.
                    match = None
                    continue
                if match and key.startswith("phone:") and self._another_person(row, self._matched(match, new_rows)):
                    # A switchboard two colleagues gave (or one number typed for two people): their names
                    # and emails say two; merged, one replaced the other under overwrite. Flagged to compare.
                    site_shared[id(row)] = (match[0], new_rows[match[1]].row if match[0] == "pending"
                                            else match[1], "phone")
                    match = None
                    continue
                if theirs is not None and self._someone_else(row, theirs, namesakes_apart=key.startswith("url:")):
                    if own_site(key):  # Nacho and Ignacio García, or one name with new addresses: worth a look
                        shared = self._site_sharers(row, theirs)
                        if shared is not None:
                            site_shared[id(row)] = (match[0], new_rows[match[1]].row if match[0] == "pending"
                                                    else match[1], shared)
                    match = None  # colleagues giving their company's page: their emails or names say two people
                    page_only.add(id(row))  # (found again, if so, by name: _drop_known_nameless)
                if match:
                    break
            if match is None:
                for key in keys:
                    pending[key] = len(new_rows)
                new_rows.append(row)
            elif match[0] == "pending":
                first = new_rows[match[1]]
                self._merge_into_new(first, row, match[2])
                for key in keys:
                    pending.setdefault(key, match[1])
            else:
                self._drop_others_keys(row, match[1], existing)
                self._same_file_taken.add(match[1])  # (not a namesake's record for a later row: _drop_known_nameless)
                if self._update_existing(match[1], row, match[2]):
                    touched.add(match[1])
        new_rows = self._drop_known_nameless(new_rows, page_only, touched)
        self.similar_names.flag(new_rows)
        if site_shared:
            self._flag_site_sharers(new_rows, site_shared)
        if new_rows:
            ids = self.candidates.bulk_insert(
                [r.values for r in new_rows],  # bulk_insert copies them and ignores keys that are not columns
                session=self.session, canonical_skills=[r.skills for r in new_rows])
            self._created_rows.extend(row.row for row in new_rows)
            self._created_ids.extend(ids)
            if self.created_keys is not None:
                for row, candidate_id in zip(new_rows, ids, strict=True):
                    for key in keys_of(row):
                        self.created_keys.setdefault(key, candidate_id)
            # Created ids come in runs: one undo record per run ("created_range", first id, last id).
            self.session.connection().execute(insert(ImportItem.__table__), [
                {"batch_id": self.batch_id, "entity": "candidate", "entity_id": first, "action": "created_range",
                 "before": {"last_id": last}} for first, last in id_runs(ids)])
            self.report.created += len(ids)
        if touched:
            self.session.flush()
            self.reindex.update(touched)

    def finish(self) -> None:
        """Index the candidates the import changed for search, and store the version after the import of
        each candidate it updated, and of each it created and then merged a later row into, so undo can
        tell later edits from the import's own."""
        self.session.flush()
        self._name_flagged_records()
        self._name_people_of_issues()
        if self.reindex:
            search_index.reindex(self.session.connection(), sorted(self.reindex))
        named = sorted(self.named_known - self.items.keys())  # (an updated one has its own record)
        if named:
            self.session.connection().execute(insert(ImportItem.__table__), [
                {"batch_id": self.batch_id, "entity": "candidate", "entity_id": first, "action": "named_range",
                 "before": {"last_id": last}} for first, last in id_runs(named)])
        if not self.items and not self.merged_created:
            return
        versions = dict(self.session.execute(select(Candidate.id, Candidate.version).where(
            Candidate.id.in_([*self.items, *self.merged_created]))).all())
        for candidate_id, item in self.items.items():
            item.before = {**item.before, "version": versions.get(candidate_id)}
        if self.merged_created:
            self._record_created_versions({i: versions[i] for i in self.merged_created if i in versions})
        self.session.flush()

    def _name_people_of_issues(self) -> None:
        """Which candidate each row a warning names made or updated (report.people): an erasure blanks the
        cells the import's kept report quotes of that person (a phone or an email that did not parse)."""
        rows = {warning.row for warning in self.report.warnings if warning.row is not None}
        if not rows:
            return
        wanted = rows | {self._row_first[row] for row in rows if row in self._row_first}
        created = {row: candidate_id for row, candidate_id in zip(self._created_rows, self._created_ids, strict=True)
                   if row in wanted}
        for row in rows:
            person = self._row_people.get(row) or created.get(row) or created.get(self._row_first.get(row))
            if person:
                self.report.people[row] = person

    def _name_flagged_records(self) -> None:
        """Give each possible duplicate the id of the candidate its row created ("new_id") and, for one like
        an earlier row, that row's ("other_id"): the report's Compare opens both."""
        flags = self.report.possible_duplicates
        if not flags:
            return
        wanted = {flag["row"] for flag in flags} | {flag["other_row"] for flag in flags if "other_row" in flag}
        ids = {row: candidate_id for row, candidate_id in zip(self._created_rows, self._created_ids, strict=True)
               if row in wanted}
        for flag in flags:
            flag["new_id"] = ids.get(flag["row"])
            if "other_row" in flag:
                flag["other_id"] = ids.get(flag["other_row"])

    def _record_created_versions(self, versions: dict[int, int]) -> None:
        """Add {"versions": {id: version}} to the created_range records holding those ids."""
        table = ImportItem.__table__
        connection = self.session.connection()
        ranges = connection.execute(select(table.c.id, table.c.entity_id, table.c.before).where(
            table.c.batch_id == self.batch_id, table.c.action == "created_range")).all()
        for item_id, first, before in ranges:
            inside = {str(i): v for i, v in versions.items() if first <= i <= before["last_id"]}
            if inside:
                connection.execute(table.update().where(table.c.id == item_id).values(
                    before={**before, "versions": inside}))

    # ---- erased people -----------------------------------------------------------------------------
    def _drop_erased(self, rows: list[CandidateRow]) -> list[CandidateRow]:
        """People who asked to be erased (GDPR) do not come back through an import: skip and say so."""
        hashes = {id(row): tombstones.identity_hashes(
            row.values.get("email"), row.values.get("phone"),
            urls=(row.values.get("linkedin_url"), row.values.get("github_url"))) for row in rows}
        erased = tombstones.known_hashes(self.session, {h for row_hashes in hashes.values() for h in row_hashes})
        if not erased:
            return rows
        kept = []
        for row in rows:
            if hashes[id(row)] & erased:
                self.report.skipped += 1
                self.report.warn(row.row, None, None, "this person was erased on request and is not imported again"
                                 " (use --include-erased to import them anyway)")
            else:
                kept.append(row)
        return kept

    # ---- duplicates --------------------------------------------------------------------------------
    def _drop_others_keys(self, row: CandidateRow, candidate_id: int, existing: dict[str, int]) -> None:
        """A row found as one person by its email whose phone (or profile) is another known person's: that
        value is not given to the first (two people would share it, and the next import would not know
        whom it means); it is said, and kept in the notes as written."""
        for key in identity_keys(row.values):
            other = existing.get(key)
            if other is None or other == candidate_id:
                continue
            field = KEY_FIELD[key.split(":", 1)[0]]
            if self.session.scalar(select(Candidate.id).where(
                    Candidate.id == candidate_id, Candidate.__table__.c[field] == row.values[field])):
                continue  # the person holds that value already (a company's page both gave, kept apart)
            value = row.values.pop(field)
            header = self.headers_of.get(field, field)
            self.report.warn(row.row, header, shown_value(value), ANOTHER_PERSONS.format(
                how=KEY_LABEL[key.split(":", 1)[0]], other=other, this=candidate_id))
            note = f"{header}: {shown_value(value)}"
            # (the header as the file wrote it: its control characters go, as the row's own notes' did)
            notes = f"{row.values['notes']}\n{note}" if row.values.get("notes") else note
            row.values["notes"] = normalize.long_text(notes)
            row.prepared = None

    def _matched(self, match: tuple, new_rows: list[CandidateRow]) -> dict[str, Any]:
        """The email, phone and name of the row or candidate a row was matched to."""
        if match[0] == "pending":
            return new_rows[match[1]].values
        return self.session.execute(select(Candidate.email, Candidate.phone, Candidate.first_name,
                                           Candidate.last_name).where(Candidate.id == match[1])).one()._asdict()

    @staticmethod
    def _someone_else(row: CandidateRow, theirs: dict[str, Any], namesakes_apart: bool = True) -> bool:
        """Whether the person a row was matched to by a page several may give is someone else: another
        name; the same name with another email and another phone (two namesakes applying to one ad:
        `namesakes_apart`; not on a GitHub page, a person's own, whose owner changed jobs); no name to
        compare, and another email. (A person's own site or GitHub page with a new email is theirs.)"""
        mine = row.values

        def differ(field: str) -> bool:
            return bool(mine.get(field) and theirs.get(field) and mine[field] != theirs[field])

        my_name, their_name = name_words(mine), name_words(theirs)
        if my_name and their_name:
            return not may_be_one_name(my_name, their_name) or (namesakes_apart and differ("email") and differ("phone"))
        return differ("email")

    @staticmethod
    def _secondary(row: CandidateRow, key: str) -> bool:
        """Whether a key is one of the row's other addresses or numbers (CandidateRow.also), or a value a second
        column gave ("Teléfono 2" filling an empty phone: Luis, with Ana's number there, was merged into her)."""
        return bool(row.also) and key in row.also

    @staticmethod
    def _told_apart(row: CandidateRow, theirs: dict[str, Any]) -> bool:
        """Whether two records met on a second address or number are two people: their names differ, or,
        without both names, their own emails or phones do (two nameless sign-ups sharing an info@)."""
        mine = row.values
        my_name, their_name = name_words(mine), name_words(theirs)
        if my_name and their_name:
            return not may_be_one_name(my_name, their_name)
        return any(mine.get(field) and theirs.get(field) and mine[field] != theirs[field] for field in ("email", "phone"))

    @staticmethod
    def _another_person(row: CandidateRow, theirs: dict[str, Any]) -> bool:
        """Whether the person a row was matched to by phone alone is someone else: another name and another
        email, both given on each side."""
        mine = row.values
        my_name, their_name = name_words(mine), name_words(theirs)
        return bool(my_name and their_name and not may_be_one_name(my_name, their_name)
                    and mine.get("email") and theirs.get("email") and mine["email"] != theirs["email"])

    @staticmethod
    def _site_sharers(row: CandidateRow, theirs: dict[str, Any]) -> str | None:
        """Why two rows kept apart on one site of its own are worth a look: "name" (one name, other email and
        phone: a move, or namesakes), "surname" (other names sharing a surname: Nacho and Ignacio García)."""
        my_words, their_words = name_words(row.values), name_words(theirs)
        if not (my_words and their_words):
            return None  # no name to compare: nothing to say of it
        if may_be_one_name(my_words, their_words):
            return "name"
        return "surname" if share_a_surname(row.values, theirs) else None

    def _flag_site_sharers(self, rows: list[CandidateRow], shared: dict[int, tuple[str, int]]) -> None:
        """A site of its own given by two names sharing a surname (Nacho García, Ignacio García): not merged
        (the names say two), flagged to compare, unless the names already were."""
        flags = self.report.possible_duplicates
        for row in rows:
            if id(row) not in shared:
                continue
            kind, other, why = shared[id(row)]
            key = "other_row" if kind == "pending" else "candidate_id"
            if any(flag["row"] == row.row and flag.get(key) == other for flag in flags):
                continue
            reason = {("pending", "surname"): SAME_SITE_ROW, ("id", "surname"): SAME_SITE_CANDIDATE,
                      ("pending", "name"): SAME_NAME_SITE_ROW, ("id", "name"): SAME_NAME_SITE_CANDIDATE,
                      ("pending", "phone"): SAME_PHONE_ROW, ("id", "phone"): SAME_PHONE_CANDIDATE}[kind, why]
            flags.append({"row": row.row, "name": row.display_name, "city": row.values.get("city"), key: other,
                          "reason": reason})

    def _keep_other_identity(self, row: CandidateRow, kept: dict[str, Any]) -> None:
        """A row merged into a person by one shared key (an office phone two colleagues gave) whose name or
        email says someone else: the name and email the person keeps stand, and the row's go to the notes
        with their columns' names, so that no one is lost from the database (the report says why)."""
        lines = []
        theirs, mine = name_words(row.values), name_words(kept)
        # (one person's name written with initials adds nothing: "Mª José", "Ruiz-Gil", "Ana G."; "Ana" and
        # "Anabel", "Fran" and "Francisca" may be two people, and a line in the notes costs nothing)
        if theirs and mine and not one_name_with_initials(theirs, mine):
            lines.append(f"{self.headers_of.get('first_name', 'Name')}: {row.display_name}")
        for field in ("email", "phone", "linkedin_url"):
            value = row.values.get(field)
            if value and kept.get(field) and url_key(value) != url_key(kept[field]):
                lines.append(f"{self.headers_of.get(field, field)}: {value}")
        if lines:
            notes = "\n".join(part for part in (row.values.get("notes"), *lines) if part)
            row.values["notes"] = normalize.long_text(notes)  # (headers as written: as _drop_others_keys)
            row.prepared = None

    def _merge_into_new(self, first: CandidateRow, row: CandidateRow, key: str) -> None:
        how = KEY_LABEL[key.split(":", 1)[0]]
        self._row_first[row.row] = first.row  # (the person that row creates is this one's too)
        if self.policy == "skip":
            self.report.skipped += 1
            self.report.warn(row.row, None, row.display_name, f"same person as row {first.row} (same {how}); skipped")
            return
        # Within the file the first row wins, whatever the policy (which is about the database's values)
        self._keep_other_identity(row, first.values)
        changes = merge_changes(first.values, row.values, "update")
        for field, kept, other in kept_differences(first.values, row.values, "update"):
            self.report.warn(row.row, self.headers_of.get(field, field), shown_value(other),
                             ROW_VALUE_KEPT.format(row=first.row, current=shown_value(kept)))
        first.values.update(changes)
        # The row's addresses and numbers the first did not take find the person too.
        first.also = tuple(dict.fromkeys((*first.also, *row.also, *(key for key in keys_of(row) if key.startswith(("email:", "phone:"))))))
        first.prepared = None  # its values changed: work out again what derives from them
        add_skills(first.skills, row.skills)  # the row's own list: the parser builds one a row
        self.report.merged += 1
        self.report.warn(row.row, None, row.display_name, MERGED_INTO.format(row=first.row, how=how))

    def _update_existing(self, candidate_id: int, row: CandidateRow, key: str) -> bool:
        how = KEY_LABEL[key.split(":", 1)[0]]
        created_here = candidate_id > self.max_existing_id
        in_file = created_here or candidate_id in self.items or candidate_id in self._given
        self._row_people[row.row] = candidate_id
        if not created_here:
            self._first_rows.setdefault(candidate_id, row.row)
            self.named_known.add(candidate_id)
        if self.policy == "skip":
            if row.values.get("status") == CandidateStatus.DO_NOT_CONTACT:  # (consent: said, whatever the policy)
                self._say_status(row, self.session.scalar(select(Candidate.status).where(Candidate.id == candidate_id)),
                                 taken=False)
            self.report.skipped += 1
            if in_file:
                self.report.warn(row.row, None, row.display_name, f"same person as an earlier row (same {how}); skipped")
            else:
                self.unchanged_rows.add(row.row)
            return False
        candidate = self.session.get(Candidate, candidate_id)
        current = {field: getattr(candidate, field) for field in MERGE_FIELDS}
        if row.also and row.values.get("notes"):  # ("Email 2: ..." holding the address the person has)
            row.values["notes"] = without_stored_contacts(row.values["notes"], current)
        if self.policy == "update":
            self._keep_other_identity(row, current)
        # What an earlier row of the file said of this person stays (the first row wins within the file);
        # the policy decides between the file and what the database held before.
        given = (dict.fromkeys(MERGE_FIELDS, 0) if created_here  # (0: the row that created them, found if said)
                 else self._given.setdefault(candidate_id, {}))
        changes, kept = {}, []
        for policy, fields in (("update", [f for f in MERGE_FIELDS if f in given]),
                               (self.policy, [f for f in MERGE_FIELDS if f not in given])):
            if fields:
                mine, theirs = {f: current[f] for f in fields}, {f: row.values[f] for f in fields if f in row.values}
                changes.update(merge_changes(mine, theirs, policy))
                kept += [(field, value, other, given.get(field)) for field, value, other in
                         kept_differences(mine, theirs, policy)]
        one_salary_range(changes, current, row.values)  # (its two ends may fall to the two policies above)
        self._say_status(row, current["status"], taken="status" in changes)
        said_from = len(self.report.warnings)
        for field, value, other, from_row in kept:  # an earlier row's value, or the database's
            column, shown, current_shown = self.headers_of.get(field, field), shown_value(other), shown_value(value)
            if from_row is None:
                self.report.warn(row.row, column, shown, DB_VALUE_KEPT.format(current=current_shown))
            else:
                earlier = from_row or self._created_rows[self._created_ids.index(candidate_id)]
                self.report.warn(row.row, column, shown, ROW_VALUE_KEPT.format(row=earlier, current=current_shown))
        if not created_here:
            # The row the record's value now comes from; None where the policy kept the database's value
            # over this row's (a later row's difference is then the database's, not this row's).
            refused = {field for field, _value, _other, from_row in kept if from_row is None} - set(changes)
            for field in MERGE_FIELDS:
                if row.values.get(field) not in (None, ""):
                    given.setdefault(field, None if field in refused else row.row)
        if changes.get("email") and self.session.scalar(
                select(Candidate.id).where(Candidate.email == changes["email"], Candidate.id != candidate_id)):
            self.report.warn(row.row, "email", changes.pop("email"), "this email belongs to another candidate; not changed")
        skill_changes = self.skills.changes(candidate_id, row.skills, "update" if "skills" in given else self.policy)
        if not created_here and row.skills:
            given.setdefault("skills", row.row)
        if not changes and not skill_changes:
            if (in_file and self.imported_before and self.policy != "overwrite"  # (which a user would watch)
                    and not (created_here or candidate_id in self.items)):
                # the file imported again: a repeat of a person its first row left as they were says nothing
                del self.report.warnings[said_from:]
                self.report.skipped += 1
                self.unchanged_rows.add(row.row)
            elif in_file:
                self.report.merged += 1
                self._say_repeat(candidate_id, row, how)
            else:
                self.report.skipped += 1  # already up to date
                self.unchanged_rows.add(row.row)
            return False
        if created_here:
            self.report.merged += 1
            self.report.warn(row.row, None, row.display_name, f"same person as an earlier row (same {how}); merged")
            self.merged_created.add(candidate_id)
        else:
            counted = candidate_id in self.items  # an earlier row of the file updated them: counted there
            self._record_before(candidate, current, changes, skill_changes)
            if in_file:
                self.report.merged += counted  # (else this row is the one that updated them)
                self._say_repeat(candidate_id, row, how)
        for field, value in changes.items():
            setattr(candidate, field, value)
        # An overwritten email, phone or URL no longer finds this person, and the new one does: a later row
        # with the old address is someone else (it overwrote them, and the next import created them again).
        self._rekey(self._chunk_keys, candidate_id, current, {**current, **changes})
        if skill_changes:
            self.skills.apply(candidate_id, skill_changes)
            candidate.updated_at = utcnow()  # a skills-only change still moves version and timestamp
        return True

    def _say_status(self, row: CandidateRow, current: Any, taken: bool) -> None:
        """What the report says of the row's status beside the person's (status_rule.said_of_status)."""
        said = said_of_status(current, row.values.get("status"), self.policy, taken)
        if said is not None:
            self.report.warn(row.row, self.headers_of.get("status", "status"), shown_value(row.values["status"]), said)

    def _say_repeat(self, candidate_id: int, row: CandidateRow, how: str) -> None:
        """A known person's later row in the file: said with the row that met them first."""
        first = self._first_rows.get(candidate_id)
        if first is not None and first != row.row:
            self.report.warn(row.row, None, row.display_name, MERGED_INTO.format(row=first, how=how))

    @staticmethod
    def _rekey(keys: dict[str, int], candidate_id: int, before: dict[str, Any], after: dict[str, Any]) -> None:
        """A merge changed who a candidate is (a filled or overwritten email, phone or URL): find them by
        what the database now holds, as a database lookup would."""
        for key in identity_keys(before):
            if keys.get(key) == candidate_id:
                del keys[key]
        for key in identity_keys(after):
            keys.setdefault(key, candidate_id)

    def _load_known(self, existing: dict[str, int], rows: list[CandidateRow]) -> None:
        """The known people this chunk's rows name, and their skills, in two queries: a file imported again
        (every row someone known) took three queries a row, 2.5 times as long as the first import."""
        ids = sorted({existing[key] for row in rows for key in keys_of(row)
                      if key in existing and existing[key] <= self.max_existing_id})
        self._known = []  # (held here: the session's identity map keeps only what is referenced)
        for start in range(0, len(ids), 500):
            self._known += self.session.scalars(select(Candidate).where(Candidate.id.in_(ids[start:start + 500]))).all()
        self.skills.load(ids)

    def _record_before(self, candidate: Candidate, current: dict, changes: dict, skill_changes: dict | None) -> None:
        candidate_id = candidate.id
        item = self.items.get(candidate_id)
        if item is None:
            # Timestamp and version too: undo puts the record back exactly as it was.
            fields = {"updated_at": jsonvalues.dump(candidate.updated_at), "version": candidate.version}
            item = ImportItem(batch_id=self.batch_id, entity="candidate", entity_id=candidate_id, action="updated",
                              before={"fields": fields, "skills_added": [], "skills_before": None})
            self.session.add(item)
            self.items[candidate_id] = item
            self.report.updated += 1
        before = {**item.before, "fields": dict(item.before["fields"])}
        for field in changes:
            before["fields"].setdefault(field, jsonvalues.dump(current[field]))
        if skill_changes:
            if "replace" in skill_changes and before["skills_before"] is None:
                # Links an earlier row of this import added are not part of the state before it.
                before["skills_before"] = [[sid, y] for sid, y in skill_changes["before"]
                                           if sid not in before["skills_added"]]
            before["skills_added"] = [*before["skills_added"], *skill_changes.get("add", [])]
        item.before = before

    # ---- new people -----------------------------------------------------------------------------
    def _drop_known_nameless(self, rows: list[CandidateRow], page_only: set[int],
                             touched: set[int]) -> list[CandidateRow]:
        """A row with only a name (or a shared page that said nothing: `page_only`) whose exact name and city
        exist and that brings nothing new is skipped (so importing the same file twice creates nothing); one
        an earlier import of this same file created is that person, whatever the row brings now (the file
        imported again with a column mapped otherwise, an email column too); otherwise it is created and
        flagged."""
        if self.max_existing_id == 0:
            return rows  # nothing in the database to compare with
        by_name = {id(r) for r in rows if not keys_of(r) or id(r) in page_only}
        # The same file again: any row (one whose newly mapped email or phone no one has) may be one it made.
        looked_up = [r for r in rows if self.imported_before or id(r) in by_name]
        if not looked_up:
            return rows
        similar = same_name_in_db(self.session, looked_up, self.max_existing_id)
        keep = []
        for row in rows:
            ids = similar.get(name_key(row.values), []) if self.imported_before or id(row) in by_name else []
            # Any of the namesakes: the row may be one of two people of that name, not the first.
            same = next((candidate_id for candidate_id in ids if id(row) in by_name
                         and self._brings_nothing(candidate_id, row)), None)
            if same is not None:
                self.named_known.add(same)
                self.report.skipped += 1
                self.unchanged_rows.add(row.row)
                self.report.warn(row.row, None, row.display_name,
                                 f"already in the database as candidate {same} (same name and city, nothing new)")
                continue
            mine = next((candidate_id for candidate_id in ids if candidate_id not in self._same_file_taken
                         and self._made_from_this_file(candidate_id)), None)
            if mine is not None:  # (two namesakes of the file: the first row the first record, and so on)
                self._same_file_taken.add(mine)
                if self._update_existing(mine, row, "name:"):
                    touched.add(mine)
                continue
            keep.append(row)
        return keep

    def _made_from_this_file(self, candidate_id: int) -> bool:
        """Whether an earlier import (not undone) of a file of the same bytes created this person."""
        if self._this_files_runs is None:
            sha = select(ImportBatch.file_sha256).where(ImportBatch.id == self.batch_id).scalar_subquery()
            self._this_files_runs = [
                (entity_id, (before or {}).get("last_id", entity_id) if action == "created_range" else entity_id)
                for entity_id, action, before in self.session.execute(
                    select(ImportItem.entity_id, ImportItem.action, ImportItem.before)
                    .join(ImportBatch, ImportBatch.id == ImportItem.batch_id)
                    .where(ImportBatch.file_sha256 == sha, ImportBatch.id != self.batch_id,
                           ImportBatch.status == "committed", ImportItem.entity == "candidate",
                           ImportItem.action.in_(("created", "created_range"))))]
        return any(first <= candidate_id <= last for first, last in self._this_files_runs)

    def _brings_nothing(self, candidate_id: int, row: CandidateRow) -> bool:
        candidate = self.session.get(Candidate, candidate_id)
        email = row.values.get("email")
        if email and candidate.email and email != candidate.email:
            return False  # another address: someone else of that name, or the person's new one
        current = {field: getattr(candidate, field) for field in MERGE_FIELDS}
        return not merge_changes(current, row.values, "update") and not self.skills.changes(candidate_id, row.skills, "update")


_PHONE_TEXT = re.compile(r"[\d\s+().-]{6,}")


def without_stored_contacts(notes: str, stored: dict[str, Any]) -> str | None:
    """A row's notes without the lines that hold a second column's address or number the person has stored
    already ("Email 2: maria@gmail.com" beside her stored maria@gmail.com: the note said nothing new)."""
    def known(value: str) -> bool:
        value = value.strip()
        if "@" in value and " " not in value:
            return value.lower() == (stored.get("email") or "").lower()
        if stored.get("phone") and _PHONE_TEXT.fullmatch(value):
            try:
                return normalize.phone(value) == stored["phone"]
            except ValueError:
                return False
        return False

    lines = [line for line in notes.split("\n") if not ((found := line.partition(": "))[1] and known(found[2]))]
    return "\n".join(lines) or None


def id_runs(ids: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for candidate_id in sorted(ids):
        if runs and runs[-1][1] == candidate_id - 1:
            runs[-1] = (runs[-1][0], candidate_id)
        else:
            runs.append((candidate_id, candidate_id))
    return runs
