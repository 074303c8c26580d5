import json

import openpyxl
import pytest
from import_fixtures import (
    csv_renamed_xlsx,
    english_xlsx,
    marked_xlsx,
    messy_spanish_xlsx,
    plain_xlsx,
    roles_xlsx,
)

from crm.cli import run
from crm.persistence.store import open_store
from crm.services import Services


def crm(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_candidates_json_report_and_exit_code_1_when_rows_rejected(capsys, db_path, tmp_path):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    errors = tmp_path / "errors.xlsx"
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json", "--errors", str(errors))
    report = json.loads(out)
    assert code == 1
    assert (report["created"], report["updated"], report["skipped"]) == (5, 0, 0)
    assert report["rejected"] == [{"row": 8, "column": None, "value": "Sevilla; Java; 3; sin datos de contacto",
                                   "reason": "nothing identifies a person (no name, email, phone or profile URL)"}]
    assert {"row", "column", "value", "reason"} == set(report["warnings"][0])
    assert isinstance(report["possible_duplicates"], list) and report["batch_id"] == 1
    book = openpyxl.load_workbook(errors)
    assert book.active["A2"].value == "rejected"
    book.close()


def test_exit_0_then_undo(capsys, db_path, tmp_path):
    path = english_xlsx(tmp_path / "export.xlsx")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    assert code == 0 and json.loads(out)["created"] == 3
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "undo", "1")
    assert code == 0 and "3 records deleted" in out
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    assert json.loads(out) == []
    code, _, err = crm(capsys, "--db", str(db_path), "import", "undo", "1")
    assert code == 2 and "already undone" in err


def test_unreadable_file_exits_2_and_writes_nothing(capsys, db_path, tmp_path):
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(csv_renamed_xlsx(tmp_path / "x.xlsx")),
                         "--json")
    assert code == 2 and "rename it to .csv" in err and "nothing was imported" in err
    # --json prints its one object all the same, saying why (a script reading stdout learns it too)
    report = json.loads(out)
    assert report["error"] == err.removeprefix("crm: ").strip() and report["created"] == 0
    assert report["rejected"] == report["warnings"] == [] and report["batch_id"] is None
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "list", "--json")
    assert json.loads(out) == []


def test_mapping_file_dry_run_and_sheet(capsys, db_path, tmp_path):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Carnet": "skip", "Observaciones": "summary"}), encoding="utf-8")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--sheet", "Candidatos",
                       "--mapping", str(mapping), "--dry-run", "--json")
    report = json.loads(out)
    assert code == 1 and report["dry_run"] and report["created"] == 5 and report["batch_id"] is None
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    assert json.loads(out) == []
    code, _, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--sheet", "Nope")
    assert code == 2 and "there is no sheet 'Nope'" in err


def test_import_roles_on_duplicate_skip(capsys, db_path, tmp_path):
    path = roles_xlsx(tmp_path / "vacantes.xlsx")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "roles", str(path), "--json")
    assert code == 1 and json.loads(out)["created"] == 4
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "roles", str(path), "--on-duplicate", "skip", "--json")
    assert json.loads(out)["skipped"] == 4


def us_dates_xlsx(path):
    """A US export: dates written month first, as text (03/01/2027 is March 1)."""
    book = openpyxl.Workbook()
    book.active.append(["First name", "Last name", "Email", "Available from"])
    book.active.append(["Ann", "Lee", "ann@example.com", "03/01/2027"])
    book.active.append(["Bob", "Ray", "bob@example.com", "12/25/2026"])
    book.save(path)
    return path


def test_dates_written_month_first_are_told_from_the_first_rows_or_as_the_user_says(capsys, tmp_path):
    path = us_dates_xlsx(tmp_path / "us.xlsx")

    def ann_available_from(db):
        _code, out, _err = crm(capsys, "--db", db, "candidates", "list", "--json")
        return next(c for c in json.loads(out) if c["email"] == "ann@example.com")["available_from"]

    told = str(tmp_path / "told.db")
    code, out, err = crm(capsys, "--db", told, "import", "candidates", str(path), "--json")
    assert code == 0 and not json.loads(out)["warnings"]
    assert "month/day/year" in err
    assert ann_available_from(told) == "2027-03-01"  # 1 March, as the file means

    said = str(tmp_path / "said.db")
    code, out, _ = crm(capsys, "--db", said, "import", "candidates", str(path), "--json", "--dates", "dmy")
    report = json.loads(out)
    assert [(w["row"], w["value"], w["reason"]) for w in report["warnings"]] == [
        (3, "12/25/2026", "not a valid date as day/month/year; the file may write month/day/year: choose that "
                          "order for its dates; kept in the notes as written")]
    assert ann_available_from(said) == "2027-01-03"  # as the user said: 3 January


