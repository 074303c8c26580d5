"""Control characters, terminal sequences and format characters on their way into the store.

A cell or a typed value may carry what nobody sees: a NUL pasted from Word (PostgreSQL refuses it, and with
it a whole import), Word's vertical tab, a crafted file's ANSI sequence that colours or clears the terminal
`crm candidates show` prints to, a left-to-right mark before an email address that made it another person.
"""

import sys
import unicodedata

import pytest

from crm.domain import normalize
from crm.domain.candidate_rules import clean_candidate

CONTROLS = [chr(code) for code in [*range(0x20), *range(0x7F, 0xA0)]]


@pytest.mark.parametrize(("written", "stored"), [
    ("\x1b[31mRojo\x1b[0m", "Rojo"),  # colour on, colour off: the sequences go whole
    ("Ana\x1b[2J\x1b[H", "Ana"),  # clear the screen, cursor home
    ("\x1b[38;5;196mRojo", "Rojo"),
    ("\x1b]0;pwned\x07García", "García"),  # a window title (OSC), ended by BEL...
    ("\x1b]8;;https://evil.example\x1b\\Ana\x1b]8;;\x1b\\", "Ana"),  # ...or by ST: a hidden hyperlink
    ("Ana \x9b Rojo", "Ana Rojo"),  # C1's CSI is a space: it is also a "›" that went through Latin-1
    ("Antes\x00Despues", "Antes Despues"),  # how calamine gives Excel's _x0000_
    ("Ana\x07", "Ana"),
    ("uno\x0bdos", "uno dos"),
    ("uno\x1fdos\x7ftres\x85cuatro", "uno dos tres cuatro"),
    ("Ana \x1b García", "Ana García"),  # a lone ESC is a control like any other
    ("\x00\x1b[0m\x07", None),
])
def test_one_line_text_loses_control_characters_and_terminal_sequences(written, stored):
    assert normalize.text(written) == stored


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_no_control_character_survives_a_name_or_a_title(control):
    assert normalize.text(f"Antes{control}Despues") == "Antes Despues"
    assert normalize.person_name(f"ROJO{control}") == "Rojo"


def test_one_line_text_keeps_what_is_not_a_control():
    """The fast path is the usual path: plain and accented text as before, the joiners of names kept."""
    assert normalize.text("  José   Núñez ") == "José Núñez"
    assert normalize.text("Ana [31m") == "Ana [31m"  # no ESC: just text
    assert normalize.text("क्\u200dष") == "क्\u200dष"  # a zero-width joiner is part of the spelling
    assert normalize.text("\u200bAna") == "Ana"


@pytest.mark.parametrize(("written", "stored"), [
    ("línea uno\x0blínea dos", "línea uno\nlínea dos"),  # Word's line break
    ("página uno\x0cpágina dos", "página uno\npágina dos"),
    ("\tcon tabulador\r\nsegunda línea", "\tcon tabulador\r\nsegunda línea"),  # tab, CR and LF stay
    ("Antes\x00Despues", "Antes Despues"),
    ("nota \x1b[31mroja\x1b[0m\x07", "nota roja"),  # (its end trimmed)
    ("  sangrada", "  sangrada"),  # (its start as written)
    ("\x1b]0;title\x07nota", "nota"),
    ("\x00\x1b[0m", None),
    (None, None),
])
def test_multi_line_text_keeps_its_lines_and_loses_the_rest(written, stored):
    assert normalize.long_text(written) == stored


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_no_nul_nor_escape_survives_a_note(control):
    kept = normalize.long_text(f"Antes{control}Despues")
    assert "\x00" not in kept and "\x1b" not in kept
    assert kept.replace("Antes", "").replace("Despues", "") in ("\t", "\n", "\r", " ")


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u200d", "\u200c", "\u202a", "\u202e", "\u2066", "\u2069",
                                  "\u2060", "\ufeff"], ids=lambda c: f"U+{ord(c):04X}")
def test_a_format_character_makes_no_other_email_phone_or_profile(mark):
    """'\\u200eana.ruiz@x.es' passed as valid, could receive no mail, and created the person again."""
    assert normalize.email(f"{mark}Ana.Ruiz@x.es{mark}") == "ana.ruiz@x.es"
    assert normalize.email(f"ana.{mark}ruiz@x.es") == "ana.ruiz@x.es"
    assert normalize.phone(f"{mark}+34 600 111 222{mark}") == "+34600111222"
    assert normalize.url(f"{mark}https://www.linkedin.com/in/ana-ruiz{mark}") == "https://linkedin.com/in/ana-ruiz"
    assert normalize.web_address(f"{mark}ruiz.dev/{mark}") == "https://ruiz.dev"


def test_every_format_character_leaves_an_email():
    """Every character of category Cf, as this Python's Unicode knows them."""
    format_characters = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cf"]
    kept = {ch for ch in format_characters if normalize.email(f"ana{ch}@x.es") != "ana@x.es"}
    assert not kept, [f"U+{ord(ch):04X}" for ch in sorted(kept)]


def test_letters_of_an_email_or_a_profile_stay():
    assert normalize.email("Núñez@Correo.es") == "núñez@correo.es"
    assert normalize.url("linkedin.com/in/ana-lópez") == "https://linkedin.com/in/ana-lópez"


def test_a_surname_after_a_format_character_is_title_cased():
    assert normalize.person_name("\u200dGARCÍA LÓPEZ") == "\u200dGarcía López"
    assert normalize.person_name("\u202eGARCÍA LÓPEZ") == "García López"  # (a direction control is dropped)


def test_typed_values_follow_the_rule():
    """The editor's and the services' values pass through the same rules (candidate_rules)."""
    cleaned = clean_candidate({"first_name": "Ana\x00", "last_name": "\x1b[31mRojo\x1b[0m",
                               "current_title": "Jefa\x07 de equipo", "email": "\u200eana.ruiz@x.es"})
    assert (cleaned["first_name"], cleaned["last_name"], cleaned["current_title"], cleaned["email"]) == (
        "Ana", "Rojo", "Jefa de equipo", "ana.ruiz@x.es")
