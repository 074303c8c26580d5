"""`crm import pipeline FILE`: candidate (email, or name: pipeline_people) + role (reference, or title
and client: role_lookup) + stage (Spanish or English) + date + comment -> applications and their stage
history."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm.domain import Application, Candidate, ImportItem, RejectionReason, Stage, StageChange
from crm.domain import normalize as norm
from crm.domain.base import utcnow
from crm.domain.enums import StageKind
from crm.importing import jsonvalues
from crm.importing import values as parse
from crm.importing.importer import ImportOptions
from crm.importing.mapping import STAGE_DATES
from crm.importing.pipeline_ends import RowEnds, Step
from crm.importing.pipeline_people import (
    TWO_EMAILS,
    names_index,
    row_name,
    whose_row,
)
from crm.importing.report import ImportReport
from crm.importing.role_lookup import (
    NO_ROLE_COLUMN,
    SHEET_ROLE,
    KnownRole,
    folded_text,
    known_roles,
    role_by_reference,
    row_role,
    rows_role,
)
from crm.importing.stage_columns import StageMatch, match_stage, stage_days
from crm.importing.stage_words import reason_meant
from crm.importing.step_dates import (
    NEAR_FILE_ROW_UNREAD,
    NEAR_OWN_ROW,
    NEAR_OWN_ROW_UNREAD,
    NEAR_ROW,
    NEAR_ROW_UNREAD,
    NO_DATED_ROW,
    NO_DATED_ROW_UNREAD,
    NO_DATES,
    UNREAD_NOTHING_NEW,
    UNREAD_WRITTEN_ON,
    dated_by_neighbours,
    listing_order,
    nearest_dated_row,
    step_moment,
)
from crm.importing.tabular import record, run_tabular, with_lines
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress
from crm.services.submission_guard import submitted_stage_ids

PIPELINE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "email": ("Candidate email", ("email", "email candidato", "correo", "candidate email", "e mail",
                                  "correo candidato")),
    # A tracker without addresses names its people (pipeline_people): used when a row has no email.
    "name": ("Candidate name", ("candidato", "candidate", "nombre", "nombre candidato", "candidate name",
                                "nombre y apellidos", "nombre completo", "full name", "name", "first name")),
    # A sheet keeping the surname apart ("Nombre", "Apellidos"; "First name", "Last name"): joined to the name.
    "last_name": ("Candidate surname", ("apellidos", "apellido", "last name", "surname", "family name",
                                        "primer apellido", "apellido 1")),
    "reference": ("Role reference", ("ref vacante", "reference", "referencia", "vacante", "ref", "role",
                                     "role reference", "job", "proceso", "codigo vacante",
                                     # English ATS exports name the opening a requisition
                                     "requisition", "requisition id", "req id", "req", "job requisition",
                                     "opening id",
                                     # Lever names the job a posting: its id (the role's title follows, when no
                                     # reference of ours)
                                     "posting id",
                                     # InfoJobs' applicants: the job ad's code
                                     "codigo de oferta", "codigo oferta", "id oferta", "ref oferta",
                                     "referencia oferta", "referencia de la oferta")),
    # A tracker without references names the role by its title, and often its client.
    "title": ("Role title", ("puesto", "posicion", "position", "job title", "titulo", "titulo del puesto",
                             "role title", "puesto vacante", "nombre vacante", "vacancy",
                             # Lever: the posting applied to is the role ("Posting", "Posting Title")
                             "posting title", "posting", "posting name", "job name", "nombre de la vacante")),
    "client": ("Client", ("cliente", "client", "empresa", "company", "empresa cliente", "cuenta", "account")),
    "stage": ("Stage", ("estado", "stage", "etapa", "fase", "status", "paso",
                        # InfoJobs' "Estado del proceso" (not the process's reference: "proceso")
                        "estado del proceso", "estado proceso", "estado de la candidatura", "estado candidatura",
                        "estado de la inscripcion", "estado inscripcion", "fase del proceso")),
    "date": ("Date", ("fecha", "date", "when", "dia", "fecha cambio", "fecha de cambio", "fecha del cambio",
                      "fecha fase", "fecha de fase", "fecha de la fase", "fecha etapa", "fecha de etapa",
                      "fecha de la etapa", "fecha estado", "fecha de estado", "fecha del estado", "stage date",
                      "status date", "ultima actualizacion", "fecha actualizacion", "fecha de actualizacion",
                      "last update", "last updated", "updated",
                      # ATS exports: when the application last moved (Greenhouse, Lever "Last Advanced At (GMT)")
                      "last activity", "last activity date", "last advanced", "last advanced at", "stage changed",
                      "stage changed at", "last stage change", "moved at", "date moved")),
    # A column per stage ("Contactado", "Fecha entrevista", "Oferta"), holding the day the stage was reached:
    # found by its header's stage words (mapping._names_a_stage), not by synonyms.
    STAGE_DATES: ("Date the column's stage was reached", ()),
    "comment": ("Comment", ("comentario", "comment", "comments", "comentarios", "notes", "note", "notas",
                            "observaciones", "nota", "remarks",
                            "feedback", "motivo", "motivo de descarte", "motivo descarte",
                            "reason", "razon")),
    # When the application started (Greenhouse "Applied On"): its first step, in the first stage.
    "applied_on": ("Applied on", ("applied on", "applied at", "date applied", "applied date", "application date",
                                  "fecha de inscripcion", "fecha inscripcion", "fecha de candidatura",
                                  "fecha candidatura")),
    # Whether the process goes on (Greenhouse "Status": Active, Rejected; Workable's): a rejected one ended.
    # (A lone "Status" column is the stage, as trackers write it: the stage field has that word.)
    "status": ("Application status", ("application status", "outcome", "resultado")),
    # The process ended: why (Greenhouse "Rejection Reason", Lever "Archive Reason"), and when (Lever
    # "Archived At (GMT)"). Either means the application is rejected.
    "rejection_reason": ("Rejection reason", ("rejection reason", "archive reason", "archived reason",
                                              "disqualification reason", "reason for rejection", "rejected reason",
                                              "reject reason")),
    "archived_at": ("Rejected on", ("archived at", "archived on", "archive date", "archived date", "date archived",
                                    "rejected at", "rejected on", "rejection date", "date rejected", "disqualified at",
                                    "disqualified on")),
    # Where the job is (Indeed's "job location"): not the role's reference; among roles of the same title,
    # the one there.
    "location": ("Role location", ("job location", "posting location", "role location", "work location",
                                   "ubicacion vacante", "ubicacion del puesto")),
}

# The rejection reason of who ended the process (stage_words.REJECTED_BY: by the stage words).
_REASON_OF = {"client": "Rejected by client", "candidate": "Candidate withdrew"}
_BY_REASON = {label: by for by, label in _REASON_OF.items()}


def import_pipeline(store: Store, path: str | Path, options: ImportOptions | None = None,
                    progress: Progress = no_progress, token: CancelToken | None = None) -> ImportReport:
    """`options.role`: the reference of the role the rows that name none are for (a sheet per process);
    without it, the role the sheet's name names, if one does."""
    options = options or ImportOptions()
    rows = functools.partial(_PipelineRows, role=options.role)
    return run_tabular(store, "pipeline", path, PIPELINE_FIELDS, rows, options, progress, token)


