"""Backup rotation with a fixed clock: 400 days of a backup every 30 minutes (RELIABILITY.md A7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm.safety.rotation import Policy, plan


def _simulate(days: int, step: timedelta, start: datetime) -> tuple[set[datetime], datetime]:
    kept: set[datetime] = set()
    moment = start
    end = start + timedelta(days=days)
    while moment < end:
        kept.add(moment)
        kept = set(plan(kept, moment).keep)  # rotate after every backup, as the app does
        moment += step
    return kept, moment - step


def test_four_hundred_days_of_half_hourly_backups_keep_about_a_year():
    policy = Policy()
    kept, now = _simulate(400, timedelta(minutes=30), datetime(2025, 1, 1, 8, 0, tzinfo=UTC))
    newest = max(kept)
    assert newest == now  # the newest backup is never deleted
    ordered = sorted(kept, reverse=True)
    assert ordered[: policy.recent] == [now - timedelta(minutes=30 * i) for i in range(policy.recent)]
    # one per day for the last 14 days, one per ISO week for the last 8 weeks, one per month for 12 months
    days = {(m.year, m.month, m.day) for m in kept}
    for back in range(policy.daily):
        day = (now - timedelta(days=back)).date()
        assert (day.year, day.month, day.day) in days
    weeks = {m.isocalendar()[:2] for m in kept}
    for back in range(policy.weekly):
        assert (now - timedelta(weeks=back)).isocalendar()[:2] in weeks
    months = {(m.year, m.month) for m in kept}
    year, month = now.year, now.month
    for _ in range(policy.monthly):
        assert (year, month) in months
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    assert len(kept) <= policy.recent + policy.daily + policy.weekly + policy.monthly
    oldest = min(kept)
    assert timedelta(days=300) < now - oldest < timedelta(days=370)  # about a year (12 monthly copies), not 400 days


def test_a_single_backup_is_always_kept_however_old():
    only = datetime(2020, 1, 1, tzinfo=UTC)
    result = plan([only], datetime(2026, 1, 1, tzinfo=UTC))
    assert result.keep == {only} and not result.delete


def test_plan_splits_every_backup_into_keep_or_delete():
    now = datetime(2026, 6, 1, 12, tzinfo=UTC)
    times = [now - timedelta(hours=h) for h in range(0, 24 * 90, 3)]
    result = plan(times, now)
    assert result.keep | result.delete == set(times)
    assert not result.keep & result.delete
    assert now in result.keep
