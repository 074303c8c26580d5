"""What an import does with the values of a person the database knows: a status (every person is active until
said otherwise; a request not to be contacted is consent), an expected salary's range, the notes a month
imported again brings."""

import pytest
from import_fixtures import by_email, plain_xlsx

from crm.importing.importer import ImportOptions, import_candidates


def test_a_request_not_to_be_contacted_is_taken_by_the_update_policy(tmp_path, store, services):
    """January's list, then June's "No contactar": dropped because the person was already "active", and she
    stayed active, to be called. Whatever the order the months come in, the request stays."""
    headers = ["Nombre", "Email", "Estado"]
    import_candidates(store, plain_xlsx(tmp_path / "enero.xlsx", headers, ["Ana Gil", "ana@example.com", "Entrevista"]))
    report = import_candidates(store, plain_xlsx(tmp_path / "junio.xlsx", headers,
                                                 ["Ana Gil", "ana@example.com", "No contactar"]))
    assert by_email(services, "ana@example.com").status == "do_not_contact"
    assert [(w.column, w.value, w.reason) for w in report.warnings if w.column == "Estado"] == [
        ("Estado", "do_not_contact", "asked not to be contacted: replaces active, whatever the policy")]
    report = import_candidates(store, plain_xlsx(tmp_path / "diciembre.xlsx", headers,
                                                 ["Ana Gil", "ana@example.com", "Activo"]))
    assert by_email(services, "ana@example.com").status == "do_not_contact"
    assert [(w.column, w.value) for w in report.warnings if "kept" in w.reason] == [("Estado", "active")]


@pytest.mark.parametrize("january", [["Ana Gil", "ana@example.com"], ["Ana Gil", "ana@example.com", "Activo"]])
def test_a_later_status_over_active_is_taken_and_said(tmp_path, store, services, january):
    """January's list (without statuses, or "Activo"), then June's "Contratada": she stayed active, the status
    every person has until said otherwise. It is taken now, and said: a file older than the record (months
    imported newest first) is then seen and set back."""
    headers = ["Nombre", "Email", "Estado"][:len(january)]
    import_candidates(store, plain_xlsx(tmp_path / "enero.xlsx", headers, january))
    report = import_candidates(store, plain_xlsx(tmp_path / "junio.xlsx", ["Nombre", "Email", "Estado"],
                                                 ["Ana Gil", "ana@example.com", "Contratada"]))
    assert by_email(services, "ana@example.com").status == "placed"
    assert [(w.column, w.value, w.reason) for w in report.warnings if w.column == "Estado"] == [
        ("Estado", "placed", "replaces active, every person's status until said otherwise (if this file is older, set "
                             "it back)")]
    report = import_candidates(store, plain_xlsx(tmp_path / "julio.xlsx", ["Nombre", "Email", "Estado"],
                                                 ["Ana Gil", "ana@example.com", "Activo"]))
    assert by_email(services, "ana@example.com").status == "placed"  # (active is no news over a set status)
    assert [(w.column, w.value) for w in report.warnings if "kept" in w.reason] == [("Estado", "active")]


@pytest.mark.parametrize(("policy", "months", "expected"), [
    ("update", ["58k", "50-55k"], (58000, None)),  # the top of another range than the one kept is not taken
    ("update", [None, "50-55k"], (50000, 55000)),
    ("update", ["50k", "50-55k"], (50000, 55000)),  # the same low end: its top fills in
    ("overwrite", ["55-60k", "62k"], (62000, None)),  # a single amount clears the old top
    ("overwrite", ["62k", "55-60k"], (55000, 60000)),
])
def test_an_expected_salary_range_is_never_made_of_two_months(tmp_path, store, services, policy, months, expected):
    """October's "58k", then December's "50-55k": 58,000 to 55,000 was stored, and every later edit of the
    person was refused ("Expected up to: is below the expected salary")."""
    headers = ["Nombre", "Email", "Salario deseado"]
    for at, salary in enumerate(months):
        import_candidates(store, plain_xlsx(tmp_path / f"m{at}.xlsx", headers, ["Ana Gil", "ana@example.com", salary]),
                          ImportOptions(on_duplicate=policy))
    ana = by_email(services, "ana@example.com")
    assert (ana.expected_salary, ana.expected_salary_max) == expected


def test_a_month_imported_again_with_one_observation_edited_adds_that_line_only(tmp_path, store, services):
    """Enero imported, one observation edited, Enero imported again: the notes held "Estado: Nuevo" twice."""
    headers = ["Nombre", "Email", "Estado", "Observaciones"]
    import_candidates(store, plain_xlsx(tmp_path / "enero.xlsx", headers,
                                        ["Javier Martín", "javier@example.com", "Entrevista", "Busca remoto"]))
    before = by_email(services, "javier@example.com").notes
    import_candidates(store, plain_xlsx(tmp_path / "enero2.xlsx", headers,
                                        ["Javier Martín", "javier@example.com", "Entrevista",
                                         "Busca remoto. Llamar en febrero"]))
    notes = by_email(services, "javier@example.com").notes
    assert notes == before + "\nBusca remoto. Llamar en febrero"
    assert notes.count("Entrevista") == before.count("Entrevista")


def test_a_request_not_to_be_contacted_is_neither_overwritten_nor_skipped_silently(tmp_path, store, services):
    """With overwrite a later "Activo" made her active again, silently; with skip a file's "No contactar" was
    ignored without a word."""
    headers = ["Nombre", "Email", "Estado"]
    import_candidates(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["Ana Gil", "ana@example.com", "No contactar"]))
    report = import_candidates(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["Ana Gil", "ana@example.com", "Activo"]),
                               ImportOptions(on_duplicate="overwrite"))
    assert by_email(services, "ana@example.com").status == "do_not_contact"
    assert [w.reason for w in report.warnings if w.column == "Estado"] == [
        "the person asked not to be contacted, which stays, whatever the policy: set the status by hand if they "
        "agreed to be contacted again"]
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", headers, ["Eva Mora", "eva@example.com", "Activo"]))
    report = import_candidates(store, plain_xlsx(tmp_path / "d.xlsx", headers, ["Eva Mora", "eva@example.com",
                                                                              "No contactar"]),
                               ImportOptions(on_duplicate="skip"))
    assert by_email(services, "eva@example.com").status == "active"  # (skip leaves known people as they are)
    assert [w.reason for w in report.warnings if w.column == "Estado"] == [
        "asked not to be contacted; the skip policy leaves the person as they were: set the status by hand"]
