"""A roles list imported again, or a later one naming the same roles: what the update, skip and overwrite policies
keep, what they say, and how a reference written otherwise still finds its role."""
from datetime import date

import pytest
from import_fixtures import plain_xlsx, role_skills, tables_dump

from crm.importing.importer import ImportOptions, import_candidates
from crm.importing.inspect import inspect, preview
from crm.importing.pipeline import import_pipeline
from crm.importing.roles import import_roles
from crm.importing.undo import undo_import


def test_a_roles_list_without_references_imported_again_creates_nothing(tmp_path, store, services):
    """Most trackers have no reference column: a role is then its client, title and location (and opening
    date, when the file gives one). The second import created every role again."""
    headers = ["Cliente", "Puesto", "Ubicación", "Salario", "Fecha apertura"]
    rows = [["Acme SL", "Backend Engineer", "Madrid", "40-50k", None],
            ["Acme SL", "Backend Engineer", "Barcelona", "40-50k", None],
            ["Beta SA", "Data Engineer", None, None, "01/03/2026"],
            ["Beta SA", "Data Engineer", None, "55k", "01/09/2026"]]
    first = import_roles(store, plain_xlsx(tmp_path / "vacantes.xlsx", headers, *rows))
    assert (first.created, first.warnings) == (4, [])
    # The same roles again, as the tracker has them a month later: written differently, a band filled in.
    later = [["ACME, S.L.", "backend engineer", "MADRID", "40-50k", None],
             ["Acme SL", "Backend Engineer", "Barcelona", "40-50k", None],
             ["Beta SA", "Data Engineer", None, "60k", "01/03/2026"],
             ["Beta SA", "Data Engineer", None, "55k", "01/09/2026"],
             ["Beta SA", "Data Engineer", "Sevilla", None, None]]
    again = import_roles(store, plain_xlsx(tmp_path / "vacantes2.xlsx", headers, *later))
    assert (again.created, again.updated, again.skipped) == (1, 1, 3)
    march = [r for r in services.roles.list_all() if r.opened_on == date(2026, 3, 1)]
    assert [(r.title, r.salary_min) for r in march] == [("Data Engineer", 60000)]

    # Within one file, a row repeating another's client, title and location is that role again.
    twice = import_roles(store, plain_xlsx(tmp_path / "twice.xlsx", ["Cliente", "Puesto"],
                                           ["Gamma", "QA Engineer"], ["GAMMA", "QA engineer"]))
    assert (twice.created, twice.skipped) == (1, 1)
    assert [(w.row, w.reason) for w in twice.warnings] == [(3, "the same client, title and location as row 2; skipped")]


def test_a_reference_with_accented_letters_is_found_again(tmp_path, store, services):
    """Found by fuzzing: SQLite's upper() leaves "ñ" as it is and Python's does not, so a stored
    "Diseño-01" was not found by its own reference: importing the roles again inserted it twice and
    failed, and a pipeline row naming it was refused."""
    import_candidates(store, plain_xlsx(tmp_path / "c.xlsx", ["Nombre", "Email"], ["Ana López", "ana@example.com"]))
    roles = plain_xlsx(tmp_path / "r.xlsx", ["Ref.", "Cliente", "Puesto"], ["Diseño-01", "Acme", "Diseñador UX"])
    assert import_roles(store, roles).created == 1
    again = import_roles(store, roles)
    assert (again.created, again.skipped, again.rejected) == (0, 1, [])
    assert services.roles.get_by_reference("diseño-01").title == "Diseñador UX"
    path = plain_xlsx(tmp_path / "p.xlsx", ["Email", "Ref.", "Fase"], ["ana@example.com", "diseño-01", "Entrevista"])
    from crm.importing.inspect import inspect, preview

    inspection = inspect(store, path, kind="pipeline")
    assert "rejected" not in preview(inspection, inspection.targets)[1][0]
    assert import_pipeline(store, path).created == 1


