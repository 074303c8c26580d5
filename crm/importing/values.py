"""Turn the text people type in spreadsheets into typed values.

Each parser returns the value or raises `Unparsed(reason)`; the importer then keeps the raw text
in the candidate's notes and reports a warning naming the row and column, so nothing is lost.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from crm.domain import normalize
from crm.domain.skills import canonical

# Spreadsheet columns repeat the same few words (cities, "1 mes", "55k"): fold each once.
fold = lru_cache(maxsize=65536)(normalize.fold)


class Unparsed(ValueError):
    """The text could not be read as the column's type; `reason` says why in plain words."""


class PartlyRead(ValueError):  # noqa: N818 - not an error: a value and a remark
    """The cell gave its column's value, and more that the value cannot hold (a second phone number):
    the importer stores `value` and keeps the whole cell in the notes, with this reason."""

    def __init__(self, value: Any, reason: str):
        super().__init__(reason)
        self.value = value


def as_text(value: Any) -> str | None:
    """A cell as the text a person sees: 600111222.0 -> '600111222', dates as ISO."""
    if value.__class__ is str:  # nearly every cell: answered before the type checks below
        return value if value.strip() else None
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return text if text.strip() else None


# ---- cells that say there is nothing ----------------------------------------------------------------
# What trackers write in a cell to say there is nothing to know: "-", "?", "N/A", "n/d", "sin datos". Such a
# cell is empty: no value, no warning, nothing in the notes. ("No" is not one: in a yes/no column it is data.)
_NOTHING_WORDS = frozenset({"n/a", "na", "n.a.", "n/d", "nd", "n.d.", "s/d", "none", "null", "nil", "ninguno",
                            "ninguna", "nada", "sin datos", "sin dato", "no tiene", "no consta", "desconocido",
                            "unknown", "no data", "not available",
                            # job boards' exports for a question the candidate left blank
                            "no especificado", "no especificada", "sin especificar", "not specified",
                            "unspecified", "no indicado", "no indicada"})
# In a contact column (email, phone, profile) "sin perfil", "no tiene linkedin", "sin móvil" say the same.
_NO_CONTACT = re.compile(r"^(?:sin|no tiene|no hay|none|no)\s+[a-z]+(?:\s+[a-z]+)?$")
_WORD_CHARACTER = re.compile(r"\w")


PLACEHOLDER_MAX = 16  # longer texts say something: a cell's text is not looked at beyond this (cost per row)


def is_placeholder(value: Any) -> bool:
    """A cell whose text only says there is nothing there (says_nothing), in any column. (Every name cell
    comes here: names repeat, so the answer is remembered.)"""
    return value.__class__ is str and len(value) <= PLACEHOLDER_MAX and _says_nothing_remembered(value)


# Placeholder words that are people's names too ("Nil" in Catalonia, "Nada", the Korean surname "Na"): in a
# name column they are the name.
_ALSO_NAMES = frozenset({"na", "nd", "nada", "nil"})


NOT_A_NAME = "not a person's name (it holds a number or a date)"
_NUMBER_OR_DATE = re.compile(r"\d{3,}|\d[/.:-]\d")  # "10023", "03/11/2026"; not a list's "Persona 2"


def name_text(value: Any) -> str:
    """A name cell's text; Unparsed when it holds a number or a date: a note under the list ("Actualizado el
    03/11/2026"), an id or a phone in the name column, not anybody's name."""
    text = as_text(value) or ""
    if _NUMBER_OR_DATE.search(text) is not None:
        raise Unparsed(NOT_A_NAME)
    return text


def is_name_placeholder(value: Any) -> bool:
    """is_placeholder, for a name cell: "-" or "N/A" is no name, "Nil" is."""
    return is_placeholder(value) and fold(value.strip()) not in _ALSO_NAMES


def says_nothing(text: str, contact: bool = False) -> bool:
    """Whether a cell's text only says there is nothing there (a placeholder), in any column or, with
    `contact`, in a column of emails, phones or profile URLs."""
    if _WORD_CHARACTER.search(text) is None:
        return True
    folded = " ".join(fold(text).split())
    return folded in _NOTHING_WORDS or (contact and _NO_CONTACT.match(folded) is not None)


