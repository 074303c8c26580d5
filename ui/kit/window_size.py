"""A window's size: the one the user left it at or the one it is designed for, within the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window's frame and title bar (the free area excludes the task bar already).
_FRAME_WIDTH, _FRAME_HEIGHT = 16, 48


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to width x height, or smaller where the screen is (a 1366x768 laptop at 150% scale has
    911x512 logical pixels): a fixed size put the window's buttons off the screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - _FRAME_WIDTH)
        height = min(height, free.height() - _FRAME_HEIGHT)
    window.resize(width, height)


def restore_size(window: QWidget, settings: QSettings, key: str, width: int, height: int) -> None:
    """The size the user last left the window at (kept by keep_size), else the designed one; either within the
    screen's free area (a size kept on a big monitor, reopened on the laptop, is fitted to the laptop)."""
    kept = settings.value(key)
    if isinstance(kept, QSize) and kept.isValid():
        width, height = kept.width(), kept.height()
    fit_to_screen(window, width, height)


def keep_size(window: QWidget, settings: QSettings, key: str) -> None:
    settings.setValue(key, window.size())
    settings.sync()
