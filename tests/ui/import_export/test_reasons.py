"""The import report's reasons reach a Spanish user in Spanish: every reason the core can write is known
to ui/import_export/reasons.py, and the report and preview show them translated."""

from __future__ import annotations

import ast
import re
import time
from pathlib import Path

import openpyxl
import pytest
from import_fixtures import cp1252_semicolon_csv, messy_spanish_xlsx, truncated_xlsx
from PySide6.QtCore import QLocale, Qt

from tests.ui.helpers import spanish_area
from ui.context import AppContext
from ui.import_export.import_dialog import ImportDialog
from ui.import_export.reasons import other_of_possible_duplicate, translated_reason

ROOT = Path(__file__).resolve().parents[3]
CORE = ROOT / "crm" / "importing"


@pytest.fixture
def spanish(qapp, tmp_path):
    with spanish_area("import", tmp_path):
        yield


def _samples(node: ast.AST) -> list[str]:
    """A reason as the core writes it, with each variable part as 'X' (none: not a literal reason); both
    of `a if ... else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(part.value if isinstance(part, ast.Constant) else "X" for part in node.values)]
    if isinstance(node, ast.IfExp):
        return _samples(node.body) + _samples(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _samples(node.left), _samples(node.right)
        if not left and not right:
            return []
        return [a + b for a in left or ["X"] for b in right or ["X"]]
    return []


def core_reasons() -> set[str]:
    """Every literal reason in crm/importing: what Unparsed, PartlyRead, UnreadableFile, Conflict (undo),
    ValueHint and the report's warn and reject are given (as a literal or a module's string constant), the
    reason of an Issue, a possible duplicate's "reason", and the messages that safety.py's helpers return.
    A bare wrapper such as f"{path.name}, {exc}" says nothing of its own."""
    found = set()
    constants = {}  # NAME = "text" at a core module's top level (SENSITIVE_REASON, TWO_EMAILS, ...)
    for path in CORE.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and isinstance(node.value, ast.Constant | ast.JoinedStr | ast.BinOp)):
                constants[node.targets[0].id] = node.value
    for path in CORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            reason = None
            if isinstance(node, ast.FunctionDef) and path.name == "safety.py" and node.name in (
                    "_ole_message", "damaged"):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return) and inner.value is not None:
                        value = inner.value.args[0] if isinstance(inner.value, ast.Call) else inner.value
                        found.update(sample for sample in _samples(value) if sample)
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("Unparsed", "_TooLong", "UnreadableFile", "Conflict") and node.args:
                    reason = node.args[0]
                elif name in ("warn", "reject", "PartlyRead", "ValueHint") and node.args:
                    reason = node.args[-1]
                elif name == "Issue" and len(node.args) == 4:
                    reason = node.args[3]
                elif name == "append" and path.name in ("readers.py", "sheets.py") and node.args:  # the file's
                    reason = node.args[0]
            elif isinstance(node, ast.Dict):
                keys = [key.value if isinstance(key, ast.Constant) else None for key in node.keys]
                reason = node.values[keys.index("reason")] if "reason" in keys else None
            if (isinstance(reason, ast.Call) and isinstance(reason.func, ast.Attribute)
                    and reason.func.attr == "format"):  # NO_CANDIDATE.format(email=...): its template
                reason = reason.func.value
            if isinstance(reason, ast.Name | ast.Attribute):  # TWO_EMAILS, parse.SALARY_REMARK
                reason = constants.get(reason.id if isinstance(reason, ast.Name) else reason.attr)
                if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                    reason = ast.Constant(re.sub(r"\{\w+\}", "X", reason.value))  # as an f-string's sample
            for sample in _samples(reason) if reason is not None else ():
                if sample and not re.fullmatch(r"[X\W]*", sample):
                    found.add(sample)
    return found


def test_every_reason_the_core_writes_is_translated(spanish):
    reasons = core_reasons()
    assert len(reasons) > 70  # the scan really found them
    # A value problem's outcome ("X; kept in the notes as written") is said with the problem before it; a
    # frame ending in a file's problem ("... cannot be read: X") with one.
    shown = {r: re.sub(r": X$", ": the file is empty", re.sub(r"^X; ", "empty; ", r)) for r in reasons}
    untranslated = sorted(r for r in reasons if translated_reason(shown[r]) == shown[r])
    assert not untranslated, f"reasons unknown to ui/import_export/reasons.py: {untranslated}"


def test_parts_of_a_reason_are_put_back_and_translated_in_turn(spanish, tmp_path):
    assert translated_reason("no amount given (to be agreed); kept in the notes as written") == (
        "no indica una cantidad (a convenir); se guarda tal cual en las notas")
    assert translated_reason("same person as row 4 (same profile URL); merged into it") == (
        "la misma persona que la fila 4 (mismo perfil); fusionada con ella")
    assert translated_reason("no candidate with the email ana@x.es; import the candidates first") == (
        "no hay ningún candidato con el email ana@x.es; importe antes los candidatos")
    assert translated_reason("no role titled Go Developer for the client Gamma; import the roles first") == (
        "no hay ninguna vacante con el puesto Go Developer para el cliente Gamma; importe antes las vacantes")
    assert translated_reason("part of the merged cells D5:D7, whose value is in row 5 only; left empty") == (
        "forma parte de las celdas combinadas D5:D7, cuyo valor está solo en la fila 5; se deja vacía")
    assert translated_reason("something the core says one day") == "something the core says one day"
    assert translated_reason("import 7 (q3.xlsx) was already undone") == "la importación 7 (q3.xlsx) ya se deshizo"
    assert translated_reason("cannot undo import 7 (q3.xlsx): people it created or updated were merged into other "
                             "candidates since (candidate 12); undoing would leave there what it brought") == (
        "no se puede deshacer la importación 7 (q3.xlsx): personas que creó o actualizó se fusionaron después con "
        "otros candidatos (candidato 12); deshacerla dejaría allí lo que aportó")
    assert translated_reason("cannot undo import 7 (q3.xlsx): 8 of its records were edited after it (candidate 3, "
                             "company 2, role 9, application 4, candidate 5 and 3 more); undoing would throw those "
                             "edits away").endswith("(candidato 3, cliente 2, vacante 9, candidatura 4, candidato 5 y 3 "
                                                    "más); deshacerla perdería esos cambios")
    assert translated_reason("the list was taken from sheet 'Listas', because another sheet cannot be read: q3.xlsx, "
                             "sheet 'Octubre' is empty") == (
        "la lista se ha tomado de la hoja «Listas» porque otra hoja no se puede leer: q3.xlsx, la hoja «Octubre» está "
        "vacía")
    assert translated_reason("cannot undo import 2 (vacantes.xlsx): records added after it depend on what it created "
                             "(application 5, contact 2, activity 7, attachment 1)"
                             "; undoing would delete them") == (
        "no se puede deshacer la importación 2 (vacantes.xlsx): registros añadidos después dependen de lo que creó "
        "(candidatura 5, contacto 2, actividad 7, CV 1); deshacerla los borraría")
    # A template with a part ("a role needs a {field}") comes after those that spell it out: the parts' names
    # were counted as the template's own words, and "client" was shown as the missing field's name.
    assert translated_reason("a role needs a client") == "una vacante necesita un cliente"
    assert translated_reason("a role needs a title") == "una vacante necesita un título"
    assert translated_reason("~$lista.xlsx: the lock file Excel keeps while it has lista.xlsx open, not a spreadsheet; "
                             "choose that workbook itself") == (
        "~$lista.xlsx: el archivo de bloqueo que Excel mantiene mientras tiene abierto lista.xlsx, no una hoja de "
        "cálculo; elija ese mismo libro")
    # The stages listed as the app names them (the seeded ones in Spanish; one the user added as written)
    (tmp_path / "roles").mkdir()
    with spanish_area("roles", tmp_path / "roles"):  # the stages' names are the roles area's
        assert translated_reason("not a known stage (Sourced, Contacted, Client interview, Prueba de código)") == (
            "no es una etapa conocida (Localizado, Contactado, Entrevista con cliente, Prueba de código)")
    assert other_of_possible_duplicate({"candidate_id": 3}) == "candidato 3"
    assert other_of_possible_duplicate({"candidate_id": 3, "more": 12}) == "candidato 3 y 12 más"
    assert other_of_possible_duplicate({"other_row": 4}) == "fila 4"


def test_the_report_and_the_preview_speak_spanish(qtbot, services, tmp_path, spanish):
    context = AppContext.create(services)
    dialog = ImportDialog(context, path=messy_spanish_xlsx(tmp_path / "q3.xlsx"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    preview = dialog.preview_model
    tips = [preview.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) or "" for row in range(preview.rowCount())]
    assert any("Salario deseado: no indica una cantidad (a convenir); se guarda tal cual en las notas" in tip
               for tip in tips)
    rejected = [preview.index(row, 0).data() for row in range(preview.rowCount())]
    assert "Rechazada: nada identifica a una persona (ni nombre, ni email, ni teléfono, ni perfil)" in rejected

    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    issues = dialog.report_page.issues_model
    reasons = [issues.index(row, 4).data() for row in range(issues.rowCount())]
    assert "nada identifica a una persona (ni nombre, ni email, ni teléfono, ni perfil)" in reasons
    assert "la misma persona que la fila 4 (mismo email); fusionada con ella" in reasons
    assert all(reason == translated_reason(reason) for reason in reasons)  # nothing left in English

    dialog.report_page.save_errors(tmp_path / "errores.xlsx")  # the workbook the user keeps says the same
    qtbot.waitUntil(lambda: not dialog.report_page.saving_issues, timeout=20_000)
    book = openpyxl.load_workbook(tmp_path / "errores.xlsx")
    sheet = book["Informe de importación"]
    assert [cell.value for cell in sheet[1]] == ["Tipo", "Fila", "Columna", "Valor", "Motivo"]
    assert [cell.value for cell in sheet[2]][:2] == ["Rechazada", 8]
    assert sheet["E2"].value == "nada identifica a una persona (ni nombre, ni email, ni teléfono, ni perfil)"
    about = dict(book["Sobre esta importación"].iter_rows(values_only=True))  # which file "Fila 8" is of
    assert about["Archivo"] == "q3.xlsx" and about["Hoja"] == dialog.report.sheet
    assert about["Importado como"] == "Candidatos"
    assert about["Número de importación"] == dialog.report.batch_id
    assert about["Filas rechazadas"] == 1 and about["Creados"] == dialog.report.created
    book.close()
    context.tasks.wait_for_done()


def test_possible_duplicates_to_review_are_in_the_saved_workbook_in_spanish(qtbot, services, tmp_path, spanish):
    blank = [None] * 8
    services.candidates.create({"first_name": "Laura", "last_name": "Gómez Ruiz", "email": "laura.1@example.com",
                                "city": "Bilbao"})
    context = AppContext.create(services)
    dialog = ImportDialog(context, path=messy_spanish_xlsx(tmp_path / "b.xlsx", rows=[
        ["Laura", "Gomez", "laura.2@example.com", None, "Bilbao", *blank]]))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report_page.save_errors_button.isEnabled()  # no error, no warning: the possible duplicate is enough
    dialog.report_page.save_errors(tmp_path / "revisar.xlsx")
    qtbot.waitUntil(lambda: not dialog.report_page.saving_issues, timeout=20_000)
    book = openpyxl.load_workbook(tmp_path / "revisar.xlsx")
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    assert rows[1:] == [("Posible duplicado", 4, None, "Laura Gomez",
                         "nombre parecido en la misma ciudad que un candidato existente (candidato 1)")]
    context.tasks.wait_for_done()


def test_a_file_warning_in_the_setup_page_speaks_spanish(qtbot, services, tmp_path, spanish):
    context = AppContext.create(services)
    dialog = ImportDialog(context, path=cp1252_semicolon_csv(tmp_path / "export.csv"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
    assert "se ha leído como Windows-1252 (Excel en español)" in dialog.info_label.text()
    context.tasks.wait_for_done()


def test_why_a_file_cannot_be_imported_is_said_in_spanish(qtbot, services, tmp_path, spanish):
    context = AppContext.create(services)
    dialog = ImportDialog(context, path=truncated_xlsx(tmp_path / "descarga.xlsx"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "descarga.xlsx:" in dialog.info_label.text(), timeout=10_000)
    assert ("descarga.xlsx: el archivo está dañado o incompleto (¿una descarga interrumpida?); descárguelo o "
            "guárdelo de nuevo") in dialog.info_label.text()
    assert translated_reason("q3.xlsx, sheet 'Hoja1' is empty") == "q3.xlsx, la hoja «Hoja1» está vacía"
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))  # as the app does in Spanish
    try:
        huge = translated_reason("a.xlsx, sheet 'S': the sheet claims 1,048,576 rows x 16,384 columns, beyond the "
                                 "limit of 60,000,000 cells; delete the empty rows and columns at its end in Excel, "
                                 "or copy the list to a new sheet")
    finally:
        QLocale.setDefault(previous)
    assert huge.startswith("a.xlsx, hoja «S»: dice tener 1.048.576 filas x 16.384 columnas, más de las 60.000.000 "
                           "celdas admitidas")
    context.tasks.wait_for_done()


def test_counts_are_written_as_a_spanish_user_writes_numbers(qtbot, services, tmp_path, spanish):
    context = AppContext.create(services)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    shown = []
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))  # as the app does in Spanish
    try:
        for seconds, done in ((4.0, 56_250), (9.0, 90_000)):  # into an import of 100,000 rows
            dialog._progress_line._first = (time.monotonic() - seconds, 0)  # rows flowing for that long
            dialog._on_import_progress(done, 100_000, "")
            shown.append(dialog.progress_label.text())
    finally:
        QLocale.setDefault(previous)
    assert re.fullmatch(r"56\.250 de 100\.000 filas · 1[34]\.\d{3} filas/s · quedan unos 3 s", shown[0])
    assert shown[1].endswith(" filas/s · queda 1 s")  # one second: singular
    context.tasks.wait_for_done()


def test_a_kept_amount_or_number_of_years_is_written_the_spanish_way(spanish):
    """'la fila 4 tiene 5.5' reads as five thousand five hundred to a Spanish user."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        years = translated_reason("row 4 has 5.5, which is kept")
        amount = translated_reason("the database has 55000, which is kept (the overwrite policy would take the "
                                   "file's value)")
        phone = translated_reason("row 4 has +34600112233, which is kept")
    finally:
        QLocale.setDefault(previous)
    assert "5,5" in years and "5.5" not in years
    assert "55.000" in amount
    assert "+34600112233" in phone


