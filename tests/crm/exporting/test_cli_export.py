"""`crm export ...`: exit 0 on success, 2 with the reason on stderr for bad input."""

from __future__ import annotations

from openpyxl import load_workbook

from crm.cli import run
from tests.crm.exporting.helpers import build_pipeline, candidate_row


def test_export_commands(services, db_path, tmp_path, capsys):
    role, ids = build_pipeline(services, submitted=[{}])
    db = ["--db", str(db_path)]
    out = tmp_path / "s.xlsx"
    assert run([*db, "export", "shortlist", role.reference, str(out), "--lang", "en"]) == 0
    assert load_workbook(out).sheetnames == ["Summary", "Shortlist", "Rejected"]
    assert run([*db, "export", "shortlist", role.reference, str(out), "--contact-details"]) == 2
    assert "blind" in capsys.readouterr().err
    assert run([*db, "export", "shortlist", role.reference, str(out), "--no-blind", "--contact-details"]) == 0
    assert run([*db, "export", "shortlist", "VAC-1999-999", str(out)]) == 2
    assert "VAC-1999-999" in capsys.readouterr().err
    assert run([*db, "export", "client", "ACME TECH, SL", str(tmp_path / "c.xlsx"), "--blind"]) == 0
    assert run([*db, "export", "client", "Nobody Inc", str(tmp_path / "c.xlsx")]) == 2
    assert "Nobody" in capsys.readouterr().err
    assert run([*db, "export", "client", "Acme Tech", str(tmp_path / "missing" / "c.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err
    listing = tmp_path / "l.xlsx"
    assert run([*db, "export", "candidates", str(listing), "--columns", "email,Expected salary"]) == 0
    assert [c.value for c in load_workbook(listing).active[1]] == ["Email", "Expected salary"]
    assert run([*db, "export", "candidates", str(listing), "--columns", "shoe size"]) == 2
    assert "shoe size" in capsys.readouterr().err


def test_export_candidates_of_a_search(services, db_path, tmp_path):
    services.candidates.bulk_insert([candidate_row(1, current_title="Java Developer"),
                                     candidate_row(2, current_title="Go Developer")])
    out = tmp_path / "java.xlsx"
    assert run(["--db", str(db_path), "export", "candidates", str(out), "--search", "java", "--columns", "all"]) == 0
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert [row[header.index("Current title")] for row in ws.iter_rows(min_row=2, values_only=True)] == [
        "Java Developer"]
