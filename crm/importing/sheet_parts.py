"""What an xlsx sheet's own XML and its related parts say beyond the values calamine reads: the rows of its
Excel tables' Total Row, the comments (Excel's "notes") on its cells, and where its cells hold values (formatted
empty columns, a lookup list beside the list). Read with defusedxml or by searching the raw XML; a part that
cannot be read says nothing."""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from defusedxml import ElementTree

from crm.importing.cell_marks import column_index
from crm.importing.safety import DAMAGED_STREAM

_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class ColumnUsage(NamedTuple):
    """Where a sheet's cells hold values, below its header row (column_usage)."""

    columns: set[int]  # the columns (from the one asked for on) holding a value
    valued: dict[int, set[int]]  # asked for by row: column (from that one on) -> the rows where it holds a value
    rows_before: set[int]  # asked for by row: the rows holding a value in a column before it



def sheet_pieces(stream) -> Iterator[bytes]:
    """A sheet's XML in pieces of about 1 MB that end after a row's tag (no cell cut in two)."""
    rest = b""
    while chunk := stream.read(1 << 20):
        data = rest + chunk
        cut = data.rfind(b"row>") + 4
        if cut < 4:
            rest = data
            continue
        yield data[:cut]
        rest = data[cut:]
    yield rest



_RELATIONSHIP_TABLE = "/table"
_RELATIONSHIP_COMMENTS = "/comments"
_CELL_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")
_THREADED = "[Threaded comment]"


def sheet_parts(archive: zipfile.ZipFile, member: str) -> tuple[set[int], dict[int, dict[int, str]]]:
    """What the sheet's related parts say of its rows: the rows that are an Excel Table's Total Row, and
    the cells' comments (Excel's "notes"). Read with defusedxml; a part that cannot be read says nothing."""
    footers: set[int] = set()
    comments: dict[int, dict[int, str]] = {}
    for kind, part in _related(archive, member):
        try:
            root = ElementTree.fromstring(archive.read(part))
        except Exception:  # missing, damaged, or refused by defusedxml (entities): it says nothing
            continue
        if kind == _RELATIONSHIP_TABLE:
            footers.update(_totals_rows(root))
        else:
            for row, column, text in _comments(root):
                comments.setdefault(row, {})[column] = text
    return footers, comments


def _related(archive: zipfile.ZipFile, member: str) -> Iterator[tuple[str, str]]:
    """(kind, zip member) of the sheet's tables and comments."""
    folder, name = posixpath.split(member)
    try:
        rels = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", name + ".rels")))
    except Exception:  # no related parts, or none readable
        return
    for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):
        kind = next((kind for kind in (_RELATIONSHIP_TABLE, _RELATIONSHIP_COMMENTS)
                     if rel.get("Type", "").endswith(kind)), None)
        target = rel.get("Target", "")
        if kind is None or not target or rel.get("TargetMode") == "External":
            continue
        yield kind, target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))


def _totals_rows(table) -> range:
    """The rows of a table part's Total Row (totalsRowCount rows at the bottom of its range; none when not shown)."""
    try:
        count = int(table.get("totalsRowCount", "0"))
        last = int(_CELL_REF.match(table.get("ref", "").split(":")[-1]).group(2))
    except (ValueError, AttributeError):
        return range(0)
    return range(last - count + 1, last + 1) if 0 < count < last else range(0)


def _comments(root) -> Iterator[tuple[int, int, str]]:
    """(row, column, text) of each comment of a comments part, without the author's name Excel puts first."""
    authors = [element.text or "" for element in root.iter() if element.tag.endswith("}author")]
    for comment in root.iter():
        if not comment.tag.endswith("}comment"):
            continue
        ref = _CELL_REF.match(comment.get("ref", "").split(":")[0])
        text_element = next((child for child in comment if child.tag.endswith("}text")), None)
        if ref is None or text_element is None:
            continue
        text = "".join(_runs_text(text_element))
        try:
            author = authors[int(comment.get("authorId", ""))]
        except (ValueError, IndexError):
            author = ""
        text = _without_author(text, author).strip()
        if text:
            yield int(ref.group(2)), column_index(ref.group(1)), text


def _runs_text(text_element) -> Iterator[str]:
    """A comment's text: its <t>, or its runs' <t> (not the phonetic guides, <rPh>)."""
    for child in text_element:
        if child.tag.endswith("}t"):
            yield child.text or ""
        elif child.tag.endswith("}r"):
            yield from (part.text or "" for part in child if part.tag.endswith("}t"))


def _without_author(text: str, author: str) -> str:
    """Excel starts a note with its author's name ("Ana Ruiz:" and a line break); a threaded comment, as older
    Excel sees it, with a notice before the words ("Comment:")."""
    if text.startswith(_THREADED) and "Comment:" in text:
        text = text.split("Comment:", 1)[1]
        return "\n".join(line.strip() for line in text.strip().splitlines())
    if author and text.startswith(author + ":"):
        rest = text[len(author) + 1:]
        if rest[:1] in ("\n", "\r"):
            return rest
    return text


# A cell that holds a value, a formula or text (not a formatted empty cell, <c r="I1" s="3"/> or <c r="I1" s="2"
# t="n"></c>, which Google Sheets and openpyxl write over a whole formatted grid)
_VALUED_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*?(?<!/)>\s*'
                          rb'<(?:[A-Za-z_][\w.-]*:)?(?:v|is|f)\b')
_VALUED_COLUMN = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3})\d+"[^>]*?(?<!/)>\s*'
                            rb'<(?:[A-Za-z_][\w.-]*:)?(?:v|is|f)\b')
_ROW_START = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?row\s[^>]*?\br="(\d+)"')


def column_usage(path: Path, member: str, first: int, header_row: int, by_row: bool = False) -> ColumnUsage:
    """Where the sheet's cells below `header_row` hold values: the columns from `first` on that do and, `by_row`,
    the rows of each, and the rows holding a value in a column before `first` (one more read of the sheet's XML;
    without `by_row`, a search in C only)."""
    letters: set[bytes] = set()
    valued: dict[int, set[int]] = {}
    before: set[int] = set()
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as stream:
            for piece in _rows_below(sheet_pieces(stream), header_row):
                if not by_row:
                    letters.update(_VALUED_COLUMN.findall(piece))
                    continue
                for cell_letters, number in _VALUED_CELL.findall(piece):
                    column = column_index(cell_letters)
                    if column < first:
                        before.add(int(number))
                    else:
                        valued.setdefault(column, set()).add(int(number))
    except (*DAMAGED_STREAM, OSError):
        pass  # the reader says what is wrong with the file
    columns = {column for column in map(column_index, letters) if column >= first} | set(valued)
    return ColumnUsage(columns, valued, before)


def _rows_below(pieces: Iterator[bytes], header_row: int) -> Iterator[bytes]:
    """The pieces of a sheet's XML from the first row below `header_row` on (rows come in order)."""
    for piece in pieces:
        for found in _ROW_START.finditer(piece):
            if int(found.group(1)) > header_row:
                yield piece[found.start():]
                yield from pieces
                return

