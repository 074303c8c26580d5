"""A big sheet is read in slices (crm/importing/xlsx_slices.py): every row, cell value and row number
must equal a whole-sheet read by python-calamine, whatever the workbook looks like."""

from __future__ import annotations

import re
import threading
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter
from import_fixtures import _rewrite_member, large_candidates_xlsx, messy_spanish_xlsx

from crm.importing import xlsx_slices
from crm.importing.readers import open_workbook
from crm.importing.safety import UnreadableFile

TINY = 2048  # bytes of sheet XML per slice: a few rows each, so every fixture is cut many times


def rich_xlsx(path: Path, *, inline_strings: bool) -> Path:
    """Dates, datetimes, numbers as numbers and as text, booleans, a formula with its cached value,
    blank rows, a title above, long text; shared strings or inline strings."""
    book = xlsxwriter.Workbook(str(path), {"constant_memory": inline_strings})
    sheet = book.add_worksheet("Candidatos")
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write(0, 0, "Listado de candidatos")
    sheet.write_row(2, 0, ["Nombre", "Email", "Alta", "Visto", "Años", "Salario", "Activo", "Total", "Notas"])
    for index in range(300):
        row = 3 + index + index // 50  # a blank row every 50
        sheet.write(row, 0, f"Persona {index} Núñez")
        sheet.write(row, 1, f"p{index}@example.com")
        sheet.write_datetime(row, 2, datetime(2024, 1 + index % 12, 1 + index % 28), day)
        sheet.write_datetime(row, 3, datetime(2024, 5, 1, index % 24, 30), stamp)
        sheet.write_number(row, 4, index % 17 + 0.5)
        sheet.write_string(row, 5, f"{40 + index % 30}.000 €")
        sheet.write_boolean(row, 6, index % 2 == 0)
        sheet.write_formula(row, 7, f"=E{row + 1}*2", None, (index % 17 + 0.5) * 2)
        if index % 3:
            sheet.write_string(row, 8, "Texto largo " * (index % 40) + "&<>\"'")
    book.close()
    return path


def prefixed_xlsx(path: Path) -> Path:
    """The same sheet written with a namespace prefix on every element (<x:row>, <x:c> ...)."""
    rich_xlsx(path, inline_strings=False)

    def prefix(data: bytes) -> bytes:
        data = data.replace(b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                            b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"')
        return re.sub(rb"<(/?)([A-Za-z]+)([\s/>])", rb"<\1x:\2\3", data)

    _rewrite_member(path, "xl/worksheets/sheet1.xml", prefix)
    return path


def trimmed(rows: list) -> list:
    """Rows without their trailing empty cells ("" or None), blank rows left out: a slice is as wide as its own
    used range and starts at its first used row, a whole read pads to the sheet's (the importer fits
    every row to the header's width and skips blank rows)."""
    result = []
    for number, cells in rows:
        cells = [None if cell == "" else cell for cell in cells]  # calamine's empty cell
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            result.append((number, cells))
    return result


def whole_and_sliced(path: Path, sheet: str | None = None) -> tuple[list, list]:
    book = open_workbook(path)
    name = sheet or book.sheet_names[0]
    whole = list(book._read_whole(name).rows)
    member = book._members[name]
    sliced = list(xlsx_slices.sliced_rows(path, member, name, TINY, lambda: book._read_whole(name).rows))
    return trimmed(whole), trimmed(sliced)


@pytest.mark.parametrize("make", [
    lambda p: messy_spanish_xlsx(p),
    lambda p: rich_xlsx(p, inline_strings=False),
    lambda p: rich_xlsx(p, inline_strings=True),
    prefixed_xlsx,
], ids=["openpyxl-messy", "shared-strings", "inline-strings", "namespace-prefix"])
def test_slices_give_exactly_the_whole_sheet(tmp_path, make):
    path = make(tmp_path / "book.xlsx")
    sheet = "Candidatos"
    whole, sliced = whole_and_sliced(path, sheet)
    assert len(whole) > 5
    assert sliced == whole
    # The fixture really was cut into many slices.
    with zipfile.ZipFile(path) as archive:
        member = open_workbook(path)._members[sheet]
        assert len(list(xlsx_slices._xml_slices(archive, member, TINY))) > 3 or len(whole) < 20


def test_dates_numbers_and_booleans_keep_their_types(tmp_path):
    _whole, sliced = whole_and_sliced(rich_xlsx(tmp_path / "rich.xlsx", inline_strings=False))
    number, cells = sliced[2]
    assert number == 4
    assert cells[0] == "Persona 0 Núñez"
    assert cells[2] == date(2024, 1, 1)
    assert cells[3] == datetime(2024, 5, 1, 0, 30)
    assert cells[4] == 0.5 and cells[6] is True and cells[7] == 1.0
    assert cells[5] == "40.000 €"
    assert len(cells) == 8  # no notes on that row
    assert any(len(row[1]) > 8 and row[1][8].endswith("&<>\"'") for row in sliced)


def test_rows_without_their_number_fall_back_to_a_whole_read(tmp_path):
    path = rich_xlsx(tmp_path / "plain.xlsx", inline_strings=False)
    _rewrite_member(path, "xl/worksheets/sheet1.xml", lambda data: re.sub(rb'<row r="\d+"', b"<row", data))
    whole, sliced = whole_and_sliced(path)
    assert sliced == whole and len(whole) > 300


def test_row_numbers_count_from_the_top_of_the_sheet(tmp_path, monkeypatch):
    """Data that starts at C5: the report must say row 5, sliced or not."""
    path = tmp_path / "c5.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Hoja")
    sheet.write_row(4, 2, ["Nombre", "Email"])
    for index in range(200):
        sheet.write_row(5 + index, 2, [f"Persona {index}", f"p{index}@example.com"])
    book.close()
    expected_first = (5, [None, None, "Nombre", "Email"])
    assert trimmed(open_workbook(path).read().rows)[0] == expected_first  # whole sheet: too small to slice
    monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", TINY)
    rows = trimmed(open_workbook(path).read().rows)
    assert rows[0] == expected_first
    assert rows[-1] == (205, [None, None, "Persona 199", "p199@example.com"])


