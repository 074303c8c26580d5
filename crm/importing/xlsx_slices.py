"""Read a big worksheet in slices: the first rows come at once and memory stays a few slices deep.

python-calamine parses a whole sheet before it hands out any row (1.7 s and ~200 MB for 100,000
rows of 20 columns), so an import would wait for all of it. Here the sheet's XML is decompressed as a
stream and cut at row boundaries into slices (256 KB in the app's own process, 4 MB in the import's
reader process, the first ones smaller). Each slice, wrapped in the sheet's own
opening tags (minus its <dimension>) and closing tags, goes to calamine as a small workbook of its own
that carries the original styles (which tell dates from numbers) and shared strings. The cell values
are therefore calamine's own, equal to a whole-sheet read (tests/crm/importing/test_xlsx_slices.py).
A background thread cuts and parses the next slice while the caller works on the current one:
calamine releases the GIL while it parses.

Slicing needs every <row> to carry its number (`r="..."`), as Excel and every common writer do; the
shared strings are parsed again for every slice, so a workbook whose shared-string table is large
gets larger slices (see `slice_bytes`). When a sheet cannot be sliced, or calamine refuses a slice,
`whole_sheet_rows` (calamine, then openpyxl) reads it whole from the row after the last one given.
"""

from __future__ import annotations

import io
import queue
import re
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from crm.importing.cell_marks import Block, SheetMarks, cell_marks, merged_blocks, row_marks
from crm.importing.hyperlinks import formula_links
from crm.importing.safety import DAMAGED_STREAM, check_extent, damaged

if TYPE_CHECKING:
    from crm.importing.readers import Row

