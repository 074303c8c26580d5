"""Control characters in a file's cells are not stored: nothing a recruiter reads obeys them, search finds the
word they wrapped, and a NUL no longer fails the whole import (PostgreSQL refuses it in a text field)."""

import pytest
import xlsxwriter
from import_fixtures import by_email, with_sheet_xml

from crm.cli import run
from crm.importing.importer import import_candidates
from crm.importing.readers import open_workbook
from crm.importing.safety import UnreadableFile
from crm.persistence.store import open_store
from crm.services import Services
from crm.services.search import SearchService

HEADERS = ["Nombre", "Apellidos", "Email", "Puesto", "Empresa", "Ciudad", "Tecnologías", "Notas", "Carnet"]


def _xlsx_with_controls(tmp_path):
    """The control characters as Excel writes them in a cell's XML (_xHHHH_: a NUL pasted from Word is
    _x0000_), put there by hand (xlsxwriter writes a string's own "_x0000_" as text: _x005F_x0000_)."""
    source = tmp_path / "source.xlsx"
    book = xlsxwriter.Workbook(str(source), {"constant_memory": True})  # (inline strings: in the sheet's XML)
    sheet = book.add_worksheet("Candidatos")
    sheet.write_row(0, 0, HEADERS)
    sheet.write_row(1, 0, ["AnaBEL", "ESC[31mRojoESC[0m", "\u200eana.rojo@example.com", "AntesNULDespues",
                           "AcmeUS Tech", "Madrid", "PythonVTDjango", "línea unoVTlínea dosNULfin", "BESC[1m+ESC[0m"])
    book.close()
    written = {b"BEL": b"_x0007_", b"ESC": b"_x001B_", b"NUL": b"_x0000_", b"VT": b"_x000B_", b"US": b"_x001F_"}

    def with_controls(xml: bytes) -> bytes:
        for mark, escape in written.items():
            xml = xml.replace(mark, escape)
        return xml

    return with_sheet_xml(source, tmp_path / "controles.xlsx", with_controls)


