"""What a workbook's cells hold that python-calamine reads as blank: Excel errors (#N/A, #DIV/0!),
formulas the file keeps no result for (written by a program, never calculated in Excel), and cells
covered by merged cells (the value sits in the block's first cell only).

Such a cell must not look like an empty one: the import says so, with its row and column. The
marks are found in the sheet's own XML (a quick search first: most sheets have none of these), and
the row parser looks a blank cell up here. Merged cells are listed after the rows, at the end of the
sheet's XML; a sheet read in slices learns of them when its rows are gone, so those become warnings
at the end of the import (`late_blocks`).

When the user asks for it (RELIABILITY B6: trackers merge one client, city or candidate over the rows
that share it), `fill_merged_down` gives the rows below a merged block's first cell its value instead.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from crm.importing.report import Issue

_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*?)(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>)", re.DOTALL)
_STRING_TYPE = re.compile(rb'\bt="str"')
_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>)", re.DOTALL)
# A cell whose formula is Excel's SUBTOTAL(...) (what a Table's Total Row holds), or AGGREGATE(...)
_SUBTOTAL_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*>\s*'
                            rb'<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*>\s*(?:_xlfn\.)?(?:SUBTOTAL|AGGREGATE)\(', re.IGNORECASE)
# A row Excel hides (filtered out by an AutoFilter, or hidden by hand)
_HIDDEN_ROW = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_MERGED = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')

ERROR = "error"
FORMULA = "formula"
MERGED = "merged"


@dataclass(frozen=True, slots=True)
class CellMark:
    kind: str  # ERROR, FORMULA or MERGED
    text: str  # "#N/A", "=B2*12" (or "=" when the formula is shared from another cell), "D4:D6"
    first_row: int = 0  # MERGED: the row holding the block's value
    first_col: int = -1  # MERGED: the column holding it


@dataclass(frozen=True, slots=True)
class Block:
    """Merged cells: rows and columns as the sheet numbers them (rows from 1, columns from 0)."""

    ref: str
    first_row: int
    first_col: int
    last_row: int
    last_col: int


@dataclass
class SheetMarks:
    """The marks of one sheet: row -> column -> mark, filled as the rows are read."""

    cells: dict[int, dict[int, CellMark]] = field(default_factory=dict)
    late_blocks: list[Block] = field(default_factory=list)
    # Row -> the columns where a block over several rows starts (the values fill_merged_down repeats).
    block_starts: dict[int, list[int]] = field(default_factory=dict)
    blocks_known: bool = False  # the merged blocks are known before the rows are read
    # For a sheet read in slices: scans its whole XML into these marks ahead of the rows (readers.scan_marks),
    # when fill_merged_down needs the merged blocks before the rows they cover.
    scan_ahead: Callable[[SheetMarks], None] | None = None
    # Row -> column -> the web address a cell links to (hyperlinks.py), when its words are not the address
    links: dict[int, dict[int, str]] = field(default_factory=dict)
    # Rows the list's reading left out, and why: (row, its cells, reason): a header repeated, another list
    # below (sheets._data_rows); said once the rows are read.
    left_out: list[tuple[int, str, str]] = field(default_factory=list)
    # Rows that are an Excel Table's Total Row (its table part says so): a footer, never a person
    footer_rows: set[int] = field(default_factory=set)
    # Row -> the columns whose formula is SUBTOTAL(...): a row of them only is a totals row
    subtotals: dict[int, set[int]] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)  # rows Excel hides (a filter, or hidden by hand)

    def add_rows(self, subtotals: dict[int, set[int]], hidden: set[int]) -> None:
        """A piece of the sheet's SUBTOTAL cells and hidden rows (row_marks)."""
        for row, columns in subtotals.items():
            self.subtotals.setdefault(row, set()).update(columns)
        self.hidden_rows.update(hidden)

    def add_links(self, found: dict[int, dict[int, str]]) -> None:
        for row, links in found.items():
            self.links.setdefault(row, {}).update(links)

    def add_cells(self, found: dict[int, dict[int, CellMark]]) -> None:
        for row, marks in found.items():
            self.cells.setdefault(row, {}).update(marks)

    def add_blocks(self, blocks: list[Block]) -> None:
        """The sheet's merged blocks, before their rows are read: each covered cell gets its mark."""
        self.blocks_known = True
        for block in blocks:
            mark = CellMark(MERGED, block.ref, block.first_row, block.first_col)
            if block.last_row > block.first_row:
                self.block_starts.setdefault(block.first_row, []).append(block.first_col)
            for row in range(block.first_row, block.last_row + 1):
                columns = range(block.first_col + 1 if row == block.first_row else block.first_col,
                                block.last_col + 1)
                if columns:
                    self.cells.setdefault(row, {}).update(dict.fromkeys(columns, mark))


def fill_merged_down(rows: Iterable[tuple[int, list[Any]]], marks: SheetMarks) -> Iterator[tuple[int, list[Any]]]:
    """The rows, with each cell under a merged block's first cell given that cell's value (the block's
    first column only: the columns it spans to the right keep their own meaning, and stay empty). A block
    that starts on or above the header has no value to give."""
    if not marks.blocks_known and marks.scan_ahead is not None:
        marks.scan_ahead(marks)
    starts, covered = marks.block_starts, marks.cells
    held: dict[tuple[int, int], Any] = {}  # (block's first row, column) -> its value
    for number, cells in rows:
        columns = starts.get(number)
        if columns:
            for column in columns:
                held[number, column] = cells[column] if column < len(cells) else None
        row_marks = covered.get(number)
        if row_marks:
            for column, mark in row_marks.items():
                if mark.kind == MERGED and mark.first_col == column and column < len(cells) and cells[column] is None:
                    cells[column] = held.get((mark.first_row, column))
        yield number, cells


