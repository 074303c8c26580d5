"""A page several people may give (a job ad, a company's site, a GitHub account) is one person's only while
the names agree; a person's own profile is theirs whatever email comes with it. Whoever a merge leaves out
(another name, email or phone) is kept in the notes."""

from __future__ import annotations

from import_fixtures import plain_xlsx

from crm.importing.importer import import_candidates


def people(services):
    return {(c.first_name, c.last_name): c for c in services.candidates.iter_all()}


def test_applicants_to_one_job_ad_are_each_their_own_person(tmp_path, store, services):
    """An InfoJobs export's "URL" (the ad applied to) made five applicants two records; the others' phones
    were stored nowhere. The same for a company's site, a Xing company page, a bare xing.com."""
    ad = "https://www.infojobs.net/madrid/java-developer/of-i1234567"
    path = plain_xlsx(tmp_path / "infojobs.xlsx", ["Candidato", "Email", "Teléfono", "URL"],
                      ["Pedro Alonso", "pedro@example.com", "622200001", ad],
                      ["Lucía Martín", "lucia@example.com", "622200002", ad],
                      ["Sergio Díaz", None, "622200003", ad],
                      ["Ana Ruiz", "ana@acme.es", "633000001", "https://www.acme.es"],
                      ["Luis Gil", "luis@acme.es", "633000002", "www.acme.es"],
                      ["Brais Souto", None, "633000003", "https://www.xing.com/pages/sap"],
                      ["Eva Sol", None, "633000004", "https://www.xing.com/pages/sap"],
                      ["Rita Sanz", None, "633000005", "https://www.xing.com/"],
                      ["Noa Paz", None, "633000006", "https://xing.com"])
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (9, 0)
    found = people(services)
    assert found[("Lucía", "Martín")].phone == "+34622200002" and found[("Sergio", "Díaz")].phone == "+34622200003"
    assert found[("Rita", "Sanz")].linkedin_url == "https://xing.com"  # kept as written, but no one's key
    again = import_candidates(store, path)
    assert (again.created, again.updated) == (0, 0)


def test_a_persons_own_page_with_a_new_email_is_still_them(tmp_path, store, services):
    """Rubén's GitHub page came in a later file with his new email: skipped as "nothing new", the email
    stored nowhere. A personal site or a Xing profile, the same; in one file too."""
    first = plain_xlsx(tmp_path / "a.xlsx", ["Nombre", "Email", "GitHub", "Web"],
                       ["Rubén Díaz", "ruben@acme.com", "https://github.com/ruben-dev", None],
                       ["Tomás Ruiz", "tomas@old.com", None, "https://tomas.dev"])
    import_candidates(store, first)
    later = plain_xlsx(tmp_path / "b.xlsx", ["Nombre", "Email", "GitHub", "Web"],
                       ["Rubén Díaz", "ruben.diaz@gmail.com", "github.com/ruben-dev", None],
                       ["Tomás Ruiz", "tomas@new.com", None, "tomas.dev/"],
                       ["Carla Vives", "carla@old.com", "https://github.com/carlav", None],
                       ["Carla Vives", "carla@new.com", "https://github.com/carlav", None])
    report = import_candidates(store, later)
    assert (report.created, report.updated, report.merged) == (1, 2, 1)
    found = people(services)
    assert found[("Rubén", "Díaz")].notes == "Email: ruben.diaz@gmail.com"
    assert found[("Tomás", "Ruiz")].notes == "Email: tomas@new.com"
    assert (found[("Carla", "Vives")].email, found[("Carla", "Vives")].notes) == ("carla@old.com", "Email: carla@new.com")


def test_one_github_page_with_mª_jose_and_maria_jose_is_one_person(tmp_path, store, services):
    path = plain_xlsx(tmp_path / "gh.xlsx", ["Nombre", "Email", "GitHub"],
                      ["María José Ruiz", "mj@old.com", "https://github.com/mjruiz"],
                      ["M.ª José Ruiz", "mj@new.com", "https://github.com/mjruiz"],
                      ["Juan Gil", "juan@beta.io", "https://github.com/beta"],
                      ["Marta Pons", "marta@beta.io", "https://github.com/beta"])  # an organisation's page
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (3, 1)
    assert people(services)[("María José", "Ruiz")].notes == "Email: mj@new.com"


def test_another_name_or_phone_a_merge_leaves_out_is_kept_in_the_notes(tmp_path, store, services):
    """Anabel, who shares Ana's phone, was dropped without a trace ("Ana" read as "Anabel" written shorter);
    the same person's second phone was only in a warning."""
    path = plain_xlsx(tmp_path / "tel.xlsx", ["Nombre", "Teléfono", "LinkedIn"],
                      ["Ana Sol", "600100100", None], ["Anabel Sol", "600100100", None],
                      ["Paula Gil", "600200200", None], ["Pau Gil", "600200200", None],
                      ["Ana G. Sol", "600100100", None],  # Ana, written with an initial: nothing to add
                      ["Luis Mas", "611000001", "linkedin.com/in/luismas"],
                      ["Luis Mas", "622000002", "https://www.linkedin.com/in/luismas/"])
    import_candidates(store, path)
    found = people(services)
    assert found[("Ana", "Sol")].notes == "Nombre: Anabel Sol"
    assert found[("Paula", "Gil")].notes == "Nombre: Pau Gil"
    assert (found[("Luis", "Mas")].phone, found[("Luis", "Mas")].notes) == ("+34611000001", "Teléfono: +34622000002")


