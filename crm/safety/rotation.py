"""Which backups to keep: a pure function of (backup times, now), so it is tested with a fixed clock.

Kept: the newest few (the last sessions), then the newest backup of each of the last days, weeks
and months: about a year in all. The newest backup is never deleted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Policy:
    recent: int = 10
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


@dataclass(frozen=True)
class RotationPlan:
    keep: frozenset[datetime]
    delete: frozenset[datetime]


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def _newest_per_bucket(times: list[datetime], bucket: Callable[[datetime], tuple[int, ...]],
                       buckets: set[tuple[int, ...]]) -> set[datetime]:
    chosen: dict[tuple[int, ...], datetime] = {}
    for moment in times:  # newest first, so the first one seen in a bucket is its newest
        key = bucket(moment)
        if key in buckets and key not in chosen:
            chosen[key] = moment
    return set(chosen.values())


def _last_buckets(now: datetime, count: int, step: timedelta,
                  bucket: Callable[[datetime], tuple[int, ...]]) -> set[tuple[int, ...]]:
    keys: list[tuple[int, ...]] = []
    moment = now
    while len(keys) < count:
        key = bucket(moment)
        if key not in keys:
            keys.append(key)
        moment -= step
    return set(keys)


def plan(times: Iterable[datetime], now: datetime, policy: Policy = Policy()) -> RotationPlan:
    ordered = sorted(set(times), reverse=True)
    keep: set[datetime] = set(ordered[: max(1, policy.recent)])
    keep |= _newest_per_bucket(ordered, _day, _last_buckets(now, policy.daily, timedelta(days=1), _day))
    keep |= _newest_per_bucket(ordered, _week, _last_buckets(now, policy.weekly, timedelta(days=7), _week))
    keep |= _newest_per_bucket(ordered, _month, _last_buckets(now, policy.monthly, timedelta(days=28), _month))
    return RotationPlan(frozenset(keep), frozenset(set(ordered) - keep))
