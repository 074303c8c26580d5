"""Large workbooks are read and normalised in a child process: same result, same safety, nothing left running."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from import_fixtures import (
    SPANISH_ROWS,
    cp1252_semicolon_csv,
    large_candidates_xlsx,
    messy_spanish_xlsx,
    with_sheet_xml,
)
from sqlalchemy import text

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.safety import UnreadableFile
from crm.persistence.store import open_store
from crm.services.progress import Cancelled, CancelToken

# Every column but the two timestamps an import sets to "now".
_COLUMNS = ("id, first_name, last_name, email, phone, city, country, current_title, current_company, years_experience, "
            "current_salary, expected_salary, expected_salary_max, notice_days, available_from, linkedin_url, "
            "github_url, source, notes, status")


def _children() -> set[int]:
    found: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            found.update(int(pid) for pid in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):  # a thread of an earlier test ended meanwhile
            continue
    return found


def _contents(store) -> dict:
    with store.engine.connect() as connection:
        return {
            "candidates": connection.execute(text(f"SELECT {_COLUMNS} FROM candidate ORDER BY id")).all(),  # noqa: S608
            "skills": connection.execute(text(
                "SELECT cs.candidate_id, s.key, cs.years FROM candidate_skill cs JOIN skill s ON s.id = cs.skill_id "
                "ORDER BY 1, 2")).all(),
            "found_by_search": connection.execute(text(
                "SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH 'nunez OR python' ORDER BY rowid")).all(),
        }


def _report(report) -> dict:
    data = report.to_json()
    data.pop("batch_id")
    return data


def test_the_reader_process_imports_exactly_what_reading_here_does(tmp_path, store):
    # Accents, duplicates inside the file, unreadable values, a row that identifies nobody, a footer.
    rows = SPANISH_ROWS + [[*row[:2], f"extra{i}@example.com", *row[3:]] for i, row in enumerate(SPANISH_ROWS)]
    path = messy_spanish_xlsx(tmp_path / "list.xlsx", rows=rows)
    other = open_store(str(tmp_path / "other.db"))
    try:
        here = import_candidates(store, path, ImportOptions(reader="inline"))
        child = import_candidates(other, path, ImportOptions(reader="process"))
        assert _report(child) == _report(here)
        assert here.created > 5 and here.merged and here.rejected and here.warnings  # the file exercised it all
        assert _contents(other) == _contents(store)
    finally:
        other.close()
    assert not _children()


def test_a_spanish_excel_csv_read_by_the_reader_process_gives_the_same_import(tmp_path, store):
    path = cp1252_semicolon_csv(tmp_path / "export.csv")
    other = open_store(str(tmp_path / "other.db"))
    try:
        here = import_candidates(store, path, ImportOptions(reader="inline"))
        child = import_candidates(other, path, ImportOptions(reader="process"))
        assert _report(child) == _report(here)
        assert "Windows-1252" in here.warnings[0].reason  # the file-level warning came through too
        assert _contents(other) == _contents(store)
    finally:
        other.close()


def test_a_reader_process_that_dies_means_an_unreadable_file_and_nothing_written(tmp_path, store):
    path = large_candidates_xlsx(tmp_path / "big.xlsx", 8000)

    def progress(done, total, message):
        if done > 0:  # after the first batch, with most of the file still to send (more than the pipe holds):
            # kill the child as a crash in the reader library would
            for pid in _children():
                os.kill(pid, signal.SIGKILL)

    with pytest.raises(UnreadableFile, match="big.xlsx: the file could not be read"):
        import_candidates(store, path, ImportOptions(reader="process"), progress=progress)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM candidate")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM import_batch")).scalar() == 0
    assert not _children()


def test_cancel_stops_the_reader_process_and_rolls_back(tmp_path, store):
    path = large_candidates_xlsx(tmp_path / "big.xlsx", 8000)
    token = CancelToken()

    def progress(done, total, message):
        if done >= 2000:
            token.cancel()

    with pytest.raises(Cancelled):
        import_candidates(store, path, ImportOptions(reader="process"), progress=progress, token=token)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM candidate")).scalar() == 0
    assert not _children()


def test_a_bad_file_is_reported_by_the_reader_process_as_by_reading_here(tmp_path, store):
    path = tmp_path / "notes.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not a workbook")
    messages = []
    for reader in ("inline", "process"):
        with pytest.raises(UnreadableFile) as caught:
            import_candidates(store, path, ImportOptions(reader=reader))
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and messages[0].startswith("notes.xlsx")
    assert not _children()


def test_the_reader_process_starts_without_the_database_layer():
    code = "import sys, crm.importing.reader_process; print('sqlalchemy' in sys.modules)"
    root = Path(__file__).resolve().parents[3]
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                            env={**os.environ, "PYTHONPATH": str(root)}).stdout.strip()
    assert loaded == "False"  # SQLAlchemy and the models would add ~0.4 s and ~40 MB to every large import


def test_a_file_named_relative_to_the_working_folder_is_read_by_the_reader_process(tmp_path, store, monkeypatch):
    """The reader process works in the app's folder: a path relative to the user's was 'file not found'."""
    large_candidates_xlsx(tmp_path / "big.xlsx", 300)
    monkeypatch.chdir(tmp_path)
    report = import_candidates(store, "big.xlsx", ImportOptions(reader="process"))
    assert report.created == 300
    assert not _children()


def test_a_file_damaged_past_its_first_rows_is_said_by_the_reader_process_as_by_reading_here(tmp_path, store):
    """The sheet's XML broken two thirds down (its first rows read fine): the same message as reading here,
    not the reader process's traceback."""
    def broken_two_thirds_down(data: bytes) -> bytes:
        at = data.index(b"<row", len(data) * 2 // 3)
        return data[:at] + b'<row r="x"><c><<&&>></c></row>' + data[at:]

    path = with_sheet_xml(large_candidates_xlsx(tmp_path / "big.xlsx", 30000), tmp_path / "damaged.xlsx",
                          broken_two_thirds_down)
    messages = []
    for reader in ("inline", "process"):
        with pytest.raises(UnreadableFile) as caught:
            import_candidates(store, path, ImportOptions(reader=reader))
        messages.append(str(caught.value))
    assert messages[0] == messages[1] and messages[0].startswith("damaged.xlsx: "), messages
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM candidate")).scalar() == 0
    assert not _children()
