import pytest

from crm.domain import normalize


@pytest.mark.parametrize(
    "raw, expected",
    [("  Ana.Garcia@Example.COM ", "ana.garcia@example.com"), ("", None), (None, None), ("mailto:X@Y.es", "x@y.es")],
)
def test_email_is_trimmed_and_lower_cased(raw, expected):
    assert normalize.email(raw) == expected


@pytest.mark.parametrize("raw", ["600 11 22 33", "+34 600-112-233", "0034600112233", "(+34) 600112233", "600.11.22.33"])
def test_spanish_phones_become_e164(raw):
    assert normalize.phone(raw) == "+34600112233"


def test_foreign_phone_keeps_its_country():
    assert normalize.phone("+44 20 7946 0958") == "+442079460958"


@pytest.mark.parametrize("raw", ["000 000 000", "123456789", "666666666", "600000000", "+34 000000000"])
def test_a_placeholder_written_for_an_unknown_phone_is_no_phone(raw):
    """Stored as +34000000000, it made everyone who had it one person."""
    with pytest.raises(ValueError, match="placeholder"):
        normalize.phone(raw)


@pytest.mark.parametrize("raw", ["91 555 00 00", "600 12 34 56", "612345678", "+44 20 7946 0958", "654 321 098",
                                 "876 543 210", "987 654 321"])
def test_real_numbers_with_runs_of_digits_are_phones(raw):
    assert normalize.phone(raw).startswith("+")


def test_garbage_phone_is_refused():
    with pytest.raises(ValueError):
        normalize.phone("call me maybe")


@pytest.mark.parametrize(
    "name", ["ACME TECH, SL", "Acme Tech S.L.", "acme tech", "Acme Tech, S.L.U.", "ACME  TECH SA", "Ácme Tech SL"]
)
def test_company_key_ignores_case_punctuation_and_legal_form(name):
    assert normalize.company_key(name) == "acme tech"


def test_company_key_keeps_distinct_companies_apart():
    assert normalize.company_key("Acme Tech S.L.") != normalize.company_key("Acme Labs S.L.")


def test_fold_removes_accents_and_case():
    assert normalize.fold("Núñez") == "nunez"
    assert normalize.fold("MÜLLER") == "muller"


def test_names_written_in_capitals_get_title_case_but_particles_stay_lower():
    assert normalize.person_name("NÚÑEZ IBÁÑEZ") == "Núñez Ibáñez"
    assert normalize.person_name("puig i vidal") == "Puig i Vidal"
    assert normalize.person_name("o'brien") == "O'Brien"
    assert normalize.person_name("McDonald") == "McDonald"  # mixed case is left as the person wrote it


def test_text_is_nfc_normalised():
    decomposed = "Jose\u0301"
    assert normalize.text(decomposed) == "José"


def test_profile_urls_are_normalised():
    assert normalize.url("www.LinkedIn.com/in/ana-garcia/") == "https://linkedin.com/in/ana-garcia"
    assert normalize.url("https://linkedin.com/in/ana-garcia") == "https://linkedin.com/in/ana-garcia"
    assert normalize.url("https://m.linkedin.com/in/ana-garcia/") == "https://linkedin.com/in/ana-garcia"  # mobile
    assert normalize.url("https://www.linkedin.com/in/ana-l%C3%B3pez/") == "https://linkedin.com/in/ana-lópez"


def test_fold_shortcuts_give_the_character_by_character_result_for_every_character():
    import unicodedata

    def by_definition(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    for code in [*range(0xD800), *range(0xE000, 0x10000), *range(0x1D100, 0x1D250)]:  # BMP + musical marks
        for value in (chr(code), f"Ñ{chr(code)}a\u0301"):
            assert normalize.fold(value) == by_definition(value), hex(code)


def test_text_collapses_every_kind_of_whitespace_and_composes_accents():
    assert normalize.text(" Jose\u0301 \t\u00a0Nu\u0301n\u0303ez\u2003\n") == "José Núñez"
    assert normalize.text(" \u3000\t ") is None
    assert normalize.text(600111222) == "600111222"


@pytest.mark.parametrize("name", ["Banco Meridiano S. A.", "Banco Meridiano, S.A.", "BANCO MERIDIANO SA",
                                  "Banco Meridiano S A"])
def test_a_legal_form_written_letter_by_letter_is_still_the_legal_form(name):
    """"S. A." with a space kept "banco meridiano s a" apart from "Banco Meridiano, S.A."."""
    assert normalize.company_key(name) == "banco meridiano"
    assert normalize.company_key("Acme, S. L. U.") == normalize.company_key("Acme SLNE") == "acme"
    assert normalize.company_key("Grupo S A Consultores") == "grupo s a consultores"  # letters inside the name stay


def test_a_names_direction_controls_are_dropped_its_joiners_kept():
    """A right-to-left name pasted from a web page came wrapped in U+202B ... U+202C: stored so, it did not
    match the same name typed plainly. Joiners are part of some scripts' spelling."""
    assert normalize.person_name("\u202bAhmed Hassan\u202c") == "Ahmed Hassan"
    assert normalize.person_name("\u2067Ahmed\u2069 \u200fHassan") == "Ahmed Hassan"
    assert normalize.person_name("\u202eGARCÍA") == "García"
    assert normalize.person_name("अनु\u200dराग") == "अनु\u200dराग"
