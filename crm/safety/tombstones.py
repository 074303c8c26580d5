"""Tombstones: a SHA-256 of each normalised identity key of an erased person, nothing else.

Keys: the email (trimmed, lower-case), the phone in E.164, the LinkedIn/GitHub profile URL
(normalised), and a record key (candidate id + creation time) that recognises the very same row
in an older backup of this database even when it had no email, phone or URL.

Importers call `is_erased(session, email=..., phone=..., url=...)` per row: a match means the
person asked to be erased, so the row is skipped by default (with a warning).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import datetime
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm.domain import Candidate, Tombstone, normalize

_SALT = "crm-tombstone-v1:"
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


def _digest(kind: str, value: str) -> str:
    return hashlib.sha256(f"{_SALT}{kind}:{value}".encode()).hexdigest()


def _phone(value: str | None) -> str | None:
    if value is not None and _E164.match(value):
        return value  # already normalised (how the database stores phones): skip the slow parser
    try:
        return normalize.phone(value)
    except ValueError:
        return None


def identity_hashes(email: str | None = None, phone: str | None = None,
                    url: str | None = None, urls: Iterable[str | None] = ()) -> set[str]:
    hashes = set()
    if (value := normalize.email(email)) is not None:
        hashes.add(_digest("email", value))
    if (value := _phone(phone)) is not None:
        hashes.add(_digest("phone", value))
    for item in (url, *urls):
        if (value := normalize.url(item)) is not None:
            # Whatever its case (as the importer compares them); and as URLs were normalised before
            # profile URLs had one form (es.linkedin.com, http, ?query kept), which older tombstones hold.
            hashes.add(_digest("url", normalize.ascii_lower(value)))
            hashes.add(_digest("url", normalize.web_address(item)))
            if not value.isascii():  # until migration 0006 a profile was hashed with its letters escaped
                hashes.add(_digest("url", normalize.ascii_lower(quote(value, safe=":/"))))
    return hashes


def record_hash(candidate_id: int, created_at: datetime) -> str:
    return _digest("record", f"{candidate_id}:{created_at.replace(tzinfo=None).isoformat(timespec='seconds')}")


def candidate_hashes(candidate: Candidate) -> set[str]:
    hashes = identity_hashes(candidate.email, candidate.phone, urls=(candidate.linkedin_url, candidate.github_url))
    hashes.add(record_hash(candidate.id, candidate.created_at))
    return hashes


def is_erased(session: Session, email: str | None = None, phone: str | None = None, url: str | None = None) -> bool:
    """True when any of these identity keys belongs to a person who was erased."""
    hashes = identity_hashes(email, phone, url)
    if not hashes:
        return False
    return session.scalar(select(Tombstone.id).where(Tombstone.key_hash.in_(hashes)).limit(1)) is not None


def known_hashes(session: Session, hashes: set[str]) -> set[str]:
    """The subset of `hashes` that belong to erased people (one query per 500 hashes)."""
    found: set[str] = set()
    ordered = sorted(hashes)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        found.update(session.scalars(select(Tombstone.key_hash).where(Tombstone.key_hash.in_(chunk))))
    return found


def add(session: Session, hashes: dict[str, datetime], reason: str) -> None:
    """Record tombstones (hash -> erasure time), skipping ones already there."""
    if not hashes:
        return
    known = set(session.scalars(select(Tombstone.key_hash).where(Tombstone.key_hash.in_(list(hashes)))))
    session.add_all(Tombstone(key_hash=key, erased_at=when, reason=reason)
                    for key, when in hashes.items() if key not in known)


def all_hashes(session: Session) -> dict[str, datetime]:
    return {key: when for key, when in session.execute(select(Tombstone.key_hash, Tombstone.erased_at))}


def _stored_hashes(email: str | None, phone: str | None, urls: Iterable[str | None]) -> set[str]:
    """Hashes of values as the database stores them (already normalised on every write path)."""
    hashes = set()
    if email:
        hashes.add(_digest("email", email))
    if phone:
        hashes.add(_digest("phone", phone))
    hashes.update(_digest("url", url) for url in urls if url)
    return hashes


def matching_candidates(session: Session, hashes: set[str]) -> list[int]:
    """Ids of candidates any of whose identity keys is among `hashes` (one scan: ~1 s at 100k rows)."""
    if not hashes:
        return []
    found = []
    columns = (Candidate.id, Candidate.email, Candidate.phone, Candidate.linkedin_url, Candidate.github_url,
               Candidate.created_at)
    for row in session.execute(select(*columns).execution_options(yield_per=5000)):
        keys = _stored_hashes(row.email, row.phone, (row.linkedin_url, row.github_url))
        keys.add(record_hash(row.id, row.created_at))
        if keys & hashes:
            found.append(row.id)
    return found
