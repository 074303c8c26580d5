"""Search: every operator of the query language, and hostile input that must never raise."""

import pytest

from crm.domain.search_query import And, Compare, Not, Or, Term, parse
from crm.services.search import SearchService

PEOPLE = [
    # key, fields, skills
    ("nunez", {"first_name": "José", "last_name": "Núñez Ibáñez", "city": "Madrid", "current_title": "Senior Backend Engineer",
               "expected_salary": 55000, "years_experience": 8, "notice_days": 30, "email": "jose.nunez@gmail.com",
               "english_level": "B2"}, ["Python", "Django", "postgres"]),
    ("obrien", {"first_name": "Sean", "last_name": "O'Brien", "city": "Barcelona", "current_title": "Java Developer",
                "expected_salary": 48000, "years_experience": 4, "notice_days": 15, "english_level": "C2"},
     ["Java", "Spring Boot", "Kotlin"]),
    ("muller", {"first_name": "Anna", "last_name": "Müller", "city": "Madrid", "current_title": "PHP Developer",
                "expected_salary": 40000, "years_experience": 3, "notice_days": 60, "status": "archived"},
     ["PHP", "Laravel"]),
    ("cpp", {"first_name": "Wei", "last_name": "Wang", "city": "Valencia", "current_title": "Systems Engineer",
             "expected_salary": 70000, "years_experience": 12, "notice_days": 90, "notes": "great at c++ templates"},
     ["C++", "Python"]),
    ("node", {"first_name": "Lucía", "last_name": "Pérez", "city": "San Sebastián", "current_title": "Full Stack Developer",
              "expected_salary": 45000, "years_experience": 5, "notice_days": 0}, ["Node.js", "TypeScript"]),
    ("csharp", {"first_name": "Carlos", "last_name": "Ruiz", "city": "Sevilla", "current_title": ".NET Developer",
                "expected_salary": 42000, "years_experience": 6}, ["C#", ".NET"]),
]


@pytest.fixture
def people(services):
    ids = {}
    for key, fields, skills in PEOPLE:
        ids[key] = services.candidates.create(fields, skills).id
    return ids


@pytest.fixture
def search(store):
    service = SearchService(store)

    def run(query):
        return service.search(query)

    return run


def names(result, people):
    by_id = {v: k for k, v in people.items()}
    return sorted(by_id[i] for i in result.ids)


def test_words_must_all_match_accent_and_case_insensitively(search, people):
    assert names(search("nunez"), people) == ["nunez"]
    assert names(search("JOSÉ madrid"), people) == ["nunez"]
    assert names(search("muller"), people) == ["muller"]
    assert names(search("madrid developer"), people) == ["muller"]


def test_exact_phrase(search, people):
    assert names(search('"backend engineer"'), people) == ["nunez"]
    assert names(search('"engineer backend"'), people) == []


def test_or_not_minus_and_parentheses(search, people):
    assert names(search("java OR php"), people) == ["muller", "obrien"]
    assert names(search("developer -php"), people) == ["csharp", "node", "obrien"]
    assert names(search("developer NOT php"), people) == ["csharp", "node", "obrien"]
    assert names(search("(java OR php) madrid"), people) == ["muller"]
    assert names(search("NOT madrid"), people) == ["cpp", "csharp", "node", "obrien"]


def test_prefix(search, people):
    assert names(search("pyth*"), people) == ["cpp", "nunez"]
    assert names(search("typescr*"), people) == ["node"]


def test_field_filters(search, people):
    assert names(search("skill:python"), people) == ["cpp", "nunez"]
    assert names(search("skill:postgresql"), people) == ["nunez"]
    assert names(search("city:madrid"), people) == ["muller", "nunez"]
    assert names(search('city:"san sebastian"'), people) == ["node"]
    assert names(search("name:wang"), people) == ["cpp"]


