"""Read the cells of a workbook or text file as rows of Python values, after the safety checks.

xlsx: python-calamine (fast) once the sheet's declared size has been checked, because calamine
aborts the whole process on a sheet claiming a huge dimension; openpyxl read-only as the fallback
when calamine cannot read a file. CSV: encoding (UTF-8 with or without BOM, else Windows-1252 with
a warning) and delimiter (`,` `;` tab) detected; quoted newlines kept.
"""

from __future__ import annotations

import csv
import functools
import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from crm.importing.cell_marks import (
    ERROR,
    CellMark,
    SheetMarks,
    cell_marks,
    merged_blocks,
    row_marks,
)
from crm.importing.hyperlinks import formula_links, link_targets, linked_cells
from crm.importing.safety import (
    DAMAGED_STREAM,
    ExtentSeen,
    UnreadableFile,
    check_size,
    damaged,
    declared_size,
    file_kind,
    require_defusedxml,
)
from crm.importing.sheet_parts import ColumnUsage, column_usage, sheet_parts, sheet_pieces
from crm.importing.xlsx_slices import (
    is_shared_strings,
    keep_run_spaces,
    loses_run_spaces,
    slice_bytes,
    sliced_rows,
    support_members,
)

Row = tuple[int, list[Any]]  # (row number in the source file, cell values; empty cells None or "")
_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Excel's "Strict Open XML Spreadsheet" save type names the same parts in other namespaces.
_NS_STRICT = ("{http://purl.oclc.org/ooxml/spreadsheetml/main}",
              "{http://purl.oclc.org/ooxml/officeDocument/relationships}")
_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"



@dataclass
class SheetData:
    name: str
    total_rows: int
    rows: Iterator[Row]
    marks: SheetMarks = field(default_factory=SheetMarks)  # what blank-looking cells really hold (xlsx)
    # Columns up to the last one holding a value anywhere in the sheet (its declared size for a big
    # sheet), when known before its rows are read: cells right of the header row are not lost.
    width: int | None = None
    # Row -> column -> the comment (an Excel "note") on that cell (xlsx)
    comments: dict[int, dict[int, str]] = field(default_factory=dict)
    # (first column, header row, by row) -> where the cells hold values (xlsx: a look through the sheet's XML,
    # asked for only when the header leaves columns unnamed: sheet_parts.column_usage)
    usage: Callable[..., ColumnUsage] | None = None


