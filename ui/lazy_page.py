"""A page slot that builds its real page the first time it is shown or asked for.

The shell has several pages; building them all at start-up would run their queries (role counts,
retention over every candidate...) before the recruiter sees the first one. The slot is what the
navigation shows; `page()` builds the real widget on demand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._factory = factory
        self._on_built = on_built
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
            if self._on_built is not None:
                self._on_built(self._page)
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)
