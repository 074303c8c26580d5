"""Retention and consent with a fixed clock, on demo data and on hand-made cases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select

from crm.domain import AuditEntry, Candidate
from crm.safety import consent, settings
from crm.services.demo import load_demo

TODAY = date(2026, 11, 27)


def test_retention_view_on_demo_data(store):
    load_demo(store, 500)
    rows = consent.due(store, TODAY)
    ended = [r for r in rows if consent.RETENTION_ENDED in r.reasons]
    missing = [r for r in rows if consent.CONSENT_MISSING in r.reasons]
    print(f"\nRETENTION-DEMO candidates=500 due={len(rows)} retention_ended={len(ended)} "
          f"consent_missing={len(missing)}")
    assert rows and ended and missing
    assert all(r.retention_end < TODAY for r in ended)
    with store.sessions() as session:
        expected_missing = session.scalar(select(Candidate.id).where(
            Candidate.lawful_basis == "consent_future_roles", Candidate.consent_date.is_(None)).limit(1))
    assert expected_missing in {r.id for r in missing}
    assert [r.retention_end for r in rows] == sorted(r.retention_end for r in rows)


def test_default_retention_is_two_years_after_the_last_activity_and_a_setting(services, store):
    old = services.candidates.create({"first_name": "Old", "lawful_basis": "applied_to_role"})
    with store.sessions.begin() as session:
        session.get(Candidate, old.id).last_activity_at = datetime(2024, 11, 1, tzinfo=UTC)
    assert [r.id for r in consent.due(store, TODAY)] == [old.id]  # 2024-11-01 + 24 months < today
    assert consent.due(store, TODAY)[0].retention_end == date(2026, 11, 1)
    with store.sessions.begin() as session:
        settings.put(session, settings.RETENTION_MONTHS, 36)
    assert consent.due(store, TODAY) == []


def test_extend_needs_a_reason_and_is_audited(services, store):
    person = services.candidates.create({"first_name": "Ana", "lawful_basis": "legitimate_interest",
                                         "retention_until": "2025-01-01"})
    assert [r.id for r in consent.due(store, TODAY)] == [person.id]
    with pytest.raises(ValueError):
        consent.extend(store, [person.id], date(2027, 12, 31), "  ")
    assert consent.extend(store, [person.id], date(2027, 12, 31), "in process for VAC-2026-004") == 1
    assert consent.due(store, TODAY) == []
    with store.sessions() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "retention_extend"))
        assert entry.entity_id == person.id and entry.details["until"] == "2027-12-31"


def test_anonymise_removes_them_from_the_list(services, store):
    person = services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})  # no lawful basis
    assert consent.due(store, TODAY)[0].reasons == (consent.CONSENT_MISSING,)
    consent.anonymise(store, [person.id])
    assert consent.due(store, TODAY) == [] and services.candidates.count() == 0


def test_ask_again_builds_a_mailto_draft_with_blind_copies(services, store):
    services.candidates.create({"first_name": "Ana", "email": "ana@example.com"})
    services.candidates.create({"first_name": "Bea", "email": "bea+jobs@example.com"})
    services.candidates.create({"first_name": "Cal", "phone": "+34600111222"})
    url = consent.mailto_draft(consent.due(store, TODAY), "¿Seguimos en contacto?", "Hola,\nrenovar")
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto"
    assert query["bcc"] == ["ana@example.com,bea+jobs@example.com"]
    assert query["subject"] == ["¿Seguimos en contacto?"] and query["body"] == ["Hola,\nrenovar"]
