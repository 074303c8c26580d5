"""The detail pane: profile, skills, roles (with stage), timeline, CV files and who received the data."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from crm.domain.errors import NotFound
from ui.candidates.columns import salary_text, seniority_label, status_label
from ui.context import AppContext
from ui.kit.numbers import decimal
from ui.kit.stage_names import stage_label

if TYPE_CHECKING:
    from crm.services.candidate_detail import CandidateDetail

_ACCENT = "#2563eb"


def _e(value: object) -> str:
    return html.escape(str(value)) if value not in (None, "") else ""


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.splitlines())


def _when(value: datetime | None) -> str:
    return QLocale().toString(value.date(), "d MMM yyyy") if value else ""


class CandidateDetailPane(QWidget):
    edit_requested = Signal()
    attach_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._services: tuple | None = None  # (detail, attachments), made once the store is open
        self._waiting_for: int | None = None  # shown while the start-up was still opening the store
        self.detail: CandidateDetail | None = None
        self.browser = QTextBrowser()
        self.browser.setObjectName("candidateDetail")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self._edit = QPushButton(self.tr("Edit"))
        self._edit.clicked.connect(self.edit_requested)
        self._attach = QPushButton(self.tr("Attach CV…"))
        self._attach.clicked.connect(self.attach_requested)
        self._placeholder = QLabel(self.tr("Select a candidate to see their profile."))
        self._placeholder.setObjectName("placeholder")
        buttons = QHBoxLayout()
        buttons.addWidget(self._edit)
        buttons.addWidget(self._attach)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self._placeholder)
        layout.addWidget(self.browser, 1)
        self.show_candidate(None)

    @property
    def candidate_id(self) -> int | None:
        return self.detail.candidate.id if self.detail else None

    def _detail_and_attachments(self) -> tuple | None:
        if self._services is None and self._context.services is not None:
            from crm.services.attachments import AttachmentService
            from crm.services.candidate_detail import CandidateDetailService

            store = self._context.services.store
            self._services = (CandidateDetailService(store), AttachmentService(store))
        return self._services

    def show_candidate(self, candidate_id: int | None) -> None:
        services = self._detail_and_attachments()
        if services is None:  # the first page shows before the store opens; the profile follows it
            self._waiting_for, candidate_id = candidate_id, None
        try:
            self.detail = services[0].detail(candidate_id) if candidate_id is not None else None
        except NotFound:
            self.detail = None
        shown = self.detail is not None
        self.browser.setVisible(shown)
        self._edit.setEnabled(shown)
        self._attach.setEnabled(shown)
        self._placeholder.setVisible(not shown)
        if shown:
            self.browser.setHtml(self._html(self.detail))

    def refresh(self) -> None:
        waiting, self._waiting_for = self._waiting_for, None
        self.show_candidate(self.candidate_id if waiting is None else waiting)

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "attachment" and self.detail:
            wanted = int(url.path() or url.host() or 0)
            for record in self.detail.attachments:
                if record.id == wanted:
                    attachments = self._detail_and_attachments()[1]
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachments.path_of(record))))
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    # ---- the page --------------------------------------------------------------------------------
    def _labels(self) -> dict[str, str]:
        """Every heading and phrase of the pane, translated (kept out of f-strings so lupdate finds them)."""
        return {
            "no_skills": self.tr("No skills recorded"), "no_name": self.tr("(no name)"),
            "skills": self.tr("Skills"), "summary": self.tr("Summary"), "notes": self.tr("Private notes"),
            "roles": self.tr("Roles"), "since": self.tr("since %1"), "no_roles": self.tr("Not on any role yet"),
            "activity": self.tr("Activity"), "no_activity": self.tr("No activity yet"),
            "files": self.tr("CV and files"), "no_files": self.tr("No files attached"),
            "sent": self.tr("Sent to clients"), "never_sent": self.tr("Never sent to a client"),
            "no_client": self.tr("(no client)"), "blind": self.tr("(blind)"),
            "call": self.tr("Call"), "email": self.tr("Email"), "meeting": self.tr("Meeting"),
            "interview": self.tr("Interview"), "note": self.tr("Note"), "task": self.tr("Task"),
        }

    def _facts(self, c) -> list[tuple[str, str]]:
        email = f'<a href="mailto:{_e(c.email)}">{_e(c.email)}</a>' if c.email else ""
        linkedin = f'<a href="{_e(c.linkedin_url)}">{_e(c.linkedin_url)}</a>' if c.linkedin_url else ""
        github = f'<a href="{_e(c.github_url)}">{_e(c.github_url)}</a>' if c.github_url else ""
        years = self.tr("%1 years").replace("%1", decimal(c.years_experience)) if c.years_experience is not None else ""
        notice = self.tr("%1 days").replace("%1", str(c.notice_days)) if c.notice_days is not None else ""
        return [
            (self.tr("Status"), _e(status_label(c.status))),
            (self.tr("City"), ", ".join(p for p in (_e(c.city), _e(c.country)) if p)),
            (self.tr("Experience"), years),
            (self.tr("Seniority"), _e(seniority_label(c.seniority))),
            (self.tr("English"), _e(c.english_level)),
            (self.tr("Expected salary"), _e(salary_text(c.expected_salary, c.expected_salary_max))),
            (self.tr("Current salary"), _e(salary_text(c.current_salary, None))),
            (self.tr("Notice"), notice),
            (self.tr("Email"), email),
            (self.tr("Phone"), _e(c.phone)),
            (self.tr("LinkedIn"), linkedin),
            (self.tr("GitHub"), github),
            (self.tr("Source"), _e(c.source)),
        ]

    def _html(self, detail: CandidateDetail) -> str:
        c = detail.candidate
        t = self._labels()
        headline = " · ".join(part for part in (_e(c.current_title), _e(c.current_company)) if part)
        rows = "".join(f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in self._facts(c) if v)
        skills = " ".join(
            f'<span class="chip">&nbsp;{_e(s.name)}{"&nbsp;" + decimal(s.years) if s.years is not None else ""}&nbsp;</span>'
            for s in c.skills) or f'<span class="muted">{t["no_skills"]}</span>'
        parts = [
            "<style>h2{margin:0 0 2px 0;} h3{margin:14px 0 4px 0; color:#374151; font-size:11pt;}"
            " td.k{color:#6b7280; padding-right:12px;} .muted{color:#6b7280;}"
            f" .chip{{background-color:#e8eefc; color:{_ACCENT};}} a{{color:{_ACCENT};}}</style>",
            f"<h2>{_e(c.full_name) or t['no_name']}</h2>",
            f'<div class="muted">{headline}</div>' if headline else "",
            f"<table cellspacing=0 cellpadding=2 style='margin-top:8px'>{rows}</table>",
            f"<h3>{t['skills']}</h3><p>{skills}</p>",
        ]
        if c.summary:
            parts.append(f"<h3>{t['summary']}</h3><p>{_lines(c.summary)}</p>")
        if c.notes:  # one line a kept column ("Teléfono 2: ...") or paragraph, as written
            parts.append(f"<h3>{t['notes']}</h3><p>{_lines(c.notes)}</p>")
        parts.append(f"<h3>{t['roles']}</h3>")
        parts.append(self._list(
            [f"<b>{_e(r.title)}</b> · {_e(r.client)} <span class='muted'>({_e(r.reference)})</span><br>"
             f"{_e(stage_label(r.stage))} <span class='muted'>{t['since'].replace('%1', _when(r.stage_entered_at))}</span>"
             for r in detail.roles], t["no_roles"]))
        parts.append(f"<h3>{t['activity']}</h3>")
        parts.append(self._list(
            [f"<span class='muted'>{_when(a.occurred_at)}</span> <b>{_e(t.get(a.kind, a.kind))}</b> {_e(a.subject)}"
             for a in detail.activities], t["no_activity"]))
        parts.append(f"<h3>{t['files']}</h3>")
        parts.append(self._list(
            [f"<a href='attachment:{a.id}'>{_e(a.filename)}</a> <span class='muted'>"
             f"{_when(a.added_at)} · {max(1, a.size_bytes // 1024)} KB</span>" for a in detail.attachments],
            t["no_files"]))
        parts.append(f"<h3>{t['sent']}</h3>")
        parts.append(self._list(
            [f"{_when(d.exported_at)} · <b>{_e(d.client) or t['no_client']}</b> · {_e(d.filename)}"
             + (f" <span class='muted'>{t['blind']}</span>" if d.blind else "")
             for d in detail.disclosures], t["never_sent"]))
        return "".join(parts)

    @staticmethod
    def _list(items: list[str], empty: str) -> str:
        if not items:
            return f"<p class='muted'>{empty}</p>"
        return "".join(f"<p style='margin:2px 0 6px 0'>{item}</p>" for item in items)
