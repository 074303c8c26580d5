"""A column mapping the user chose is saved and offered again when the same columns come back, in any
order or with a column more; the one chosen last wins; a few common columns are not another file's."""

from __future__ import annotations

from import_fixtures import SPANISH_ROWS, messy_spanish_xlsx, plain_xlsx

from crm.importing.importer import ImportOptions, import_candidates, plan


def test_saved_mapping_is_reused_for_the_same_headers(tmp_path, store, services):
    path = messy_spanish_xlsx(tmp_path / "q3.xlsx")
    targets = plan(store, path).targets
    assert targets[-1] == "__notes__"
    targets[-1] = "source"  # the user says "Carnet" is the source (odd, but theirs to decide)
    import_candidates(store, path, ImportOptions(targets=targets))
    reused = plan(store, messy_spanish_xlsx(tmp_path / "other.xlsx", rows=SPANISH_ROWS[:1]))
    assert reused.saved_mapping and reused.targets[-1] == "source"


def test_a_saved_mapping_is_reused_when_the_columns_come_in_another_order_or_with_one_more(tmp_path, store):
    """The next export of the same tracker moved a column or added one: every choice went back to automatic."""
    headers = ["Nombre", "Email", "Tecnologías", "Observaciones", "Carnet"]
    path = plain_xlsx(tmp_path / "a.xlsx", headers, ["Ana Núñez", "ana@example.com", "Java", "Bien", "B"])
    targets = plan(store, path).targets
    targets[2:5] = ["__notes__", "__skip__", "source"]  # the user's choices
    import_candidates(store, path, ImportOptions(targets=targets))
    moved = plan(store, plain_xlsx(tmp_path / "b.xlsx", ["Carnet", "Email", "Nombre", "Observaciones", "Tecnologías",
                                                        "Ciudad"], ["B", "luis@example.com", "Luis Gil", "", "Go", "Vigo"]))
    assert moved.saved_mapping
    assert moved.targets == ["source", "email", "full_name", "__skip__", "__notes__", "city"]  # the new one: automatic


def test_a_saved_mapping_of_a_few_common_columns_is_not_taken_for_another_files(tmp_path, store):
    """'Notas' skipped in a three-column file skipped the notes of every later file holding those three."""
    path = plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "Email", "Notas"], ["Ana Uno", "a1@example.com", "nota A"])
    import_candidates(store, path, ImportOptions(targets=["full_name", "email", "__skip__"]))
    other = plan(store, plain_xlsx(tmp_path / "b.xlsx", ["Nombre", "Email", "Notas", "Ciudad"],
                                   ["Bea Dos", "b2@example.com", "nota B", "Madrid"]))
    assert not other.saved_mapping and other.targets[2] == "notes"


def test_the_mapping_chosen_last_wins_whatever_order_it_was_saved_for(tmp_path, store):
    """The columns back in their first order got the mapping first saved for them, not the one the user
    chose since (for the same columns in another order); the window said "the mapping you used last time"."""
    first = plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "Email", "Localidad", "Observaciones"],
                       ["Ana Núñez", "ana@example.com", "Madrid", "Bien"])
    import_candidates(store, first, ImportOptions(targets=["full_name", "email", "current_company", "notes"]))
    reordered = plain_xlsx(tmp_path / "b.xlsx", ["Email", "Nombre", "Observaciones", "Localidad"],
                           ["luis@example.com", "Luis Gil", "Ok", "Vigo"])
    import_candidates(store, reordered, ImportOptions(targets=["email", "full_name", "__skip__", "city"]))
    again = plan(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email", "Localidad", "Observaciones"],
                                   ["Eva Sol", "eva@example.com", "Lugo", "Nada"]))
    assert again.saved_mapping and again.targets == ["full_name", "email", "city", "__skip__"]