@dataclass
class Workbook:
    path: Path
    kind: str  # xlsx / csv
    sheet_names: list[str]
    warnings: list[str] = field(default_factory=list)
    _members: dict[str, str] = field(default_factory=dict)
    hidden: frozenset[str] = frozenset()  # sheets Excel does not show (an old copy, a lookup list)
    active: str | None = None  # the sheet the workbook was saved on (Excel opens it there)
    _csv_text: str | None = None
    _csv_dialect: Any = None

    def read(self, sheet: str | None = None) -> SheetData:
        name = sheet or self.sheet_names[0]
        if name not in self.sheet_names:  # as Excel names sheets: whatever the case, spaces around ignored
            name = next((n for n in self.sheet_names if n.strip().casefold() == name.strip().casefold()), name)
        if name not in self.sheet_names:
            raise UnreadableFile(f"{self.path.name}: there is no sheet '{name}'; the sheets are: "
                                 + ", ".join(f"'{n}'" for n in self.sheet_names))  # a trailing space shows
        if self.kind == "csv":
            return self._read_csv(name)
        return self._read_xlsx(name)

    # ---- CSV -----------------------------------------------------------------------------------
    def _read_csv(self, name: str) -> SheetData:
        text = self._csv_text or ""
        # Rows are records, not lines: a note written on four lines (Alt+Enter in Excel) is one row.
        width, total = _csv_shape(self.path.name, text, self._csv_dialect)
        marks = SheetMarks()

        def rows() -> Iterator[Row]:
            reader = csv.reader(_lines(text), self._csv_dialect)
            for number, record in enumerate(reader, start=1):
                cells = [cell if cell.strip() else None for cell in record]
                if "#" in "".join(record):  # Excel wrote an error cell as its text ("#N/A" of a VLOOKUP)
                    _excel_errors(number, cells, marks)
                yield number, cells

        return SheetData(name, total, rows(), marks, width=width)

    # ---- xlsx ----------------------------------------------------------------------------------
    def _read_xlsx(self, name: str) -> SheetData:
        member = self._members.get(name)
        slices = None
        if not member:
            return self._read_whole(name)
        try:
            with zipfile.ZipFile(self.path) as archive:
                size = declared_size(archive, member)
                slices = slice_bytes(archive, member)
                has_links = bool(link_targets(archive, member))
                footers, comments = sheet_parts(archive, member)
        except DAMAGED_STREAM as exc:
            raise damaged(self.path, exc) from exc
        check_size(self.path.name, name, size)
        if slices:  # a big sheet: its first rows now, the rest a slice ahead (see xlsx_slices)
            # (each slice's cells are checked before calamine parses it: xlsx_slices._parse_slice)
            marks = SheetMarks(scan_ahead=functools.partial(scan_marks, self.path, member, check_cells=False))
            if has_links:  # listed after the rows: known before them only by reading the sheet once more
                scan_marks(self.path, member, marks, check_cells=False)
            data = SheetData(name, size.rows, sliced_rows(self.path, member, name, slices,
                                                          lambda: self._read_whole(name, marks).rows, marks),
                             marks, width=size.columns)
        else:
            data = self._read_whole(name)
        data.marks.footer_rows.update(footers)
        data.comments = comments
        data.usage = functools.partial(column_usage, self.path, member)
        return data

    def _read_whole(self, name: str, marks: SheetMarks | None = None) -> SheetData:
        marks = marks if marks is not None else SheetMarks()
        member = self._members.get(name)
        spaces_lost = scan_marks(self.path, member, marks) if member else False
        try:
            import python_calamine

            if spaces_lost:  # rich text calamine would read without its spaces: a copy that keeps them
                workbook = python_calamine.CalamineWorkbook.from_filelike(_keeping_run_spaces(self.path, member))
            else:
                workbook = python_calamine.CalamineWorkbook.from_path(str(self.path))
            sheet = workbook.get_sheet_by_name(name)
        except Exception:  # calamine cannot read it: try the slower, stricter reader
            return _read_openpyxl(self.path, name)  # it gives error cells as their text ("#N/A")
        first_col = sheet.start[1] if sheet.start else 0
        total = sheet.height

        def rows() -> Iterator[Row]:
            # iter_rows starts at the sheet's row 1 (blank rows above the data included), but at the
            # first used column: pad the columns only.
            pad = [None] * first_col
            for index, values in enumerate(sheet.iter_rows()):
                yield index + 1, pad + values if first_col else values  # blank cells stay "" (see sheets)
            workbook.close()

        return SheetData(name, total, rows(), marks, width=first_col + sheet.width)


# Excel's error values as an English or a Spanish Excel writes them into a CSV file
_EXCEL_ERRORS = frozenset({
    "#N/A", "#N/D", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#FIELD!",
    "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA", "#¡VALOR!", "#¡REF!", "#¡DIV/0!", "#¿NOMBRE?",
    "#¡NUM!", "#¡NULO!", "#¡DESBORDAMIENTO!", "#¡CALC!", "#¡CAMPO!", "#¡BLOQUEADO!", "#¡CONECTAR!", "#¡OCUPADO!",
    "#¡DESCONOCIDO!", "#OBTENIENDO_DATOS"})


def _excel_errors(number: int, cells: list, marks: SheetMarks) -> None:
    """A CSV's cells that hold an Excel error value: empty, each marked as an xlsx error cell is (cell_marks)."""
    for column, cell in enumerate(cells):
        if cell is not None and cell.strip().upper() in _EXCEL_ERRORS:
            cells[column] = None
            marks.add_cells({number: {column: CellMark(ERROR, cell.strip())}})


