"""A line edit for an E-Faktur No: masked as ``000-22.12345678``, forgiving on paste."""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

MASK = "999-99.99999999;_"


def normalise_pasted(text: str) -> str:
    """Digits of a pasted number: 13 as they are, the 16-digit faktur form without its
    transaction code and status digit; anything else is left for validation to name."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 16:
        digits = digits[3:]
    return digits


class EfakturNoEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask(MASK)
        self.setPlaceholderText("000-26.12345678")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("000-00.000000000") + 24)

    def number_text(self) -> str:
        """What was typed, without the mask's blanks (empty when nothing was)."""
        return self.text().strip("-. ")

    def set_number(self, text: str) -> None:
        self.setText(normalise_pasted(text))

    def paste_text(self, text: str) -> None:
        self.set_number(text)
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
