"""`crm import roles FILE`: roles and their clients (deduplicated on the normalised company name)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm.domain import Company, ImportItem, Role, RoleSkill
from crm.domain import normalize as norm
from crm.domain.base import utcnow
from crm.domain.enums import RemotePolicy, RoleStatus
from crm.importing import dates, jsonvalues, places
from crm.importing import values as parse
from crm.importing.importer import ImportOptions
from crm.importing.report import DB_VALUE_KEPT, ImportReport, says_otherwise, shown_value
from crm.importing.role_contacts import ContactFinder, contact_person, with_details
from crm.importing.role_lookup import bare_reference, folded_text
from crm.importing.stage_words import AT_ANOTHER
from crm.importing.tabular import record, run_tabular, with_lines
from crm.importing.vocabulary import remote_policy, says_more_than_the_mode, seniority
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress, no_progress
from crm.services.roles import add_role_skills, next_reference, reference_is, role_skill_links

ROLE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reference": ("Reference", ("ref", "reference", "referencia", "ref vacante", "codigo", "code", "id", "job id")),
    "client": ("Client", ("client", "cliente", "company", "empresa", "customer", "empresa cliente",
                          # Manatal's and Recruit CRM's job exports
                          "organization", "organisation", "company name", "client name")),
    "title": ("Title", ("title", "puesto", "position", "vacante", "rol", "role", "job title", "posicion",
                        "job name", "position name", "nombre del puesto")),
    "seniority": ("Seniority", ("seniority", "nivel", "level", "experiencia", "categoria")),
    "location": ("Location", ("location", "ubicacion", "ciudad", "city", "localidad", "lugar",
                              # Greenhouse's jobs: the office the job is at
                              "office", "offices", "oficina", "sede", "centro de trabajo")),
    "remote_policy": ("Remote policy", ("modalidad", "remote", "remoto", "work mode", "teletrabajo", "remote policy",
                                        "presencialidad", "work model", "working model", "modelo de trabajo")),
    "salary": ("Salary band", ("salary", "salario", "salario rango", "salary band", "banda salarial", "rango salarial",
                               "banda", "salary range", "rango", "budget", "presupuesto", "sueldo", "retribucion",
                               "remuneracion", "compensation", "sba", "bruto anual", "salario bruto")),
    # A band kept in two columns ("Salario mín.", "Salario máx."); either alone is one end of it. (A salary
    # header with "min" or "max" in it names these too: mapping.NARROWER.)
    "salary_min": ("Salary from", ("salary from", "salario desde", "salario minimo", "minimum salary")),
    "salary_max": ("Salary to", ("salary to", "salario hasta", "salario maximo", "maximum salary")),
    "required_skills": ("Required skills", ("skills requeridas", "required skills", "must have", "requisitos",
                                            "skills", "tecnologias", "stack", "imprescindible", "requirements",
                                            "requerimientos", "tecnologias requeridas")),
    "nice_skills": ("Nice-to-have skills", ("skills deseables", "nice to have", "deseable", "deseables",
                                            "valorable", "nice skills", "plus")),
    "openings": ("Openings", ("openings", "posiciones", "n posiciones", "no posiciones", "vacantes", "headcount",
                              "plazas", "numero de posiciones")),
    "status": ("Status", ("status", "estado", "situacion", "open closed", "abierta cerrada", "job status",
                          "role status", "estado vacante", "estado de la vacante")),
    "fee_percent": ("Fee %", ("fee", "fee %", "honorarios", "comision", "fee percent", "porcentaje")),
    "opened_on": ("Opened on", ("fecha apertura", "opened", "opened on", "fecha", "apertura", "fecha alta", "date",
                                "date added", "date opened", "open date", "opening date", "date posted", "posted",
                                "fecha publicacion", "fecha de publicacion", "fecha creacion", "fecha de creacion")),
    "closed_on": ("Closed on", ("fecha cierre", "fecha de cierre", "closed on", "closing date", "close date",
                                "cerrada el", "cierre", "closed")),
    "description": ("Description", ("description", "descripcion", "notas", "notes", "comentarios", "observaciones")),
    # The client's person for the role: found among the client's contacts or added to them.
    "contact": ("Client contact", ("contacto", "contacto cliente", "contacto del cliente", "client contact", "contact",
                                   "contact person", "persona de contacto", "hiring manager", "interlocutor",
                                   "responsable cliente")),
    "contact_email": ("Contact's email", ("email contacto", "correo contacto", "contact email", "email del contacto",
                                          "email cliente", "correo cliente", "email hiring manager")),
    "contact_phone": ("Contact's phone", ("telefono contacto", "contact phone", "telefono del contacto",
                                          "telefono cliente", "movil contacto")),
}

_STATUS = {"abierta": "active", "abierto": "active", "activa": "active", "activo": "active", "open": "active",
           "active": "active", "en curso": "active", "cerrada": "closed", "cerrado": "closed", "closed": "closed",
           "cubierta": "filled", "cubierto": "filled", "filled": "filled", "completada": "filled",
           "en pausa": "on_hold", "pausada": "on_hold", "on hold": "on_hold", "congelada": "on_hold",
           "paused": "on_hold", "cancelada": "cancelled", "cancelled": "cancelled", "canceled": "cancelled",
           "anulada": "cancelled", "lead": "lead", "prospecto": "lead", "pendiente": "lead",
           # ATS exports' words (Bullhorn's "Accepting Candidates", "Covered"; "Archived")
           "accepting candidates": "active", "in progress": "active", "interviewing": "active",
           "offer out": "active", "nueva": "active", "covered": "filled", "placed": "filled", "hold": "on_hold",
           "archived": "closed", "archive": "closed", "archivada": "closed", "lost": "cancelled",
           "perdida": "cancelled", "prospect": "lead", "draft": "lead", "borrador": "lead",
           # as trackers also say it
           "stand by": "on_hold", "standby": "on_hold", "parada": "on_hold", "suspendida": "on_hold",
           "on stand by": "on_hold", "finalizada": "closed", "desierta": "closed", "en proceso": "active",
           "reabierta": "active", "new": "active", "abierta urgente": "active", "urgente": "active",
           "en espera": "on_hold", "pending": "lead"}


def import_roles(store: Store, path: str | Path, options: ImportOptions | None = None,
                 progress: Progress = no_progress, token: CancelToken | None = None) -> ImportReport:
    return run_tabular(store, "roles", path, ROLE_FIELDS, _RoleRows, options, progress, token)


def missing_field(title: Any, client: Any) -> str | None:
    """The field a role row lacks to be a role ("title", then "client"), or None: the import refuses such a
    row, and its preview marks it."""
    return "title" if not title else "client" if not client else None


def role_status_and_remark(raw: Any) -> tuple[str, bool]:
    """The stored status, and whether the cell says more than it ("Abierta - compartida con otra agencia":
    active, and the cell worth keeping). A role filled by another agency ("Cubierta por otra agencia") is
    closed for us."""
    folded = " ".join(norm.fold(parse.as_text(raw) or "").replace("_", " ").replace("-", " ").split())
    if folded in _STATUS:
        return _STATUS[folded], folded in _SAYS_MORE
    # A status with a remark after it ("Cerrada - cubierta", "En pausa (presupuesto)"): the status it starts with
    words = _STATUS_PARTS.sub(" ", folded).split()
    for length in range(min(len(words), 3), 0, -1):
        if (start := " ".join(words[:length])) in _STATUS:
            status, rest = _STATUS[start], " ".join(words[length:])
            if status == RoleStatus.FILLED.value and _ELSEWHERE.search(rest) and not _BY_US.match(rest):
                status = RoleStatus.CLOSED.value
            return status, bool(rest) or start in _SAYS_MORE
    raise parse.Unparsed(f"not a role status ({', '.join(s.value for s in RoleStatus)})")


_STATUS_PARTS = re.compile(r"[(),;:/.\[\]]")
_SAYS_MORE = frozenset({"urgente", "abierta urgente"})  # active, and urgent: the cell kept in the description
_BY_US = re.compile(r"(?:por|by)\s+(?:nosotros|nosotras|us|mi|me)\b")  # "Cubierta por nosotros - venía de otra agencia"
_ELSEWHERE = re.compile(rf"\b{AT_ANOTHER}\b|^elsewhere\b")  # filled by another agency, at a competitor


_OPENINGS = re.compile(r"(\d+)(?:[.,]0+)?\s*(?:posiciones|posicion|plazas?|vacantes?|personas?|perfiles|openings?|"
                       r"positions?|hires?|people|heads?)?")


def openings(raw: Any) -> int:
    """2, '2', '2 posiciones', '3 plazas' -> how many people the role hires."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        number = int(raw) if float(raw).is_integer() else 0
    else:
        found = _OPENINGS.fullmatch(norm.fold(parse.as_text(raw) or "").strip())
        number = int(found.group(1)) if found else 0
    if not 1 <= number <= 500:
        raise parse.Unparsed("not a number of openings")
    return number


