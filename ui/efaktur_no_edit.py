"""A line edit for an E-Faktur No: masked as ``000-22.12345678``, forgiving on paste."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from app.common.efaktur_no import parse_any
from app.common.errors import Refused

MASK = "999-99.99999999;_"


def read_pasted(text: str) -> str:
    """The digits a pasted text puts in the field. A whole number (13 digits or more) is
    read by the core's parser, the one ``ranges add`` uses: 13 digits, or the 16-digit
    faktur form without its code and status digit; Refused for anything else, so the mask
    never keeps 13 digits of a longer text. Fewer digits are a part the user goes on
    typing."""
    digits = re.sub(r"\D", "", text)
    if len(digits) < 13:
        return digits
    return parse_any(text).digits


class EfakturNoEdit(QLineEdit):
    paste_refused = Signal(str)  # why a pasted text is no E-Faktur No (the field is unchanged)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(MASK)
        self.setPlaceholderText("000-26.12345678")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000-00.000000000") + 24)

    def number_text(self) -> str:
        """What was typed, without the mask's blanks (empty when nothing was)."""
        return self.text().strip("-. ")

    def set_number(self, text: str) -> None:
        self.setText(read_pasted(text))

    def paste_text(self, text: str) -> None:
        try:
            self.set_number(text)
        except Refused as exc:
            self.paste_refused.emit(exc.message)
            return
        self.setCursorPosition(len(self.text()))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_text(QGuiApplication.clipboard().text())
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(
                    lambda: self.paste_text(QGuiApplication.clipboard().text())
                )
        menu.exec(event.globalPos())
        menu.deleteLater()