def test_the_text_report_lists_possible_duplicates(capsys, db_path, tmp_path):
    blank = [None] * 8
    crm(capsys, "--db", str(db_path), "import", "candidates", str(messy_spanish_xlsx(tmp_path / "a.xlsx", rows=[
        ["Laura", "Gómez Ruiz", "laura.1@example.com", None, "Bilbao", *blank]])))
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(messy_spanish_xlsx(
        tmp_path / "b.xlsx", rows=[["Laura", "Gomez", "laura.2@example.com", None, "Bilbao", *blank]])))
    assert code == 0
    assert "  possible duplicate row 4 (Laura Gomez): similar name in the same city as an existing candidate " \
           "(candidate 1); if the same person: crm candidates merge 1 2" in out.splitlines()
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "merge", "1", "2")  # as the report says
    assert code == 0 and out.startswith("merged candidate 2 (Laura Gomez) into 1 (Laura Gómez Ruiz)")


def test_fill_merged_gives_a_merged_cell_to_each_of_its_rows(capsys, db_path, tmp_path):
    path = marked_xlsx(tmp_path / "marcas.xlsx")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--fill-merged", "--json")
    report = json.loads(out)
    assert code == 0 and [w["column"] for w in report["warnings"]] == ["Salario deseado", "Años exp."]
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    assert [p["city"] for p in json.loads(out) if p["email"] in ("p4@example.com", "p5@example.com")] == ["Sevilla"] * 2


def test_import_list_says_what_each_import_left_to_look_at(capsys, db_path, tmp_path):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    _code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    report = json.loads(out)
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "list", "--json")
    (batch,) = json.loads(out)
    assert code == 0 and (batch["warnings"], batch["possible_duplicates"]) == (
        len(report["warnings"]), len(report["possible_duplicates"]))
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "list")
    header, row = out.splitlines()[:2]
    assert header.split()[-3:] == ["WARNINGS", "POSSIBLE", "DUPLICATES"]
    assert row.split()[-2:] == [str(len(report["warnings"])), str(len(report["possible_duplicates"]))]


def test_columns_are_read_by_what_their_values_hold_and_a_mapping_file_still_decides(capsys, db_path, tmp_path):
    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre completo", "Perfil", "Contacto"],
                      ["Ana López", "Backend Java senior", "ana@example.com"],
                      ["Bea Ruiz", "Python / Django", "bea@example.com"],
                      ["Carla Díaz", "Frontend React", "carla@example.com"])
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json", "--dry-run",
                       "--dates", "dmy")
    report = json.loads(out)
    assert code == 0 and report["created"] == 3
    assert [(w["column"], w["reason"]) for w in report["warnings"]] == [
        ("Perfil", "the column's values are not web addresses; kept in the notes"),
        ("Contacto", "the column's values are email addresses; imported as the email")]

    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Perfil": "summary", "Contacto": "notes"}), encoding="utf-8")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--mapping", str(mapping))
    assert code == 0 and "3 created" in out and "0 warnings" in out
    _code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    people = json.loads(out)
    ana = next(p for p in people if p["first_name"] == "Ana")
    assert (ana["summary"], ana["email"], ana["notes"]) == ("Backend Java senior", None, "Contacto: ana@example.com")


