"""Web (and email) addresses behind a sheet's cells.

Trackers and ATS exports often show a link as words: a LinkedIn column whose cells read "Ver perfil",
or a candidate's name that opens their profile. The address is not the cell's value (python-calamine
reads the words) but the cell's hyperlink: listed at the end of the sheet's XML (`<hyperlinks>`, each
pointing to an external target in the sheet's relationships), or a =HYPERLINK("https://...", "Ver
perfil") formula. An email column's "Enviar email" links to mailto:ana@example.com the same way. The
row parser takes the address from here (candidate_rows.RowParser), so the profile
is not lost and the words are not warned about.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from defusedxml import DefusedXmlException, ElementTree

from crm.domain import normalize
from crm.importing.cell_marks import column_index, xml_text
from crm.importing.mapping import NOTES
from crm.importing.values import as_text

_NS_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_HYPERLINK_TYPE = "/hyperlink"
_HYPERLINK = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?hyperlink\s([^>]*?)/?>")
_REF = re.compile(rb'\bref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_ID = re.compile(rb'\b[A-Za-z_][\w.-]*:id="([^"]+)"')
# A cell whose formula is =HYPERLINK("https://...", ...): its reference and the address (quotes may be escaped)
_FORMULA_CELL = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="([A-Z]{1,3})(\d+)"[^>]*>\s*'
                           rb'<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*>\s*(?:_xlfn\.)?HYPERLINK\(\s*(?:&quot;|")'
                           rb'((?:https?://|mailto:)[^"<]+?)(?:&quot;|")', re.IGNORECASE)
# Web addresses, and email addresses ("Enviar email" linking to mailto:ana@example.com)
_WEB = ("http://", "https://", "mailto:")


def email_of(address: str) -> str | None:
    """The address of a mailto: link (its ?subject=... dropped); None for a web address."""
    if not address.lower().startswith("mailto:"):
        return None
    return address[len("mailto:"):].split("?", 1)[0].strip() or None

Links = dict[int, dict[int, str]]  # row -> column -> address


def link_targets(archive: zipfile.ZipFile, member: str) -> dict[str, str]:
    """The sheet's external web links: relationship id -> address (read with defusedxml). Empty for
    nearly every sheet, which then needs no search for hyperlinks."""
    folder, name = posixpath.split(member)
    try:
        rels = ElementTree.fromstring(archive.read(posixpath.join(folder, "_rels", name + ".rels")))
    except (KeyError, ElementTree.ParseError, DefusedXmlException):
        return {}  # no links, or none readable: the cells keep their words
    return {rel.get("Id"): rel.get("Target", "").strip() for rel in rels.iter(f"{_NS_PKG_REL}Relationship")
            if rel.get("Type", "").endswith(_HYPERLINK_TYPE) and rel.get("Target", "").strip().lower().startswith(_WEB)}


def linked_cells(xml: bytes, targets: dict[str, str]) -> Links:
    """The cells of a piece of sheet XML (its end, after the rows) that link to a web address."""
    found: Links = {}
    if not targets or b"hyperlink" not in xml:
        return found
    for match in _HYPERLINK.finditer(xml):
        attributes = match.group(1)
        ref, rel = _REF.search(attributes), _ID.search(attributes)
        address = targets.get(rel.group(1).decode("ascii", "replace")) if rel else None
        if ref is None or not address:
            continue
        first_col, first_row = column_index(ref.group(1)), int(ref.group(2))
        last_col = column_index(ref.group(3)) if ref.group(3) else first_col
        last_row = int(ref.group(4)) if ref.group(4) else first_row
        for row in range(first_row, min(last_row, first_row + 10_000) + 1):  # a range is rare, and short
            for column in range(first_col, min(last_col, first_col + 100) + 1):
                found.setdefault(row, {})[column] = address
    return found


def formula_links(xml: bytes) -> Links:
    """The cells of a piece of sheet XML holding a =HYPERLINK("https://...", "words") formula (their
    cached value is the words)."""
    found: Links = {}
    if b"HYPERLINK(" not in xml:
        return found  # nearly every sheet
    for column, row, address in _FORMULA_CELL.findall(xml):
        found.setdefault(int(row), {})[column_index(column)] = xml_text(address)
    return found


# A cell of these goes to the notes as written: its link is written beside its words.
NOTE_TARGETS = frozenset({"notes", NOTES})


def with_links(cells: list[Any], row_links: dict[int, str], targets: dict[int, str]) -> tuple[list[Any], list[str]]:
    """A row with a profile column's linked words ("Ver perfil") replaced by the address they link to, an email
    column's words ("Enviar email") by the address of its mailto: link, a notes cell's words followed by the
    address they link to ("ver CV (https://drive...)": the words alone could not open the CV), and the
    addresses other cells link to."""
    cells, others = list(cells), []
    for column, address in row_links.items():
        target, email = targets.get(column), email_of(address)
        if target in ("linkedin_url", "github_url") and email is None and column < len(cells):
            cells[column] = address
        elif target == "email" and email is not None and column < len(cells):
            if not _shows_an_address(cells[column]):
                cells[column] = email
            # (an address shown is the one typed: a link left behind by an edit is not taken over it)
        elif column < len(cells) and cells[column] is not None:
            if target in NOTE_TARGETS and email is None and address not in as_text(cells[column]):
                cells[column] = f"{as_text(cells[column])} ({address})"
            others.append(address)
    return cells, others


def _shows_an_address(value: Any) -> bool:
    text = normalize.email(as_text(value))
    return bool(text) and "@" in text
