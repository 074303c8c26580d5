"""Shared helpers for the benchmarks: realistic data, fresh databases, timing, peak memory."""

from __future__ import annotations

import atexit
import inspect
import json
import resource
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crm.demo.generator import DemoCandidate, DemoGenerator  # noqa: E402


def realistic_candidates(count: int, seed: int = 2026) -> list[DemoCandidate]:
    """The same generator `crm demo` uses: Spanish names, stacks, salaries, notice periods."""
    return list(DemoGenerator(seed).candidates(count))


def fresh_db_path(name: str) -> Path:
    """A database path in a new temporary folder, removed (with its backups) when the benchmark ends:
    a 100,000-row import leaves ~250 MB behind."""
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder / f"{name}.db"


@contextmanager
def timer(results: dict, key: str):
    start = time.perf_counter()
    yield
    results[key] = round(time.perf_counter() - start, 3)


def rss_mb(field: str) -> float:
    """This process's own memory from /proc/self/status (VmHWM: peak, VmRSS: now), in MB; 0 without /proc.
    Not ru_maxrss: a spawned process's ru_maxrss starts at its parent's size at the spawn."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def reset_peak() -> None:
    """Reset VmHWM, so the peak measured is the work's, not start-up's."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        pass  # the peak then includes start-up: an overestimate, never an underestimate


# The same two functions as source, for the benchmarks' bare child processes (which import nothing of ours).
PROC_MEMORY = "\n".join(inspect.getsource(function) for function in (rss_mb, reset_peak)) + "\n"


def peak_rss_mb() -> float:
    """This process's own peak memory in MB (VmHWM; ru_maxrss where /proc is missing)."""
    return round(rss_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def finish(results: dict) -> None:
    """Benchmarks end with one JSON object on the last line."""
    print(json.dumps(results))
