"""What a sheet's columns say it lists: candidates, roles or a pipeline log. The import window opens a
file as the kind its columns say (a pipeline log opened as candidates wrote each movement into a
person's notes and made people of unknown addresses); the command line says so when told otherwise."""

from __future__ import annotations

from collections.abc import Sequence

from crm.importing.mapping import CANDIDATE_FIELDS, STAGE_DATES, auto_mapping

# A candidate list may name the role and stage it tracks ("Vacante", "Estado"); these say it describes
# the people, and keep it a candidate list.
_ABOUT_THE_PERSON = frozenset({"phone", "skills", "years_experience", "current_salary", "expected_salary",
                               "notice_days", "linkedin_url", "github_url"})
_REACHES_A_PERSON = frozenset({"email", "phone", "linkedin_url", "github_url", "first_name", "last_name",
                               "full_name"})


def likely_kind(headers: Sequence[object]) -> str:
    """"pipeline" for a candidate, a role and a stage (or a column per stage) on each row and nothing that
    describes the person; "roles" for a role's title with its client or reference and nobody to reach;
    else "candidates"."""
    from crm.importing.pipeline import PIPELINE_FIELDS
    from crm.importing.roles import ROLE_FIELDS

    as_person = set(auto_mapping(headers, CANDIDATE_FIELDS))
    as_step = set(auto_mapping(headers, PIPELINE_FIELDS))
    if (as_step & {"email", "name"} and as_step & {"reference", "title"} and as_step & {"stage", STAGE_DATES}
            and not as_person & _ABOUT_THE_PERSON):
        return "pipeline"
    as_role = set(auto_mapping(headers, ROLE_FIELDS))
    if "title" in as_role and as_role & {"client", "reference"} and not as_person & _REACHES_A_PERSON:
        return "roles"
    return "candidates"