@pytest.mark.parametrize("make", [lambda p: rich_xlsx(p, inline_strings=True),
                                  lambda p: large_candidates_xlsx(p, 3000)], ids=["sliced", "no-dimension"])
def test_a_stream_damaged_half_way_is_an_unreadable_file(tmp_path, monkeypatch, make):
    path = make(tmp_path / "big.xlsx")
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        middle = start + info.compress_size // 2
    data = bytearray(path.read_bytes())
    data[middle:middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", TINY)
    with pytest.raises(UnreadableFile, match="big.xlsx: the file is damaged"):
        for _row in open_workbook(path).read().rows:
            pass


@pytest.mark.parametrize("slice_size", [TINY, None], ids=["sliced", "whole"])
def test_a_cell_calamine_and_openpyxl_refuse_is_an_unreadable_file(tmp_path, monkeypatch, slice_size):
    """A yes/no cell holding "maybe" (a hand-edited file): calamine refuses the slice, the whole-sheet
    reader tries calamine then openpyxl, which refuses it too: a clear message, no traceback."""
    path = rich_xlsx(tmp_path / "edited.xlsx", inline_strings=True)
    _rewrite_member(path, "xl/worksheets/sheet1.xml",
                    lambda data: re.sub(rb'(<c r="G200"[^>]*>)<v>[^<]*</v>', rb"\1<v>maybe</v>", data, count=1))
    if slice_size:
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", slice_size)
    with pytest.raises(UnreadableFile, match="edited.xlsx: the file is damaged"):
        for _row in open_workbook(path).read().rows:
            pass


def test_stopping_early_ends_the_background_thread(tmp_path, monkeypatch):
    path = large_candidates_xlsx(tmp_path / "big.xlsx", 3000)
    monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 16 * 1024)
    before = set(threading.enumerate())
    rows = open_workbook(path).read().rows
    assert next(iter(rows))[0] == 1
    ours = [t for t in threading.enumerate() if t.name == "xlsx-slices" and t not in before]
    assert len(ours) == 1
    rows.close()
    ours[0].join(timeout=5)
    assert not ours[0].is_alive()


def test_an_import_cancelled_early_ends_the_background_thread(tmp_path, monkeypatch):
    from crm.importing.row_source import InlineRows

    path = large_candidates_xlsx(tmp_path / "big.xlsx", 3000)
    monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 16 * 1024)
    before = set(threading.enumerate())
    source = InlineRows(path, None)
    next(source.batches(["first_name", "last_name", "email"] + ["notes"] * 5, True))
    ours = [t for t in threading.enumerate() if t.name == "xlsx-slices" and t not in before]
    source.close()
    for thread in ours:
        thread.join(timeout=5)
        assert not thread.is_alive()
