"""Find the list inside a sheet: the header row below titles, merged cells and blank rows; the
sheet that looks like a candidate list rather than a lookup list; blank rows and footers skipped."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crm.domain import normalize
from crm.importing.cell_marks import MERGED, SheetMarks
from crm.importing.full_names import PARTICLES
from crm.importing.mapping import (  # noqa: F401 - is_unnamed: sheets' word
    CANDIDATE_FIELDS,
    COMMENT_COLUMN,
    NAME_FIELDS,
    guess_field,
    is_unnamed,
    names_a_field,
    normalise_header,
    unnamed_column,
)
from crm.importing.readers import Row, SheetData, Workbook, open_workbook
from crm.importing.safety import UnreadableFile, column_letters
from crm.importing.stage_words import is_stage_word
from crm.importing.values import Unparsed, as_text
from crm.importing.vocabulary import candidate_status

HEADER_SEARCH_ROWS = 30
_FOOTER_WORDS = ("total", "totales", "suma", "sum", "subtotal", "recuento", "count", "fin", "end of list",
                 "numero de candidatos", "total candidatos",
                 # the lines a tracker's keeper writes under the list: an average, who updated it and when,
                 # where it came from, a confidentiality line, a count of records, a note or legend
                 "media", "promedio", "average", "mean", "actualizado", "actualizada", "ultima actualizacion",
                 "updated", "last updated", "generado", "generated", "exportado", "exported", "fuente", "source",
                 "datos confidenciales", "confidencial", "confidential", "no de registros", "n.o de registros",
                 "numero de registros", "registros", "records", "nota", "notas", "note", "leyenda", "legend")


@dataclass
class Table:
    """The list found in a sheet: header cells, their row number, and the data rows that follow."""

    sheet: str
    header_row: int
    headers: list[str]
    rows: Iterator[Row]
    total_rows: int
    marks: SheetMarks = field(default_factory=SheetMarks)  # what blank-looking cells hold (cell_marks)
    header_rows: int = 1  # 2 for a header written on two rows (two_row_header), ending on header_row
    notes: list[str] = field(default_factory=list)  # what the user should know of the sheet (a block left out)


def header_score(values: list, fields: dict) -> int:
    """How many cells of a row read as known column names (distinct fields)."""
    found = set()
    for value in values:
        if isinstance(value, str) and len(value) <= 40 and value.count(" ") < 5:
            field = guess_field(value, fields)
            if field:
                found.add(field)
    return len(found)


def find_table(sheet: SheetData, fields: dict = CANDIDATE_FIELDS) -> Table:
    """Locate the header row among the first rows and return the table below it. A header of two rows
    (group labels over their columns' names) is read as one when that names more fields (two_row_header)."""
    head: list[Row] = [(number, _blank_to_none(values)) for number, values in itertools.islice(sheet.rows, HEADER_SEARCH_ROWS)]
    best: tuple[int, int, list, int] | None = None  # (score, index in head of its last row, names, rows)
    for index, (_number, values) in enumerate(head):
        texts = [v for v in values if isinstance(v, str) and v.strip()]
        if len(texts) < 2:  # a title (merged cells hold one value), a blank row, or one group label
            if texts and index + 1 < len(head):
                best = _with_lone_group(values, head[index + 1][1], index + 1, best, fields)
            continue
        score = header_score(values, fields)
        if best is not None and best[0] >= 2 and index > best[1] and score * 2 < best[0]:
            break  # a row of the list under its header: a header further down is a later block's, not this one's
        if best is None or score > best[0]:
            best = (score, index, values, 1)
        if index + 1 < len(head):
            joined = two_row_header(values, head[index + 1][1], fields)
            if joined is not None and (joined_score := header_score(joined, fields)) > max(score, best[0]):
                best = (joined_score, index + 1, joined, 2)
    if best is None and (lone := _one_column_header(head, fields)) is not None:
        best = (1, lone, head[lone][1], 1)
    if best is None:
        if not any(any(v is not None for v in values) for _n, values in head):
            raise UnreadableFile(f"sheet '{sheet.name}' is empty")
        raise UnreadableFile(f"sheet '{sheet.name}': no header row found in the first {HEADER_SEARCH_ROWS} rows "
                             "(expected a row of column names such as Nombre, Email, Teléfono)")
    _score, at, values, header_rows = best
    number = head[at][0]
    # Up to the last named column, or further where cells hold values (a second phone typed in the
    # column after the list's last, a ragged CSV row): those columns are named by their letter.
    width = max(max((i + 1 for i, v in enumerate(values) if v is not None), default=0), sheet.width or 0)
    padded = list(values[:width]) + [None] * (width - len(values))
    width, notes = _list_width(sheet, padded, width, number)
    padded = padded[:width]
    headers = [(as_text(v) or "").strip() or unnamed_column(column) for column, v in enumerate(padded)]
    rest = itertools.chain(head[at + 1:], sheet.rows)
    rows = _said_hidden(_data_rows(rest, width, padded, fields, sheet.marks), sheet.marks)
    commented = sorted({column for row, columns in sheet.comments.items() if row > number
                        for column in columns if column < width})
    if commented:  # each commented column's comments, in a column of their own: kept in the person's notes
        headers += [COMMENT_COLUMN.format(header=headers[column]) for column in commented]
        rows = _with_comments(rows, sheet.comments, commented)
    return Table(sheet.name, number, headers, rows, max(sheet.total_rows - number, 0), sheet.marks, header_rows,
                 notes)


def _with_comments(rows: Iterator[Row], comments: dict[int, dict[int, str]], columns: list[int]) -> Iterator[Row]:
    """The rows, each followed by the comments on its cells in the commented columns (None where there is none)."""
    empty = [None] * len(columns)
    for number, values in rows:
        on_row = comments.get(number)
        yield number, [*values, *([on_row.get(column) for column in columns] if on_row else empty)]


HIDDEN_ROWS = "{count} of the list's rows were hidden in Excel (by a filter, or hidden by hand); they were imported too"
HIDDEN_ROW = "one of the list's rows was hidden in Excel (by a filter, or hidden by hand); it was imported too"


def _said_hidden(rows: Iterator[Row], marks: SheetMarks) -> Iterator[Row]:
    """The rows; once they are read, how many of them Excel hid is said (the recruiter saw fewer there)."""
    hidden = marks.hidden_rows  # (filled as the rows are read: a big sheet's slices add theirs)
    found: list[int] = []
    for row in rows:
        if hidden and row[0] in hidden:
            found.append(row[0])
        yield row
    if found:
        shown = ", ".join(str(number) for number in found[:10]) + (", ..." if len(found) > 10 else "")
        marks.left_out.append((found[0], shown, HIDDEN_ROWS.format(count=len(found)) if len(found) > 1 else HIDDEN_ROW))


BLOCK_BESIDE = ("a separate block beside the list, after empty columns ({columns}: {names}), is not part of it (a "
                "lookup list, such as a drop-down's values); not imported")
_NARROW_BLOCK = 3  # columns: a lookup list beside the list is one or two columns wide, seldom three
_LOOKUP_SHEET_ROWS = 2000  # rows of a sheet whose list may be shorter than a lookup list beside it


def _list_width(sheet: SheetData, header: list, width: int, header_row: int) -> tuple[int, list[str]]:
    """The list's width, without the columns no row holds a value in and no header names (formatted empty
    columns: Google Sheets exports its whole grid), and without a narrow block beside the list after columns
    empty throughout that runs on below the list (a lookup list: "Estados posibles" for a drop-down), which
    is said. The sheet's XML is looked through only when the header leaves columns unnamed."""
    named = [column for column, value in enumerate(header) if value is not None]
    last_named = named[-1] + 1 if named else 0
    # (a lookup list runs on below a short list only: a long sheet is not read twice to look for one)
    gap = _gap_before_block(header, last_named) if sheet.total_rows <= _LOOKUP_SHEET_ROWS else None
    if sheet.usage is None or (width <= last_named and gap is None):
        return width, []
    first = gap[0] if gap is not None else last_named
    usage = sheet.usage(first, header_row, by_row=gap is not None)
    width = max(last_named, max((column + 1 for column in usage.columns if column < width), default=0))
    if gap is None:
        return width, []
    start, end = gap
    valued = usage.valued
    block_rows = set().union(*(valued.get(column, set()) for column in range(end, width)))
    if any(valued.get(column) for column in range(start, end)) or not _runs_on_below(block_rows, usage.rows_before):
        return width, []  # the person's own columns after a spacer, or one more column of the list
    names = ", ".join(str(header[column]) for column in range(end, min(width, len(header))) if header[column] is not None)
    columns = column_letters(end + 1) + (f":{column_letters(width)}" if width > end + 1 else "")
    return start, [BLOCK_BESIDE.format(columns=columns, names=names)]


def _runs_on_below(block_rows: set[int], list_rows: set[int]) -> bool:
    """A block of its own rows: filled without a gap and running on below the list's last row (a lookup list
    longer than the list). The person's own columns leave rows empty, and a value typed under the list is one
    row, not the column."""
    if not block_rows or not list_rows:
        return False
    first, last = min(block_rows), max(block_rows)
    return last - first + 1 == len(block_rows) and last > max(list_rows) and len(block_rows - list_rows) >= 2


def _gap_before_block(header: list, last_named: int) -> tuple[int, int] | None:
    """(first, end) of the last run of unnamed columns inside the header, when a narrow named block follows it
    to the header's end and at least two columns of the list stand before it."""
    end = last_named
    while end > 0 and header[end - 1] is not None:
        end -= 1
    start = end
    while start > 0 and header[start - 1] is None:
        start -= 1
    if start == end or start < 2 or last_named - end > _NARROW_BLOCK:
        return None
    return start, end


def _one_column_header(head: list[Row], fields: dict) -> int | None:
    """Where a list of one column starts (a CSV of emails only, a sheet of LinkedIn profiles): the row whose
    one cell is a short label naming a field with a value below it, when every other cell of the first rows
    is in that same column; of labels one above the other ("Lista de candidatos julio" over "Correos"), the
    last. A cell that is itself an address or a profile (a value the field reads) is no header, nor a
    sentence ("Rellene una fila por candidato." on an instructions sheet)."""
    columns = {column for _n, values in head for column, v in enumerate(values) if v is not None}
    if len(columns) != 1:
        return None
    cells = [next((v for v in values if v is not None), None) for _n, values in head]
    filled = [index for index, cell in enumerate(cells) if cell is not None]
    for index, below in zip(filled, filled[1:], strict=False):
        if _one_label(cells[index], fields) and not _one_label(cells[below], fields):
            return index
    return None


def _one_label(cell, fields: dict) -> bool:
    """A field's name itself: a list of one column has no other header to tell it from its values."""
    return (isinstance(cell, str) and len(cell) <= 40 and not any(mark in cell for mark in ("@", "/", "www."))
            and names_a_field(cell, fields))


def _with_lone_group(upper: list, lower: list, at: int, best: tuple | None, fields: dict) -> tuple | None:
    """`best`, or the header of two rows whose upper row holds one label only ("Salario (k€)" merged over
    "Actual" and "Deseado", the other columns named below it) when that label completes names below.
    A title row holds one value too: it is only taken for a group when it makes a name a field's."""
    joined = two_row_header(upper, lower, fields)
    if joined is None:
        return best
    # Only names it completes: a title over an unnamed column (row numbers) names nothing.
    joined = [name if column < len(lower) and lower[column] is not None else None
              for column, name in enumerate(joined)]
    if joined == [*lower, *[None] * (len(joined) - len(lower))]:
        return best
    score = header_score(joined, fields)
    if score > max(header_score(lower, fields), best[0] if best else 0):
        return score, at, joined, 2
    return best


_UNITS = re.compile(r"\s*\(([^)]*)\)\s*")


def two_row_header(upper: list, lower: list, fields: dict) -> list | None:
    """The names of a header written on two rows, as one row, or None when `lower` is no row of names
    (only text, at least two cells). A group label ("Salario (k€)", merged or not) stands over the
    columns up to the next label; a column whose own name says no field but does with its group's is
    named by both ("Salario Actual (k€)"); a column named only in the upper row (merged down over both)
    keeps that name."""
    texts = [v for v in lower if v is not None]
    if len(texts) < 2 or not all(isinstance(v, str) for v in texts):
        return None
    # A list's first row is no row of names: not one holding an address or a number ("ana@x.es", a phone),
    # nor one under a header that names every column itself (group labels span several columns, so some
    # column below one has no label of its own).
    if any(_LOOKS_LIKE_A_VALUE.search(v) for v in texts):
        return None
    if all(column < len(upper) and upper[column] is not None for column, v in enumerate(lower) if v is not None):
        return None
    joined, group = [], None
    for column in range(max(len(upper), len(lower))):
        above = upper[column] if column < len(upper) else None
        name = lower[column] if column < len(lower) else None
        if isinstance(above, str):
            group = above.strip()
        if name is None:
            joined.append(above)
        elif group and guess_field(name, fields) is None and guess_field(both := _grouped(group, name), fields):
            joined.append(both)
        else:
            joined.append(name)
    return joined


_LOOKS_LIKE_A_VALUE = re.compile(r"@|https?:|www\.|\d{5}")


def _grouped(group: str, name: str) -> str:
    """'Salario (k€)' over 'Actual' -> 'Salario Actual (k€)': the group's units go last."""
    units = " ".join(f"({unit})" for unit in _UNITS.findall(group))
    return " ".join(part for part in (_UNITS.sub(" ", group).strip(), name.strip(), units) if part)


def _blank_to_none(values: list) -> list:
    """Readers give empty cells as None or "" (calamine); blank text counts as empty too."""
    return [None if isinstance(v, str) and not v.strip() else v for v in values]


# Rows of the list's block structure that are not people, left out and said (SheetMarks.left_out)
REPEATED_HEADER = "the list's header again (a second block of the list); left out, the rows below read as before"
ANOTHER_LIST = "another list starts here ({names}); it and the rows below it were not imported"
SECTION_TITLE = "a title between blocks of the list (one cell, after a break); not imported"
REORDERED_HEADER = ("the list's header again, its columns in another order (a second block of the list); left out, "
                    "the rows below read by it")
MAYBE_A_TITLE = ("only this cell after a break, above more rows: imported as a person; if it is a title between "
                 "blocks of the list, delete it")
GROUP_TITLE = "a title across the list (one cell merged over the row: a group of the list's rows); not imported"
SUMMARY_LINE = "a summary under the list (a label with its count, not a person); not imported"


def _data_rows(rows: Iterator[Row], width: int, header: list, fields: dict, marks: SheetMarks) -> Iterator[Row]:
    """The list's rows: blank rows, footers and totals skipped. After a break (a blank row, a footer), a
    block may start again under the header repeated (left out, with the one-cell titles above it: "Descartados")
    or another list may start under a header of its own (client contacts below the candidates): the list ends.
    A one-cell row after a break above more rows stays a row (a person with a name only), unless merged across
    the row (a title); for a candidate list it is said, in case it is a title. A row whose one cell is merged
    across the list is a group's title wherever it stands; after a break, a summary (a label and its counts:
    "Nuevo | 1") is left out, said, with its title above it."""
    key = next((column for column, name in enumerate(header) if isinstance(name, str)), None)
    key_name = normalise_header(header[key]) if key is not None else ""
    names = [normalise_header(name) if isinstance(name, str) else None for name in header]
    named = [guess_field(name, fields) if isinstance(name, str) else None for name in header]
    # Cells another list's header must name a field in: under the first column and the names ("Laura Sáez")
    naming = {column for column, field in enumerate(named) if field in NAME_FIELDS} | ({key} - {None})
    left_out = marks.left_out
    footers, subtotals = marks.footer_rows, marks.subtotals  # (filled as a big sheet's slices are read)
    broken, held = False, []  # after a break; one-cell rows held until the row after them says what they are
    order: list[int | None] | None = None  # a block under the header in another order: each column's place in it
    summary_columns: set[int] | None = None  # the cells of the summary line just above, when the row above was one
    for number, values in rows:
        if len(values) != width:
            values = list(values[:width]) + [None] * (width - len(values))
        values = _blank_to_none(values)
        empty = values.count(None)
        if empty == width:
            broken = True
            continue
        if (footers and number in footers) or (subtotals and number in subtotals
                                               and _subtotals_only(values, subtotals[number])):
            left_out.append((number, _cells_text(values), TOTALS_ROW))  # an Excel Table's Total Row: said
            broken = True
            continue
        if width - empty <= 3 and is_footer(values):  # a footer has few cells: most rows need no check
            broken = True
            continue
        first = values[0]
        if first.__class__ is str and first[:1] in _TOTALS_INITIALS and is_totals_row(values):
            broken = True
            continue
        if width - empty == 1 and _merged_title(number, values, marks, width, header):
            yield from _unresolved(held, order)  # (rows held above a title: read as at the list's end)
            left_out.append((number, _cells_text(values), SECTION_TITLE if broken else GROUP_TITLE))
            broken, held = False, []
            continue
        if (broken or held) and width - empty == 1:
            if _count_line(values):  # "Pendientes de llamar: 3"
                left_out.append((number, _cells_text(values), SUMMARY_LINE))
                continue
            held.append((number, values))
            continue
        cell = values[key] if key is not None else None
        again = None  # the header again: looked for on any row whose first column's cell is its name, and after a break
        if (broken or held or (cell.__class__ is str and len(cell) <= 40
                               and cell.lstrip()[:1].casefold() == key_name[:1] and normalise_header(cell) == key_name)):
            again = _header_again(values, names, named, fields)
        if again is not None:
            left_out.extend((row, _cells_text(held_values), SECTION_TITLE) for row, held_values in held)
            in_place = again == list(range(len(names)))
            left_out.append((number, _cells_text(values), REPEATED_HEADER if in_place else REORDERED_HEADER))
            broken, held, order = False, [], None if in_place else again
            continue
        if broken or held:
            if _summary_line(values, key, fields, summary_columns):  # with its title ("RESUMEN DEL MES")
                left_out.extend((row, _cells_text(row_values), SUMMARY_LINE) for row, row_values in [*held, (number, values)])
                held, summary_columns = [], _filled_columns(values)
                continue
            if _names_fields(values, fields, naming):  # with the titles above it ("Contactos de clientes")
                start, text = (held[0][0] if held else number), "; ".join(
                    _cells_text(row_values) for _row, row_values in [*held, (number, values)])
                left_out.append((start, text, ANOTHER_LIST.format(names=text)))
                return
            for row, held_values in held:
                if len(held) == 1 and _merged_across(row, marks):
                    left_out.append((row, _cells_text(held_values), SECTION_TITLE))
                    continue
                if len(held) == 1 and fields is CANDIDATE_FIELDS and _a_name_only(held_values, named):
                    left_out.append((row, _cells_text(held_values), MAYBE_A_TITLE))
                yield row, _in_order(held_values, order)
            broken, held = False, []
        summary_columns = None
        yield number, _in_order(values, order)
    yield from _unresolved(held, order)


def _unresolved(held: list[Row], order: list[int | None] | None) -> Iterator[Row]:
    """One-cell rows held after a break with nothing after them to say what they are: read as people."""
    for row, held_values in held:
        yield row, _in_order(held_values, order)


def _a_name_only(values: list, named: list) -> bool:
    """The row's one cell is a label under a name column: a person with a name only, or a title."""
    at = next(column for column, value in enumerate(values) if value is not None)
    return named[at] in NAME_FIELDS and _is_label(values[at])



def _in_order(values: list, order: list[int | None] | None) -> list:
    """A row of a block whose header has the columns in another order, in the list's order."""
    return values if order is None else [values[at] if at is not None else None for at in order]


def _header_again(values: list, names: list, named: list, fields: dict) -> list[int | None] | None:
    """The list's header written again, however typed ("Telefono" for "Teléfono"), maybe with its columns in
    another order or naming a column the list left unnamed: for each column of the list, where this row has
    it (in place: 0, 1, 2...); None when the row is no such header (two names of the list at least)."""
    order: list[int | None] = [None] * len(names)
    found = 0
    for at, value in enumerate(values):
        if value is None:
            continue
        if value.__class__ is not str or len(value) > 40:
            return None
        written, field = normalise_header(value), guess_field(value, fields)
        column = next((column for column, (name, its_field) in enumerate(zip(names, named, strict=False))
                       if order[column] is None and name is not None
                       and (written == name or (field is not None and field == its_field))), None)
        if column is None:
            if at < len(names) and names[at] is None and _is_label(value):
                continue  # a column the block has more, the list left unnamed: read as before
            return None
        order[column], found = at, found + 1
    if found < 2:
        return None
    used = set(order)
    return [at if at is not None else (column if column not in used else None)  # a header left blank: its place
            for column, at in enumerate(order)]


def _merged_across(row: int, marks: SheetMarks) -> bool:
    """The row's one value is merged over the cells beside it (a title written across the list)."""
    return any(mark.kind == MERGED and mark.first_row == row for mark in marks.cells.get(row, {}).values())


def _merged_title(row: int, values: list, marks: SheetMarks, width: int, header: list) -> bool:
    """The row's one value is merged over half the list's width or more ("GLOBEX - Frontend React" over A:F),
    across columns the header names apart: a title grouping the rows below it, wherever it stands. (A name
    merged over two cells of six is a person's; so is one merged as wide as its column's merged header: a
    tracker's wide "Nombre" over A:C.)"""
    at = next(column for column, value in enumerate(values) if value is not None)
    covered = sum(1 for mark in marks.cells.get(row, {}).values()
                  if mark.kind == MERGED and mark.first_row == row and mark.first_col == at)
    named = sum(1 for name in header[at:at + covered + 1] if name is not None and str(name).strip())
    return covered >= 1 and covered + 1 >= max(2, (width + 1) // 2) and named >= 2


# A count written after its label in one cell: "Pendientes de llamar: 3", "Contratados: 0"
_LABELLED_COUNT = re.compile(r"^[^\W\d][^:\d@/]*:\s*\d[\d.,]*\s*%?$")
# What stands beside a summary's labels: a count, a share, counts by kind ("LinkedIn 1, Web 1")
_COUNT_TEXT = re.compile(r"^(?:\d[\d.,]*\s*%?|[^\W\d][^,;:\d@/]*\s+\d[\d.,]*\s*%?(?:\s*[,;]\s*[^\W\d][^,;:\d@/]*\s+\d[\d.,]*\s*%?)*)$")
_COUNT_HEADERS = frozenset({"n", "no", "n.o", "nº", "n.º", "no.", "num", "num.", "numero", "cantidad", "total", "count",
                            "%", "porcentaje", "candidatos", "personas"})


def _count_line(values: list) -> bool:
    cell = next(value for value in values if value is not None)
    return cell.__class__ is str and _LABELLED_COUNT.match(cell.strip()) is not None


def _summary_line(values: list, key: int | None, fields: dict, above: set[int] | None) -> bool:
    """A line of the summary a tracker keeps under its list ("Nuevo | 1", "Estado | Nº", "Pretensión media |
    42500", "Candidatos por fuente | LinkedIn 1, Web 1"): a label under the list's first column and only counts
    beside it, the label a column's name or a status or stage word, or the line shaped as the summary line
    just above it ("InfoJobs | 1" under "LinkedIn | 2"). A person's name ("Eva Mora | 42000") is none of them."""
    filled = _filled_columns(values)
    if key is None or min(filled) != key or not 2 <= len(filled) <= 4:
        return False
    label = values[key]
    if not _is_label(label) or not all(_is_count(values[column]) for column in filled - {key}):
        return False
    return (above == filled and not _a_persons_name(label)) or guess_field(label, fields) is not None or (
        _is_status_word(label))


def _a_persons_name(label: str) -> bool:
    """"Lola Vidal Soto", "María de la Fuente": two to five capitalised words (particles aside), no digits. A
    person added under a summary, in its shape ("Lola Vidal Soto | 45000"), is no line of it."""
    words = label.split()
    capitalised = [word for word in words if word[:1].isupper() and word[1:2].islower()]
    return (2 <= len(words) <= 5 and len(capitalised) >= 2 and not any(char.isdigit() for char in label)
            and all(word in capitalised or word.lower() in PARTICLES for word in words))


def _filled_columns(values: list) -> set[int]:
    return {column for column, value in enumerate(values) if value is not None}


def _is_count(value) -> bool:
    if value.__class__ in (int, float):
        return abs(value) < 1_000_000  # (a phone written as a number is no count)
    if value.__class__ is not str:
        return False
    text = value.strip()
    return normalize.fold(text).strip(" :") in _COUNT_HEADERS or (
        _COUNT_TEXT.match(text) is not None and sum(c.isdigit() for c in text) < 7)


def _is_status_word(label: str) -> bool:
    """"Nuevo", "Entrevista", "Contratados": a status or a stage of the list's Estado column, no person's name."""
    folded = normalize.fold(label).strip(" :")
    if is_stage_word(folded):
        return True
    try:
        candidate_status(label)
    except Unparsed:
        return False
    return True


def _names_fields(values: list, fields: dict, must_name: set[int]) -> bool:
    """A row of short labels naming two fields or more, with no value a person's row would hold: all of them
    but one name a field, those under the list's first column and its names among them ("Empresa" over
    "Nombre"; not "Laura Sáez | Madrid | Remoto | LinkedIn", a person whose "Remoto" and "LinkedIn" read as
    names, nor "LinkedIn | Laura Sáez | ..." under "Fuente | Nombre | ...")."""
    filled = [(column, v) for column, v in enumerate(values) if v is not None]
    if not all(_is_label(v) for _column, v in filled):
        return False
    naming = {column for column, v in filled if guess_field(v, fields)}
    return (header_score(values, fields) >= 2 and len(filled) - len(naming) <= 1
            and all(values[column] is None or column in naming for column in must_name if column < len(values)))


def _is_label(value) -> bool:
    """Short text that is no address, profile or phone number."""
    return (value.__class__ is str and len(value) <= 40 and "@" not in value and "/" not in value
            and sum(c.isdigit() for c in value) < 5)


def _cells_text(values: list) -> str:
    return ", ".join(as_text(v) for v in values if v is not None)


TOTALS_ROW = ("the totals row of an Excel table (counts, sums or averages of the columns above, not a person); "
              "not imported")


def _subtotals_only(values: list, subtotal_columns: set[int]) -> bool:
    """A row whose cells are SUBTOTAL formulas (a Table's Total Row: "=SUBTOTAL(103,Tabla1[Nombre])" counting
    the names), but for a label beside two of them or more. (A list numbering its rows with one SUBTOTAL
    column holds the people's values beside it.)"""
    others = [value for column, value in enumerate(values) if value is not None and column not in subtotal_columns]
    return not others or (len(others) == 1 and others[0].__class__ is str and len(subtotal_columns) >= 2)


# An Excel table's total row ("Total" over its columns' sums, counts and averages) fills many cells.
_TOTALS_WORDS = frozenset({"total", "totales", "suma", "sum", "subtotal", "media", "promedio", "average", "mean",
                           "recuento", "count"})
_TOTALS_INITIALS = frozenset("TtSsMmPpAaRrCc")
_RUN_ON_TOTALS = frozenset({"total", "totales", "subtotal"})  # words no name starts with


def is_totals_row(values: list) -> bool:
    """'Total' followed only by numbers: the totals under a list, however many columns they fill. The label
    may run on ("Total candidatos") and label the columns it sums ("Media" before the averages)."""
    if not _is_totals_label(values[0]):
        return False
    rest = [v for v in values[1:] if v is not None]
    return any(v.__class__ in (int, float) for v in rest) and all(
        v.__class__ in (int, float) or (v.__class__ is str and _is_totals_label(v)) for v in rest)


def _is_totals_label(value: str) -> bool:
    """"Total", "Media:", or a label that runs on after "Total" ("Total candidatos"); not "Suma Kenji" or
    "Mean Joe", people whose name starts with another such word."""
    folded = normalize.fold(value).strip(" :.")
    if folded in _TOTALS_WORDS:
        return True
    first = folded.split(" ", 1)[0].strip(" :.")
    return first in _RUN_ON_TOTALS


# A count of the list under it: "3 candidatos", "Candidatos: 25", "Nº de perfiles: 12", "12 records"
_COUNTED = r"(?:candidat[oa]s?|personas?|perfiles?|registros?|filas?|candidates?|people|persons?|profiles?|records?|rows?)"
_COUNT_LINE = re.compile(rf"^(?:\d[\d.,]*\s+{_COUNTED}(?:\s.*)?|(?:n[o.º°]*\s*(?:de\s+)?)?{_COUNTED}\s*:\s*\d[\d.,]*)$")


def is_footer(values: list) -> bool:
    """'Total', 300 under a list: few cells, the first one a totals word, or a count of the list."""
    filled = [v for v in values if v is not None]
    if not filled or len(filled) > 3 or not isinstance(filled[0], str):
        return False
    first = normalize.fold(filled[0]).strip()
    if first[:1] == "*":  # a footnote ("* Datos confidenciales")
        return True
    if len(filled) == 1 and _COUNT_LINE.match(first):
        return True
    first = first.strip(" :.")
    return any(first == word or first.startswith(word + " ") or first.startswith(word + ":")
               for word in _FOOTER_WORDS)


@dataclass(frozen=True)
class _SheetLook:
    name: str
    score: int  # fields its header names (header_score)
    rows: int
    problem: str | None = None  # why it cannot be read
    identifies: bool = False  # its header names a column that says who a person is (a name, an email...)
    shown: bool = True  # not a sheet Excel hides (an old copy of the list)
    names: bool = False  # its header names the people's names (a client's contacts list has none: "Empresa")
    data_rows: int = 0  # rows below its header (a template holds one example row)

    @property
    def holds_people(self) -> bool:
        """Rows under a header naming who they are and more: a list of people, not a summary of them."""
        return self.identifies and self.score >= 2 and self.data_rows > 0


# A candidate list names its people; a lookup list (the drop-downs' values: statuses, sources, cities) does
# not, however many field names its header holds.
_WHO = frozenset({"full_name", "first_name", "last_name", "email", "phone", "linkedin_url"})


def _identifies(values: list, fields: dict) -> bool:
    """A candidate list's header names its people (for a roles or pipeline sheet the most fields decide:
    a tracker naming candidates by name must not lose to an address book beside it)."""
    return fields is CANDIDATE_FIELDS and any(isinstance(v, str) and guess_field(v, fields) in _WHO for v in values)


# Said when the sheet was chosen for the user (no sheet given): what else the workbook holds.
OTHER_LISTS = ("other sheets look like lists too ({sheets}); this import reads '{sheet}' only: import each of them "
               "on its own (choose its sheet)")
UNREADABLE_SHEET = "the list was taken from sheet '{sheet}', because another sheet cannot be read: {problem}"


def _names_people(values: list, fields: dict) -> bool:
    return fields is CANDIDATE_FIELDS and any(isinstance(v, str) and guess_field(v, fields) in NAME_FIELDS
                                              for v in values)


def _best_sheet(looks: list[_SheetLook], active: str | None) -> _SheetLook:
    """The first of equals; a list of people before a lookup list, one naming its people before one with only
    their contacts (a client's contacts: "Empresa | Persona de contacto | Email"), a list before a one-row
    sheet (a template's example row); a shown sheet before a hidden one (an old copy, a template) when a shown
    one holds people, else the hidden list naming more fields (the data behind a summary); then the most
    fields. Of lists as good as that one (a tab per month), the one the workbook was saved on."""
    shown_people = any(look.shown and look.holds_people for look in looks)
    usable = [look for look in looks if look.shown or not shown_people] or looks
    best = max(usable, key=lambda look: (look.identifies, look.names, look.data_rows > 1, look.score, look.shown,
                                         look.rows))
    saved_on = next((look for look in usable if look.name == active), None)
    if saved_on is not None and saved_on is not best and _alike(saved_on, best) and (
            saved_on.identifies, saved_on.names, saved_on.data_rows > 1) == (best.identifies, best.names, True):
        return saved_on
    return best


def _alike(look: _SheetLook, best: _SheetLook) -> bool:
    """A list nearly as good as the chosen one (a tab per month, per process), not a lookup list of two names."""
    return look.score >= max(2, best.score * 0.6) and look.rows > 1 and look.identifies >= best.identifies


def choose_sheet(workbook: Workbook, fields: dict = CANDIDATE_FIELDS) -> tuple[str, list[str]]:
    """The sheet whose header row names the most known fields (a candidate list, not a lookup list), and
    what the user should know of the others: sheets that look like lists too (a tab per month) and sheets
    that cannot be read (one of them may be the list)."""
    if len(workbook.sheet_names) == 1:
        return workbook.sheet_names[0], []
    looks = []
    for name in workbook.sheet_names:
        try:
            sheet = workbook.read(name)
            head = list(itertools.islice(sheet.rows, HEADER_SEARCH_ROWS))
        except UnreadableFile as exc:
            looks.append(_SheetLook(name, -1, 0, str(exc)))
            continue
        scores = [(header_score(values, fields), _identifies(values, fields), _names_people(values, fields), -n)
                  for n, values in head]
        score, identifies, names, header_at = max(scores, default=(0, False, False, 0))
        looks.append(_SheetLook(name, score, sheet.total_rows, identifies=identifies,
                                shown=name not in workbook.hidden, names=names,
                                data_rows=max(sheet.total_rows + header_at, 0)))
    best = _best_sheet(looks, workbook.active)
    notes = []
    for look in looks:
        if look.problem:
            notes.append(UNREADABLE_SHEET.format(sheet=best.name, problem=look.problem))
    # A list as good as the chosen one, nearly (a tab per month, per process): not a lookup list of two names.
    # (a hidden template, one example row, is not offered beside a shown list: a hidden list of people is)
    alike = [look.name for look in looks if look is not best and _alike(look, best)
             and (look.shown or not best.shown or look.data_rows > 1)]  # (a hidden list of people is named)
    if alike:
        notes.append(OTHER_LISTS.format(sheets=", ".join(alike), sheet=best.name))
    return best.name, notes


def open_table(path: Path, sheet: str | None = None, fields: dict = CANDIDATE_FIELDS) -> tuple[Workbook, Table]:
    """Open the file, choose the sheet and find its list; UnreadableFile names the file when it cannot."""
    workbook = open_workbook(path)
    chosen = sheet
    if chosen is None:
        chosen, notes = choose_sheet(workbook, fields)
        workbook.warnings.extend(notes)
    try:
        table = find_table(workbook.read(chosen), fields)
    except UnreadableFile as exc:
        if str(exc).startswith(path.name):
            raise
        raise UnreadableFile(f"{path.name}, {exc}") from exc
    workbook.warnings.extend(table.notes)
    return workbook, table