def _shown(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out + err


def test_an_xlsx_with_control_characters_imports_without_them(tmp_path, store, services, db_path, capsys):
    report = import_candidates(store, _xlsx_with_controls(tmp_path))
    assert (report.created, report.rejected) == (1, [])
    ana = by_email(services, "ana.rojo@example.com")  # the left-to-right mark gone: an address that receives mail
    assert (ana.first_name, ana.last_name, ana.current_title, ana.current_company) == (
        "Ana", "Rojo", "Antes Despues", "Acme Tech")
    assert {skill.name for skill in ana.skills} == {"Python", "Django"}  # Word's line break splits them
    assert ana.notes == "línea uno\nlínea dos fin\nCarnet: B+"  # its lines kept; a column kept in the notes too
    assert SearchService(store).search("rojo").ids == [ana.id]  # not indexed as "31mrojo"
    code, shown = _shown(capsys, "--db", str(db_path), "candidates", "show", str(ana.id))
    assert code == 0 and "Rojo" in shown and "\x1b" not in shown and "\x00" not in shown


@pytest.mark.postgres
def test_an_xlsx_with_a_nul_imports_on_postgresql(pg_url, tmp_path):
    """"PostgreSQL text fields cannot contain NUL": one _x0000_ cell failed the whole import."""
    store = open_store(pg_url)
    try:
        report = import_candidates(store, _xlsx_with_controls(tmp_path))
        assert (report.created, report.rejected) == (1, [])
        ana = Services.for_store(store).candidates.find_by_email("ana.rojo@example.com")
        assert (ana.last_name, ana.current_title, ana.notes) == ("Rojo", "Antes Despues",
                                                                  "línea uno\nlínea dos fin\nCarnet: B+")
        assert SearchService(store).search("rojo").ids == [ana.id]
    finally:
        store.close()


def test_a_csv_with_a_nul_and_escape_sequences_imports(tmp_path, store, services):
    """One NUL in a note refused the file as "not a text file"."""
    path = tmp_path / "candidatos.csv"
    path.write_text("Nombre,Apellidos,Email,Teléfono,Notas\n"
                    "Ana,\x1b[31mRojo\x1b[0m,ana.rojo@example.com,\u202a600 111 222\u202c,Antes\x00Despues\x07\n"
                    "Luis,Gil\x1b]0;pwned\x07,luis@example.com,,\"llamar\x0bel lunes\"\n", encoding="utf-8")
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    ana = by_email(services, "ana.rojo@example.com")
    assert (ana.last_name, ana.phone, ana.notes) == ("Rojo", "+34600111222", "AntesDespues")
    luis = by_email(services, "luis@example.com")
    assert (luis.last_name, luis.notes) == ("Gil", "llamar\nel lunes")
    assert SearchService(store).search("rojo").ids == [ana.id]


def test_an_email_with_a_format_character_finds_the_same_person(tmp_path, store, services):
    """'\\u200eana.ruiz@example.com' was another address than 'ana.ruiz@example.com': the person twice."""
    first, again = tmp_path / "uno.csv", tmp_path / "dos.csv"
    first.write_text("Nombre,Email\nAna Ruiz,ana.ruiz@example.com\n", encoding="utf-8")
    again.write_text("Nombre,Email,Ciudad\nAna Ruiz,\u200eana.ruiz@example.com\u200f,Sevilla\n", encoding="utf-8")
    import_candidates(store, first)
    report = import_candidates(store, again)
    assert report.created == 0
    assert by_email(services, "ana.ruiz@example.com").city == "Sevilla"


def test_a_text_file_with_stray_nuls_reads_but_a_binary_one_does_not(tmp_path):
    """A few NULs in a text file are dropped; a binary file is still no text file; UTF-16 without its
    byte-order mark (a NUL every other byte of Latin text) is read as UTF-16."""
    rows = "".join(f"Persona {n},persona{n}@example.com,nota {n}\n" for n in range(200))
    stray = tmp_path / "stray.csv"  # six NULs in 9,000 characters
    with_nuls = "".join(f"Persona {n},persona{n}@example.com,no\x00ta {n}\n" for n in range(6))
    stray.write_text("Nombre,Email,Notas\n" + with_nuls + rows[len(with_nuls) - 6:], encoding="utf-8")
    read = dict(open_workbook(stray).read().rows)
    assert (read[2], read[7], read[8]) == (["Persona 0", "persona0@example.com", "nota 0"],
                                           ["Persona 5", "persona5@example.com", "nota 5"],
                                           ["Persona 6", "persona6@example.com", "nota 6"])
    for encoding in ("utf-16-le", "utf-16-be"):  # UTF-16 without its byte-order mark is read as what it is
        (tmp_path / f"{encoding}.csv").write_bytes(("Nombre,Email,Notas\nNúñez Ana,ana@example.com,ñ\n" + rows).encode(encoding))
        read = dict(open_workbook(tmp_path / f"{encoding}.csv").read().rows)
        assert (read[2], read[202]) == (["Núñez Ana", "ana@example.com", "ñ"],
                                        ["Persona 199", "persona199@example.com", "nota 199"])
    for name, data in [("binary.csv", b"\x00\x01\x02PNG\n" + bytes(range(256)) * 40),
                       ("many.csv", ("Nombre,Email\n" + rows.replace(",", ",\x00\x00")).encode())]:
        (tmp_path / name).write_bytes(data)
        with pytest.raises(UnreadableFile, match=r"not a text file \(it contains binary data\)"):
            open_workbook(tmp_path / name)


_LONG_URL = "https://portfolio.example.com/" + "a" * 370


def _long_cells(path):
    path.write_text(f"Nombre;Email;LinkedIn\nAna Ruiz;ana@example.com;{_LONG_URL}\nLuis Gil;{'x' * 250}@example.com;\n",
                    encoding="utf-8")
    return path


def _kept_in_the_notes(store, folder):
    report = import_candidates(store, _long_cells(folder / "largos.csv"))
    assert report.created == 2
    assert [(w.row, w.column) for w in report.warnings] == [(2, "LinkedIn"), (3, "Email")]
    ana = Services.for_store(store).candidates.find_by_email("ana@example.com")
    assert (ana.linkedin_url, ana.notes) == (None, f"LinkedIn: {_LONG_URL}")


def test_a_profile_address_or_email_too_long_for_its_column_goes_to_the_notes(tmp_path, store):
    """A 400-character tracking link as the profile, a 262-character email: SQLite stored them, PostgreSQL
    refused the whole file. Both databases now keep the row, the cell in the notes, said."""
    _kept_in_the_notes(store, tmp_path)


@pytest.mark.postgres
def test_a_profile_address_too_long_for_its_column_goes_to_the_notes_on_postgresql(pg_url, tmp_path):
    store = open_store(pg_url)
    try:
        _kept_in_the_notes(store, tmp_path)
    finally:
        store.close()