_says_nothing_remembered = lru_cache(maxsize=65536)(says_nothing)


# ---- money --------------------------------------------------------------------------------------
_NOT_A_SALARY = {"a convenir", "convenir", "negociable", "a negociar", "tbd", "to be agreed", "n/a", "na", "-",
                 "?", "segun valia", "según valía", "ver notas", "open", "depends", "nd", "n.d.",
                 "consultar", "a consultar", "abierto", "competitivo", "ns/nc", "segun convenio", "a definir",
                 "por definir", "competitive", "tbc"}
_MONEY_NOISE = re.compile(r"(€|eur(os)?|brutos?|gross|b/a|\bb\.a\.?|\bsba\b|/\s*ano|/\s*año|anuales?|al año|per year|"
                          r"/year|p\.a\.|"
                          r"aprox\.?|approx\.?|~|\bnegociables?\b|\bnegotiable\b|\bfij[oa]s?\b|"
                          r"\bfixed\b)", re.I)
_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\ba\b|\bto\b|\by\b|\band\b|\bhasta\b|/)\s*")
# "entre 40 y 45k", "between 40 and 45k", "de 40 hasta 50k": a range; "+50k", ">50k", "50k+", "más de 50k",
# "desde 50k": at least ("desde 40k hasta 50k" a range); "hasta 60k", "up to 60k": at most.
_RANGE_WORD = re.compile(r"^(?:entre|between|de)\s+")
_UP_TO = re.compile(r"^(?:hasta|maximo|max\.?|up to|<=?)\s*")
_AT_LEAST = re.compile(r"^(?:\+|>=?|mas de|desde|a partir de|minimo|min\.?|from|at least|over)\s*|\s*\+$")
_MONTHLY = re.compile(r"/\s*mes\b|\bal mes\b|\bmensual(es)?\b|\bper month\b|/\s*month\b|\ba month\b")
_NUMBER = re.compile(r"^(\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)\s*(k|mil|m)?$", re.I)
# Thousands and cents, as a currency cell copied as text writes them: "45.000,00" (Spain), "45,000.00".
_WITH_CENTS = re.compile(r"(\d{1,3}(?:([.,\s])\d{3})+)([.,])\d{1,2}")


def salary(value: Any) -> tuple[int | None, int | None]:
    """(low, high) in EUR a year: 55000, '55.000 €', '55k', '55K €', '50-55k' -> (50000, 55000); a
    maximum only ('hasta 60k', 'up to 60k') -> (None, 60000).

    'a convenir' and the like raise Unparsed (the caller stores nothing and warns)."""
    if value is None:
        return None, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _plausible(float(value)), None
    text = normalize.text(str(value)) or ""
    folded = fold(text).strip(" .")
    if folded in _NOT_A_SALARY or fold("a convenir") in folded:
        raise Unparsed("no amount given (to be agreed)")
    if _MONTHLY.search(folded):
        raise Unparsed("a monthly amount, not a yearly salary")
    cleaned = _MONEY_NOISE.sub(" ", folded).strip()
    up_to = _UP_TO.match(cleaned)
    if up_to:
        rest = cleaned[up_to.end():].strip()
        if not rest or len([p for p in _RANGE_SPLIT.split(rest) if p]) != 1:
            raise Unparsed("not an amount")
        return None, _plausible(_amount(rest, _suffix(rest)))
    cleaned = _AT_LEAST.sub("", _RANGE_WORD.sub("", cleaned)).strip()
    parts = [p for p in _RANGE_SPLIT.split(cleaned) if p]
    if not parts or len(parts) > 2:
        raise Unparsed("not an amount")
    suffix = _suffix(parts[-1])
    numbers = [_amount(part, suffix) for part in parts]
    low = _plausible(numbers[0])
    high = _plausible(numbers[1]) if len(numbers) == 2 else None
    if high is not None and high < low:
        low, high = high, low
    return low, high


