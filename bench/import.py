"""A 20-column candidate xlsx through the whole import vs python-calamine merely reading it (the floor).

    python bench/import.py [N ...] [--repeat K]      (default: 10000 100000, K = 3)

Machines running other work skew wall-clock times, so CPU seconds (user + system) are reported
too; for the import they include its reader child process. The floor process is bare (Python +
python-calamine only), the import process loads the app. The file is generated once per N with the
demo generator and xlsxwriter (cached in the temp folder). The import goes all the way: parse,
normalise, dedupe, insert, index, commit; the rows are searchable when it returns (checked).

Each size runs K imports in fresh processes, each between two floor runs on the same file (floor,
import, floor, ..., K + 1 floors), and reports medians: this machine's speed drifts by 20-40% from
minute to minute, and an import is compared with the mean of the floors just before and after it.

Split (of the median pair): read, normalise, insert, index, commit seconds. Big sheets are read in
slices a background thread cuts and calamine parses (crm/importing/xlsx_slices.py), so rows flow from
the first ~200 on. A file from 2 MB is read and normalised in a child process
(crm/importing/reader_process.py) while the importer inserts: then read and normalise are the child's
own seconds, overlapping insert and index, and "wait" is the importer's time waiting for, and
unpacking, the child's batches. "index" is building the search documents and inserting them.

Memory, measured two ways (each measurement runs in a fresh subprocess), from VmHWM in
/proc/self/status: ru_maxrss of a spawned process starts at its parent's size at the spawn (this
script's ~45 MB, which used to be reported as the 10,000-row floor):
- raw: peak resident memory of the whole process(es): the floor process; the import process plus
  its reader child's own peak (a sum of peaks: an upper bound of what they held at once). The import
  process carries the app (SQLAlchemy, models, ~60-75 MB) that the floor does not, so at 10,000
  rows this compares mostly that.
- for the file: peak minus the resident memory just before reading the file (after the imports and
  opening the database), with the peak reset at that point (/proc/self/clear_refs); the reader child
  counts whole, start-up included. This is what reading *the file* costs each side.
Want: time ratio <= 4 and memory for the file <= 1.5x the floor's (the raw ratio is printed too).
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PROC_MEMORY, finish, fresh_db_path, peak_rss_mb, realistic_candidates

HEADERS = ["Nombre", "Apellidos", "Email", "Teléfono", "Ciudad", "País", "Puesto actual", "Empresa actual",
           "Tecnologías", "Años exp.", "Seniority", "Inglés", "Salario actual", "Salario deseado", "Preaviso",
           "LinkedIn", "GitHub", "Fuente", "Fecha alta", "Observaciones"]
ROOT = Path(__file__).resolve().parent.parent


def make_file(count: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"crm-bench-import-{count}.xlsx"
    if path.exists():
        return path
    import xlsxwriter

    people = realistic_candidates(count)
    rng = random.Random(7)
    temp = path.with_suffix(".tmp.xlsx")
    book = xlsxwriter.Workbook(str(temp), {"constant_memory": True, "strings_to_urls": False,
                                           "strings_to_formulas": False, "strings_to_numbers": False})
    sheet = book.add_worksheet("Candidatos")
    sheet.write_row(0, 0, HEADERS)
    for index, person in enumerate(people, start=1):
        r = person.row
        salary = r["expected_salary"]
        written_salary = rng.choice((salary, f"{salary:,} €".replace(",", "."), f"{salary // 1000}k",
                                     f"{salary // 1000 - 5}-{salary // 1000}k"))
        notice = {0: "inmediata", 15: "15 días", 30: "1 mes", 60: "2 meses", 90: "3 months"}[r["notice_days"]]
        sep = rng.choice((", ", "; ", " / ", " - "))
        sheet.write_row(index, 0, [
            r["first_name"], r["last_name"], r["email"].upper() if index % 7 == 0 else r["email"],
            f"{r['phone'][3:6]} {r['phone'][6:9]} {r['phone'][9:]}", r["city"], "España", r["current_title"],
            r["current_company"], sep.join(name for name, _y in person.skills),
            f"{r['years_experience']:g} años".replace(".", ","), r["seniority"], r["english_level"],
            r["current_salary"], written_salary, notice, r["linkedin_url"], r["github_url"] or "", r["source"],
            r["created_at"].strftime("%d/%m/%Y"), r["notes"] or ""])
    book.close()
    temp.replace(path)
    return path


_FLOOR = PROC_MEMORY + """
import resource, sys, time
from python_calamine import CalamineWorkbook
start_up_peak, baseline = rss_mb("VmHWM"), rss_mb("VmRSS")
reset_peak()
start = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
sheet = book.get_sheet_by_name(book.sheet_names[0])
cells = 0
for row in sheet.iter_rows():
    cells += len(row)
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print({"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": round(max(start_up_peak, rss_mb("VmHWM")), 1),
       "for_file_mb": round(rss_mb("VmHWM") - baseline, 1), "cells": cells})
"""

_OURS = PROC_MEMORY + """
import resource, sys, time
sys.path.insert(0, "bench")
from sqlalchemy import text
from crm.persistence import search_index
from crm.persistence.store import open_store
import crm.services.candidates as candidates_module
from crm.importing.importer import import_candidates

index_seconds = [0.0]
original = search_index.add_new
def timed_add_new(connection, documents):
    start = time.perf_counter()
    original(connection, documents)  # building the documents counts as indexing too
    index_seconds[0] += time.perf_counter() - start
candidates_module.search_index.add_new = timed_add_new