def test_a_roles_value_the_update_policy_keeps_where_the_file_says_otherwise_is_reported(tmp_path, store, services):
    """A roles list imported again after the status and band changed: nothing changed, and nothing said so."""
    headers = ["Ref.", "Cliente", "Puesto", "Estado", "Salario", "Ubicación"]
    import_roles(store, plain_xlsx(tmp_path / "v1.xlsx", headers, ["VAC-1", "Acme", "Backend Java", "Abierta", "40-50k",
                                                                  "Madrid"]))
    path = plain_xlsx(tmp_path / "v2.xlsx", headers, ["VAC-1", "Acme", "BACKEND JAVA", "Cubierta", "45-50k", "madrid"])

    report = import_roles(store, path)

    kept = "the database has {}, which is kept (the overwrite policy would take the file's value)"
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        # the file's value as it wrote it; a band said once, whole
        (2, "Estado", "Cubierta", kept.format("active")), (2, "Salario", "45-50k", kept.format("40000-50000"))]
    assert (services.roles.get_by_reference("VAC-1").status, report.skipped) == ("active", 1)
    report = import_roles(store, path, ImportOptions(on_duplicate="overwrite"))
    assert [w.reason[:30] for w in report.warnings] == ["this file was imported before "]
    assert services.roles.get_by_reference("VAC-1").status == "filled"


def test_a_role_whose_reference_was_made_up_takes_the_reference_a_later_file_gives_it(tmp_path, store, services):
    """A roles list without references got VAC-YYYY-NNN; the same roles in a file with references of their own
    (an ATS export) were created again beside them."""
    import_roles(store, plain_xlsx(tmp_path / "sin_refs.xlsx", ["Cliente", "Puesto", "Ubicación"],
                                   ["Acme", "Backend Java", "Madrid"], ["Acme", "QA", "Madrid"]))
    made_up = [role.reference for role in services.roles.list_all()]
    path = plain_xlsx(tmp_path / "con_refs.xlsx", ["Job ID", "Cliente", "Puesto", "Ubicación"],
                      ["4511", "ACME S.L.", "backend java", "Madrid"])

    report = import_roles(store, path)

    assert (report.created, report.updated) == (0, 1)
    assert [(w.column, w.value, w.reason) for w in report.warnings] == [
        ("Job ID", "4511", f"the same client, title and location as {made_up[0]}, whose reference was made up: it "
                           "takes this one")]
    assert sorted(role.reference for role in services.roles.list_all()) == sorted(["4511", made_up[1]])
    undo_import(store, report.batch_id)
    assert sorted(role.reference for role in services.roles.list_all()) == sorted(made_up)

    import_roles(store, path)
    # A reference the file gave is the role's own: another file's reference for that title is another opening.
    second = import_roles(store, plain_xlsx(tmp_path / "otra.xlsx", ["Job ID", "Cliente", "Puesto", "Ubicación"],
                                            ["4600", "Acme", "Backend Java", "Madrid"]))
    assert (second.created, second.warnings) == (1, [])


@pytest.mark.parametrize("policy", ["update", "overwrite"])
def test_a_role_imported_again_with_other_skills_takes_them_and_undo_gives_the_old_ones_back(tmp_path, store,
                                                                                              services, policy):
    """The same list with a role's skills changed: it was "skipped", the new skills left out (both policies)."""
    headers = ["Ref.", "Cliente", "Puesto", "Skills requeridas", "Skills deseables"]
    import_roles(store, plain_xlsx(tmp_path / "v1.xlsx", headers, ["PRJ-06", "Acme", "Fullstack", "Node.js, React", "Docker"]))
    before = tables_dump(store, ("role", "role_skill", "skill"))
    changed = plain_xlsx(tmp_path / "v2.xlsx", headers, ["PRJ-06", "Acme", "Fullstack", "Node.js, AWS", "React"])
    report = import_roles(store, changed, ImportOptions(on_duplicate=policy))
    assert (report.updated, report.skipped) == (1, 0)
    if policy == "update":  # the new skill added; those the role had stay as they were
        assert role_skills(services, "PRJ-06") == ({"Node.js", "React", "AWS"}, {"Docker"})
    else:  # the file's lists instead
        assert role_skills(services, "PRJ-06") == ({"Node.js", "AWS"}, {"React"})
    undo_import(store, report.batch_id)
    assert tables_dump(store, ("role", "role_skill", "skill")) == before  # timestamp and version included
    assert import_roles(store, plain_xlsx(tmp_path / "v3.xlsx", headers, ["PRJ-06", "Acme", "Fullstack", "react",
                                                                        "docker"])).skipped == 1


