"""One spreadsheet row -> the candidate values to store, with warnings; never loses a value.

A value that cannot be read as its column's type is kept, as written, in the notes
("Expected salary (as written): a convenir") and reported with its row and column.

A cell that only says there is nothing ("-", "N/A": values.is_placeholder) is empty. It is recognised
where a value is read, not on every cell: by the text fields' converters (names, titles, the city, the
notes), and, for the typed fields, only when their value fails to read (the error handler in
RowParser.parse); repeated values are read once per column, so the check costs nothing on most rows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from crm.domain import normalize
from crm.domain.candidate_rules import TEXT_FIELDS, URL_LIMIT
from crm.importing import dates, notice_period, places, vocabulary
from crm.importing import values as parse
from crm.importing.cell_marks import FORMULA, CellMark, mark_issue
from crm.importing.english_level import english_in_languages, english_level
from crm.importing.full_names import parts_beside_full_name, says_more_than_the_name, split_full_name
from crm.importing.header_units import UNIT_FIELDS, header_unit, with_units
from crm.importing.hyperlinks import email_of, with_links
from crm.importing.mapping import MANY_COLUMNS, NOTES, SKIP, normalise_header
from crm.importing.phones_abroad import in_country
from crm.importing.report import Issue

IDENTITY_FIELDS = ("first_name", "last_name", "email", "phone", "linkedin_url")
_SKILLS = object()  # the skills column's mark in RowParser's plan: those cells take their own short path
_SECOND_SURNAME = "_second_surname"  # a second surname column's value, until parse joins it to last_name
_MIDDLE_NAME = "_middle_name"  # a middle name column's value, until parse joins it to first_name
# What a location said beyond its city (the country it names, "Remoto": the way of working), as
# ({field: value}, the cell as written), until parse knows whether the field's own column says better.
_FROM_LOCATION = "_from_location"
# The English level a languages cell names ("Inglés (B2), Francés (A2)"), until parse knows whether an
# English-level column of the row says it already.
_FROM_LANGUAGES = "_from_languages"


@dataclass
class CandidateRow:
    row: int
    values: dict[str, Any]
    # (canonical key, name, years or None), each key once: as skills.canonical and the sheet give them
    skills: list[tuple[str, str, float | None]] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    # The identity keys the database step derives from the values (identity.keys_of), worked out on
    # first use; None until then, and again when a merge changed the values.
    prepared: list[str] | None = None
    # Identity keys of the person's other email addresses and phone numbers (a second one in a cell, or
    # in a second column): they find the person too, though the fields keep one each (identity.keys_of).
    also: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.values.get('first_name') or ''} {self.values.get('last_name') or ''}".strip()


class Rejected(Exception):
    def __init__(self, issue: Issue):
        super().__init__(issue.reason)
        self.issue = issue


# Columns whose values repeat (cities, "1 mes", "55k", skill lists): each distinct value is parsed once.
CACHEABLE = frozenset({"city", "country", "current_title", "current_company", "source", "seniority", "english_level",
                       "remote_preference", "years_experience", "current_salary", "expected_salary", "notice_days",
                       "available_from", "created_at", "skills", "status", "lawful_basis", "consent_date",
                       "retention_until", "languages"})
COLUMN_CACHE_LIMIT = 5000  # parses remembered per column; a column with more distinct values rarely repeats


def build_row(number: int, cells: list[Any], headers: list[str], targets: list[str],
              day_first: bool = True, cache: dict | None = None,
              marks: dict[int, dict[int, CellMark]] | None = None,
              links: dict[int, dict[int, str]] | None = None) -> CandidateRow:
    """Parse one row with the column targets; raise Rejected when nothing identifies a person.

    `cache` (one dict per import) keeps the RowParser, which remembers the parse of repeated values;
    `marks` says what blank-looking cells hold, `links` the web addresses cells link to (see RowParser)."""
    if cache is None:
        return RowParser(headers, targets, day_first, remember=False, marks=marks, links=links).parse(number, cells)
    key = ("parser", tuple(headers), tuple(targets), day_first)
    parser = cache.get(key)
    if parser is None:
        parser = cache[key] = RowParser(headers, targets, day_first)
    return parser.parse(number, cells)


class RowParser:
    """Rows of one sheet to CandidateRows: the column plan is worked out once, and each CACHEABLE column
    keeps its own cache of parses (so a column of mostly distinct values, such as skill lists, cannot
    crowd out the columns that repeat)."""

    def __init__(self, headers: list[str], targets: list[str], day_first: bool = True, remember: bool = True,
                 marks: dict[int, dict[int, CellMark]] | None = None, links: dict[int, dict[int, str]] | None = None):
        self.day_first = day_first
        # Row -> column -> what a blank-looking cell holds (an Excel error, a formula without a result, a
        # merged cell): filled by the reader as it goes, so it is looked up, never copied.
        self._marks = marks if marks is not None else {}
        # Row -> column -> the web address a cell links to (hyperlinks.py): filled the same way.
        self._links = links if links is not None else {}
        self._targets = dict(enumerate(targets))
        # (column, header, target, cache, converter): skipped columns are left out; a column whose cell
        # only sets its own field (a name, an email) gets that field's converter, called directly.
        columns = [(index, header, target) for index, (header, target) in enumerate(zip(headers, targets, strict=False))
                   if target != SKIP]
        # A field the user gave two columns ("Email" and "Email 2"): the first column's value is stored,
        # a different one of a later column is kept in the notes (parse_repeats). Skills add up.
        first_of = {}
        for index, _header, target in columns:
            if target != NOTES and target not in MANY_COLUMNS:
                first_of.setdefault(target, index)
        # Of two phone columns, the mobile is the one a recruiter calls: stored, the other one kept beside it
        # (Greenhouse's "Phone", the office's landline, stood before its "Mobile")
        mobile = next((index for index, header, target in columns if target == "phone" and
                       not _MOBILE_WORDS.isdisjoint(normalise_header(header).split())), None)
        if mobile is not None:
            first_of["phone"] = mobile
        self._repeats = [(index, header, target) for index, header, target in columns
                         if target in first_of and first_of[target] != index]
        # A number under a header naming its unit ("Notice (weeks)", "Exp (meses)"): read with that unit.
        self._units = {index: unit for index, header, target in columns
                       if target in UNIT_FIELDS and (unit := header_unit(header)) is not None}
        # The phone column, read again in the row's country (_phone_of_country)
        self._phone_column = (first_of["phone"], headers[first_of["phone"]]) if "phone" in first_of else None
        # A notice column beside a start-date column: a date under the notice is a second start date.
        self._notice_beside_start = next(((index, header) for index, header, target in columns
                                          if target == "notice_days" and first_of.get(target) == index), None) \
            if "available_from" in first_of else None
        # A full-name column beside the name's parts (an ATS export's "Name", "First Name", "Last Name"): it
        # fills the parts a row leaves empty; a name it writes otherwise ("Nacho García") is kept in the notes.
        self._full_beside_parts = (first_of["full_name"], headers[first_of["full_name"]],
                                   first_of.get("first_name"), first_of.get("last_name")) if "full_name" in first_of \
            and ("first_name" in first_of or "last_name" in first_of) else None
        self._plan = [(index, header, target, {} if remember and target in CACHEABLE else None,
                       _SKILLS if target == "skills" else None if target == NOTES else converter(target))
                      for index, header, target in columns if (index, header, target) not in self._repeats]

    def _keep_other_full_name(self, cells: list[Any], out: dict, notes_parts: list[str], extra: list[str]) -> None:
        index, header, first_at, last_at = self._full_beside_parts
        raw = cells[index] if index < len(cells) else None
        try:
            text = parse.name_text(raw) if raw is not None and not parse.is_name_placeholder(raw) else None
        except parse.Unparsed:  # a number or a date: the column's own pass warned and kept it in the notes
            return  # (raised here, it stopped the whole file: "not a person's name", no row or column)
        if not text:
            return
        given = [_person_name(field, cells[at]) if at is not None and at < len(cells) and cells[at] is not None
                 else None for field, at in (("first_name", first_at), ("last_name", last_at))]
        out["first_name"], out["last_name"], otherwise = parts_beside_full_name(text, *given, out.get("first_name"),
                                                                               out.get("last_name"))
        if otherwise and f"{header}: {text}" not in notes_parts:
            extra.append(f"{header}: {text}")

    def parse(self, number: int, cells: list[Any]) -> CandidateRow:
        """Raise Rejected when nothing identifies a person."""
        out: dict[str, Any] = {}
        skills: list[tuple[str, str, float | None]] = []  # (key, name, years)
        warnings: list[Issue] = []
        notes_parts: list[str] = []
        extra: list[str] = []
        also: list[str] = []
        day_first = self.day_first
        width = len(cells)
        row_marks = self._marks.get(number) if self._marks else None
        row_links = self._links.get(number) if self._links else None
        linked: Sequence[str] = ()  # addresses linked from cells that are no profile column (rare)
        if row_links is not None:
            cells, linked = with_links(cells, row_links, self._targets)
            width = len(cells)
        written_cells = cells  # as the file holds them: what the notes and warnings quote
        if self._units:
            cells = with_units(cells, self._units)
        for index, header, target, cache, convert in self._plan:
            raw = cells[index] if index < width else None
            if raw is None:
                if row_marks is not None and index in row_marks:
                    mark = row_marks[index]
                    if mark.kind == FORMULA:  # what the cell holds is not lost: its formula, as text
                        notes_parts.append(f"{header}: {mark.text}")
                    warnings.append(mark_issue(number, header, mark, kept_in_notes=mark.kind == FORMULA))
                continue
            try:
                if convert is _SKILLS:  # a list of skills, nearly always new: its own short path
                    key = raw if raw.__class__ is str else (raw.__class__, raw)
                    entries = cache.get(key) if cache is not None else None
                    if entries is None:
                        entries = ([] if parse.is_placeholder(raw) else
                                   parse.skill_entries(raw))  # a sentence among them: PartlyRead, not remembered
                        if cache is not None and len(cache) < COLUMN_CACHE_LIMIT:
                            cache[key] = entries
                    add_skills(skills, entries)
                    continue
                if cache is None:
                    if convert is not None:
                        out[target] = convert(raw)
                    elif target == NOTES:
                        text = parse.as_text(raw)
                        if text and not parse.is_placeholder(text):
                            extra.append(f"{header}: {text}")
                    else:
                        _apply(target, raw, out, skills, notes_parts, day_first, header)
                    continue
                key = raw if raw.__class__ is str else (raw.__class__, raw)  # 1, 1.0 and True stay apart
                effect = cache.get(key)
                if effect is None:
                    effect = _effect(target, raw, day_first, header)
                    if len(cache) < COLUMN_CACHE_LIMIT:
                        cache[key] = effect
                if len(effect) == 2:  # (field, value): the usual single value
                    out[effect[0]] = effect[1]
                    continue
                values, found, notes, error = effect
                if values:
                    out.update(values)
                if found:
                    add_skills(skills, found)
                if notes:
                    notes_parts.extend(notes)
                if error is not None:
                    raise error
            except parse.PartlyRead as exc:  # its value, and more: the whole cell goes to the notes too
                if convert is _SKILLS:
                    add_skills(skills, exc.value)
                else:
                    out[target] = exc.value
                    if exc.__class__ is parse.ContactsRead:
                        also.extend(f"{target}:{other}" for other in exc.others)
                _keep_as_written(number, header, target, written_cells[index], exc, warnings, extra)
            except (parse.Unparsed, _TooLong) as exc:
                _keep_as_written(number, header, target, written_cells[index], exc, warnings, extra)

        if self._repeats:
            self._parse_repeats(number, cells, out, skills, warnings, notes_parts, extra, row_marks, also)
        if self._notice_beside_start is not None:
            self._keep_other_start(cells, written_cells, out, extra)
        if self._full_beside_parts is not None:
            self._keep_other_full_name(cells, out, notes_parts, extra)
        if _FROM_LOCATION in out:  # a country or work-mode column says it better; the location is kept then
            said, as_written = out.pop(_FROM_LOCATION)
            for field, value in said.items():
                if not out.get(field):
                    out[field] = value
                elif out[field] != value and as_written not in extra and as_written not in notes_parts:
                    extra.append(as_written)
        if out.get("country", "ES") != "ES" and self._phone_column is not None:
            self._phone_of_country(number, cells, out, warnings, extra)
        if notes_parts or extra:  # (the cells as written, so without their control characters: long_text)
            notes = normalize.long_text("\n".join(part for part in [*notes_parts, *extra] if part))
            if notes:
                out["notes"] = notes
        # A name (or another cell) linking to the person's profile, or email address, gives it (a notes cell's
        # address is in the notes beside its words: hyperlinks.with_links; a company's page is nobody's).
        for address in linked:
            email = email_of(address)
            if email is not None:
                email = normalize.email(email)
                if email and not out.get("email") and normalize.is_valid_email(email):
                    out["email"] = email
                continue
            profile = parse.person_profile(address)
            if profile is not None and not out.get(profile[0]):
                out[profile[0]] = profile[1]
        if _FROM_LANGUAGES in out:
            level = out.pop(_FROM_LANGUAGES)
            if not out.get("english_level"):
                out["english_level"] = level
        if _MIDDLE_NAME in out:
            middle = out.pop(_MIDDLE_NAME)
            if middle:
                out["first_name"] = f"{out.get('first_name') or ''} {middle}".strip()
        if _SECOND_SURNAME in out:
            second = out.pop(_SECOND_SURNAME)
            if second:
                out["last_name"] = f"{out.get('last_name') or ''} {second}".strip()
        get = out.get  # IDENTITY_FIELDS, spelled out: this runs for every row
        if not (get("first_name") or get("last_name") or get("email") or get("phone") or get("linkedin_url")):
            shown = "; ".join(t for t in (parse.as_text(c) for c in cells) if t)
            raise Rejected(Issue(number, None, shown or None,
                                 "nothing identifies a person (no name, email, phone or profile URL)"))
        out.setdefault("first_name", "")
        out.setdefault("last_name", "")
        if also:
            return CandidateRow(number, out, skills, warnings, also=tuple(also))
        return CandidateRow(number, out, skills, warnings)

    def _parse_repeats(self, number: int, cells: list[Any], out: dict, skills: list, warnings: list,
                       notes_parts: list, extra: list, row_marks: dict | None, also: list[str]) -> None:
        """The later columns of a field two columns were given: a value fills what the first left empty;
        a different one goes to the notes as written, so that neither column's value is lost."""
        for index, header, target in self._repeats:
            raw = cells[index] if index < len(cells) else None
            if raw is None:
                if row_marks is not None and index in row_marks:
                    warnings.append(mark_issue(number, header, row_marks[index]))
                continue
            read: dict[str, Any] = {}
            try:
                _apply(target, raw, read, skills, notes_parts, self.day_first, header)
            except parse.PartlyRead as exc:
                read[target] = exc.value
                if exc.__class__ is parse.ContactsRead:
                    also.extend(f"{target}:{other}" for other in exc.others)
                _keep_as_written(number, header, target, raw, exc, warnings, extra)
            except (parse.Unparsed, _TooLong) as exc:
                _keep_as_written(number, header, target, raw, exc, warnings, extra)
                continue
            differs = False
            for key, value in read.items():
                if value in (None, ""):
                    continue
                if out.get(key) in (None, ""):
                    out[key] = value
                    if key in ("email", "phone"):  # a second column's: it finds the person only if nothing
                        also.append(f"{key}:{value}")  # says otherwise (candidate_run._secondary)
                elif out[key] != value:
                    differs = True
                    if key in ("email", "phone"):  # the person's other address or number: it finds them too
                        also.append(f"{key}:{value}")
            if (differs and (as_written := f"{header}: {parse.as_text(raw)}") not in extra
                    and as_written not in notes_parts):  # (a range's cell is there already)
                extra.append(as_written)

    def _phone_of_country(self, number: int, cells: list[Any], out: dict, warnings: list, extra: list) -> None:
        """The phone read again in the row's country (phones_abroad.in_country)."""
        index, header = self._phone_column
        text = parse.as_text(cells[index]) if index < len(cells) else None
        if not text:
            return
        phone, said = in_country(text, out["country"], out.get("phone"))
        if phone is not None and not out.get("phone"):  # refused as Spanish: its warning and note go
            warnings[:] = [w for w in warnings if w.column != header]
            extra[:] = [part for part in extra if part != f"{header}: {text}"]
        if phone is not None:
            out["phone"] = phone
        if said:
            warnings.append(Issue(number, header, text, said))

    def _keep_other_start(self, cells: list[Any], written_cells: list[Any], out: dict, extra: list) -> None:
        """The start-date column's date is the availability; a different date under the notice column (which
        the start-date column's replaced) goes to the notes as written, as a field's second column does."""
        index, header = self._notice_beside_start
        raw = cells[index] if index < len(cells) else None
        if raw is None or out.get("available_from") is None:
            return
        try:
            if not isinstance(raw, date | datetime):
                notice_period.notice_days(raw)
                return  # a notice period, no date
        except parse.Unparsed:
            pass
        try:
            other = dates.a_date(raw, self.day_first)
        except parse.Unparsed:
            return  # said already, as the notice column's
        if other != out["available_from"] and (as_written := f"{header}: {parse.as_text(written_cells[index])}") not in extra:
            extra.append(as_written)


