"""A known person's status under an import's duplicate policy, and what the report says of it. Every person
is "active" until said otherwise, so under "fill empty fields" any other status from the file is news (a
January list without statuses, then June's "Contratada": she stayed active). A request not to be contacted is
consent: taken over any status, never overwritten, and said when a policy leaves it."""

from __future__ import annotations

from typing import Any

from crm.domain.enums import CandidateStatus

_ACTIVE, _DO_NOT_CONTACT = CandidateStatus.ACTIVE, CandidateStatus.DO_NOT_CONTACT

STATUS_TAKEN = "replaces {current}, every person's status until said otherwise (if this file is older, set it back)"
DO_NOT_CONTACT_TAKEN = "asked not to be contacted: replaces {current}, whatever the policy"
DO_NOT_CONTACT_KEPT = ("the person asked not to be contacted, which stays, whatever the policy: set the status by "
                       "hand if they agreed to be contacted again")
SKIPPED_DO_NOT_CONTACT = ("asked not to be contacted; the skip policy leaves the person as they were: set the status "
                          "by hand")


def takes_status(current: Any, new: Any, policy: str) -> bool:
    """Whether the file's status replaces the person's under this policy ("update", "overwrite")."""
    if new in (None, "") or new == current:
        return False
    if current in (None, ""):
        return True
    if policy == "overwrite":
        return current != _DO_NOT_CONTACT
    return new == _DO_NOT_CONTACT or current == _ACTIVE


def said_of_status(current: Any, new: Any, policy: str, taken: bool) -> str | None:
    """The reason the report gives for the file's status, beside what the policy did (`taken`): None when
    there is nothing to say (the update policy's "kept" is said with the other kept values)."""
    if new in (None, "") or new == current:
        return None
    if policy == "skip":
        return SKIPPED_DO_NOT_CONTACT if new == _DO_NOT_CONTACT else None
    if policy == "overwrite":
        return DO_NOT_CONTACT_KEPT if current == _DO_NOT_CONTACT else None
    if taken and current not in (None, ""):
        return (DO_NOT_CONTACT_TAKEN if new == _DO_NOT_CONTACT else STATUS_TAKEN).format(current=current)
    return None
