"""What a pipeline file's preview looks up in the database once: the configured stages, the candidates and
roles its first rows name, and where each of their applications stands (inspect.preview)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import or_, select

from crm.domain import Application, Candidate, Role, Stage, StageChange
from crm.importing import values as parse
from crm.importing.pipeline_people import candidate_email, name_keys, names_index
from crm.importing.role_lookup import KnownRole, known_roles, role_of_sheet
from crm.persistence.store import Store


class StageName(NamedTuple):
    """A configured stage as a preview needs it (read once, outside any import)."""

    name: str
    kind: str


@dataclass(frozen=True)
class Lookups:
    """What a pipeline preview looks up in the database once: the configured stages, which of the first
    rows' values are known candidates' emails and names, and the roles."""

    stages: list[StageName]
    emails: frozenset[str]
    names: dict[str, list[int]]  # candidate ids by name key (pipeline_people.name_keys)
    roles: list[KnownRole]
    sheet_role: KnownRole | None = None  # the role the sheet's name names (role_lookup.role_of_sheet)
    # (candidate email or id, role reference) -> (the stage its application is in, since when): for the rows'
    # candidates, so the preview says where a known application stands
    applications: dict[tuple[Any, str], tuple[str, datetime]] = field(default_factory=dict)
    # The same keys -> the (stage, day) of each line of the application's history: a row the history holds
    # already is skipped by the import, and the preview says nothing of it being older
    history: dict[tuple[Any, str], set[tuple[str, date]]] = field(default_factory=dict)


def lookups(store: Store, texts: Iterable[str], sheet: str | None = None) -> Lookups:
    """The stages, the candidates these texts (every cell of the first rows, whatever the mapping) name,
    the roles, and the one the sheet's name names."""
    texts = {text.strip() for text in texts if text and text.strip()}
    emails = set()
    for text in texts:
        if "@" in text:
            try:
                emails.add(candidate_email(text)[0])
            except parse.Unparsed:
                pass
    names = {key for text in texts if "@" not in text for key in name_keys(text, short=True)}
    with store.sessions() as session:
        stages = [StageName(stage.name, stage.kind) for stage in session.scalars(select(Stage).order_by(Stage.position))]
        known_emails = frozenset(session.scalars(select(Candidate.email).where(Candidate.email.in_(emails)))) \
            if emails else frozenset()
        roles = known_roles(session)
        index = names_index(session, names)
        people = {candidate_id for ids in index.values() for candidate_id in ids}
        return Lookups(stages, known_emails, index, roles, role_of_sheet(roles, sheet),
                       *_applications(session, known_emails, people))


def _applications(session, emails: frozenset[str], people: set[int]) -> tuple[dict, dict]:
    """The applications of these candidates (by email, and by id for those a tracker names), keyed as the
    preview finds its rows' people and roles: where each stands, and the (stage, day) lines of its history."""
    if not emails and not people:
        return {}, {}
    found, history = {}, {}
    whose = or_(Candidate.email.in_(emails), Candidate.id.in_(people))
    rows = session.execute(
        select(Candidate.email, Candidate.id, Role.reference, Stage.name, Application.stage_entered_at)
        .join(Application, Application.candidate_id == Candidate.id).join(Role, Role.id == Application.role_id)
        .join(Stage, Stage.id == Application.stage_id).where(whose))
    for email, candidate_id, reference, stage, since in rows:
        for who in (email, candidate_id):
            if who is not None:
                found[(who, reference)] = (stage, since)
    lines = session.execute(
        select(Candidate.email, Candidate.id, Role.reference, Stage.name, StageChange.changed_at)
        .join(Application, Application.candidate_id == Candidate.id).join(Role, Role.id == Application.role_id)
        .join(StageChange, StageChange.application_id == Application.id)
        .join(Stage, Stage.id == StageChange.to_stage_id).where(whose))
    for email, candidate_id, reference, stage, changed_at in lines:
        for who in (email, candidate_id):
            if who is not None:
                history.setdefault((who, reference), set()).add((stage, changed_at.date()))
    return found, history
