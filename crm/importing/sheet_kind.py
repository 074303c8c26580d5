"""What a sheet's columns say it lists: candidates, roles or a pipeline log. The import window opens a
file as the kind its columns say (a pipeline log opened as candidates wrote each movement into a
person's notes and made people of unknown addresses), and says when a candidate list could be another
kind too; the command line says when a sheet looks like another kind than it was told."""

from __future__ import annotations

from collections.abc import Sequence

from crm.importing.mapping import CANDIDATE_FIELDS, NAME_FIELDS, STAGE_DATES, auto_mapping, normalise_header

# A candidate list may name the role and stage it tracks ("Vacante", "Estado"); these say it describes
# the people, and keep it a candidate list.
_ABOUT_THE_PERSON = frozenset({"phone", "skills", "years_experience", "current_salary", "expected_salary",
                               "notice_days", "linkedin_url", "github_url"})
# What a pipeline log may carry too ("Fuente", "Ciudad"), but a list of people more often: read as a pipeline
# (its rows refused if it is not one: nothing written), said it could be candidates. (Read as candidates, a log
# with a "Fuente" column wrote every movement into people's notes and its "Contratado" into their status.)
_MAYBE_THE_PERSON = frozenset({"city", "source", "current_company", "country"})
# A date column a candidate list names for the person ("Fecha alta", "Date added"): no day of a step
_PLAIN_DATE = frozenset({"fecha", "date", "dia", "day"})
# What only a list of roles has beside a role's title (a candidate list has titles and companies too)
_ABOUT_THE_ROLE = frozenset({"reference", "salary", "salary_min", "salary_max", "openings", "fee_percent",
                             "required_skills", "nice_skills", "opened_on", "contact", "contact_email"})


def likely_kind(headers: Sequence[object]) -> str:
    """"pipeline", "roles" or "candidates" (sheet_kinds)."""
    return sheet_kinds(headers)[0]


def sheet_kinds(headers: Sequence[object]) -> tuple[str, str | None]:
    """What the sheet lists, and what else it could be. A pipeline: a candidate, a role, a stage and its day on
    each row (or a column per stage) and nothing that surely describes the person (a city or a source may: then
    it could be candidates too). Roles: a role's title with its
    client or reference, something only roles have, and nobody's name. Else candidates; a candidate list
    that has a pipeline's columns besides the person's ("Teléfono" in an ATS's log) could be one too."""
    from crm.importing.pipeline import PIPELINE_FIELDS
    from crm.importing.roles import ROLE_FIELDS

    person_targets, step_targets = auto_mapping(headers, CANDIDATE_FIELDS), auto_mapping(headers, PIPELINE_FIELDS)
    as_person, as_step = set(person_targets), set(step_targets)
    registered = any(step == "date" and person == "created_at" and normalise_header(header) not in _PLAIN_DATE
                     for header, person, step in zip(headers, person_targets, step_targets, strict=True))
    steps = bool(as_step & {"email", "name"} and as_step & {"reference", "title"}
                 and (STAGE_DATES in as_step or ({"stage", "date"} <= as_step and not registered)))
    if steps and not as_person & _ABOUT_THE_PERSON:
        return "pipeline", "candidates" if as_person & _MAYBE_THE_PERSON else None
    as_role = set(auto_mapping(headers, ROLE_FIELDS))
    roles = bool("title" in as_role and as_role & {"client", "reference"} and as_role & _ABOUT_THE_ROLE)
    if roles and not as_person & NAME_FIELDS and "linkedin_url" not in as_person:
        return "roles", None
    return "candidates", "pipeline" if steps else "roles" if roles and not as_person & NAME_FIELDS else None
