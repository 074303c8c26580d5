"""The preview's words for stored codes: a status, seniority, work mode, lawful basis or stage is shown
as the rest of the app names it ("Activo", "En pausa"), not as stored ("active", "on_hold")."""

from __future__ import annotations

from collections.abc import Callable

from ui.candidates.columns import seniority_label, status_label
from ui.kit.stage_names import stage_label
from ui.roles.labels import label, remote_labels, seniority_labels, status_labels
from ui.safety.models import translate
from ui.safety.retention_page import BASES


def _lawful_basis(value: str) -> str:
    return translate(BASES[value]) if value in BASES else value


# import kind -> field -> the label of a stored code
_LABELS: dict[str, dict[str, Callable[[str], str]]] = {
    "candidates": {"status": status_label, "seniority": seniority_label,
                   "remote_preference": lambda value: label(remote_labels(), value), "lawful_basis": _lawful_basis},
    "roles": {"status": lambda value: label(status_labels(), value),
              "seniority": lambda value: label(seniority_labels(), value),
              "remote_policy": lambda value: label(remote_labels(), value)},
    "pipeline": {"stage": stage_label, "stage_now": stage_label},
}


def code_label(kind: str, field: str) -> Callable[[str], str] | None:
    """How a field of this import kind names its stored codes; None for a field of free values."""
    return _LABELS.get(kind, {}).get(field)


def column_code_labels(kind: str, mapping: dict[str, str]) -> dict[str, Callable[[str], str]]:
    """Column of an import's report -> how the app names its stored codes, from the import's mapping ({header:
    field}; a field with no column is named by itself): its warnings' values say "Colocado", not "placed"."""
    labels = dict(_LABELS.get(kind, {}))
    for header, field in mapping.items():
        if field in labels:
            labels[header] = labels[field]
    return labels
