"""The words trackers use for the stages of a selection process ("Entrevista", "Descartado por cliente").

Pure data, for the pipeline import (which maps them to the configured stages) and for the candidate
import (a status column holding them is about a process, not the person's status).
"""

from __future__ import annotations

# Spanish and English words -> the default stage names (matched to the configured stages by name or kind).
STAGE_WORDS = {
    # Job boards' first state for an applicant (InfoJobs "Inscrito") is the first stage too.
    "Sourced": ("sourced", "identificado", "localizado", "sourcing", "nuevo", "new", "candidato", "inscrito",
                "inscrita", "applied", "aplicado", "aplicada", "candidatura recibida", "cv recibido",
                "new lead", "lead", "new applicant", "application review", "application received", "inbox"),
    "Contacted": ("contacted", "contactado", "contacto", "mensaje enviado", "contactada", "llamada",
                  "primera llamada", "inmail", "inmail enviado", "en contacto", "reached out",
                  "contacted by recruiter", "messaged", "primer contacto", "contacto inicial", "first contact",
                  "initial contact"),
    "Screening": ("screening", "entrevista telefonica", "preseleccion", "filtro", "entrevista rrhh",
                  "phone screen", "entrevista inicial", "cribado", "filtro telefonico", "preseleccionado",
                  "preseleccionada", "entrevista interna", "phone screening",
                  # ATS exports: a recruiter's own screen, or a shortlist before the client sees anyone
                  "recruiter screen", "phone interview", "internally submitted", "internal submission",
                  "shortlisted", "shortlist"),
    "Submitted to client": ("submitted to client", "enviado a cliente", "presentado", "enviado", "submitted",
                            "presentado a cliente", "cv enviado", "presentada", "enviada",
                            "client submission", "sent to client", "presented to client", "cv sent"),
    # A technical test is usually the client's, after the CV went to them; so are later rounds.
    "Client interview": ("client interview", "entrevista cliente", "entrevista tecnica", "entrevista con cliente",
                         "interview", "entrevista", "segunda entrevista", "2a entrevista", "tercera entrevista",
                         "3a entrevista", "1a entrevista", "primera entrevista", "finalista", "prueba tecnica", "test tecnico", "technical test",
                         "second interview", "final interview", "onsite", "on site", "onsite interview",
                         "on site interview", "first interview", "final round", "1st interview", "2nd interview",
                         "assessment"),
    "Offer": ("offer", "oferta", "propuesta", "oferta enviada", "offer extended", "offer made", "offer sent",
              "offer out", "verbal offer"),
    "Placed": ("placed", "contratado", "incorporado", "colocado", "hired", "contratada", "incorporada",
               "oferta aceptada", "offer accepted", "acepta oferta", "placement", "incorporacion", "aceptado",
               "aceptada", "accepted"),
    "Rejected": ("rejected", "descartado", "rechazado", "descartado por cliente", "rechazado por cliente",
                 "retirado", "withdrew", "descartada", "no interesado", "oferta rechazada", "offer declined",
                 "rechaza oferta", "declina", "declinado", "declina oferta", "no encaja", "no apto", "no apta",
                 "ko", "no seleccionado", "no seleccionada", "retirada", "no interesada",
                 "candidate rejected", "client rejected", "disqualified", "not a fit", "not selected",
                 "declined", "withdrawn", "offer rejected", "archived"),
}


def default_stage(folded: str) -> str | None:
    """The default stage folded text (lower case, no accents, single spaces) names: one of its words, or a
    longer one followed by more ("entrevista tecnica con el cto"); None for no stage word."""
    for default, words in STAGE_WORDS.items():
        if folded in words or any(folded.startswith(w + " ") for w in words if len(w) > 6):
            return default
    return None


def is_stage_phrase(folded: str) -> bool:
    """Whether folded text is one of the stage words exactly ("entrevista cliente", "enviado a cliente")."""
    return any(folded in words for words in STAGE_WORDS.values())


def is_stage_word(folded: str) -> bool:
    """Whether folded text names a process stage, as the pipeline import reads it (default_stage)."""
    return default_stage(folded) is not None
