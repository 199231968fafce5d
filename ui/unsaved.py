"""Escape (or Cancel, or the close box) on a form that was typed in asks before the
typing is thrown away; on a form left as it opened, it closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from ui import interaction
from ui.i18n import tr


def typed_state(form: QWidget) -> tuple:
    """What the user can type or tick in ``form``, to compare with how it opened."""
    state: list[object] = []
    for widget in form.findChildren(QWidget):
        if widget.window() is not form or _saved_at_once(widget, form):
            continue  # a dialog of its own (New Customer…), or a part that needs no Save
        if isinstance(widget, QLineEdit | QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QTableWidget):
            state.append(_table_state(widget))
    return tuple(state)


def _saved_at_once(widget: QWidget, form: QWidget) -> bool:
    while widget is not form and widget is not None:
        if widget.property("savedAtOnce"):
            return True
        widget = widget.parentWidget()
    return False


def _table_state(table: QTableWidget) -> tuple:
    cells = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None and item.flags() & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            ):
                cells.append((item.text(), item.checkState()))
    return (table.rowCount(), tuple(cells))


class AsksBeforeDiscarding:
    """Mix into a QDialog (before it): ``reject`` asks when something was typed since
    the form was first shown. A close the program makes (the window opening another
    dialog, or quitting) never asks: only the user's own Escape, Cancel or close box."""

    _opened_as: tuple | None = None
    _asks = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._opened_as is None:
            self._opened_as = typed_state(self)  # type: ignore[arg-type]
        super().showEvent(event)  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._asks = event.spontaneous()  # the close box, not the program's close()
        try:
            super().closeEvent(event)  # type: ignore[misc]
        finally:
            self._asks = True

    def typed_since_opened(self) -> bool:
        return self._opened_as is not None and typed_state(self) != self._opened_as  # type: ignore[arg-type]

    def reject(self) -> None:
        if (
            self._asks
            and self.typed_since_opened()
            and not interaction.prompts.ask_yes_no(
                self,  # type: ignore[arg-type]
                self.windowTitle(),  # type: ignore[attr-defined]
                tr("Close without saving? What you typed here will be lost."),
            )
        ):
            return
        super().reject()  # type: ignore[misc]