_SEVERAL_ADDRESSES = re.compile(r"\s*[,;|\n]\s*|\s+(?=https?://)")
def _keep_as_written(number: int, header: str, target: str, raw: Any, exc: Exception, warnings: list,
                     extra: list) -> None:
    """A cell not read whole (PartlyRead) or not at all: warn and keep it in the notes as written, unless it
    only says there is nothing ("-", "N/A", "sin perfil": an empty cell)."""
    text = parse.as_text(raw)
    if isinstance(exc, parse.PartlyRead):
        warnings.append(Issue(number, header, text, str(exc)))
    elif text and exc.__class__ is not _TooLong and parse.says_nothing(text, target in _CONTACT):
        return
    else:
        warnings.append(Issue(number, header, text, f"{exc}; kept in the notes as written"))
    extra.append(f"{header}: {text}")


# Fields a column of another target fills: a full name gives the first and last names, a location the
# country and work mode, a salary range its top, a notice date the availability, a languages list the
# English level, a profile column a GitHub address.
_FILLED_BY = {"first_name": ("full_name",), "last_name": ("full_name", "second_last_name"),
              "country": ("city",), "remote_preference": ("city",), "expected_salary_max": ("expected_salary",),
              "available_from": ("notice_days",), "english_level": ("languages",), "github_url": ("linkedin_url",)}


