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
