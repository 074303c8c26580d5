"""The day of a pipeline row that gives none (a blank or unreadable date): taken from the rows of the same
application around it in the file, so that it sits where the file puts it in the history.

Taking "now" sorted such a row after every dated one: a hired person went back to Contacted, and each
import on a later day added the same step again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from typing import Any, Protocol, TypeVar

from crm.importing import dates

NEAR_ROW = "no date; dated as row {row}, the nearest dated row of the same application"
NEAR_ROW_UNREAD = "{problem}; dated as row {row}, the nearest dated row of the same application"
NO_DATED_ROW = "no date, nor any other row of the same application with one; today's date used"
NO_DATED_ROW_UNREAD = "{problem}; today's date used"
# The row's own other date gives it (its "Applied On", the day of a stage's column): named by its column
NEAR_OWN_ROW = "no date; dated as the row's {column}"
NEAR_OWN_ROW_UNREAD = "{problem}; dated as the row's {column}"
# No other row of its application has a day: the file's nearest dated row gives it (a log is in time order)
NEAR_FILE_ROW_UNREAD = "{problem}; dated as row {row}, the nearest dated row of the file"
# Whatever its day, the step was in the application's history already (a second import of the log)
UNREAD_NOTHING_NEW = "{problem}; the application has had this stage already: nothing changed"
UNREAD_WRITTEN_ON = "{problem}; the application has had this stage already: the row's comment is added to it"
# The preview, which reads a row alone: where the import will take its day from.
UNREAD_PREVIEW = "{problem}; dated as the nearest dated row of the same application, else today"
# Said once for a file that has no date column (a snapshot of where each process stands), not row by row.
NO_DATES = "rows with no date, nor another row of the same application with one, dated today: {count}"


# A time after the date, as Excel writes it in text: "10/03/2026 17:30", "2026-03-10T17:30:00Z", "3/10/2026 5:30 PM"
_CLOCK = re.compile(r"[\sT,](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?\s?m\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$",
                    re.IGNORECASE)
_NOON = time(12)


def step_moment(value: Any, day_first: bool = True) -> datetime:
    """When a row's step happened, in UTC: the time its cell gives (a date-time cell or text with a time, in
    this computer's time zone unless it says its own), else its day at noon UTC (a day alone then sorts
    the same in any time zone). Two steps of one day keep the order their times say. Unparsed if no date."""
    day = dates.a_date(value, day_first)
    moment = None
    if isinstance(value, datetime) and value.time() != time():  # (a date cell is read as midnight)
        moment = value
    elif isinstance(value, float) and value % 1:  # an Excel serial with its time as the fraction
        moment = datetime.combine(day, time()) + timedelta(seconds=round(value % 1 * 86400))
    elif isinstance(value, str) and (clock := _CLOCK.search(value.strip())):
        hours, minutes, seconds = int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0)
        if clock.group(4):  # 12-hour clock
            hours = hours % 12 + (12 if clock.group(4).lower() == "p" else 0)
        if hours < 24 and minutes < 60 and seconds < 60:
            moment = datetime.combine(day, time(hours, minutes, seconds))
            if zone := clock.group(5):
                moment = moment.replace(tzinfo=UTC if zone.upper() == "Z" else datetime.strptime(
                    zone.replace(":", ""), "%z").tzinfo)
    if moment is None:
        return datetime.combine(day, _NOON, tzinfo=UTC)
    return moment.astimezone(UTC)  # (a naive time is this computer's local time)


def listing_order(applications: Iterable[Sequence[StepLike]]) -> int:
    """How the file lists each application's steps: 1 oldest first, -1 newest first, 0 neither clearly
    (consecutive rows of one application on different days, nine in ten one way). Steps of one day then
    keep the file's order (a move back the same day: an interview cancelled, back to submitted)."""
    later = earlier = 0
    for steps in applications:
        dated = [step for step in steps if step.when is not None]
        for before, after in pairwise(dated):
            if after.row != before.row and after.when.date() != before.when.date():
                if after.when.date() > before.when.date():
                    later += 1
                else:
                    earlier += 1
    if later and earlier * 9 <= later:
        return 1
    if earlier and later * 9 <= earlier:
        return -1
    return 0


class StepLike(Protocol):
    row: int
    when: datetime | None

    def _replace(self, **changes): ...


S = TypeVar("S", bound=StepLike)


def nearest_dated_row(days: list[tuple[int, datetime]], row: int) -> tuple[int, datetime] | None:
    """Of the (row, day) of the file's dated rows, in row order, the nearest before this row, else after it."""
    at = bisect.bisect_left(days, (row,))
    if at > 0:
        return days[at - 1]
    return days[at] if at < len(days) else None


def dated_by_neighbours(steps: Sequence[S]) -> list[tuple[S, S | None]]:
    """One application's steps, in the file's order, each with the step it took its day from: an undated
    one takes the nearest dated step before it in the file, else the nearest after it. A step that has a
    day comes with None; so does one when no step of the application has a day (its `when` stays None:
    the caller dates it today)."""
    out: list[tuple[S, S | None]] = []
    for at, step in enumerate(steps):
        if step.when is not None:
            out.append((step, None))
            continue
        source = next((s for s in reversed(steps[:at]) if s.when is not None), None) or next(
            (s for s in steps[at + 1:] if s.when is not None), None)
        out.append((step._replace(when=source.when) if source is not None else step, source))
    return out
