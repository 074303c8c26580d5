from import_fixtures import messy_spanish_xlsx

from crm.importing.readers import _read_openpyxl, open_workbook
from crm.importing.sheets import find_table


def test_calamine_and_the_openpyxl_fallback_read_the_same_rows(tmp_path):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    fast = find_table(open_workbook(path).read("Candidatos"))
    slow = find_table(_read_openpyxl(path, "Candidatos"))
    assert fast.header_row == slow.header_row == 3
    assert fast.headers == slow.headers
    fast_rows, slow_rows = list(fast.rows), list(slow.rows)
    assert [n for n, _ in fast_rows] == [n for n, _ in slow_rows] == [4, 5, 7, 8, 9, 10, 11]  # blanks and footer gone
    assert [cells[2] for _, cells in fast_rows] == [cells[2] for _, cells in slow_rows]
