"""Rich text written by programs other than Excel: openpyxl (what ATS exporters and in-house scripts use)
writes the run that is only a space or a line break between two formatted runs as <r><t> </t></r>, without
xml:space="preserve". Every spreadsheet program shows "Carmen Sánchez Vidal"; python-calamine dropped the
space ("CarmenSánchez Vidal"), and a header "Nombre y" + line break + "apellidos" became "Nombre yapellidos",
which no longer named the full name."""

from __future__ import annotations

import pytest
import xlsxwriter
from import_fixtures import _rewrite_member
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from sqlalchemy import text

from crm.importing import xlsx_slices
from crm.importing.importer import import_candidates

BOLD = InlineFont(b=True)
FILLER = 60  # people more: with tiny slices the sheet is read in many slices


def _stored(store) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            text("SELECT first_name, last_name, notes FROM candidate ORDER BY id"))]


def _read(slices: bool, monkeypatch) -> None:
    if slices:
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 2048)
        monkeypatch.setattr(xlsx_slices, "_SST_SHARE", 0)  # (sliced however large its shared strings)


def _rich_inline_xlsx(path):
    """openpyxl's own rich text: inline strings, the space and the line break runs of their own."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre completo", "Email", CellRichText([TextBlock(BOLD, "Notas"), " ", "internas"])])
    sheet.append([CellRichText([TextBlock(BOLD, "Carmen"), " ", TextBlock(BOLD, "Sánchez Vidal")]), "carmen@example.com",
                  CellRichText(["Entrevista 1", TextBlock(BOLD, "\n"), "Entrevista 2"])])
    for index in range(FILLER):
        sheet.append([f"Persona {index} Núñez", f"p{index}@example.com", "ok"])
    book.save(path)
    return path


@pytest.mark.parametrize("slices", [False, True], ids=["whole", "sliced"])
def test_a_space_or_line_break_run_of_its_own_is_kept(tmp_path, store, monkeypatch, slices):
    _read(slices, monkeypatch)
    report = import_candidates(store, _rich_inline_xlsx(tmp_path / "rich.xlsx"))
    assert report.created == 1 + FILLER
    assert _stored(store)[0] == ("Carmen", "Sánchez Vidal", "Entrevista 1\nEntrevista 2")


def _rich_shared_xlsx(path):
    """The same text as shared strings (a file whose strings table another tool wrote): a header formatted in two
    runs with a line break of its own between them, and a name in three runs."""
    book = xlsxwriter.Workbook(str(path))  # (shared strings: openpyxl writes its strings inline)
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["NOMBRE_Y_APELLIDOS", "Email"])
    sheet.write_row(1, 0, ["CARMEN_SANCHEZ", "carmen@example.com"])
    for index in range(FILLER):
        sheet.write_row(2 + index, 0, [f"Persona {index} Núñez", f"p{index}@example.com"])
    book.close()

    def rich(data: bytes) -> bytes:
        data = data.replace(b"<si><t>NOMBRE_Y_APELLIDOS</t></si>",
                            b"<si><r><rPr><b/></rPr><t>Nombre y</t></r><r><t>\n</t></r><r><t>apellidos</t></r></si>")
        return data.replace(b"<si><t>CARMEN_SANCHEZ</t></si>", "<si><r><rPr><b/></rPr><t>Carmen</t></r><r><t> </t></r>"
                            "<r><rPr><b/></rPr><t>Sánchez Vidal</t></r></si>".encode())

    _rewrite_member(path, "xl/sharedStrings.xml", rich)
    return path


@pytest.mark.parametrize("slices", [False, True], ids=["whole", "sliced"])
def test_shared_strings_keep_the_line_break_of_a_header_and_the_space_of_a_name(tmp_path, store, monkeypatch, slices):
    _read(slices, monkeypatch)
    report = import_candidates(store, _rich_shared_xlsx(tmp_path / "shared.xlsx"))
    # "Nombre y\napellidos" names the full name: split into first and last name, not all in the first name
    assert _stored(store)[0] == ("Carmen", "Sánchez Vidal", None)
    assert report.created == 1 + FILLER


def test_text_that_says_preserve_and_other_xml_are_left_as_they_are():
    plain = b'<row r="2"><c r="A2" t="inlineStr"><is><t>Ana</t></is></c></row>'
    assert xlsx_slices.keep_run_spaces(plain) is plain  # no rich text: not searched further
    preserved = b'<is><r><t>A</t></r><r><t xml:space="preserve"> </t></r><r><t>B</t></r></is>'
    assert xlsx_slices.keep_run_spaces(preserved) == preserved
    assert xlsx_slices.keep_run_spaces(b"<si><r><t>A</t></r><r><t>&#10;</t></r><x:r><x:t>B </x:t></x:r></si>") == (
        b'<si><r><t>A</t></r><r><t xml:space="preserve">&#10;</t></r><x:r><x:t xml:space="preserve">B </x:t></x:r></si>')
