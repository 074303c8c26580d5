"""Similar names in the same city (crm.importing.namesakes): what is flagged and what is not."""

import pytest

from crm.importing.namesakes import Namesakes, NameShapes, namesakes_of, spelling_key


@pytest.mark.parametrize("one, other", [
    ("gonzalez", "gonzales"), ("jimenez", "gimenez"), ("ximenez", "jimenez"), ("alvarez", "albarez"),
    ("hernandez", "ernandez"), ("vazquez", "vasquez"), ("cristina", "kristina"), ("sergio", "serjio"),
    ("garcia", "garsia"), ("castillo", "castiyo"), ("yolanda", "iolanda"), ("ruiz", "ruis"), ("marti", "martti"),
])
def test_spellings_that_sound_alike_share_a_key(one, other):
    assert spelling_key(one) == spelling_key(other)


@pytest.mark.parametrize("one, other", [
    ("garcia", "gracia"), ("perez", "peris"), ("lopez", "lozano"), ("guerra", "gerra"),
    ("marta", "marto"), ("sanz", "saez"), ("persona1", "persona2"), ("candidato1", "candidato11"),
])
def test_different_names_keep_different_keys(one, other):
    assert spelling_key(one) != spelling_key(other)


def person(first, last, city="Madrid"):
    return {"first_name": first, "last_name": last, "city": city}


KNOWN = [(1, person("José", "García López")), (2, person("Laura", "Gómez")), (3, person("Ana", "Núñez Peña", "Sevilla")),
         (4, person("Pau", "Puig i Vidal", "Barcelona")), (5, person("Pau", "Puig i Vidal", "Girona"))]


@pytest.mark.parametrize("incoming, expected", [
    (person("José", "García López"), [(1, True)]),  # the same name
    (person("JOSE", "GARCIA  LOPEZ", " madrid "), [(1, True)]),  # case, accents and spacing aside
    (person("García López", "José"), [(1, False)]),  # typed into the wrong columns
    (person("José", "García"), [(1, False)]),  # no second surname
    (person("Jose", "Garsia Lopes"), [(1, False)]),  # spelt as it sounds
    (person("Laura", "Gómez Ruiz"), [(2, False)]),  # a second surname the known one lacks
    (person("Ana", "Núñez de Peña", "SEVILLA"), [(3, False)]),  # a particle typed
    (person("Pau", "Puig Vidal", "Barcelona"), [(4, False)]),  # only the Barcelona one
    (person("José", "García Pérez"), []),  # another second surname: another person
    (person("José", "García López", "Málaga"), []),  # another city
    (person("José", "García López", None), []),  # no city: a name alone says too little
    (person("Josefa", "García López"), []),
    (person("Laura", "Gómez", ""), []),
])
def test_who_is_similar(incoming, expected):
    shapes = NameShapes()
    index = namesakes_of(KNOWN, shapes)
    shape = shapes.of(incoming)
    assert (index.matches(shape) if shape is not None else []) == expected


@pytest.mark.parametrize("values", [
    person(None, "Pérez"), person("David", None), person("David", ""), person("Chema", None), person("", "García"),
])
def test_one_word_of_a_name_is_too_little_to_flag(values):
    """"Pérez" or "David" in Madrid: hundreds of people in a big database, each of them like each other."""
    assert NameShapes().of(values) is None


@pytest.mark.parametrize("values", [person("José María", None), person(None, "García López"), person("Ana", "Gil")])
def test_two_words_of_a_name_are_enough(values):
    assert NameShapes().of(values) is not None


def test_a_files_index_keeping_first_people_only_answers_as_the_whole_one():
    """A file's rows are looked up in an index keeping only each key's first people (thousands of "Ana
    García" in Madrid made each row go through all the rows before it): the same answers, row by row."""
    names = [("Ana", "García"), ("ANA", "GARCIA"), ("Ana", "García López"), ("Ana", "Garsia"), ("García", "Ana"),
             ("Marta", "Sanz"), ("Marta", "Sanz Ortega"), ("Marta", "Sanz Ortiz"), ("Javi", "Ruiz"), ("Javier", "Ruiz"),
             ("Ana", "García"), ("Marta", "Sanz Ortega")]
    people = [person(*names[(i * 7) % len(names)], city=("Madrid", "madrid", "Bilbao")[i % 3]) for i in range(300)]
    shapes, whole, firsts = NameShapes(), Namesakes(), Namesakes(firsts_only=True)
    for row, values in enumerate(people, start=2):
        shape = shapes.of(values)
        assert firsts.first_match_then_add(row, shape) == whole.first_match_then_add(row, shape), row


def test_the_first_match_prefers_the_same_name():
    shapes = NameShapes()
    index = Namesakes()
    index.add(10, shapes.of(person("Marta", "Sanz")))  # the short form of the one below
    index.add(11, shapes.of(person("Marta", "Sanz Ortega")))
    assert index.first_match(shapes.of(person("Marta", "Sanz Ortega"))) == (11, True)
    assert index.first_match(shapes.of(person("Marta", "Sanz Ortiz"))) == (10, False)
    assert index.first_match(shapes.of(person("Marta", "Saez"))) is None


SHORT_FORMS_KNOWN = [(1, person("Javier", "Ruiz Soto")), (2, person("José María", "López")), (3, person("María Teresa", "Gil")),
                     (4, person("Francisco", "Moreno")), (5, person("Alejandro", "Sanz"))]


@pytest.mark.parametrize("incoming, expected", [
    (person("Javi", "Ruiz Soto"), [(1, False)]),  # as he introduces himself
    (person("Xavi", "Ruiz"), [(1, False)]),  # spelt the Catalan way, one surname
    (person("Chema", "López"), [(2, False)]),
    (person("Maite", "Gil"), [(3, False)]),
    (person("Paco", "Moreno"), [(4, False)]),
    (person("Fran", "Moreno"), [(4, False)]),
    (person("Álex", "Sanz"), [(5, False)]),
    (person("Javi", "Ruiz Soto", "Bilbao"), []),  # another city
    (person("Pepe", "Moreno"), []),  # José, not Francisco
    (person("Ruiz Soto", "Javi"), []),  # a surname is never read as a short form
])
def test_a_given_name_written_as_its_short_form_is_similar(incoming, expected):
    shapes = NameShapes()
    index = namesakes_of(SHORT_FORMS_KNOWN, shapes)
    assert index.matches(shapes.of(incoming)) == expected