def fee_percent(raw: Any) -> float:
    """20, '20%', 0.2, '20 %' -> 20.0."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        number = float(raw)
    else:
        text = (parse.as_text(raw) or "").replace("%", "").replace(",", ".").strip()
        try:
            number = float(text)
        except ValueError as exc:
            raise parse.Unparsed("not a percentage") from exc
    if 0 < number <= 1:
        number *= 100
    if not 0 <= number <= 100:
        raise parse.Unparsed("not a percentage between 0 and 100")
    return round(number, 2)


OTHER_CLIENT = "the role {reference} is a role of {client}; its client is not changed"
SAME_REFERENCE = "the same reference as row {row}; skipped"
# A reference is one role of one client: a row naming another client never changes it (its values would
# become another client's role's), refused so that the user writes the client or the reference right.
SAME_REFERENCE_OTHER_CLIENT = "the same reference as row {row}, a role of {client}; a role has one client: not imported"
OTHER_CLIENTS_ROLE = ("the reference {reference} is a role of {client} ({title}); a row naming another client does "
                      "not change it: not imported")
REFERENCE_TAKEN = "the same client, title and location as {reference}, whose reference was made up: it takes this one"
BAND_REMARK = "a salary band with a remark: the band is stored, the cell is kept in the description"
STATUS_REMARK = "a status with a remark: the status is stored, the cell is kept in the description"
MODE_REMARK = "a work mode with a remark: the mode is stored, the cell is kept in the description"
SWAPPED_BAND = "the salary from is above the salary to: the two are stored the other way round"


def salary_band(raw: Any) -> tuple[int | None, int | None, bool]:
    """(low, high, whether a remark followed it: "40-50k (+ variable)"; the caller keeps the cell); one
    amount is a band of one, one written as where it starts ("desde 40k") a band with no top."""
    low, high, remark = parse.salary_and_remark(raw)
    if high is None and parse.salary_at_least(raw):  # "desde 40k": a bottom, no top
        return low, None, remark
    return low, high if high is not None else low, remark


def band_in_order(data: dict) -> bool:
    """Put a band given the wrong way round ("Salario mín." 60k, "Salario máx." 50k) in order; whether
    it was (SWAPPED_BAND). The import and its preview both."""
    low, high = data.get("salary_min"), data.get("salary_max")
    if not (isinstance(low, int) and isinstance(high, int)) or low <= high:  # the preview writes "abc (why)"
        return False
    data["salary_min"], data["salary_max"] = high, low
    return True


def parse_role_field(field: str, value: Any, data: dict, day_first: bool = True) -> None:
    """Put the stored form of one cell into `data` (salary bands fill salary_min and salary_max)."""
    if field in ("title", "location", "reference"):
        data[field] = norm.text(parse.as_text(value))
        if field == "location" and places.says_remote(data[field] or ""):  # "Ubicación: Remoto"
            data.setdefault("remote_policy", RemotePolicy.REMOTE.value)  # a work-mode column says better
        elif field == "location" and data[field]:
            data[field] = places.place_case(data[field])  # "MADRID" -> "Madrid", as candidates' cities
    elif field == "description":
        data[field] = norm.long_text(parse.as_text(value))  # its lines kept, its control characters not
    elif field == "seniority":
        data[field] = seniority(value)
    elif field == "remote_policy":
        data[field] = remote_policy(value)
        if says_more_than_the_mode(value):  # "Híbrido (2 días)": the mode is stored, the cell kept (the caller)
            raise parse.PartlyRead(data[field], MODE_REMARK)
    elif field == "status":
        data[field], remark = role_status_and_remark(value)
        if remark:  # the status is stored; the whole cell goes to the description (the caller)
            raise parse.PartlyRead(data[field], STATUS_REMARK)
    elif field == "fee_percent":
        data[field] = fee_percent(value)
    elif field == "salary":
        data["salary_min"], data["salary_max"], remark = salary_band(value)
        if remark:  # the band is stored; the whole cell goes to the description (the caller)
            raise parse.PartlyRead((data["salary_min"], data["salary_max"]), BAND_REMARK)
    elif field == "openings":
        data[field] = openings(value)
    elif field in ("salary_min", "salary_max"):
        low, high, remark = salary_band(value)  # "45k"; a band in one of the two columns gives its own end
        data[field] = low if field == "salary_min" else high
        if remark:
            raise parse.PartlyRead(data[field], BAND_REMARK)
    elif field in ("opened_on", "closed_on"):
        data[field] = dates.a_date(value, day_first)
    elif field == "contact":
        data[field] = contact_person(value)
    elif field in ("contact_email", "contact_phone"):
        read = parse.email if field == "contact_email" else parse.phone
        try:
            data[field] = read(value)
        except parse.PartlyRead as two:  # the first is kept, the cell in the description (the caller)
            data[field] = two.value
            raise
    elif field in ("required_skills", "nice_skills"):
        try:
            data[field] = [name for _k, name in parse.skills(value)]
        except parse.PartlyRead as exc:  # the skills found, and the cell in the description (the caller)
            data[field] = [name for _k, name in exc.value]
            raise parse.Unparsed("a number among the skills" if str(exc) == parse.NUMBER_AMONG_SKILLS
                                 else "a sentence among the skills") from exc


# Role fields several columns may fill, and how their texts join: skills in two columns are one list.
ADDS_UP = {"required_skills": ", ", "nice_skills": ", "}


class _RoleRows:
    def __init__(self, session, batch_id: int, report: ImportReport, policy: str, day_first: bool = True):
        self.session, self.batch_id, self.report, self.policy = session, batch_id, report, policy
        self.imported_before = False  # the same file was imported before (set by the import)
        self.day_first = day_first
        self.companies: dict[str, int] = {}
        self.seen_refs: dict[str, int] = {}
        self.seen_clients: dict[str, tuple[str, str]] = {}  # reference -> (client key, client) of its first row
        self._bare_references: dict[str, list[tuple[int, int, str]]] | None = None  # (_written_otherwise)
        self.seen_unreferenced: dict[tuple, int] = {}  # rows without a reference: see _same_role
        self.items = []
        self.contacts = ContactFinder(session, batch_id)

    adds_up = ADDS_UP

    def handle(self, row: int, raw: dict[str, Any], columns: dict[str, str], also: list[str]) -> None:
        data: dict[str, Any] = {}
        notes: list[str] = list(also)  # columns kept in the notes, a field's second column: to the description
        said_from = len(self.report.warnings)  # the row's cells' warnings, unsaid if the row changes nothing
        for field, value in raw.items():
            try:
                parse_role_field(field, value, data, self.day_first)
            except parse.Unparsed as exc:
                self.report.warn(row, columns.get(field), parse.as_text(value), f"{exc}; kept in the description")
                notes.append(f"{columns.get(field, field)}: {parse.as_text(value)}")
            except parse.PartlyRead as exc:  # the value is stored; the whole cell is kept beside it
                self.report.warn(row, columns.get(field), parse.as_text(value), str(exc))
                notes.append(f"{columns.get(field, field)}: {parse.as_text(value)}")
        # Headers and cells as the file wrote them: a NUL among them failed the import on PostgreSQL, an
        # escape sequence ("desc\x1b[31mroja") was stored to colour the CLI.
        notes = [line for line in map(norm.long_text, notes) if line]
        if band_in_order(data):
            self.report.warn(row, columns.get("salary_max", columns.get("salary")),
                             f"{data['salary_max']}-{data['salary_min']}", SWAPPED_BAND)
        cells_said = slice(said_from, len(self.report.warnings))
        client = norm.text(parse.as_text(raw.get("client")))
        missing = missing_field(data.get("title"), client)
        if missing:
            self.report.reject(row, columns.get(missing, missing), None, f"a role needs a {missing}")
            return
        if notes:
            data["description"] = with_lines(data.get("description"), notes)
        reference = data.get("reference")
        first_client = self.seen_clients.get((reference or "").upper())
        if first_client is not None and first_client[0] != norm.company_key(client):
            self.report.reject(row, columns.get("client"), client, SAME_REFERENCE_OTHER_CLIENT.format(
                row=self.seen_refs[reference.upper()], client=first_client[1]))
            return
        if reference and reference.upper() in self.seen_refs:
            del self.report.warnings[cells_said]  # skipped: none of its cells is kept (it said "kept")
            self.report.skipped += 1
            self.report.warn(row, columns.get("reference"), reference,
                             SAME_REFERENCE.format(row=self.seen_refs[reference.upper()]))
            return
        company_id = self._company(client, create=False)  # a new client is added only with a new role
        person = with_details(data.pop("contact", None), data.pop("contact_email", None), data.pop("contact_phone", None))
        made_up = None  # a role of this client, title and location whose reference the app made up
        if reference:
            existing = (self.session.scalar(select(Role).where(reference_is(reference)))
                        or self._written_otherwise(reference, company_id, data["title"]))
            if existing is None and company_id is not None:
                existing = made_up = self._with_made_up_reference(company_id, data)
        else:
            key = (norm.company_key(client), folded_text(data["title"]), folded_text(data.get("location")),
                   data.get("opened_on"))
            if key in self.seen_unreferenced:
                del self.report.warnings[cells_said]
                self.report.skipped += 1
                self.report.warn(row, columns.get("title"), data["title"],
                                 f"the same client, title and location as row {self.seen_unreferenced[key]}; skipped")
                return
            self.seen_unreferenced[key] = row
            existing = self._same_role(company_id, data) if company_id is not None else None
        if existing is not None and existing.company_id != company_id:
            # Another client's role: this client's own spelling of the reference if it has one; the same role
            # for a client name the database does not know when the titles agree ("Bco. Meridiano"); else refused.
            own = self._written_otherwise(reference, company_id, data["title"]) if company_id is not None else None
            if own is not None:
                existing = own
            elif (company_id is not None or folded_text(existing.title) != folded_text(data["title"])
                  or not _names_alike(client, self.session.get(Company, existing.company_id).name)):
                self.report.reject(row, columns.get("client"), client, OTHER_CLIENTS_ROLE.format(
                    reference=existing.reference, client=self.session.get(Company, existing.company_id).name,
                    title=existing.title))
                return
        if existing is not None:
            self._seen(reference or existing.reference, row, client)
            if existing.company_id != company_id:  # never moved to another client by a file; said
                self.report.warn(row, columns.get("client"), client, OTHER_CLIENT.format(
                    reference=existing.reference, client=self.session.get(Company, existing.company_id).name))
            # The contact is looked up (or added) only where the role will take it: not for a role skipped or
            # already naming one, nor for a role of another client than the row's.
            if person is not None and existing.company_id == company_id and (
                    self.policy == "overwrite" or (self.policy == "update" and existing.contact_id is None)):
                data["contact_id"] = self.contacts.contact_id(company_id, person)
            taken = made_up is not None and self.policy != "skip"  # a made-up reference gives way to the file's
            if taken:
                self.report.warn(row, columns.get("reference"), reference,
                                 REFERENCE_TAKEN.format(reference=made_up.reference))
            changed = self._update(existing, data, row, columns, take_reference=taken, written=raw, kept=notes)
            if not changed and (self.imported_before or self.policy == "skip"):  # nothing of the row kept
                del self.report.warnings[cells_said]
            return
        if company_id is None:
            company_id = self._company(client)
        if person is not None:
            data["contact_id"] = self.contacts.contact_id(company_id, person)
        defaults = {field: value for field, value in (("status", RoleStatus.ACTIVE.value), ("opened_on", date.today()))
                    if data.get(field) is None}
        data.update(defaults)
        made_up_reference = not reference
        if made_up_reference:
            data["reference"] = next_reference(self.session, data["opened_on"].year)
        self._seen(data["reference"], row, client)
        required, nice = data.pop("required_skills", []), data.pop("nice_skills", [])
        role = Role(company_id=company_id, **data)
        self.session.add(role)
        self.session.flush()
        add_role_skills(self.session, role.id, required, nice)
        # A reference the app made up is said so: a later file giving the role its own finds it by title.
        made = {"made_up_reference": role.reference} if made_up_reference else {}
        if defaults:  # values the file did not give: a later file's own take their place (see _update)
            made["defaulted"] = {field: jsonvalues.dump(value) for field, value in defaults.items()}
        self.items.append(record(self.session, self.batch_id, "role", role.id, "created", made or None))
        self.report.created += 1

    def _seen(self, reference: str, row: int, client: str) -> None:
        self.seen_refs[reference.upper()] = row
        self.seen_clients[reference.upper()] = (norm.company_key(client), client)

    def _same_role(self, company_id: int, data: dict) -> Role | None:
        """A row without a reference is the role of its client with its title and location (as folded),
        opened on its date when the file gives one: the latest opened, if the client has several."""
        title, location, opened = folded_text(data["title"]), folded_text(data.get("location")), data.get("opened_on")
        found = [(role_opened, role_id) for role_id, role_title, role_location, role_opened in self.session.execute(
                     select(Role.id, Role.title, Role.location, Role.opened_on).where(Role.company_id == company_id))
                 if folded_text(role_title) == title and folded_text(role_location) == location
                 and (opened is None or role_opened == opened)]
        return self.session.get(Role, max(found)[1]) if found else None

    def _written_otherwise(self, reference: str, company_id: int | None, title: str) -> Role | None:
        """The role whose reference is this one written with other spaces or dashes ("REF 2024 031" for
        REF-2024-031), as a pipeline finds it: the one of this client; for a client the database does not know
        by this name ("Bco. Meridiano"), the one role of that reference and title (said, as for a reference
        written alike). Another known client's role is never taken for it."""
        if self._bare_references is None:
            self._bare_references = {}
            for role_id, known, client, known_title in self.session.execute(
                    select(Role.id, Role.reference, Role.company_id, Role.title)):
                self._bare_references.setdefault(bare_reference(known) or "-", []).append(
                    (role_id, client, folded_text(known_title)))
        found = self._bare_references.get(bare_reference(reference) or "-", [])
        if company_id is not None:
            chosen = [role_id for role_id, client, _title in found if client == company_id]
        else:
            chosen = [role_id for role_id, _client, known_title in found if known_title == folded_text(title)]
        return self.session.get(Role, chosen[0]) if len(chosen) == 1 else None

    def _with_made_up_reference(self, company_id: int, data: dict) -> Role | None:
        """The role a row with a reference the database does not know is, when its client has one of its title
        and location (as _same_role finds it) whose reference an earlier import made up (VAC-2026-003 for a
        list without references) and still holds."""
        role = self._same_role(company_id, data)
        if role is None or role.reference.upper() in self.seen_refs:
            return None
        made = self.session.scalars(select(ImportItem.before).where(
            ImportItem.entity == "role", ImportItem.entity_id == role.id, ImportItem.action == "created"))
        return role if any((before or {}).get("made_up_reference") == role.reference for before in made) else None

    def _company(self, name: str, create: bool = True) -> int | None:
        """The client of this name (normalised), added when `create`; None when it is not known."""
        key = norm.company_key(name)
        if key in self.companies:
            return self.companies[key]
        company = self.session.scalar(select(Company).where(Company.name_key == key))
        if company is None and not create:
            return None
        if company is None:
            company = Company(name=name, name_key=key)
            self.session.add(company)
            self.session.flush()
            self.items.append(record(self.session, self.batch_id, "company", company.id, "created"))
        self.companies[key] = company.id
        return company.id

    def _update(self, role: Role, data: dict, row: int, columns: dict[str, str], take_reference: bool = False,
                written: dict[str, Any] | None = None, kept: list[str] = ()) -> bool:
        """Whether the role changed. `written`: the row's cells by field, to say a kept value's other as the
        file wrote it ("Cerrada"); `kept`: the cells the row keeps in the description ("Salario: a convenir"),
        added to a description the update policy keeps, as a candidate's notes are."""
        required, nice = data.pop("required_skills", []), data.pop("nice_skills", [])
        if self.policy == "skip":
            self._named(role)
            return False
        written = written or {}
        changes = {"reference": data["reference"]} if take_reference else {}
        defaulted = self._defaulted(role)
        for field, value in data.items():
            if field == "salary_min" or (field == "salary_max" and "salary_min" not in data):
                changes.update(self._band_changes(role, data, row, columns, written))
            if field in ("reference", "salary_min", "salary_max", "description") or value in (None, ""):
                continue
            old = None if field in defaulted else getattr(role, field)
            if (self.policy == "overwrite" and old != value) or (self.policy == "update" and old in (None, "")):
                changes[field] = value
            elif self.policy == "update" and field not in _NOT_SAID and says_otherwise(old, value):  # and said so
                shown = parse.as_text(written[field]) if field in written else shown_value(value)
                self.report.warn(row, columns.get(field, field), shown, DB_VALUE_KEPT.format(current=shown_value(old)))
        # The description is added to, never replaced, as a candidate's notes are: the file's lines the role's
        # lacks (its "Observaciones" written on since; cells said "kept in the description").
        # (a kept cell of several lines is compared line by line: whole, it was added again under its own lines)
        lines = [*(data.get("description") or "").splitlines(),
                 *(part for line in kept for part in line.splitlines())]
        have = set((role.description or "").splitlines())
        added = [line for line in dict.fromkeys(lines) if line.strip() and line not in have]
        if added:
            changes["description"] = with_lines(role.description, added)
        current = {link.skill_id: link for link in role.skills}
        skills = self._skills_after(current, required, nice)
        if not changes and skills is None:
            self._named(role)
            return False
        # Timestamp and version too: undo puts the role back exactly as it was.
        fields = {f: jsonvalues.dump(getattr(role, f)) for f in (*changes, "updated_at", "version")}
        before: dict[str, Any] = {"fields": fields}
        if skills is not None:
            before["role_skills_before"] = [[sid, link.required, link.min_years] for sid, link in current.items()]
        for field, value in changes.items():
            setattr(role, field, value)
        if skills is not None:
            self._set_skills(role, current, skills)
            role.updated_at = utcnow()  # a skills-only change moves the role's version too: undo sees it
        self.items.append(record(self.session, self.batch_id, "role", role.id, "updated", before))
        self.report.updated += 1
        return True

    def _defaulted(self, role: Role) -> set[str]:
        """The role's fields an import filled because its file had no value (an active status, today's opening
        date), still holding that value: a later file's own value is no value kept over another."""
        made = self.session.scalars(select(ImportItem.before).where(
            ImportItem.entity == "role", ImportItem.entity_id == role.id, ImportItem.action == "created"))
        given = {field: value for before in made for field, value in ((before or {}).get("defaulted") or {}).items()}
        return {field for field, value in given.items() if jsonvalues.dump(getattr(role, field)) == value}

    def _band_changes(self, role: Role, data: dict, row: int, columns: dict[str, str],
                      written: dict[str, Any]) -> dict[str, int | None]:
        """The salary band is one value, whichever columns gave it: its two ends filled or replaced apart made
        bands nobody wrote ("hasta 55k", then "50-60k": 50,000-55,000; "40-50k" overwritten by "desde 60k":
        60,000-50,000). Taken whole (update: only where the role has no band), or said to be kept."""
        band = (data.get("salary_min"), data.get("salary_max"))
        old = (role.salary_min, role.salary_max)
        if band == (None, None) or band == old:
            return {}
        if self.policy == "overwrite" or old == (None, None):
            return {"salary_min": band[0], "salary_max": band[1]}
        ends = [field for field in ("salary_min", "salary_max") if field in written]
        column = columns.get("salary") or next((columns[f] for f in ends if f in columns), "salary")
        shown = parse.as_text(written["salary"]) if "salary" in written else _band(*band)
        self.report.warn(row, column, shown, DB_VALUE_KEPT.format(current=_band(*old)))
        return {}

    def _skills_after(self, current: dict[int, RoleSkill], required: list[str],
                      nice: list[str]) -> dict[int, bool] | None:
        """The role's skills after this row (skill id -> required), or None when they stay: the file's new
        ones added (update: like a candidate's), or the file's list instead (overwrite)."""
        if not (required or nice):
            return None
        wanted = role_skill_links(self.session, required, nice)
        if self.policy == "overwrite":
            return wanted if wanted != {sid: link.required for sid, link in current.items()} else None
        added = {sid: is_required for sid, is_required in wanted.items() if sid not in current}
        return {**{sid: link.required for sid, link in current.items()}, **added} if added else None

    def _set_skills(self, role: Role, current: dict[int, RoleSkill], skills: dict[int, bool]) -> None:
        for skill_id, link in current.items():
            if skill_id not in skills:
                self.session.delete(link)
            else:
                link.required = skills[skill_id]  # a skill the file moves between required and nice to have
        for skill_id, is_required in skills.items():
            if skill_id not in current:
                self.session.add(RoleSkill(role_id=role.id, skill_id=skill_id, required=is_required))
        self.session.flush()
        self.session.expire(role, ["skills"])

    def _named(self, role: Role) -> None:
        """A known role the file names and leaves as it is: skipped, and recorded, so that undoing the import
        that created it leaves it to this one's list (undo._named_since)."""
        self.report.skipped += 1
        record(self.session, self.batch_id, "role", role.id, "named")

    def finish(self, progress: Progress = no_progress, token: CancelToken | None = None) -> None:
        self.contacts.finish()
        for item in self.items:
            if item.entity == "role":
                version = self.session.scalar(select(Role.version).where(Role.id == item.entity_id))
                item.before = {**(item.before or {}), "version": version}
        self.session.flush()


