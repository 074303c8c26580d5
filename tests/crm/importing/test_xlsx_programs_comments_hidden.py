"""Excel features beyond the cells' values: a cell's comment (an Excel "note", a recruiter's habit: "Llamar el
lunes") is kept in that person's notes; rows a filter hides in Excel are imported, and the report says how
many (the recruiter sees two rows in Excel and gets three)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment
from sqlalchemy import text

from crm.importing import xlsx_slices
from crm.importing.importer import import_candidates
from crm.importing.sheets import HIDDEN_ROW

PEOPLE = [["Ana García López", "ana@example.com", "Madrid"], ["Luis Pérez Martín", "luis@example.com", "Barcelona"],
          ["Marta Ruiz Gómez", "marta@example.com", "Valencia"]]
FILLER = 60


def _stored(store) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text("SELECT email, notes FROM candidate ORDER BY id"))]


def _slices(monkeypatch, sliced: bool) -> int:
    if sliced:
        monkeypatch.setattr(xlsx_slices, "SLICE_BYTES", 2048)
    return FILLER if sliced else 0


def _people_book(more: int = 0) -> Workbook:
    """PEOPLE under a header, and `more` people after them (a sheet big enough to be read in slices)."""
    book = Workbook()
    book.active.append(["Nombre completo", "Email", "Ciudad"])
    for person in PEOPLE + [[f"Persona {index} Núñez", f"p{index}@example.com", "Madrid"] for index in range(more)]:
        book.active.append(person)
    return book


@pytest.mark.parametrize("sliced", [False, True], ids=["whole", "sliced"])
def test_cell_comments_go_to_the_persons_notes(tmp_path, store, monkeypatch, sliced):
    more = _slices(monkeypatch, sliced)
    book = _people_book(more)
    sheet = book.active
    sheet["A1"].comment = Comment("Nombre y apellidos", "Recruiter")  # the header's: about the column, nobody's
    sheet["A2"].comment = Comment("Llamar el lunes; no quiere Java", "Recruiter")
    sheet["C2"].comment = Comment("Se muda a Bilbao", "Recruiter")
    sheet["A4"].comment = Comment("Descartado por el cliente Acme", "Recruiter")
    book.save(tmp_path / "comments.xlsx")
    report = import_candidates(store, tmp_path / "comments.xlsx")
    assert (report.created, report.rejected) == (3 + more, [])
    assert _stored(store)[:3] == [
        ("ana@example.com", "Comment (Nombre completo): Llamar el lunes; no quiere Java\n"
                            "Comment (Ciudad): Se muda a Bilbao"),
        ("luis@example.com", None),
        ("marta@example.com", "Comment (Nombre completo): Descartado por el cliente Acme")]


def test_excel_s_author_line_is_not_part_of_the_comment(tmp_path, store):
    """Excel starts a note with its author's name and a line break ("Recruiter:\\n...")."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Nombre completo", "Email"])
    sheet.append(PEOPLE[0][:2])
    sheet["B2"].comment = Comment("Recruiter:\nEmail personal, no el del trabajo", "Recruiter")
    book.save(tmp_path / "author.xlsx")
    import_candidates(store, tmp_path / "author.xlsx")
    assert _stored(store) == [("ana@example.com", "Comment (Email): Email personal, no el del trabajo")]


@pytest.mark.parametrize("sliced", [False, True], ids=["whole", "sliced"])
def test_rows_hidden_by_a_filter_are_imported_and_said_once(tmp_path, store, monkeypatch, sliced):
    more = _slices(monkeypatch, sliced)
    book = _people_book(more)
    sheet = book.active
    sheet.auto_filter.ref = f"A1:C{len(PEOPLE) + more + 1}"
    sheet.auto_filter.add_filter_column(2, ["Madrid", "Valencia"])
    sheet.row_dimensions[3].hidden = True  # Luis, in Barcelona
    book.save(tmp_path / "filtered.xlsx")
    report = import_candidates(store, tmp_path / "filtered.xlsx")
    assert report.created == 3 + more
    assert "luis@example.com" in [email for email, _notes in _stored(store)]
    assert [(w.row, w.value, w.reason) for w in report.warnings] == [(3, "3", HIDDEN_ROW)]  # ("1 ... were")


def test_a_comment_on_a_roles_or_a_pipelines_cell_is_kept_too(tmp_path, store, services):
    """Kept for candidates only: a role's "Urgente, el cliente ya ha entrevistado a 3" and a step's "Motivo: pide
    70k" were dropped without a word."""
    from crm.importing.pipeline import import_pipeline
    from crm.importing.roles import import_roles

    roles = Workbook()
    roles.active.append(["Referencia", "Puesto", "Cliente"])
    roles.active.append(["VAC-1", "Backend Java", "Acme"])
    roles.active["B2"].comment = Comment("Urgente, el cliente ya ha entrevistado a 3", "Ana")
    roles.save(tmp_path / "vacantes.xlsx")
    import_roles(store, tmp_path / "vacantes.xlsx")
    assert "Urgente, el cliente ya ha entrevistado a 3" in services.roles.get_by_reference("VAC-1").description

    import_candidates(store, _people_file(tmp_path))
    log = Workbook()
    log.active.append(["Email", "Vacante", "Estado", "Fecha"])
    log.active.append(["ana@example.com", "VAC-1", "Descartado", "02/10/2026"])
    log.active["C2"].comment = Comment("Motivo: pide 70k", "Ana")
    log.save(tmp_path / "procesos.xlsx")
    import_pipeline(store, tmp_path / "procesos.xlsx")
    with store.engine.connect() as connection:
        note = connection.execute(text("SELECT rejection_note FROM application")).scalar()
    assert "Motivo: pide 70k" in note


def _people_file(tmp_path):
    _people_book().save(tmp_path / "personas.xlsx")
    return tmp_path / "personas.xlsx"
