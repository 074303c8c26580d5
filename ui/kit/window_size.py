"""A window's first size: the one it is designed for, or the screen's free area when that is smaller."""

from __future__ import annotations

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