@pytest.mark.parametrize("policy", ["update", "overwrite", "skip"])
def test_a_reference_the_file_gives_its_client_written_otherwise_keeps_its_client_and_says_so(tmp_path, store, services,
                                                                                              policy):
    """It was skipped without a word, and the other client was added with no role. A client the database does not
    know by that name is the role's own written otherwise only when the names share a word and the titles agree
    ("Nova Fintech" with a role of Banco Meridiano's title changed Banco's role)."""
    headers = ["Ref.", "Cliente", "Puesto"]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["V-1", "Acme SL", "Backend"]))
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["V-1", "Grupo Acme", "Backend"]),
                          ImportOptions(on_duplicate=policy))
    assert [(w.row, w.column, w.value, w.reason) for w in report.warnings] == [
        (2, "Cliente", "Grupo Acme", "the role V-1 is a role of Acme SL; its client is not changed")]
    other = import_roles(store, plain_xlsx(tmp_path / "c.xlsx", headers, ["V-1", "Beta Consulting SA", "Backend"]),
                         ImportOptions(on_duplicate=policy))
    assert [(r.row, r.reason[:40]) for r in other.rejected] == [(2, "the reference V-1 is a role of Acme SL (")]
    assert services.roles.get_by_reference("V-1").client == "Acme SL"
    assert [c.name for c in services.companies.list_all()] == ["Acme SL"]
    # ...nor do two banks share a client for their word "Banco"
    import_roles(store, plain_xlsx(tmp_path / "d.xlsx", headers, ["V-3", "Banco Meridiano", "Data Analyst"]))
    bank = import_roles(store, plain_xlsx(tmp_path / "e.xlsx", headers, ["V-3", "Banco Santander", "Data Analyst"]),
                        ImportOptions(on_duplicate=policy))
    assert [r.row for r in bank.rejected] == [2] and services.roles.get_by_reference("V-3").client == "Banco Meridiano"


@pytest.mark.parametrize("policy", ["update", "overwrite"])
def test_a_row_of_another_client_never_changes_a_role_of_that_reference(tmp_path, store, services, policy):
    """Acme's row for REF-2024-032, Banco's role, wrote Acme's location, fee, description and skills on it (and
    under overwrite its title and band), though Acme had that role as "REF 2024 032"; two clients' rows for one
    reference in one file dropped the second as "skipped"."""
    headers = ["Ref.", "Cliente", "Puesto", "Ubicación", "Skills requeridas", "Salario"]
    import_roles(store, plain_xlsx(tmp_path / "banco.xlsx", headers,
                                   ["REF-2024-032", "Banco Meridiano S.A.", "Data Analyst", "Madrid", "SQL", "35-45k"]))
    before = tables_dump(store, ("role", "role_skill", "company"))
    acme = import_roles(store, plain_xlsx(tmp_path / "acme.xlsx", headers,
                                          ["REF-2024-032", "Acme Tech S.L.", "Java Developer", "Bilbao", "Java", "40-50k"]),
                        ImportOptions(on_duplicate=policy))
    assert (acme.created, acme.updated) == (0, 0)
    assert [(r.row, r.column, r.value, r.reason) for r in acme.rejected] == [
        (2, "Cliente", "Acme Tech S.L.", "the reference REF-2024-032 is a role of Banco Meridiano S.A. (Data Analyst); "
         "a row naming another client does not change it: not imported")]
    assert tables_dump(store, ("role", "role_skill", "company")) == before
    # Acme's own spelling of the reference is Acme's role: that one takes the row, Banco's stays as it was
    import_roles(store, plain_xlsx(tmp_path / "acme1.xlsx", headers,
                                   ["REF 2024 032", "Acme Tech S.L.", "Java Developer", "Bilbao", "Java", None]))
    again = import_roles(store, plain_xlsx(tmp_path / "acme2.xlsx", headers,
                                           ["REF-2024-032", "Acme Tech", "Java Developer", "Bilbao", "Java", "40-50k"]),
                         ImportOptions(on_duplicate=policy))
    assert (again.updated, again.rejected) == (1, [])
    assert services.roles.get_by_reference("REF 2024 032").salary_min == 40000
    banco = services.roles.get_by_reference("REF-2024-032")
    assert (banco.client, banco.title, banco.location, banco.salary_min) == (
        "Banco Meridiano S.A.", "Data Analyst", "Madrid", 35000)