def test_the_text_report_says_what_was_done_with_columns_and_the_file(capsys, db_path, tmp_path):
    path = plain_xlsx(tmp_path / "tracker.xlsx", ["Nombre completo", "Perfil", "Fecha de nacimiento"],
                      ["Ana López", "Backend Java senior", "01/02/1990"], ["Bea Ruiz", "Python / Django", None],
                      ["Carla Díaz", "Frontend React", None])
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert code == 0
    assert out.splitlines()[1:3] == [
        "  column Fecha de nacimiento: personal data the CRM does not keep (such as a birth date, an ID number, "
        "gender or nationality); not imported",
        "  column Perfil: the column's values are not web addresses; kept in the notes"]
    csv = tmp_path / "lista.csv"
    csv.write_bytes("Nombre;Email\nJosé Núñez;jose@example.com\n".encode("cp1252"))
    _code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(csv))
    assert "  note: the file is not UTF-8; it was read as Windows-1252" in out


def test_the_text_report_lists_each_rejected_row_and_warning_with_its_column_and_value(capsys, db_path, tmp_path):
    """It counted "3 warnings" and listed none of the rows': the user had to know of --json or --errors."""
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email", "Salario deseado", "Ciudad"],
                      ["Ana López", "ana@example.com", "a convenir", "Madrid"],
                      [None, None, None, "Sevilla"],
                      ["Bea Ruiz", "bea.ruiz@gmail", "40k", "Bilbao"])
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert code == 1
    lines = out.splitlines()
    assert '  rejected row 3, "Sevilla": nothing identifies a person (no name, email, phone or profile URL)' in lines
    warned = [line for line in lines if line.startswith("  warning row ")]
    assert warned[0].startswith('  warning row 2, Salario deseado, "a convenir": no amount given')
    assert warned[1].startswith('  warning row 4, Email, "bea.ruiz@gmail": ')
    assert len(warned) == 2


def test_the_text_report_shows_a_cells_control_characters_as_escapes(capsys, db_path, tmp_path):
    """A crafted cell "a convenir\x1b[2J" cleared the terminal the report was printed on; a value on two lines
    broke the report's lines."""
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Email;Salario deseado;Preaviso\nAna López;ana@example.com;a convenir\x1b[2J;1 mes\n"
                    'Bea Ruiz;bea@example.com;40k;"tras la\nronda 2"\n', encoding="utf-8")
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert code == 0 and "\x1b" not in out
    warned = [line for line in out.splitlines() if line.startswith("  warning row ")]
    assert warned[0].startswith('  warning row 2, Salario deseado, "a convenir\\x1b[2J": ')
    assert warned[1].startswith('  warning row 3, Preaviso, "tras la\\nronda 2": ')


def test_the_text_report_shows_the_first_rows_and_says_where_the_rest_are(capsys, db_path, tmp_path):
    rows = [[f"Persona {n}", f"p{n}@example.com", "a convenir"] for n in range(60)]
    path = plain_xlsx(tmp_path / "lista.xlsx", ["Nombre", "Email", "Salario deseado"], *rows)
    _code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert sum(line.startswith("  warning row ") for line in out.splitlines()) == 50
    assert "  ... and 10 more warning rows (all of them: --errors OUT.xlsx or --json)" in out.splitlines()


