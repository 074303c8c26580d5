"""Candidate list export of N candidates: ours (openpyxl write-only, sanitised) vs xlsxwriter constant_memory.

    python bench/export.py [N ...]      (default: 10000 100000)

For each N the database is built with bulk_insert from the demo generator; then fresh subprocesses
time, three times each, alternating, keeping each writer's best run:
(a) the floor: the same rows read by the same paged query, the same cells written by xlsxwriter in
    constant_memory mode (no sanitising);
(b) ours: export_candidate_list with every column (sanitised cells, atomic write, fsync).
Memory per run: the process peak (set by start-up: imports, opening the database) and the resident
memory sampled while rows are written, the figure that must not grow with the row count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import finish, fresh_db_path, peak_rss_mb

ROOT = Path(__file__).resolve().parent.parent
_PAGE = os.sysconf("SC_PAGE_SIZE")
REPEATS = 3
_rss_samples: list[float] = []


def sample_rss() -> None:
    """Resident memory now (the process-wide peak is set by start-up, so sample during the writing)."""
    with open("/proc/self/statm") as statm:
        _rss_samples.append(int(statm.read().split()[1]) * _PAGE / 2**20)  # MiB, like peak_rss_mb


def build_db(count: int) -> Path:
    from crm.demo.generator import DemoGenerator
    from crm.persistence.store import open_store
    from crm.services.candidates import CandidateService

    path = fresh_db_path(f"export-{count}")
    store = open_store(str(path))
    service = CandidateService(store)
    people = DemoGenerator(2026).candidates(count)
    done = 0
    while done < count:
        batch = [next(people) for _ in range(min(10_000, count - done))]
        service.bulk_insert([p.row for p in batch], [p.skills for p in batch])
        done += len(batch)
    store.close()
    return path


def run_floor(db: Path, out: Path) -> float:
    import xlsxwriter

    from crm.exporting.candidate_list import COLUMNS, iter_rows
    from crm.persistence.store import open_store

    store = open_store(str(db))
    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(out), {"constant_memory": True, "strings_to_urls": False,
                                              "strings_to_formulas": False, "remove_timezone": True})
    ws = workbook.add_worksheet("Candidates")
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, [c.label for c in COLUMNS])
    for r, row in enumerate(iter_rows(store, COLUMNS, None), start=1):
        if r % 1000 == 0:
            sample_rss()
        for c, column in enumerate(COLUMNS):
            value = row[column.key]
            if value is None:
                continue
            if column.kind in ("date", "datetime"):
                ws.write_datetime(r, c, value.replace(tzinfo=None) if hasattr(value, "tzinfo") else value, date_format)
            elif isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write_number(r, c, value)
    workbook.close()
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def run_ours(db: Path, out: Path) -> float:
    from crm.exporting.candidate_list import export_candidate_list
    from crm.persistence.store import open_store

    store = open_store(str(db))
    start = time.perf_counter()
    result = export_candidate_list(store, out, columns="all", progress=lambda done, total, message: sample_rss())
    elapsed = time.perf_counter() - start
    assert result.rows > 0
    store.close()
    return elapsed


def child(mode: str, db: str, count: int) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    sys.path.insert(0, str(ROOT))
    out = Path(db).with_name(f"{mode}-{count}.xlsx")
    seconds = run_floor(Path(db), out) if mode == "floor" else run_ours(Path(db), out)
    print(json.dumps({"mode": mode, "seconds": round(seconds, 2), "peak_mb": peak_rss_mb(),
                      "writing_rss_mb": round(max(_rss_samples), 1),
                      "file_mb": round(out.stat().st_size / 1e6, 1)}))


def measure(mode: str, db: Path, count: int) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", mode, str(db), str(count)], check=True,
                            capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    counts = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    results: dict = {"benchmark": "export_candidate_list"}
    for count in counts:
        db = build_db(count)
        # Alternate the two writers and keep each one's best run: other work on the machine adds noise.
        floors, ourses = [], []
        for _ in range(REPEATS):
            floors.append(measure("floor", db, count))
            ourses.append(measure("ours", db, count))
        floor = min(floors, key=lambda m: m["seconds"])
        ours = min(ourses, key=lambda m: m["seconds"])
        ratio = round(ours["seconds"] / floor["seconds"], 2)
        print(f"{count:>7,} candidates, all columns: floor (xlsxwriter constant_memory) "
              f"{floor['seconds']:.2f} s, {floor['writing_rss_mb']} MB while writing; ours {ours['seconds']:.2f} s, "
              f"{ours['writing_rss_mb']} MB while writing (process peak {ours['peak_mb']} MB); ratio {ratio}x")
        results[f"floor_s_{count}"] = floor["seconds"]
        results[f"ours_s_{count}"] = ours["seconds"]
        results[f"ratio_{count}"] = ratio
        results[f"floor_peak_mb_{count}"] = floor["peak_mb"]
        results[f"ours_peak_mb_{count}"] = ours["peak_mb"]
        results[f"floor_writing_rss_mb_{count}"] = floor["writing_rss_mb"]
        results[f"ours_writing_rss_mb_{count}"] = ours["writing_rss_mb"]
    if len(counts) > 1:
        small, large = counts[0], counts[-1]
        results["ours_peak_growth_mb"] = round(results[f"ours_peak_mb_{large}"] - results[f"ours_peak_mb_{small}"], 1)
        results["ours_writing_rss_growth_mb"] = round(
            results[f"ours_writing_rss_mb_{large}"] - results[f"ours_writing_rss_mb_{small}"], 1)
    finish(results)


if __name__ == "__main__":
    main()
