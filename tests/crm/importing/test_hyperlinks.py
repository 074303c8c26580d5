"""A profile behind a cell's words: "Ver perfil" cells linking to LinkedIn, a name linking to its
profile, a =HYPERLINK(...) formula. The address is imported, whichever way the sheet is read."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from crm.importing import xlsx_slices
from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.inspect import inspect, preview

PADDING = 120  # more people below, so that a sheet read in slices is cut many times before the links


def linked_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Apellidos", "Email", "LinkedIn", "Empresa"])
    sheet.append(["Ana", "López", "ana@example.com", "Ver perfil", "Acme"])
    sheet["D2"].hyperlink = "https://www.linkedin.com/in/ana-lopez/"
    sheet.append(["Bea", "Ruiz", "bea@example.com", "Ver perfil", "Acme"])
    sheet["D3"].hyperlink = "https://es.linkedin.com/in/bearuiz?trk=public_profile"
    sheet.append(["Carla", "Díaz", "carla@example.com", '=HYPERLINK("https://www.linkedin.com/in/carla-diaz","Perfil")',
                  "Acme"])
    sheet.append(["Dani", "Gil", "dani@example.com", None, "Globex"])
    sheet["A5"].hyperlink = "https://www.linkedin.com/in/danigil"  # the name opens the profile
    sheet["E5"].hyperlink = "https://www.linkedin.com/company/globex"  # a company page is nobody's profile
    for index in range(PADDING):
        name = "".join(chr(97 + int(digit)) for digit in str(index)).title()  # a name holds no number
        sheet.append([name, "Pérez", f"p{index}@example.com", None, "Initech"])
    sheet.append(["Eva", "Martín", "eva@example.com", "Ver perfil", "Acme"])
    sheet[f"D{sheet.max_row}"].hyperlink = "https://www.linkedin.com/in/eva-martin"
    book.save(path)
    return path


def profiles(services) -> dict[str, str | None]:
    return {name: services.candidates.find_by_email(f"{name}@example.com").linkedin_url
            for name in ("ana", "bea", "carla", "dani", "eva")}


EXPECTED = {"ana": "https://linkedin.com/in/ana-lopez", "bea": "https://linkedin.com/in/bearuiz",
            "carla": "https://linkedin.com/in/carla-diaz", "dani": "https://linkedin.com/in/danigil",
            "eva": "https://linkedin.com/in/eva-martin"}


@pytest.mark.parametrize("way", ["whole", "slices", "reader process"])
def test_the_address_behind_a_cell_is_the_profile(tmp_path, store, services, monkeypatch, way):
    if way == "slices":
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 2048)
    path = linked_xlsx(tmp_path / "enlaces.xlsx")
    report = import_candidates(store, path, ImportOptions(reader="process" if way == "reader process" else "inline"))
    assert report.created == PADDING + 5
    assert report.warnings == []  # no "Ver perfil: not a web address", no formula without a result
    assert profiles(services) == EXPECTED
    dani = services.candidates.find_by_email("dani@example.com")
    assert (dani.first_name, dani.current_company, dani.notes) == ("Dani", "Globex", None)


def test_the_preview_and_the_mapping_see_the_addresses(tmp_path, store):
    inspection = inspect(store, linked_xlsx(tmp_path / "enlaces.xlsx"))
    assert inspection.targets[3] == "linkedin_url" and inspection.value_hints == {}  # "Ver perfil" is a link
    fields, rows = preview(inspection, inspection.targets)
    assert [row.get("linkedin_url") for row in rows[:4]] == [
        EXPECTED["ana"], EXPECTED["bea"], EXPECTED["carla"], EXPECTED["dani"]]
    assert all(not row["warnings"] for row in rows)


@pytest.mark.parametrize("way", ["whole", "reader process"])
def test_an_email_shown_as_words_linking_to_its_address_is_the_email(tmp_path, store, services, way):
    """"Enviar email" linking to mailto:ana.ruiz@example.com (or a =HYPERLINK("mailto:...", "Correo")) left the
    email empty, the address stored nowhere ("Email: Enviar email" in the notes)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", "Ciudad"])
    sheet.append(["Ana Ruiz", "Enviar email", "Madrid"])
    sheet["B2"].hyperlink = "mailto:Ana.Ruiz@example.com?subject=Oferta%20backend"
    sheet.append(["Luis Gil", '=HYPERLINK("mailto:luis.gil@example.com","Correo")', "Sevilla"])
    sheet.append(["Eva Sanz", None, "Bilbao"])
    sheet["A4"].hyperlink = "mailto:eva.sanz@example.com"  # her name opens a message to her
    sheet.append(["Pau Gil", "pau.gil@nueva.com", "Vigo"])
    sheet["B5"].hyperlink = "mailto:pau.gil@vieja.com"  # the address shown was edited, its link was not
    book.save(tmp_path / "correos.xlsx")
    report = import_candidates(store, tmp_path / "correos.xlsx",
                               ImportOptions(reader="process" if way == "reader process" else "inline"))
    assert (report.created, report.warnings) == (4, [])
    people = {c.first_name: (c.email, c.notes) for c in services.candidates.iter_all()}
    assert people == {"Ana": ("ana.ruiz@example.com", None), "Luis": ("luis.gil@example.com", None),
                      "Eva": ("eva.sanz@example.com", None), "Pau": ("pau.gil@nueva.com", None)}


@pytest.mark.parametrize("way", ["whole", "reader process"])
def test_a_notes_cells_link_is_kept_beside_its_words(tmp_path, store, services, way):
    """"ver CV" linking to the CV on Drive was stored as "ver CV": the recruiter could no longer open it."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp_path / "cvs.xlsx"))
    sheet = book.add_worksheet("Candidatos")
    sheet.write_row(0, 0, ["Nombre", "Email", "Notas", "CV"])
    sheet.write_row(1, 0, ["Ana López", "ana@example.com"])
    sheet.write_url(1, 2, "https://drive.google.com/file/d/CVANA", string="ver CV")
    sheet.write_url(1, 3, "https://cvs.example.com/ana.pdf", string="descargar")  # a column left to the notes
    sheet.write_row(2, 0, ["Bea Ruiz", "bea@example.com"])
    sheet.write_formula(2, 2, '=HYPERLINK("https://drive.google.com/file/d/CVBEA","ver CV")', None, "ver CV")
    sheet.write_row(3, 0, ["Carla Díaz", "carla@example.com"])  # the address already in the words
    sheet.write_url(3, 2, "https://drive.google.com/file/d/CVCARLA", string="CV: https://drive.google.com/file/d/CVCARLA")
    book.close()
    report = import_candidates(store, tmp_path / "cvs.xlsx",
                               ImportOptions(reader="process" if way == "reader process" else "inline"))
    assert report.warnings == []
    notes = {name: services.candidates.find_by_email(f"{name}@example.com").notes for name in ("ana", "bea", "carla")}
    assert notes == {"ana": "ver CV (https://drive.google.com/file/d/CVANA)\nCV: descargar (https://cvs.example.com/ana.pdf)",
                     "bea": "ver CV (https://drive.google.com/file/d/CVBEA)",
                     "carla": "CV: https://drive.google.com/file/d/CVCARLA"}
