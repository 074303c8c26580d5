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


def test_headers_in_the_plural_name_their_fields(tmp_path, store, services):
    """"Emails", "Correos", "Teléfonos", "Móviles" named nothing: a list of addresses was refused, and beside a
    name the addresses and numbers went to the notes (the people could not be found by them)."""
    emails = tmp_path / "correos.csv"
    emails.write_text("Correos\nana@example.com\n", encoding="utf-8")
    assert import_candidates(store, emails).created == 1
    both = tmp_path / "contactos.csv"
    both.write_text("Nombre,Emails,Teléfonos\nLuis Gil,luis@example.com,600 111 222\n", encoding="utf-8")
    report = import_candidates(store, both)
    assert report.mapping == {"Nombre": "full_name", "Emails": "email", "Teléfonos": "phone"}
    luis = by_email(services, "luis@example.com")
    assert (luis.phone, luis.notes) == ("+34600111222", None)


def test_of_labels_one_above_the_other_the_last_is_the_header(tmp_path, store, services):
    """"Leads LinkedIn octubre" above "LinkedIn" was taken for the header, and "LinkedIn" rejected as a row; a
    list of stage words ("Contratado - otros perfiles") was read as a list of profiles."""
    path = tmp_path / "leads.csv"
    path.write_text("Leads LinkedIn octubre\nLinkedIn\nhttps://www.linkedin.com/in/ana-ruiz\n", encoding="utf-8")
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (1, [])
    stages = tmp_path / "fases.csv"
    stages.write_text("Contratado - otros perfiles\nOferta - otros perfiles\nDescartado\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="no header row found"):
        import_candidates(store, stages)


def test_a_plural_header_names_only_a_way_of_reaching_the_person(tmp_path, store, services):
    """"Emails de referencias" became the candidate's email (two people with one referee merged), "Ciudades
    preferidas" the city (the second city lost), "Candidatos referidos" the name ("3")."""
    path = tmp_path / "referencias.csv"
    path.write_text("Nombre,Email,Emails de referencias,Ciudades preferidas,Candidatos referidos\n"
                    "Ana Ruiz,ana@example.com,jefe@acme.es,\"Barcelona, Valencia\",3\n"
                    "Luis Gil,luis@example.com,jefe@acme.es,Madrid,5\n", encoding="utf-8")
    report = import_candidates(store, path)
    assert report.created == 2
    assert report.mapping == {"Nombre": "full_name", "Email": "email", "Emails de referencias": "notes",
                              "Ciudades preferidas": "notes", "Candidatos referidos": "notes"}
    ana = by_email(services, "ana@example.com")
    assert ana.city is None and "Ciudades preferidas: Barcelona, Valencia" in ana.notes