def field_headers(headers: Sequence[str], targets: Sequence[str]) -> dict[str, str]:
    """field -> the header of the column its value comes from (the first such column), for a report line
    about a stored field."""
    first = {}
    for header, target in zip(headers, targets, strict=False):
        first.setdefault(target, header)
    found = {target: header for target, header in first.items() if target not in (NOTES, SKIP)}
    for filled, sources in _FILLED_BY.items():
        if filled not in found:
            source = next((s for s in sources if s in first), None)
            if source is not None:
                found[filled] = first[source]
    return found


def _effect(target: str, raw: Any, day_first: bool, header: str) -> tuple:
    """What a cell does to a row, to remember: (field, value), or (values, skills, notes, error)."""
    values: dict[str, Any] = {}
    found: list[tuple[str, str, float | None]] = []
    notes: list[str] = []
    try:
        _apply(target, raw, values, found, notes, day_first, header)
    except (parse.Unparsed, _TooLong) as exc:
        return None, None, None, exc
    except parse.PartlyRead as exc:  # what was read stays, and the cell goes to the notes too
        return values, found, notes, exc
    if len(values) == 1 and not found and not notes:
        return next(iter(values.items()))
    return values, found, notes, None


class _TooLong(ValueError):
    pass


_CONTACT = frozenset({"email", "phone", "linkedin_url", "github_url"})


