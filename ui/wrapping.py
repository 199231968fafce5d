"""Cells whose whole text is shown on as many lines as it needs (the dialogs that report
file names and sentences); kept apart from ``ui.tables`` so the window's start does not
pay for Qt's text layout classes."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)


class WrapsAnywhere(QStyledItemDelegate):
    """A cell's text on as many lines as it needs, broken between words, or anywhere in
    a word too long for the column: a file name has no spaces to break at, and cut
    short it loses the part that tells files apart."""

    MARGIN = 3

    @staticmethod
    def _layout(shown: QStyleOptionViewItem, width: float) -> QTextDocument:
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(shown.font)
        document.setDefaultTextOption(wrap)
        document.setPlainText(shown.text)
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        room = QRectF(shown.rect.adjusted(self.MARGIN, 0, -self.MARGIN, 0))
        height = self._layout(shown, room.width()).size().height()
        room.setTop(room.top() + max(0.0, (room.height() - height) / 2))  # centred, as Qt's
        text, shown.text = shown.text, ""
        style = shown.widget.style() if shown.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, shown.widget)
        selected = bool(shown.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(shown.palette.color(role))
        painter.setFont(shown.font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.drawText(room, text, wrap)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = max(shown.rect.width() - 2 * self.MARGIN, 40)
        size = self._layout(shown, width).size()
        return QSize(
            math.ceil(size.width()) + 2 * self.MARGIN, math.ceil(size.height()) + 2 * self.MARGIN
        )


def rows_follow_columns(view: QTableView) -> None:
    """Wrapped cells: rows grow or shrink to their text whenever a column's width changes."""
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
