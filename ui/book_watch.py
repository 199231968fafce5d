"""Noticing that another process wrote to the open book.

The command line may write while the window is open (each change is one safe
transaction), and so may another copy. SQLite's ``PRAGMA data_version`` changes with
every commit made by another connection, so the window asks it when it is activated and
on a short timer: one cheap call, no table read.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.book import data_version
from app.trouble import book_errors

CHECK_EVERY_MS = 2_000


class BookWatch(QObject):
    """Emits ``changed`` once for each time another process has written to the book."""

    changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._seen = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.installEventFilter(self)

    @staticmethod
    def _version() -> int | None:
        try:
            return data_version()
        except book_errors():  # a book that cannot be read says so elsewhere
            return None

    def check(self) -> bool:
        """Emit ``changed`` if the book was written elsewhere since the last look."""
        version = self._version()
        if version is None or version == self._seen:
            return False
        first, self._seen = self._seen is None, version
        if not first:
            self.changed.emit()
        return not first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False
