"""Who a row is: the keys the importer's dedupe compares."""

from __future__ import annotations

import random

from crm.domain import normalize
from crm.importing.identity import name_key, url_key


def plain_name_key(values: dict) -> tuple[str, str] | None:
    """The definition: the whole name, inner whitespace collapsed, folded; the city folded."""
    name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
    if not name:
        return None
    return normalize.fold(" ".join(name.split())), normalize.fold(values.get("city") or "")


def test_name_key_folds_the_parts_as_the_whole_name_would_be_folded():
    """name_key folds first name and surname apart (through a cache); it must equal folding the whole
    name, also for characters that decompose into a space or a combining mark, or change length."""
    rng = random.Random(5)
    alphabet = [*"aAñÑéÉüÜ ßİıǅ¨\u0301\u00a0\u2003-'.ÇçØøŁłǈ", "  ", "\t"]
    for _ in range(20_000):
        values = {"first_name": "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) or None,
                  "last_name": "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) or None,
                  "city": rng.choice([None, "Málaga", "A Coruña", "MADRID"])}
        assert name_key(values) == plain_name_key(values), values
    assert name_key({"first_name": "José", "last_name": "NÚÑEZ  Peña", "city": "Málaga"}) == (
        "jose nunez pena", "malaga")
    assert name_key({"first_name": "", "last_name": None, "city": "Madrid"}) is None


def test_profile_urls_compare_whatever_their_case():
    assert url_key("https://linkedin.com/in/LuisPerez") == url_key("https://linkedin.com/in/luisperez")
    assert url_key("https://linkedin.com/in/ÁlvaroX") == "https://linkedin.com/in/Álvarox"  # as SQLite's lower()
