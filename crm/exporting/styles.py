"""The look of every client report: one table style, widths that fit, print set-up for A4 landscape."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from crm.exporting.cells import set_value
from crm.exporting.labels import Labels

BRAND = "1F3864"  # dark navy: header fill and titles
BAND = "EEF2F8"  # light band behind key/value labels
_THIN = Side(style="thin", color="BFC7D5")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FONT = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor=BRAND)
BODY_FONT = Font(name="Calibri", size=10)
TITLE_FONT = Font(name="Calibri", size=16, bold=True, color=BRAND)
SUBTITLE_FONT = Font(name="Calibri", size=11, bold=True, color=BRAND)
LABEL_FONT = Font(name="Calibri", size=10, bold=True, color="404040")
NOTE_FONT = Font(name="Calibri", size=9, italic=True, color="595959")
LABEL_FILL = PatternFill("solid", fgColor=BAND)
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")
TOP_RIGHT = Alignment(vertical="top", horizontal="right", indent=1)  # clear of the next column

# Widths in characters: the content decides, within these bounds (a cap on a Column wins).
_BOUNDS = {"text": (8, 24), "long": (18, 42), "date": (11, 12), "money": (11, 16), "int": (7, 12),
           "percent": (9, 12), "number": (7, 12)}
_LINE_HEIGHT = 13.0  # points per line of 10-point Calibri


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = "text"  # text | long | date | money | int | percent | number
    max_width: int | None = None


def _shown_length(value: object, kind: str) -> int:
    if value is None:
        return 0
    if kind == "date":
        return 11
    if kind == "money":
        return len(f"{value:,}") + 3 if isinstance(value, int | float) else len(str(value))
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _lines(value: object, width: float) -> int:
    """How many lines a wrapped text needs in a column `width` characters wide (a fair estimate)."""
    if not isinstance(value, str) or not value:
        return 1
    usable = max(1.0, (width - 0.5) * 1.05)  # 10-point text is a little narrower than a width unit
    return sum(max(1, math.ceil(len(line) / usable)) for line in value.split("\n"))


def _fit_widths(columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        low, high = _BOUNDS[column.kind]
        high = column.max_width or high
        longest_word = max((len(word) for word in column.label.split()), default=0)
        wanted = max([longest_word + 2, min(len(column.label) + 2, 16)]
                     + [_shown_length(row[index], column.kind) + 2 for row in rows])
        widths.append(float(max(low, min(high, wanted))))
    return widths


def write_table(ws: Worksheet, top: int, columns: Sequence[Column], rows: Sequence[Sequence[object]],
                labels: Labels, *, filter_and_freeze: bool = True) -> int:
    """Write a header row at `top` and the rows under it; returns the last row used.

    Header styled and repeated on every printed page, panes frozen under it, autofilter over the
    table, number and date formats per column, long text wrapped, widths fitted to the content and
    row heights set for the wrapped lines (LibreOffice and Excel do not grow rows by themselves).
    """
    widths = _fit_widths(columns, rows)
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=top, column=index)
        set_value(cell, column.label)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, widths[index - 1])
    header_lines = max(_lines(c.label, w) for c, w in zip(columns, widths, strict=True))
    ws.row_dimensions[top].height = max(2, header_lines) * _LINE_HEIGHT + 4
    marker = labels("truncated")
    for offset, row in enumerate(rows, start=1):
        lines = 1
        for index, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            cell = ws.cell(row=top + offset, column=index)
            set_value(cell, value, marker)
            cell.font, cell.border = BODY_FONT, GRID
            cell.alignment = TOP_WRAP if column.kind in ("long", "text") else TOP
            if column.kind == "date" and isinstance(value, date):
                cell.number_format = labels.date_format
            elif column.kind == "money":
                cell.alignment = TOP_RIGHT
                if isinstance(value, int | float):
                    cell.number_format = labels.money_format
            elif column.kind == "percent":
                cell.number_format = labels.percent_format
            elif column.kind == "int":
                cell.number_format = labels.integer_format
            if column.kind in ("long", "text"):
                lines = max(lines, _lines(cell.value, widths[index - 1]))
        if lines > 1:
            ws.row_dimensions[top + offset].height = min(lines, 30) * _LINE_HEIGHT + 2
    last = top + max(len(rows), 1)
    if filter_and_freeze:
        ws.auto_filter.ref = f"A{top}:{get_column_letter(len(columns))}{last}"
        ws.freeze_panes = f"A{top + 1}" if len(columns) < 3 else f"B{top + 1}"
        ws.print_title_rows = f"{top}:{top}"
    return last


def write_title(ws: Worksheet, row: int, text: str, font: Font = TITLE_FONT) -> None:
    cell = ws.cell(row=row, column=1)
    set_value(cell, text)
    cell.font = font


def write_pairs(ws: Worksheet, top: int, pairs: Sequence[tuple[str, object, str]], labels: Labels,
                span: int = 4) -> int:
    """A key/value block (label, value, kind); values span columns B..`span`. Returns the last row used."""
    for offset, (label, value, kind) in enumerate(pairs):
        key = ws.cell(row=top + offset, column=1)
        set_value(key, label)
        key.font, key.fill, key.border = LABEL_FONT, LABEL_FILL, GRID
        cell = ws.cell(row=top + offset, column=2)
        set_value(cell, value, labels("truncated"))
        ws.merge_cells(start_row=top + offset, start_column=2, end_row=top + offset, end_column=span)
        cell.font, cell.border, cell.alignment = BODY_FONT, GRID, Alignment(horizontal="left", vertical="top")
        if kind == "date":
            cell.number_format = labels.date_format
        elif kind == "int":
            cell.number_format = labels.integer_format
    return top + len(pairs) - 1


def write_note(ws: Worksheet, row: int, text: str) -> None:
    cell = ws.cell(row=row, column=1)
    set_value(cell, text)
    cell.font = NOTE_FONT


def print_setup(ws: Worksheet, labels: Labels, title: str) -> None:
    """A4 landscape, all columns on one page width, page numbers and a confidentiality mark."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    # Excel refuses (repair prompt) page headers over 255 characters: keep the title short.
    short = title if len(title) <= 90 else title[:89] + "…"
    ws.oddHeader.left.text = short.replace("&", "&&")
    ws.oddHeader.left.size = 8
    ws.oddHeader.right.text = labels("confidential")
    ws.oddHeader.right.size = 8
    ws.oddFooter.center.text = labels("page")
    ws.oddFooter.center.size = 8
    ws.sheet_view.showGridLines = False
