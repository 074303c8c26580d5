"""What every client report shares: options, result, the logo, and the write-log-replace sequence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from crm.domain import Company
from crm.domain.errors import ValidationError
from crm.exporting.atomic import atomic_target
from crm.exporting.export_log import record_export
from crm.exporting.labels import LANGUAGES, Labels
from crm.exporting.privacy import DisclosurePolicy
from crm.persistence.store import Store
from crm.services.progress import CancelToken, Progress


@dataclass(frozen=True)
class ReportOptions:
    """None means "the client's own setting" (blind reports and report language are per client)."""

    blind: bool | None = None
    language: str | None = None
    contact_details: bool = False
    candidate_ids: tuple[int, ...] | None = None  # the recruiter's choice instead of "everyone submitted"
    today: date | None = None

    def resolve(self, company: Company) -> tuple[DisclosurePolicy, Labels]:
        blind = company.blind_reports if self.blind is None else self.blind
        language = self.language or company.report_language or "es"
        if language not in LANGUAGES:
            raise ValidationError.single("language", f"must be one of {', '.join(LANGUAGES)}, not {language!r}")
        return DisclosurePolicy(blind=bool(blind), contact_details=self.contact_details), Labels(language)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    candidate_ids: tuple[int, ...]
    export_id: int | None
    truncated_cells: int = 0


def add_logo(ws: Worksheet, logo_path: str | None, anchor: str) -> bool:
    """Embed the agency logo scaled to ~60 px high; a missing or unreadable file is skipped."""
    if not logo_path or not Path(logo_path).is_file():
        return False
    from openpyxl.drawing.image import Image
    from PIL import UnidentifiedImageError

    try:
        image = Image(logo_path)
    except (OSError, UnidentifiedImageError):
        return False
    if image.height:
        scale = 60 / image.height
        image.width, image.height = int(image.width * scale), 60
    ws.add_image(image, anchor)
    return True


def write_report(store: Store, target: Path | str, *, kind: str,
                 build: Callable[[Session], tuple[Workbook, int | None, int | None, DisclosurePolicy, Labels, list[int]]],
                 progress: Progress, token: CancelToken) -> ExportResult:
    """Read, write to a temp file, log the disclosure and rename, all in one transaction.

    If anything fails or is cancelled, the transaction (and so the log) rolls back and the target
    keeps its previous content.
    """
    target = Path(target)
    with store.sessions.begin() as session, atomic_target(target) as temp:
        workbook, company_id, role_id, policy, labels, disclosed = build(session)
        token.raise_if_cancelled()
        progress(0, 1, "saving")
        workbook.save(temp)
        token.raise_if_cancelled()
        export_id = record_export(session, kind=kind, company_id=company_id, role_id=role_id, target=target,
                                  blind=policy.blind, language=labels.language, candidate_ids=disclosed)
        progress(1, 1, "saved")
    return ExportResult(target.absolute(), len(disclosed), tuple(disclosed), export_id)
