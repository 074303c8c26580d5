"""Spreadsheets shaped like what recruiters bring, written by the tests themselves (openpyxl, csv).

Importable from any test (tests/ is on sys.path through the root conftest).
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import xlsxwriter
from sqlalchemy import text

SPANISH_HEADERS = ["Nombre", "Apellidos", "Email", "Teléfono", "Ciudad", "Tecnologías", "Años exp.",
                   "Salario actual", "Salario deseado", "Preaviso", "LinkedIn", "Observaciones", "Carnet"]

# (first, last, email, phone, city, skills, years, current, expected, notice, linkedin, notes, extra)
SPANISH_ROWS = [
    ["José", "Núñez Ibáñez", " Jose.Nunez@Example.com ", "600 111 222", "Madrid", "Python, postgres; Docker", 5,
     "45.000 €", "50-55k", "15 días", "https://www.linkedin.com/in/jose-nunez", "Buen perfil", "B"],
    ["Ana", "García López", "ana.garcia@example.com", "+34 611 222 333", "Barcelona", "Java / Spring Boot - AWS",
     "5 años", "55k", "60K €", "1 mes", "linkedin.com/in/ana-garcia", "=HYPERLINK(\"http://x\",\"CV\")", None],
    ["Jordi", "Puig i Vidal", "jordi@example.com", "(+34) 622 33 44 55", "Girona", "Go | Kubernetes", "5,5",
     55000, "a convenir", "inmediata", None, "@SUM(A1:A3)", None],
    [None, None, None, None, "Sevilla", "Java", 3, None, None, None, None, "sin datos de contacto", None],
    ["Lucía", "Martín", "lucia@example.com", "633444555", "Valencia", "React, TypeScript", "treinta",
     "treinta mil", "48.000 €", "2 semanas", None, "\t=1+2", None],
    ["JOSÉ", "NÚÑEZ IBÁÑEZ", "JOSE.NUNEZ@EXAMPLE.COM", "600111222", "Madrid", "Kafka", None, None, None,
     None, None, None, None],
    ["Pedro", "Sánchez Gil", None, "0034 644-555-666", "Madrid", "PHP, Laravel", 8, None, "40000", "3 meses",
     None, None, None],
]
SPANISH_DATA_ROWS = {"first": 4}  # header on row 3 (title merged on row 1, blank row 2)


def plain_xlsx(path: Path, headers: list, *rows: list) -> Path:
    """One sheet: a header row on row 1 and these rows below it."""
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def messy_spanish_xlsx(path: Path, rows: list[list] | None = None, *, lookup_sheet: bool = True) -> Path:
    """Title in merged cells, a blank row, the header, data with a blank row inside, a totals footer,
    and (first) a lookup sheet that must not be chosen."""
    book = openpyxl.Workbook()
    if lookup_sheet:
        lookup = book.active
        lookup.title = "Listas"
        for city in ("Madrid", "Barcelona", "Valencia", "Sevilla"):
            lookup.append([city])
        sheet = book.create_sheet("Candidatos")
    else:
        sheet = book.active
        sheet.title = "Candidatos"
    sheet.append(["Candidatos Backend — Q3 (confidencial)"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(SPANISH_HEADERS))
    sheet.append([])
    sheet.append(SPANISH_HEADERS)
    data = SPANISH_ROWS if rows is None else rows
    for index, row in enumerate(data):
        sheet.append(row)
        if index == 1:
            sheet.append([])  # a stray blank row
    sheet.append([])
    sheet.append(["Total", len(data)])
    # Formula-looking text must be stored as text: force string cells.
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in "=@\t+-":
                cell.data_type = "s"
    book.save(path)
    return path


ENGLISH_HEADERS = ["Full name", "E-mail", "Mobile", "Location", "Key skills", "Experience (years)",
                   "Current CTC", "Expected CTC", "Notice period", "Profile URL", "Comments", "Source", "Date added"]


def english_xlsx(path: Path, rows: list[list] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(ENGLISH_HEADERS)
    default = [
        ["Mary O'Brien", "mary@example.org", "+44 7700 900123", "London", "Python, Django, AWS", "7 yrs",
         "60000", "70k", "3 months", "https://linkedin.com/in/mary-obrien", "", "LinkedIn", datetime(2024, 3, 1)],
        ["María de la Fuente García", "maria.fuente@example.org", "699 888 777", "Madrid", "Ruby on Rails",
         "4", "40000", "45000", "2 weeks", "", "Strong", "Referral", "01/03/2024"],
        ["Ana García López", "ana.garcia@example.com", "", "Barcelona", "Kafka, Terraform", "", "", "", "",
         "", "Met at a meetup", "Event", 45352],
    ]
    for row in rows or default:
        sheet.append(row)
    book.save(path)
    return path


def cp1252_semicolon_csv(path: Path) -> Path:
    """What Spanish Excel writes as CSV: ';', Windows-1252, CRLF, a quoted newline inside a note."""
    lines = [
        "Nombre completo;Correo;Móvil;Localidad;Stack;Experiencia (años);Pretensión salarial;Disponibilidad;Fecha alta;Notas",
        "José Núñez Peña;jose.nunez@example.es;600 123 456;Málaga;Python - Django;6;55.000 €;1 mes;18/09/2024;\"Primera línea\r\nsegunda línea\"",
        "Juan Antonio Escudero Murillo; JUAN.ESCUDERO@EXAMPLE.ES ;(+34) 655 44 33 22;Zaragoza;Java;10;60k;Inmediata;02/02/2025;Sin notas",
        "Begoña Ibarra;begona@example.es;611223344;Bilbao;PHP;2;30000;15 días;05/09/2024;=1+1",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def bom_csv(path: Path) -> Path:
    text = "name,email,phone,city,skills\r\nZoë Çelik,zoe@example.com,+34 600 000 001,Madrid,\"Go, Rust\"\r\n王小明,wang@example.com,,Valencia,C++\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


def headers_only_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Nombre", "Email", "Teléfono"])
    book.save(path)
    return path


def empty_xlsx(path: Path) -> Path:
    openpyxl.Workbook().save(path)
    return path


def _rewrite_member(path: Path, member: str, change) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info.filename, change(data) if info.filename == member else data)


def huge_dimension_xlsx(path: Path) -> Path:
    """A sheet claiming A1:XFD1048576 with a real cell there (python-calamine aborts the process on it)."""
    book = openpyxl.Workbook()
    book.active.append(["Nombre", "Email"])
    book.save(path)

    def change(data: bytes) -> bytes:
        data = data.replace(b'<dimension ref="A1:B1"/>', b'<dimension ref="A1:XFD1048576"/>')
        return data.replace(b"</sheetData>",
                            b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')

    _rewrite_member(path, "xl/worksheets/sheet1.xml", change)
    return path


def xxe_xlsx(path: Path) -> Path:
    """Billion laughs plus an external entity in the sheet XML."""
    english_xlsx(path)
    dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
           b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')

    def change(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        return dtd + body.replace(b"<t>Mary O'Brien</t>", b"<t>&lol2;&xxe;</t>")

    _rewrite_member(path, "xl/worksheets/sheet1.xml", change)
    return path


def zip_bomb_xlsx(path: Path) -> Path:
    """A workbook whose sheet would expand from a few kB to 200 MB."""
    english_xlsx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(200):
                member.write(block)
    return path


def truncated_xlsx(path: Path) -> Path:
    english_xlsx(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def csv_renamed_xlsx(path: Path) -> Path:
    path.write_text("Nombre;Email\r\nAna;ana@example.com\r\n", encoding="utf-8")
    return path


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def encrypted_xlsx(path: Path) -> Path:
    """A password-protected workbook is an OLE container with an EncryptedPackage stream."""
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 2048)
    return path


def old_xls(path: Path) -> Path:
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 2048)
    return path


def large_candidates_xlsx(path: Path, count: int) -> Path:
    """A plain candidate list of `count` distinct people (write-only: fast)."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Candidates")
    sheet.append(["First name", "Last name", "Email", "Phone", "City", "Skills", "Years", "Expected salary"])
    for i in range(count):
        sheet.append([f"Name{i}", f"Surname{i} Other", f"person{i}@example.com", f"+3460{i:07d}", "Madrid",
                      "Python, SQL", i % 20, f"{40 + i % 30}k"])
    book.save(path)
    return path