SLICE_BYTES = 256 << 10  # of sheet XML: ~200 rows; in the app's own process a few slices are all it holds
FIRST_SLICE_BYTES = 256 << 10  # the header and the first rows come in a few ms, then slices grow
_SST_SHARE = 4  # shared strings are re-parsed per slice: keep that under a quarter of the sheet's work
_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData\b[^>]*?(/?)>")
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*>")
# A text run's <t> that starts or ends with white space (or a character reference: "&#10;") and does not say
# xml:space="preserve", as openpyxl writes the " " or line break between two formatted runs.
_EDGE_SPACE_TEXT = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)t>((?:\s|&#)[^<]*|[^<]*(?:\s|;))</\1t>")


def keep_run_spaces(xml: bytes) -> bytes:
    """Shared strings or sheet XML whose rich text keeps the space or line break between its runs.

    python-calamine trims every <t> without xml:space="preserve": "Carmen" + " " + "Sánchez" became
    "CarmenSánchez", "Nombre y" + line break + "apellidos" a header "Nombre yapellidos". Every spreadsheet
    program keeps them. Only rich text has runs (<r>): other XML is returned as it is, after one search."""
    if b"<r>" not in xml and b":r>" not in xml:
        return xml
    return _EDGE_SPACE_TEXT.sub(rb'<\1t xml:space="preserve">\2</\1t>', xml)


def loses_run_spaces(xml: bytes) -> bool:
    """Whether calamine would read some of this XML's rich text without a space or line break (keep_run_spaces)."""
    return (b"<r>" in xml or b":r>" in xml) and _EDGE_SPACE_TEXT.search(xml) is not None


def is_shared_strings(name: str) -> bool:
    return name.lower().endswith("sharedstrings.xml")


class _NotSliceable(Exception):
    """A slice holds a row without its number: continue with a whole-sheet read."""


class _Slice(NamedTuple):
    sheet: Any  # calamine's parse of the slice
    marks: dict  # its error cells and formulas without a result (cell_marks)
    links: dict  # its =HYPERLINK(...) cells (hyperlinks.formula_links)
    rows: tuple  # its SUBTOTAL(...) cells and hidden rows (cell_marks.row_marks)


class _Blocks(NamedTuple):
    blocks: list[Block]  # the sheet's merged cells, listed after its rows


def slice_bytes(archive: zipfile.ZipFile, sheet_member: str) -> int | None:
    """The slice size to use for this sheet, or None when reading it whole is as good (small sheet)."""
    shared = sum(info.file_size for info in archive.infolist() if info.filename.lower().endswith("sharedstrings.xml"))
    size = max(SLICE_BYTES, _SST_SHARE * shared)
    return size if archive.getinfo(sheet_member).file_size >= 2 * size else None


def support_members(archive: zipfile.ZipFile, sheet_member: str) -> dict[str, bytes]:
    """What calamine needs besides the sheet: the package and workbook parts, styles, shared strings.
    Other sheets, drawings, media and pivot caches are left out."""
    wanted = {}
    for info in archive.infolist():
        name = info.filename
        folder, _, base = name.rpartition("/")
        if name == sheet_member or info.is_dir() or base.lower() == "calcchain.xml":
            continue
        # A workbook kept elsewhere than xl/ (rare) makes calamine refuse the slice: read whole then.
        if name == "[Content_Types].xml" or folder in ("_rels", "xl", "xl/_rels"):
            data = archive.read(name)
            wanted[name] = keep_run_spaces(data) if is_shared_strings(name) else data
    return wanted


def _xml_slices(archive: zipfile.ZipFile, member: str, size: int,
                tail: Callable[[bytes], None] | None = None) -> Iterator[bytes]:
    """The sheet XML cut into standalone sheets of whole rows (each about `size` bytes); `tail` is given
    what follows the rows (where the merged cells are listed)."""
    with archive.open(member) as stream:
        buffer = b""
        opening = row_tag = row_end = data_end = closing = None
        step = min(size, FIRST_SLICE_BYTES)  # the first rows soon, then slices grow to `size`
        while True:
            chunk = stream.read(step)
            step = min(size, step * 2)
            buffer += chunk
            if opening is None:
                found = _SHEET_DATA.search(buffer)
                if found is None:
                    if not chunk:
                        return
                    continue
                prefix = found.group(1)
                if found.group(2):
                    return  # <sheetData/>: no rows
                opening = _DIMENSION.sub(b"", buffer[:found.end()])
                row_tag, row_end, data_end = b"<" + prefix + b"row", b"</" + prefix + b"row>", b"</" + prefix + b"sheetData>"
                closing = data_end + b"</" + prefix + b"worksheet>"
                buffer = buffer[found.end():]
            if chunk:
                cut = buffer.rfind(row_end)
                if cut < 0:
                    continue  # a row longer than a slice: read on
                cut += len(row_end)
                body, buffer = buffer[:cut], buffer[cut:]
            else:
                end = buffer.find(data_end)
                if tail is not None and end >= 0:
                    tail(buffer[end:])
                body, buffer = (buffer if end < 0 else buffer[:end]), b""
            # Every row must open with its number (<row r="7" ...>), as Excel and common writers write it.
            # Inside sheetData nothing else starts with "<row" (cell text is escaped), so two scans of
            # the slice tell (each ~0.07 s per 100 MB of sheet, under the GIL).
            if body.count(row_tag) != body.count(row_tag + b' r="'):
                raise _NotSliceable
            if body.strip():
                yield opening + body + closing
            if not chunk:
                return


def _parse_slice(support: dict[str, bytes], member: str, sheet: str, xml: bytes, filename: str = "") -> Any:
    """calamine's parse of one slice (a CalamineSheet; parsing releases the GIL). Its rows become
    Python objects in the reading thread (`_slice_rows`): converting here would hold the GIL against
    the thread that works on the rows."""
    import python_calamine

    check_extent(f"{filename}, sheet '{sheet}'", xml)  # a cell far beyond the list would abort calamine's process
    xml = keep_run_spaces(xml)  # (inline strings)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as book:
        for name, data in support.items():
            book.writestr(name, data)
        book.writestr(member, xml)
    packed.seek(0)
    workbook = python_calamine.CalamineWorkbook.from_filelike(packed)
    try:
        return workbook.get_sheet_by_name(sheet)
    finally:
        workbook.close()  # the sheet keeps its own cells


def _slice_rows(data: Any) -> list[Row]:
    if data.start is None:
        return []
    first_row, first_col = data.start
    rows = data.to_python()  # from the slice's first row (iter_rows would pad from row 1 of the sheet)
    if first_col:
        pad = [None] * first_col
        rows = [pad + values for values in rows]
    # Blank cells stay "" (find_table and the data rows read blank text as empty).
    return list(enumerate(rows, start=first_row + 1))


def sliced_rows(path: Path, member: str, sheet: str, size: int,
                whole_sheet_rows: Callable[[], Iterator[Row]], marks: SheetMarks | None = None) -> Iterator[Row]:
    """Every row of the sheet, parsed a slice ahead in a background thread. A row is as wide as its
    slice's used range (a whole read pads every row to the sheet's width); the importer fits rows to
    the header anyway. `marks` gets each slice's error cells and formulas without a result before its
    rows are handed out, and the merged cells once all rows are (see cell_marks)."""
    marks = marks if marks is not None else SheetMarks()
    try:  # (the file may have been cut short or replaced since it was checked: a sync or a download writing it)
        with zipfile.ZipFile(path) as archive:
            support = support_members(archive, member)
    except (*DAMAGED_STREAM, OSError, KeyError) as exc:
        raise damaged(path, exc) from exc
    ready: queue.Queue = queue.Queue(maxsize=1)  # the slice being read + one parsed ahead
    stop = threading.Event()

    def offer(item: Any) -> bool:
        """Hand over one item; False once the reading side has stopped (a cancel), which ends the thread."""
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        blocks: list[Block] = []
        try:
            with zipfile.ZipFile(path) as archive:
                for xml in _xml_slices(archive, member, size, lambda rest: blocks.extend(merged_blocks(rest))):
                    if not offer(_Slice(_parse_slice(support, member, sheet, xml, path.name), cell_marks(xml),
                                        formula_links(xml), row_marks(xml))):
                        return
            offer(_Blocks(blocks))
            offer(None)
        except BaseException as exc:  # handed to the reading side, which raises it there
            offer(exc)

    threading.Thread(target=produce, name="xlsx-slices", daemon=True).start()
    last = 0
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, _NotSliceable) or _calamine_refused(item):
                # Rows without numbers, or XML calamine will not parse: the whole-sheet reader (with
                # openpyxl behind calamine) takes over after the last row given.
                yield from (row for row in whole_sheet_rows() if row[0] > last)
                return
            if isinstance(item, BaseException):
                raise _unreadable(path, item) from item
            if isinstance(item, _Blocks):
                if not marks.blocks_known:  # else the whole sheet was scanned ahead (fill_merged_down)
                    marks.late_blocks.extend(item.blocks)
                continue
            marks.add_cells(item.marks)
            marks.add_links(item.links)
            marks.add_rows(*item.rows)
            for row in _slice_rows(item.sheet):
                last = row[0]
                yield row
    finally:
        stop.set()


def _calamine_refused(item: Any) -> bool:
    import python_calamine

    return isinstance(item, python_calamine.CalamineError)


def _unreadable(path: Path, exc: BaseException) -> BaseException:
    """A damaged zip stream is an unreadable file; anything else is a bug."""
    return damaged(path, exc) if isinstance(exc, (*DAMAGED_STREAM, OSError)) else exc
