"""File shapes recruiters bring, through `crm import candidates` as a user runs it: what is stored."""

import json

import openpyxl
from import_fixtures import pipeline_xlsx, plain_xlsx, two_roles_and_two_people

from crm.cli import run


def crm(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def imported(capsys, db_path, path, *options):
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json", *options)
    assert code in (0, 1), err
    return json.loads(out)


def people(capsys, db_path):
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    assert code == 0
    shown = []
    for person in json.loads(out):
        _, detail, _ = crm(capsys, "--db", str(db_path), "candidates", "show", str(person["id"]), "--json")
        shown.append(json.loads(detail))
    return shown


def test_cells_under_no_header_are_kept_in_the_notes_by_their_column_letter(capsys, db_path, tmp_path):
    path = tmp_path / "sin_cabecera.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", None, "Teléfono"])
    sheet.append(["Ana Núñez", "ana@example.com", "2º teléfono 699887766", "600112233", "NO CONTACTAR: pidió baja"])
    sheet.append(["Luis Gil", "luis@example.com", None, "600112234"])
    book.save(path)
    report = imported(capsys, db_path, path)
    assert report["created"] == 2
    ana = next(p for p in people(capsys, db_path) if p["email"] == "ana@example.com")
    assert "Column C: 2º teléfono 699887766" in ana["notes"]
    assert "Column E: NO CONTACTAR: pidió baja" in ana["notes"]


def test_a_csv_row_wider_than_its_header_keeps_the_extra_cells(capsys, db_path, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("Nombre;Email;Teléfono\nAna Núñez;ana@example.com;600112233\n"
                    "Eva Sanz;eva@example.com;611223344;extra;más extra\n", encoding="utf-8")
    imported(capsys, db_path, path)
    eva = next(p for p in people(capsys, db_path) if p["email"] == "eva@example.com")
    assert eva["notes"].splitlines() == ["Column D: extra", "Column E: más extra"]


def test_an_unnamed_column_numbering_the_rows_is_skipped_saying_why(capsys, db_path, tmp_path):
    path = tmp_path / "numerada.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None, "Nombre", "Email"])
    for number in range(1, 6):
        sheet.append([number, f"Persona {'ABCDE'[number - 1]} Gómez", f"p{number}@example.com"])
    book.save(path)
    report = imported(capsys, db_path, path)
    assert [w["reason"] for w in report["warnings"] if w["column"] == "Column A"] == [
        "the column has no name and numbers the rows (1, 2, 3...); skipped"]
    assert all(not p["notes"] for p in people(capsys, db_path))


def test_a_second_address_or_number_finds_the_person_in_the_file_and_the_database(capsys, db_path, tmp_path):
    known = tmp_path / "known.csv"
    known.write_text("Nombre,Email,Teléfono\nAna Núñez,ana.nunez@gmail.com,\n", encoding="utf-8")
    imported(capsys, db_path, known)
    path = tmp_path / "second.csv"
    path.write_text("Nombre,Email,Teléfono,Ciudad\n"
                    "Laura Gil,laura.gil@gmail.com,,Zaragoza\n"
                    "Laura Gil Sanz,laura@work.es; laura.gil@gmail.com,,Huesca\n"
                    "Raúl Ortiz,,699 00 11 22,Vigo\n"
                    "R. Ortiz,,655 44 33 22 / 699001122,Ourense\n"
                    "Ana Núñez,\"ana.work@empresa.com, ana.nunez@gmail.com\",,\n", encoding="utf-8")
    report = imported(capsys, db_path, path)
    assert (report["created"], report["updated"], report["merged"]) == (2, 1, 2)
    assert [p["email"] for p in people(capsys, db_path)].count("ana.nunez@gmail.com") == 1


def test_a_second_email_or_phone_column_the_user_maps_fills_the_field_and_finds_the_person(capsys, db_path, tmp_path):
    path = tmp_path / "two_columns.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email personal", "Email trabajo", "Teléfono 1", "Teléfono 2", "Email recruiter"])
    sheet.append(["Óscar Prieto", None, "oscar@corp.es", None, "633 00 00 01", "marta@agencia.es"])
    sheet.append(["Irene Blanco", "irene@gmail.com", "irene@corp.es", "600 11 22 33", None, "marta@agencia.es"])
    book.save(path)
    mapping = tmp_path / "mapa.json"  # the user says both columns are the person's (never automatic)
    mapping.write_text('{"Email trabajo": "email", "Teléfono 2": "phone"}', encoding="utf-8")
    assert imported(capsys, db_path, path, "--mapping", str(mapping))["created"] == 2
    oscar, irene = sorted(people(capsys, db_path), key=lambda p: p["id"])
    assert (oscar["email"], oscar["phone"]) == ("oscar@corp.es", "+34633000001")
    assert irene["email"] == "irene@gmail.com" and "Email trabajo: irene@corp.es" in irene["notes"]
    follow_up = tmp_path / "seguimiento.csv"
    follow_up.write_text("Nombre,Email,Teléfono\nÓscar Prieto Sanz,oscar@corp.es,633000001\n", encoding="utf-8")
    again = imported(capsys, db_path, follow_up)
    assert (again["created"], again["updated"] + again["skipped"]) == (0, 1)


