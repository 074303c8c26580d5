"""The day of a pipeline row that gives none (a blank or unreadable date): taken from the rows of the same
application around it in the file, so that it sits where the file puts it in the history.

Taking "now" sorted such a row after every dated one: a hired person went back to Contacted, and each
import on a later day added the same step again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, TypeVar

NEAR_ROW = "no date; dated as row {row}, the nearest dated row of the same application"
NEAR_ROW_UNREAD = "{problem}; dated as row {row}, the nearest dated row of the same application"
NO_DATED_ROW = "no date, nor any other row of the same application with one; today's date used"
NO_DATED_ROW_UNREAD = "{problem}; today's date used"
# The preview, which reads a row alone: where the import will take its day from.
UNREAD_PREVIEW = "{problem}; dated as the nearest dated row of the same application, else today"
# Said once for a file that has no date column (a snapshot of where each process stands), not row by row.
NO_DATES = "rows with no date, nor another row of the same application with one, dated today: {count}"


class StepLike(Protocol):
    row: int
    when: datetime | None

    def _replace(self, **changes): ...


S = TypeVar("S", bound=StepLike)


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