def test_two_clients_rows_for_one_reference_in_one_file_refuse_the_second(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "v.xlsx", ["Ref.", "Cliente", "Puesto"], ["REF-7", "Acme Tech S.L.", "Java Developer"],
                      ["REF-7", "Banco Meridiano", "Data Analyst"], ["REF-7", "ACME TECH, SL", "Java Developer"])
    report = import_roles(store, path)
    assert (report.created, report.skipped) == (1, 1)  # Acme's role, then Acme's row again
    assert [(r.row, r.reason) for r in report.rejected] == [
        (3, "the same reference as row 2, a role of Acme Tech S.L.; a role has one client: not imported")]
    assert [c.name for c in services.companies.list_all()] == ["Acme Tech S.L."]
    inspection = inspect(None, path, kind="roles")
    rows = preview(inspection, inspection.targets)[1]
    assert rows[1] == {"row": 3, "rejected": report.rejected[0].reason}  # the preview says it as the import does
    assert rows[2]["warnings"] == [("Ref.", "the same reference as row 2; skipped")]


@pytest.mark.parametrize("policy, first, again, band, said", [
    ("overwrite", "40-50k", "desde 60k", (60000, None), False),  # was 60,000-50,000
    ("update", "hasta 55k", "50-60k", (None, 55000), True),  # was 50,000-55,000, "which is kept" said
    ("update", None, "50-60k", (50000, 60000), False),  # no band yet: the file's, whole
    ("update", "40-50k", "40.000 - 50.000 €", (40000, 50000), False),  # the same band written otherwise
])
def test_a_salary_band_is_taken_or_kept_whole(tmp_path, store, services, policy, first, again, band, said):
    headers = ["Ref.", "Cliente", "Puesto", "Salario"]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["B-01", "Acme", "Backend", first]))
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["B-01", "Acme", "Backend", again]),
                          ImportOptions(on_duplicate=policy))
    role = services.roles.get_by_reference("B-01")
    assert (role.salary_min, role.salary_max) == band
    assert [(w.column, w.value, w.reason) for w in report.warnings] == ([(
        "Salario", again, "the database has ≤ 55000, which is kept (the overwrite policy would take the file's value)")]
        if said else [])


def test_a_band_in_two_columns_is_kept_whole_and_said_once(tmp_path, store, services):
    headers = ["Ref.", "Cliente", "Puesto", "Salario mín.", "Salario máx."]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["B-02", "Acme", "Backend", None, 55000]))
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["B-02", "Acme", "Backend", 50000, 60000]))
    role = services.roles.get_by_reference("B-02")
    assert (role.salary_min, role.salary_max) == (None, 55000)
    assert [(w.column, w.value) for w in report.warnings] == [("Salario mín.", "50000-60000")]


def test_a_known_roles_cells_the_file_cannot_read_are_kept_in_its_description(tmp_path, store, services):
    """A later list about a role with a description: "a convenir / hasta 60k" and "Híbrido (3 días Madrid)"
    were said "kept in the description" and stored nowhere (the update policy keeps a description)."""
    headers = ["Ref.", "Cliente", "Puesto", "Descripción", "Salario", "Modalidad"]
    import_roles(store, plain_xlsx(tmp_path / "a.xlsx", headers, ["R-1", "Acme", "Backend", "Equipo de pagos", None, None]))
    report = import_roles(store, plain_xlsx(tmp_path / "b.xlsx", headers, ["R-1", "Acme", "Backend", "Equipo de pagos",
                                                                           "a convenir", "Híbrido (3 días Madrid)"]))
    role = services.roles.get_by_reference("R-1")
    assert {w.column for w in report.warnings} == {"Salario", "Modalidad"} and report.updated == 1
    assert role.description == "Equipo de pagos\nSalario: a convenir\nModalidad: Híbrido (3 días Madrid)"
    assert role.remote_policy == "hybrid"