def test_a_pipeline_sheet_without_a_role_column_takes_the_role_given(capsys, db_path, tmp_path):
    crm(capsys, "--db", str(db_path), "import", "candidates",
        str(plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"])))
    crm(capsys, "--db", str(db_path), "import", "roles",
        str(plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-7", "Acme", "Backend Java"])))
    path = plain_xlsx(tmp_path / "backend.xlsx", ["Email", "Estado"], ["ana@example.com", "Entrevista cliente"])

    code, out, err = crm(capsys, "--db", str(db_path), "import", "pipeline", str(path))
    assert (code, out) == (2, "")
    assert "no column naming the role (a reference or a title); choose the role its rows are for with --role REF" in err
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "pipeline", str(path), "--role", "VAC-7", "--json")
    assert code == 0 and json.loads(out)["created"] == 1
    code, out, _ = crm(capsys, "--db", str(db_path), "pipeline", "show", "VAC-7")
    assert "Ana López" in out.split("Client interview")[1].split("Offer")[0]


def test_the_summary_line_counts_a_logs_later_rows_and_no_duplicates_for_roles(capsys, db_path, tmp_path):
    crm(capsys, "--db", str(db_path), "import", "candidates",
        str(plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"])))
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "roles",
                       str(plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-7", "Acme", "Java"])))
    assert code == 0 and "1 created, 0 updated, 0 skipped, 0 rejected," in out  # a role is never a merged duplicate
    log = plain_xlsx(tmp_path / "log.xlsx", ["Email", "Vacante", "Estado", "Fecha"],
                     ["ana@example.com", "VAC-7", "Contactado", "01/09/2026"],
                     ["ana@example.com", "VAC-7", "Entrevista", "08/09/2026"],
                     ["ana@example.com", "VAC-7", "Oferta", "15/09/2026"])
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "pipeline", str(log))
    assert code == 0
    assert "1 created, 0 updated, 0 skipped, 2 more steps of the same applications, 0 rejected," in out


def test_a_us_tracker_kept_as_a_column_per_stage_has_its_days_read_month_first(capsys, db_path, tmp_path):
    """Only a date column told the date order: a column per stage was not looked at, so 11/02/2026 was
    read as 11 February and 11/13/2026 dropped ("not a date, nor a mark"), with no word of the order."""
    people = tmp_path / "people.csv"
    people.write_text("Name,Email\nBen Lee,ben@example.com\nAl Baez,al@example.com\n", encoding="utf-8")
    roles = tmp_path / "jobs.csv"
    roles.write_text("Job ID,Client,Title\nR-01,Acme,Backend\n", encoding="utf-8")
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Email,Job ID,Contacted,Phone Screen,Submitted\n"
                       "ben@example.com,R-01,11/02/2026,11/03/2026,11/13/2026\n"
                       "al@example.com,R-01,11/02/2026,11/04/2026,\n", encoding="utf-8")
    for kind, path in (("candidates", people), ("roles", roles)):
        assert crm(capsys, "--db", str(db_path), "import", kind, str(path))[0] == 0
    code, out, err = crm(capsys, "--db", str(db_path), "import", "pipeline", str(tracker), "--json")
    report = json.loads(out)
    assert code == 0 and report["created"] == 2 and report["warnings"] == []
    assert "month/day/year" in err
    services = Services.for_store(open_store(str(db_path)))
    ben = services.candidates.find_by_email("ben@example.com")
    application = services.pipeline.find(ben.id, services.roles.get_by_reference("R-01").id)
    assert [(h.to_stage, h.changed_at.date().isoformat()) for h in services.pipeline.history(application.id)] == [
        ("Contacted", "2026-11-02"), ("Screening", "2026-11-03"), ("Submitted to client", "2026-11-13")]


def test_an_errors_report_that_cannot_be_written_is_said_before_anything_is_imported(capsys, db_path, tmp_path):
    """The import was committed, then the command exited 2 ("nothing written"), with no JSON and no batch id."""
    path = english_xlsx(tmp_path / "export.xlsx")
    for target in (tmp_path / "no-such-folder" / "out.xlsx", tmp_path, path):  # a missing folder, a folder, the input
        code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json",
                             "--errors", str(target))
        assert code == 2 and "nothing was imported" in err and json.loads(out)["batch_id"] is None
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "list", "--json")
    assert json.loads(out) == []
    assert openpyxl.load_workbook(path).active["A1"].value is not None  # the recruiter's file is as it was


def test_the_errors_report_of_a_refused_file_replaces_the_last_runs(capsys, db_path, tmp_path):
    errors = tmp_path / "errores.xlsx"
    crm(capsys, "--db", str(db_path), "import", "candidates", str(messy_spanish_xlsx(tmp_path / "q3.xlsx")),
        "--errors", str(errors))
    code, _, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(csv_renamed_xlsx(tmp_path / "x.xlsx")),
                       "--errors", str(errors))
    assert code == 2
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][4] == err.removeprefix("crm: ").strip()  # this run's, not the last one's


def test_column_names_in_the_errors_report_are_text_as_the_file_wrote_them(capsys, db_path, tmp_path):
    """A header with a line break pasted from Word (U+000B) crashed the command after the commit; one starting
    with "=" became a formula in the report."""
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Email;=Salario deseado;Años\x0bexp.\r\nAna Ruiz;ana@example.com;a convenir;mucha\r\n",
                    encoding="utf-8")
    errors = tmp_path / "errores.xlsx"
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json", "--errors", str(errors))
    assert code == 0 and json.loads(out)["created"] == 1
    sheet = openpyxl.load_workbook(errors).active
    columns = {sheet.cell(row, 3).value for row in range(2, sheet.max_row + 1)}
    assert "=Salario deseado" in columns and "Años\nexp." in columns
    assert all(sheet.cell(row, 3).data_type == "s" for row in range(2, sheet.max_row + 1))


