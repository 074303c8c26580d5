"""A list of one column (a CSV of emails only, a sheet of LinkedIn profiles) is a list like any other:
its header found below a title, its people imported and found again."""

import pytest
from import_fixtures import by_email, plain_xlsx

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.safety import UnreadableFile


def test_a_csv_of_emails_only_imports_each_address_once(tmp_path, store, services):
    path = tmp_path / "correos.csv"
    path.write_text("Lista de candidatos julio\n\nCorreo electrónico\nAna@Example.com \nluis@example.es\n\n",
                    encoding="cp1252")
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    assert by_email(services, "ana@example.com") is not None and by_email(services, "luis@example.es") is not None
    assert import_candidates(store, path).created == 0  # the same file again creates nobody


def test_a_sheet_of_linkedin_profiles_only_keeps_each_profile(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "perfiles.xlsx", ["LinkedIn"],
                      ["https://www.linkedin.com/in/ana-garcia-lopez"], ["linkedin.com/in/luis-gil"])
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    profiles = {c.linkedin_url for c in services.candidates.iter_all()}
    assert profiles == {"https://linkedin.com/in/ana-garcia-lopez", "https://linkedin.com/in/luis-gil"}


def test_a_column_whose_header_names_nothing_is_still_refused(tmp_path, store):
    path = tmp_path / "lista.csv"
    path.write_text("Cosas varias\nana@example.com\nluis@example.es\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="no header row found"):
        import_candidates(store, path)


def test_an_instructions_sheet_of_one_sentence_is_no_list(tmp_path, store, services):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Instrucciones"
    book.active.append(["Rellene una fila por candidato."])
    book.create_sheet("Leeme").append(["Candidato"])  # a label with nothing below it
    path = tmp_path / "plantilla.xlsx"
    book.save(path)
    for sheet in ("Instrucciones", "Leeme"):
        with pytest.raises(UnreadableFile, match="no header row found"):
            import_candidates(store, path, ImportOptions(sheet=sheet))