def _person_name(target: str, raw: Any) -> str | None:
    text = parse.name_text(raw)
    return None if parse.is_name_placeholder(text) else _limited(target, normalize.person_name(text))


def _plain_text(target: str, raw: Any) -> str | None:
    text = normalize.text(parse.as_text(raw))
    return None if parse.is_placeholder(text) else _limited(target, text)


# Targets whose cell does more than set its own field to one value (or needs the date order).
_COMPOUND = frozenset({"full_name", "second_last_name", "middle_name", "city", "linkedin_url", "github_url", "skills", "current_salary", "expected_salary",
                       "notice_days", "available_from", "created_at", "last_activity_at", "consent_date",
                       "retention_until", "notes", "summary", "languages", NOTES, SKIP})


@functools.cache
def converter(target: str) -> Callable[[Any], Any] | None:
    """cell -> the value of field `target`, for a target whose cell sets just that field; else None."""
    if target in _COMPOUND:
        return None
    simple = {"first_name": functools.partial(_person_name, "first_name"),
              "last_name": functools.partial(_person_name, "last_name"), "email": parse.email, "phone": parse.phone,
              "years_experience": parse.years, "status": vocabulary.candidate_status, "lawful_basis": vocabulary.lawful_basis,
              "country": _country, "seniority": vocabulary.seniority, "remote_preference": _remote_preference,
              "english_level": english_level, "expected_salary_max": _salary_max}
    return simple.get(target) or functools.partial(_plain_text, target)


