"""Every visible string has a Spanish translation, and the app really shows Spanish."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import make_context
from ui.i18n import chosen_language, install_translations, lrelease_tool, remove_translations
from ui.resources import resource_path
from ui.settings import LANGUAGE_KEY, ui_settings

ROOT = Path(__file__).resolve().parents[2]


def _messages(path: Path, finished_only: bool) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            # Plural messages keep their text in <numerusform> children, one per plural form.
            forms = [translation.text or ""] if translation is not None else [""]
            if translation is not None and message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")] or [""]
            if finished_only and (kind in ("unfinished", "obsolete", "vanished") or not all(f.strip() for f in forms)):
                continue
            found.add((name, message.findtext("source")))
    return found


def test_every_source_string_in_ui_has_a_finished_spanish_translation(tmp_path):
    lupdate = Path(lrelease_tool()).with_name("lupdate")
    scanned = tmp_path / "scan_es.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([str(lupdate), *sources, "-ts", str(scanned)], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    needed = _messages(scanned, finished_only=False)
    assert len(needed) > 100  # the scan really found the app's strings
    translated = set()
    for area in resource_path("translations").glob("*_es.ts"):
        translated |= _messages(area, finished_only=True)
    missing = sorted(needed - translated)
    assert not missing, "strings without a Spanish translation (run lupdate on your area file and fill them " \
                        f"in): {missing[:20]}"


def test_fresh_clone_compiles_the_translations_into_a_cache(qapp, tmp_path):
    installed = install_translations(qapp, "es", cache=tmp_path / "cache")
    try:
        compiled = sorted(p.name for p in (tmp_path / "cache").glob("*.qm"))
        assert "shell_es.qm" in compiled and "candidates_es.qm" in compiled
        assert QApplication.translate("Actions", "&Quit") == "&Salir"
    finally:
        remove_translations(qapp, installed)


def test_language_follows_the_setting_or_the_system():
    settings = ui_settings()
    settings.setValue(LANGUAGE_KEY, "es")
    assert chosen_language(settings) == "es"
    settings.setValue(LANGUAGE_KEY, "en")
    assert chosen_language(settings) == "en"
    settings.setValue(LANGUAGE_KEY, "system")
    assert chosen_language(settings) in ("en", "es")


@pytest.fixture
def spanish(qapp, tmp_path):
    installed = install_translations(qapp, "es", cache=tmp_path / "cache")
    yield
    remove_translations(qapp, installed)


def test_main_window_speaks_spanish(qtbot, store, services, spanish):
    from ui.main_window import MainWindow

    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Archivo", "&Edición", "&Ver", "&Candidato"]
    assert window.navigation.topLevelItem(0).text(0) == "Candidatos"
    assert window.empty_state.demo_button.text() == "Cargar datos de demostración"
    assert window.action("new_candidate").text() == "&Nuevo candidato…"
    services.candidates.create({"first_name": "Ana", "city": "Madrid"})
    window.candidates.reload()
    header = window.candidates.model.headerData
    from PySide6.QtCore import Qt

    assert [header(i, Qt.Orientation.Horizontal) for i in range(4)] == ["Nombre", "Puesto actual", "Empresa", "Ciudad"]
    assert window.candidates.count_label.text() == "1 candidato"


def test_spanish_column_titles_are_not_cut(qtbot, store, services, spanish):
    """'Preaviso' and 'Habilidades principales' are wider than 'Notice' and 'Top skills': a recruiter
    must read every column title of the candidate table in full, at its default widths."""
    from PySide6.QtCore import Qt

    from ui.main_window import MainWindow

    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.show()
    header = window.candidates.table.horizontalHeader()
    model = window.candidates.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(header.count())]
    assert "Preaviso" in titles and "Habilidades principales" in titles
    for number, title in enumerate(titles):
        if not header.isSectionHidden(number):
            assert header.sectionSize(number) >= header.sectionSizeHint(number), title


def test_field_errors_are_shown_in_spanish(qtbot, store, spanish):
    from ui.candidates.editor import CandidateDialog

    dialog = CandidateDialog(make_context(store))
    qtbot.addWidget(dialog)
    dialog.findChild(object, "email").setText("ana@@x")
    dialog.findChild(object, "notice_days").setText("999")
    dialog.accept()
    assert dialog.error_text("email") == "«ana@@x» no es una dirección de correo válida"
    assert dialog.error_text("notice_days") == "debe estar entre 0 y 730"


def test_language_menu_stores_the_choice_for_the_next_start(qtbot, store):
    from ui.main_window import MainWindow

    window = MainWindow(make_context(store))
    qtbot.addWidget(window)
    window.action("language_es").trigger()
    assert ui_settings().value(LANGUAGE_KEY) == "es" and window.action("language_es").isChecked()
    assert chosen_language(ui_settings()) == "es"
    window.action("language_system").trigger()
    assert not window.action("language_es").isChecked()


def test_qts_own_file_chooser_speaks_spanish(qapp, tmp_path):
    """"Look in:" and "Files of type:" stayed English: Qt's catalogue has them without their shortcut letter."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    installed = install_translations(qapp, "es", cache=tmp_path / "cache")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
        dialog.deleteLater()
        assert labels == ["&Buscar en:", "&Nombre de fichero:", "Archivos de &tipo:"]
    finally:
        remove_translations(qapp, installed)
