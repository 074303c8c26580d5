"""What a candidate column's first values say it holds, where its header says otherwise or nothing.

Headers mislead: in Spanish trackers "Perfil" often holds a job profile ("Backend Java senior"), not
the profile URL its word names, and a "Contacto" column holds email addresses. The automatic mapping
reads headers only; this looks at the values of the first rows (those `inspect` reads anyway) for the
fields whose values have a form of their own (email, phone, LinkedIn and GitHub addresses; years,
amounts, notice periods and dates):
- a column mapped to such a field whose values hardly ever have its form keeps them in the notes
  (before, every row warned "not a web address" and went to the notes anyway);
- a column left to the notes whose values nearly all are emails, phone numbers or LinkedIn or GitHub
  profiles, with that field still free, is imported as it.
Only an automatic mapping is refined: a saved mapping or the user's choice is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import phonenumbers

from crm.importing import dates, notice_period, values
from crm.importing.mapping import NOTES, SKIP, is_sensitive, normalise_header
from crm.importing.sheets import is_unnamed
from crm.importing.values import as_text, fold

MIN_VALUES = 3  # fewer values than this say nothing about a column
MOSTLY_NOT = 0.1  # at most this share of the values has the field's form: the column is not that field
NEARLY_ALL = 0.9  # at least this share has one field's form: the column is that field


@dataclass(frozen=True)
class ValueHint:
    """A column's target chosen from its values, and why (said in the report and the mapping)."""

    target: str
    reason: str


def _read(parse: Callable[[Any], Any], text: str) -> Any:
    """The value `parse` reads in the text (the first of two: a second phone still makes a phone
    column), None when it reads none."""
    try:
        return parse(text)
    except values.PartlyRead as partly:
        return partly.value
    except ValueError:
        return None


def _is_email(text: str) -> bool:
    return "@" in text and _read(values.email, text) is not None


def _is_phone(text: str) -> bool:
    return sum(char.isdigit() for char in text) >= 9 and _read(values.phone, text) is not None


def _is_dialable_phone(text: str) -> bool:
    """A number a phone company gives out, not merely one of a phone number's lengths: a column of
    nine-digit codes is not taken for the phone."""
    number = _read(values.phone, text) if sum(char.isdigit() for char in text) >= 9 else None
    return number is not None and phonenumbers.is_valid_number(phonenumbers.parse(number))


def _is_web_address(text: str) -> bool:
    return _read(values.profile_url, text) is not None


def _profile_of(field: str) -> Callable[[str], bool]:
    def test(text: str) -> bool:
        profile = values.person_profile(text)
        return profile is not None and profile[0] == field
    return test


def _is_years(text: str) -> bool:
    return _read(values.years, text) is not None


def _is_amount(text: str) -> bool:
    try:
        values.salary_and_remark(text)
    except values.Unparsed as exc:  # "a convenir" says the amount is to be agreed: a salary column's word
        return str(exc).startswith("no amount given")
    return True


def _is_date(text: str) -> bool:
    return _read(dates.a_date, text) is not None or _read(lambda t: dates.a_date(t, False), text) is not None


def _is_notice(text: str) -> bool:
    return _read(notice_period.notice_days, text) is not None or _is_date(text)


_DATES = ("available_from", "created_at", "last_activity_at", "consent_date", "retention_until")
# field -> does a value have its form (a column mapped to it by its header keeps it unless its values
# hardly ever do: an "Experiencia" column describing jobs is no number of years)
_FORM: dict[str, Callable[[str], bool]] = {
    "email": _is_email,
    "phone": _is_phone,
    "linkedin_url": _is_web_address,
    "github_url": _is_web_address,
    "years_experience": _is_years,
    "current_salary": _is_amount,
    "expected_salary": _is_amount,
    "notice_days": _is_notice,
    **dict.fromkeys(_DATES, _is_date),
}
# field -> does a value name it (a column left to the notes becomes it when nearly all do); in this order
_RECOGNISED: dict[str, Callable[[str], bool]] = {
    "email": _is_email,
    "linkedin_url": _profile_of("linkedin_url"),
    "github_url": _profile_of("github_url"),
    "phone": _is_dialable_phone,
}


