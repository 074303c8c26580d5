"""The roles and clients pages speak Spanish: every visible string of theirs has a translation."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from ui.clients.page import ClientsPage
from ui.kit.field_form import reason_text
from ui.roles.page import RolesPage

ROOT = Path(__file__).resolve().parents[3]
AREAS = {
    "roles_es.ts": ["ui/roles", "ui/kit"],
    "clients_es.ts": ["ui/clients"],
}


def _tool(name):
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else shutil.which(name)


def _messages(path):
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context") for message in context.iter("message")
    }


@pytest.mark.parametrize("ts_name", sorted(AREAS))
def test_every_string_in_the_code_has_a_finished_spanish_translation(tmp_path, ts_name):
    fresh = tmp_path / ts_name
    sources = [str(p) for folder in AREAS[ts_name] for p in sorted((ROOT / folder).glob("*.py"))]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(ROOT / "resources" / "translations" / ts_name)
    missing = set(_messages(fresh)) - set(committed)
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)}"
    unfinished = [key for key, translation in committed.items()
                  if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (translation.text or "").strip()]
    assert not unfinished


def test_the_pages_show_spanish_when_the_translations_are_loaded(qtbot, tmp_path, demo_context):
    translators = []
    for ts_name in AREAS:
        qm = tmp_path / ts_name.replace(".ts", ".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ROOT / "resources" / "translations" / ts_name), "-qm",
                        str(qm)], check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    try:
        roles = RolesPage(demo_context)
        clients = ClientsPage(demo_context)
        qtbot.addWidget(roles)
        qtbot.addWidget(clients)
        assert roles.new_button.text() == "Nueva vacante…"
        assert roles.status_filter.itemText(0) == "Vacantes abiertas"
        assert clients.new_button.text() == "Nuevo cliente…"
        assert clients.model.headerData(3, Qt.Orientation.Horizontal) == "Vacantes\nabiertas"
        assert reason_text("is required") == "es obligatorio"
        assert reason_text("'treinta mil' is not a whole number") == "«treinta mil» no es un número entero"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_a_band_given_as_a_maximum_only_says_so(qapp, tmp_path):
    from tests.ui.helpers import spanish_area
    from ui.roles.labels import salary_band

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        with spanish_area("roles", tmp_path):
            assert salary_band(None, 60000) == "hasta 60.000 €"
    finally:
        QLocale.setDefault(previous)


@pytest.mark.parametrize("language, country, expected", [
    (QLocale.Language.Spanish, QLocale.Country.Spain, "60.000 – 75.000 €"),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "60,000 – 75,000 €"),
])
def test_a_salary_band_is_written_as_the_users_locale_writes_numbers(qapp, language, country, expected):
    from ui.roles.labels import salary_band

    previous = QLocale()
    QLocale.setDefault(QLocale(language, country))
    try:
        assert salary_band(60000, 75000) == expected
        assert salary_band(60000, 60000) == salary_band(60000, None) == expected.split(" – ")[0] + " €"
    finally:
        QLocale.setDefault(previous)
