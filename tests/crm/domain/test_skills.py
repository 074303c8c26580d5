import pytest

from crm.domain.skills import canonical, canonical_list


@pytest.mark.parametrize("spelling", ["postgres", "PostgreSQL", "postgresql", " Postgres ", "POSTGRESQL"])
def test_postgres_spellings_are_one_skill(spelling):
    assert canonical(spelling) == ("postgresql", "PostgreSQL")


@pytest.mark.parametrize("spelling", ["node", "Node.js", "nodejs", "NODE JS"])
def test_node_spellings_are_one_skill(spelling):
    assert canonical(spelling) == ("nodejs", "Node.js")


def test_c_family_stays_apart():
    keys = {canonical(s)[0] for s in ("C", "C++", "C#")}
    assert len(keys) == 3


def test_unknown_skill_keeps_its_spelling():
    assert canonical("Apache Camel") == ("apache_camel", "Apache Camel")


def test_list_deduplicates_on_canonical_key():
    assert canonical_list(["postgres", "Python", "PostgreSQL", "", "python3"]) == [
        ("postgresql", "PostgreSQL"),
        ("python", "Python"),
    ]


def test_a_known_skill_with_its_version_is_that_skill():
    """'SQL Server 2019' was a skill of its own, which skill:"sql server" did not find."""
    from crm.domain.skills import canonical

    assert canonical("SQL Server 2019") == ("sqlserver", "SQL Server")
    assert canonical("Angular 17")[0] == canonical("Java 11")[0].replace("java", "angular")
    assert canonical("Windows 11") == ("windows_11", "Windows 11")  # an unknown name keeps its number


def test_a_skill_typed_with_decomposed_accents_is_stored_composed():
    import unicodedata

    from crm.domain.skills import canonical

    assert canonical(unicodedata.normalize("NFD", "Diseño UX"))[1] == unicodedata.normalize("NFC", "Diseño UX")
