"""Every value on its way into a cell: never a formula, never a character Excel refuses, never too long.

Rules (applied to every text cell of every export):
- A text that starts with `=`, `+`, `-`, `@`, tab, CR or LF is stored as a text cell with the
  quotePrefix style, so Excel shows it as typed and never evaluates it, even after the user edits
  the cell. Texts such as `#N/A` are stored as text too (openpyxl would otherwise write an error
  cell). No export ever writes a formula.
- Characters XML 1.0 (and so Excel) forbids are removed: the C0 control characters other than tab,
  LF and CR (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F), U+FFFE, U+FFFF and unpaired surrogates.
  Word pastes bring vertical tabs (U+000B) as line breaks; they are turned into LF instead.
- A text longer than Excel's 32,767 characters is cut and ends with a visible marker saying how
  long the full text is, so nobody mistakes it for the whole text.
- Excel reads `_xHHHH_` in a cell's XML as the character U+HHHH ("_x0041_" shows as "A"); openpyxl
  writes it as it is. Its underscore is written `_x005F_`, so the cell shows the text as typed.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from openpyxl.cell.cell import Cell

MAX_CELL_CHARS = 32_767
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_FORBIDDEN = re.compile("[\x00-\x08\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")


def clean_text(value: str, truncated_marker: str = "… [truncated: {length:,} characters in total]") -> tuple[str, bool]:
    """The text as it may go into a cell, and whether it had to be cut."""
    text = _FORBIDDEN.sub("", value.replace("\x0b", "\n"))
    if len(text) <= MAX_CELL_CHARS:
        return text, False
    marker = truncated_marker.format(length=len(text))
    return text[: MAX_CELL_CHARS - len(marker)] + marker, True


# The end of a text cut to fit a cell, as each export writes it (clean_text's default, labels' "truncated").
_CUT_END = re.compile(r"… \[(?:truncated: [\d,.]+ characters in total|cut: the full text has [\d,.]+ characters|"
                      r"recortado: el texto completo tiene [\d,.]+ caracteres)\]$")


def before_cut(text: str) -> str | None:
    """The part of `text` an export kept, when the export cut it to fit a cell (None if it did not): our own
    list imported back holds such a copy of a long note."""
    if not text.endswith("]") or len(text) < MAX_CELL_CHARS - 100:
        return None
    found = _CUT_END.search(text)
    return text[:found.start()] if found else None


def excel_escaped(text: str) -> str:
    """The text with each `_xHHHH_` written so that Excel shows it as typed (see the module's rules)."""
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", text) if "_x" in text else text  # nearly every text: no regex


def needs_text_guard(text: str) -> bool:
    """True when Excel or LibreOffice would read the text as a formula (or an error) when edited."""
    return text.startswith(FORMULA_TRIGGERS) or text.startswith("#")


def set_value(cell: Cell, value: object, truncated_marker: str | None = None) -> bool:
    """Write `value` into `cell` safely. Returns True when a text had to be cut."""
    if isinstance(value, str):
        text, cut = clean_text(value) if truncated_marker is None else clean_text(value, truncated_marker)
        cell.value = excel_escaped(text)
        cell.data_type = "s"  # openpyxl would store "=..." as a formula and "#N/A" as an error
        if needs_text_guard(text):
            cell.quotePrefix = True
        return cut
    if isinstance(value, datetime):
        # Excel has no time zones; reports show the local wall-clock time.
        cell.value = value.astimezone().replace(tzinfo=None) if value.tzinfo else value
        return False
    if value is None or isinstance(value, bool | int | float | date):
        cell.value = value
        return False
    raise TypeError(f"cannot write a {type(value).__name__} into a report cell")
