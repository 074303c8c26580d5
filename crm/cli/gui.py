"""Hand over to the Qt app. Imported only when the GUI is wanted."""

from __future__ import annotations


def start_gui(db: str | None) -> int:
    try:
        from ui.app import main
    except ImportError as exc:  # the core can run without Qt installed
        import sys

        print(f"crm: the desktop app needs PySide6 ({exc}); the CLI commands work without it", file=sys.stderr)
        return 2
    return main(db)