def scan_marks(path: Path, member: str, marks: SheetMarks, check_cells: bool = True) -> bool:
    """Find the sheet's error cells, formulas without a result and merged cells (see cell_marks), its
    SUBTOTAL cells and hidden rows, streaming its XML: pieces end after a row's tag, so no cell is cut in
    two; the merged cells are listed after the last row. True when calamine would read some of its rich
    text, or of the shared strings, without a space or line break between runs (xlsx_slices.keep_run_spaces)."""
    extent = ExtentSeen()
    spaces_lost = False
    last = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            targets = link_targets(archive, member)
            spaces_lost = any(loses_run_spaces(archive.read(info)) for info in archive.infolist()
                              if is_shared_strings(info.filename))
            for last in sheet_pieces(stream):  # (the last piece: after the last row, the merged cells' list)
                marks.add_cells(cell_marks(last))
                marks.add_links(formula_links(last))
                marks.add_rows(*row_marks(last))
                spaces_lost = spaces_lost or loses_run_spaces(last)
                if check_cells:
                    extent.add(last)
    except (*DAMAGED_STREAM, OSError):
        return False  # the reader that follows says what is wrong with the file
    if check_cells:
        extent.check(path.name)  # before calamine meets a cell far beyond the list (ExtentSeen)
    marks.add_blocks(merged_blocks(last))
    marks.add_links(linked_cells(last, targets))
    return spaces_lost



def _keeping_run_spaces(path: Path, member: str) -> io.BytesIO:
    """A copy of the workbook for calamine, with the sheet and the shared strings whose rich text keeps its
    spaces (xlsx_slices.keep_run_spaces): only the parts calamine needs, the sheet patched a piece at a time.
    (Only workbooks written so, by openpyxl mostly, pay for it.)"""
    copy = io.BytesIO()
    with zipfile.ZipFile(path) as archive, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        for name, data in support_members(archive, member).items():
            book.writestr(name, data)
        with archive.open(member) as stream, book.open(member, "w", force_zip64=True) as out:
            for piece in sheet_pieces(stream):
                out.write(keep_run_spaces(piece))
    copy.seek(0)
    return copy



def _read_openpyxl(path: Path, name: str) -> SheetData:
    import openpyxl

    require_defusedxml()
    handle = path.open("rb")  # ours to close: openpyxl leaves its own open when the workbook fails to load
    try:
        book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:
        handle.close()
        raise UnreadableFile(f"{path.name}: not a readable Excel workbook ({exc.__class__.__name__})") from exc
    sheet = book[name]
    total = sheet.max_row or 0

    def rows() -> Iterator[Row]:
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(values)
        except (*DAMAGED_STREAM, ElementTree.ParseError, ValueError) as exc:
            # ValueError: openpyxl meeting a cell whose value does not fit its type (<v>abc</v> in a number).
            raise damaged(path, exc) from exc
        finally:
            book.close()
            handle.close()

    return SheetData(name, total, rows(), width=sheet.max_column)


