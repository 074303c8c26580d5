import pytest

from crm.domain.candidate_rules import clean_candidate
from crm.domain.errors import ValidationError


def test_clean_candidate_normalises_every_identity_field():
    cleaned = clean_candidate(
        {"first_name": "  josé ", "last_name": "GARCÍA LÓPEZ", "email": " Jose@Mail.COM ", "phone": "600 112 233",
         "linkedin_url": "linkedin.com/in/jose/"}
    )
    assert cleaned["first_name"] == "José"
    assert cleaned["last_name"] == "García López"
    assert cleaned["email"] == "jose@mail.com"
    assert cleaned["phone"] == "+34600112233"
    assert cleaned["linkedin_url"] == "https://linkedin.com/in/jose"


def test_every_bad_field_is_named_with_its_reason():
    with pytest.raises(ValidationError) as caught:
        clean_candidate({"first_name": "Ana", "email": "not-an-email", "phone": "abc", "expected_salary": "lots",
                         "english_level": "fluent"})
    error = caught.value
    assert "not a valid email" in error.for_field("email")
    assert "not a valid phone" in error.for_field("phone")
    assert "whole number" in error.for_field("expected_salary")
    assert "A1" in error.for_field("english_level")


def test_a_candidate_must_be_identifiable():
    with pytest.raises(ValidationError) as caught:
        clean_candidate({"city": "Madrid"})
    assert caught.value.for_field("first_name")


def test_salary_range_must_be_ordered():
    with pytest.raises(ValidationError) as caught:
        clean_candidate({"first_name": "Ana", "expected_salary": 55000, "expected_salary_max": 50000})
    assert caught.value.for_field("expected_salary_max")


def test_unknown_field_is_refused():
    with pytest.raises(ValidationError) as caught:
        clean_candidate({"first_name": "Ana", "shoe_size": 42})
    assert caught.value.for_field("shoe_size")


def test_a_profile_address_or_email_longer_than_its_column_is_refused_at_its_field():
    """Typed or pasted (a tracking link whole): PostgreSQL refused the save with its own words."""
    with pytest.raises(ValidationError) as refused:
        clean_candidate({"first_name": "Ana", "linkedin_url": "https://portfolio.example.com/" + "a" * 300,
                         "email": "x" * 250 + "@example.com"})
    assert sorted((e.field, e.reason) for e in refused.value.errors) == [
        ("email", f"'{'x' * 250}@example.com' is not a valid email address"),
        ("linkedin_url", "is longer than 300 characters")]