MODE_REMARK = "a work mode with a remark: the mode is stored, the cell is kept in the notes"


def _remote_preference(raw: Any) -> str:
    policy = vocabulary.remote_policy(raw)
    if vocabulary.says_more_than_the_mode(raw):  # "Remoto, o híbrido en Valencia": the rest is worth keeping
        raise parse.PartlyRead(policy, MODE_REMARK)
    return policy


def _salary_max(raw: Any) -> int | None:
    """A column of the most a person asks ("60.000 €", "hasta 65k"; of a range, its top). It was stored
    as the text written."""
    low, high = parse.salary(raw)
    return high if high is not None else low


def _country(raw: Any) -> str:
    code = places.country_code(normalize.text(parse.as_text(raw)) or "")
    if code is None:
        raise parse.Unparsed("not a country")
    return code


def _is_linkedin(url: str) -> bool:
    """A person's LinkedIn profile (normalize.url writes every LinkedIn address so); not a company's page."""
    return url.startswith(("https://linkedin.com/in/", "https://linkedin.com/pub/", "https://linkedin.com/talent/"))


_MOBILE_WORDS = frozenset({"mobile", "movil", "cell", "celular", "cellphone", "whatsapp"})
_ANY_LINKS = frozenset({"links", "enlaces", "social profiles", "social links", "social media", "redes sociales"})


