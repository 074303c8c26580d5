from pathlib import Path
from xml.etree import ElementTree

from tests.ui.helpers import spanish_area
from ui.context import AppContext
from ui.import_export.import_dialog import ImportDialog

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "import_es.ts"


def test_every_string_is_translated():
    root = ElementTree.parse(TS).getroot()
    translations = root.findall(".//translation")
    assert len(translations) > 100
    assert all(t.text and t.get("type") is None for t in translations)


def test_the_dialog_speaks_spanish(qtbot, services, tmp_path):
    with spanish_area("import", tmp_path):
        dialog = ImportDialog(AppContext.create(services))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Importar una hoja de cálculo"
        assert dialog.import_button.text() == "Importar"
        assert dialog.policy_combo.itemText(0) == "Completar los campos vacíos y añadir las habilidades nuevas"


def test_a_column_without_a_header_is_named_in_spanish(qtbot, services, tmp_path):
    """The mapping list said "Column C" in a Spanish window."""
    from import_fixtures import plain_xlsx

    path = plain_xlsx(tmp_path / "sin.xlsx", ["Nombre", "Email", None], ["Ana Ruiz", "ana@example.com", "carnet B"])
    with spanish_area("import", tmp_path):
        dialog = ImportDialog(AppContext.create(services), path=path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.inspection is not None, timeout=10_000)
        model = dialog.mapping_model
        assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Nombre", "Email", "Columna C"]


def test_what_an_undo_did_agrees_with_its_counts_in_spanish(qapp, tmp_path):
    """"1 registros eliminados", "1 de sus registros se editaron"."""
    from ui.import_export.reasons import translated_reason
    from ui.import_export.wording import undo_counts

    with spanish_area("import", tmp_path):
        assert undo_counts(1, 0) == "1 registro eliminado, 0 restaurados"
        assert undo_counts(3, 1) == "3 registros eliminados, 1 restaurado"
        assert undo_counts(2, 0, 1) == ("2 registros eliminados, 0 restaurados; 1 registro conservado (una importación "
                                        "posterior lo nombra)")
        assert translated_reason("cannot undo import 2 (a.xlsx): one of its records was edited after it "
                                 "(candidate 1); undoing would throw that edit away").startswith(
            "no se puede deshacer la importación 2 (a.xlsx): uno de sus registros se editó después")


def test_the_summary_counts_a_logs_later_rows_as_steps_and_no_role_as_a_duplicate(qapp, tmp_path):
    """A pipeline log's later rows were counted nowhere; every import said "0 duplicates in the file merged"."""
    from crm.importing.report import ImportReport
    from ui.import_export.wording import report_summary

    log = ImportReport("pipeline", "log.xlsx", sheet="Log", created=1, merged=2)
    roles = ImportReport("roles", "vacantes.xlsx", sheet="Vacantes", created=3)
    people = ImportReport("candidates", "q3.xlsx", sheet="Q3", created=5, merged=1)
    assert "1 created, 0 updated, 0 skipped, 2 more steps of the same applications, 0 rejected" in report_summary(log)
    assert "3 created, 0 updated, 0 skipped, 0 rejected" in report_summary(roles)
    assert "1 duplicate in the file merged" in report_summary(people)
    with spanish_area("import", tmp_path):
        assert "2 pasos más de las mismas candidaturas" in report_summary(log)
        assert "1 paso más de la misma candidatura" in report_summary(ImportReport("pipeline", "l.xlsx", merged=1))
