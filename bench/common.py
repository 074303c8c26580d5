"""Shared helpers for the benchmarks: realistic data, fresh databases, timing, peak memory."""

from __future__ import annotations

import json
import resource
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
    folder = Path(tempfile.mkdtemp(prefix="crm-bench-"))
    return folder / f"{name}.db"


@contextmanager
def timer(results: dict, key: str):
    start = time.perf_counter()
    yield
    results[key] = round(time.perf_counter() - start, 3)


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def finish(results: dict) -> None:
    """Benchmarks end with one JSON object on the last line."""
    print(json.dumps(results))