def salary_at_least(value: Any) -> bool:
    """Whether a salary is written as where it starts ("desde 40k", "+40k", "40k+", "más de 40k"): the
    bottom of a role's band, with no top (salary() gives the amount alone)."""
    if not isinstance(value, str):
        return False
    cleaned = _MONEY_NOISE.sub(" ", fold(normalize.text(value) or "").strip(" .")).strip()
    return _AT_LEAST.search(cleaned) is not None


# Where a remark starts after an amount: "30.000 € (fijo)", "45k + 5k bonus", "40-45k (negociable)".
_REMARK_START = re.compile(r"\s*[(+]")
SALARY_REMARK = "an amount with a remark: the amount is stored, the cell is kept in the notes"


def salary_and_remark(value: Any) -> tuple[int | None, int | None, bool]:
    """salary(), and whether the amount came with a remark after it (in brackets or after a "+"), which
    the caller keeps beside it: "30.000 € (fijo)" -> (30000, None, True)."""
    try:
        return (*salary(value), False)
    except Unparsed as exc:
        text = value if isinstance(value, str) else ""
        start = _REMARK_START.search(text)
        if str(exc) != "not an amount" or start is None or start.start() == 0:
            raise
        try:
            return (*salary(text[:start.start()]), True)
        except Unparsed:
            raise exc from None


def _suffix(part: str) -> str | None:
    match = _NUMBER.match(part.strip())
    return match.group(2).lower() if match and match.group(2) else None


def _amount(part: str, shared_suffix: str | None) -> float:
    match = _NUMBER.match(part.strip())
    if not match:
        raise Unparsed("not an amount")
    digits, suffix = match.group(1), (match.group(2) or "").lower() or None
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", digits):
        number = float(re.sub(r"[.,\s]", "", digits))
    elif cents := _WITH_CENTS.fullmatch(digits):
        if cents.group(2) == cents.group(3):  # "45.000.00": no telling thousands from cents
            raise Unparsed("not an amount")
        number = float(re.sub(r"[.,\s]", "", cents.group(1)))  # the cents of a yearly salary: dropped
    else:
        number = float(digits.replace(",", "."))
    suffix = suffix or (shared_suffix if number < 1000 else None)
    if suffix in ("k", "mil"):
        number *= 1000
    elif suffix == "m":
        number *= 1_000_000
    return number


def _plausible(number: float) -> int:
    if 10 <= number < 1000:  # "55" in a salary column means 55k
        number *= 1000
    if not 1000 <= number <= 10_000_000:
        raise Unparsed("not a plausible yearly salary")
    return int(round(number))


# ---- numbers written as words ------------------------------------------------------------------
# "de 15 a 30 días", "entre 1 y 2 meses", "2 or 4 weeks": a range, as "15-30 días" (the word is no unit)
RANGE_JOIN = re.compile(r"(\d)\s+(?:a|y|o|to|and|or)\s+(?=\d)")
# Numbers written as words, as people type periods ("dos semanas", "tres meses", "cinco años"); folded.
_NUMBER_WORDS = {word: str(number) for number, words in {
    1: ("un", "una", "uno", "one"), 2: ("dos", "two"), 3: ("tres", "three"), 4: ("cuatro", "four"),
    5: ("cinco", "five"), 6: ("seis", "six"), 7: ("siete", "seven"), 8: ("ocho", "eight"), 9: ("nueve", "nine"),
    10: ("diez", "ten"), 11: ("once", "eleven"), 12: ("doce", "twelve"), 15: ("quince", "fifteen"),
    20: ("veinte", "twenty"), 30: ("treinta", "thirty")}.items() for word in words}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b(?=\s+[a-z])")
# "medio mes", "half a year" (not the "y medio" after a number: notice_period._HALF)
_HALF_BEFORE_UNIT = re.compile(r"(?<!\by )\b(?:medi[oa]|half an?|half)\s+(?=(?:mes|meses|ano|anos|semanas?|dias?|"
                               r"years?|months?|weeks?|days?)\b)")