def test_the_day_a_file_was_imported_before_is_written_the_spanish_way(spanish):
    """"(importación 1, 2026-12-07)" in a Spanish sentence."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        said = translated_reason("this file was imported before (import 1, 2026-12-07); what the database has "
                                 "already is not created again")
    finally:
        QLocale.setDefault(previous)
    assert said == ("este archivo ya se importó (importación 1, 7/12/26); lo que ya está en la base de datos no se "
                    "vuelve a crear")


def test_an_undo_refused_over_a_later_import_or_later_work_is_said_in_spanish(spanish):
    assert translated_reason("cannot undo import 1 (gente.xlsx): import 2 (b.xlsx) changed 3 of its records since "
                             "(candidate 1, candidate 2, candidate 3); undo that import first") == (
        "no se puede deshacer la importación 1 (gente.xlsx): la importación 2 (b.xlsx) cambió después 3 de sus "
        "registros (candidato 1, candidato 2, candidato 3); deshaga antes esa importación")
    assert translated_reason("cannot undo import 1 (gente.xlsx): later imports changed 2 of its records since "
                             "(candidate 1, role 4); undo them first, the last first (import 5, c.xlsx)") == (
        "no se puede deshacer la importación 1 (gente.xlsx): importaciones posteriores cambiaron 2 de sus registros "
        "(candidato 1, vacante 4); deshágalas antes, empezando por la última (importación 5, c.xlsx)")
    assert translated_reason("cannot undo import 2 (vacantes.xlsx): records added after it depend on what it created "
                             "(contact 3, stage change 9, client report 2); undoing would delete them").endswith(
        "(contacto 3, línea de historial 9, informe a cliente 2); deshacerla los borraría")


def test_a_database_refusal_the_app_does_not_know_is_framed_in_spanish(spanish):
    """Its frame stayed English: the driver's words were taken for a reason to translate, and were none."""
    assert translated_reason("the database refused the change (UNIQUE constraint failed: setting.key); nothing was "
                             "saved") == "la base de datos rechazó el cambio (UNIQUE constraint failed: setting.key); no se guardó nada"
    assert translated_reason("the connection to the database server was lost; nothing was saved: try again once the "
                             "server is back").startswith("se perdió la conexión con el servidor")


