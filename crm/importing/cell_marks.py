"""What a workbook's cells hold that python-calamine reads as blank: Excel errors (#N/A, #DIV/0!),
formulas the file keeps no result for (written by a program, never calculated in Excel), and cells
covered by merged cells (the value sits in the block's first cell only).

Such a cell must not look like an empty one: the import says so, with its row and column. The
marks are found in the sheet's own XML (a quick search first: most sheets have none of these), and
the row parser looks a blank cell up here. Merged cells are listed after the rows, at the end of the
sheet's XML; a sheet read in slices learns of them when its rows are gone, so those become warnings
at the end of the import (`late_blocks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*?)(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?c>)", re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?f>)", re.DOTALL)
_VALUE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?v\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?v>)", re.DOTALL)
_MERGED = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')
_ENTITIES = ((b"&lt;", b"<"), (b"&gt;", b">"), (b"&quot;", b'"'), (b"&apos;", b"'"), (b"&amp;", b"&"))

ERROR = "error"
FORMULA = "formula"
MERGED = "merged"


@dataclass(frozen=True, slots=True)
class CellMark:
    kind: str  # ERROR, FORMULA or MERGED
    text: str  # "#N/A", "=B2*12" (or "=" when the formula is shared from another cell), "D4:D6"
    first_row: int = 0  # MERGED: the row holding the block's value


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

    def add_cells(self, found: dict[int, dict[int, CellMark]]) -> None:
        for row, marks in found.items():
            self.cells.setdefault(row, {}).update(marks)

    def add_blocks(self, blocks: list[Block]) -> None:
        """Merged blocks known before their rows are read: each covered cell gets its mark."""
        for block in blocks:
            mark = CellMark(MERGED, block.ref, block.first_row)
            for row in range(block.first_row, block.last_row + 1):
                columns = range(block.first_col + 1 if row == block.first_row else block.first_col,
                                block.last_col + 1)
                if columns:
                    self.cells.setdefault(row, {}).update(dict.fromkeys(columns, mark))


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
            mark = CellMark(ERROR, _text(value_text) or "#VALUE!")
        else:
            formula = _FORMULA.search(inner)
            if formula is not None and not value_text:
                mark = CellMark(FORMULA, "=" + _text(formula.group(1) or b""))
        if mark is not None:
            found.setdefault(int(ref.group(2)), {})[column_index(ref.group(1))] = mark
    return found


def merged_blocks(xml: bytes) -> list[Block]:
    """The merged cells listed in (the end of) a sheet's XML."""
    if b"mergeCell" not in xml:
        return []
    blocks = []
    for first_col, first_row, last_col, last_row in _MERGED.findall(xml):
        ref = f"{first_col.decode()}{first_row.decode()}:{last_col.decode()}{last_row.decode()}"
        blocks.append(Block(ref, int(first_row), column_index(first_col), int(last_row), column_index(last_col)))
    return blocks


def _text(raw: bytes) -> str:
    for entity, char in _ENTITIES:
        raw = raw.replace(entity, char)
    return raw.decode("utf-8", "replace")
