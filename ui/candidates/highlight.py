"""Paint searched words highlighted inside table cells (case- and accent-insensitive)."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.candidates.columns import COLUMNS

MARK_COLOUR = "#ffe08a"


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased without accents, and for each folded character the original index."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char.casefold()):
            if not unicodedata.combining(part):
                folded.append(part)
                positions.append(index)
    return "".join(folded), positions


def match_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Merged (start, end) spans of `text` where any term occurs, ignoring case and accents."""
    folded, positions = folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle, _ = folded_with_positions(term.strip("*\"'"))
        if not needle:
            continue
        start = folded.find(needle)
        while start != -1:
            end = start + len(needle) - 1
            spans.append((positions[start], positions[end] + 1))
            start = folded.find(needle, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    parts, cursor = [], 0
    for start, end in spans:
        parts.append(html.escape(text[cursor:start]))
        parts.append(f'<span style="background-color:{MARK_COLOUR}; color:#1f2328;">'
                     f"{html.escape(text[start:end])}</span>")
        cursor = end
    parts.append(html.escape(text[cursor:]))
    return "".join(parts)


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell as usual, but with the model's search terms marked in highlight columns."""

    def __init__(self, terms_source, parent=None):
        super().__init__(parent)
        self._terms_source = terms_source  # a callable returning the current terms

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        terms = self._terms_source()
        if not terms or not COLUMNS[index.column()].highlight:
            super().paint(painter, option, index)
            return
        text = index.data() or ""
        spans = match_spans(text, terms)
        if not spans:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        else:
            rect = option.rect
        # Elide like the plain cells do, then mark the words in what is left.
        shown = QFontMetrics(item.font).elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 6))
        document = QTextDocument()
        document.setDefaultFont(item.font)
        document.setDocumentMargin(0)
        document.setHtml(highlighted_html(shown, match_spans(shown, terms)))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + (rect.height() - document.size().height()) / 2
        painter.translate(rect.left() + 3, top)
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
