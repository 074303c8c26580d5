"""A role's client contact, as roles trackers write it ("Marta Gil (CTO)", "Luis Pardo - Hiring manager",
"marta.gil@acme.es"), found among the client's contacts or added to them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from crm.domain import Contact
from crm.domain import normalize as norm
from crm.importing import jsonvalues
from crm.importing import values as parse
from crm.importing.full_names import split_full_name
from crm.importing.tabular import record

_EMAIL = re.compile(r"<?\s*([^\s<>(),;]+@[^\s<>(),;]+)\s*>?")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_DASH = re.compile(r"\s+[-–—|/]\s+")
# Words of a job title: "Marta Gil, CTO" is a name and a title, "Gil, Marta" a surname first.
_TITLE_WORDS = frozenset({"cto", "ceo", "cio", "coo", "cfo", "vp", "head", "director", "directora", "manager",
                          "responsable", "jefe", "jefa", "rrhh", "hr", "talent", "recruiter", "lead", "founder",
                          "fundador", "fundadora", "socio", "socia", "partner", "engineering", "ingenieria",
                          "tecnologia", "it", "people", "hiring", "tech", "team", "gerente", "coordinador",
                          "coordinadora", "admin", "administrador", "administradora"})


@dataclass(frozen=True)
class ContactPerson:
    first_name: str = ""
    last_name: str = ""
    title: str | None = None
    email: str | None = None
    phone: str | None = None

    def __str__(self) -> str:  # as the preview shows it
        name = f"{self.first_name} {self.last_name}".strip()
        extras = [part for part in (self.title, self.email, self.phone) if part]
        return f"{name} ({', '.join(extras)})" if name and extras else name or ", ".join(extras)


def contact_person(raw: Any) -> ContactPerson:
    """"Marta Gil (CTO)", "Marta Gil - CTO", "Marta Gil <marta@acme.es>", "marta@acme.es" -> its parts."""
    text = norm.text(parse.as_text(raw)) or ""
    email = None
    if found := _EMAIL.search(text):
        try:
            email = parse.email(found.group(1))
        except (parse.Unparsed, parse.PartlyRead):
            email = None
        else:
            text = (text[:found.start()] + " " + text[found.end():]).strip(" -–—|/,;:")
    title = None
    if bracketed := _BRACKETED.search(text):
        title = norm.text(bracketed.group(1))
        text = (text[:bracketed.start()] + text[bracketed.end():]).strip()
    elif len(parts := _DASH.split(text, maxsplit=1)) == 2:
        text, title = parts[0], norm.text(parts[1])
    elif "," in text and not _TITLE_WORDS.isdisjoint(norm.fold(text.partition(",")[2]).split()):
        text, _comma, title = text.partition(",")
        title = norm.text(title)
    if _is_title(text):  # "CTO", "Head of Engineering": a title, no name
        title, text = title or norm.text(text), ""
    first, last = split_full_name(text) if text else ("", "")
    if not (first or last or email):
        raise parse.Unparsed("not a contact person (a name, or an email)")
    return ContactPerson(first, last, title or None, email)


def with_details(person: ContactPerson | None, email: str | None, phone: str | None) -> ContactPerson | None:
    """The contact a row names, with the email and phone of their own columns."""
    if person is None and not email and not phone:
        return None
    person = person or ContactPerson()
    return ContactPerson(person.first_name, person.last_name, person.title, email or person.email,
                         phone or person.phone)


class ContactFinder:
    """Finds a row's contact among its client's contacts (by email, else by name) or adds it, recording
    what it adds or fills in for the import's undo."""

    def __init__(self, session, batch_id: int):
        self.session, self.batch_id = session, batch_id
        self._known: dict[int, list[Contact]] = {}
        self._items: dict[int, object] = {}  # contact id -> its undo record (one per contact)

    def contact_id(self, company_id: int, person: ContactPerson) -> int:
        contacts = self._known.get(company_id)
        if contacts is None:
            contacts = self._known[company_id] = list(
                self.session.scalars(select(Contact).where(Contact.company_id == company_id).order_by(Contact.id)))
        contact = next((c for c in contacts if person.email and c.email == person.email), None) or next(
            (c for c in contacts if (person.first_name or person.last_name) and _same_name(c, person)), None)
        if contact is None:
            contact = Contact(company_id=company_id, first_name=person.first_name, last_name=person.last_name,
                              title=person.title, email=person.email, phone=person.phone)
            self.session.add(contact)
            self.session.flush()
            contacts.append(contact)
            self._items[contact.id] = record(self.session, self.batch_id, "contact", contact.id, "created")
            return contact.id
        self._fill(contact, person)
        return contact.id

    def _fill(self, contact: Contact, person: ContactPerson) -> None:
        """A contact's empty title, email or phone take the file's, the old values recorded for undo."""
        gaps = {field: getattr(person, field) for field in ("title", "email", "phone")
                if getattr(person, field) and not getattr(contact, field)}
        if not gaps:
            return
        item = self._items.get(contact.id)
        if item is None:
            item = self._items[contact.id] = record(self.session, self.batch_id, "contact", contact.id, "updated",
                                                    {"fields": {}})
        if item.action == "updated":
            item.before = {"fields": {**{f: jsonvalues.dump(getattr(contact, f)) for f in gaps},
                                      **item.before["fields"]}}
        for field, value in gaps.items():
            setattr(contact, field, value)

    def finish(self) -> None:
        """Each record notes the version the import left, so that undo can tell later edits."""
        self.session.flush()
        for contact_id, item in self._items.items():
            version = self.session.scalar(select(Contact.version).where(Contact.id == contact_id))
            item.before = {**(item.before or {}), "version": version}


def _is_title(text: str) -> bool:
    words = [w for w in norm.fold(text).replace(".", " ").split() if w not in ("of", "de", "del", "la", "y", "and", "&")]
    return bool(words) and _TITLE_WORDS.issuperset(words)


def _same_name(contact: Contact, person: ContactPerson) -> bool:
    return (norm.fold(f"{contact.first_name} {contact.last_name}".strip())
            == norm.fold(f"{person.first_name} {person.last_name}".strip()))