def test_a_path_the_system_cannot_look_at_is_said_not_a_traceback(capsys, db_path, tmp_path):
    """A name too long for the system (or a folder on the way the user may not open): Python 3.11's exists()
    raised, a traceback and exit 1."""
    path = tmp_path / ("candidatos " * 30 + ".xlsx")
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    assert code == 2 and "Traceback" not in err
    assert "the file cannot be opened (File name too long)" in err or "file not found" in err
    assert not db_path.exists()


def test_a_file_that_cannot_be_opened_is_said_not_a_traceback(capsys, db_path, tmp_path, monkeypatch):
    """A workbook Excel has open is locked on Windows: a PermissionError traceback, exit 1, no JSON."""
    from pathlib import Path

    path = english_xlsx(tmp_path / "export.xlsx")
    real_open = Path.open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    assert code == 2 and "export.xlsx: the file cannot be opened (Permission denied)" in err
    assert json.loads(out)["error"].startswith("export.xlsx: the file cannot be opened")


def test_ctrl_c_after_the_commit_says_the_import_happened(capsys, db_path, tmp_path, monkeypatch):
    """Interrupted between the commit and the report, it said "nothing was committed" (exit 130) though every row
    was in the database."""
    from crm.cli import importing

    path = english_xlsx(tmp_path / "export.xlsx")
    real_imported = importing._imported

    def committed_then_interrupted(args):
        real_imported(args)
        raise KeyboardInterrupt  # Ctrl-C once the transaction is committed, before the report is back

    monkeypatch.setattr(importing, "_imported", committed_then_interrupted)
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    assert "interrupted after the import was committed (batch 1)" in err and "nothing was committed" not in err
    report = json.loads(out)
    assert (code, report["batch_id"], report["created"]) == (0, 1, 3)

    def interrupted_before(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(importing, "_imported", interrupted_before)
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    assert (code, out) == (130, "") and "nothing was committed" in err  # batch 1 is not taken for this run's


def test_a_web_page_named_xlsx_and_a_folder_as_the_database_are_said(capsys, db_path, tmp_path):
    """A job board's "Excel" download (an HTML table) was told to be renamed .csv, which led nowhere; --db naming
    a folder ended in a traceback."""
    page = tmp_path / "candidatos_infojobs.xlsx"
    page.write_text("<html><head><meta charset='utf-8'></head><body><table><tr><td>Nombre</td><td>Email</td></tr>"
                    "<tr><td>Ana</td><td>ana@example.com</td></tr></table></body></html>", encoding="utf-8")
    code, _, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(page))
    assert code == 2 and "it is a web page (HTML) with an .xlsx name" in err and "rename it to .csv" not in err
    code, _, err = crm(capsys, "--db", str(tmp_path), "import", "candidates", str(english_xlsx(tmp_path / "e.xlsx")))
    assert code == 2 and "it is a folder, not a database file" in err


def test_a_database_that_cannot_be_opened_is_said_in_the_json_too(capsys, tmp_path):
    damaged = tmp_path / "crm.db"
    damaged.write_bytes(b"not a database at all" * 100)
    code, out, err = crm(capsys, "--db", str(damaged), "import", "candidates", str(english_xlsx(tmp_path / "e.xlsx")),
                         "--json")
    assert code == 2 and "is damaged or is not a CRM database" in err
    assert json.loads(out)["error"] == err.removeprefix("crm: ").strip()