def test_an_undo_refused_over_records_a_later_import_added_is_said_in_spanish(spanish):
    assert translated_reason("cannot undo import 1 (gente.xlsx): import 3 (seguimiento.xlsx) added records that depend "
                             "on what it created (application 1, stage change 2); undo that import first") == (
        "no se puede deshacer la importación 1 (gente.xlsx): la importación 3 (seguimiento.xlsx) añadió registros "
        "que dependen de lo que creó (candidatura 1, línea de historial 2); deshaga antes esa importación")


def test_a_known_persons_stored_codes_are_named_as_the_app_names_them(qtbot, services, tmp_path):
    """The report said "placed" and "the database has active" to a Spanish recruiter whose file said
    "Contratada": a status is named as the candidate list names it, on screen and in the saved workbook."""
    from import_fixtures import plain_xlsx

    services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
                                "status": "active", "seniority": "senior"})
    path = plain_xlsx(tmp_path / "mayo.xlsx", ["Nombre", "Email", "Estado", "Nivel"],
                      ["Ana Ruiz", "ana@example.com", "Contratada", "Junior"])
    with spanish_area("import", tmp_path), spanish_area("candidates", tmp_path):
        context = AppContext.create(services)
        dialog = ImportDialog(context, path=path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
        dialog.start_import()
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
        issues = dialog.report_page.issues_model
        lines = {issues.index(row, 2).data(): (issues.index(row, 3).data(), issues.index(row, 4).data())
                 for row in range(issues.rowCount())}
        assert lines["Estado"][0] == "Colocado" and "Activo" in lines["Estado"][1]
        assert "placed" not in lines["Estado"][0] + lines["Estado"][1]
        assert lines["Nivel"][0] == "Junior" and "Senior" in lines["Nivel"][1]  # the database's is kept
        dialog.report_page.save_errors(tmp_path / "errores.xlsx")
        qtbot.waitUntil(lambda: not dialog.report_page.saving_issues, timeout=20_000)
        context.tasks.wait_for_done()
    book = openpyxl.load_workbook(tmp_path / "errores.xlsx")
    saved = {row[2]: row[3:] for row in book.active.iter_rows(min_row=2, values_only=True)}
    book.close()
    assert saved["Estado"] == lines["Estado"]
