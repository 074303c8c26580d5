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
