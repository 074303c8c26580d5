"""Read and normalise a workbook in a child process that streams parsed batches to the importer.

Why: the import is CPU-bound Python, and reading plus normalising is about as much work as inserting
and indexing. In a child process (a second core) the two overlap: a 100,000-row workbook imports in
about half the time. The child is also a firewall: python-calamine aborts its whole process on some
malformed files; here that ends the child, and the import reports an unreadable file.

The child is a plain `python -m crm.importing.reader_child` subprocess (spawn-safe: nothing is forked
from a Qt process, and the app's main module is not re-imported) that loads only the pure rule modules,
not SQLAlchemy. It speaks pickle (both ends are this program) over its stdin/stdout, one message at a time:
  parent -> child: (path, sheet); later ("parse", targets, day_first) or ("stop",)
  child -> parent: ("located", Located) or ("unreadable", message); then ("batch", rows, rejected, read)...
                   and ("done", timings); or ("failed", traceback) on an unexpected error.
The pipe holds about one batch, so the child never runs far ahead: memory stays one batch deep.
Inside the child a second thread cuts and parses the sheet's slices (xlsx_slices), and the child runs
at a lower priority than the importer, whose inserting is the critical path.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from crm.importing import xlsx_slices
from crm.importing.candidate_rows import CandidateRow
from crm.importing.row_source import CHUNK_ROWS, FIRST_CHUNK_ROWS, Batch, InlineRows, Located
from crm.importing.safety import FAR_CELL_UNPLACED, UnreadableFile

_CRM_ROOT = Path(__file__).resolve().parents[2]  # the folder holding the `crm` package
_PIPE_BYTES = 1 << 20  # Linux's default ceiling for an unprivileged pipe (/proc/sys/fs/pipe-max-size)
CHILD_SLICE_BYTES = 4 << 20  # of sheet XML per slice in the reader process


class ReaderFailed(RuntimeError):
    """The reader process hit an unexpected error (a bug, not a bad file); the message has its traceback."""


def _send(pipe: BinaryIO, message: tuple) -> None:
    # Pickled whole first: written in one go, the reader never waits for the pickling half-way.
    pipe.write(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
    pipe.flush()


def _widen(pipe: BinaryIO) -> None:
    """Let a whole batch (~0.7 MB pickled) sit in the pipe, so the child parses the next one meanwhile.
    Linux only (F_SETPIPE_SZ); elsewhere the pipe keeps its size and the child just waits sooner."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass


def _peak_mb() -> float | None:
    """This process's own peak resident memory (Linux), for the benchmark. Not ru_maxrss: a spawned
    process's ru_maxrss starts at its parent's size at the time of the spawn."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# ---- the child ------------------------------------------------------------------------------------
def _yield_cpu() -> None:
    """Run below the importer's priority: its inserting is the critical path, and on two cores this
    process's threads would otherwise take turns with it."""
    try:
        os.nice(5)
    except (AttributeError, OSError):  # Windows has no nice(); a refused nice changes nothing
        pass


def serve() -> None:
    """The child's main loop (see the module docstring for the conversation)."""
    _yield_cpu()
    # The sheet's slices are cut and parsed in a second thread (xlsx_slices), which needs the GIL for
    # short moments between the parser's long ones: hand it over sooner than every 5 ms, and cut larger
    # slices (fewer hand-overs; memory matters less here than in the app's own process).
    sys.setswitchinterval(0.001)
    xlsx_slices.SLICE_BYTES = CHILD_SLICE_BYTES
    out = os.fdopen(os.dup(1), "wb")  # the pipe to the parent; stray prints go to stderr from here on
    os.dup2(2, 1)
    _widen(out)
    requests = sys.stdin.buffer
    try:
        path, sheet = pickle.load(requests)
        try:
            source = InlineRows(Path(path), sheet)
        except UnreadableFile as exc:
            _send(out, ("unreadable", str(exc)))
            return
        _send(out, ("located", source.located))
        located_read = source.timings["read"]  # the parent counts the time up to here itself
        request = pickle.load(requests)
        if request[0] != "parse":
            return
        for batch in source.batches(request[1], request[2], CHUNK_ROWS, FIRST_CHUNK_ROWS, fill_merged=request[3]):
            rows = [(r.row, r.values, r.skills, r.warnings, None, r.also) for r in batch.rows]
            _send(out, ("batch", rows, batch.rejected, batch.read, batch.warnings))
        _send(out, ("done", {"read": source.timings["read"] - located_read,
                             "normalise": source.timings["normalise"], "reader_peak_mb": _peak_mb()}))
    except (BrokenPipeError, EOFError):
        return  # the parent stopped listening (cancelled, or failed on its side)
    except UnreadableFile as exc:  # damaged further down than its first rows: said as the parent would
        _send(out, ("unreadable", str(exc)))
    except Exception:
        _send(out, ("failed", traceback.format_exc()))


