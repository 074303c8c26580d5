"""A phone written without its country code on a row that says the person lives abroad."""

from __future__ import annotations

import phonenumbers

BOTH_COUNTRIES = ("read as a Spanish number; the row says {country}, where it would be {other}: if that is it, write it "
                  "with its country code")


def in_country(text: str, country: str, read: str | None) -> tuple[str | None, str | None]:
    """(the number, a warning) for a cell read as Spanish (`read`, None when Spain refused it) on a row from
    `country`: that country's number when Spain refused it ("06 12 34 56 78", France; it was refused); the
    Spanish one, said, when it is a number of both ("912 345 678", Portugal: a Madrid landline too; a
    Spaniard abroad keeps their mobile, and people imported before are found by it); else `read`."""
    if text.lstrip().startswith(("+", "00")):
        return read, None
    try:
        parsed = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        return read, None
    if not phonenumbers.is_valid_number(parsed):
        return read, None
    there = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if read is None or not phonenumbers.is_valid_number(phonenumbers.parse(read)):
        return there, None
    return read, (BOTH_COUNTRIES.format(country=country, other=there) if there != read else None)