def test_a_dry_run_on_a_database_not_made_yet_leaves_no_file_behind(capsys, tmp_path):
    path = english_xlsx(tmp_path / "export.xlsx")
    db = tmp_path / "new" / "crm.db"
    code, out, _ = crm(capsys, "--db", str(db), "import", "candidates", str(path), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["created"] == 3  # what the import would do, said in full
    assert not db.exists() and not db.parent.exists()


def test_a_saved_mapping_the_cli_uses_is_said_and_given_back_as_a_mapping_file(capsys, db_path, tmp_path, store):
    """The mapping saved in the window was applied by the CLI without a word, and could not be seen."""
    from crm.importing.importer import ImportOptions, import_candidates

    headers = ["Nombre", "Email", "Localidad", "Observaciones"]
    first = plain_xlsx(tmp_path / "a.xlsx", headers, ["Ana Ruiz", "ana@example.com", "Madrid", "Bien"])
    import_candidates(store, first, ImportOptions(targets=["full_name", "email", "current_company", "__skip__"]))
    later = plain_xlsx(tmp_path / "b.xlsx", headers, ["Luis Gil", "luis@example.com", "Vigo", "Ok"])
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(later), "--json")
    report = json.loads(out)
    assert code == 0 and "the column mapping saved when these columns were imported before is used" in err
    assert report["mapping"] == {"Nombre": "full_name", "Email": "email", "Localidad": "current_company",
                                 "Observaciones": "skip"}
    # ...which, changed and given back with --mapping, is what the next import follows
    mapping = tmp_path / "mapa.json"
    mapping.write_text(json.dumps({**report["mapping"], "Localidad": "city"}), encoding="utf-8")
    third = plain_xlsx(tmp_path / "c.xlsx", headers, ["Eva Sol", "eva@example.com", "Lugo", "Ok"])
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(third), "--mapping", str(mapping),
                         "--json")
    assert json.loads(out)["mapping"]["Localidad"] == "city"
    assert "saved" not in err  # the file named every column: no saved choice was used
    partial = tmp_path / "parcial.json"
    partial.write_text(json.dumps({"Localidad": "city"}), encoding="utf-8")
    fourth = plain_xlsx(tmp_path / "d.xlsx", headers, ["Raúl Paz", "raul@example.com", "Lugo", "Ok"])
    code, out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(fourth), "--mapping", str(partial))
    assert "is used for the columns parcial.json does not name" in err
    code, out, _ = crm(capsys, "--db", str(db_path), "candidates", "list", "--json")
    assert {c["email"]: c["city"] for c in json.loads(out)}["eva@example.com"] == "Lugo"


def _many_issues(tmp_path):
    """Four warnings (the email column as a whole, each row's experience) and three rows refused."""
    rows = [[f"Ana{number} Gómez", f"ana{number}@example", "Madrid", "mucho"] for number in range(3)]
    rows += [[None, None, "Sevilla", "3"]] * 3
    return plain_xlsx(tmp_path / "grande.xlsx", ["Name", "Email", "City", "Experience (years)"], *rows)


def test_a_live_imports_json_and_errors_workbook_hold_every_issue(capsys, db_path, tmp_path, monkeypatch):
    """Only the report kept with the batch lists the first MAX_STORED_ISSUES of a kind: the run's own report
    (--json, --errors OUT.xlsx) has every one of them, and no note of any cut."""
    from crm.importing import report as report_module

    monkeypatch.setattr(report_module, "MAX_STORED_ISSUES", 2)
    errors = tmp_path / "errors.xlsx"
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(_many_issues(tmp_path)), "--json",
                       "--errors", str(errors))
    report = json.loads(out)
    assert code == 1 and (len(report["rejected"]), len(report["warnings"])) == (3, 4)
    assert not [key for key in report if key.endswith("_truncated")]
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0] == ("Kind", "Row", "Column", "Value", "Reason") and len(rows) == 1 + 3 + 4
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "list", "--json")
    assert (json.loads(out)[0]["rejected"], json.loads(out)[0]["warnings"]) == (3, 4)


def test_ctrl_c_after_the_commit_says_how_many_issues_there_were_of_those_kept(capsys, db_path, tmp_path, monkeypatch):
    """Its report read back from the batch lists the first issues only: the counts are the import's, and the
    cut is said (in --json too, as "<kind>_truncated")."""
    from crm.cli import importing
    from crm.importing import report as report_module

    monkeypatch.setattr(report_module, "MAX_STORED_ISSUES", 2)
    real_imported = importing._imported

    def committed_then_interrupted(args):
        real_imported(args)
        raise KeyboardInterrupt

    monkeypatch.setattr(importing, "_imported", committed_then_interrupted)
    path = _many_issues(tmp_path)
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path))
    assert "0 merged duplicates, 3 rejected, 4 warnings, 0 possible duplicates" in out
    assert "  note: only the first issues of each kind were kept with the import: 2 of 3 rejected rows, 2 of 4 " \
           "warnings" in out.splitlines()
    errors = tmp_path / "errors.xlsx"
    code, out, _ = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json", "--errors",
                       str(errors))
    report = json.loads(out)
    assert (len(report["rejected"]), report["rejected_truncated"]) == (2, 3)
    assert (len(report["warnings"]), report["warnings_truncated"]) == (2, 4)
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0][0] == ("This workbook holds only the first issues of each kind, as they were kept with the import: "
                          "2 of 3 rejected rows, 2 of 4 warnings. The others were not kept.")
    assert rows[1] == ("Kind", "Row", "Column", "Value", "Reason") and len(rows) == 2 + 2 + 2