def _names_alike(one: str, other: str) -> bool:
    """Two ways of writing one client: a word of four letters or more in common that is not a word many
    companies' names hold ("Bco. Meridiano", "Banco Meridiano S.A."); not two clients with a role of the same
    title ("Nova Fintech", "Banco Meridiano"; "Banco Santander", "Banco Meridiano")."""
    def words(name: str) -> set[str]:
        return {word for word in norm.company_key(name).split() if len(word) >= 4 and word not in _COMMON_WORDS}
    return not words(one).isdisjoint(words(other))


_COMMON_WORDS = frozenset({
    "banco", "bank", "grupo", "group", "consulting", "consultoria", "consultores", "tech", "technologies",
    "technology", "tecnologia", "tecnologias", "soluciones", "solutions", "servicios", "services", "sistemas",
    "systems", "software", "digital", "global", "international", "internacional", "spain", "espana", "iberia",
    "iberica", "europe", "europa", "company", "compania", "holding", "partners", "labs", "capital", "seguros",
    "insurance", "energia", "energy", "data", "cloud", "network", "networks", "media", "health", "salud",
    "ingenieria", "engineering", "telecom", "logistics", "logistica", "retail", "finance", "financial",
    "fintech", "startup", "ventures", "innovation", "innovacion", "corporacion", "corporation"})


def _band(low: int | None, high: int | None) -> str:
    """A band as a report shows it: an open end as a sign both languages read ("≤ 55000", not "-55000")."""
    if low is None or high is None:
        return f"≤ {high}" if low is None else f"≥ {low}"
    return str(low) if low == high else f"{low}-{high}"


# Fields a row's value for which is not said when it differs from the role's: its description (the file's
# other columns are added to it), its contact (found among the client's).
_NOT_SAID = frozenset({"description", "contact_id", "company_id"})
