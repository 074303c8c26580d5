"""Pre-flight checks on a file before any parser sees it.

A spreadsheet from the outside world may be a renamed CSV, an old .xls, a password-protected
(OLE) package, a truncated download, a zip bomb, an XML bomb or a sheet that claims a huge
dimension (python-calamine aborts the whole process on one). Each gets a specific message and
nothing reaches the parser or the database.
"""

from __future__ import annotations

import re
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from crm.domain.errors import CrmError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 100  # compressed:uncompressed beyond this (on a big member) is a zip bomb
RATIO_MIN_BYTES = 4 * 1024 * 1024  # small members may legitimately compress very well
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384  # Excel's own limit (XFD); LibreOffice writes a formatted row out to 1,024
# calamine holds every cell of a sheet's extent, filled or not (~56 bytes each): 60 million let a 1,000-row list
# with one stray value at AX1048576 take 3.8 GB, and abort the process where memory is short. 12 million
# (~0.7 GB) holds 100,000 people in 120 columns; a value left at the foot of a column past L is refused.
MAX_CELLS = 12_000_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]+)?(\d+)?(?::([A-Z]+)(\d+))?"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]+)(\d+)"')
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)


class UnreadableFile(CrmError):
    """The file cannot be imported; the message says why in plain words. Nothing was written."""


@dataclass(frozen=True)
class SheetSize:
    rows: int
    columns: int


def require_defusedxml() -> None:
    """openpyxl parses with defusedxml when it is installed; refuse to run without it."""
    try:
        import defusedxml  # noqa: F401
    except ImportError as exc:  # pragma: no cover - installed as a dependency
        raise UnreadableFile("defusedxml is not installed; refusing to parse spreadsheets without it") from exc
    if "openpyxl" in sys.modules:  # imported only when needed (it costs ~20 MB); check it when it is
        import openpyxl.xml

        if not openpyxl.xml.DEFUSEDXML:
            raise UnreadableFile("openpyxl is not using defusedxml; refusing to parse spreadsheets")


CANNOT_OPEN = ("{name}: the file cannot be opened ({error}); if it is open in Excel or another program, close it "
               "there and try again")


def file_kind(path: Path) -> str:
    """'xlsx' or 'csv' after checking the file really is what it claims, else UnreadableFile."""
    try:
        found, folder = path.exists(), path.is_dir()
    except OSError as exc:  # a folder on the way the user may not open, a name too long (Python 3.11 raises)
        raise UnreadableFile(CANNOT_OPEN.format(name=path.name, error=exc.strerror or exc)) from exc
    if not found:
        raise UnreadableFile(f"{path.name}: file not found")
    if folder:
        raise UnreadableFile(f"{path.name}: is a folder, not a file")
    if path.name.startswith("~$"):  # what Excel leaves beside a workbook it has open
        raise UnreadableFile(f"{path.name}: the lock file Excel keeps while it has {path.name[2:]} open, not a "
                             "spreadsheet; choose that workbook itself")
    size = path.stat().st_size
    if size == 0:
        raise UnreadableFile(f"{path.name}: the file is empty")
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(f"{path.name}: the file is {size // 2**20} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:  # no right to read it; on Windows, a workbook Excel has open is locked
        raise UnreadableFile(CANNOT_OPEN.format(name=path.name, error=exc.strerror or exc)) from exc
    suffix = path.suffix.lower()
    if head == _OLE_MAGIC:
        raise UnreadableFile(_ole_message(path))
    if suffix == ".xlsb":
        raise UnreadableFile(f"{path.name}: binary Excel workbooks (.xlsb) are not supported; "
                             "open it in Excel and save it as .xlsx")
    if suffix == ".xls":
        raise UnreadableFile(f"{path.name}: old Excel format (.xls); "
                             "open it in Excel and save it as .xlsx")
    if suffix in (".ods", ".fods"):
        raise UnreadableFile(f"{path.name}: LibreOffice or OpenOffice spreadsheets (.ods) are not supported; "
                             "open it there and save it as Excel 2007-365 (.xlsx)")
    if suffix == ".numbers":
        raise UnreadableFile(f"{path.name}: Apple Numbers files are not supported; "
                             "export it from Numbers as Excel (.xlsx)")
    if suffix in TEXT_SUFFIXES:
        if head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):  # Excel's own file, saved with a text name
            raise UnreadableFile(f"{path.name}: it is an Excel workbook with a {suffix} name; rename it to .xlsx "
                                 "and import it again")
        return "csv"
    if suffix in SPREADSHEET_SUFFIXES or head.startswith(b"PK"):
        check_zip(path)
        return "xlsx"
    raise UnreadableFile(f"{path.name}: unsupported file type '{suffix or '(none)'}'; "
                         "import .xlsx, .xlsm, .csv or .txt files")


