"""Display names for the stages and rejection reasons the database is seeded with. A recruiter may
rename stages; a name that is not one of the seeded English ones is shown exactly as stored."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_SEEDED_STAGES = (
    QT_TRANSLATE_NOOP("StageNames", "Sourced"),
    QT_TRANSLATE_NOOP("StageNames", "Contacted"),
    QT_TRANSLATE_NOOP("StageNames", "Screening"),
    QT_TRANSLATE_NOOP("StageNames", "Submitted to client"),
    QT_TRANSLATE_NOOP("StageNames", "Client interview"),
    QT_TRANSLATE_NOOP("StageNames", "Offer"),
    QT_TRANSLATE_NOOP("StageNames", "Placed"),
    QT_TRANSLATE_NOOP("StageNames", "Rejected"),
)
_SEEDED_REASONS = (
    QT_TRANSLATE_NOOP("RejectionReasons", "Skills not a fit"),
    QT_TRANSLATE_NOOP("RejectionReasons", "Salary expectations"),
    QT_TRANSLATE_NOOP("RejectionReasons", "Location/remote"),
    QT_TRANSLATE_NOOP("RejectionReasons", "Candidate withdrew"),
    QT_TRANSLATE_NOOP("RejectionReasons", "Rejected by client"),
    QT_TRANSLATE_NOOP("RejectionReasons", "No response"),
    QT_TRANSLATE_NOOP("RejectionReasons", "Duplicate"),
)


def stage_label(name: str) -> str:
    return QCoreApplication.translate("StageNames", name) if name in _SEEDED_STAGES else name


def rejection_label(label: str) -> str:
    return QCoreApplication.translate("RejectionReasons", label) if label in _SEEDED_REASONS else label


def two_lines(name: str) -> str:
    """Long stage names on two header lines ("Submitted / to client") so count columns stay narrow."""
    words = name.split(" ")
    if len(name) <= 9 or len(words) < 2:
        return name
    middle = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return " ".join(words[:middle]) + "\n" + " ".join(words[middle:])
