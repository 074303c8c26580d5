"""The recruiter's candidate list: every field, streamed, and back in again with nothing lost."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, date, datetime

from openpyxl import load_workbook

from crm.exporting.candidate_list import COLUMNS, DEFAULT_COLUMNS, export_candidate_list
from crm.services.records import CandidateRecord
from tests.crm.exporting.helpers import candidate_row

_SKILL = re.compile(r"^(?P<name>.+?)(?: \((?P<years>[\d.]+)\))?$")


def read_candidate_list(path) -> list[dict]:
    """Our own reader of the file, standing in for the importer: header labels -> field values."""
    by_label = {c.label: c for c in COLUMNS}
    workbook = load_workbook(path, read_only=True)
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header = [by_label[h] for h in next(rows)]
        out = []
        for values in rows:
            record = {}
            for column, value in zip(header, values, strict=True):
                if column.key == "skills":
                    value = tuple((m["name"], float(m["years"]) if m["years"] else None)
                                  for m in map(_SKILL.match, value.split(", "))) if value else ()
                elif column.kind == "date" and value is not None:
                    value = value.date()
                elif column.kind == "datetime" and value is not None:
                    value = value.replace(tzinfo=UTC)
                elif column.key in ("first_name", "last_name"):
                    value = value or ""  # the store keeps "no name" as "", a cell cannot hold ""
                record[column.key] = value
            out.append(record)
        return out
    finally:
        workbook.close()


def test_all_columns_round_trip_with_nothing_lost(services, tmp_path):
    rows = [
        candidate_row(1, notes="línea 1\nlínea 2 — ñ €", summary="=SUM(A1)", available_from=date(2027, 1, 15),
                      consent_date=date(2026, 3, 1), consent_evidence="email", retention_until=date(2028, 3, 1),
                      github_url="https://github.com/x", expected_salary_max=60_000, source="LinkedIn",
                      last_activity_at=datetime(2026, 11, 20, 9, 30, 15, tzinfo=UTC)),
        candidate_row(2, first_name="王小明", last_name="", city=None, notes=None, years_experience=0.5,
                      current_salary=None, notice_days=0),
    ]
    ids = services.candidates.bulk_insert(rows, [[("python", 6.0), ("django", 4.5), ("docker", None)], []])
    path = tmp_path / "all.xlsx"
    result = export_candidate_list(services.store, path, columns="all")
    assert result.rows == 2 and len(result.columns) == len(COLUMNS)
    back = read_candidate_list(path)
    for candidate_id, record in zip(ids, back, strict=True):
        original = services.candidates.get(candidate_id)
        for field in fields(CandidateRecord):
            if field.name == "skills":
                assert record["skills"] == tuple((s.name, s.years) for s in original.skills)
            elif isinstance(getattr(original, field.name), datetime):  # travels to the second
                assert record[field.name] == getattr(original, field.name).replace(microsecond=0), field.name
            elif field.name != "version":
                assert record[field.name] == getattr(original, field.name), field.name


def test_selection_keeps_its_order_and_default_columns(services, tmp_path):
    ids = services.candidates.bulk_insert([candidate_row(i) for i in range(5)])
    path = tmp_path / "some.xlsx"
    export_candidate_list(services.store, path, candidate_ids=[ids[3], ids[0]])
    workbook = load_workbook(path)
    ws = workbook.active
    assert [c.value for c in ws[1]] == [next(c.label for c in COLUMNS if c.key == k) for k in DEFAULT_COLUMNS]
    assert [ws.cell(r, 1).value for r in (2, 3)] == [ids[3], ids[0]] and ws.max_row == 3
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:N3"
    workbook.close()
    for label in ("First name", "Last name", "Email", "Phone", "City", "Skills", "Expected salary",
                  "Notice period", "LinkedIn", "Notes"):
        assert label in {c.label for c in COLUMNS}


def test_more_rows_than_a_sheet_holds_is_refused_before_writing(services, tmp_path):
    import pytest

    from crm.domain.errors import ValidationError
    from crm.exporting.candidate_list import MAX_ROWS

    target = tmp_path / "huge.xlsx"
    with pytest.raises(ValidationError, match="do not fit in one Excel sheet"):
        export_candidate_list(services.store, target, candidate_ids=range(1, MAX_ROWS + 2))
    assert not target.exists() and not [p for p in tmp_path.iterdir() if "huge" in p.name]