OLDER_THAN_CURRENT = "older than the application's current stage: added to its history, the stage is not changed"
BACK_SAME_DAY = "moved back from {stage}, reached the same day, as the file lists the day's rows: check their order"
NOT_MOVED_BACK = "no date, and the application is further on already ({stage}): not moved back"
NO_STAGE = "the row gives no stage"
APPLIED_AFTER = "later than the day the row gives its stage ({column}); not recorded"
FURTHER_THAN_NEXT = ("older than the application's current stage, and further on than the step after it ({stage}): "
                     "not added to its history")
_UNDATED = datetime.max.replace(tzinfo=UTC)  # where an undated step sorts among its row's steps


def _given(raw: dict[str, Any], field: str, instead: str) -> str:
    """The field a refused row is reported under: `field` if the row gave it, else the one it gave instead."""
    return field if field in raw or instead not in raw else instead


class _PipelineRows(RowEnds):
    def __init__(self, session, batch_id: int, report: ImportReport, policy: str, day_first: bool = True,
                 role: str | None = None):
        self.session, self.batch_id, self.report, self.policy = session, batch_id, report, policy
        self.day_first = day_first
        self.stages = list(session.scalars(select(Stage).order_by(Stage.position)))
        self.position = {stage.id: at for at, stage in enumerate(self.stages)}  # stage id -> its place in order
        self.listing = 0  # how the file lists a process's steps (step_dates.listing_order), known once all are read
        self.wrote_on = False  # the step last applied only wrote its comment on a line the history had (_apply)
        # The day an application first reaches one is its "submitted on" (the shortlist's "Presentado el").
        self.submitted_stages = submitted_stage_ids(session)
        self.roles = known_roles(session)
        self.chosen_role = role_by_reference(self.roles, role) if role else None  # refused now if unknown
        self.sheet_role: KnownRole | None = None  # rows that name no role are its (decided on the first row)
        self.role_decided = False
        self.names: dict[str, list[int]] | None = None
        self.apps: dict[int, Any] = {}  # application id -> its undo item
        self.created: set[Application] = set()  # applications this import created
        self.pending: list[tuple[str, Any, str]] = []  # rows added since the last flush, for their undo records
        self.reasons: dict[str, int | None] = {}  # rejection reason label -> id
        self.reason_labels: list[str] | None = None  # the configured ones (_reason_labels)
        self.emails: dict[str, int | None] = {}  # candidate email -> id, as looked up
        self.steps: list[Step] = []  # the rows read, applied at the end in date order (_apply_steps)
        self.snapshot: set[tuple[int, int]] = set()  # applications the file gives one row (_apply_steps)
        self.dated_today: set[int] = set()  # rows with no date cell and no dated row beside them (NO_DATES)

    def _by_email(self, email: str) -> int | None:
        if email not in self.emails:  # a tracker names its people again and again
            self.emails[email] = self.session.scalar(select(Candidate.id).where(Candidate.email == email))
        return self.emails[email]

    def _by_name(self, key: str) -> list[int]:
        if self.names is None:  # read once, and only for a file that names people without an address
            self.names = names_index(self.session)
        return self.names.get(key, [])

    def stage_for(self, raw: str) -> StageMatch:
        return match_stage(raw, self.stages)

    adds_up: dict[str, str] = {}

    def handle(self, row: int, raw: dict[str, Any], columns: dict[str, str], also: list[str]) -> None:
        def reject(field: str, reason: str) -> None:
            self.report.reject(row, columns.get(field, field), parse.as_text(raw.get(field)), reason)

        try:
            candidate_id, two = whose_row(raw.get("email"), row_name(raw), self._by_email, self._by_name)
        except parse.Unparsed as exc:
            return reject(_given(raw, "email", "name"), str(exc))
        if two:
            self.report.warn(row, columns.get("email"), parse.as_text(raw.get("email")), TWO_EMAILS)
        if not self.role_decided:
            self._decide_role(columns)
        named = [parse.as_text(raw.get(f)) for f in ("reference", "title", "client")]
        try:
            role_id = row_role(self.roles, self.sheet_role, *named).id
        except parse.Unparsed as exc:
            there = self._roles_at(parse.as_text(raw.get("location")))
            try:  # of several roles so titled, the one where the job is (Indeed's "job location")
                role_id = row_role(there, self.sheet_role, *named).id if there else None
            except parse.Unparsed:
                role_id = None
            if role_id is None:
                return reject(_given(raw, "reference", "title"), str(exc))
        self.steps.extend(self._row_steps(row, raw, columns, also, candidate_id, role_id) or ())

    def _roles_at(self, location: str | None) -> list[KnownRole]:
        """The roles whose location is this one (case and accents aside); none for no location."""
        place = folded_text(location)
        return [role for role in self.roles if place and role.location == place]

    def _row_steps(self, row: int, raw: dict[str, Any], columns: dict[str, str], also: list[str],
                   candidate_id: int, role_id: int) -> list[Step] | None:
        """The stages a row moves its application to: its stage column's (on its date, else today), and,
        in a sheet kept as a column per stage, each stage it reached on its day; None when refused."""
        def reject(field: str, reason: str) -> None:
            self.report.reject(row, columns.get(field, field), parse.as_text(raw.get(field)), reason)

        reached, problems = stage_days(raw.get(STAGE_DATES, ()), self.stages, self.day_first)
        for header, text, reason in problems:
            self.report.warn(row, header, text, reason)
        # A column per stage: each stage the row reached, on its day (a mere mark: the row's latest day).
        ended = [r for r in reached if r.ended]  # "Disqualified: true": the process ended, on no day of its own
        reached = [r for r in reached if not r.ended]
        steps = [Step(row, candidate_id, role_id, r.stage, r.folded,
                       r.at or (datetime.combine(r.day, time(12), tzinfo=UTC) if r.day else None),
                       None, r.header, r.text, undated=r.day is None, rejected_by=r.by)
                 for r in reached]
        if raw.get("stage") is not None or not reached:  # after them: on the same day, the stage column says last
            try:
                listed_only = raw.get("stage") is None and STAGE_DATES in columns  # listed, no stage reached
                if listed_only:  # the first stage, for an application the import creates
                    match = StageMatch(self.stages[0], norm.fold(self.stages[0].name))
                elif not parse.as_text(raw.get("stage")):
                    raise parse.Unparsed(NO_STAGE)
                else:
                    match = self.stage_for(parse.as_text(raw.get("stage")))
            except parse.Unparsed as exc:
                return reject("stage", str(exc))
            when, problem = None, None
            if raw.get("date") is not None:
                try:
                    when = step_moment(raw["date"], self.day_first)
                except parse.Unparsed as exc:
                    problem = str(exc)
            note = norm.long_text(match.note)  # the stage cell as written
            steps.append(Step(row, candidate_id, role_id, match.stage, match.folded, when, note,
                               columns.get("date"), parse.as_text(raw.get("date")), listed_only, problem,
                               when is None, when is None and problem is None and "date" in columns, match.by))
        steps = self._ended(row, raw, columns, steps, ended[0] if ended else None, candidate_id, role_id)
        opening = self._opening(row, raw, columns, candidate_id, role_id)
        later = [step for step in steps if step.when is not None and opening is not None and step.when < opening.when]
        if later:  # the row says it reached a stage before it applied: its "Applied On" is not recorded, said
            self.report.warn(row, opening.date_column, opening.date_text,
                             APPLIED_AFTER.format(column=later[0].date_column or columns.get("date", "")))
        elif opening is not None:
            steps = [opening, *self._after_opening(opening, steps)]
        # The comment goes with the row's latest step; a second comment column ("Feedback cliente") with it,
        # and a date that could not be read, as written ("Fecha: la semana pasada": the step took another day).
        unread = [f"{columns['date']}: {parse.as_text(raw['date'])}"] if any(s.date_problem for s in steps) else []
        # (Cells and headers as written: a NUL among them failed the import on PostgreSQL, an escape sequence
        # was stored in the history's note to colour the CLI.)
        comment = norm.long_text(with_lines(parse.as_text(raw.get("comment")), [*also, *unread]))
        last = max(range(len(steps)), key=lambda at: (*self._order(steps[at]), at))  # as _apply_steps orders them
        # (an undated step counts as the row's last: it takes the day of a row before it)
        # A rejection's reason in the stage cell ("Descartado por cliente - salario") comes first.
        steps[last] = steps[last]._replace(comment=with_lines(steps[last].comment, [comment] if comment else []))
        return steps

    def _decide_role(self, columns: dict[str, str]) -> None:
        """The role of rows that name none (role_lookup.rows_role); said in the report when the sheet's
        name chose it. A sheet with no role column and no such role is refused whole, before it writes."""
        role_columns = "reference" in columns or "title" in columns
        self.sheet_role = rows_role(self.roles, self.chosen_role, self.report.sheet, role_columns)
        self.role_decided = True
        if self.sheet_role is None and not role_columns:
            raise ValueError(NO_ROLE_COLUMN)
        if self.sheet_role is not None and self.chosen_role is None:
            self.report.warn(None, None, None, SHEET_ROLE.format(reference=self.sheet_role.reference,
                                                                 title=self.sheet_role.name))

    def _apply_steps(self, progress: Progress, token: CancelToken | None) -> None:
        """A tracker kept as a log (a row a change, newest first as often as oldest first): each
        application's rows in date order (on the same day, in the order of the stages, then of the file), so
        that it ends in its latest stage and its history reads forwards. The database is written in batches
        (a flush a row made 40,000 rows take minutes)."""
        by_application: dict[tuple[int, int], list[Step]] = {}
        for step in self.steps:
            by_application.setdefault((step.candidate_id, step.role_id), []).append(step)
        self._load_applications({role_id for _candidate_id, role_id in by_application})
        self.snapshot = {key for key, steps in by_application.items() if len({step.row for step in steps}) == 1}
        self.listing = listing_order(by_application.values())
        # Every step with a day of its own, in file order: a step whose date cell cannot be read and whose
        # application has no other dated row takes the nearest such row's day (a log's rows are in time
        # order), not the import's (31/02 in a January-June log was a movement of December).
        self._file_days = sorted((step.row, step.when) for step in self.steps if step.when is not None)
        rows, done, applied = set(), set(), 0
        with self.session.no_autoflush:
            for steps in by_application.values():
                changed_by: set[int] = set()  # the rows that changed this application
                for step, said in sorted(self._dated(steps), key=lambda dated: self._order(dated[0])):
                    rows.add(step.row)
                    self.wrote_on = False
                    changed = self._apply(step)
                    if changed:
                        done.add(step.row)
                        changed_by.add(step.row)
                    if said is not None:  # how the step was dated, or, if it changed nothing, that it did not
                        if step.date_problem and (self.wrote_on or not changed):
                            said = (UNREAD_WRITTEN_ON if changed else UNREAD_NOTHING_NEW).format(problem=step.date_problem)
                        self.report.warn(step.row, step.date_column, step.date_text, said)
                    applied += 1
                    if applied % 500 == 0:
                        if token is not None:
                            token.raise_if_cancelled()
                        self._flush_pending()
                        progress(applied, len(self.steps), "applying")
                # Its first row counts as created or updated; a log's later rows as steps of the same
                # application, so that every row of the file is counted once.
                self.report.merged += max(len(changed_by) - 1, 0)
        self._flush_pending()
        self.dated_today &= done  # said of the rows that changed something on today's date
        if self.dated_today:
            self.report.warn(None, None, None, NO_DATES.format(count=len(self.dated_today)))
        self.report.skipped += len(rows - done)  # rows that changed nothing: the same file again, the policy

    def _order(self, step: Step) -> tuple[datetime, int, int]:
        """Steps in date order; on the same day (and time), in the file's order when it lists each process
        oldest first, its reverse when newest first (step_dates.listing_order), else in the order of the
        stages; a row's steps (a column per stage) in the order of the stages."""
        return step.when or _UNDATED, (step.dated_as or step.row) * self.listing, self.position.get(step.stage.id, 0)

    def _dated(self, steps: list[Step]) -> list[tuple[Step, str | None]]:
        """One application's steps with a day each (step_dates), each with what to say of its day: for a step
        the file gave none (but a row that only lists the candidate); rows with no date cell at all dated
        today are counted, and said once (finish)."""
        dated = []
        for step, source in dated_by_neighbours(steps):
            if step.undated and source is None and step.date_problem is not None:
                near = nearest_dated_row(self._file_days, step.row)
                if near is not None:
                    step = step._replace(when=near[1], dated_as=near[0])
                    dated.append((step, NEAR_FILE_ROW_UNREAD.format(problem=step.date_problem, row=near[0])))
                    continue
            if step.undated and source is None:
                step = step._replace(when=utcnow(), dated_today=True)
            elif source is not None:
                step = step._replace(dated_as=source.row)
            reason = None
            if step.undated and not step.listed_only and not step.ending:  # (an end: its row's stage says it)
                problem = step.date_problem
                if source is not None and source.row == step.row:  # another date of the row ("Applied On")
                    reason = (NEAR_OWN_ROW.format(column=source.date_column) if problem is None
                              else NEAR_OWN_ROW_UNREAD.format(problem=problem, column=source.date_column))
                elif source is not None:
                    reason = (NEAR_ROW.format(row=source.row) if problem is None
                              else NEAR_ROW_UNREAD.format(problem=problem, row=source.row))
                elif problem is not None:
                    reason = NO_DATED_ROW_UNREAD.format(problem=problem)
                elif step.blank_date:
                    reason = NO_DATED_ROW
                else:
                    self.dated_today.add(step.row)
            dated.append((step, reason))
        return dated

    def _load_applications(self, role_ids: set[int]) -> None:
        """The applications of these roles, and the (stage, day) of each one's history, read once."""
        self.applications: dict[tuple[int, int], Application] = {}
        # (stage, day) -> its lines in each application's history: [the line (its id, or the new StageChange), note]
        self.recorded: dict[Application, dict[tuple[int, date], list[list]]] = {}
        self.amended: dict[int, ImportItem] = {}  # lines of earlier imports this one changed -> their undo record
        # Each application's history: (when, to stage, the line: its id, or the new StageChange)
        self.lines: dict[Application, list[tuple[datetime, int, int | StageChange]]] = {}
        self.first_submitted: dict[int, datetime] = {}  # application id -> its history's first submitted step
        ids = sorted(role_ids)
        for start in range(0, len(ids), 500):
            found = self.session.scalars(select(Application).where(Application.role_id.in_(ids[start:start + 500]))).all()
            by_id = {application.id: application for application in found}
            for application in found:
                self.applications[(application.candidate_id, application.role_id)] = application
                self.recorded[application] = {}
                self.lines[application] = []
            keys = list(by_id)
            for at in range(0, len(keys), 500):
                for change_id, application_id, to_id, changed_at, note in self.session.execute(
                        select(StageChange.id, StageChange.application_id, StageChange.to_stage_id,
                               StageChange.changed_at, StageChange.note)
                        .where(StageChange.application_id.in_(keys[at:at + 500]))):
                    self.recorded[by_id[application_id]].setdefault((to_id, changed_at.date()), []).append(
                        [change_id, note or ""])
                    self.lines[by_id[application_id]].append((changed_at, to_id, change_id))
                    if to_id in self.submitted_stages:  # the day it was first submitted, as its history says
                        known = self.first_submitted.get(application_id)
                        if known is None or changed_at < known:
                            self.first_submitted[application_id] = changed_at

    def _apply(self, step: Step) -> bool:
        """Apply a step; False when it changes nothing."""
        stage, when = step.stage, step.when
        application = self.applications.get((step.candidate_id, step.role_id))
        if application is None:
            application = Application(candidate_id=step.candidate_id, role_id=step.role_id, stage_id=stage.id,
                                      stage_entered_at=when, created_at=when)
            self._rejection(application, stage, step.rejected_by, step.comment, step.reason)
            self._submitted(application, stage, when)
            self.session.add(application)
            self.applications[(step.candidate_id, step.role_id)] = application
            self.recorded[application] = {}
            self.lines[application] = []
            self.created.add(application)
            self.pending.append(("application", application, "created"))
            self._history(application, None, stage.id, when, step.comment)
            self.report.created += 1
            return True
        known_before = application not in self.created  # an application this import did not create
        line = None if step.listed_only or (known_before and self.policy == "skip") else self._said_less(application, step)
        if line is not None:  # the same step with more words (a comment written on since, a second row of a log)
            self._write_on(application, line, step.comment)
            self.wrote_on = True
            return True
        if (step.listed_only or (known_before and self.policy == "skip")
                or (known_before and (stage.id, when.date()) in self.recorded[application])
                or (known_before and step.undated and any(to == stage.id for _at, to, _line in self.lines[application]))):
            return False  # nothing new (the same file again, on any day for an undated row), or the policy leaves it
        if (known_before and step.dated_today and application.stage_id != stage.id
                and self.position.get(stage.id, 0) < self.position.get(application.stage_id, 0)):
            # No day to say it is newer than where the application is: a tracker older than the database
            # would move a process back (an offer back to contacted). Said, and left.
            current = next((s.name for s in self.stages if s.id == application.stage_id), "")
            self.report.warn(step.row, step.date_column, step.date_text, NOT_MOVED_BACK.format(stage=current))
            return False
        if step.opening and any(at <= when for at, _to, _line in self.lines[application]):
            return False  # the application had started by then: its first step is in its history already
        if (step.before_end and application.stage_id != stage.id and when >= application.stage_entered_at
                and self.position.get(stage.id, 0) < self.position.get(application.stage_id, 0)):
            return False  # the process ended from where it stands now: not moved back to end it
        if known_before and when < application.stage_entered_at:
            # A step before the stage it is in (a row added to an updated tracker): a line of its history in
            # the past, as the whole file imported at once would have it; the current stage stays.
            if not self._fits_history(application, step):
                return self.wrote_on
            if not step.opening:  # (an application's first step is older than its current stage: no news)
                self.report.warn(step.row, step.date_column, step.date_text, OLDER_THAN_CURRENT)
            self._record_update(application)
            self._history(application, self._stage_at(application, when), stage.id, when, step.comment)
            self._follows(application, stage.id, when)
            if stage.id in self.submitted_stages and (application.submitted_at is None
                                                      or when < application.submitted_at):
                application.submitted_at = when  # the client had the CV since then
            return True
        if application.stage_id == stage.id:
            # A later step in the stage it is in ("2ª entrevista" after "1ª entrevista", both interviews
            # with the client): a line of its history, with its day and comment; it stays in the stage.
            if when <= application.stage_entered_at:
                return False
            if known_before and (step.candidate_id, step.role_id) in self.snapshot:
                # Another export saying where the process stands (a row an application): it stands there
                # already, nothing new to say (no "X -> X" line; a log's later row in the stage is one); a
                # comment it did not have is written on the line that brought it there
                return self._comment_on_current(application, step)
            self._record_update(application)
            self._history(application, stage.id, stage.id, when, step.comment)
            return True
        if (self.position.get(stage.id, 0) < self.position.get(application.stage_id, 0)
                and when == application.stage_entered_at):  # (times the file gives say the order: no doubt)
            # The day's rows in the file's order (listing_order): right for an interview cancelled the day it
            # was booked, wrong for a step typed later than it happened; said, to check
            current = next((s.name for s in self.stages if s.id == application.stage_id), "")
            self.report.warn(step.row, step.date_column, step.date_text, BACK_SAME_DAY.format(stage=current))
        self._record_update(application)
        self._history(application, application.stage_id, stage.id, when, step.comment)
        application.stage_id = stage.id
        application.stage_entered_at = when
        self._rejection(application, stage, step.rejected_by, step.comment, step.reason)
        self._submitted(application, stage, when)
        return True

    def _comment_on_current(self, application: Application, step: Step) -> bool:
        """An export's comment on the stage an application is in, written on the history line that entered it
        unless a line of that stage holds it already; whether anything was written."""
        comment = " ".join((step.comment or "").split())
        entered = [line for (stage_id, _day), lines in sorted(self.recorded[application].items(), key=lambda kv: kv[0][1])
                   if stage_id == step.stage.id for line in lines]  # (the latest last)
        if not comment or not entered or any(comment in " ".join(note.split()) for _line, note in entered):
            return False
        self._write_on(application, entered[-1], step.comment)
        self.wrote_on = True
        return True

    def _fits_history(self, application: Application, step: Step) -> bool:
        """Whether a step older than the application's current stage goes into its history: not when the
        history's next line enters that same stage (another export dating the same move otherwise: the
        comment is written on that line), nor when it is further on than that next line (the history would
        go backwards: Offer, then Sourced; said), nor a rejection when the process ended later anyway."""
        stage, when = step.stage, step.when
        later = [line for line in self.lines[application] if line[0] > when]
        following = min(later, key=lambda line: line[0]) if later else None
        if following is not None and following[1] == stage.id:
            if step.comment:
                entry = self._line_entry(application, following)
                if entry is not None and " ".join(step.comment.split()) not in " ".join(entry[1].split()):
                    self._write_on(application, entry, step.comment)
                    self.wrote_on = True
            return False
        ended = {s.id for s in self.stages if s.kind == StageKind.REJECTED.value}
        if stage.id in ended and any(to in ended for _at, to, _line in later):
            return False  # the process ended later, as the history says: the same end, dated otherwise
        if (following is not None and stage.id not in ended and following[1] not in ended
                and self.position.get(stage.id, 0) > self.position.get(following[1], 0)):
            after = next((s.name for s in self.stages if s.id == following[1]), "")
            self.report.warn(step.row, step.date_column, step.date_text, FURTHER_THAN_NEXT.format(stage=after))
            return False
        return True

    def _line_entry(self, application: Application, line: tuple) -> list | None:
        """The [line, note] the history's (stage, day) index holds for this line of it."""
        _at, to_id, change = line
        return next((entry for entry in self.recorded[application].get((to_id, line[0].date()), [])
                     if entry[0] is change or entry[0] == change), None)

    def _said_less(self, application: Application, step: Step) -> list | None:
        """The history's line of this step (its stage on its day; any day for an undated row), when the step
        comes with a comment none of those lines holds: the last of them, to write on."""
        comment = " ".join((step.comment or "").split())
        if not comment:
            return None
        recorded = self.recorded[application]
        lines = (recorded.get((step.stage.id, step.when.date())) or [] if not step.undated else
                 [line for (stage_id, _day), lines in recorded.items() if stage_id == step.stage.id for line in lines])
        if not lines or any(comment in " ".join(note.split()) for _line, note in lines):
            return None
        return lines[-1]

    def _write_on(self, application: Application, line: list, comment: str) -> None:
        """A history line's note with a step's comment: the comment when it holds the note (written on since),
        else both. An earlier import's line is recorded for undo once, and moves its application's version."""
        change, note = line
        if isinstance(change, int):
            change = self._amended(change, "note")
        written = comment if " ".join(note.split()) in " ".join(comment.split()) else with_lines(note, [comment])
        change.note = line[1] = written
        if application not in self.created:
            self._record_update(application)
            application.updated_at = utcnow()  # (undo of the import that made the line then sees this one's)

    def _amended(self, change_id: int, field: str) -> StageChange:
        """A line of an earlier import's, about to have this field changed: its value before recorded for undo."""
        change = self.session.get(StageChange, change_id)
        item = self.amended.get(change_id)
        if item is None:
            self.amended[change_id] = record(self.session, self.batch_id, "stage_change", change_id, "updated",
                                             {"fields": {field: getattr(change, field)}})
        elif field not in item.before["fields"]:
            item.before = {"fields": {**item.before["fields"], field: getattr(change, field)}}
        return change

    def _follows(self, application: Application, stage_id: int, when: datetime) -> None:
        """The history's next line after a step put in its past now comes from that step's stage (it said the
        application was added then, or came from the stage before)."""
        later = [line for line in self.lines[application] if line[0] > when]
        if not later:
            return
        _at, _to, change = min(later, key=lambda line: line[0])
        if isinstance(change, int):
            if self.session.get(StageChange, change).from_stage_id == stage_id:
                return
            change = self._amended(change, "from_stage_id")
        change.from_stage_id = stage_id

    def _stage_at(self, application: Application, when: datetime) -> int | None:
        """The stage the application's history has it in just before `when` (None: not on the role yet)."""
        before = [(at, to_id) for at, to_id, _line in self.lines[application] if at <= when]
        return max(before, key=lambda line: line[0])[1] if before else None

    def _submitted(self, application: Application, stage: Stage, when: datetime) -> None:
        """The first day the client had the CV: this step's, or an earlier one its history holds (an
        application imported before submitted dates were kept, moved on now)."""
        if application.submitted_at is None and stage.id in self.submitted_stages:
            earlier = self.first_submitted.get(application.id) if application.id is not None else None
            application.submitted_at = earlier if earlier is not None and earlier < when else when

    def _record_update(self, application: Application) -> None:
        """The application as it was before this import changed it, once (for undo); counted as updated."""
        if application in self.created or application.id in self.apps:
            return
        fields = ("stage_id", "stage_entered_at", "submitted_at", "rejection_reason_id", "rejection_note",
                  "rejected_by", "updated_at", "version")  # timestamp and version too: undo puts it back exactly
        before = {"fields": {f: jsonvalues.dump(getattr(application, f)) for f in fields}}
        self.apps[application.id] = record(self.session, self.batch_id, "application", application.id, "updated",
                                           before)
        self.report.updated += 1

    def _flush_pending(self) -> None:
        """Write what the last steps added, and the undo records of those new rows (their ids known now)."""
        self.session.flush()
        for entity, added, action in self.pending:
            item = record(self.session, self.batch_id, entity, added.id, action)
            if entity == "application":
                self.apps[added.id] = item
        self.pending.clear()

    def _rejection(self, application: Application, stage: Stage, by: str | None, comment: str | None,
                   reason: str | None = None) -> None:
        """A rejection's who, note and reason: the configured reason the file's reason text means
        (stage_words.reason_meant: "Withdrew" -> Candidate withdrew), else the one of who ended it."""
        if stage.kind != StageKind.REJECTED.value:
            application.rejection_reason_id = application.rejection_note = application.rejected_by = None
            return
        label = reason_meant(reason, self._reason_labels()) or _REASON_OF.get(by)
        # who ended it, as the reason says when the words did not ("Took another offer": the candidate), so that
        # reports by who ended a process agree with reports by reason
        application.rejected_by = by or _BY_REASON.get(label)
        application.rejection_note = comment
        if label:
            if label not in self.reasons:
                self.reasons[label] = self.session.scalar(select(RejectionReason.id).where(RejectionReason.label == label))
            application.rejection_reason_id = self.reasons[label]

    def _reason_labels(self) -> list[str]:
        """The configured rejection reasons' labels, in their order (read once)."""
        if self.reason_labels is None:
            self.reason_labels = list(self.session.scalars(select(RejectionReason.label)
                                                           .order_by(RejectionReason.position, RejectionReason.id)))
        return self.reason_labels

    def _history(self, application: Application, from_id: int | None, to_id: int, when: datetime,
                 note: str | None) -> None:
        change = StageChange(application=application, from_stage_id=from_id, to_stage_id=to_id, changed_at=when,
                             note=note)
        self.session.add(change)
        if application not in self.created:  # a line alone must move its version too: undo of an earlier
            application.updated_at = utcnow()  # import then sees this one's change instead of deleting it
        self.recorded[application].setdefault((to_id, when.date()), []).append([change, note or ""])
        self.lines[application].append((when, to_id, change))
        self.pending.append(("stage_change", change, "created"))

    def finish(self, progress: Progress = no_progress, token: CancelToken | None = None) -> None:
        self._apply_steps(progress, token)
        self.session.flush()
        ids = list(self.apps)  # the version after the import of each application it created or changed
        for start in range(0, len(ids), 500):
            for application_id, version in self.session.execute(select(Application.id, Application.version).where(
                    Application.id.in_(ids[start:start + 500]))):
                item = self.apps[application_id]
                item.before = {**(item.before or {}), "version": version}
        self.session.flush()
