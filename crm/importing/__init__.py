"""Importing the spreadsheets recruiters already have: candidates, roles with their clients, pipelines.

safety (pre-flight checks) -> readers (xlsx via python-calamine / openpyxl, CSV) -> sheets (header row,
blank rows, footers) -> mapping (header -> field) -> candidate_rows + values (typed values, nothing lost)
-> candidate_run + dedupe (one transaction, bulk insert and index) -> report / undo. `api.run_import`
is the entry point for the CLI and the GUI; `inspect` gives the GUI its preview.

Candidates come through row_source: read and normalised in this process (InlineRows), or for
files from 2 MB in a child process (reader_process, entry reader_child) that streams parsed
batches while the importer inserts, so the two overlap on two cores.
"""
