"""Paints a card: name and rating, title and years, expected salary against the band, days in the
stage, next activity. One delegate paints thousands of cards; no widget per card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm.services.board import CardRow
from ui.kit.numbers import decimal
from ui.kit.stage_names import rejection_label
from ui.pipeline.board_model import CardRole

CARD_HEIGHT = 86
MARGIN = 4
PADDING = 8

STALE_FILL = QColor("#fff4e0")
STALE_BAR = QColor("#e8890c")
ABOVE_BAND = QColor("#c62828")
MUTED = QColor("#6b7280")
BORDER = QColor("#d6dae0")
SELECTED = QColor("#2f6fdf")


def salary_text(card: CardRow) -> str:
    if card.expected_salary is None:
        return ""
    low = f"{round(card.expected_salary / 1000)}k"
    if card.expected_salary_max and card.expected_salary_max != card.expected_salary:
        return f"{low}–{round(card.expected_salary_max / 1000)}k"
    return low


def days_text(card: CardRow) -> str:
    if card.days_in_stage == 0:
        return QCoreApplication.translate("CardDelegate", "today")
    return QCoreApplication.translate("CardDelegate", "%1 d in stage").replace("%1", str(card.days_in_stage))


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(max(120, option.rect.width()), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        card: CardRow | None = index.data(CardRole)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN / 2, -MARGIN, -MARGIN / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, STALE_FILL if card.stale else palette.base().color())
        painter.setPen(QPen(SELECTED if selected else BORDER, 2 if selected else 1))
        painter.drawPath(path)
        if card.stale:
            bar = QPainterPath()
            bar.addRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
            painter.fillPath(bar, STALE_BAR)

        inner = rect.adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING + 2)
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setBold(True)
        small = QFont(base_font)
        small.setPointSizeF(max(7.0, base_font.pointSizeF() - 1))
        line_height = QFontMetrics(base_font).height()
        text_color = palette.text().color()

        # Line 1: name, rating on the right.
        stars = f"★ {card.rating}" if card.rating else ""
        painter.setFont(base_font)
        stars_width = QFontMetrics(base_font).horizontalAdvance(stars) + 4 if stars else 0
        painter.setPen(QColor("#d49b00"))
        if stars:
            painter.drawText(QRectF(inner.right() - stars_width, inner.top(), stars_width, line_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stars)
        painter.setFont(bold)
        painter.setPen(text_color)
        name = QFontMetrics(bold).elidedText(card.name, Qt.TextElideMode.ElideRight,
                                             int(inner.width() - stars_width))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width() - stars_width, line_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        # Line 2: title and years.
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        y = inner.top() + line_height + 1
        years = QCoreApplication.translate("CardDelegate", "%1 yrs").replace("%1", decimal(card.years_experience)) if card.years_experience else ""
        second = " · ".join(p for p in (years, card.current_title or "") if p)
        painter.setPen(MUTED)
        painter.drawText(QRectF(inner.left(), y, inner.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, int(inner.width())))

        # Line 3: expected salary (red when above the band), days in stage on the right.
        y += small_metrics.height() + 2
        days = days_text(card)
        days_font = _bold(small) if card.stale else small
        days_width = QFontMetrics(days_font).horizontalAdvance(days) + 6
        painter.setFont(days_font)
        painter.setPen(STALE_BAR.darker(120) if card.stale else MUTED)
        painter.drawText(QRectF(inner.right() - days_width, y, days_width, small_metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days)
        salary_font = _bold(small) if card.above_band else small
        painter.setFont(salary_font)
        painter.setPen(ABOVE_BAND if card.above_band else text_color)
        salary = salary_text(card)
        if card.above_band:
            salary = f"{salary} ▲"
        room = int(inner.width() - days_width)
        painter.drawText(QRectF(inner.left(), y, room, small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(salary_font).elidedText(salary, Qt.TextElideMode.ElideRight, room))

        # Line 4: next activity or the rejection reason.
        y += small_metrics.height() + 2
        painter.setFont(small)
        if card.rejection_reason:
            fourth, color = rejection_label(card.rejection_reason), ABOVE_BAND.lighter(130)
        elif card.next_activity:
            due = card.next_activity_due.strftime("%d %b") + " · " if card.next_activity_due else ""
            fourth, color = "→ " + due + card.next_activity, QColor("#2f6fdf")
        else:
            fourth, color = QCoreApplication.translate("CardDelegate", "No next step"), MUTED.lighter(130)
        painter.setPen(color)
        painter.drawText(QRectF(inner.left(), y, inner.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(fourth, Qt.TextElideMode.ElideRight, int(inner.width())))
        if option.state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
        painter.restore()


def _bold(font: QFont) -> QFont:
    copy = QFont(font)
    copy.setBold(True)
    return copy
