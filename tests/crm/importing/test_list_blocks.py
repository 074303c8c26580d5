"""A list kept in blocks on one sheet: the header repeated over a second block, a title between blocks, another
list below the first. None of those rows is a person; each is said, with its row."""

import openpyxl
import pytest
from import_fixtures import by_email

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.roles import import_roles

HEADER = ["Nombre", "Email", "Teléfono", "Ciudad"]
_FIRST = [a + b for a in ("Ma", "Lu", "Jo", "Ca", "Ro", "Pe", "Sa", "Ne", "Ti", "Vi") for b in ("ria", "is", "rge", "na",
                                                                                             "sa", "dro", "ul", "lo")]
_LAST = [a + b for a in ("Gar", "Ló", "Mar", "Ruiz", "Gil", "San", "Mo", "Ve", "Ca", "Pa") for b in ("cía", "pez", "tín",
                                                                                                  "ra", "z", "ro", "les")]


def _sheet(path, *rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _names(services):
    return sorted(f"{c.first_name} {c.last_name}".strip() for c in services.candidates.iter_all())


@pytest.mark.parametrize("reader", ["inline", "process"])
def test_a_second_block_under_the_header_again_is_read_and_its_title_left_out(tmp_path, store, services, reader):
    """The repeated header became a person "Nombre" of city "Ciudad", its title a person "Descartados"."""
    filler = [[f"{first} {last}", f"p{n}@example.com", None, "Madrid"] for n, (first, last) in enumerate(
        (first, last) for first in _FIRST for last in _LAST)][:3000]  # the warnings come after every row
    path = _sheet(tmp_path / "bloques.xlsx", HEADER, ["Ana García", "ana@example.com", "600111222", "Madrid"],
                  *filler, ["Total", 1 + len(filler)], ["Descartados"], HEADER,
                  ["Pedro Sanz", "pedro@example.com", "600777888", "Bilbao"])
    report = import_candidates(store, path, ImportOptions(reader=reader))
    at = 3 + len(filler)
    assert (report.created, report.rejected) == (2 + len(filler), [])
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (at + 1, None, "Descartados", "a title between blocks of the list (one cell, after a break); not imported"),
        (at + 2, None, "Nombre, Email, Teléfono, Ciudad",
         "the list's header again (a second block of the list); left out, the rows below read as before")]
    assert by_email(services, "pedro@example.com").city == "Bilbao"
    assert "Nombre" not in _names(services) and "Descartados" not in _names(services)


def test_one_cell_after_a_break_is_a_person_said_in_case_it_is_a_title_unless_merged_across(tmp_path, store,
                                                                                             services):
    """A title between blocks ("Candidatos descartados") was created as a person without a word; leaving every
    such row out then dropped people who had only a name."""
    path = _sheet(tmp_path / "titulo.xlsx", HEADER, ["Ana García", "ana@example.com", None, "Madrid"], [],
                  ["Candidatos descartados"], ["Pedro Sanz", "pedro@example.com", None, "Bilbao"], [],
                  ["Carlos Gómez Ruiz"], ["Sara Ruiz", None, "600111333", None], [],
                  ["Eva Mora"], ["Luis Gil"], ["Marta Ruiz", None, "600111444", None])
    report = import_candidates(store, path)
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [
        (row, value, "only this cell after a break, above more rows: imported as a person; if it is a title between "
                     "blocks of the list, delete it") for row, value in ((4, "Candidatos descartados"),
                                                                        (7, "Carlos Gómez Ruiz"))]
    assert _names(services) == ["Ana García", "Candidatos Descartados", "Carlos Gómez Ruiz", "Eva Mora", "Luis Gil",
                                "Marta Ruiz", "Pedro Sanz", "Sara Ruiz"]
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("A4:D4")  # a title written across the list is one
    book.save(tmp_path / "fusionado.xlsx")
    again = import_candidates(store, tmp_path / "fusionado.xlsx")
    assert [(w.row, w.reason) for w in again.warnings if w.row == 4] == [
        (4, "a title between blocks of the list (one cell, after a break); not imported")]


def test_a_persons_row_after_a_break_is_no_header_whatever_words_it_holds(tmp_path, store, services):
    """"Laura Sáez | Madrid | Remoto | LinkedIn | Alta" read as another list's header: she and everyone below
    her were left out."""
    path = _sheet(tmp_path / "sin_contacto.xlsx", ["Nombre", "Ciudad", "Modalidad", "Fuente", "Prioridad"],
                  ["Ana García", "Madrid", "Híbrido", "InfoJobs", "Media"], [],
                  ["Laura Sáez", "Madrid", "Remoto", "LinkedIn", "Alta"], ["Marta Gil", "Vigo", None, None, None])
    report = import_candidates(store, path)
    assert report.created == 3 and _names(services) == ["Ana García", "Laura Sáez", "Marta Gil"]
    # ...nor when the list starts with a column whose values read as names: "LinkedIn | Laura Sáez | ..."
    source_first = _sheet(tmp_path / "fuente.xlsx", ["Fuente", "Nombre", "Modalidad", "Prioridad"],
                          ["InfoJobs", "Eva Mora", "Híbrido", "Media"], [],
                          ["LinkedIn", "Sara Gil", "Remoto", "Alta"], ["Web", "Pablo Rey", None, None])
    assert import_candidates(store, source_first).created == 3


