"""The words trackers use for the stages of a selection process ("Entrevista", "Descartado por cliente").

Pure data, for the pipeline import (which maps them to the configured stages) and for the candidate
import (a status column holding them is about a process, not the person's status).
"""

from __future__ import annotations

# Spanish and English words -> the default stage names (matched to the configured stages by name or kind).
STAGE_WORDS = {
    "Sourced": ("sourced", "identificado", "localizado", "sourcing", "nuevo", "new", "candidato"),
    "Contacted": ("contacted", "contactado", "contacto", "mensaje enviado"),
    "Screening": ("screening", "entrevista telefonica", "preseleccion", "filtro", "entrevista rrhh",
                  "phone screen", "entrevista inicial", "cribado"),
    "Submitted to client": ("submitted to client", "enviado a cliente", "presentado", "enviado", "submitted",
                            "presentado a cliente", "cv enviado"),
    "Client interview": ("client interview", "entrevista cliente", "entrevista tecnica", "entrevista con cliente",
                         "interview", "entrevista"),
    "Offer": ("offer", "oferta", "propuesta", "oferta enviada"),
    "Placed": ("placed", "contratado", "incorporado", "colocado", "hired", "contratada", "incorporada"),
    "Rejected": ("rejected", "descartado", "rechazado", "descartado por cliente", "rechazado por cliente",
                 "retirado", "withdrew", "descartada", "no interesado"),
}


def default_stage(folded: str) -> str | None:
    """The default stage folded text (lower case, no accents, single spaces) names: one of its words, or a
    longer one followed by more ("entrevista tecnica con el cto"); None for no stage word."""
    for default, words in STAGE_WORDS.items():
        if folded in words or any(folded.startswith(w + " ") for w in words if len(w) > 6):
            return default
    return None


def is_stage_word(folded: str) -> bool:
    """Whether folded text names a process stage, as the pipeline import reads it (default_stage)."""
    return default_stage(folded) is not None