# ---- the parent's handle --------------------------------------------------------------------------
class ChildRows:
    """The same interface as InlineRows, with the reading and normalising done by a child process."""

    def __init__(self, path: Path, sheet: str | None):
        started = time.perf_counter()
        self._path = path
        self._stderr = tempfile.TemporaryFile()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(_CRM_ROOT), os.environ.get("PYTHONPATH")) if p)}
        self._process = subprocess.Popen([sys.executable, "-m", "crm.importing.reader_child"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=self._stderr, env=env,
                                         cwd=_CRM_ROOT)  # `-m` looks in the working folder first: ours, not the user's
        try:
            self._request((str(Path(path).resolve()), sheet))  # the child works in another folder
            kind, payload = self._receive()
        except BaseException:
            self.close()
            raise
        if kind != "located":
            self.close()
            raise UnreadableFile(payload)
        self.located: Located = payload
        self.timings = {"read": time.perf_counter() - started, "normalise": 0.0, "wait": 0.0}

    def batches(self, targets: list[str], day_first: bool, fill_merged: bool = False) -> Iterator[Batch]:
        self._request(("parse", list(targets), day_first, fill_merged))  # the child starts parsing now, not when first asked
        return self._received()

    def _received(self) -> Iterator[Batch]:
        while True:
            waited = time.perf_counter()
            message = self._receive()
            self.timings["wait"] += time.perf_counter() - waited
            if message[0] == "done":
                # The child's own seconds: they overlapped with the parent's inserting.
                self.timings["read"] += message[1]["read"]
                self.timings["normalise"] += message[1]["normalise"]
                if message[1]["reader_peak_mb"] is not None:
                    self.timings["reader_peak_mb"] = message[1]["reader_peak_mb"]
                return
            _, rows, rejected, read, warnings = message
            yield Batch([CandidateRow(*row) for row in rows], rejected, read, warnings)

    def close(self) -> None:
        """Stop the child if it is still working (cancel, error) and release its pipes."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            if pipe is not None:
                pipe.close()
        self._stderr.close()

    def _request(self, message: tuple) -> None:
        try:
            _send(self._process.stdin, message)
        except OSError:  # the child ended (a closed pipe): say why
            message = self._receive()
            raise ReaderFailed(f"the reader process of {self._path.name} stopped listening after {message[0]!r}") from None

    def _receive(self) -> tuple[Any, ...]:
        try:
            message = pickle.load(self._process.stdout)
        except (EOFError, pickle.UnpicklingError, OSError):
            self._process.wait()
            self._stderr.seek(0)
            detail = self._stderr.read()[-4000:].decode("utf-8", "replace").strip().splitlines()
            if any(line.startswith("memory allocation of") for line in detail):  # calamine gave up on a cell far out
                raise UnreadableFile(f"{self._path.name}: {FAR_CELL_UNPLACED}") from None
            raise UnreadableFile(f"{self._path.name}: the file could not be read (the reader stopped"
                                 + (f": {detail[-1]}" if detail else f", exit code {self._process.returncode}")
                                 + ")") from None
        if message[0] == "unreadable":
            raise UnreadableFile(message[1])
        if message[0] == "failed":
            raise ReaderFailed(f"reading {self._path.name} failed in the reader process:\n{message[1]}")
        return message
