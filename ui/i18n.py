"""Translations: every resources/translations/*_es.ts area file, compiled to .qm on demand.

A fresh clone has only the .ts sources (the .qm files are build output and not committed), so
they are compiled with lrelease into a cache folder when missing or older than their source.
A bundle can ship ready .qm files beside the .ts files; those are used as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from crm.config import data_dir
from ui.resources import resource_path
from ui.settings import LANGUAGE_KEY

SUPPORTED = ("en", "es")


def chosen_language(settings: QSettings) -> str:
    """The language to show: the user's setting, else the system locale when we have it, else English."""
    value = str(settings.value(LANGUAGE_KEY, "system") or "system")
    if value in SUPPORTED:
        return value
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def translation_sources(language: str) -> list[Path]:
    return sorted(resource_path("translations").glob(f"*_{language}.ts"))


def compiled(source: Path, cache: Path) -> Path | None:
    """The .qm for a .ts file: shipped beside it, or compiled into `cache` when missing or stale."""
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    target = cache / shipped.name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease_tool()
    if tool is None:
        return None
    import subprocess  # only when a translation must be compiled: not on every start-up

    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([tool, "-silent", str(source), "-qm", str(target)], capture_output=True,
                            text=True, timeout=60, check=False)
    return target if result.returncode == 0 and target.exists() else None


def lrelease_tool() -> str | None:
    import shutil

    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_shipped_translations() -> list[Path]:
    """Compile every area .ts to a .qm beside it (the packaging step; the .qm files are not committed)."""
    built = []
    for language in SUPPORTED[1:]:
        for source in translation_sources(language):
            qm = compiled(source, source.parent)
            if qm is None:
                raise RuntimeError(f"lrelease could not compile {source.name}")
            built.append(qm)
    return built


def install_translations(app: QCoreApplication, language: str, cache: Path | None = None) -> list[QTranslator]:
    """Load Qt's own strings and every area file for `language`; keep the returned list alive."""
    cache = cache or data_dir() / "cache" / "translations"
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if language != "en" and qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    # English is the source language; *_en.ts files, where an area has them, only carry plural forms.
    for source in translation_sources(language):
        qm = compiled(source, cache)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain) if language == "es"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return installed


def remove_translations(app: QCoreApplication, installed: list[QTranslator]) -> None:
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
