"""Where the candidate importer gets its rows: the list located in the file, then parsed batches.

`InlineRows` reads and normalises in this process; `reader_process.ChildRows` does the same in a
child process so that it overlaps with the inserting (see there). Both hand out the same batches.
This module loads only pure rules (no SQLAlchemy): the child process imports it.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crm.importing.candidate_rows import CandidateRow, Rejected, RowParser
from crm.importing.cell_marks import MERGED, Block, CellMark, SheetMarks, fill_merged_down, mark_issue
from crm.importing.mapping import SKIP
from crm.importing.report import Issue
from crm.importing.sheets import open_table

CHUNK_ROWS = 2000  # rows a reader process sends at once: fewer, larger inserts
FIRST_CHUNK_ROWS = 250  # ...except the first batch, which the importer waits for: it starts on it sooner
INLINE_CHUNK_ROWS = 500  # rows parsed at once in the importer's own process: its memory stays small


@dataclass
class Located:
    """The list found in the file: which sheet, its header row and cells, and about how many rows follow."""

    sheet: str
    header_row: int
    headers: list[str]
    total_rows: int
    warnings: list[str] = field(default_factory=list)  # about the whole file (e.g. its encoding)
    sheets: int = 1  # how many sheets the file has (an import of one of several is named by its sheet)


@dataclass
class Batch:
    rows: list[CandidateRow]
    rejected: list[Issue]
    read: int  # source rows consumed, parsed or rejected
    warnings: list[Issue] = field(default_factory=list)  # the rows' warnings, in row order


def chunks(rows: Iterable, size: int, first: int | None = None) -> Iterator[list]:
    """Lists of `size` rows; the first one `first` rows long when given."""
    iterator = iter(rows)
    step = first or size
    while chunk := list(itertools.islice(iterator, step)):
        yield chunk
        step = size


def parse_chunk(chunk: list[tuple[int, list[Any]]], parser: RowParser) -> Batch:
    rows: list[CandidateRow] = []
    rejected: list[Issue] = []
    for number, cells in chunk:
        try:
            rows.append(parser.parse(number, cells))
        except Rejected as exc:
            rejected.append(exc.issue)
    return Batch(rows, rejected, len(chunk), [issue for row in rows if row.warnings for issue in row.warnings])


def parsed_batches(rows: Iterable, headers: list[str], targets: list[str], day_first: bool,
                   timings: dict[str, float], size: int, first: int | None = None,
                   marks: SheetMarks | None = None, header_row: int = 0, fill_merged: bool = False) -> Iterator[Batch]:
    """Parse the data rows in batches (the first `first` rows long), adding the seconds spent reading and
    parsing to `timings`. Blank-looking cells that `marks` knows of are warned about; merged cells
    learnt after the rows (a sheet read in slices) in a last batch of warnings only. `fill_merged`: the
    user asked for merged values to be repeated down their rows."""
    marks = marks if marks is not None else SheetMarks()
    if fill_merged:
        rows = fill_merged_down(rows, marks)
    # One parser per import: repeated values of a column are parsed once.
    parser = RowParser(headers, targets, day_first, marks=marks.cells, links=marks.links)
    clock = time.perf_counter()
    last_row = header_row
    for chunk in chunks(rows, size, first):
        read = time.perf_counter()
        timings["read"] += read - clock
        batch = parse_chunk(chunk, parser)
        timings["normalise"] += time.perf_counter() - read
        last_row = chunk[-1][0]
        yield batch
        clock = time.perf_counter()  # the consumer's time in between is not reading
    late = late_merged_warnings(marks.late_blocks, headers, targets, header_row, last_row) if marks.late_blocks else []
    late += left_out_warnings(marks)
    if late:
        yield Batch([], [], 0, late)


def left_out_warnings(marks: SheetMarks) -> list[Issue]:
    """The rows the list's reading left out (a header repeated, another list below it), in row order."""
    return [Issue(row, None, value, reason) for row, value, reason in sorted(marks.left_out)]


def late_merged_warnings(blocks: list[Block], headers: list[str], targets: list[str], header_row: int,
                         last_row: int) -> list[Issue]:
    """The warnings the parser would have given the data rows' cells covered by merged cells."""
    issues = []
    for block in blocks:
        mark = CellMark(MERGED, block.ref, block.first_row)
        for row in range(max(block.first_row, header_row + 1), min(block.last_row, last_row) + 1):
            first_col = block.first_col + 1 if row == block.first_row else block.first_col
            for column in range(first_col, min(block.last_col + 1, len(headers))):
                if targets[column] != SKIP:
                    issues.append(mark_issue(row, headers[column], mark))
    issues.sort(key=lambda issue: issue.row)
    return issues


class InlineRows:
    """Read and normalise in this process (files under 2 MB, or when no child process can start)."""

    def __init__(self, path: Path, sheet: str | None):
        started = time.perf_counter()
        workbook, self._table = open_table(path, sheet)
        self.located = Located(self._table.sheet, self._table.header_row, self._table.headers,
                               self._table.total_rows, list(workbook.warnings), len(workbook.sheet_names))
        self.timings = {"read": time.perf_counter() - started, "normalise": 0.0}

    def batches(self, targets: list[str], day_first: bool, size: int | None = None,
                first: int | None = None, fill_merged: bool = False) -> Iterator[Batch]:
        return parsed_batches(self._table.rows, self.located.headers, targets, day_first, self.timings,
                              size or INLINE_CHUNK_ROWS, first, self._table.marks, self._table.header_row, fill_merged)

    def close(self) -> None:
        """Stop reading (a cancel or an error): a sliced sheet's background thread ends with it."""
        close = getattr(self._table.rows, "close", None)
        if close is not None:
            close()
