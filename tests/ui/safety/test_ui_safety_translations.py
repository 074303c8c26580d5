"""Every visible string of the safety views has a Spanish translation that Qt loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "safety_es.ts"


def test_every_message_is_translated():
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.find("source").text
        assert (translation.text or "").strip() or len(translation) == 2, message.find("source").text


def test_the_spanish_file_compiles_and_translates_a_dialog_title(qapp, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "safety_es.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("BackupsDialog", "Back up now") == "Hacer copia ahora"
        assert QCoreApplication.translate("safety", "retention ended") == "conservación vencida"
    finally:
        QCoreApplication.removeTranslator(translator)