@functools.cache
def _any_links(header: str) -> bool:
    return normalise_header(header) in _ANY_LINKS


def _apply(target: str, raw: Any, out: dict, skills: list, notes_parts: list, day_first: bool, header: str) -> None:
    """Put what one cell says into the row (`header`: its column's, for a note in the file's own words)."""
    convert = converter(target)
    if convert is not None:
        out[target] = convert(raw)
    elif target == "full_name":
        if parse.is_name_placeholder(raw):
            return
        text = parse.name_text(raw)
        first, last = split_full_name(text)
        if says_more_than_the_name(text):  # "Ana García, PhD (she/her)": what the name leaves out is kept
            notes_parts.append(f"{header}: {text}")
        out.setdefault("first_name", first)
        out.setdefault("last_name", last)
        if not out["first_name"] and first:
            out["first_name"] = first
        if not out["last_name"] and last:
            out["last_name"] = last
    elif target == "city":  # a location: its city, and the country it names (see places)
        if parse.is_placeholder(raw):
            return
        text = normalize.text(parse.as_text(raw)) or ""
        city, said, keep = places.read_location(text)
        if city:
            out["city"] = _limited("city", city)
        if keep:  # an address: the town is the city, the address is kept
            notes_parts.append(f"{header}: {text}")
        if said:  # (kept in the notes if a country or work-mode column says otherwise)
            out[_FROM_LOCATION] = (said, f"{header}: {text}")
    elif target == "languages":  # kept whole in the notes (every language counts); English read from it
        text = normalize.text(parse.as_text(raw))
        if not text or parse.is_placeholder(text):
            return
        notes_parts.append(f"{header}: {text}")
        level = english_in_languages(text)
        if level:
            out[_FROM_LANGUAGES] = level
    elif target == "second_last_name":  # joined to the first surname once the row is read (parse)
        out[_SECOND_SURNAME] = _person_name("last_name", raw)
    elif target == "middle_name":  # joined to the first name once the row is read (parse)
        out[_MIDDLE_NAME] = _person_name("first_name", raw)
    elif target in ("linkedin_url", "github_url"):
        addresses = _SEVERAL_ADDRESSES.split(parse.as_text(raw) or "")
        if len(addresses) > 1:  # "https://linkedin.com/in/irene, https://dribbble.com/irenev" (Lever's Links)
            profiles = [profile for address in addresses if (profile := parse.person_profile(address))]
            if not profiles:
                raise parse.Unparsed("not a web address")
            for field, url in profiles:
                out.setdefault(field, url)
            if len(profiles) < len(addresses):  # the others (a portfolio) are kept, with the cell
                notes_parts.append(f"{header}: {parse.as_text(raw)}")
            return
        url = parse.profile_url(raw)
        if len(url) > URL_LIMIT:  # (a tracking link pasted whole: PostgreSQL refused the whole import over it)
            raise _TooLong(f"longer than {URL_LIMIT} characters")
        if target == "linkedin_url" and not _is_linkedin(url) and "github.com" not in url and _any_links(header):
            # An ATS's column of any links (Lever's "Links", Workable's "Social profiles"): a website or a
            # Twitter page is kept in the notes; stored as the profile, it took the place of the LinkedIn
            # profile a later file gives. (A "Perfil" or "Web" column is the person's profile, whatever site.)
            notes_parts.append(f"{header}: {parse.as_text(raw)}")
            return
        out["github_url" if "github.com" in url else target] = url
    elif target in ("current_salary", "expected_salary"):
        low, high, remark = parse.salary_and_remark(raw)
        if low is None and target == "current_salary":
            raise parse.Unparsed("only a maximum, not the salary itself")
        if low is not None:
            out[target] = low
        if high is not None:
            if target == "expected_salary":
                out["expected_salary_max"] = high
            elif not remark:  # the field has its low end; the range as written goes to the notes, said
                raise parse.PartlyRead(low, parse.RANGE_LOWER_KEPT)
        if remark:  # the amount is stored; the cell, remark and all, goes to the notes (RowParser)
            raise parse.PartlyRead(low if low is not None else high, parse.SALARY_REMARK)
    elif target == "notice_days":
        if isinstance(raw, date | datetime):
            out["available_from"] = dates.a_date(raw, day_first)
        else:
            try:
                out[target] = notice_period.notice_days(raw)
            except parse.Unparsed as not_a_notice:  # the day they can start, maybe
                try:
                    out["available_from"] = dates.a_date(raw, day_first)
                except parse.Unparsed as exc:  # "negociable": said as a notice period's problem, not a date's
                    raise (not_a_notice if str(exc) == dates.NOT_A_DATE else exc) from None
    elif target == "available_from":
        out[target] = dates.a_date(raw, day_first)
    elif target == "created_at":
        out[target] = min(dates.a_datetime(raw, day_first), datetime.now(UTC))
    elif target == "last_activity_at":
        out[target] = dates.a_datetime(raw, day_first)
    elif target in ("consent_date", "retention_until"):
        out[target] = dates.a_date(raw, day_first)
    elif target in ("notes", "summary"):
        text = raw if isinstance(raw, str) else parse.as_text(raw)  # (a note: cleaned with the row's, in parse)
        if text and text.strip() and not parse.is_placeholder(text):
            if target == "notes":
                notes_parts.insert(0, text)  # exactly as written: formula-looking text stays text
            else:
                out[target] = normalize.long_text(text)


def add_skills(skills: list, found: list[tuple[str, str, float | None]]) -> None:
    """Append new skills; a skill seen again only brings its years when the first had none. (Also how a
    later row of the same person merges into the first: candidate_run.)"""
    if not skills:  # the usual single skills column: `found` has distinct keys already
        skills.extend(found)
        return
    index = {item[0]: at for at, item in enumerate(skills)}
    for key, name, years in found:
        if key not in index:
            index[key] = len(skills)
            skills.append((key, name, years))
        elif skills[index[key]][2] is None and years is not None:
            skills[index[key]] = (key, skills[index[key]][1], years)


def _limited(target: str, value: str | None) -> str | None:
    limit = TEXT_FIELDS.get(target)
    if value and limit and len(value) > limit:
        raise _TooLong(f"longer than {limit} characters")
    return value
