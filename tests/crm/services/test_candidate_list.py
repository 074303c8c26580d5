from crm.services.candidate_list import CandidateListService


def _people(services):
    ada = services.candidates.create({"first_name": "Ada", "last_name": "Zubiri", "city": "Madrid",
                                      "expected_salary": 60000}, skills=[("Python", 6), ("Go", 2), "SQL", ("Java", 1)])
    bea = services.candidates.create({"first_name": "Bea", "last_name": "Alonso", "city": "Bilbao",
                                      "expected_salary": 40000})
    cid = services.candidates.create({"first_name": "Cid", "last_name": "Moreno", "email": "cid@example.com"})
    return ada, bea, cid


def test_ids_are_sorted_in_sql_with_empty_values_last(services, store):
    ada, bea, cid = _people(services)
    listing = CandidateListService(store)
    assert listing.ids("name") == [bea.id, cid.id, ada.id]
    assert listing.ids("name", descending=True) == [ada.id, cid.id, bea.id]
    assert listing.ids("salary") == [bea.id, ada.id, cid.id]
    assert listing.ids("salary", descending=True) == [ada.id, bea.id, cid.id]


def test_restricted_ids_keep_rank_order_or_sort_by_key(services, store):
    ada, bea, cid = _people(services)
    listing = CandidateListService(store)
    assert listing.ids(None, restrict_to=[cid.id, ada.id, 999]) == [cid.id, ada.id]
    assert listing.ids("city", restrict_to=[cid.id, ada.id, bea.id]) == [bea.id, ada.id, cid.id]


def test_archived_can_be_left_out(services, store):
    ada, bea, cid = _people(services)
    services.candidates.archive(bea.id, bea.version)
    listing = CandidateListService(store)
    assert bea.id not in listing.ids("name", include_archived=False)
    assert bea.id in listing.ids("name")


def test_rows_come_back_in_the_asked_order_with_top_skills(services, store):
    ada, bea, cid = _people(services)
    rows = CandidateListService(store).rows([cid.id, ada.id])
    assert [row.id for row in rows] == [cid.id, ada.id]
    assert rows[1].name == "Ada Zubiri"
    assert rows[1].top_skills == "Python, Go, Java"  # most years first, at most three
    assert rows[1].salary == 60000 and rows[0].email == "cid@example.com"


def test_the_top_of_the_list_can_be_read_alone_and_counted(services, store):
    ada, bea, cid = _people(services)
    services.candidates.archive(bea.id, bea.version)
    listing = CandidateListService(store)
    assert listing.ids("name", limit=1, include_archived=False) == [cid.id]
    assert listing.ids("name", limit=2) == [bea.id, cid.id]
    assert listing.count() == 3 and listing.count(include_archived=False) == 2


def test_has_any_sees_archived_candidates_too(services, store):
    listing = CandidateListService(store)
    assert not listing.has_any()
    person = services.candidates.create({"first_name": "Ana"})
    services.candidates.archive(person.id, person.version)
    assert listing.has_any() and listing.ids("name", include_archived=False, limit=5) == []
