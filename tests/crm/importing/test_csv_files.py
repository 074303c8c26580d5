"""Candidate lists as CSV and text files: their encodings, delimiters, a byte-order mark, cells as long as a pasted CV."""

from import_fixtures import bom_csv, by_email, cp1252_semicolon_csv

from crm.importing.importer import import_candidates


def test_spanish_excel_csv_in_windows_1252(tmp_path, store, services):
    report = import_candidates(store, cp1252_semicolon_csv(tmp_path / "export.csv"))
    assert report.created == 3 and not report.rejected
    assert any("Windows-1252" in w.reason for w in report.warnings)
    jose = by_email(services, "jose.nunez@example.es")
    assert (jose.first_name, jose.last_name, jose.city) == ("José", "Núñez Peña", "Málaga")
    assert jose.notes == "Primera línea\r\nsegunda línea"  # the quoted newline survived
    assert jose.expected_salary == 55000 and jose.notice_days == 30
    juan = by_email(services, "juan.escudero@example.es")
    assert (juan.first_name, juan.last_name, juan.notice_days) == ("Juan Antonio", "Escudero Murillo", 0)
    assert by_email(services, "begona@example.es").notes == "=1+1"


def test_utf8_bom_csv(tmp_path, store, services):
    report = import_candidates(store, bom_csv(tmp_path / "bom.csv"))
    assert report.created == 2 and not report.warnings
    zoe = by_email(services, "zoe@example.com")
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Çelik")
    assert {s.name for s in zoe.skills} == {"Go", "Rust"}
    assert by_email(services, "wang@example.com").first_name == "王小明"


def test_tab_separated_text_file(tmp_path, store, services):
    path = tmp_path / "export.txt"
    path.write_text("Name\tEmail\tSkills\nAna Pérez\tana.perez@example.com\tGo, Rust\n", encoding="utf-8")
    report = import_candidates(store, path)
    assert report.created == 1
    ana = by_email(services, "ana.perez@example.com")
    assert (ana.first_name, ana.last_name, {s.name for s in ana.skills}) == ("Ana", "Pérez", {"Go", "Rust"})


def test_a_comma_csv_whose_cells_hold_semicolon_lists_is_read_by_its_commas(tmp_path, store, services):
    """Split on ";" (each row's lists gave more columns than its commas), the header was lost: nobody imported."""
    path = tmp_path / "greenhouse.csv"
    path.write_text("Name,Email,Skills,Tags\n"
                    "Ana Ruiz,ana@example.com,Java; Spring; SQL; Docker,backend; senior; madrid\n"
                    "Luis Gil,luis@example.com,Python; Django; AWS; Terraform,backend; remote; senior\n", encoding="utf-8")
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    ana = by_email(services, "ana@example.com")
    assert (ana.first_name, {s.name for s in ana.skills}) == ("Ana", {"Java", "Spring", "SQL", "Docker"})
    # ...while a title line above a ";" table is no header of commas
    titled = tmp_path / "titulo.csv"
    titled.write_text("Candidatos, marzo\nNombre;Email;Tecnologías\nEva Sanz;eva@example.com;Go, Rust\n",
                      encoding="utf-8")
    assert import_candidates(store, titled).created == 1 and by_email(services, "eva@example.com").first_name == "Eva"
    # ...nor two, over rows one comma would not split ("Talento IT, S.L." made every row a reject)
    two_titles = tmp_path / "talento.csv"
    two_titles.write_text("Talento IT, S.L.\nListado de candidatos\nNombre;Apellidos;Email\n"
                          + "".join(f"Persona{n};García López;p{n}@example.com\n" for n in range(5)), encoding="utf-8")
    assert import_candidates(store, two_titles).created == 5
    # ...and a two-column ";" list whose locations hold commas is read by its ";"
    locations = tmp_path / "ubicaciones.csv"
    locations.write_text("Nombre;Ubicación\n" + "".join(f"Persona{n} Ruiz;Madrid, Comunidad de Madrid, España\n"
                                                         for n in range(25)), encoding="utf-8")
    assert import_candidates(store, locations).created == 25
    # ...and a list of keywords under labels few of which are fields ("Id", "Name", "Keywords")
    keywords = tmp_path / "keywords.csv"
    keywords.write_text("Id;Name;Keywords\n" + "".join(f"{n};Persona{n} Gil;java, spring, sql, aws\n" for n in range(6)),
                        encoding="utf-8")
    assert import_candidates(store, keywords).created == 6


def test_a_csv_cell_holding_a_whole_cv_is_kept(tmp_path, store, services):
    """A pasted CV of over 131,072 characters stopped the import with Python's "field larger than field limit"."""
    cv = "Experiencia en backend Java. " * 6000  # 174,000 characters
    path = tmp_path / "bullhorn.csv"
    path.write_text(f'Name,Email,Resume Text\nAna Ruiz,ana@example.com,"{cv}"\n', encoding="utf-8")
    assert import_candidates(store, path).created == 1
    assert cv.strip() in by_email(services, "ana@example.com").notes


def test_excel_error_values_in_a_csv_are_empty_cells_said_as_in_a_workbook(tmp_path, store, services):
    """A ';' CSV Excel wrote from a tracker with VLOOKUPs: "#N/A" was a city and a first name, and split into the
    skills "#N" and "A"."""
    path = tmp_path / "buscarv.csv"
    path.write_text("Nombre;Email;Ciudad;Skills\r\nAna García;ana@example.com;#N/A;#N/A\r\n"
                    "#¡REF!;luis@example.com;Valencia;Java\r\n", encoding="cp1252")
    report = import_candidates(store, path)
    assert (report.created, report.rejected) == (2, [])
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings if w.row] == [
        (2, "Ciudad", "#N/A", "the cell holds an Excel error; left empty"),
        (2, "Skills", "#N/A", "the cell holds an Excel error; left empty"),
        (3, "Nombre", "#¡REF!", "the cell holds an Excel error; left empty")]
    ana, luis = by_email(services, "ana@example.com"), by_email(services, "luis@example.com")
    assert (ana.city, list(ana.skills), luis.first_name or None, luis.city) == (None, [], None, "Valencia")
    assert {s.name for s in luis.skills} == {"Java"}


def test_the_progress_of_a_csv_counts_its_rows_not_its_lines(tmp_path, store, services):
    """Notes written on four lines (as Excel writes Alt+Enter) made "100000 of 400001 rows · about 15 s
    left" when every row was done; a plain CSV ending in a newline said "of 100001"."""
    lines = ["Nombre;Email;Notas"] + [f'Persona {n};p{n}@example.com;"línea 1\r\nlínea 2\r\nlínea 3\r\nlínea 4"'
                                      for n in range(300)]
    path = tmp_path / "notas.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    seen = []
    report = import_candidates(store, path, progress=lambda done, total, message: seen.append((done, total)))
    assert report.created == 300
    assert {total for _done, total in seen} == {300}  # the bar's end is the last row
    assert seen[-1][0] == 300
    assert services.candidates.find_by_email("p7@example.com").notes.count("línea") == 4
