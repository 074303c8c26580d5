import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "pipeline_es.ts"


def test_every_pipeline_string_has_a_spanish_translation():
    messages = ET.parse(TS).getroot().iter("message")
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.findtext("source")
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        assert any(t.strip() for t in texts), message.findtext("source")


def test_the_translation_compiles_and_is_used(qapp, tmp_path):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / "pipeline_es.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("BoardWidget", "Stale only") == "Solo estancados"
        assert QCoreApplication.translate("StageColumn", "%n candidate(s)", "", 3) == "3 candidatos"
    finally:
        QCoreApplication.removeTranslator(translator)