@pytest.mark.parametrize("again", [["Nombre", "Email", "Telefono", "Ciudad"], ["NOMBRE", "E-mail", "Tel.", "Ciudad"]])
def test_the_header_again_however_typed_is_the_lists_header(tmp_path, store, services, again):
    """"Telefono" without its accent made the second block another list: everyone in it was left out."""
    path = _sheet(tmp_path / "bloques.xlsx", HEADER, ["Ana García", "ana@example.com", None, "Madrid"], [],
                  ["Descartados"], again, ["Pedro Sanz", "pedro@example.com", "600777888", "Bilbao"])
    report = import_candidates(store, path)
    assert [(w.row, w.reason[:30]) for w in report.warnings] == [(4, "a title between blocks of the "),
                                                                  (5, "the list's header again (a sec")]
    assert _names(services) == ["Ana García", "Pedro Sanz"] and by_email(services, "pedro@example.com").city == "Bilbao"


def test_another_list_below_the_candidates_ends_the_list(tmp_path, store, services):
    """A clients' contacts below the candidates: "Acme Tech S.L." became a candidate of city "CTO"."""
    path = _sheet(tmp_path / "dos_listas.xlsx", HEADER, ["Ana García", "ana@example.com", "600111222", "Madrid"], [],
                  ["Contactos de clientes"], ["Empresa", "Contacto", "Teléfono", "Cargo"],
                  ["Acme Tech S.L.", "Marta Gil", "911222333", "CTO"])
    report = import_candidates(store, path)
    assert report.created == 1 and _names(services) == ["Ana García"]
    assert [(w.row, w.reason) for w in report.warnings] == [
        (4, "another list starts here (Contactos de clientes; Empresa, Contacto, Teléfono, Cargo); it and the rows "
            "below it were not imported")]


def test_a_roles_list_in_two_blocks_is_read_as_one(tmp_path, store, services):
    header = ["Ref.", "Cliente", "Puesto"]
    path = _sheet(tmp_path / "vacantes.xlsx", header, ["V-1", "Acme", "Backend"], [], ["Cerradas"], header,
                  ["V-2", "Globex", "QA"])
    report = import_roles(store, path)
    assert report.created == 2 and [w.row for w in report.warnings] == [4, 5]
    assert {r.reference for r in services.roles.list_all()} == {"V-1", "V-2"}


def test_a_count_of_the_list_under_it_is_no_person(tmp_path, store, services):
    """"3 candidatos" and "Candidatos: 2" under a list were imported as people."""
    path = _sheet(tmp_path / "cuenta.xlsx", HEADER, ["Ana García", "ana@example.com", None, "Madrid"],
                  ["Luis Gil", "luis@example.com", None, "Vigo"], [], ["2 candidatos"], ["Candidatos: 2"],
                  ["Nº de perfiles: 2"])
    report = import_candidates(store, path)
    assert (report.created, report.rejected, report.warnings) == (2, [], [])
    assert _names(services) == ["Ana García", "Luis Gil"]


def test_a_block_under_the_header_in_another_order_is_read_by_it(tmp_path, store, services):
    """The second block's columns in another order made it another list: its people were left out."""
    path = _sheet(tmp_path / "orden.xlsx", HEADER, ["Ana García", "ana@example.com", None, "Madrid"], [],
                  ["Nombre", "Ciudad", "Email", "Teléfono"], ["Pedro Sanz", "Bilbao", "pedro@example.com", "600777888"],
                  [], HEADER, ["Eva Mora", "eva@example.com", "600777999", "Vigo"])
    report = import_candidates(store, path)
    assert [(w.row, w.reason[:45]) for w in report.warnings] == [
        (4, "the list's header again, its columns in anoth"), (7, "the list's header again (a second block of th")]
    pedro, eva = by_email(services, "pedro@example.com"), by_email(services, "eva@example.com")
    assert (pedro.city, pedro.phone, eva.city, eva.phone) == ("Bilbao", "+34600777888", "Vigo", "+34600777999")


def test_a_later_blocks_header_with_one_more_column_is_not_the_sheets_header(tmp_path, store, services):
    """The second block's header naming one more column ("Notas") was taken for the sheet's header: the people
    above it were not read, without a word."""
    path = _sheet(tmp_path / "mas_columnas.xlsx", HEADER, ["Ana García", "ana@example.com", "600111222", "Madrid"],
                  ["Luis Gil", "luis@example.com", None, "Vigo"], [], [*HEADER, "Notas"],
                  ["Pedro Sanz", "pedro@example.com", "600333444", "Bilbao", "llamar lunes"])
    report = import_candidates(store, path)
    assert report.created == 3 and [w.row for w in report.warnings] == [5]
    assert _names(services) == ["Ana García", "Luis Gil", "Pedro Sanz"]
    assert "llamar lunes" in by_email(services, "pedro@example.com").notes