def test_namesakes_on_one_page_stay_two_and_nicknames_on_a_site_of_their_own_are_flagged(tmp_path, store, services):
    """Two Carlos Pérez with their own emails and phones on one job ad became one; Ana
    Martín and Ana Martínez on one job ad too ("Martín" taken for "Martínez" written short). Nacho García on
    Ignacio García's own site was kept apart, but not flagged."""
    ad = "https://www.infojobs.net/madrid/backend/of-i99"
    path = plain_xlsx(tmp_path / "varios.xlsx", ["Nombre", "Email", "Teléfono", "Ciudad", "GitHub", "Web"],
                      ["Carlos Pérez", "carlos@acme.com", "611000001", "Madrid", None, ad],
                      ["Carlos Pérez", "cperez@gmail.com", "622000002", "Getafe", None, ad],
                      ["Ana Martín", "ana.martin@example.com", None, "Madrid", None, ad],
                      ["Ana Martínez", "ana.martinez@example.com", None, "Vigo", None, ad],
                      ["Ignacio García", "ignacio@example.com", None, "Sevilla", None, "https://nachogarcia.dev"],
                      ["Nacho García", None, None, None, None, "nachogarcia.dev"])
    report = import_candidates(store, path)
    assert (report.created, report.merged) == (6, 0)
    assert [(flag["row"], flag.get("other_row"), flag["reason"]) for flag in report.possible_duplicates
            if "web site" in flag["reason"]] == [(7, 6, "the same web site as another row, under another name")]


def test_a_persons_github_page_with_a_new_job_email_and_phone_is_still_them(tmp_path, store, services):
    """Rubén's own GitHub page, two years on with a new work email and mobile, made a second Rubén (the rule
    keeping two namesakes on one job ad apart); on a job board's ad they stay two, and are not "a site of
    one's own" to flag."""
    first = plain_xlsx(tmp_path / "2022.xlsx", ["Nombre", "Email", "Teléfono", "GitHub"],
                       ["Rubén Díaz Ortega", "ruben@acme.com", "611000001", "https://github.com/rubendiaz"])
    import_candidates(store, first)
    later = plain_xlsx(tmp_path / "2024.xlsx", ["Nombre", "Email", "Teléfono", "GitHub"],
                       ["Rubén Díaz Ortega", "ruben@beta.io", "622000002", "github.com/rubendiaz"])
    report = import_candidates(store, later)
    assert (report.created, report.updated) == (0, 1)
    assert people(services)[("Rubén", "Díaz Ortega")].notes == "Email: ruben@beta.io\nTeléfono: +34622000002"
    ad = "https://www.tecnoempleo.com/oferta/backend-java/rf-123"
    board = import_candidates(store, plain_xlsx(tmp_path / "tecno.xlsx", ["Nombre", "Email", "Web"],
                                                ["Juan García Pérez", "juan@example.com", ad],
                                                ["Laura García Ruiz", "laura@example.com", ad]))
    assert board.created == 2 and not [f for f in board.possible_duplicates if "web site" in f["reason"]]


def test_one_name_on_one_site_of_its_own_with_other_addresses_is_flagged(tmp_path, store, services):
    """Lucía Prieto on her own site, moved with a new email and phone: kept apart (namesakes may share a site),
    but without a word; now flagged to compare."""
    first = plain_xlsx(tmp_path / "2022.xlsx", ["Nombre", "Email", "Teléfono", "Ciudad", "Web"],
                       ["Lucía Prieto Sanz", "lucia@old.es", "611000001", "Valencia", "https://luciaprieto.dev"])
    import_candidates(store, first)
    lucia = people(services)[("Lucía", "Prieto Sanz")]
    later = plain_xlsx(tmp_path / "2024.xlsx", ["Nombre", "Email", "Teléfono", "Ciudad", "Web"],
                       ["Lucía Prieto Sanz", "lucia@new.es", "622000002", "Madrid", "luciaprieto.dev"])
    report = import_candidates(store, later)
    assert [(f["row"], f.get("candidate_id"), f["reason"]) for f in report.possible_duplicates] == [
        (2, lucia.id, "the same name and web site as an existing candidate, with another email and phone")]


def test_a_row_without_a_name_on_a_shared_site_is_not_said_to_have_the_same_name(tmp_path, store):
    path = plain_xlsx(tmp_path / "web.xlsx", ["Nombre", "Email", "Teléfono", "Web"],
                      ["Lucía Prieto", "lucia@example.com", "611000001", "https://luciaprieto.dev"],
                      [None, "otra@example.com", "622000002", "luciaprieto.dev"])
    report = import_candidates(store, path)
    assert not [f for f in report.possible_duplicates if "same name" in f["reason"]]


def test_a_blog_on_a_medium_subdomain_is_its_authors_own_address(tmp_path, store, services):
    """https://luciaprieto.medium.com was taken for Medium's bare site, no one's: an event list giving only her
    name and blog created a second Lucía Prieto."""
    first = plain_xlsx(tmp_path / "2022.xlsx", ["Nombre", "Email", "Ciudad", "Web / Portfolio"],
                       ["Lucía Prieto", "lucia@oldcorp.es", "Valencia", "https://luciaprieto.medium.com"])
    import_candidates(store, first)
    event = plain_xlsx(tmp_path / "evento.xlsx", ["Nombre", "Ciudad", "Web / Portfolio", "Skills"],
                       ["Lucía Prieto", "Madrid", "https://luciaprieto.medium.com", "Python, Kotlin"],
                       ["Pedro Gil", "Madrid", "https://medium.com", "Go"])
    report = import_candidates(store, event)
    assert (report.created, report.updated) == (1, 1)
    lucia = people(services)[("Lucía", "Prieto")]
    assert {s.name for s in lucia.skills} == {"Python", "Kotlin"}