def column_index(letters: bytes | str) -> int:
    """'A' -> 0, 'AB' -> 27."""
    index = 0
    for letter in letters if isinstance(letters, str) else letters.decode("ascii"):
        index = index * 26 + ord(letter) - 64
    return index - 1


def cell_marks(xml: bytes) -> dict[int, dict[int, CellMark]]:
    """The error cells and the formulas without a result in a piece of sheet XML (whole rows)."""
    found: dict[int, dict[int, CellMark]] = {}
    if b't="e"' not in xml and b"<f" not in xml and b":f" not in xml:
        return found  # nearly every sheet: no regular expression over it
    for match in _CELL.finditer(xml):
        attributes, inner = match.group(1), match.group(2) or b""
        ref = _REF.search(attributes)
        if ref is None:
            continue
        mark = None
        value = _VALUE.search(inner)
        value_text = (value.group(1) or b"").strip() if value else b""
        if _ERROR_TYPE.search(attributes):
            mark = CellMark(ERROR, xml_text(value_text) or "#VALUE!")
        else:
            formula = _FORMULA.search(inner)
            # t="str" with an empty value: Excel calculated it to empty text (=IF(C3="x","",...)), no missing result
            if formula is not None and not value_text and _STRING_TYPE.search(attributes) is None:
                mark = CellMark(FORMULA, "=" + xml_text(formula.group(1) or b""))
        if mark is not None:
            found.setdefault(int(ref.group(2)), {})[column_index(ref.group(1))] = mark
    return found


def row_marks(xml: bytes) -> tuple[dict[int, set[int]], set[int]]:
    """The SUBTOTAL(...) cells (row -> columns) and the hidden rows in a piece of sheet XML (whole rows)."""
    subtotals: dict[int, set[int]] = {}
    if b"SUBTOTAL(" in xml or b"AGGREGATE(" in xml or b"subtotal(" in xml:
        for letters, row in _SUBTOTAL_CELL.findall(xml):
            subtotals.setdefault(int(row), set()).add(column_index(letters))
    hidden: set[int] = set()
    if b'hidden="' in xml:
        for found in _HIDDEN_ROW.finditer(xml):
            number = _ROW_NUMBER.search(found.group())
            if number is not None:
                hidden.add(int(number.group(1)))
    return subtotals, hidden


def merged_blocks(xml: bytes) -> list[Block]:
    """The merged cells listed in (the end of) a sheet's XML."""
    if b"mergeCell" not in xml:
        return []
    blocks = []
    for first_col, first_row, last_col, last_row in _MERGED.findall(xml):
        ref = f"{first_col.decode()}{first_row.decode()}:{last_col.decode()}{last_row.decode()}"
        blocks.append(Block(ref, int(first_row), column_index(first_col), int(last_row), column_index(last_col)))
    return blocks


def xml_text(raw: bytes) -> str:
    """The text of an XML element's content, decoded, its entities and character references replaced in one
    pass ("escribi&#243;" from tools that write accents so; "&amp;#243;" stays "&#243;")."""
    return html.unescape(raw.decode("utf-8", "replace"))


# What each mark tells the user, as a warning on its row and column
FORMULA_KEPT = ("a formula whose result the file does not hold (it was never calculated in Excel); the formula is "
                "kept in the notes: open and save the file in Excel, then import it again")


UNCALCULATED_COLUMNS = ("{columns}: formulas whose results the file does not hold (it was never calculated in "
                        "Excel), so these cells would be left empty: open and save the file in Excel, then import it")
_IDENTIFYING = frozenset({"full_name", "first_name", "last_name", "email", "phone", "linkedin_url", "name"})


def uncalculated_columns(headers: list[str], targets: list[str], rows: list[tuple[int, list]],
                         cells: dict[int, dict[int, CellMark]]) -> str | None:
    """What the import window says before importing of a file whose name, email or phone columns are formulas
    without results in most of its first rows (a file a program wrote and nobody opened): imported so, the
    people have no name (UNCALCULATED_COLUMNS); None when no such column."""
    if len(rows) < 2:
        return None
    found = [headers[column] for column, target in enumerate(targets) if target in _IDENTIFYING and sum(
        1 for number, values in rows if (column >= len(values) or values[column] is None)
        and getattr(cells.get(number, {}).get(column), "kind", None) == FORMULA) * 2 > len(rows)]
    return UNCALCULATED_COLUMNS.format(columns=", ".join(found)) if found else None


def mark_issue(number: int, header: str, mark: CellMark, kept_in_notes: bool = False) -> Issue:
    """The warning for a cell that looks blank but is not (see cell_marks)."""
    if mark.kind == ERROR:
        return Issue(number, header, mark.text, "the cell holds an Excel error; left empty")
    if mark.kind == FORMULA:
        return Issue(number, header, mark.text, FORMULA_KEPT if kept_in_notes else (
            "a formula whose result the file does not hold (it was never calculated in Excel); left empty: open and "
            "save the file in Excel, then import it again"))
    if number == mark.first_row:  # merged across the row: its value is in the first of them, on this row
        return Issue(number, header, mark.text,
                     f"part of the merged cells {mark.text}, whose value is in their first cell only; left empty")
    return Issue(number, header, mark.text,
                 f"part of the merged cells {mark.text}, whose value is in row {mark.first_row} only; left empty")