def test_a_skipped_roles_row_does_not_say_its_cells_were_kept(tmp_path, store, services):
    """A reference repeated in the file, or a known role under --on-duplicate skip: "a work mode with a remark:
    ... the cell is kept in the description", and nothing was kept."""
    headers = ["Ref.", "Cliente", "Puesto", "Modalidad"]
    path = plain_xlsx(tmp_path / "v.xlsx", headers, ["R-1", "Acme", "Backend", "Remoto"],
                      ["R-1", "Acme", "Backend", "Híbrido (2 días)"])
    report = import_roles(store, path)
    assert [(w.row, w.reason[:25]) for w in report.warnings] == [(3, "the same reference as row")]
    skipped = import_roles(store, plain_xlsx(tmp_path / "w.xlsx", headers, ["R-1", "Acme", "Backend", "Híbrido (3 días)"]),
                           ImportOptions(on_duplicate="skip"))
    assert (skipped.skipped, skipped.warnings) == (1, [])
    assert "Híbrido" not in (services.roles.get_by_reference("R-1").description or "")


@pytest.mark.parametrize("policy", ["update", "overwrite"])
def test_a_roles_observaciones_written_on_since_are_added_to_its_description(tmp_path, store, services, policy):
    """Week two's "Observaciones" were dropped without a word (update), or replaced week one's (overwrite)."""
    headers = ["Ref.", "Cliente", "Puesto", "Observaciones"]
    week1 = plain_xlsx(tmp_path / "s1.xlsx", headers, ["REF-31", "Acme", "Backend", "Incorporación antes de Navidad"])
    import_roles(store, week1)
    week2 = plain_xlsx(tmp_path / "s2.xlsx", headers,
                       ["REF-31", "Acme", "Backend", "Sube banda a 50-60k; entrevista con el CTO"])
    report = import_roles(store, week2, ImportOptions(on_duplicate=policy))
    assert report.updated == 1
    assert services.roles.get_by_reference("REF-31").description == (
        "Incorporación antes de Navidad\nSube banda a 50-60k; entrevista con el CTO")
    assert import_roles(store, week2, ImportOptions(on_duplicate=policy)).updated == 0  # nothing new the second time


def test_a_roles_list_writing_a_reference_otherwise_updates_its_role(tmp_path, store, services):
    """Week two's list wrote "REF 2024 031" for REF-2024-031: a second role was created."""
    headers = ["Ref.", "Cliente", "Puesto", "Salario"]
    import_roles(store, plain_xlsx(tmp_path / "s1.xlsx", headers, ["REF-2024-031", "Acme", "Backend", None]))
    report = import_roles(store, plain_xlsx(tmp_path / "s2.xlsx", headers, ["REF 2024 031", "Acme", "Backend", "45-55k"]))
    assert (report.created, report.updated) == (0, 1)
    role = services.roles.get_by_reference("REF-2024-031")
    assert (role.salary_min, role.salary_max) == (45000, 55000)
    # ...with its client written otherwise too, said; but a reference only alike once its symbols go is another
    other = plain_xlsx(tmp_path / "s3.xlsx", headers, ["C-01", "Ikerlan", "Embedded C", None],
                       ["C#-01", "Lumen Health", "C# developer", None], ["REF‑2024‑031", "ACME Spain", "Backend", None])
    report = import_roles(store, other)
    assert report.created == 2 and [w.row for w in report.warnings if "is a role of Acme" in w.reason] == [4]
    # ...and another known client's role, or a reference alike only without its brackets, is never taken for it
    known = plain_xlsx(tmp_path / "s4.xlsx", headers, ["DEV-01", "Acme", "Backend", None], ["BE-12", "Acme", "QA", None])
    import_roles(store, known)
    again = plain_xlsx(tmp_path / "s5.xlsx", headers, ["DEV 01", "Ikerlan", "Frontend", None],
                       ["BE-1 (2)", "Acme", "Data", None])
    assert import_roles(store, again, ImportOptions(on_duplicate="overwrite")).created == 2
    assert services.roles.get_by_reference("BE-12").title == "QA"
