"""The same candidate file imported twice into one database: the second import creates nothing and changes
nothing, and should cost about what the first did, not more (it once took 2.5-7x as long: three queries a row).

    python bench/import_again.py [N ...]      (default: 10000 100000)

The file is bench/import.py's (20 columns, cached in the temp folder). Each size: a fresh database, the
first import, then the same file again; the ratio is again / first, in the same process.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

from common import finish, fresh_db_path

from crm.importing.importer import import_candidates
from crm.persistence.store import open_store

_spec = importlib.util.spec_from_file_location("import_bench", Path(__file__).with_name("import.py"))
import_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(import_bench)


def measure(count: int) -> dict:
    path = import_bench.make_file(count)
    store = open_store(str(fresh_db_path(f"again-{count}")))
    started = time.perf_counter()
    first = import_candidates(store, path)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    again = import_candidates(store, path)
    again_s = time.perf_counter() - started
    store.close()
    assert again.created == 0 and again.updated == 0, (again.created, again.updated)
    result = {"rows": count, "first_s": round(first_s, 2), "again_s": round(again_s, 2),
              "ratio": round(again_s / first_s, 2), "created_first": first.created, "skipped_again": again.skipped}
    print(f"{count:>7} rows: first import {result['first_s']} s, the same file again {result['again_s']} s "
          f"-> ratio {result['ratio']}", flush=True)
    return result


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [10_000, 100_000]
    finish({"benchmark": "import_again", "runs": [measure(count) for count in counts]})


if __name__ == "__main__":
    main()