def roles_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Vacantes"
    sheet.append(["Ref.", "Cliente", "Puesto", "Seniority", "Ubicación", "Modalidad", "Salario (rango)",
                  "Skills requeridas", "Skills deseables", "Nº posiciones", "Estado", "Fee %", "Fecha apertura"])
    sheet.append(["VAC-T-001", "Acme Tech S.L.", "Backend Engineer", "Senior", "Madrid", "Híbrido (2 días)",
                  "40-50k", "Python, Django", "Docker / AWS", 2, "Abierta", 20, datetime(2026, 3, 1)])
    sheet.append(["VAC-T-002", "ACME TECH, SL", "Data Engineer", "Semi-senior", "Remoto", "Remoto",
                  "40.000 - 50.000 €", "Spark; Python", "", 1, "En pausa", "20%", "15/04/2026"])
    sheet.append(["VAC-T-003", "Banco Meridiano S.A.", "Java Developer", "Junior", "Valencia", "Presencial",
                  "35000", "Java", "Kafka", 1, "Cubierta", 0.2, None])
    sheet.append(["VAC-T-004", "Banco Meridiano SA", "Go Developer", "Guru", "Bilbao", "Presencial",
                  "muy bien pagado", "Go", "", 1, "Closed", "15", None])
    sheet.append(["VAC-T-005", None, "Orphan role", None, None, None, None, None, None, None, None, None, None])
    book.save(path)
    return path


