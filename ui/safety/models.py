"""The safety views' translation context (their tables use ui.kit.value_table)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(text: str) -> str:
    return QCoreApplication.translate("safety", text)