def test_an_import_whose_backup_cannot_be_written_says_so_and_imports_nothing(capsys, db_path, tmp_path):
    from crm.persistence.backup import backup_folder_for

    crm(capsys, "--db", str(db_path), "candidates", "list")  # the database exists
    folder = backup_folder_for(db_path)
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    folder.write_text("a file where the backups folder goes")
    path = tmp_path / "lista.csv"
    path.write_text("Nombre,Email\nAna Núñez,ana@example.com\n", encoding="utf-8")
    code, _, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert code == 2 and "Traceback" not in err
    assert "the backup taken before every import could not be written" in err and "nothing was imported" in err
    assert people(capsys, db_path) == []


def test_an_excel_workbook_saved_with_a_csv_name_is_told_to_be_renamed(capsys, db_path, tmp_path):
    path = tmp_path / "candidatos.csv"
    book = openpyxl.Workbook()
    book.active.append(["Nombre", "Email"])
    book.save(path)
    code, _, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert code == 2 and "it is an Excel workbook with a .csv name; rename it to .xlsx" in err


def _mapping_error(capsys, db_path, tmp_path, content: bytes) -> str:
    path = tmp_path / "lista.csv"
    path.write_text("Nombre,Email,Disp.,Población\nAna Núñez,ana@example.com,15 días,Málaga\n", encoding="utf-8")
    mapping = tmp_path / "mapa.json"
    mapping.write_bytes(content)
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--mapping", str(mapping),
                         "--json")
    if code == 0:
        return json.loads(out)
    assert code == 2 and "Traceback" not in err
    return err


def test_a_mapping_file_as_windows_editors_save_it_is_read(capsys, db_path, tmp_path):
    for content in ('\ufeff{"Disp.": "notice_days"}'.encode(), '{"Disp.": "notice_days"}'.encode("utf-16"),
                    '{"Disp.": "notice_days", "Población": "skip"}'.encode("cp1252")):
        report = _mapping_error(capsys, db_path, tmp_path, content)
        assert isinstance(report, dict), report


def test_a_wrong_mapping_file_says_which_column_and_what_is_wrong(capsys, db_path, tmp_path):
    err = _mapping_error(capsys, db_path, tmp_path, b'{"Actual": "skip"}')
    assert "mapping mapa.json: there is no column 'Actual' in the file; its columns are: Nombre, Email, Disp., Población" in err
    err = _mapping_error(capsys, db_path, tmp_path, b'{"Disp.": null}')
    assert "the column 'Disp.' is given null" in err
    err = _mapping_error(capsys, db_path, tmp_path, b'{"Disp.": "notice"}')
    assert "'notice' (for the column 'Disp.') is not a field" in err and err.count("notes") == 1


def test_a_sheet_is_found_as_excel_names_it(capsys, db_path, tmp_path):
    path = tmp_path / "hojas.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Candidatos Málaga "  # a trailing space nobody sees
    book.active.append(["Nombre", "Email"])
    book.active.append(["Ana Núñez", "ana@example.com"])
    book.save(path)
    assert imported(capsys, db_path, path, "--sheet", "candidatos málaga")["created"] == 1


def test_a_header_written_twice_is_named_by_its_number_in_a_mapping(capsys, db_path, tmp_path):
    """{"Teléfono": "skip"} skipped only the second "Teléfono" column, then both, and with a candidate's and a
    recruiter's "Nombre" every candidate's name: a mapping now says which, as the report writes it."""
    path = plain_xlsx(tmp_path / "dos.xlsx", ["Nombre", "Email", "Teléfono", "Teléfono"],
                      ["Ana Núñez", "ana@example.com", "600000001", "600000002"])
    mapping = tmp_path / "mapa.json"
    mapping.write_text('{"Teléfono": "skip"}', encoding="utf-8")
    code, _out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--mapping", str(mapping))
    assert code == 2 and "the file has 2 columns 'Teléfono'; name each as 'Teléfono [1]', 'Teléfono [2]'" in err
    mapping.write_text('{"Teléfono [2]": "skip"}', encoding="utf-8")
    code, out, _err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--mapping", str(mapping),
                          "--json")
    assert json.loads(out)["mapping"] == {"Nombre": "full_name", "Email": "email", "Teléfono [1]": "phone",
                                          "Teléfono [2]": "skip"}
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    ana = json.loads(out)[0]
    assert (ana["phone"], ana.get("notes")) == ("+34600000001", None)


def test_a_pipeline_mapping_cannot_send_a_column_to_notes_it_does_not_keep(capsys, db_path, tmp_path, store):
    """A pipeline has no notes: "notes" was taken, listed among the choices, and the column dropped."""
    two_roles_and_two_people(tmp_path, store)
    path = pipeline_xlsx(tmp_path / "p.xlsx", [["ana@example.com", "VAC-7", "Entrevista", "10/11/2026", "ok"]])
    mapping = tmp_path / "mapa.json"
    mapping.write_text('{"Comentario": "notes"}', encoding="utf-8")
    code, _out, err = crm(capsys, "--db", str(db_path), "import", "pipeline", str(path), "--mapping", str(mapping))
    assert code == 2 and "'notes' (for the column 'Comentario') is not a field; use one of:" in err
    assert "comment" in err.split("use one of:")[1] and "notes" not in err.split("use one of:")[1]
