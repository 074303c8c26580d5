"""The export dialog on a real database, a real event loop and real files."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt

from crm.exporting.preview import Preview
from tests.crm.exporting.helpers import build_pipeline, candidate_row
from tests.ui.helpers import spanish_area
from ui.context import AppContext
from ui.import_export.export_dialog import ExportDialog
from ui.import_export.preview_model import PreviewModel


def test_preview_model_passes_the_model_tester(qtmodeltester):
    model = PreviewModel()
    model.set_preview(Preview(("A", "B"), (("1", "2"), ("3", "4")), 2))
    qtmodeltester.check(model)


def test_shortlist_from_a_role_follows_the_client_settings_and_exports(services, qtbot, tmp_path):
    role, ids = build_pipeline(services, submitted=[{}, {}], blind=True, language="en")
    context = AppContext.create(services)
    dialog = ExportDialog(context, role_id=role.id)
    qtbot.addWidget(dialog)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["shortlist", "client"]
    assert dialog.blind.isChecked() and not dialog.contact.isEnabled()
    assert dialog.language.currentData() == "en"
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == "Reference"
    assert dialog.preview_model.rowCount() == 2
    dialog.blind.setChecked(False)
    assert dialog.contact.isEnabled()
    assert "Candidate" in dialog.preview_model._preview.headers
    dialog.target.setText(str(tmp_path / "shortlist"))
    changes = []
    context.events.data_changed.connect(changes.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_folder.isVisibleTo(dialog), timeout=10_000)
    assert "Saved" in dialog.status.text()
    assert (tmp_path / "shortlist.xlsx").exists()
    assert load_workbook(tmp_path / "shortlist.xlsx").sheetnames == ["Summary", "Shortlist", "Rejected"]
    assert changes and changes[0].touches("export_log")
    context.tasks.wait_for_done()


def test_candidate_list_with_columns_and_a_failure_message(services, qtbot, tmp_path):
    ids = services.candidates.bulk_insert([candidate_row(i) for i in range(3)])
    context = AppContext.create(services)
    dialog = ExportDialog(context, kind="candidates", candidate_ids=ids[:2])
    qtbot.addWidget(dialog)
    assert dialog.current_kind() == "candidates" and dialog.columns.isVisibleTo(dialog)
    assert dialog.preview_model.rowCount() == 2
    dialog.all_columns.setChecked(True)
    assert dialog.preview_model.columnCount() > 30
    dialog.target.setText(str(tmp_path / "missing-folder" / "list.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=10_000)
    assert dialog.export_button.isEnabled()
    context.tasks.wait_for_done()


def test_every_dialog_string_has_a_spanish_translation(services, qtbot, tmp_path):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    ts = root / "resources" / "translations" / "export_es.ts"
    messages = ET.parse(ts).getroot().iter("message")
    assert all(m.find("translation").text and m.find("translation").get("type") is None for m in messages)
    services.candidates.bulk_insert([candidate_row(i) for i in range(12_345)])
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))  # as the app does in Spanish
    try:
        with spanish_area("export", tmp_path), spanish_area("import", tmp_path):
            dialog = ExportDialog(AppContext.create(services), kind="candidates")
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == "Exportar a Excel" and dialog.export_button.text() == "Exportar"
            qtbot.waitUntil(lambda: "12.345" in dialog.preview_label.text(), timeout=10_000)  # not 12,345
            # The columns to choose are named in Spanish; the file keeps its own headers (a re-import maps them).
            items = {dialog.columns.item(i).data(Qt.ItemDataRole.UserRole): dialog.columns.item(i)
                     for i in range(dialog.columns.count())}
            assert items["expected_salary"].text() == "Salario deseado"
            assert items["expected_salary"].toolTip() == "Columna en el archivo: Expected salary"
            assert items["updated_at"].text() == "Última modificación"
    finally:
        QLocale.setDefault(previous)


def test_candidate_list_from_a_search_query(services, qtbot):
    services.candidates.bulk_insert([candidate_row(1, current_title="Java Developer"),
                                     candidate_row(2, current_title="Go Developer")])
    dialog = ExportDialog(AppContext.create(services), kind="candidates", query="java")
    qtbot.addWidget(dialog)
    assert dialog.preview_model.rowCount() == 1 and "Rows in the file: 1." in dialog.preview_label.text()


def test_cancel_keeps_the_previous_file(services, qtbot, tmp_path):
    services.candidates.bulk_insert([candidate_row(i) for i in range(5000)])
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"previous")
    context = AppContext.create(services)
    dialog = ExportDialog(context, kind="candidates")
    qtbot.addWidget(dialog)
    dialog.all_columns.setChecked(True)
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=20_000)
    assert "cancelled" in dialog.status.text()
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir() if "list" in p.name) == ["list.xlsx"]
    context.tasks.wait_for_done()