def _not_that_field(field: str) -> ValueHint:
    if field == "email":
        return ValueHint(NOTES, "the column's values are not email addresses; kept in the notes")
    if field == "phone":
        return ValueHint(NOTES, "the column's values are not phone numbers; kept in the notes")
    if field == "years_experience":
        return ValueHint(NOTES, "the column's values are not numbers of years; kept in the notes")
    if field in ("current_salary", "expected_salary"):
        return ValueHint(NOTES, "the column's values are not amounts; kept in the notes")
    if field == "notice_days":
        return ValueHint(NOTES, "the column's values are not notice periods; kept in the notes")
    if field in _DATES:
        return ValueHint(NOTES, "the column's values are not dates; kept in the notes")
    return ValueHint(NOTES, "the column's values are not web addresses; kept in the notes")


def _that_field(field: str) -> ValueHint:
    if field == "email":
        return ValueHint(field, "the column's values are email addresses; imported as the email")
    if field == "linkedin_url":
        return ValueHint(field, "the column's values are LinkedIn profiles; imported as the profile URL")
    if field == "github_url":
        return ValueHint(field, "the column's values are GitHub profiles; imported as the GitHub address")
    return ValueHint(field, "the column's values are phone numbers; imported as the phone")


YEARS_FROM_VALUES = "the column's values are numbers of years; imported as the years of experience"


def _years_column(headers: Sequence[object], result: list[str], hints: dict[int, ValueHint],
                  texts: dict[int, list[str]], given_up: int) -> int | None:
    """Another column left to the notes while the first held the years, that names them by its header for the
    person as a whole ("Años de experiencia"; not "... en Java", "... in the sector") and whose values are
    mostly numbers of years ("Menos de 1 año", "Sin experiencia" among them)."""
    from crm.importing.mapping import guess_field, normalise_header, years_in_all

    found = [index for index, target in enumerate(result)
             if index != given_up and target == NOTES and index not in hints
             and guess_field(headers[index]) == "years_experience"
             and not _of_one_thing(normalise_header(headers[index]))
             and texts[index] and _share(_is_years, texts[index]) >= 0.5]
    # one naming the years in all before one that may name a skill's ("Años exp. Java": no preposition to say so)
    return min(found, key=lambda index: not years_in_all(headers[index]), default=None)


def _of_one_thing(header: str) -> bool:
    """Years of one skill or field ("Años de experiencia en Java", "Years in the sector"), not in all
    ("Experiencia (en años)", "Años de experiencia en total", "Years in IT")."""
    words = [word for word in header.split() if word not in _ARTICLES]
    after = [word for at, word in enumerate(words) if at and words[at - 1] in _PREPOSITIONS]
    return any(word not in _IN_ALL for word in after)


_PREPOSITIONS = frozenset({"en", "in", "with", "con", "como", "as"})
_IN_ALL = frozenset({"anos", "ano", "years", "year", "total", "it", "ti", "informatica", "tecnologia", "software",
                     "desarrollo", "development", "tech"})
_ARTICLES = frozenset({"la", "el", "los", "las", "the", "a", "an"})


def column_texts(rows: Sequence[tuple[int, Sequence[Any]]], index: int,
                 links: dict[int, dict[int, str]] | None = None) -> list[str]:
    """The column's values as text, leaving out the empty ones and those that say there is nothing
    ("-", "N/A", "sin perfil": values.says_nothing, as the import reads them); a cell linking to a web
    address ("Ver perfil") counts as the address (hyperlinks.py)."""
    texts = []
    links = links or {}
    for number, cells in rows:
        text = as_text(cells[index]) if index < len(cells) else None
        if text and index in links.get(number, ()):
            text = links[number][index]
        if text and not values.says_nothing(text, contact=True):
            texts.append(text.strip())
    return texts


ROW_COUNTER = "the column has no name and numbers the rows (1, 2, 3...); skipped"


def _counts_rows(texts: list[str]) -> bool:
    """1, 2, 3...: a column numbering the rows, which a person's notes do not need (gaps allowed: rows
    deleted or filtered out since)."""
    if len(texts) < MIN_VALUES or not all(text.isdigit() and len(text) < 7 for text in texts):
        return False
    numbers = [int(text) for text in texts]
    rising = all(later > earlier for earlier, later in zip(numbers, numbers[1:], strict=False))
    return rising and numbers[-1] - numbers[0] < 2 * len(numbers)


