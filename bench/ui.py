"""Start-up to the first page of the candidates view, offscreen, each run in a fresh process.

Compares a database of 1,000 and of 100,000 candidates with the floor: a bare PySide6 window
showing a 100-row table. Also reports each child's peak memory (ru_maxrss). Last line: JSON.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import finish, fresh_db_path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

APP_CHILD = r"""
import resource, sys
from PySide6.QtCore import QTimer
from ui.app import create_application
from ui.context import AppContext
from ui.safety.startup_guard import StartupGuard
app = create_application()
guard = StartupGuard(sys.argv[1])  # the real start-up: lock, damage check, migrations, start-up backup
services = guard.open()
from ui.main_window import MainWindow
from ui.wiring import FeatureWiring
context = AppContext.create(services, app)
window = MainWindow(context)
wiring = FeatureWiring(window, context)  # every page of the real app
window.show()
model = window.candidates.model
def check():
    if model.rows_fetched and window.candidates.table.isVisible():
        print("READY", model.rowCount(), model.rows_fetched,
              resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()
    else:
        QTimer.singleShot(1, check)
QTimer.singleShot(0, check)
app.exec()
"""

FLOOR_CHILD = r"""
import resource, sys
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
class FirstPaint(QObject):  # READY once the table has really painted, as in the app children
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False
def done():
    print("READY", 100, 100, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
watcher = FirstPaint()
view.viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def run_child(code: str, *args: str) -> tuple[float, float, int]:
    """Seconds from spawning the process to READY, peak RSS in MB, rows materialised."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               CRM_DATA_DIR=str(fresh_db_path("ui-settings").parent))
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env, cwd=str(ROOT))
    for line in process.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - start
            _, _rows, fetched, rss = line.split()
            process.wait(timeout=60)
            return elapsed, int(rss) / 1024, int(fetched)
    raise RuntimeError(process.stderr.read()[-3000:])


def measure(code: str, *args: str) -> dict:
    runs = [run_child(code, *args) for _ in range(RUNS)]
    return {"seconds": round(statistics.median(r[0] for r in runs), 3),
            "peak_mb": round(max(r[1] for r in runs), 1), "rows_fetched": runs[0][2]}


def build(count: int) -> Path:
    from crm.persistence.store import open_store
    from crm.services.demo import load_demo

    path = fresh_db_path(f"ui-{count}")
    store = open_store(str(path))
    load_demo(store, count)
    store.close()
    return path


def main() -> None:
    print("building databases (not timed)...", flush=True)
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
    # What the candidates view itself adds on top of the core start-up (imports, quick_check, migrations).
    results["view_cost_1k"] = round(k1 - results["floor_plus_core_open_1k"]["seconds"], 3)
    results["view_cost_100k"] = round(k100 - results["floor_plus_core_open_100k"]["seconds"], 3)
    results["want"] = {"ratio_100k_to_1k": 1.3, "ratio_100k_to_floor": 2.0, "memory_ratio_100k_to_1k": 1.3}
    for key in ("floor", "floor_plus_core_open_1k", "floor_plus_core_open_100k", "candidates_1k",
                "candidates_100k"):
        item = results[key]
        print(f"{key:>26}: {item['seconds']:.3f} s to first page, peak {item['peak_mb']:.0f} MB, "
              f"{item['rows_fetched']} rows read")
    print(f"100k / 1k: {results['ratio_100k_to_1k']}x (want <= 1.3)   100k / floor: "
          f"{results['ratio_100k_to_floor']}x (want <= 2)   memory 100k / 1k: {results['memory_ratio_100k_to_1k']}x "
          "(want <= 1.3)")
    print(f"the view on top of the core start-up: {results['view_cost_1k']} s at 1k, "
          f"{results['view_cost_100k']} s at 100k")
    finish(results)


if __name__ == "__main__":
    main()