def _ole_message(path: Path) -> str:
    with path.open("rb") as handle:
        data = handle.read(1024 * 1024)
    if _ENCRYPTED_MARK in data:
        return (f"{path.name}: the workbook is password-protected (encrypted); "
                "open it in Excel, remove the password and save it as .xlsx")
    return f"{path.name}: old Excel format (.xls); open it in Excel and save it as .xlsx"


# A zip stream that breaks off or does not match its checksum while being read.
DAMAGED_STREAM = (zipfile.BadZipFile, zlib.error, EOFError)


def damaged(path: Path, exc: BaseException) -> UnreadableFile:
    """A file that turns out broken while it is being read (a truncated or corrupted download)."""
    why = str(exc).strip() or type(exc).__name__  # (some stream errors say nothing of themselves)
    return UnreadableFile(f"{path.name}: the file is damaged or incomplete ({why}); download or save it again")


# What may stand before an XML file's first element: blanks, its declaration, comments (and a DTD).
_PROLOG = re.compile(rb"(?:\s*(?:<\?.*?\?>|<!--.*?-->))*\s*", re.S)


def _prolog(member) -> bytes:
    """The XML up to just past where its first element (or a DTD) starts, read on past comments that a
    crafted file makes long to push its DTD beyond a first look; at most 1 MB."""
    raw = member.read(4096)
    while True:
        data = _as_utf8(raw)
        end = _PROLOG.match(data).end()
        cut_short = end == len(data) or data.startswith((b"<?", b"<!--"), end)  # a comment not closed yet
        more = member.read(64 * 1024) if cut_short and len(raw) < 1024 * 1024 else b""
        if not more:
            return data[:end + 16]
        raw += more


def _as_utf8(data: bytes) -> bytes:
    """XML as UTF-8 without a byte order mark: a DTD written after a BOM, or in UTF-16, is still a DTD
    (the XML parsers that follow read both)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        little = data.startswith(b"\xff\xfe") or (not data.startswith(b"\xfe\xff") and data[1:2] == b"\x00")
        text = data.decode("utf-16-le" if little else "utf-16-be", errors="ignore").lstrip("\ufeff")
        return text.encode("utf-8")
    return data


_WEB_PAGE = re.compile(rb"<(?:!doctype\s+html|html|table|meta)\b", re.I)
WEB_PAGE = ("not a valid Excel file: it is a web page (HTML) with an .xlsx name, as some job boards export; open it "
            "in Excel and save it as Excel Workbook (.xlsx), then import that")


def check_zip(path: Path) -> None:
    """Refuse files that are not a complete zip, look like a zip bomb or carry DTDs (XML bombs, XXE)."""
    if not zipfile.is_zipfile(path):
        with path.open("rb") as handle:
            head = handle.read(4096)
        if head.startswith(b"PK"):
            raise UnreadableFile(f"{path.name}: the file is damaged or incomplete (a truncated download?); "
                                 "download or save it again")
        if _WEB_PAGE.search(head[:1024]):  # job boards' "Excel" downloads: an HTML table named .xlsx
            raise UnreadableFile(f"{path.name}: {WEB_PAGE}")
        if _looks_like_text(head):
            raise UnreadableFile(f"{path.name}: not a valid Excel file: it is a text (CSV) file with an .xlsx "
                                 "name; rename it to .csv and import it again")
        raise UnreadableFile(f"{path.name}: not a valid Excel file")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
                if "content.xml" in names and "mimetype" in names:  # an OpenDocument file under another name
                    raise UnreadableFile(f"{path.name}: a LibreOffice or OpenOffice document, not an Excel workbook; "
                                         "open it there and save it as Excel 2007-365 (.xlsx)")
                raise UnreadableFile(f"{path.name}: a zip file, but not an Excel workbook")
            if "xl/workbook.bin" in names:
                raise UnreadableFile(f"{path.name}: binary Excel workbook (.xlsb); save it as .xlsx")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
                    raise UnreadableFile(f"{path.name}: refused: '{info.filename}' expands {info.file_size // max(info.compress_size, 1)}"
                                         " times (a zip bomb?)")
            if total > MAX_UNCOMPRESSED_BYTES:
                raise UnreadableFile(f"{path.name}: refused: it would expand to {total // 2**20} MB")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as member:
                        head = _prolog(member)
                    if _DTD.search(head):
                        raise UnreadableFile(f"{path.name}: refused: '{info.filename}' declares XML entities "
                                             "(an XML bomb or external entity attack)")
    except (*DAMAGED_STREAM, OSError) as exc:
        raise damaged(path, exc) from exc


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def column_number(letters: bytes | str) -> int:
    number = 0
    for char in letters if isinstance(letters, str) else letters.decode():
        number = number * 26 + (ord(char) - 64)
    return number


def column_letters(number: int) -> str:
    """1 -> "A", 27 -> "AA": a column's name as Excel shows it."""
    letters = ""
    while number > 0:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def declared_size(archive: zipfile.ZipFile, member: str) -> SheetSize:
    """The size a sheet claims (its <dimension>), or the largest cell reference when it claims none."""
    with archive.open(member) as handle:
        head = handle.read(64 * 1024)
        match = _DIMENSION.search(head)
        if match and match.group(2):
            last_col = match.group(3) or match.group(1) or b"A"
            last_row = match.group(4) or match.group(2)
            return SheetSize(int(last_row), column_number(last_col))
        rows = columns = 0
        chunk, tail = head, b""
        while chunk:
            for found in _CELL_REF.finditer(tail + chunk):
                columns = max(columns, column_number(found.group(1)))
                rows = max(rows, int(found.group(2)))
            tail = chunk[-256:]
            chunk = handle.read(1024 * 1024)
        return SheetSize(rows, columns)