def open_workbook(path: str | Path) -> Workbook:
    """Check the file, list its sheets; raise UnreadableFile with a friendly message if it cannot be read."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "csv":
        return _open_csv(path)
    require_defusedxml()
    try:
        members, hidden, active = _sheet_members(path)
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{path.name}: not a readable Excel workbook ({exc.__class__.__name__}: {exc})") from exc
    if not members:
        raise UnreadableFile(f"{path.name}: the workbook has no worksheets")
    return Workbook(path, "xlsx", list(members), _members=members, hidden=frozenset(hidden), active=active)


def _sheet_members(path: Path) -> tuple[dict[str, str], set[str], str | None]:
    """Sheet name -> zip member of its XML, read with defusedxml (no entities, no network); the names of
    the hidden sheets; and the sheet the workbook was saved on (None when it is no worksheet)."""
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        try:
            rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        except KeyError:
            rels = None
        targets = {}
        if rels is not None:
            for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
                target = rel.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join("xl", target))
                targets[rel.get("Id")] = target
        result, hidden = {}, set()
        names = set(archive.namelist())
        sheets = [(sheet, _NS_REL) for sheet in workbook.iter(f"{_NS_MAIN}sheet")] or [
            (sheet, _NS_STRICT[1]) for sheet in workbook.iter(f"{_NS_STRICT[0]}sheet")]
        for sheet, relationships in sheets:
            member = targets.get(sheet.get(f"{relationships}id"), "")
            if member in names and "worksheets/" in member:
                result[sheet.get("name")] = member
                if sheet.get("state") in ("hidden", "veryHidden"):
                    hidden.add(sheet.get("name"))
        return result, hidden, _active_sheet(workbook, [sheet.get("name") for sheet, _rel in sheets], result)


def _active_sheet(workbook, names: list[str | None], worksheets: dict[str, str]) -> str | None:
    """The tab the workbook view shows (activeTab counts every sheet, chart sheets too; the first by default)."""
    view = next((element for element in workbook.iter() if element.tag.endswith("}workbookView")), None)
    try:
        tab = int(view.get("activeTab", "0")) if view is not None else 0
    except ValueError:
        return None
    name = names[tab] if 0 <= tab < len(names) else None
    return name if name in worksheets else None


def _open_csv(path: Path) -> Workbook:
    warnings: list[str] = []
    text = _decoded(path.read_bytes(), warnings)  # (the file's bytes go once decoded: they doubled the peak)
    if "\x00" in text:
        text = _without_stray_nuls(path.name, text)
    if not text.strip():
        raise UnreadableFile(f"{path.name}: the file is empty")
    return Workbook(path, "csv", [path.stem], warnings, _csv_text=text, _csv_dialect=_sniff(text))


# A text file holds a NUL only by accident (one pasted from Word into a note), a few in a whole file; a
# binary file, or UTF-16 without its BOM (every other byte NUL), holds them from its first line on and often.
_STRAY_NULS = 1 / 1000  # of the characters, at most...
_FEW_NULS = 4  # ...or this many (a short file with one in a note)


def _without_stray_nuls(filename: str, text: str) -> str:
    """The text without its NULs when they are a few stray ones, none in the first line; else UnreadableFile."""
    first_line = _LINE.match(text)
    if (first_line is None or "\x00" in first_line.group()
            or text.count("\x00") > max(_FEW_NULS, len(text) * _STRAY_NULS)):
        raise UnreadableFile(f"{filename}: not a text file (it contains binary data)")
    return text.replace("\x00", "")


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> Iterator[str]:
    """The text's lines with their endings, as io.StringIO(text, newline="") gives them to the csv module,
    without StringIO's copy of the whole text (4 bytes a character: 240 MB for a 60 MB file)."""
    return (found.group() for found in _LINE.finditer(text))