def test_a_pipeline_log_imported_as_candidates_is_said_to_look_like_a_pipeline(capsys, db_path, tmp_path):
    path = plain_xlsx(tmp_path / "seguimiento.xlsx", ["Email candidato", "Ref. vacante", "Estado", "Fecha"],
                      ["ana@example.com", "VAC-7", "Entrevista cliente", "02/03/2026"])
    code, _out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--dry-run")
    assert code == 0  # imported as asked
    assert "the sheet's columns look like a pipeline" in err and f"crm import pipeline {path}" in err

    people = plain_xlsx(tmp_path / "gente.xlsx", ["Nombre", "Email", "Teléfono"], ["Ana López", "ana@example.com", "600"])
    _code, _out, err = crm(capsys, "--db", str(db_path), "import", "candidates", str(people), "--dry-run")
    assert "look like" not in err


def test_a_count_table_beside_the_list_is_skipped_not_written_into_peoples_notes(capsys, db_path, tmp_path):
    """March's list in A:D, an empty column, then the month's counts by status in F:G ("Estado | Nº", "Nuevo |
    1"...): each person got the table's line of their row in their notes, "Estado: Oferta" for someone new."""
    path = plain_xlsx(tmp_path / "marzo.xlsx", ["Nombre", "Email", "Estado", "Observaciones", None, "Estado", "Nº"],
                      ["Ana Gil", "ana@example.com", "Oferta", "contraoferta", None, "Nuevo", 1],
                      ["Marta Ruiz", "marta@example.com", "Nuevo", None, None, "Entrevista", 1],
                      ["Pablo Sanz", "pablo@example.com", "Entrevista", None, None, "Oferta", 1],
                      ["Sergio Díaz", "sergio@example.com", "Descartado", None, None, "Total", 3])
    code, out, _err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    report = json.loads(out)
    assert report["created"] == 4
    assert [w["column"] for w in report["warnings"] if "a small table beside the list" in w["reason"]] == [
        "Column E", "Estado", "Nº"]
    services = Services.for_store(open_store(str(db_path)))
    marta = services.candidates.find_by_email("marta@example.com")
    assert "Entrevista" not in (marta.notes or "") and "Nº" not in (marta.notes or "")


@pytest.mark.parametrize("right", [["Fecha", "Nº entrevistas"], ["Estado", "Nº entrevistas"]])
def test_a_group_of_the_persons_columns_after_a_spacer_is_imported(capsys, db_path, tmp_path, right):
    """"Datos personales | (empty) | Proceso": a column repeating one of the list's beside a count was taken for
    a table beside the list, and the people's process columns were skipped."""
    values = {"Fecha": ["01/02/2026", "02/02/2026", "03/02/2026", "04/02/2026"],
              "Estado": ["Entrevista", "Oferta", "Entrevista", "Nuevo"]}[right[0]]
    path = plain_xlsx(tmp_path / "grupos.xlsx", ["Nombre", "Email", right[0], None, *right],
                      *[[f"Persona {n} Gil", f"p{n}@example.com", values[n], None, values[n], n + 1] for n in range(4)])
    code, out, _err = crm(capsys, "--db", str(db_path), "import", "candidates", str(path), "--json")
    report = json.loads(out)
    assert not [w for w in report["warnings"] if "a small table beside the list" in w["reason"]]
    services = Services.for_store(open_store(str(db_path)))
    assert "Nº entrevistas: 3" in services.candidates.find_by_email("p2@example.com").notes