# A sheet's XML can say a small <dimension> and hold a cell far beyond it (XFD1048576): calamine sizes
# its grid by the cells it meets and aborts the whole process when that cannot be allocated. The
# cells in columns of two or three letters (AA on) and the rows' numbers are checked before it parses.
_WIDE_CELL = re.compile(rb' r="([A-Z]{2,3})(\d+)"')
_ROW_NUMBER = re.compile(rb'<(?:\w+:)?row\s[^>]*?r="(\d+)"')
FAR_CELL = ("a cell of the sheet lies far beyond its list (row {row}, column {column}), which makes the sheet "
            "too big to read; delete the empty rows and columns at its end in Excel, or copy the list to a new sheet")
FAR_ROW = ("a cell of the sheet lies far beyond its list (row {row}), which makes the sheet too big to read; delete the "
           "empty rows and columns at its end in Excel, or copy the list to a new sheet")  # (its column A-Z: not read)
FAR_CELL_UNPLACED = ("a cell of the sheet lies far beyond its list, which makes the sheet too big to read; delete the "
                     "empty rows and columns at its end in Excel, or copy the list to a new sheet")


class ExtentSeen:
    """The furthest row and column met in a sheet's XML so far (fed piece by piece: check_extent)."""

    def __init__(self) -> None:
        self.first_row = 0
        self.last_row = 0
        self.columns = 26  # columns of one letter need no look

    def add(self, xml: bytes) -> None:
        first = _ROW_NUMBER.search(xml)
        if first is None:
            return
        if not self.first_row:
            self.first_row = int(first.group(1))
        last = _ROW_NUMBER.search(xml, max(xml.rfind(b"<row"), 0)) or first
        self.last_row = max(self.last_row, int(last.group(1)))
        for found in _WIDE_CELL.finditer(xml):
            self.columns = max(self.columns, column_number(found.group(1)))
            self.last_row = max(self.last_row, int(found.group(2)))

    def check(self, filename: str) -> None:
        """UnreadableFile when the cells met span more than a sheet we read may (see check_size)."""
        rows = self.last_row - max(self.first_row, 1) + 1
        if self.columns > MAX_COLUMNS or rows * self.columns > MAX_CELLS:
            if self.columns == 26:  # (one-letter columns are not looked at: the cell's is not known, Z was said)
                raise UnreadableFile(f"{filename}: " + FAR_ROW.format(row=f"{self.last_row:,}"))
            raise UnreadableFile(f"{filename}: " + FAR_CELL.format(row=f"{self.last_row:,}",
                                                                    column=column_letters(self.columns)))


def check_extent(filename: str, xml: bytes) -> None:
    """check_size for a piece of sheet XML as it is (not as its <dimension> says)."""
    seen = ExtentSeen()
    seen.add(xml)
    seen.check(filename)


def check_size(filename: str, sheet: str, size: SheetSize) -> None:
    """Refuse a sheet whose size is beyond any real candidate list, before a parser allocates it."""
    if size.rows > MAX_ROWS or size.columns > MAX_COLUMNS or size.rows * size.columns > MAX_CELLS:
        raise UnreadableFile(
            f"{filename}, sheet '{sheet}': the sheet claims {size.rows:,} rows x {size.columns:,} columns, "
            f"beyond the limit of {MAX_CELLS:,} cells; delete the empty rows and columns at its end in Excel, or "
            "copy the list to a new sheet")
