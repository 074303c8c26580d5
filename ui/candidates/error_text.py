"""The core's field errors in the user's language. The core words them in English; the known
shapes are matched here and the value they name is kept."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    translate = QCoreApplication.translate
    return [
        (re.compile(r"^'(?P<a>.*)' is not a valid email address$"),
         translate("FieldErrors", "'%1' is not a valid email address")),
        (re.compile(r"^'(?P<a>.*)' is not a valid phone number$"),
         translate("FieldErrors", "'%1' is not a valid phone number")),
        (re.compile(r"^'(?P<a>.*)' is not a whole number$"), translate("FieldErrors", "'%1' is not a whole number")),
        (re.compile(r"^'(?P<a>.*)' is not a number of years$"),
         translate("FieldErrors", "'%1' is not a number of years")),
        (re.compile(r"^'(?P<a>.*)' is not a date \(YYYY-MM-DD\)$"),
         translate("FieldErrors", "'%1' is not a date (YYYY-MM-DD)")),
        (re.compile(r"^must be between (?P<a>\S+) and (?P<b>\S+)$"),
         translate("FieldErrors", "must be between %1 and %2")),
        (re.compile(r"^is longer than (?P<a>\d+) characters$"),
         translate("FieldErrors", "is longer than %1 characters")),
        (re.compile(r"^a name, email, phone or profile URL is required$"),
         translate("FieldErrors", "a name, email, phone or profile URL is required")),
        (re.compile(r"^is below the expected salary$"), translate("FieldErrors", "is below the expected salary")),
        (re.compile(r"^must be a two-letter country code such as ES$"),
         translate("FieldErrors", "must be a two-letter country code such as ES")),
        (re.compile(r"^is required$"), translate("FieldErrors", "is required")),
        (re.compile(r"^the email (?P<a>\S+) already belongs to candidate (?P<b>\d+)$"),
         translate("FieldErrors", "the email %1 already belongs to candidate %2")),
    ]


def reason_text(reason: str) -> str:
    for pattern, text in _patterns():
        match = pattern.match(reason)
        if match:
            groups = match.groupdict()
            return text.replace("%1", groups.get("a") or "").replace("%2", groups.get("b") or "")
    return reason