def digits_for_words(folded: str) -> str:
    """"dos semanas" -> "2 semanas", "medio mes" -> "0.5 mes": a number word before a unit as digits."""
    folded = _HALF_BEFORE_UNIT.sub("0.5 ", folded)
    return _NUMBER_WORD.sub(lambda match: _NUMBER_WORDS[match.group(1)], folded)


# A range in a cell of one value: the end kept is said, and the cell goes to the notes (PartlyRead)
RANGE_LOWER_KEPT = "a range: its lower end is stored, the cell is kept in the notes"
RANGE_LONGER_KEPT = "a range: its longer end is stored (the wait to plan for), the cell is kept in the notes"
_A_RANGE = re.compile(r"\d\s*-\s*\d")


# ---- years ------------------------------------------------------------------------------------
_YEARS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:(?:-|a|to)\s*\d+(?:[.,]\d+)?\s*)?\+?\s*"
                    r"(anos?|años?|a|yrs?|years?|y|meses|mes|months?)?\.?(\s*y medio|\s*and a half)?"
                    r"(\s*(de\s+)?(exp\w*))?$")
_AT_LEAST_YEARS = re.compile(r"^(?:\+|mas de|more than|over|desde|at least|al menos|minimo|min\.?)\s*")
# "7 Years 3 Months" (ATS exports), "7 años y 3 meses", "7y 3m": whole years and months.
_YEARS_AND_MONTHS = re.compile(r"^(\d+)\s*(?:anos?|a|yrs?|years?|y)\.?\s*(?:,|y|and|&)?\s*"
                               r"(\d+)\s*(?:meses|mes|months?|mos?|m)\.?(\s*(de\s+)?(exp\w*))?$")


