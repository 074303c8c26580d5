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


def test_an_excel_tables_total_row_is_no_person(tmp_path):
    """Excel's Table Design > Total Row: 'Total' over the columns' counts and averages, many cells filled."""
    import xlsxwriter

    path = tmp_path / "tabla.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Candidatos")
    rows = [["Ana Núñez", "ana@example.com", "600112233", 45000, 5],
            ["Luis Gil", "luis@example.com", "600112234", 50000, 7]]
    sheet.add_table(0, 0, len(rows) + 1, 4, {"data": rows, "total_row": True, "columns": [
        {"header": "Nombre", "total_string": "Total"}, {"header": "Email", "total_function": "count"},
        {"header": "Teléfono", "total_function": "count"}, {"header": "Salario deseado", "total_function": "average"},
        {"header": "Años exp.", "total_function": "max"}]})
    book.close()
    table = find_table(open_workbook(path).read("Candidatos"))
    assert [values[0] for _number, values in table.rows] == ["Ana Núñez", "Luis Gil"]
