"""Pure normalising rules applied to every value on its way into the store."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

import phonenumbers

DEFAULT_REGION = "ES"

# One address: no spaces, and none of the characters that surround or separate addresses ("Ana <a@b.es>").
_EMAIL_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_HAS_SCHEME = re.compile(r"^https?://", re.I)
_LINKEDIN_COUNTRY = re.compile(r"^(?:[a-z]{2}|m|mobile)\.linkedin\.com$")  # es., m. (its mobile site)
_LINKEDIN_PROFILE = re.compile(r"^in/[^/]+")
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")
# Legal-form suffixes ignored when comparing company names.
_COMPANY_FORMS = {
    "sl", "sa", "slu", "sau", "sll", "slp", "sc", "scoop", "cb", "sociedad", "limitada", "anonima",
    "ltd", "llc", "inc", "gmbh", "bv", "plc", "corp", "co", "spa", "srl", "sas", "slne", "sccl",
}


# Characters that show nothing and split no words, pasted in with text from web pages and PDFs: a zero-width
# space before an address made "\u200bana@x.es" another person than "ana@x.es". (The zero-width joiners,
# part of some scripts' spelling and of emoji, stay.)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"))

# Control characters come in with cells (a NUL pasted from Word, which Excel writes "_x0000_"; its vertical
# tab for a line break; a crafted file's ANSI sequence "\x1b[31mRojo\x1b[0m"): a terminal obeys them
# (colours, a cleared screen), search indexed "31mrojo", PostgreSQL refuses a NUL and with it the whole
# import. A terminal's sequence goes whole (CSI: ESC [, parameters, a final byte; OSC: ESC ] up to BEL or ST);
# any other C0 or C1 control (and DEL) becomes a space. (C1's one-character CSI, U+009B, is a space too, its
# parameters left as text: it is also what a "›" becomes through Latin-1, and its "final byte" a letter.)
_TERMINAL_SEQUENCE = re.compile("\x1b\\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
                                "|\x1b\\][^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\\\|\x9c)")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# In text kept on several lines (notes): Word's vertical tab and a form feed break the line; tab, LF and CR stay.
_LINE_BREAKING = str.maketrans("\x0b\x0c", "\n\n")
_LONG_TEXT_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# Every character of Unicode's category Cf ("format": bidi marks, embeddings and isolates, joiners, the BOM,
# tags): they show nothing, and in an email address, a phone number or a URL they have no use; a left-to-right
# mark copied before an address passed as valid and made another person. (U+13439-U+1343F are Cf from Unicode
# 15 on.) Names keep them (text): the joiners are part of some scripts' spelling and of emoji.
_FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def _without_sequences(value: str) -> str:
    return _TERMINAL_SEQUENCE.sub("", value) if "\x1b" in value else value


def text(value: str | None) -> str | None:
    """NFC, trimmed, inner whitespace collapsed, invisible characters dropped, control characters (and
    terminal sequences) gone; empty becomes None."""
    if value is None:
        return None
    value = str(value)
    # isprintable() is one C pass, False for any control (and for a tab, a line break, a no-break space...):
    # nearly every cell answers True, and only the others are searched
    if not value.isprintable():
        value = _CONTROL.sub(" ", _without_sequences(value))
    if not value.isascii():  # NFC leaves ASCII as it is
        value = unicodedata.normalize("NFC", value).translate(_INVISIBLE)
    # Inner whitespace collapsed to one space, ends trimmed: str.split() splits on what \s matches.
    value = " ".join(value.split())
    return value or None


def long_text(value: str | None) -> str | None:
    """Text kept on several lines (notes, a summary): as written, without control characters or terminal
    sequences (a vertical tab or form feed is a line break; tab, LF and CR stay; any other control is a
    space); its end trimmed, not its start (a leading tab is what was written); empty becomes None."""
    if value is None:
        return None
    value = str(value)
    if not value.isprintable():  # (a line break makes most notes answer False: they are searched once)
        value = _LONG_TEXT_CONTROL.sub(" ", _without_sequences(value).translate(_LINE_BREAKING))
    return value.rstrip() or None


def _without_format_characters(value: str | None) -> str | None:
    """`value` without any character of category Cf (see _FORMAT_CHARACTERS); ASCII has none."""
    if value is None or value.isascii():
        return value
    return _FORMAT_CHARACTERS.sub("", value) or None


def email(value: str | None) -> str | None:
    """Trimmed and lower-cased, without format characters; None when empty. Does not validate (see
    `is_valid_email`)."""
    value = text(value)
    if value is None:
        return None
    if not value.isascii():  # (_without_format_characters, spelled out: every row's email comes here)
        value = _FORMAT_CHARACTERS.sub("", value)
    value = value.replace(" ", "").lower()
    if value.startswith("mailto:"):
        value = value[len("mailto:"):]
    return value.rstrip(".,;:") or None  # "ana@example.com." ends a sentence; no address ends so


def is_valid_email(value: str) -> bool:
    """One address, at most 254 characters (no mail system takes a longer one; PostgreSQL refused the
    whole import over it)."""
    return len(value) <= 254 and bool(_EMAIL_RE.match(value))


def phone(value: str | None, region: str = DEFAULT_REGION) -> str | None:
    """E.164 (`+34600111222`). Raises ValueError when the text is not a possible phone number."""
    value = _without_format_characters(text(value))
    if value is None:
        return None
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError(f"not a phone number: {value!r}") from exc
    if not phonenumbers.is_possible_number(parsed):
        raise ValueError(f"not a possible phone number: {value!r}")
    if placeholder_number(str(parsed.national_number)):
        raise ValueError(f"{PLACEHOLDER_PHONE}: {value!r}")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


PLACEHOLDER_PHONE = "a placeholder, not a phone number"


def placeholder_number(digits: str) -> bool:
    """A number written where the real one is unknown ("000 000 000", "123456789", "600000000"): stored as a
    phone, it made everyone who had it one person."""
    # (not a run downwards: 654 321 098, 876 543 210 and 987 654 321 are a mobile, Zaragoza's and León's)
    return len(set(digits)) == 1 or digits in "01234567890123" or len(set(digits[1:])) == 1 and digits[1] == "0"


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(value: str) -> str:
    """Lower-cased as SQLite's lower() does it (ASCII letters only), so that a comparison made here agrees
    with one made through an index on lower(...). (str.lower is that for ASCII text, and ~10x faster.)"""
    return value.lower() if value.isascii() else value.translate(_ASCII_LOWER)


def _address_parts(value: str | None) -> tuple[str, str, str, str] | None:
    """(scheme, host, "/" or "", path) of a URL as typed: a scheme added if missing, no spaces, the host
    lower-cased and without "www."; None for an empty value. (No format characters: see email.)"""
    value = _without_format_characters(text(value))
    if value is None:
        return None
    value = value.replace(" ", "")
    if not _HAS_SCHEME.match(value):
        value = "https://" + value
    scheme, _, rest = value.partition("://")
    host, slash, path = rest.partition("/")
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    return scheme.lower(), host, slash, path


def web_address(value: str | None) -> str | None:
    """A URL with a scheme, host lower-cased, no "www.", no trailing slash. (Profile URLs were stored
    so until migration 0005; tombstones written then hashed this form, see safety.tombstones.)"""
    parts = _address_parts(value)
    return None if parts is None else "{}://{}{}{}".format(*parts).rstrip("/")


def url(value: str | None) -> str | None:
    """A profile URL as stored: a web_address, and LinkedIn and GitHub profiles in one form whatever way
    they were copied (the importer finds people by them): https; LinkedIn's country hosts
    (es.linkedin.com) as linkedin.com; no query or fragment (tracking such as ?originalSubdomain=es);
    a LinkedIn profile's path ends at its name (/in/ana/es is /in/ana); its letters are written out, not
    percent-escaped (/in/ana-l%C3%B3pez is /in/ana-lópez). (Every imported profile URL
    comes here: the address is taken apart once.)"""
    parts = _address_parts(value)
    if parts is None:
        return None
    scheme, host, slash, path = parts
    linkedin = host == "linkedin.com" or _LINKEDIN_COUNTRY.match(host) is not None
    if not (linkedin or host == "github.com"):
        return f"{scheme}://{host}{slash}{path}".rstrip("/")
    path = _QUERY_OR_FRAGMENT.split(path, maxsplit=1)[0]
    if "%" in path:  # a browser copies /in/ana-l%C3%B3pez, the page shows /in/ana-lópez: one profile
        path = unicodedata.normalize("NFC", unquote(path))
    if linkedin and (profile := _LINKEDIN_PROFILE.match(path)):
        path = profile.group(0)
    return f"https://{'linkedin.com' if linkedin else host}{slash}{path}".rstrip("/")


# The usual accents (U+0300-U+036F, all combining except the grapheme joiner U+034F): one regex pass
# strips them; only text that is still not ASCII then needs the character-by-character check.
_COMMON_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def fold(value: str) -> str:
    """Case- and accent-insensitive form for comparisons and search (`Núñez` -> `nunez`)."""
    if value.isascii():
        return value.casefold()  # NFKD leaves ASCII as it is and it has no combining marks
    decomposed = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", value.casefold()))
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def company_key(name: str) -> str:
    """Dedupe key for a company: accents, case, punctuation and legal forms ignored.

    "ACME TECH, SL", "Acme Tech S.L." and "Acme Tech" share the key "acme tech".
    """
    folded = fold(name)
    # "S.L.U." -> "slu": drop dots between letters before splitting on punctuation.
    folded = re.sub(r"(?<=\b\w)\.(?=\w\b)", "", folded)
    folded = folded.replace(".", "")
    words = re.findall(r"\w+", folded)
    # "S. A.", "S L U": a legal form written letter by letter, with spaces, is one word
    letters = 0
    while letters < len(words) - 1 and len(words[-1 - letters]) == 1:
        letters += 1
    if letters >= 2 and "".join(words[-letters:]) in _COMPANY_FORMS:
        words[-letters:] = ["".join(words[-letters:])]
    while len(words) > 1 and words[-1] in _COMPANY_FORMS:
        words.pop()
    return " ".join(words)


# Direction marks and embeddings, overrides and isolates: a right-to-left name pasted from a web page or
# a chat comes wrapped in them ("\u202bAhmed Hassan\u202c"). Invisible, they kept the stored name from
# matching the same name typed plainly, and an override can show a name reversed; the joiners (U+200C,
# U+200D), which some scripts need, stay.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def person_name(value: str | None) -> str:
    """A name part: NFC, trimmed, without direction controls; an all-caps or all-lower name gets title case
    (`NÚÑEZ` -> `Núñez`)."""
    value = text(value) or ""
    if not value.isascii():
        value = " ".join(value.translate(_BIDI_CONTROLS).split())
    if value and (value.isupper() or value.islower()) and any(ch.isalpha() for ch in value):
        value = _title_case(value)
    return value


_LOWER_PARTICLES = {"de", "del", "la", "las", "los", "y", "i", "da", "van", "von", "der"}


def _title_case(value: str) -> str:
    words = []
    for index, word in enumerate(value.lower().split(" ")):
        if index > 0 and word in _LOWER_PARTICLES:
            words.append(word)
            continue
        # O'brien -> O'Brien, garcía-lópez -> García-López
        words.append(_WORD_PART_START.sub(lambda m: m.group(1) + m.group(2).upper(), word))
    return " ".join(words)


# A word's first letter, after any format characters before it (a right-to-left override before "GARCÍA" made
# it "garcía"), and a letter after a hyphen or an apostrophe.
_WORD_PART_START = re.compile(f"(^{_FORMAT_CHARACTERS.pattern}*|[-'’])(\\w)")
