"""The audit log's record and details in the user's language.

The core stores entries as entity names and JSON details with English keys ("import_batch 8",
{"created": 300, "kind": "candidates"}): stable for machines, unreadable in a Spanish app. Known keys
and values are translated here; a key this table does not know yet is shown as stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from ui.safety.models import translate

RECORDS = {"candidate": QT_TRANSLATE_NOOP("safety", "Candidate %1"),
           "import_batch": QT_TRANSLATE_NOOP("safety", "Import %1"),
           "export_log": QT_TRANSLATE_NOOP("safety", "Report %1"),
           "database": QT_TRANSLATE_NOOP("safety", "Database")}

DETAILS = {"kind": QT_TRANSLATE_NOOP("safety", "kind"),
           "created": QT_TRANSLATE_NOOP("safety", "created"),
           "updated": QT_TRANSLATE_NOOP("safety", "updated"),
           "skipped": QT_TRANSLATE_NOOP("safety", "skipped"),
           "rejected": QT_TRANSLATE_NOOP("safety", "rejected"),
           "deleted": QT_TRANSLATE_NOOP("safety", "deleted"),
           "restored": QT_TRANSLATE_NOOP("safety", "restored"),
           "merged": QT_TRANSLATE_NOOP("safety", "merged candidate"),
           "fields": QT_TRANSLATE_NOOP("safety", "fields filled"),
           "skills": QT_TRANSLATE_NOOP("safety", "skills"),
           "reason": QT_TRANSLATE_NOOP("safety", "reason"),
           "applications": QT_TRANSLATE_NOOP("safety", "applications"),
           "recipients": QT_TRANSLATE_NOOP("safety", "clients informed"),
           "activities": QT_TRANSLATE_NOOP("safety", "activities"),
           "attachments": QT_TRANSLATE_NOOP("safety", "attachments"),
           "disclosures": QT_TRANSLATE_NOOP("safety", "reports sent"),
           "due": QT_TRANSLATE_NOOP("safety", "answer due"),
           "until": QT_TRANSLATE_NOOP("safety", "kept until"),
           "backup": QT_TRANSLATE_NOOP("safety", "backup"),
           "candidate": QT_TRANSLATE_NOOP("safety", "candidates"),
           "role": QT_TRANSLATE_NOOP("safety", "roles"),
           "company": QT_TRANSLATE_NOOP("safety", "clients"),
           "erasures_reapplied": QT_TRANSLATE_NOOP("safety", "erasures applied again"),
           "set_aside": QT_TRANSLATE_NOOP("safety", "replaced database kept as"),
           "from": QT_TRANSLATE_NOOP("safety", "from version"),
           "to": QT_TRANSLATE_NOOP("safety", "to version"),
           "company_id": QT_TRANSLATE_NOOP("safety", "client"),
           "role_id": QT_TRANSLATE_NOOP("safety", "role"),
           "candidates": QT_TRANSLATE_NOOP("safety", "candidates"),
           "blind": QT_TRANSLATE_NOOP("safety", "blind")}

# Values that are words of the program, not the user's: import and report kinds, erasure reasons.
WORDS = {"candidates": QT_TRANSLATE_NOOP("safety", "candidates"),
         "roles": QT_TRANSLATE_NOOP("safety", "roles"),
         "pipeline": QT_TRANSLATE_NOOP("safety", "pipeline"),
         "shortlist": QT_TRANSLATE_NOOP("safety", "shortlist"),
         "client_progress": QT_TRANSLATE_NOOP("safety", "client progress"),
         "candidate_list": QT_TRANSLATE_NOOP("safety", "candidate list"),
         "request": QT_TRANSLATE_NOOP("safety", "on request"),
         "retention": QT_TRANSLATE_NOOP("safety", "retention ended")}

BOOLEANS = {True: QT_TRANSLATE_NOOP("safety", "yes"), False: QT_TRANSLATE_NOOP("safety", "no")}

# Keys whose values are ids: written plain (no digit grouping).
_IDS = {"merged", "company_id", "role_id"}
# Keys whose value is the user's own text (a reason typed when keeping someone longer): shown as typed.
_TYPED = {("retention_extend", "reason")}


def record_text(entity: str | None, entity_id: int | None) -> str:
    """"Import 8", "Candidate 12", "Database"; an entity this table does not know, as stored."""
    if entity in RECORDS:
        return translate(RECORDS[entity]).replace("%1", "" if entity_id is None else str(entity_id)).strip()
    return f"{entity or ''} {'' if entity_id is None else entity_id}".strip()


def details_text(action: str, details: dict[str, Any]) -> str:
    """"created: 300, updated: 2, ..." in the user's language, keys in the order they were stored."""
    parts = []
    for key, value in details.items():
        label = translate(DETAILS[key]) if key in DETAILS else key
        text = str(value) if key in _IDS and value is not None else _value_text(value, typed=(action, key) in _TYPED)
        parts.append(f"{label}: {text}")
    return ", ".join(parts)


def _value_text(value: Any, typed: bool) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate(BOOLEANS[value])
    if isinstance(value, int | float):
        return QLocale().toString(value)
    if isinstance(value, list | tuple):
        return " ".join(_value_text(item, typed) for item in value)
    text = str(value)
    if not typed and text in WORDS:
        return translate(WORDS[text])
    if _looks_like_date(text):
        return QLocale().toString(date.fromisoformat(text), QLocale.FormatType.ShortFormat)
    return text


def _looks_like_date(text: str) -> bool:
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True