def _decoded(raw: bytes, warnings: list[str]) -> str:
    """The file's text, in the encoding it was written in (said in `warnings` when not UTF-8)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    text = _utf16_without_bom(raw)
    if text is not None:  # (refused as "binary data" before: every other byte of it is a NUL)
        return text
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if _is_mac_roman(raw):
        warnings.append(MAC_ROMAN)
        return raw.decode("mac_roman")
    text, mixed = _decode_by_line(raw)
    warnings.append(MIXED_ENCODINGS.format(lines=mixed) if mixed else
                    "the file is not UTF-8; it was read as Windows-1252 (Spanish Excel). "
                    "Check that accented names such as 'Núñez' look right")
    return text


def _utf16_without_bom(raw: bytes) -> str | None:
    """The text of a UTF-16 file written without its byte order mark (a script's, or Excel's "Unicode Text"
    passed through another tool), known by its NULs: every other byte of its Latin text, none between; else None."""
    sample = raw[:4096]
    if len(raw) % 2 or len(sample) < 8 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2], sample[0::2]
    for encoding, nuls, letters in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls.count(0) >= 0.9 * len(nuls) and letters.count(0) == 0:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


UNCLOSED_QUOTE = ("row {row} opens a quotation mark (\") that is never closed, so every row after it would be read as "
                  "one cell; remove that quotation mark or close it, then import again")


def _csv_shape(filename: str, text: str, dialect: type[csv.Dialect]) -> tuple[int, int]:
    """The widest row (a value typed past the last named column makes a ragged row: its cells are kept),
    and how many rows (records: a note written on four lines is one). A quotation mark opened and never
    closed would swallow the rest of the file into one cell: refused, naming its row."""
    reader = csv.reader(_lines(text), type("Strict", (dialect,), {"strict": True}))
    width, records = 0, 0  # rows numbered as the import numbers them: one a record
    try:
        for record in reader:
            records += 1
            width = max(width, len(record))
    except csv.Error as exc:
        lenient = list(csv.reader(_lines(text), dialect))
        swallowed = len(lenient) == records + 1 and any(
            "\n" in cell.rstrip("\r\n") or "\r" in cell.rstrip("\r\n") for cell in lenient[-1])
        if "unexpected end of data" in str(exc) and swallowed:  # (on the last line it swallows nothing)
            raise UnreadableFile(f"{filename}: " + UNCLOSED_QUOTE.format(row=records + 1)) from None
        # Another slip of quoting ('5" años'), or one on the last line: read as Excel reads it, leniently
        width, records = max((len(r) for r in lenient), default=0), len(lenient)
    return width, records


MIXED_ENCODINGS = ("the file mixes two encodings (rows added by different programs): lines read as Windows-1252 "
                   "(Spanish Excel): {lines}; the others as UTF-8. Check that accented names such as 'Núñez' look "
                   "right")


MAC_ROMAN = ("the file is not UTF-8; it was read as Mac Roman (Excel for Mac's \"CSV (Macintosh)\"). Check that "
             "accented names such as 'Núñez' look right")
# Each run of bytes above ASCII beside a word's letters, read both ways: Mac Roman's "Núñez" read as Windows-1252
# is "Nœ–ez", a Windows-1252 "Martín" read as Mac Roman is "MartÌn". The reading whose runs belong in their
# words more often wins; Windows-1252 on a tie (Spanish Excel's own CSV). Runs that fit both ("senior–lead" and
# "seniorñlead", "don’t" and "donít", "cœur" and "cúur") say nothing, and a file of only those stays Windows-1252.
_RUN = re.compile(rb"[\x80-\xff]+")
_LETTERS_BEFORE = re.compile(rb"[A-Za-z]*$")
_LETTERS_AFTER = re.compile(rb"[A-Za-z]*")
_SAMPLE_BYTES = 1024 * 1024  # thousands of rows say it; a big file's rest need not be walked
_DECIDED = 50  # runs more one way than the other
_CONTRACTION = re.compile(rb"(?:s|t|d|m|ll|re|ve)\b")


def _is_mac_roman(raw: bytes) -> bool:
    """A file Excel for Mac saved as "CSV (Macintosh)": its accented letters are Mac Roman's bytes, not
    Windows-1252's (read as Windows-1252, "Núñez" became "Nœ–ez" and "ç" was lost)."""
    score, utf8 = 0, False
    for found in _RUN.finditer(raw, 0, _SAMPLE_BYTES):
        start, end, run = found.start(), found.end(), found.group()
        if _is_utf8(run):  # no evidence: a UTF-8 file with a stray byte or two is no Mac file
            utf8 = True
            continue
        if run == b"\x92" and raw[end:end + 2] in (b"n\x92", b"N\x92"):  # rock’n’roll: Windows' quotes
            score -= 1
            continue
        before = _LETTERS_BEFORE.search(raw, max(0, start - 24), start).group()
        after = _LETTERS_AFTER.match(raw, end, end + 24).group()
        if before or after:
            score += (_belongs(run.decode("mac_roman"), before, after)
                      - _belongs(run.decode("cp1252", errors="replace"), before, after))
            if abs(score) >= _DECIDED:
                break
    return score > (1 if utf8 else 0)  # (beside UTF-8 text, one stray byte decides nothing)


# Italian and French words that drop their last vowel before another word ("all’estero", "quest’anno",
# "jusqu’à"); the one-letter ones ("l’", "d’") are any single letter.
_ELISIONS = frozenset({b"all", b"dell", b"nell", b"dall", b"sull", b"coll", b"un", b"quest", b"quell", b"bell",
                       b"sant", b"tutt", b"qu", b"jusqu", b"lorsqu", b"puisqu", b"presqu", b"aujourd", b"quelqu",
                       b"anch", b"senz", b"nient"})  # (not "com", "ma": Mac's "comía", "Maía")
_OPENING = frozenset("“‘«„‚•¿")  # opening a word: “full stack”, •Java, ¿Acepta (not … nor ¡: Mac's É and Á)
_CLOSING = frozenset("”’»…")


