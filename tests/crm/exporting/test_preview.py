"""What the export dialog previews: the file's first rows, as a spreadsheet shows their cells."""

from crm.exporting.preview import preview_candidates


def test_numbers_read_as_a_spreadsheet_shows_them(store, services):
    whole = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz", "years_experience": 12})
    half = services.candidates.create({"first_name": "Luis", "last_name": "Gil", "years_experience": 5.5})
    preview = preview_candidates(store, [whole.id, half.id], ["first_name", "years_experience"])
    assert preview.rows == (("Ana", "12"), ("Luis", "5.5"))
