"""What every tab of the main window has: the signals it tells the window by, and the
hooks the window calls. A tab never reaches into the window; the window builds a tab
when it is first shown or first needed, so a big book's window paints without the rest."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QTableView, QWidget

from ui import preferences
from ui.main_actions import Chosen, MainAction
from ui.tables import fit_columns, keeping_place


class WindowTab(QWidget):
    saved = Signal(str)  # the book was changed here: show it everywhere, and say this
    refresh_wanted = Signal()  # show the book again everywhere (a refusal: it moved on)
    status_message = Signal(str, int)  # for the status bar, shown for so many ms
    dialog_opened = Signal(object)  # the window's one open dialog from now on
    selection_changed = Signal(object)  # a Chosen: the actions that follow it are asked again
    billing_opened = Signal(int)  # show this billing in its detail window

    search: QWidget | None = None  # the box Find (Ctrl+F) goes to
    kept: tuple[QWidget, ...] = ()  # splitters and tables laid out as the user left them

    def keep_layout(self, *parts: QWidget) -> None:
        """Lay ``parts`` out as the user left them, now: before the first query, so that
        columns the user sized are not fitted first (the window saves them on closing)."""
        self.kept = parts
        preferences.restore_layout(parts)

    def place_actions(self, actions: dict[MainAction, QAction]) -> None:
        """Put the window's actions this tab shows on its buttons and tables."""

    def chosen(self, kind: Chosen) -> object:
        """What is selected for the actions that follow ``kind`` (None: nothing)."""
        return None

    def book_changed(self) -> None:
        """The book changed (here or elsewhere): show it as it is now, or when next seen."""

    def opened(self) -> None:
        """The user switched to this tab."""

    def open_dialog(self, dialog: QWidget) -> QWidget:
        """Show ``dialog`` as the window's one open dialog (the window closes the last)."""
        self.dialog_opened.emit(dialog)
        return dialog


class LoadsWhenShown(WindowTab):
    """A tab that runs its query when first shown, and after a change only once it is
    shown again: a big book's window opens without counting tables nobody looks at."""

    stale = True
    fitted = False  # columns are sized to the first rows once, then left as the user sets
    table: QTableView

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale:
            self.refresh_in_place()

    def book_changed(self) -> None:
        self.mark_stale()

    def mark_stale(self) -> None:
        """The book changed: show it now if this tab is seen, else when it next is."""
        if self.isVisible():
            self.refresh_in_place()
        else:
            self.stale = True

    def refresh_in_place(self) -> None:
        """Run the query again, keeping the selection and scroll position."""
        with keeping_place(self.table):
            self.refresh()

    def refresh(self, *_: object) -> None:
        self.stale = False
        self.load()
        if not self.fitted:
            self.fitted = True
            fit_columns(self.table)

    def load(self) -> None:
        raise NotImplementedError