def test_comparisons(search, people):
    assert names(search("salary<=45000"), people) == ["csharp", "muller", "node"]
    assert names(search("salary<=45k"), people) == ["csharp", "muller", "node"]
    assert names(search("years>=8"), people) == ["cpp", "nunez"]
    assert names(search("notice<=30"), people) == ["node", "nunez", "obrien"]
    assert names(search("status:archived"), people) == ["muller"]
    assert names(search("english>=C1"), people) == ["obrien"]
    assert names(search("python salary<=60000"), people) == ["nunez"]
    assert names(search("madrid OR salary>=70000"), people) == ["cpp", "muller", "nunez"]


def test_skill_aliases_and_punctuated_skills(search, people):
    assert names(search("postgres"), people) == ["nunez"]
    assert names(search("c++"), people) == ["cpp"]
    assert names(search("c#"), people) == ["csharp"]
    assert names(search("node.js"), people) == ["node"]
    assert names(search("node"), people) == ["node"]
    assert names(search("skill:k8s"), people) == []


def test_a_skills_name_typed_as_words_finds_the_skill_it_is_stored_as(search, people):
    """"Spring Boot" is stored as the skill Spring: typed without quotes it found nobody (with them, Sean)."""
    assert names(search("Spring Boot"), people) == names(search('"Spring Boot"'), people) == ["obrien"]
    assert names(search("spring boot kotlin"), people) == ["obrien"]
    assert names(search("spring boot madrid"), people) == []  # the other words still count
    assert names(search("node js"), people) == ["node"]


def test_results_are_ranked_best_first(search, services, people):
    strong = services.candidates.create({"first_name": "Python", "last_name": "Pythonista",
                                         "current_title": "Python Developer"}, ["Python"]).id
    result = search("python")
    assert result.ids[0] == strong
    assert set(result.ids) == {strong, people["nunez"], people["cpp"]}


def test_the_column_weights_rank_a_name_above_notes_that_repeat_the_word(search, services):
    """Unweighted bm25 would put the notes-heavy record first (the word three times, short doc)."""
    in_notes = services.candidates.create({"first_name": "Ana", "last_name": "Ruiz",
                                           "notes": "Zubiri Zubiri Zubiri"}).id
    in_name = services.candidates.create({"first_name": "Marta", "last_name": "Zubiri",
                                          "summary": "Backend engineer with ten years of Java, Kotlin and Go "
                                                     "across payments, logistics and public sector projects"}).id
    assert search("zubiri").ids == [in_name, in_notes]


@pytest.mark.parametrize(
    "query",
    ["c++", "node.js", "O'Brien", "python AND", "AND", "OR", "NOT", "jose.nunez@gmail.com", '"unbalanced',
     'python "', "(", ")", "((python", "python)", "-", "--", "*", "pyth**", "name:", ":", "salary<=lots",
     "'; DROP TABLE candidate; --", '" OR 1=1 --', "\\", "\x00", "%", "_", "a" * 5000, "NEAR(a b)", "{name}: x",
     "^python", "status:nonsense", "english>=Z9", "city:", "😀", "王小明", "محمد"],
)
def test_hostile_input_never_raises(search, people, services, query):
    result = search(query)
    assert isinstance(result.ids, list)
    assert services.candidates.count() == len(PEOPLE)  # tables intact


def test_hostile_inputs_still_find_what_they_name(search, people):
    assert names(search("O'Brien"), people) == ["obrien"]
    assert names(search("jose.nunez@gmail.com"), people) == ["nunez"]
    assert names(search("python AND"), people) == ["cpp", "nunez"]
    assert names(search('"unbalanced python'), people) == []  # both words must match
    assert names(search("%"), people) == sorted(people)  # nothing searchable: everyone


def test_empty_query_matches_everyone_and_limit_applies(store, people):
    service = SearchService(store)
    assert len(service.search("").ids) == len(PEOPLE)
    assert len(service.search("developer", limit=2).ids) == 2


def test_highlight_terms_are_the_positive_words(search, people):
    assert search('python "backend engineer" -php city:madrid salary<=60000').terms == [
        "python", "backend engineer", "madrid"]


def test_parser_shapes():
    assert parse("a b") == And((Term("a"), Term("b")))
    assert parse("a OR b") == Or((Term("a"), Term("b")))
    assert parse("-a") == Not(Term("a"))
    assert parse("salary<=60k") == Compare("expected_salary", "<=", 60000)
    assert parse("") is None
