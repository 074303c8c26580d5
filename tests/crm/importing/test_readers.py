import openpyxl
import pytest
from import_fixtures import messy_spanish_xlsx

from crm.importing.readers import _read_openpyxl, open_workbook
from crm.importing.sheets import find_table


def test_calamine_and_the_openpyxl_fallback_read_the_same_rows(tmp_path):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    fast = find_table(open_workbook(path).read("Candidatos"))
    slow = find_table(_read_openpyxl(path, "Candidatos"))
    assert fast.header_row == slow.header_row == 3
    assert fast.headers == slow.headers
    fast_rows, slow_rows = list(fast.rows), list(slow.rows)
    assert [n for n, _ in fast_rows] == [n for n, _ in slow_rows] == [4, 5, 7, 8, 9, 10, 11]  # blanks and footer gone
    assert [cells[2] for _, cells in fast_rows] == [cells[2] for _, cells in slow_rows]


def test_an_excel_tables_total_row_is_no_person(tmp_path):
    """Excel's Table Design > Total Row: 'Total' over the columns' counts and averages, many cells filled."""
    import xlsxwriter

    path = tmp_path / "tabla.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Candidatos")
    rows = [["Ana Núñez", "ana@example.com", "600112233", 45000, 5],
            ["Luis Gil", "luis@example.com", "600112234", 50000, 7]]
    sheet.add_table(0, 0, len(rows) + 1, 4, {"data": rows, "total_row": True, "columns": [
        {"header": "Nombre", "total_string": "Total"}, {"header": "Email", "total_function": "count"},
        {"header": "Teléfono", "total_function": "count"}, {"header": "Salario deseado", "total_function": "average"},
        {"header": "Años exp.", "total_function": "max"}]})
    book.close()
    table = find_table(open_workbook(path).read("Candidatos"))
    assert [values[0] for _number, values in table.rows] == ["Ana Núñez", "Luis Gil"]


def test_a_totals_line_labelling_its_sums_is_no_person(tmp_path):
    """"Total candidatos | 3 | Media | 41.666 | 44.667" under a list became a candidate "Total Candidatos" of
    city "Media" with those salaries."""
    path = tmp_path / "seguimiento.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", "Ciudad", "Salario actual", "Salario deseado"])
    sheet.append(["Ana Núñez", "ana@example.com", "Madrid", 40000, 44000])
    sheet.append(["Total Ramírez", "total@example.com", "Sevilla", 42000, 45000])  # a surname, not a total
    for person in (["Suma Kenji", 600111222, None, 3, 40000], ["Mean Joe", 600111223, None, 5, 41000]):
        sheet.append(person)  # people whose name starts with a totals word, their other cells numbers
    sheet.append(["Total candidatos", 2, "Media", 41000, 44500])
    sheet.append(["Media:", None, None, 41000.5, None])
    book.save(path)
    table = find_table(open_workbook(path).read())
    assert [values[0] for _number, values in table.rows] == ["Ana Núñez", "Total Ramírez", "Suma Kenji", "Mean Joe"]


def test_a_csv_mixing_utf8_rows_and_windows_1252_rows_reads_each_right(tmp_path):
    """A UTF-8 export with a row pasted from a Spanish Excel CSV: one wrong byte made the whole file
    Windows-1252, and every UTF-8 accent came out as 'JosÃ©'."""
    path = tmp_path / "mezcla.csv"
    path.write_bytes("Nombre;Email\r\nJosé Núñez;jose@example.com\r\n".encode()
                     + "Ángela Ibáñez;angela@example.com\r\n".encode("cp1252"))
    workbook = open_workbook(path)
    names = [values[0] for _number, values in find_table(workbook.read()).rows]
    assert names == ["José Núñez", "Ángela Ibáñez"]
    assert workbook.warnings[0].startswith("the file mixes two encodings") and ": 1;" in workbook.warnings[0]


def test_a_quotation_mark_never_closed_is_refused_naming_its_row(tmp_path):
    """Excel keeps such a quote as text; a CSV reader reads the rest of the file as one cell, and five
    people were lost in one 'rejected' row."""
    import pytest

    from crm.importing.safety import UnreadableFile

    path = tmp_path / "comillas.csv"
    path.write_text('Nombre;Email\r\nAna Ruiz;ana@example.com\r\n"Top candidata;top@example.com\r\n'
                    "Luis Gil;luis@example.com\r\nEva Sanz;eva@example.com\r\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match=r'comillas.csv: row 3 opens a quotation mark \("\) that is never closed'):
        open_workbook(path).read()


