"""UI state (window geometry, columns, language) in an ini file beside the user's data.

Only UI state lives here; domain preferences live in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from crm.config import data_dir

LANGUAGE_KEY = "ui/language"  # "system", "en" or "es"


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)