def years(value: Any) -> float:
    """5, '5 años', '5 yrs', '5,5', '5+', '+10 años', 'más de 5', '5 años y medio', '6 meses', '7 Years 3
    Months' -> years of experience; a range ('3-5 años') counts as its lower end: what the candidate has for
    sure."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        folded = _AT_LEAST_YEARS.sub("", digits_for_words(fold(normalize.text(str(value)) or "").strip()))
        joined = RANGE_JOIN.sub(r"\1-", _RANGE_WORD.sub("", folded))  # "entre 3 y 5" as "3-5"
        number = _years_in_words(joined)
        if 0 <= number <= 60 and _A_RANGE.search(joined):
            raise PartlyRead(number, RANGE_LOWER_KEPT)  # the top is no longer lost
    if not 0 <= number <= 60:
        raise Unparsed("not a plausible number of years")
    return number


def _years_in_words(folded: str) -> float:
    both = _YEARS_AND_MONTHS.match(folded)
    if both:
        return round(int(both.group(1)) + int(both.group(2)) / 12, 1)
    match = _YEARS.match(folded)
    if not match:
        raise Unparsed("not a number of years")
    number = float(match.group(1).replace(",", "."))
    if match.group(3):
        number += 0.5
    if (match.group(2) or "").startswith(("mes", "month")):
        number = round(number / 12, 1)
    return number


# ---- skills, contact details ------------------------------------------------------------------------
_KEEP_SLASH = re.compile(r"\b(ci/cd|pl/sql|tcp/ip|ui/ux|a/b)\b", re.I)
_SKILL_SPLIT = re.compile(r"\s*(?:[,;|/\n•·]|\s-\s|\s–\s)\s*")


# "AWS (9.5)", "Go (9,5)", "Python (6 yrs)", "Java (5 años)": a skill with its years in brackets.
_SKILL_YEARS = re.compile(r"^(?P<name>.*?\S)\s*\(\s*(?P<years>\d+(?:[.,]\d+)?)\s*\+?\s*"
                          r"(?:años?|anos?|a|yrs?|years?|y)?\.?\s*\)$", re.I)
# The comma of "(9,5)" is a decimal comma, not a separator between skills.
_BRACKETED_NUMBER = re.compile(r"\(\s*\d+,\d+[^()]*\)")
# "AWS (EC2, S3)", "Java (Spring / Hibernate)": a skill and, in brackets, more of them: each is a skill (the
# brackets' separators split "AWS (EC2" from "S3)" before).
_BRACKETED_LIST = re.compile(r"\s*\(([^()]*[,;|/][^()]*)\)")


def skill_entries(value: Any) -> list[tuple[str, str, float | None]]:
    """Split on , ; / ' - ' | and canonicalise, reading years in brackets:
    'Python (6), Django (4,5 años) / postgres' -> [(key, name, years), ...], first spelling first."""
    text = normalize.long_text(value if value.__class__ is str else as_text(value)) or ""  # (\x00, \x01: marks, below)
    if "/" in text:  # most cells have neither a slash nor brackets: skip those scans
        text = _KEEP_SLASH.sub(lambda m: m.group(0).replace("/", "\x00"), text)
    if "(" in text:
        text = _BRACKETED_NUMBER.sub(lambda m: m.group(0).replace(",", "\x01"), text)
        text = _BRACKETED_LIST.sub(r", \1", text)
    found: dict[str, tuple[str, str, float | None]] = {}
    sentence = number = False
    for part in _SKILL_SPLIT.split(text):
        entry = _skill_part(part)  # shared, immutable: the same pieces repeat down a column
        if entry is None:
            continue
        if entry is _A_SENTENCE:
            sentence = True
            continue
        if entry is _A_NUMBER:
            number = True
            continue
        key = entry[0]
        first = found.get(key)
        if first is None:
            found[key] = entry
        elif first[2] is None and entry[2] is not None:  # the first spelling, with the years given later
            found[key] = (key, first[1], entry[2])
    if sentence:
        raise PartlyRead(list(found.values()), SENTENCE_AMONG_SKILLS)
    if number:
        raise PartlyRead(list(found.values()), NUMBER_AMONG_SKILLS)
    return list(found.values())


# Pieces of a skills cell that are no skill: a sentence ("valorable experiencia en seguros"), or a number
# (years or a date in the wrong column: "5", "01/02/2024", an Excel serial).
SENTENCE_AMONG_SKILLS = "a sentence among the skills: the skills are kept, and the cell in the notes"
NUMBER_AMONG_SKILLS = "a number among the skills: the skills are kept, and the cell in the notes"
_A_SENTENCE = ("", "", None)
_A_NUMBER = ("", "#", None)
_SKILL_MAX_WORDS = 5
_SKILL_MAX_CHARS = 60


@lru_cache(maxsize=65536)
def _skill_part(part: str) -> tuple[str, str, float | None] | None:
    """One piece of a skills cell -> (key, name, years); the same few pieces repeat down a column.
    A sentence ("experiencia liderando equipos de cinco personas": no skill is that long) is _A_SENTENCE,
    a number _A_NUMBER; a lone mark ("?", "-") is nothing."""
    part = part.replace("\x00", "/").replace("\x01", ",").strip().rstrip(".").strip()
    if len(part) > _SKILL_MAX_CHARS or part.count(" ") >= _SKILL_MAX_WORDS:
        return _A_SENTENCE
    if not any(ch.isalpha() for ch in part):
        return _A_NUMBER if any(ch.isdigit() for ch in part) else None
    name, years = skill_with_years(part)
    result = canonical(name)
    return (*result, years) if result else None


# "SQL: 3 años", "Python - 5 years": a skill, then its years after a colon or a dash
_SKILL_COLON_YEARS = re.compile(r"^(?P<name>.*?\S)\s*[:\-–]\s*(?P<years>\d+(?:[.,]\d+)?)\s*\+?\s*"
                                r"(?:años?|anos?|yrs?|years?)\.?$", re.I)


def skill_with_years(text: str) -> tuple[str, float | None]:
    """'AWS (9.5)', 'SQL: 3 años' -> ('AWS', 9.5), ('SQL', 3.0); text without plausible years stays a name as
    written."""
    match = _SKILL_YEARS.match(text) or _SKILL_COLON_YEARS.match(text)
    if not match:
        return text, None
    number = float(match.group("years").replace(",", "."))
    if not 0 <= number <= 60:
        return text, None
    return match.group("name"), number


def skills(value: Any) -> list[tuple[str, str]]:
    """(key, name) pairs; years in brackets are read and dropped (see `skill_entries`). A sentence among
    them raises PartlyRead with the pairs as its value."""
    try:
        return [(key, name) for key, name, _years in skill_entries(value)]
    except PartlyRead as exc:
        raise PartlyRead([(key, name) for key, name, _years in exc.value], str(exc)) from None


# "Ana García <ana@example.com>"; "Ana García (ana@example.com)", Outlook's "E-mail Display Name"
_EMAIL_IN_ANGLES = re.compile(r"<([^<>@]+@[^<>]+)>|\(([^()@\s]+@[^()\s]+)\)")
_EMAIL_ADDRESS = re.compile(r"[^\s<>()\[\]:;,/|@]+@[^\s<>()\[\]:;,/|@]+")
# Words beside an address or a number that only label it ("correo: ...", "... (personal)", "Móvil: ..."):
# nothing to keep. Other words ("tardes", "ext. 12", "solo whatsapp") are kept in the notes.
_CONTACT_LABELS = frozenset({"correo", "email", "e-mail", "mail", "mailto", "personal", "trabajo", "work", "home",
                             "casa", "principal", "profesional", "empresa", "movil", "tel", "telefono", "tlf", "tfno",
                             "mobile", "cell", "phone", "fijo", "particular", "contacto", "mvl", "whatsapp"})
_LABEL_WORDS = re.compile(r"[^\W\d_][\w-]*")
MORE_THAN_AN_ADDRESS = "more than an email address: the address is stored, the cell is kept in the notes"
MORE_THAN_A_NUMBER = "more than a phone number: the number is stored, the cell is kept in the notes"


class ContactsRead(PartlyRead):  # noqa: N818 - not an error: a value and a remark
    """A cell holding more than one email address or phone number: the first is stored, and `others`
    (as stored) say who the person is too (identity.keys_of)."""

    def __init__(self, value: Any, reason: str, others: list[str]):
        super().__init__(value, reason)
        self.others = others


def _only_labels(rest: str) -> bool:
    """The text left beside an address or a number is blank, punctuation or labels (_CONTACT_LABELS)."""
    return all(fold(word) in _CONTACT_LABELS for word in _LABEL_WORDS.findall(rest))


def email(value: Any) -> str:
    """Trimmed, lower-cased and checked. From "Name <address>", the address; of two addresses, the
    first (ContactsRead: the cell goes to the notes too, the others are the person's as well); an
    address with a remark ("(personal)" is a label; "solo tardes" is kept: PartlyRead)."""
    text = as_text(value) or ""
    if text.count("@") == 1 and "<" not in text and len(text.split()) == 1:  # nearly every cell
        cleaned = normalize.email(text)
        if cleaned and normalize.is_valid_email(cleaned):
            return cleaned
    named = [angled or bracketed for angled, bracketed in _EMAIL_IN_ANGLES.findall(text)]
    addresses = named or _EMAIL_ADDRESS.findall(text) or [text]
    cleaned = normalize.email(addresses[0])
    if not cleaned:
        raise Unparsed("empty")
    if not normalize.is_valid_email(cleaned):
        raise Unparsed("not a valid email address")
    others = [other for other in (normalize.email(a) for a in addresses[1:])
              if other and other != cleaned and normalize.is_valid_email(other)]
    if len(addresses) > 1:
        raise ContactsRead(cleaned, "more than one email address: the first is stored, the cell is kept in the notes",
                           others)
    if not named and not _only_labels(text.replace(addresses[0], " ")):
        raise PartlyRead(cleaned, MORE_THAN_AN_ADDRESS)
    return cleaned


_PHONE_PUNCTUATION = re.compile(r"[\s().\-]")
_SPANISH_MOBILE = re.compile(r"^(?:\+34|0034|34)?([6789]\d{8})$")
_NUMBER_AS_TEXT = re.compile(r"^\+?\d{6,15}\.0$")


# "600 11 22 33 / 911 22 33 44", "... - ...", one a line
_PHONE_SPLIT = re.compile(r"\s*(?:/|,|;|\||\n|\s-\s|\by\b|\bo\b|\bor\b|\band\b)\s*")
_PHONE_LABEL = re.compile(r"\([^)]*[^\W\d_][^)]*\)")  # parentheses holding a word, not "(+34)"
_PHONE_EXTENSION = re.compile(r"\b(?:ext|extensi[oó]n)\b\.?:?\s*\d+", re.IGNORECASE)
_PHONE_WORDS = re.compile(r"[^\W\d_]+\.?")


def phone(value: Any) -> str:
    """E.164. Spanish numbers take a fast path; everything else goes through phonenumbers. Of two
    numbers, the first (ContactsRead); a number with a remark ("(tardes)", "ext. 12"; a label such as
    "Móvil:" is none) is stored and the cell kept in the notes (PartlyRead)."""
    text = as_text(value) or ""
    if _NUMBER_AS_TEXT.match(text):  # "600111222.0": a number column saved as text by another program
        text = text[:-2]
    compact = _PHONE_PUNCTUATION.sub("", text)
    if (match := _SPANISH_MOBILE.match(compact)) and not normalize.placeholder_number(match.group(1)):
        return "+34" + match.group(1)
    remarks = " ".join(_PHONE_LABEL.findall(text) + _PHONE_EXTENSION.findall(text))
    text = _PHONE_EXTENSION.sub(" ", _PHONE_LABEL.sub(" ", text))  # "(móvil)", "ext. 12": not the number
    parts = _PHONE_SPLIT.split(text)
    numbers = [part for part in parts if any(char.isdigit() for char in part)]
    if len(numbers) > 1 and any(sum(char.isdigit() for char in part) < 6 for part in numbers):
        numbers = [" ".join(numbers)]  # "+44 - 20 - 7946 - 0958": one number written with dashes, not four
    # Words anywhere in the cell, between the numbers or after them ("600112233 - solo tardes")
    words = " ".join(_PHONE_WORDS.findall(" ".join(parts)))
    try:
        result = normalize.phone(_PHONE_WORDS.sub(" ", numbers[0]) if numbers else text)
    except ValueError as exc:
        raise Unparsed(normalize.PLACEHOLDER_PHONE if normalize.PLACEHOLDER_PHONE in str(exc)
                       else "not a phone number") from exc
    if result is None:
        raise Unparsed("empty")
    if len(numbers) > 1:
        others = []
        for number in numbers[1:]:
            try:
                other = normalize.phone(_PHONE_WORDS.sub(" ", number))
            except ValueError:
                continue
            if other and other != result:
                others.append(other)
        raise ContactsRead(result, "more than one phone number: the first is stored, the cell is kept in the notes",
                           others)
    if not _only_labels(f"{remarks} {words}"):
        raise PartlyRead(result, MORE_THAN_A_NUMBER)
    return result


def profile_url(value: Any) -> str:
    text = (as_text(value) or "").strip()
    if " " in text.strip() or "." not in text:
        raise Unparsed("not a web address")
    result = normalize.url(text)
    if not result:
        raise Unparsed("empty")
    return result


def person_profile(text: str) -> tuple[str, str] | None:
    """("linkedin_url" or "github_url", the URL as stored) for an address of a person's LinkedIn or GitHub
    profile; None for anything else (a company's LinkedIn page, a website, words)."""
    if " " in text.strip():
        return None
    url = normalize.url(text) or ""
    if url.startswith("https://linkedin.com/in/"):
        return "linkedin_url", url
    if url.startswith("https://github.com/") and url.count("/") == 3:
        return "github_url", url
    return None
