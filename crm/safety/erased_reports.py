"""An erased person's values taken out of the reports imports keep (Import history: the report, its issues
saved to Excel).

A stored report names people in its possible duplicates (name, city, the records compared) and quotes
cells in its issues (a phone that did not parse, an email with a typo). Erasure blanks them: the lines
stay, with their row, column and reason, so the report still adds up; what said who it was goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Candidate, ImportBatch
from crm.domain.normalize import fold

ERASED = "…"  # in place of an erased person's email in a reason (any language reads it)
_ISSUES = ("rejected", "warnings")
_EMAIL = re.compile(r"[^\s;,<>()\"']+@[^\s;,<>()\"']+")
_PROFILE = re.compile(r"(?:linkedin\.com/in|github\.com)/([^/?#\s]+)", re.IGNORECASE)
_PHONE_DIGITS = 9  # a Spanish number's own digits: how a raw "600 11 22 33" and "+34600112233" meet


class _Marks:
    """What identifies the erased people in a cell's text."""

    def __init__(self, candidates: Iterable[Candidate]):
        self.emails, self.phones, self.names, self.profiles = set(), set(), set(), set()
        for person in candidates:
            if person.email:
                self.emails.add(person.email.casefold())
            if person.phone:
                self.phones.add(_digits(person.phone)[-_PHONE_DIGITS:])
            name = " ".join(f"{person.first_name or ''} {person.last_name or ''}".split())
            if " " in name:  # (a first name alone is many people's: another Ana's lines stay)
                self.names.add(fold(name))
            for url in (person.linkedin_url, person.github_url):
                found = _PROFILE.search(url or "")
                if found:
                    self.profiles.add(found.group(1).casefold())

    def in_text(self, text: object) -> bool:
        if not isinstance(text, str) or not text.strip():
            return False
        if any(email.casefold().strip(".") in self.emails for email in _EMAIL.findall(text)):
            return True
        digits = _digits(text)
        if len(digits) >= _PHONE_DIGITS and digits[-_PHONE_DIGITS:] in self.phones:
            return True
        if fold(" ".join(text.split())) in self.names:
            return True
        return any(found.casefold() in self.profiles for found in _PROFILE.findall(text))

    def emails_out(self, reason: str) -> str:
        return _EMAIL.sub(lambda found: ERASED if found.group(0).casefold().strip(".") in self.emails
                          else found.group(0), reason)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def scrub(session: Session, ids: list[int]) -> int:
    """Blank these candidates' values in every stored import report (before they are deleted). Returns how
    many reports changed."""
    marks = _Marks(session.scalars(select(Candidate).where(Candidate.id.in_(ids))))
    erased = set(ids)
    changed = 0
    for batch in session.scalars(select(ImportBatch).where(ImportBatch.report.is_not(None))):
        report = batch.report or {}
        scrubbed, touched = _scrubbed(report, erased, marks)
        if touched:
            batch.report = scrubbed  # (a new dict: the JSON column sees the change)
            changed += 1
    return changed


def _scrubbed(report: dict, erased: set[int], marks: _Marks) -> tuple[dict, bool]:
    touched = False
    rows: set[int | None] = set()  # rows of the file that made an erased person
    flags = []
    for flag in report.get("possible_duplicates") or []:
        flag = dict(flag)
        mine = [key for key in ("new_id", "other_id", "candidate_id") if flag.get(key) in erased]
        if mine or marks.in_text(flag.get("name")):
            if flag.get("new_id") in erased:
                rows.add(flag.get("row"))  # the row that made the person: its cells were theirs
            if flag.get("other_id") in erased:
                rows.add(flag.get("other_row"))
            flag.update(name="", city="")
            touched = True
        flags.append(flag)
    # ... and the rows the import said made or updated them (ImportReport.people)
    rows.update(int(row) for row, person in (report.get("people") or {}).items() if person in erased)
    out = dict(report)
    if touched:
        out["possible_duplicates"] = flags
    for kind in _ISSUES:
        issues = []
        for issue in report.get(kind) or []:
            if (issue.get("row") is not None and issue.get("row") in rows) or marks.in_text(issue.get("value")):
                issue = {**issue, "value": None}
                touched = True
            reason = issue.get("reason")
            if isinstance(reason, str) and "@" in reason and marks.emails:
                cleaned = marks.emails_out(reason)
                if cleaned != reason:
                    issue = {**issue, "reason": cleaned}
                    touched = True
            issues.append(issue)
        out[kind] = issues
    return out, touched
