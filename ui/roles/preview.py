"""Show the roles page alone in a window, for screenshots: python -m ui.roles.preview --db FILE"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from crm.persistence.store import open_store
from crm.services import Services
from ui.context import AppContext
from ui.roles.page import RolesPage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="database file to show")
    parser.add_argument("--select", help="reference of a role to select")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = Services.for_store(open_store(args.db))
    context = AppContext.create(services, app)
    window = QMainWindow()
    page = RolesPage(context)
    window.setCentralWidget(page)
    if args.select:
        page.select_role(services.roles.get_by_reference(args.select).id)
    window.resize(1366, 768)
    window.show()
    try:
        return app.exec()
    finally:
        services.store.close()


if __name__ == "__main__":
    raise SystemExit(main())