def _share(test: Callable[[str], bool], texts: list[str]) -> float:
    return sum(1 for text in texts if test(text)) / len(texts)


TABLE_BESIDE = ("a small table beside the list, after an empty column (its header repeats one of the list's, beside "
                "counts); skipped: choose a field to import it")
_COUNT = re.compile(r"^\d{1,6}(?:[.,]\d+)?\s*%?$")


def _table_beside(headers: Sequence[object], texts: dict[int, list[str]]) -> list[int]:
    """The columns of a count table kept beside the list after an empty column ("Estado | Nº", "Nuevo | 1"):
    at most three columns, one headed as a column of the list and holding words, each once, one of counts
    only; and what it counts is the list (its labels are that column's values, or its counts add up to the
    list's rows, or a total closes it). Its cells went to each person's notes on the same row, as "Estado:
    Oferta" for someone who was new. (A group of the person's own columns after a spacer, "Fecha | Nº
    entrevistas", is no such table.)"""
    names = [normalise_header(header) if header is not None and not is_unnamed(str(header)) else "" for header in headers]
    for gap in range(1, len(headers) - 1):
        if names[gap] or texts[gap]:
            continue
        end = next((at for at in range(gap + 1, len(headers)) if not names[at] and not texts[at]), len(headers))
        block = range(gap + 1, end)
        listed = {name: at for at, name in enumerate(names[:gap]) if name}
        label_at = next((at for at in block if names[at] in listed and texts[at]), None)
        count_at = next((at for at in block if texts[at] and all(_COUNT.match(t.strip()) for t in texts[at])), None)
        if label_at is None or count_at is None or len(block) > 3:
            continue
        labels = [fold(text) for text in texts[label_at]]
        if len(set(labels)) < len(labels) or any(char.isdigit() for label in labels for char in label):
            continue
        people = max(len(texts[at]) for at in range(gap))
        counted = sum(float(t.strip().rstrip("%").replace(",", ".")) for t in texts[count_at])
        if ({fold(text) for text in texts[listed[names[label_at]]]} <= set(labels) or counted == people
                or any(label.startswith("total") for label in labels)):
            return [gap, *block]
    return []


def refine_by_values(headers: Sequence[object], targets: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]],
                     links: dict[int, dict[int, str]] | None = None) -> tuple[list[str], dict[int, ValueHint]]:
    """The automatic targets of a candidate list corrected by the first rows' values (and the addresses
    their cells link to), and a hint for each column changed."""
    result = list(targets)
    hints: dict[int, ValueHint] = {}
    texts = {index: column_texts(rows, index, links) for index in range(len(headers))}
    for index, target in enumerate(result):
        form = _FORM.get(target)
        if target == "years_experience" and texts[index] and _share(form, texts[index]) <= MOSTLY_NOT:
            # InfoJobs' "Experiencia" (the jobs, as text) beside "Años de experiencia": that one's years, however
            # few the rows
            other = _years_column(headers, result, hints, texts, index)
            if other is not None:
                hints[index], result[index] = _not_that_field(target), NOTES
                hints[other], result[other] = ValueHint("years_experience", YEARS_FROM_VALUES), "years_experience"
                continue
        if form and len(texts[index]) >= MIN_VALUES and _share(form, texts[index]) <= MOSTLY_NOT:
            hints[index] = _not_that_field(target)
            result[index] = NOTES
    for index, target in enumerate(result):
        if target == NOTES and is_unnamed(str(headers[index])) and _counts_rows(texts[index]):
            hints[index] = ValueHint(SKIP, ROW_COUNTER)
            result[index] = SKIP
    for index in _table_beside(headers, texts):
        hints[index], result[index] = ValueHint(SKIP, TABLE_BESIDE), SKIP
    for field, names_it in _RECOGNISED.items():
        if field in result:
            continue
        for index, target in enumerate(result):
            if (target == NOTES and not is_sensitive(headers[index]) and len(texts[index]) >= MIN_VALUES
                    and _share(names_it, texts[index]) >= NEARLY_ALL):
                hints[index] = _that_field(field)
                result[index] = field
                break
    return result, hints