store = open_store(sys.argv[2])
def cpu_seconds():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
cpu_before = cpu_seconds()
start_up_peak, baseline = rss_mb("VmHWM"), rss_mb("VmRSS")
reset_peak()
start = time.perf_counter()
report = import_candidates(store, sys.argv[1])
elapsed = time.perf_counter() - start
cpu = cpu_seconds() - cpu_before
peak = rss_mb("VmHWM")
child_mb = report.timings.get("reader_peak_mb", 0.0)  # the reader process's own peak, if one ran
with store.engine.connect() as connection:
    searchable = connection.execute(text("SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH 'python'")).scalar()
    total = connection.execute(text("SELECT count(*) FROM candidate")).scalar()
t = report.timings
print({"seconds": elapsed, "cpu": cpu, "rss_mb": round(max(start_up_peak, peak) + child_mb, 1), "child_rss_mb": round(child_mb, 1),
       "for_file_mb": round(peak - baseline + child_mb, 1), "created": report.created, "rejected": len(report.rejected),
       "warnings": len(report.warnings), "in_db": total, "searchable_python": searchable,
       "read": t["read"], "normalise": t["normalise"], "index": index_seconds[0],
       "insert": t["store"] - index_seconds[0], "commit": t["commit"], "wait": t.get("wait", 0.0)})
"""  # noqa: S608 - our own benchmark script, no user text


def _run(code: str, *args: str) -> dict:
    output = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True,
                            check=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    return eval(output.strip().splitlines()[-1])  # our own subprocess's dict literal


def _median(values: list[float]) -> float:
    return statistics.median(values)


def measure(count: int, repeat: int) -> dict:
    """`repeat` imports in fresh processes, each between two floor runs on the same file (floor, import,
    floor, import, ..., floor): an import's ratio is to the mean of the floors just before and after it.
    This machine's speed drifts by 20-40% from minute to minute; bracketing each import by its own
    floors follows the drift better than a floor run before it only. The figures are the medians."""
    started = time.perf_counter()
    path = make_file(count)
    generated = time.perf_counter() - started
    runs, floor_runs = [], [_run(_FLOOR, str(path))]
    for _ in range(repeat):
        ours = _run(_OURS, str(path), str(fresh_db_path(f"import-{count}")))
        # Random demo phones can collide; such rows are (rightly) merged as one person.
        assert ours["in_db"] == ours["created"] >= count - ours["warnings"] and ours["searchable_python"] > 0
        runs.append(ours)
        floor_runs.append(_run(_FLOOR, str(path)))
    # Each import with its bracketing floors, averaged: what the pair ratios below compare it with.
    floors = [{key: (before[key] + after[key]) / 2 for key in ("seconds", "cpu", "rss_mb", "for_file_mb")}
              for before, after in zip(floor_runs, floor_runs[1:], strict=False)]
    pairs = list(zip(floors, runs, strict=True))
    ratios = [o["seconds"] / f["seconds"] for f, o in pairs]
    pick = sorted(range(repeat), key=lambda i: ratios[i])[repeat // 2]  # the median pair, for the split
    floor, ours = pairs[pick]
    result = {
        "rows": count, "file_mb": round(path.stat().st_size / 2**20, 1), "generate_s": round(generated, 1),
        "repeat": repeat,
        "floor_s": round(_median([f["seconds"] for f in floors]), 2), "floor_rss_mb": floor["rss_mb"],
        "import_s": round(_median([o["seconds"] for o in runs]), 2), "import_rss_mb": ours["rss_mb"],
        "ratio": round(_median(ratios), 2), "ratios": [round(r, 2) for r in ratios],
        "floor_cpu_s": round(_median([f["cpu"] for f in floors]), 2),
        "import_cpu_s": round(_median([o["cpu"] for o in runs]), 2),
        "cpu_ratio": round(_median([o["cpu"] / f["cpu"] for f, o in pairs]), 2),
        "memory_ratio": round(_median([o["for_file_mb"] / f["for_file_mb"] for f, o in pairs]), 2),
        "raw_memory_ratio": round(_median([o["rss_mb"] / f["rss_mb"] for f, o in pairs]), 2),
        "floor_for_file_mb": floor["for_file_mb"], "import_for_file_mb": ours["for_file_mb"],
        "import_child_rss_mb": ours["child_rss_mb"],
        "split_s": {k: round(ours[k], 2) for k in ("read", "normalise", "insert", "index", "commit", "wait")},
        "created": ours["created"], "warnings": ours["warnings"],
    }
    print(f"{count:>7} rows, median of {repeat}: floor {result['floor_s']} s / {result['floor_rss_mb']} MB "
          f"({result['floor_for_file_mb']} MB for the file); import {result['import_s']} s / {result['import_rss_mb']} MB "
          f"incl. reader child {result['import_child_rss_mb']} MB ({result['import_for_file_mb']} MB for the file) -> "
          f"ratio {result['ratio']} {result['ratios']} (cpu {result['cpu_ratio']}; want <= 4), memory for the file "
          f"x{result['memory_ratio']} (want <= 1.5; raw x{result['raw_memory_ratio']}); split {result['split_s']}",
          flush=True)
    return result


def main() -> None:
    arguments = sys.argv[1:]
    repeat = 3
    if "--repeat" in arguments:
        at = arguments.index("--repeat")
        repeat = int(arguments[at + 1])
        del arguments[at:at + 2]
    counts = [int(arg) for arg in arguments] or [10_000, 100_000]
    results = {"benchmark": "import", "runs": [measure(count, repeat) for count in counts], "bench_rss_mb": peak_rss_mb()}
    results["ok"] = all(r["ratio"] <= 4 and r["memory_ratio"] <= 1.5 for r in results["runs"])
    finish(results)


if __name__ == "__main__":
    main()
