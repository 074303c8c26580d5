"""The save step every record dialog shares: run the service call, and show what it refused where the
user will look for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from crm.domain.errors import NotFound, ValidationError
from ui.kit.field_form import FieldForm
from ui.kit.notice import NoticeBar

T = TypeVar("T")


def save_form(form: FieldForm, notice: NoticeBar, call: Callable[[], T]) -> T | None:
    """What `call` saved, or None after showing why not: validation messages under their fields (the
    rest in the notice), a record that no longer exists in the notice. Other refusals (a stale version,
    a duplicate) reach the caller, which knows what to offer."""
    form.clear_errors()
    notice.hide()
    try:
        return call()
    except ValidationError as exc:
        unplaced = form.show_errors(exc)
        if unplaced:
            notice.show_message("\n".join(unplaced))
    except NotFound as exc:
        notice.show_message(QCoreApplication.translate("KitFormSave", "Could not save: %1").replace("%1", str(exc)))
    return None
