"""The import window's choices beside the file: what to do with records already in the database, and the
role a pipeline sheet's rows that name none are for. Their words are the window's (context "ImportDialog")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from crm.services.records import RoleRecord

_ROLE_COLUMNS = frozenset({"reference", "title"})


class PolicyChoice(QComboBox):
    """What to do with records already in the database, in the words of what is imported: an application
    already there moves to the file's stage or stays (replacing is the same move)."""

    def fill(self, kind: str) -> str:
        """Offer the policies for this kind, keeping the one chosen; the label to show beside them."""
        chosen = self.currentData()
        self.clear()
        if kind == "pipeline":
            label = QCoreApplication.translate("ImportDialog", "Applications already in the database:")
            choices = (("update", QCoreApplication.translate("ImportDialog", "Move them to the file's stage")),
                       ("skip", QCoreApplication.translate("ImportDialog", "Leave them where they are")))
        else:
            label = (QCoreApplication.translate("ImportDialog", "Roles already in the database:") if kind == "roles"
                     else QCoreApplication.translate("ImportDialog", "People already in the database:"))
            choices = (("update", QCoreApplication.translate("ImportDialog", "Fill empty fields and add new skills")),
                       ("skip", QCoreApplication.translate("ImportDialog", "Leave them as they are")),
                       ("overwrite", QCoreApplication.translate("ImportDialog", "Replace with the file's values")))
        for policy, text in choices:
            self.addItem(text, policy)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        return label


class RoleChoice(QComboBox):
    """"None" (each row names its role), then every role as "REF · Title (Client)"; data: the reference."""

    def fill(self, roles: Sequence[RoleRecord], named: str | None, targets: Sequence[str]) -> None:
        """Offer these roles; choose `named` (the role the sheet's name names) when the mapping has no role
        column, as the import would take it."""
        self.clear()
        self.addItem(QCoreApplication.translate("ImportDialog", "None: each row names its role"), None)
        for role in roles:
            self.addItem(f"{role.reference} · {role.title} ({role.client})", role.reference)
        if named is not None and not _ROLE_COLUMNS & set(targets):
            self.setCurrentIndex(max(0, self.findData(named)))

    @property
    def reference(self) -> str | None:
        return self.currentData()

    def needed(self, targets: Sequence[str]) -> bool:
        """Whether the rows have no role to be for: no role chosen, and no column mapped to name one."""
        return self.reference is None and not _ROLE_COLUMNS & set(targets)
