"""CV files: stored once under their content hash, text extracted so the search finds what they say."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from crm.domain import Attachment, Candidate
from crm.domain.errors import NotFound, ValidationError
from crm.files import file_sha256
from crm.persistence import search_index
from crm.persistence.store import Store

MAX_BYTES = 50 * 1024 * 1024
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    candidate_id: int
    filename: str
    content_hash: str
    mime_type: str | None
    size_bytes: int
    added_at: datetime
    has_text: bool


class AttachmentService:
    def __init__(self, store: Store):
        self._store = store

    @property
    def folder(self) -> Path:
        return self._store.files_dir / "attachments"

    def path_of(self, record: AttachmentRecord) -> Path:
        return self.folder / record.content_hash[:2] / record.content_hash

    def list_for(self, candidate_id: int) -> list[AttachmentRecord]:
        with self._store.sessions() as session:
            rows = session.scalars(select(Attachment).where(Attachment.candidate_id == candidate_id)
                                   .order_by(Attachment.added_at.desc(), Attachment.id.desc()))
            return [_record(row) for row in rows]

    def attach(self, candidate_id: int, source: str | os.PathLike[str]) -> AttachmentRecord:
        """Copy a PDF or DOCX into the data folder, read its text and make it searchable."""
        path = Path(source)
        suffix = path.suffix.lower()
        if suffix not in MIME_TYPES:
            raise ValidationError.single("file", f"{path.name}: only PDF and Word (.docx) files can be attached")
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise ValidationError.single("file", f"{path.name}: cannot be read ({exc.strerror})") from exc
        if size > MAX_BYTES:
            raise ValidationError.single("file", f"{path.name}: is larger than {MAX_BYTES // (1024 * 1024)} MB")
        digest = file_sha256(path)
        text = extract_text(path)
        stored = self.folder / digest[:2] / digest
        if not stored.exists():
            _copy_atomically(path, stored)
        with self._store.sessions.begin() as session:
            if session.get(Candidate, candidate_id) is None:
                raise NotFound("Candidate", candidate_id)
            row = Attachment(candidate_id=candidate_id, filename=path.name, content_hash=digest,
                             mime_type=MIME_TYPES[suffix], size_bytes=size, text=text or None)
            session.add(row)
            session.flush()
            search_index.reindex(session.connection(), [candidate_id])
            return _record(row)

    def remove(self, attachment_id: int) -> None:
        """Forget the attachment; the file goes too when no other record points at it."""
        with self._store.sessions.begin() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise NotFound("Attachment", attachment_id)
            digest, candidate_id = row.content_hash, row.candidate_id
            session.delete(row)
            session.flush()
            search_index.reindex(session.connection(), [candidate_id])
            still_used = session.scalar(select(Attachment.id).where(Attachment.content_hash == digest).limit(1))
        if still_used is None:
            (self.folder / digest[:2] / digest).unlink(missing_ok=True)


def extract_text(path: Path) -> str:
    """The readable text of a PDF or DOCX; a damaged file is refused with its name."""
    try:
        if path.suffix.lower() == ".pdf":
            from pypdf import PdfReader  # loaded only when a CV is attached

            reader = PdfReader(str(path))
            return "\n".join((page.extract_text() or "") for page in reader.pages).strip()
        import docx  # python-docx, loaded only when a CV is attached

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts.extend(cell.text for cell in row.cells)
        return "\n".join(part for part in parts if part).strip()
    except Exception as exc:  # pypdf and python-docx raise many kinds on a broken file
        raise ValidationError.single("file", f"{path.name}: is damaged or not a real "
                                     f"{path.suffix.lstrip('.').upper()} file ({exc.__class__.__name__})") from exc


def _copy_atomically(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    os.close(handle)
    try:
        shutil.copyfile(source, temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _record(row: Attachment) -> AttachmentRecord:
    return AttachmentRecord(row.id, row.candidate_id, row.filename, row.content_hash, row.mime_type,
                            row.size_bytes, row.added_at, bool(row.text))
