"""A notice period as recruiters write it ("15 días", "1 mes y medio", "2-4 semanas", "inmediata") in days; a
cell that holds no period ("Q1", "Ronda 3", "día 1", a formula's text) raises Unparsed, one with a remark
("1 mes negociable") PartlyRead (see values)."""

from __future__ import annotations

import re
from typing import Any

from crm.domain import normalize
from crm.importing.values import RANGE_JOIN, RANGE_LONGER_KEPT, PartlyRead, Unparsed, digits_for_words, fold

_IMMEDIATE = ("inmediata", "inmediato", "immediate", "immediately", "ya", "asap", "now", "disponible",
              "available", "incorporacion inmediata", "0", "sin preaviso", "no tiene", "ninguno", "none",
              "no notice", "sin plazo",
              # out of work: free to start at once
              "desempleado", "desempleada", "en paro", "parado", "parada", "unemployed", "sin empleo", "libre")
_UNITS = {
    "dia": 1, "dias": 1, "d": 1, "day": 1, "days": 1, "natural": 1, "naturales": 1,
    "semana": 7, "semanas": 7, "sem": 7, "week": 7, "weeks": 7, "w": 7, "wk": 7, "wks": 7,
    "mes": 30, "meses": 30, "month": 30, "months": 30, "m": 30, "quincena": 15, "quincenas": 15,
}
_NOT_NOTICE = "not a notice period (e.g. '15 días', '1 mes', '2 weeks')"
# A notice cell is read word by word: a number (its unit glued, "15d", or next, "15 días"), and around it only
# these. Any other word ("Ronda 3", "desde el 1", "día 1": a date), letters glued to a number ("Q1", "v2") or
# another sign ("=B2*12", "@SUM(A1)": formulas) make the cell no notice period: it goes to the notes, said.
_NOTICE_TOKEN = re.compile(r"[^\W_]+(?:[.,]\d+)?|\S")  # "15", "1,5", "15dias", "aprox", "q1", "~"
_NUMBER_AND_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)([a-z]*)")
_NOTICE_SIGNS = frozenset("-–—+~±≈<>(),.:'")
# what recruiters write around a notice, whether or not its number has a unit ("aprox. 15", "1 mes de preaviso")
_NOTICE_FILLER = frozenset({
    "a", "y", "e", "o", "u", "to", "and", "or", "de", "entre", "between", "from", "mas", "plus",  # ranges, sums
    "aprox", "aproximadamente", "approx", "approximately", "about", "around", "circa", "ca", "unos", "unas",
    "alrededor", "casi", "almost", "menos", "more", "less", "como", "max", "maximo", "maxima", "min", "minimo",
    "up", "at", "most", "least",
    "preaviso", "notice", "period", "periodo", "plazo",
    "natural", "naturales", "habiles", "laborables", "calendar", "business", "working"})
# words that make a period of a number with its unit ("disponible en 2 semanas", "hasta 1 mes"), but not of a
# bare one: "disponible 15" or "hasta 30" may as well be a day of the month
_NOTICE_WITH_UNIT = frozenset({"en", "in", "within", "dentro", "hasta", "disponible", "available", "disponibilidad",
                               "incorporacion"})
# "1 mes y 15 días", "2 weeks and 3 days": two amounts with their units added up, not a range (unless
# "entre 15 días y 1 mes", "between ... and ...")
_ADDED = re.compile(r"^(?!entre |between ).*[a-z]\s+(?:y|and|\+|mas)\s+\d")
_HALF = re.compile(r"\s+(?:y medi[oa]|and a half)\b")


def _notice_parts(folded: str) -> tuple[list[tuple[str, str]], bool]:
    """The (number, unit or "") of a notice cell (_NOTICE_TOKEN), and whether it holds a remark besides: a word or
    sign that is neither a unit after its number nor what is written around a notice. With a remark only the
    numbers with their unit count ("1 mes desde el 15": 30 days, the cell kept); with no unit at all it is no
    notice period ("Ronda 3", "Q1", "día 1", "3 años", "hasta el 30": a date, a round, a count)."""
    parts: list[tuple[str, str]] = []
    words: set[str] = set()
    remark = False
    after_number = False  # the previous word was a number still without its unit
    for token in _NOTICE_TOKEN.findall(folded):
        number = _NUMBER_AND_UNIT.fullmatch(token)
        if number and number.group(2) in ("", *_UNITS):
            parts.append(number.groups())
            after_number = not number.group(2)
            continue
        if after_number and token in _UNITS:
            parts[-1] = (parts[-1][0], token)
        elif token in _NOTICE_FILLER or token in _NOTICE_WITH_UNIT:
            words.add(token)
        elif token not in _NOTICE_SIGNS:
            remark = True
        after_number = False
    if remark:
        parts = [part for part in parts if part[1]]
    if not any(unit for _number, unit in parts) and (remark or words & _NOTICE_WITH_UNIT):
        raise Unparsed(_NOT_NOTICE)
    return parts, remark


def notice_days(value: Any) -> int:
    """'15 días', '1 mes', '2 weeks', 'inmediata', '3 months', 30 -> days. A range ("2-4 semanas",
    "de 15 días a 1 mes") counts as its longer end: the wait the recruiter must plan for."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    folded = fold(normalize.text(str(value)) or "").strip(" .")
    if folded in _IMMEDIATE or folded.startswith(("inmediat", "immediat")):
        return 0
    folded = RANGE_JOIN.sub(r"\1-", digits_for_words(folded))
    if folded.startswith("quincena"):
        folded = "1 " + folded
    if folded.startswith(("=", "@")):  # a formula as text ("=B2*12", "@SUM(A1)"): its numbers are no period
        raise Unparsed(_NOT_NOTICE)
    folded, halves = _HALF.subn(" ", folded)  # "1 mes y medio": half a unit more than the number says
    parts, remark = _notice_parts(folded)
    if not parts or len(parts) > 2:
        raise Unparsed(_NOT_NOTICE)
    days = []
    for at, (number, unit) in enumerate(parts):
        # "2-4 semanas": the first number takes the unit of the next one
        unit = unit or next((later for _n, later in parts[at + 1:] if later), "dias")
        half = 0.5 if halves and at == len(parts) - 1 else 0
        days.append(int(round((float(number.replace(",", ".")) + half) * _UNITS[unit])))
    added = len(parts) == 2 and all(unit for _n, unit in parts) and _ADDED.search(folded)
    total = sum(days) if added else max(days)
    if total > 730:
        raise Unparsed("notice period longer than two years")
    if remark:
        raise PartlyRead(total, NOTICE_REMARK)
    if len(parts) == 2 and not added:
        raise PartlyRead(total, RANGE_LONGER_KEPT)
    return total


NOTICE_REMARK = "a notice period with a remark: the period is stored, the cell is kept in the notes"
