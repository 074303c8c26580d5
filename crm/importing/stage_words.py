"""The words trackers use for the stages of a selection process ("Entrevista", "Descartado por cliente"),
and how a cell holding them is read (read_stage): the one matcher of the pipeline import (which maps them to
the configured stages), `crm pipeline move`, and the candidate import (a status column holding them is
about a process, not the person's status).
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from crm.domain import normalize as norm
from crm.importing.word_typos import meant

# Spanish and English words -> the default stage names (matched to the configured stages by name or kind).
STAGE_WORDS = {
    # Job boards' first state for an applicant (InfoJobs "Inscrito") is the first stage too.
    "Sourced": ("sourced", "identificado", "localizado", "sourcing", "nuevo", "new", "candidato", "inscrito",
                "inscrita", "applied", "aplicado", "aplicada", "candidatura recibida", "cv recibido",
                "new lead", "lead", "new applicant", "application review", "application received", "inbox",
                # Indeed's first status: the applicant waits to be looked at
                "awaiting review"),
    "Contacted": ("contacted", "contactado", "contacto", "mensaje enviado", "contactada", "llamada",
                  "primera llamada", "inmail", "inmail enviado", "en contacto", "reached out",
                  "contacted by recruiter", "messaged", "primer contacto", "contacto inicial", "first contact",
                  "initial contact",
                  # Indeed's "Contacting" (being reached), Lever's "Responded" (answered the outreach)
                  "contacting", "responded", "replied"),
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
                         "3a entrevista", "1a entrevista", "primera entrevista", "finalista", "prueba tecnica", "test tecnico",
                         "technical test", "technical interview", "tech interview",
                         "second interview", "final interview", "onsite", "on site", "onsite interview",
                         "on site interview", "first interview", "final round", "1st interview", "2nd interview",
                         "assessment",
                         # Greenhouse's default interview plan: the hiring manager is the client's, the take-home
                         # test is the technical test, face to face the onsite; references are checked after
                         # the last interview, before any offer
                         "hiring manager screen", "hiring manager interview", "take home test", "take home",
                         "take home assignment", "face to face", "face to face interview", "reference check",
                         "reference checks"),
    "Offer": ("offer", "oferta", "propuesta", "oferta enviada", "offer extended", "offer made", "offer sent",
              "offer out", "verbal offer",
              # a background check is run on the person an offer is made to, before they start
              "background check", "background checks"),
    "Placed": ("placed", "contratado", "incorporado", "colocado", "hired", "contratada", "incorporada",
               "oferta aceptada", "offer accepted", "acepta oferta", "placement", "incorporacion", "aceptado",
               "aceptada", "accepted"),
    "Rejected": ("rejected", "descartado", "rechazado", "descartado por cliente", "rechazado por cliente",
                 "retirado", "withdrew", "descartada", "no interesado", "oferta rechazada", "offer declined",
                 "rechaza oferta", "declina", "declinado", "declina oferta", "no encaja", "no apto", "no apta",
                 "ko", "no seleccionado", "no seleccionada", "retirada", "no interesada",
                 "candidate rejected", "client rejected", "disqualified", "not a fit", "not selected",
                 "declined", "withdrawn", "offer rejected", "archived",
                 "rechazada", "descartado por el cliente", "descartada por cliente", "descartada por el cliente",
                 "rechazado por el cliente", "rechazada por cliente", "rechazada por el cliente", "rejected by client",
                 "candidate withdrew", "se retira", "se ha retirado", "rechaza la oferta", "declina la oferta",
                 "not interested", "no le interesa"),
}


# Who ended the process, by the rejection words: the client, or the candidate (who withdrew, turned the
# offer down, or went to another company).
CLIENT, CANDIDATE = "client", "candidate"
REJECTED_BY = {
    **dict.fromkeys(("descartado por cliente", "rechazado por cliente", "client rejected", "descartado por el cliente",
                     "descartada por cliente", "descartada por el cliente", "rechazado por el cliente",
                     "rechazada por cliente", "rechazada por el cliente", "rejected by client"), CLIENT),
    **dict.fromkeys(("retirado", "retirada", "withdrew", "no interesado", "no interesada", "oferta rechazada",
                     "rechaza oferta", "declina oferta", "offer declined", "declina", "declinado", "withdrawn",
                     "declined", "offer rejected", "candidate withdrew", "se retira", "se ha retirado",
                     "rechaza la oferta", "declina la oferta", "not interested", "no le interesa"), CANDIDATE)}

_PHRASES = {word: default for default, words in STAGE_WORDS.items() for word in words}
_VOCABULARY = frozenset(token for word in _PHRASES for token in word.split())
_TOKEN = re.compile(r"\w+")

# Words after a stage word that change what it means.
# Hired or given an offer AT another company: the words right after the stage say where ("Contratado por otra
# empresa", "Oferta aceptada en la competencia", or only "(otra empresa)"). Another offer named further on is a
# remark on ours ("Contratado - tenía otra oferta", "Oferta (tiene otra oferta)").
# ("de"/"from" says where the person came from: "Cubierta - fichado de la competencia", "venía de otra
# consultora" (an employer in IT) are filled by us; but another agency's candidate ("de otra agencia") is theirs. Spanish "a" only before Spanish words:
# "a competitor" is an English article.)
_OTHER = r"(?:otra|otro|otras|otros|another|other)"
_DECLINING = r"(?:declined|rejected|turned\s+down|rechaz\w*|declin\w*)"  # "rechaza", "rechazó", "declina", "declined"...
_ANOTHER_FIRM = (rf"(?:{_OTHER} (?:empresa|compania|sitio|consultora|agencia|company|employer|firm|"
                 r"agency)|competencia|competitor)")
AT_ANOTHER = (rf"(?:(?:(?:por|en|con|para|by|at|with|for|to) (?:la |el |una |un |the |an? )?|a (?:la |una |un )?"
              rf"(?=otr|competencia)){_ANOTHER_FIRM}|de (?:la |una |un )?otra agencia|from (?:an? )?(?:another|other) agency)")
# (roles.py reads a role filled elsewhere with it too)
_ELSEWHERE = re.compile(rf"^(?:(?:pasa|paso|se va|se fue|se marcha|se marcho|va|fue|moved|went|goes|going) )?"
                        rf"(?:{AT_ANOTHER}|(?:otra|otro) (?:empresa|compania|consultora|agencia|sitio)$|elsewhere)\b")
# Whose offer it was, in the stage's own words: "Oferta aceptada de otra empresa", "Aceptó oferta de la
# competencia", "Contratado - oferta de otra empresa", "Accepted an offer from another company", "Offer accepted
# elsewhere": the candidate went there. (Another offer named further on is a remark on ours: "Contratado
# (rechazó oferta de la competencia)".)
_OFFER_OF_ANOTHER = re.compile(rf"^(?:(?:una |an? )?(?:oferta|offer) )?(?:(?:de|from) (?:la |el |una |un |the |an? )?"
                               rf"{_ANOTHER_FIRM}|elsewhere|en otro sitio)\b")
_OFFER_WORDS = frozenset({"oferta", "offer", "aceptada", "accepted", "acepta", "acepto"})
# An interview with HR, by phone, with the agency: the recruiter's screen, not the client's.
_SCREENING = re.compile(r"\b(rrhh|hr|telefono|telefonica|telefonico|phone|consultora|consultor|agencia|recruiter|"
                        r"reclutador|reclutadora|selector|seleccionadora|interna|internal)\b")
# Another offer turned down ("rechazó otra oferta"): it ends no process of ours.
_ENDS_ANOTHER = re.compile(rf"\b{_DECLINING} (?:la |una |las |unas |an? |the )?{_OTHER} (?:\w+ )?"
                          r"(?:ofertas?|offers?|propuestas?|proposals?)\b")
# Said of ours beside another offer declined (in the cell's folded words): ours declined too ("y la nuestra",
# "then ours", "y rechazó la nuestra", "ours was declined too"; not "y aceptó la nuestra") ends ours; ours not
# accepted, not decided, no news of it leaves the stage unsaid.
_OURS_TOO = re.compile(rf"\b(?:(?:y|e|and|then|tambien|also|too|luego|despues|as well as) (?:(?:tambien|also|too|then|"
                       rf"luego|despues) )*(?:{_DECLINING} )?|{_DECLINING} )(?:la |el |the )?(?:nuestra|nuestro|ours|our)\b"
                       r"|\b(?:nuestra|nuestro|ours) (?:tambien|too|also|as well)\b"
                       rf"|\b(?:nuestra|nuestro|ours)(?: \w+){{0,2}} {_DECLINING}")
_NEGATED_OURS = re.compile(r"\b(?:no|not|\w+n t|tampoco|said no to|dijo que no a)\b(?: \w+){0,4} "
                           r"(?:la |el |the |a |on )?(?:nuestra|nuestro|ours|our)\b")
# Another firm's offer named in a remark ("tiene otra oferta", "offer from another company"): no stage of ours.
_ANOTHERS_OFFER = re.compile(rf"\b(?:{_OTHER} (?:\w+ )?(?:ofertas?|offers?|propuestas?)|(?:ofertas?|offers?) (?:de|from) "
                             rf"(?:la |el |una |un |the |an? )?{_ANOTHER_FIRM})\b")
# Words that end, turn down or move on from a stage: after a short stage word ("Oferta (la rechazó)", "Offer
# (lost)", "Placed - no show", "Nuevo - contactado"), no mere remark.
_TURNS_DOWN = re.compile(r"\b(?:rechaz\w*|declin\w*|rejected|refused|rehus\w*|descart\w*|turned down|ko|cancel\w*|"
                         r"retir\w*|withdr\w*|perdid\w*|lost|fell|backed|atras|pulled|failed|no|not|never|nunca|"
                         r"tampoco|\w+n t|queda|quedo|quedado|stays?|stayed|counter\w*|contraoferta\w*|suspend\w*|"
                         r"firmad[ao](?! nda)|signed(?! (?:an? |the )?nda))\b"
                         rf"|\b(?:acept\w*|accepted) (?:la |una |an? |the )?{_OTHER}\b")  # (went elsewhere)
# (A refused row is named in the report; a remark that turned the stage round, stored as it, would not be.)
_CLIENT_SIDE = re.compile(r"\b(cliente|client|tecnica|tecnico|technical|cto|manager)\b")
# Who a rejection's words name ("KO cliente", "Rechazada por el cliente", "Descartado - candidato").
_BY = re.compile(r"^(?:por |by )?(?:el |la |the )?(cliente|client|candidato|candidata|candidate)\b ?")
# A word that ends a process: after another stage's words, they leave the row unclear ("Oferta del cliente
# rechazada", "Entrevista cliente cancelada").
_ENDS = frozenset({"descartado", "descartada", "rechazado", "rechazada", "rechaza", "retirado", "retirada", "retira",
                   "declina", "declinado", "declinada", "ko", "rejected", "declined", "withdrew", "withdrawn",
                   "cancelada", "cancelado", "cancelled", "canceled"})


class StageReading(NamedTuple):
    """What a stage cell says: a default stage (None: the words after the stage word leave it unclear),
    the stage words read, who ended the process for a rejection, and the words after a rejection kept as
    its reason, as written ("Descartado por cliente - salario" -> client, "salario")."""

    default: str | None
    phrase: str
    by: str | None = None
    note: str | None = None
    note_at: int | None = None  # while reading: the token the note starts at


# Another offer turned down, said in brackets after the stage: "Oferta (rechazó otra oferta)", "Placed (declined
# another offer)". ("Offer declined - another offer" is ours declined: no brackets.)
_ANOTHER_DECLINED = re.compile(
    rf"\(\s*(?:ha\s+)?{_DECLINING}\s+(?:una\s+|la\s+|las\s+|an?\s+|the\s+)?{_OTHER}\s+(?:\w+\s+)?"
    r"(?:ofertas?|offers?|propuestas?|proposals?)\b[^)]*\)?", re.IGNORECASE)


def read_stage(text: str) -> StageReading | None:
    """What a cell names (any case, accents, punctuation): one of the stage words, or a longer one followed
    by more ("Entrevista técnica con el CTO"), read for what the rest changes (another company, an HR
    interview, the client's rejection); else a stage word one letter away; None for no stage word."""
    folded = " ".join(_TOKEN.findall(norm.fold(text)))
    unclear = _NEGATED_OURS.search(folded)
    if not unclear and not _OURS_TOO.search(folded):  # (what the cell says of ours is read with the rest)
        text = _ANOTHER_DECLINED.sub("", text)  # "Offer (declined another offer)": a remark on ours, at Offer
    matches = list(_TOKEN.finditer(text))
    spans = [(match.start(), norm.fold(match.group())) for match in matches]
    tokens = [token for _start, token in spans]
    # Tokens a bracket, dash or comma follows: what comes after them is a remark ("Offer (verbal)")
    breaks = {at for at in range(len(matches) - 1)
              if _REMARK_MARK.search(text, matches[at].end(), matches[at + 1].start())}
    found = _read(tokens, breaks)
    if found is None:
        found = _read_typos(tokens, breaks)
    if found is not None and unclear and _ENDS_ANOTHER.search(" ".join(tokens)):
        # Another offer declined, and ours "not decided yet", "didn't accept": which stage, the words do not say
        return StageReading(None, found.phrase)
    if found is not None and found.note_at is not None:  # the reason as the cell wrote it
        at = spans[found.note_at][0]
        found = found._replace(note=text[at:].strip(" -–—,.;:()[]!¡?¿\t") or None, note_at=None)
    return found


def says_more(text: str, phrase: str) -> bool:
    """Whether a stage cell has words beyond the stage words read from it (`phrase`, folded)."""
    return len(_TOKEN.findall(text)) > len(phrase.split())


def _read(tokens: list[str], breaks: frozenset[int] | set[int] = frozenset()) -> StageReading | None:
    """The longest stage words the tokens start with, and what the words after them change (the note's
    start as a token index, made text by read_stage); `breaks`: the tokens a bracket, dash or comma follows."""
    for end in range(len(tokens), 0, -1):
        phrase = " ".join(tokens[:end])
        if phrase in _PHRASES:
            return _with_rest(_PHRASES[phrase], phrase, tokens[end:], end, end - 1 in breaks)
    return None


_REMARK_MARK = re.compile(r"[(\[,;:]|\s[-–—]|[-–—]\s")  # "Offer (verbal)", "Placed - starts Nov", "Oferta, pendiente"


def _with_rest(default: str, phrase: str, rest: list[str], at: int, set_apart: bool = False) -> StageReading | None:
    by, end = REJECTED_BY.get(phrase), at + len(rest)
    if not rest:
        return StageReading(default, phrase, by)
    words = " ".join(rest)
    if default in ("Placed", "Offer") and (_ELSEWHERE.search(words) or (
            _OFFER_OF_ANOTHER.search(words) and not _OFFER_WORDS.isdisjoint((*phrase.split(), rest[0])))):
        return StageReading("Rejected", phrase, CANDIDATE)
    if default == "Rejected":  # who, then why: the rest of the cell is the rejection's reason
        named = _BY.match(words)
        if named:
            by = CLIENT if named.group(1).startswith("client") else CANDIDATE
            at += len(named.group(0).split())
            if at == end:  # "KO cliente": all of it read (says_more)
                phrase = " ".join([phrase, *rest])
        return StageReading(default, phrase, by, note_at=at if at < end else None)
    after = _read(rest)  # "Contactado, no interesado": the process ended there
    if after is not None and after.default == "Rejected" and not _ENDS_ANOTHER.match(words):
        return after._replace(note_at=None)
    if _ENDS & set(_ENDS_ANOTHER.sub(" ", words).split()):  # (declining another offer ends no process of ours)
        return StageReading(None, phrase)
    if _ENDS_ANOTHER.search(words) and (_OURS_TOO.search(words) or _NEGATED_OURS.search(words)):  # unclear
        return StageReading(None, phrase)
    if (default == "Client interview" and _SCREENING.search(words) and not _CLIENT_SIDE.search(phrase)
            and not _CLIENT_SIDE.search(words)):  # "con HR Manager del cliente": the client's
        return StageReading("Screening", phrase)
    # A stage word long enough not to be the start of another sentence, or set apart from a remark that
    # turns nothing down ("Offer (verbal)"; not "Oferta (la rechazó)")
    remark = _ENDS_ANOTHER.sub(" ", words)  # (another offer declined, or another's offer, says nothing of ours)
    if len(phrase) > 6 or (set_apart and not _TURNS_DOWN.search(remark)
                           and not _names_a_later_stage(_ANOTHERS_OFFER.sub(" ", remark).split(), default)):
        return StageReading(default, phrase, by)
    return StageReading(None, phrase)  # a stage word, and words that may change it: said so, not "no stage"


def _names_a_later_stage(tokens: list[str], default: str) -> bool:
    """Whether stage words of a later stage than `default` stand among the tokens ("Nuevo - contactado",
    "Onsite - oferta"; not "Oferta (tras entrevista con el CTO)")."""
    after = _ORDER.index(default)
    return any(_ORDER.index(_PHRASES[phrase]) > after
               for start in range(len(tokens)) for end in range(start + 1, min(start + 4, len(tokens)) + 1)
               if (phrase := " ".join(tokens[start:end])) in _PHRASES)


_ORDER = list(STAGE_WORDS)


def _read_typos(tokens: list[str], breaks: set[int]) -> StageReading | None:
    """The reading of the tokens with their one-letter typos put right, when every way of putting them
    right reads the same ("Contactdo" is "contactado" or "contactada": Contacted either way)."""
    choices = [[token] if token in _VOCABULARY else (meant(token, _VOCABULARY) or [token]) for token in tokens]
    if all(len(choice) == 1 and choice[0] == token for choice, token in zip(choices, tokens, strict=True)):
        return None
    readings = {_read(list(variant), breaks) for variant in itertools.islice(itertools.product(*choices), 64)}
    if len(readings) != 1 or None in readings:
        return None
    return readings.pop()


def default_stage(folded: str) -> str | None:
    """The default stage a cell's words name (read_stage); None for no stage word, or unclear words."""
    found = read_stage(folded)
    return found.default if found is not None else None


def is_stage_phrase(folded: str) -> bool:
    """Whether folded text is one of the stage words exactly ("entrevista cliente", "enviado a cliente")."""
    return folded in _PHRASES


def is_stage_word(folded: str) -> bool:
    """Whether folded text names a process stage, as the pipeline import reads it (default_stage)."""
    return default_stage(folded) is not None


# What a rejection's reason says, as recruiters and ATS exports write it ("Withdrew", "Not a fit", "Salary
# expectations too high"), by what it is about; a configured reason is about the same when its label says so.
_REASON_WORDS = {
    "withdrew": ("withdrew", "withdrawn", "withdraw", "withdrawal", "retirado", "retirada", "se retira", "se retiro",
                 "not interested", "no interesado", "no interesada", "no le interesa", "declined", "declino", "declina",
                 "another offer", "other offer", "otra oferta", "accepted elsewhere"),
    "skills": ("not a fit", "no encaja", "skills", "skill", "perfil", "experience", "experiencia", "qualified",
               "underqualified", "overqualified", "fit", "technical", "tecnico", "tecnica", "competencias"),
    "salary": ("salary", "salario", "salarial", "salariales", "compensation", "pay", "sueldo", "expectations",
               "expectativas", "pretension", "pretensiones", "retribucion", "too expensive"),
    "location": ("location", "ubicacion", "remote", "remoto", "teletrabajo", "relocation", "relocate",
                 "reubicacion", "distance", "distancia", "commute", "desplazamiento", "on site only"),
    "client": ("rejected by client", "client rejected", "by client", "by the client", "por cliente", "por el cliente",
               "hiring manager", "client", "cliente"),
    "no_response": ("no response", "unresponsive", "did not respond", "didn t respond", "not responding",
                    "no answer", "ghosted", "sin respuesta", "no contesta", "no responde", "no show"),
    "duplicate": ("duplicate", "duplicado", "duplicada"),
}


def _reason_topics(text: str) -> set[str]:
    """What a reason's words are about (_REASON_WORDS), each phrase read as whole words."""
    folded = f" {' '.join(_TOKEN.findall(norm.fold(text)))} "
    return {topic for topic, phrases in _REASON_WORDS.items() if any(f" {phrase} " in folded for phrase in phrases)}


def reason_meant(text: str | None, labels: list[str]) -> str | None:
    """The configured rejection reason (of `labels`) a reason written in a file means: the one of that label
    (case and accents aside), else the only one about the same, when the text is about one thing only
    ("Withdrew" -> "Candidate withdrew", "Salary expectations too high" -> "Salary expectations"); None when
    none or several could be meant."""
    if not text or not text.strip():
        return None
    folded = " ".join(_TOKEN.findall(norm.fold(text)))
    same = [label for label in labels if " ".join(_TOKEN.findall(norm.fold(label))) == folded]
    if same:
        return same[0]
    topics = _reason_topics(text)
    if len(topics) != 1:
        return None
    about = [label for label in labels if _reason_topics(label) == topics]
    return about[0] if len(about) == 1 else None
