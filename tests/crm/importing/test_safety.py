"""Broken and hostile files are refused with a clear message; nothing is written."""

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from import_fixtures import (
    csv_renamed_xlsx,
    empty_xlsx,
    encrypted_xlsx,
    headers_only_xlsx,
    huge_dimension_xlsx,
    large_candidates_xlsx,
    ods_file,
    old_xls,
    truncated_xlsx,
    with_sheet_xml,
    xxe_xlsx,
    zip_bomb_xlsx,
)
from sqlalchemy import text

from crm.importing.api import run_import
from crm.importing.importer import import_candidates
from crm.importing.safety import UnreadableFile, require_defusedxml

ROOT = Path(__file__).resolve().parents[3]


def nothing_written(store):
    with store.engine.connect() as connection:
        return (connection.execute(text("SELECT count(*) FROM candidate")).scalar() == 0
                and connection.execute(text("SELECT count(*) FROM import_batch")).scalar() == 0)


@pytest.mark.parametrize("make, name, message", [
    (csv_renamed_xlsx, "renamed.xlsx", "it is a text (CSV) file with an .xlsx name"),
    (truncated_xlsx, "download.xlsx", "damaged or incomplete"),
    (empty_xlsx, "empty.xlsx", "is empty"),
    (headers_only_xlsx, "only_headers.xlsx", "header row but no data below it"),
    (encrypted_xlsx, "secret.xlsx", "password-protected"),
    (old_xls, "old.xls", "old Excel format (.xls)"),
    (ods_file, "lista.ods", "LibreOffice or OpenOffice spreadsheets (.ods) are not supported"),
    (ods_file, "lista.xlsx", "a LibreOffice or OpenOffice document, not an Excel workbook"),
    (zip_bomb_xlsx, "bomb.xlsx", "zip bomb"),
    (xxe_xlsx, "xxe.xlsx", "declares XML entities"),
    (huge_dimension_xlsx, "huge.xlsx", "claims 1,048,576 rows x 16,384 columns"),
    # Excel's lock file beside an open workbook: it was called a CSV file to rename
    (lambda path: (path.write_bytes(b"\x0bAna Garcia" + b" " * 150), path)[1], "~$candidatos.xlsx",
     "the lock file Excel keeps while it has candidatos.xlsx open, not a spreadsheet; choose that workbook itself"),
])
def test_broken_files_are_refused_with_a_reason(tmp_path, store, make, name, message):
    path = make(tmp_path / name)
    with pytest.raises(UnreadableFile) as raised:
        import_candidates(store, path)
    assert message in str(raised.value)
    assert name in str(raised.value)
    assert nothing_written(store)


@pytest.mark.parametrize("kind", ["candidates", "roles", "pipeline"])
def test_headers_only_is_refused_and_writes_nothing(tmp_path, store, kind):
    """An empty import was kept, to list and undo in the import history; then it was 'imported' (exit 0)."""
    headers = {"candidates": ["Nombre", "Email"], "roles": ["Ref.", "Cliente", "Puesto"],
               "pipeline": ["Email", "Ref. vacante", "Estado"]}[kind]
    book = openpyxl.Workbook()
    book.active.title = "Lista"
    book.active.append(["Candidatos 2026"])
    book.active.append([])
    book.active.append(headers)
    book.save(tmp_path / "headers.xlsx")
    with pytest.raises(UnreadableFile, match=r"^headers.xlsx, sheet Lista: the sheet has a header row but no "
                                             r"data below it \(the header is row 3\)$"):
        run_import(store, kind, tmp_path / "headers.xlsx")
    assert nothing_written(store)