def pipeline_xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Seguimiento"
    sheet.append(["Email candidato", "Ref. vacante", "Estado", "Fecha", "Comentario"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def candidates_in_database_file(path: Path) -> int:
    """Candidates in the SQLite file itself, not counting what only its write-ahead log holds; -1 when
    the file was being written at that moment (look again)."""
    import sqlite3

    connection = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM candidate").fetchone()[0]
    except sqlite3.DatabaseError:
        return -1
    finally:
        connection.close()


MARKED_HEADERS = ["Nombre", "Apellidos", "Email", "Ciudad", "Salario deseado", "Años exp."]


def marked_xlsx(path: Path, people: int = 12) -> Path:
    """Row 3: an error cell (#DIV/0!, as Excel saves it); row 4: a formula whose result the file does not
    hold (as a program that writes formulas leaves it); rows 5-7: one city in merged cells."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Candidatos")
    sheet.write_row(0, 0, MARKED_HEADERS)
    for index in range(people):
        city = None if index in (4, 5) else "Madrid"  # under the merged cells, as Excel leaves them
        sheet.write_row(index + 1, 0, [f"Persona{index}", f"Apellido{index}", f"p{index}@example.com", city,
                                       40000 + index, 5])
    sheet.write_formula(2, 4, "=1/0", None, "#DIV/0!")
    sheet.write_formula(3, 5, "=2*3", None, 0)
    sheet.merge_range(4, 3, 6, 3, "Sevilla")
    book.close()
    _rewrite_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"<f>2*3</f><v>0</v>", b"<f>2*3</f>"))
    return path


def grouped_xlsx(path: Path) -> Path:
    """A title, a blank row, group labels merged over their columns, then the columns' names."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Seguimiento candidatos 2026"])
    sheet.append([])
    sheet.append(["Datos personales", None, None, "Salario (k€)", None, "Proceso", None])
    for block in ("A3:C3", "D3:E3", "F3:G3"):
        sheet.merge_cells(block)
    sheet.append(["Nombre", "Email", "Teléfono", "Actual", "Deseado", "Estado", "Fecha alta"])
    sheet.append(["Ana López", "ana@example.com", "600111222", 38, 45, "Activo", "01/02/2026"])
    sheet.append(["Bea Ruiz", "bea@example.com", "611222333", 42, "50", "Colocado", "03/02/2026"])
    book.save(path)
    return path


def merged_down_xlsx(path: Path) -> Path:
    """Single columns merged down over both header rows; a group over two named columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nombre", "Email", "Salario", None, "Preaviso"])
    sheet.append([None, None, "Actual", "Deseado", None])
    for block in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        sheet.merge_cells(block)
    sheet.append(["Ana López", "ana@example.com", "38k", "45k", "1 mes"])
    sheet.append(["Bea Ruiz", "bea@example.com", "42k", "50k", "15 días"])
    book.save(path)
    return path


def ods_file(path: Path) -> Path:
    """An OpenDocument spreadsheet as LibreOffice writes its package (mimetype first, then content.xml)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", '<?xml version="1.0"?><office:document-content xmlns:office='
                                        '"urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


# ---- reading back what an import stored --------------------------------------------------------
def by_email(services, email):
    return services.candidates.find_by_email(email)


def fts(store, query):
    """The candidate ids the search index finds for an FTS5 query."""
    with store.engine.connect() as connection:
        return [row[0] for row in connection.execute(
            text("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH :q"), {"q": query})]


def two_roles_and_two_people(tmp_path: Path, store) -> None:
    """Ana López and Luis Gil as candidates; VAC-7 (Backend Java, Acme) and VAC-8 (DevOps, Globex) as roles."""
    from crm.importing.importer import import_candidates
    from crm.importing.roles import import_roles

    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"],
                                        ["Luis Gil", "luis@example.com"]))
    import_roles(store, plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["VAC-7", "Acme", "Backend Java"],
                                   ["VAC-8", "Globex", "DevOps"]))


def with_sheet_xml(source: Path, path: Path, change) -> Path:
    """A copy of the workbook whose sheets' XML went through `change` (bytes -> bytes): the damaged or
    crafted files users and attackers bring, made from a sound one."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            new.writestr(item, change(data) if item.filename.startswith("xl/worksheets/sheet") else data)
    return path


def tables_dump(store, tables) -> dict:
    """Every row of these tables, in key order: a database compared before and after (an undo)."""
    from sqlalchemy import text

    with store.engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()  # noqa: S608
                for table in tables}


def role_skills(services, reference):
    """A role's required and nice-to-have skills by name."""
    role = services.roles.get_by_reference(reference)
    return ({s.name for s in role.required_skills}, {s.name for s in role.nice_skills})
