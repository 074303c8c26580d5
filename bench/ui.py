"""Start-up to the first page of the candidates view, offscreen, each run in a fresh process.

Compares a database of 1,000 and of 100,000 candidates with the floor: a bare PySide6 window
showing a 100-row table. The app child runs the real start-up (ui.startup.Startup, as ui.app.main):
the first page comes from the read-only preview, then the full start-up (SQLAlchemy, damage
check, migrations, start-up backup, every page) follows; "first page" is the candidate table
painting rows, "ready" is the full start-up done (every command available). Also reports each
child's own peak memory (VmHWM). Last line: JSON.

    python -m bench.ui        (databases are built once and cached in the temp folder)
"""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import PROC_MEMORY, finish, fresh_db_path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

APP_CHILD = PROC_MEMORY + r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import create_application
from ui.i18n import chosen_language, install_translations
from ui.settings import ui_settings
from ui.startup import Startup
# The real start-up, as ui.app.main runs it: preview first page, then the full checks and every page.
app = create_application()
settings = ui_settings()
translators = install_translations(app, chosen_language(settings))
startup = Startup(app, sys.argv[1], settings)
marks = {}
class FirstPage(QObject):  # the candidate table painting rows for the first time (it reads them as it paints)
    def eventFilter(self, watched, event):
        window = startup.window
        if ("page" not in marks and event.type() == QEvent.Type.Paint and window is not None
                and watched is window.candidates.table.viewport() and window.candidates.model.rowCount()):
            marks["page"] = time.monotonic()
        return False
watcher = FirstPage()
app.installEventFilter(watcher)
def ready():
    marks["ready"] = time.monotonic()
    QTimer.singleShot(0, report)
def report():
    rows = startup.window.candidates.model.rows_fetched
    print("READY", marks.get("page", 0), marks["ready"], rows, rss_mb("VmHWM"), int(startup.previewed), flush=True)
    app.quit()
startup.ready.connect(ready)
startup.begin()
app.exec()
startup.close()
"""

FLOOR_CHILD = PROC_MEMORY + r"""
import sys, time
if len(sys.argv) > 1:  # the same bare window after the core start-up: imports, open and check the database
    from ui.app import open_services
    services = open_services(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
model = QStandardItemModel(100, 10)
for row in range(100):
    for column in range(10):
        model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
window = QMainWindow()
view = QTableView()
view.setModel(model)
window.setCentralWidget(view)
window.resize(1280, 760)
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):  # the table painting for the first time, as in the app children
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.monotonic()
            QTimer.singleShot(0, done)
        return False
def done():
    print("READY", watcher.at, watcher.at, 100, rss_mb("VmHWM"), 0, flush=True)
    app.quit()
watcher = FirstPaint()
view.viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def run_child(code: str, *args: str) -> tuple[float, float, int, float, bool]:
    """Seconds from spawning the process to the first painted page and to fully ready, rows
    materialised, the child's own peak memory (VmHWM, MB), and whether it opened on the preview.
    Both processes read CLOCK_MONOTONIC (time.monotonic), so the child's marks compare with the spawn."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               CRM_DATA_DIR=str(fresh_db_path("ui-settings").parent))
    start = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=str(ROOT))
    try:
        out, err = process.communicate(timeout=120)  # a child that hangs fails the run, not the machine
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    for line in out.splitlines():
        if line.startswith("READY"):
            _, page, ready, fetched, peak, previewed = line.split()
            if float(page) == 0:
                raise RuntimeError("the candidate table never painted rows")
            return float(page) - start, float(ready) - start, int(fetched), float(peak), previewed == "1"
    raise RuntimeError(err[-3000:] or "the child ended without READY")


def measure(code: str, *args: str) -> dict:
    runs = [run_child(code, *args) for _ in range(RUNS)]
    return {"seconds": round(statistics.median(r[0] for r in runs), 3),
            "ready_seconds": round(statistics.median(r[1] for r in runs), 3),
            "peak_mb": round(max(r[3] for r in runs), 1), "rows_fetched": runs[0][2],
            "previewed": all(r[4] for r in runs)}


def build(count: int) -> Path:
    """A fresh copy of a cached demo database of `count` candidates (built on first use)."""
    from crm.persistence.schema_head import SCHEMA_HEAD

    cached = Path(tempfile.gettempdir()) / f"crm-bench-ui-{count}-{SCHEMA_HEAD}.db"
    if not cached.exists():
        from crm.persistence.store import open_store
        from crm.services.demo import load_demo

        store = open_store(str(cached))
        load_demo(store, count)
        store.close()
    path = fresh_db_path(f"ui-{count}")
    shutil.copyfile(cached, path)
    return path


def main() -> None:
    print("building databases (not timed)...", flush=True)
    # An installed app has its bytecode compiled (pip does it at install, PyInstaller bundles it); an
    # editable checkout run with PYTHONDONTWRITEBYTECODE would otherwise recompile our modules every run.
    for package in ("crm", "ui"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    small, large = build(1_000), build(100_000)
    results: dict = {}
    results["floor"] = measure(FLOOR_CHILD)
    results["floor_plus_core_open_1k"] = measure(FLOOR_CHILD, str(small))
    results["floor_plus_core_open_100k"] = measure(FLOOR_CHILD, str(large))
    results["candidates_1k"] = measure(APP_CHILD, str(small))
    results["candidates_100k"] = measure(APP_CHILD, str(large))
    floor, k1, k100 = (results[k]["seconds"] for k in ("floor", "candidates_1k", "candidates_100k"))
    results["ratio_100k_to_1k"] = round(k100 / k1, 2)
    results["ratio_100k_to_floor"] = round(k100 / floor, 2)
    results["memory_ratio_100k_to_1k"] = round(results["candidates_100k"]["peak_mb"] /
                                               results["candidates_1k"]["peak_mb"], 2)
    # How much sooner the first page shows than a bare window could after the full core start-up
    # (SQLAlchemy, quick_check, migrations): what the read-only preview buys.
    results["preview_gain_1k"] = round(results["floor_plus_core_open_1k"]["seconds"] - k1, 3)
    results["preview_gain_100k"] = round(results["floor_plus_core_open_100k"]["seconds"] - k100, 3)
    results["want"] = {"ratio_100k_to_1k": 1.3, "ratio_100k_to_floor": 2.0, "memory_ratio_100k_to_1k": 1.3}
    results["ready_ratio_100k_to_1k"] = round(results["candidates_100k"]["ready_seconds"] /
                                              results["candidates_1k"]["ready_seconds"], 2)
    for key in ("floor", "floor_plus_core_open_1k", "floor_plus_core_open_100k", "candidates_1k",
                "candidates_100k"):
        item = results[key]
        ready = f", fully ready at {item['ready_seconds']:.3f} s" if key.startswith("candidates") else ""
        print(f"{key:>26}: {item['seconds']:.3f} s to first page{ready}, peak {item['peak_mb']:.0f} MB, "
              f"{item['rows_fetched']} rows read")
    print(f"100k / 1k: {results['ratio_100k_to_1k']}x (want <= 1.3)   100k / floor: "
          f"{results['ratio_100k_to_floor']}x (want <= 2)   memory 100k / 1k: {results['memory_ratio_100k_to_1k']}x "
          "(want <= 1.3)")
    print(f"the preview shows the first page {results['preview_gain_1k']} s (1k) and {results['preview_gain_100k']} s "
          f"(100k) before a bare window could after the core start-up; fully ready 100k / 1k: "
          f"{results['ready_ratio_100k_to_1k']}x")
    finish(results)


if __name__ == "__main__":
    main()
