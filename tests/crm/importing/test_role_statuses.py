"""A role's status as trackers write it: with a remark kept in the description, and one the import
made up giving way to a later file's."""

from datetime import date

import pytest
from import_fixtures import plain_xlsx

from crm.importing.roles import import_roles


@pytest.mark.parametrize("written, status", [("Cerrada - cubierta", "closed"), ("cubierta (por otra agencia)", "closed"),
                                             ("En espera", "on_hold"), ("Pending", "lead"),
                                             ("En pausa (presupuesto)", "on_hold"), ("Abierta.", "active"),
                                             # open, whatever another agency does
                                             ("Abierta - compartida con otra agencia", "active"),
                                             ("Open (another agency also)", "active"),
                                             ("Filled by competitor", "closed"),
                                             ("Filled - beat the competitor", "filled"),
                                             ("Filled elsewhere", "closed"),
                                             # where the person we placed came from: filled by us
                                             ("Cubierta - fichado de la competencia", "filled"),
                                             ("Filled - candidate from a competitor", "filled"),
                                             ("Placed - relocating from elsewhere", "filled"),
                                             # another agency's candidate: theirs
                                             ("Cubierta con un candidato de otra agencia", "closed"),
                                             ("Filled with a candidate from another agency", "closed"),
                                             # a consultancy is an employer in IT: where the person came from
                                             ("Cubierta con candidata de otra consultora", "filled"),
                                             ("Cubierta por nosotros - el candidato era de otra consultora", "filled"),
                                             # said filled by us, whoever's candidate the person was before
                                             ("Cubierta por nosotros - venía de otra agencia", "filled"),
                                             ("Filled by us - candidate came from another agency", "filled"),
                                             # urgency is no status, but the recruiter's to keep
                                             ("Abierta (urgente)", "active"), ("Urgente", "active")])
def test_a_role_status_written_with_a_remark(tmp_path, store, services, written, status):
    """Each warned "not a role status" and the role was stored as active: closed roles among the open ones.
    The remark is kept in the description, as a band's is."""
    from crm.importing.roles import STATUS_REMARK

    report = import_roles(store, plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto", "Estado"],
                                            ["V-1", "Acme", "Backend", written]))
    role = services.roles.get_by_reference("V-1")
    assert role.status == status
    remark = written not in ("En espera", "Pending", "Abierta.")
    assert [w.reason for w in report.warnings] == ([STATUS_REMARK] if remark else [])
    assert (f"Estado: {written}" in (role.description or "")) is remark


def test_a_status_and_opening_date_the_import_made_up_give_way_to_a_later_files(tmp_path, store, services):
    """A role imported without status or opening date was made active and opened today; the corrected file's
    "Cubierta" and 15/10/2026 were then refused ("the database has active, which is kept")."""
    headers = ["Ref.", "Cliente", "Puesto", "Estado", "Fecha apertura"]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["R-10", "Acme", "Backend", None, None]))
    role = services.roles.get_by_reference("R-10")
    assert (role.status, role.opened_on) == ("active", date.today())
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers,
                                            ["R-10", "Acme", "Backend", "Cubierta", "15/10/2026"]))
    role = services.roles.get_by_reference("R-10")
    assert (report.updated, report.warnings, role.status, role.opened_on) == (1, [], "filled", date(2026, 10, 15))
    # The file's own values are the role's now: the update policy keeps them, and says so
    again = import_roles(store, plain_xlsx(tmp_path / "c.xlsx", headers,
                                           ["R-10", "Acme", "Backend", "Abierta", "01/11/2026"]))
    role = services.roles.get_by_reference("R-10")
    assert (role.status, role.opened_on) == ("filled", date(2026, 10, 15))
    assert [w.column for w in again.warnings] == ["Estado", "Fecha apertura"]
