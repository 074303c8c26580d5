"""Numbers with decimals as the user writes them: 6,5 in the Spanish app, 6.5 in the English one."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def decimal(value: float) -> str:
    """Years of experience and the like: no trailing zeros (5, not 5,0), the app's decimal separator."""
    return QLocale().toString(float(value), "g", 6)
