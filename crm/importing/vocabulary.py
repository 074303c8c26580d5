"""A cell naming one of a closed list: a seniority, a way of working, a candidate status, a lawful basis
(as Spanish and English trackers write them), to the value the CRM stores."""

from __future__ import annotations

import re
from typing import Any

from crm.domain.enums import CandidateStatus, LawfulBasis, RemotePolicy, Seniority
from crm.importing.stage_words import is_stage_word
from crm.importing.values import Unparsed, as_text, fold

_SENIORITY = {"junior": "junior", "jr": "junior", "trainee": "junior", "becario": "junior", "mid": "mid",
              "semi senior": "mid", "semisenior": "mid", "ssr": "mid", "middle": "mid", "intermedio": "mid",
              "senior": "senior", "sr": "senior", "lead": "lead", "tech lead": "lead", "team lead": "lead",
              "lider": "lead", "principal": "principal", "staff": "principal", "arquitecto": "principal",
              "mid level": "mid", "medior": "mid", "sr.": "senior", "jr.": "junior", "ssr.": "mid",
              "senior engineer": "senior", "junior developer": "junior", "intern": "junior",
              "internship": "junior", "practicas": "junior", "en practicas": "junior"}
# "Teletrabajo parcial", "Semipresencial"; "Presencial/Remoto", "Remoto o presencial": either, a hybrid
_HYBRID = ("hibrid", "hybrid", "mixto", "parcial", "partial", "semipresencial", "semi presencial", "flexible")
_EITHER = re.compile(r"(presencial|oficina|office|on ?site)\s*(?:/|o|or|y|and|\+)\s*(remot|teletrabajo)"
                     r"|(remot\w*|teletrabajo)\s*(?:/|o|or|y|and|\+)\s*(presencial|oficina|office|on ?site)")
# Some days a week at the office and the others not ("3 días oficina", "2 days remote") is hybrid; once a
# month ("1 día al mes en oficina") is not.
_SOME_DAYS = re.compile(r"\b[1-4]\s*(?:dias?|days?)\b(?!\s*(?:al|a|por|per|cada|every)\s+(?:mes|month))")
# Otherwise the work mode the cell names first: "Remoto (oficina opcional)" is remote, "Presencial,
# remoto opcional" on site.
_WORK_PLACE = (("presencial", "onsite"), ("on site", "onsite"), ("onsite", "onsite"), ("oficina", "onsite"),
               ("office", "onsite"), ("remot", "remote"), ("teletrabajo", "remote"))

# Remote work denied: "Sin teletrabajo", "No remoto", "Remoto: no", "No remote", "Teletrabajo: No" are on site.
_NOT_REMOTE = re.compile(r"\b(?:sin|no|not|non|zero|cero)\s+(?:es\s+|hay\s+|is\s+)?(?:remot\w*|teletrabajo)"
                         r"|(?:remot\w*|teletrabajo)\s*[:=]?\s*(?:no|none|0|nada)\s*$")


# A work mode in its own words, perhaps stressed or two of them ("Remoto 100%", "Presencial/Remoto"): any
# other word ("Híbrido (2 días)", "Presencial en Madrid") is worth keeping beside the stored mode.
_MODE_WORDS = frozenset({"hibrido", "hibrida", "hybrid", "remoto", "remota", "remote", "teletrabajo", "presencial",
                         "semipresencial", "semi", "onsite", "on", "site", "oficina", "office", "mixto", "mixta",
                         "flexible", "parcial", "partial", "100", "%", "full", "fully", "total", "totalmente",
                         "completo", "completa", "solo", "only", "en", "o", "or", "y", "and", "/", "+"})
_MODE_TOKENS = re.compile(r"\w+|[^\w\s]")


def says_more_than_the_mode(raw: Any) -> bool:
    words = _MODE_TOKENS.findall(fold(as_text(raw) or "").replace("-", " "))
    return any(word not in _MODE_WORDS for word in words if word not in ".,")


def seniority(raw: Any) -> str:
    folded = " ".join(fold(as_text(raw) or "").replace("-", " ").split())
    if folded in _SENIORITY:
        return _SENIORITY[folded]
    raise Unparsed(f"not a seniority ({', '.join(s.value for s in Seniority)})")


def remote_policy(raw: Any) -> str:
    folded = fold(as_text(raw) or "").replace("-", " ")
    if any(word in folded for word in _HYBRID) or _SOME_DAYS.search(folded) or _EITHER.search(folded):
        return "hybrid"  # "Híbrido (no remoto)": hybrid, the remark says it is not fully remote
    if _NOT_REMOTE.search(folded):
        return "onsite"
    named = [(folded.find(word), value) for word, value in _WORK_PLACE if word in folded]
    if named:
        return min(named)[1]
    raise Unparsed(f"not a work mode ({', '.join(p.value for p in RemotePolicy)})")


def _words(raw: Any) -> str:
    return " ".join(fold(as_text(raw) or "").replace("_", " ").replace("-", " ").split())


_STATUS = {"active": "active", "activo": "active", "activa": "active", "disponible": "active",
           "placed": "placed", "colocado": "placed", "colocada": "placed", "contratado": "placed",
           "contratada": "placed", "do not contact": "do_not_contact", "no contactar": "do_not_contact",
           "dont contact": "do_not_contact", "no llamar": "do_not_contact", "archived": "archived",
           "archivado": "archived", "archivada": "archived",
           # as trackers say it: looking for a job, in a process -> active; gone from the list -> archived
           "en proceso": "active", "en busqueda": "active", "buscando": "active", "abierto a ofertas": "active",
           "open to work": "active", "looking": "active", "no molestar": "do_not_contact",
           "inactivo": "archived", "inactiva": "archived", "inactive": "archived", "baja": "archived",
           "de baja": "archived", "dado de baja": "archived", "dada de baja": "archived"}


def candidate_status(raw: Any) -> str:
    """'Activo', 'colocada', 'No contactar', 'archived', 'do_not_contact' -> the stored status."""
    words = _words(raw)
    if words in _STATUS:
        return _STATUS[words]
    if is_stage_word(words):  # a tracker's process column: the stage belongs to an application, not the person
        raise Unparsed("a stage of a selection process, not a candidate status (import the pipeline to record it "
                       "against its role)")
    raise Unparsed(f"not a candidate status ({', '.join(s.value for s in CandidateStatus)}; "
                   "activo, colocado, no contactar, archivado)")


_LAWFUL_BASIS = {"applied to role": "applied_to_role", "applied": "applied_to_role", "candidatura": "applied_to_role",
                 "inscrito en oferta": "applied_to_role", "inscripcion en oferta": "applied_to_role",
                 "consent future roles": "consent_future_roles", "consent": "consent_future_roles",
                 "consentimiento": "consent_future_roles", "consentimiento futuras ofertas": "consent_future_roles",
                 "legitimate interest": "legitimate_interest", "interes legitimo": "legitimate_interest"}


def lawful_basis(raw: Any) -> str:
    """'applied_to_role', 'Consentimiento', 'interés legítimo' -> the stored lawful basis."""
    words = _words(raw)
    if words in _LAWFUL_BASIS:
        return _LAWFUL_BASIS[words]
    raise Unparsed(f"not a lawful basis ({', '.join(b.value for b in LawfulBasis)}; "
                   "candidatura, consentimiento, interés legítimo)")