def test_huge_dimension_never_reaches_the_parser_in_a_real_process(tmp_path):
    """python-calamine aborts the whole process on such a sheet; the CLI must answer instead."""
    path = huge_dimension_xlsx(tmp_path / "huge.xlsx")
    result = subprocess.run([sys.executable, "-m", "crm", "--db", str(tmp_path / "x.db"), "import", "candidates",
                             str(path)], capture_output=True, text=True, cwd=ROOT, timeout=60,
                            env={"PYTHONPATH": str(ROOT), "CRM_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2, result.stderr
    assert "claims 1,048,576 rows" in result.stderr and "nothing was imported" in result.stderr


def test_defusedxml_is_installed_and_used():
    require_defusedxml()
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML


def _with_far_cell(data: bytes) -> bytes:
    """One more cell at XFD1048576 while the sheet's <dimension> still says the list's size."""
    if b"<dimension" not in data:  # openpyxl's write-only sheets state none: Excel's way
        at = min(i for i in (data.find(b"<sheetFormatPr"), data.find(b"<cols"), data.find(b"<sheetData")) if i >= 0)
        data = data[:at] + b'<dimension ref="A1:H10"/>' + data[at:]
    return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t>'
                                         b"</is></c></row></sheetData>")


@pytest.mark.parametrize("rows", [5, 8000])  # read here, and in slices by the reader process
def test_a_cell_far_beyond_a_small_declared_dimension_is_refused_not_a_crash(tmp_path, rows):
    path = with_sheet_xml(large_candidates_xlsx(tmp_path / "list.xlsx", rows), tmp_path / "lying.xlsx", _with_far_cell)
    result = subprocess.run([sys.executable, "-m", "crm", "--db", str(tmp_path / "x.db"), "import", "candidates",
                             str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "CRM_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2, result.stderr
    assert "lying.xlsx" in result.stderr and "a cell of the sheet lies far beyond its list" in result.stderr
    assert "nothing was imported" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("column", ["E", "Z", "AX"])
def test_a_stray_value_at_the_foot_of_a_small_list_is_refused_before_it_takes_gigabytes(tmp_path, column):
    """One value left at AX1048576 under a 1,000-row list (no <dimension>, as Excel and openpyxl write
    small sheets): read in the app's own process, 3.8 GB (1.5 GB at Z), and an abort where memory is short."""
    def stray(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", f'<row r="1048576"><c r="{column}1048576" t="inlineStr"><is><t>x</t>'
                                              f"</is></c></row></sheetData>".encode())

    path = with_sheet_xml(large_candidates_xlsx(tmp_path / "list.xlsx", 1000), tmp_path / "stray.xlsx", stray)
    result = subprocess.run([sys.executable, "-c", _PEAK + "\nfrom crm.cli import run\nimport sys\n"
                             "code = run(sys.argv[1:])\nprint('peak MB', peak_mb(), file=sys.stderr)\nsys.exit(code)",
                             "--db", str(tmp_path / "x.db"), "import", "candidates", str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "CRM_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2, result.stderr
    assert "stray.xlsx" in result.stderr and "1,048,576" in result.stderr
    assert "delete the empty rows and columns at its end in Excel" in result.stderr
    assert "column Z" not in result.stderr or column == "Z"  # (a cell at E1048576 was said to be in column Z)
    assert "nothing was imported" in result.stderr and "Traceback" not in result.stderr
    assert float(result.stderr.rsplit("peak MB", 1)[1]) < 500  # refused before the grid is allocated


_PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""


def test_entities_declared_after_a_long_comment_are_refused_as_such(tmp_path, store):
    """A DTD pushed past the first look by a long comment was 'not a readable Excel workbook (ValueError)'."""
    def entities_after_a_long_comment(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return (b'<?xml version="1.0" encoding="UTF-8"?>\n<!--' + b"x" * 8000 + b"-->\n"
                b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + body)

    path = with_sheet_xml(large_candidates_xlsx(tmp_path / "list.xlsx", 3), tmp_path / "late.xlsx",
                          entities_after_a_long_comment)
    with pytest.raises(UnreadableFile, match="declares XML entities"):
        import_candidates(store, path)
    assert nothing_written(store)


@pytest.mark.parametrize("encode", [lambda xml: b"\xef\xbb\xbf" + xml,  # a UTF-8 byte order mark
                                    lambda xml: xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"')
                                    .decode("utf-8").encode("utf-16")], ids=["bom", "utf16"])
def test_entities_declared_after_a_byte_order_mark_or_in_utf16_are_refused_as_such(tmp_path, store, encode):
    """Said 'not a readable Excel workbook (ValueError)' and 'the sheet is empty' (refused by a later parser)."""
    def entities(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return encode(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                      b'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' + body)

    path = with_sheet_xml(large_candidates_xlsx(tmp_path / "list.xlsx", 3), tmp_path / "bom.xlsx", entities)
    with pytest.raises(UnreadableFile, match="declares XML entities"):
        import_candidates(store, path)
    assert nothing_written(store)


def test_a_workbook_cut_short_after_its_check_is_said_to_be_incomplete(tmp_path, store, monkeypatch):
    """A sync or a download still writing the file cut it short between the checks and the rows: a
    BadZipFile traceback (exit 1 in the CLI, no --json object); in the reader process (the same reading of
    the rows, for bigger files), its traceback."""
    from crm.importing import readers
    from crm.importing.importer import ImportOptions

    path = large_candidates_xlsx(tmp_path / "list.xlsx", 20_000)
    sliced_rows = readers.sliced_rows

    def cut_then_read(at, *args, **kwargs):  # the moment the rows start to be read
        Path(at).write_bytes(Path(at).read_bytes()[:Path(at).stat().st_size // 3])
        return sliced_rows(at, *args, **kwargs)

    monkeypatch.setattr(readers, "sliced_rows", cut_then_read)
    with pytest.raises(UnreadableFile, match=r"list\.xlsx: the file is damaged or incomplete \(File is not a zip file\)"):
        import_candidates(store, path, ImportOptions(reader="inline"))
    assert nothing_written(store)


def test_a_small_list_libreoffice_saved_with_a_formatted_header_row_is_read(tmp_path, store, services):
    """LibreOffice writes a header row formatted as a whole row out to its last column (AMJ, the 1,024th):
    three people were refused as "3 rows x 1,024 columns, beyond the limits"."""
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Nombre", "Apellidos", "Correo"], ["Ana", "Ruiz", "ana@example.com"], ["Luis", "Gil", "luis@example.com"]):
        sheet.append(row)
    bold = Font(bold=True)
    for column in range(1, 1025):
        sheet.cell(row=1, column=column).font = bold
    book.save(tmp_path / "libreoffice.xlsx")
    assert sheet.dimensions == "A1:AMJ3"

    report = import_candidates(store, tmp_path / "libreoffice.xlsx")
    assert (report.created, report.rejected, report.warnings) == (2, [], [])
    assert sorted(c.email for c in services.candidates.iter_all()) == ["ana@example.com", "luis@example.com"]
