"""Words and number formats of the client reports, in English and Spanish.

Money and dates are real numbers and dates with an Excel number format, so the client can sort and
sum them; the format carries the language: `55.000 €` and `27/11/2026` in Spanish, `€55,000` and
`27 Nov 2026` in English. (Excel draws thousands separators from the reader's regional settings;
the Spanish formats carry the es-ES locale tag so LibreOffice and Excel in Spanish show `55.000 €`.)
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("es", "en")

_TEXT: dict[str, tuple[str, str]] = {
    # key: (English, Spanish)
    "summary": ("Summary", "Resumen"),
    "shortlist": ("Shortlist", "Candidatos"),
    "rejected": ("Rejected", "Descartados"),
    "shortlist_title": ("Candidate shortlist", "Informe de candidatos"),
    "progress_title": ("Recruitment progress report", "Informe de avance de procesos"),
    "agency": ("Agency", "Agencia"),
    "client": ("Client", "Cliente"),
    "role": ("Role", "Posición"),
    "reference": ("Reference", "Referencia"),
    "recruiter": ("Recruiter", "Consultor"),
    "date": ("Date", "Fecha"),
    "status": ("Status", "Estado"),
    "openings": ("Openings", "Vacantes"),
    "opened_on": ("Opened on", "Abierta el"),
    "days_open": ("Days open", "Días abierta"),
    "location": ("Location", "Ubicación"),
    "salary_band": ("Salary band", "Banda salarial"),
    "funnel": ("Funnel", "Embudo"),
    "stage": ("Stage", "Fase"),
    "in_stage_now": ("In this stage now", "En esta fase ahora"),
    "reached": ("Reached this stage", "Han llegado a esta fase"),
    "conversion": ("Conversion from previous stage", "Conversión desde la fase anterior"),
    "candidates": ("Candidates", "Candidatos"),
    "candidate": ("Candidate", "Candidato"),
    "current_title": ("Current title", "Puesto actual"),
    "current_company": ("Current employer", "Empresa actual"),
    "location_remote": ("Location / remote", "Ubicación / remoto"),
    "key_skills": ("Key skills (years)", "Tecnologías clave (años)"),
    "seniority": ("Seniority", "Nivel"),
    "english": ("English", "Inglés"),
    "expected_salary": ("Expected salary", "Salario deseado"),
    "notice": ("Notice period", "Preaviso"),
    "assessment": ("Our assessment", "Nuestra valoración"),
    "submitted": ("Submitted on", "Presentado el"),
    "feedback": ("Client feedback", "Feedback del cliente"),
    "next_step": ("Next step", "Siguiente paso"),
    "contact": ("Contact details", "Datos de contacto"),
    "stage_at_rejection": ("Stage at rejection", "Fase al descartar"),
    "reason": ("Reason", "Motivo"),
    "rejected_by": ("Rejected by", "Descartado por"),
    "roles": ("Roles", "Posiciones"),
    "all_roles_funnel": ("Funnel, all roles", "Embudo, todas las posiciones"),
    "blind_note": ("Candidates are shown by reference; names are shared on request.",
                   "Los candidatos se muestran por referencia; los nombres se facilitan bajo petición."),
    "none_yet": ("No candidates submitted yet.", "Aún no se han presentado candidatos."),
    "no_rejections": ("No submitted candidate has been rejected.", "Ningún candidato presentado ha sido descartado."),
    "no_open_roles": ("No open roles.", "No hay posiciones abiertas."),
    "immediate": ("Immediate", "Inmediata"),
    "days": ("{n} days", "{n} días"),
    "day": ("1 day", "1 día"),
    "truncated": ("… [cut: the full text has {length:,} characters]",
                  "… [recortado: el texto completo tiene {length:,} caracteres]"),
    "page": ("Page &P of &N", "Página &P de &N"),
    "confidential": ("Confidential", "Confidencial"),
}

_VALUES: dict[str, tuple[str, str]] = {
    # stored vocabulary -> (English, Spanish)
    "onsite": ("On-site", "Presencial"), "hybrid": ("Hybrid", "Híbrido"), "remote": ("Remote", "Remoto"),
    "junior": ("Junior", "Junior"), "mid": ("Mid", "Intermedio"), "senior": ("Senior", "Senior"),
    "lead": ("Lead", "Lead"), "principal": ("Principal", "Principal"),
    "status:lead": ("Not started", "Sin iniciar"), "status:active": ("Active", "Activa"),
    "status:on_hold": ("On hold", "En pausa"), "status:filled": ("Filled", "Cubierta"),
    "status:closed": ("Closed", "Cerrada"), "status:cancelled": ("Cancelled", "Cancelada"),
    "client": ("Client", "Cliente"), "agency": ("Agency", "Agencia"), "candidate": ("Candidate", "Candidato"),
    # default stages
    "Sourced": ("Sourced", "Localizado"), "Contacted": ("Contacted", "Contactado"),
    "Screening": ("Screening", "Preselección"), "Submitted to client": ("Submitted to client", "Presentado al cliente"),
    "Client interview": ("Client interview", "Entrevista con cliente"), "Offer": ("Offer", "Oferta"),
    "Placed": ("Placed", "Contratado"), "Rejected": ("Rejected", "Descartado"),
    # default rejection reasons
    "Skills not a fit": ("Skills not a fit", "El perfil no encaja"),
    "Salary expectations": ("Salary expectations", "Expectativas salariales"),
    "Location/remote": ("Location/remote", "Ubicación/teletrabajo"),
    "Candidate withdrew": ("Candidate withdrew", "El candidato se retiró"),
    "Rejected by client": ("Rejected by client", "Descartado por el cliente"),
    "No response": ("No response", "Sin respuesta"), "Duplicate": ("Duplicate", "Duplicado"),
}


@dataclass(frozen=True)
class Labels:
    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"report language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")

    @property
    def _index(self) -> int:
        return 1 if self.language == "es" else 0

    def __call__(self, key: str, **values: object) -> str:
        text = _TEXT[key][self._index]
        return text.format(**values) if values else text

    def value(self, stored: str | None) -> str:
        """A stored vocabulary value (stage, status, remote policy...) in the report's language."""
        if not stored:
            return ""
        pair = _VALUES.get(stored)
        return pair[self._index] if pair else stored.removeprefix("status:")

    def status(self, stored: str | None) -> str:
        """A role status (its words differ from the seniority "lead")."""
        return self.value(f"status:{stored}") if stored else ""

    # Excel number formats
    @property
    def money_format(self) -> str:
        return '#,##0\\ [$€-C0A]' if self.language == "es" else '[$€-809]#,##0'

    @property
    def date_format(self) -> str:
        return "dd/mm/yyyy" if self.language == "es" else "d mmm yyyy"

    percent_format = "0%"
    integer_format = "0"

    # Texts built from numbers (where a cell holds words, not a single number)
    def money_text(self, amount: int) -> str:
        grouped = f"{amount:,}"
        return f"{grouped.replace(',', '.')} €" if self.language == "es" else f"€{grouped}"

    def number(self, value: float) -> str:
        shown = f"{value:g}"
        return shown.replace(".", ",") if self.language == "es" else shown

    def notice(self, days: int | None) -> str:
        if days is None:
            return ""
        if days == 1:
            return self("day")
        return self("immediate") if days == 0 else self("days", n=days)