def test_a_strict_open_xml_workbook_is_read(tmp_path):
    """Excel's 'Strict Open XML Spreadsheet' save type: 'the workbook has no worksheets' it said."""
    import zipfile

    import openpyxl

    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Candidatos"
    book.active.append(["Nombre", "Email"])
    book.active.append(["Ana Núñez", "ana@example.com"])
    book.save(plain)
    strict = tmp_path / "strict.xlsx"
    names = [(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships")]
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(strict, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.endswith((".xml", ".rels")) and "Content_Types" not in item.filename:
                for transitional, strict_name in names:
                    data = data.replace(transitional, strict_name)
            new.writestr(item, data)
    workbook = open_workbook(strict)
    assert workbook.sheet_names == ["Candidatos"]
    assert [values for _n, values in find_table(workbook.read()).rows] == [["Ana Núñez", "ana@example.com"]]


def test_a_quotation_mark_left_open_on_the_last_line_swallows_nothing_and_is_read(tmp_path):
    path = tmp_path / "ultima.csv"
    path.write_text('Nombre;Email\r\nAna Ruiz;ana@example.com\r\n"Luis Gil;luis@example.com\r\n', encoding="utf-8")
    assert len(list(find_table(open_workbook(path).read()).rows)) == 2


def test_a_csv_excel_for_mac_saved_as_csv_macintosh_is_read_as_mac_roman(tmp_path):
    """Read as Windows-1252, "Núñez" became "Nœ–ez", "ç" was lost, and "Pretensión salarial" was no field."""
    path = tmp_path / "mac.csv"
    path.write_bytes("Nombre;Apellidos;Pretensión salarial\rBegoña;Núñez Ibáñez;45.000 €\rFrançois;Müller;50k\r"
                     .encode("mac_roman"))
    workbook = open_workbook(path)
    table = find_table(workbook.read())
    assert table.headers == ["Nombre", "Apellidos", "Pretensión salarial"]
    assert [values for _number, values in table.rows] == [["Begoña", "Núñez Ibáñez", "45.000 €"],
                                                          ["François", "Müller", "50k"]]
    assert "read as Mac Roman" in workbook.warnings[0]
    only_o_n_u = tmp_path / "mac2.csv"  # mostly ó and ñ, which are Windows-1252's dashes
    only_o_n_u.write_bytes("Nombre\rLópez Muñoz\rNúñez Peña\rGómez\rRamón León\rMálaga\r".encode("mac_roman"))
    assert "read as Mac Roman" in open_workbook(only_o_n_u).warnings[0]
    # A Windows-1252 file with quotes inside words ("don’t") is still Windows-1252
    english = tmp_path / "notes.csv"
    english.write_bytes("Name;Notes\r\nJohn;Don’t call – he’s abroad; won’t reply till José’s back\r\n".encode("cp1252"))
    assert "Windows-1252" in open_workbook(english).warnings[0]
    # ... and so is a Spanish Excel CSV with "45k€" and "…" (its € and … were taken for Mac Roman's Ä and Ö)
    spanish = tmp_path / "pretensiones.csv"
    spanish.write_bytes("".join(f"Ana Gil;{40 + n}k€;Llamar la semana que viene…\r\n" for n in range(20)).encode("cp1252"))
    assert "Windows-1252" in open_workbook(spanish).warnings[0]
    # ... and an English one with dashes between words and a Czech name (Windows-1252's — and š are Mac's ó, ö)
    dashes = tmp_path / "dashes.csv"
    dashes.write_bytes("".join(f"Kašpar {n};senior—lead—architect, team—player\r\n" for n in range(10)).encode("cp1252"))
    assert "Windows-1252" in open_workbook(dashes).warnings[0]


@pytest.mark.parametrize("text", [
    "Nombre;Email\nJosé Peña;p@x.com\nMaría Muñoz;m@x.com\nIñaki Núñez;i@x.com\n",  # only ñ ó ú í: dashes, œ, ’
    "Nombre;Notas\nAna Ruiz;habló con Iñigo\nLuis Gil;Está en búsqueda\n",
    "Name;Notes\nJohn Smith;résumé sent, café meeting\nZoë Hart;naïve but façade ok\n",
    "Name;Stadt\nJürgen Müller;Köln\nUwe Groß;München\n",
    "Nom;Ciutat\nNúria Cabré;Lleida\nFrancesc Vilaró;Reus\n",
    "Name;Notes\nSean O’Brien;ok\nLuis Martín;bien\n",
    # quotes, bullets and l’ in the notes of a Windows file were read as Mac Roman's ì î ï í
    "Nombre;Notas\nSergio Peña;Perfil “full stack”\nRaúl Gómez;•Java •Spring\nNúria Vidal;Vive en l’Escala\n",
    "Name;Notes\nZoë Hart;said he’s “very keen”, re–interview\nRenée Díaz;café\n",
    # accents at words' ends (Mac's í ó á are Windows' ’ — ‡), and ñ between short pieces
    "Nom;Notes\nPere Martí;Ya está\nJoan Ribó;Sí, mañana\nNúria Ibañez;la recomendó\n",
    "Nombre;Ciudad\nJosé Gil;Vigo\nAna Ruiz;Lugo\n",  # one accented word
    # Mac's í is Windows' ’: "García", "Martín", "María" were read as Windows-1252's "Garc’a", "Mart’n"
    "Nombre;Tecnologías\nLucía García;Java\nJoaquín Martín;Go\n", "Nombre;Ciudad\nMaría García;Ávila\n",
    "Nombre;Notas\nAna Gil;Comía pronto\nLuis Paz;ok\n",
])
@pytest.mark.parametrize("encoding", ["mac_roman", "cp1252"])
def test_a_small_file_is_read_in_its_own_encoding(tmp_path, text, encoding):
    """Files whose few accents were ñ, ó, ú (Windows-1252's dashes and œ) were read as Windows-1252 ("Pe–a",
    "L—pez"); Windows-1252 ones with œ and dashes as Mac Roman ("Cúur", "seniorñlead")."""
    path = tmp_path / "lista.csv"
    path.write_bytes(text.encode(encoding))
    workbook = open_workbook(path)
    table = find_table(workbook.read())
    assert [values[0] for _number, values in table.rows] == [line.split(";")[0] for line in text.splitlines()[1:]]
    assert ("Mac Roman" if encoding == "mac_roman" else "Windows-1252") in workbook.warnings[0]


@pytest.mark.parametrize("text", ["Name;Notes\nMarco Dell’Acqua;QA–Dev, all’estero\n",  # marks: no Mac evidence
                                  "Nombre;Notas\nAna Gil;¿Acepta remoto?\nÁlvaro Ruiz;És molt bo\n",
                                  "Name;Notes\nLuca Rossi;lavora all’estero\n", "Nombre;Notas\nAna Gil;¿Acepta remoto?\n",
                                  "Name;Notes\nLuca Rossi;senz’altro, anch’io\nJohn Smith;big rock’n’roll fan\n",
                                  "Name;Notes\nMary Cœur;loves hors d'œuvre\nJohn Bœuf;manœuvre expert\n",
                                  "Name;Notes\nMary Cœur;senior–lead\nJohn Smith;full—stack, front–end\n"])
def test_windows_1252_with_oe_and_dashes_stays_windows_1252(tmp_path, text):
    path = tmp_path / "notes.csv"
    path.write_bytes(text.encode("cp1252"))
    workbook = open_workbook(path)
    assert [values for _number, values in find_table(workbook.read()).rows] == [
        line.split(";") for line in text.splitlines()[1:]]
    assert "Windows-1252" in workbook.warnings[0]


def test_a_utf8_file_with_one_windows_byte_is_not_taken_for_mac_roman(tmp_path):
    """A "€" typed in Notepad into a UTF-8 list made the whole file Mac Roman: "Jos√© Garc√≠a"."""
    path = tmp_path / "mezcla.csv"
    path.write_bytes("Nombre;Notas\nJosé García;Está muy interesado\nÁngel Ruiz;Peña\n".encode()
                     + "Luis Gil;50.000 €\n".encode("cp1252"))
    workbook = open_workbook(path)
    assert [values for _number, values in find_table(workbook.read()).rows] == [
        ["José García", "Está muy interesado"], ["Ángel Ruiz", "Peña"], ["Luis Gil", "50.000 €"]]
    assert "Mac Roman" not in " ".join(workbook.warnings)


@pytest.mark.parametrize("text", ["a;b\r\nc;d\r\n", "a;b\nc;d", "a;b\rc;d\r", 'x;"l1\r\nl2"\r\ny;z', "", "\n\n",
                                  "a\r\n\r\nb", "Núñez;€\r\n"])
def test_a_csv_text_is_cut_into_lines_as_the_csv_module_expects_them(text):
    """The lines are cut without a copy of the whole text (io.StringIO's cost 240 MB for a 60 MB file)."""
    import io

    from crm.importing.readers import _lines

    assert list(_lines(text)) == list(io.StringIO(text, newline=""))
