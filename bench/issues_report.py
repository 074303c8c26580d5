"""The import report's issues workbook (`--errors OUT.xlsx`, "Save the issues as Excel…") for N issues.

    python bench/issues_report.py [N ...]      (default: 2000 8000 36000)

Against a floor run in the same process: openpyxl writing the same rows, cells and column widths with
nothing of ours (no sanitising, no translated reasons, no atomic write). A big import's report (36,000
lines: warnings and possible duplicates of a 20,000-row file) once took ten minutes: openpyxl's max_row,
asked once per line, walks every cell written so far. The ratio must stay flat as N grows.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import finish  # noqa: E402

from crm.importing.report import ImportReport, Issue, write_errors_xlsx  # noqa: E402


def report_of(count: int) -> ImportReport:
    report = ImportReport(kind="candidates", filename="seguimiento.xlsx")
    report.warnings = [Issue(row, "Salario", "55k € + bonus", "a salary with a remark; kept in the notes")
                       for row in range(2, count * 2 // 3 + 2)]
    report.possible_duplicates = [{"row": row, "reason": "a similar name in the same city as another row",
                                   "name": "Ana Ruiz", "other_row": 3} for row in range(2, count // 3 + 2)]
    return report


def floor(report: ImportReport, path: Path) -> float:
    import openpyxl

    start = time.perf_counter()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kind", "Row", "Column", "Value", "Reason"])
    for issue in report.warnings:
        sheet.append(["Warning", issue.row, issue.column, issue.value, issue.reason])
    for item in report.possible_duplicates:
        sheet.append(["Possible duplicate", item["row"], None, item["name"], item["reason"]])
    book.save(path)
    return time.perf_counter() - start


def ours(report: ImportReport, path: Path) -> float:
    start = time.perf_counter()
    write_errors_xlsx(report, path)
    return time.perf_counter() - start


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [2000, 8000, 36000]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for count in counts:
            report = report_of(count)
            base, mine = [], []
            for _ in range(3):  # alternating, each one's best run
                base.append(floor(report, Path(folder) / "floor.xlsx"))
                mine.append(ours(report, Path(folder) / "ours.xlsx"))
            ratio = min(mine) / min(base)
            print(f"{count:>7,} issues: floor {min(base):6.2f} s, ours {min(mine):6.2f} s, ratio {ratio:.2f}x")
            results[str(count)] = {"floor_s": round(min(base), 2), "ours_s": round(min(mine), 2),
                                   "ratio": round(ratio, 2)}
    finish(results)


if __name__ == "__main__":
    main()