def _is_utf8(run: bytes) -> bool:
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _belongs(run: str, before: bytes, after: bytes) -> bool:
    """Whether a run read one way belongs beside the word it touches: letters in the word's case; a dash
    joining two words ("senior–lead"); an apostrophe ("don’t", "l’Escala", "O’Brien", "James’"); œ before u
    ("cœur"); a quote or bullet opening a word, a quote or an ellipsis closing one."""
    if not before:
        if all(c in _OPENING for c in run):
            return True
    elif not after:
        if all(c in _CLOSING for c in run):
            return run != "’" or (len(before) >= 2 and before[-1:] in (b"s", b"S"))  # "James’"; not "Mart’"
    elif len(run) == 1:
        if run in "–—":
            return len(before) >= 3 and len(after) >= 3
        if run == "’":  # "don’t", "l’Escala", "Dell’Acqua", "all’estero" (not Mac's í: "García", "Martín")
            return (bool(_CONTRACTION.match(after)) or len(before) == 1 or after[:1].isupper()
                    or (before.lower() in _ELISIONS and after[:1].lower() in b"aeiouh"))
        if run == "œ":
            return after[:1] in (b"u", b"i", b"e")
    lower = any(97 <= byte <= 122 for byte in before + after) or (len(before) == 1 and not after)  # "Sí"
    if before[-1:].isupper() and after[:1].isupper() and run[-1:].islower():
        return False  # a small letter between capitals: "QAñDev" (but "JoséLuis")
    return all(c.isalpha() and (not before or c.islower() == lower) for c in run)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")  # a lead byte and a continuation: how UTF-8 writes "ñ"


def _decode_by_line(raw: bytes) -> tuple[str, int]:
    """A file that is not UTF-8 throughout: each line as UTF-8 where it is, else as Windows-1252 (rows
    pasted from a Spanish Excel CSV into a UTF-8 export). Returns the text and, when some lines with
    accents were UTF-8 and others not, how many were read as Windows-1252 (0 for a Windows-1252 file)."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not _UTF8_SEQUENCE.search(raw):  # no line can be UTF-8 but ASCII: all Windows-1252, decoded at once
        return raw.decode("cp1252", errors="replace"), 0  # (a list of 100,000 lines cost ~150 MB at its peak)
    utf8 = cp1252 = 0
    lines = []
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
            cp1252 += 1
    return "\n".join(lines), (cp1252 if utf8 else 0)


def _names_fields(cells: list[str]) -> bool:
    """Whether a line's cells are column headers: most of them name a field ("Nombre", "Email"), or, three or
    more, they are short labels one of which names a field ("Id", "Name", "Keywords"); a title's are not."""
    from crm.importing.mapping import guess_field  # (the words of the mapping; imported when needed)

    named = sum(1 for cell in cells if cell.strip() and guess_field(cell))
    labels = len(cells) >= 3 and all(cell.strip() and len(cell) <= 40 and not _NOT_LABEL.search(cell) for cell in cells)
    return (named >= 2 and named * 3 >= len(cells) * 2) or (labels and named >= 1)


_NOT_LABEL = re.compile(r"[\d@]")


# A cell may hold a whole pasted CV: the csv module's 131,072-character default refused such files.
csv.field_size_limit(64 * 1024 * 1024)


class _Dialect(csv.excel):
    pass


def _sniff(text: str) -> type[csv.Dialect]:
    """Pick the delimiter that splits the first lines most consistently (quotes respected)."""
    sample = text[:64 * 1024]
    scores, rows = {}, {}
    for delimiter in (";", ",", "\t", "|"):
        dialect = type("Sniffed", (_Dialect,), {"delimiter": delimiter})
        records = [row for _, row in zip(range(30), csv.reader(io.StringIO(sample, newline=""), dialect),
                                         strict=False) if any(cell.strip() for cell in row)]
        counts = [len(row) for row in records]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        scores[delimiter] = counts.count(common) / len(counts) * min(common, 50)
        rows[delimiter] = (records, counts, common)
    for delimiter, (_records, counts, common) in rows.items():
        # A header this delimiter cannot split, before its first full row, that another splits as it splits
        # every line after ("Name,Email,Skills" over rows of "Java; Spring; SQL" lists): not the file's. (A
        # title line is no header: its cells name no fields.)
        first = counts.index(common)
        if any(count == 1 and other_common >= 2 and set(other_counts[at:]) == {other_common}
               and _names_fields(other_records[at])
               for other, (other_records, other_counts, other_common) in rows.items() if other != delimiter
               for at, count in enumerate(counts[:first])):
            scores[delimiter] /= 4
    best = max(scores, key=scores.get) if scores else ","
    return type("Sniffed", (_Dialect,), {"delimiter": best})
