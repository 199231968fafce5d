"""The window's backup actions: Back Up Now, Backups & Restore, and the daily backup that
runs on a worker thread after the window opens."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.book.connection import is_read_only
from app.common.errors import BookError
from ui import interaction
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.backup_dialog import BackupDialog


class BackupActions(QObject):
    """What the backup actions do; the window is told by signals, prompts and dialogs
    stand over ``parent``."""

    daily_done = Signal(str)  # emitted from the worker thread; Qt queues it to this thread
    status_message = Signal(str, int)  # for the status bar, shown for so many ms
    dialog_opened = Signal(object)  # the window's one open dialog from now on
    restored = Signal(str)  # a backup took the book's place: show it everywhere

    def __init__(self, parent: QWidget, book: Path | None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.book_path = book
        self.thread: threading.Thread | None = None
        self.daily_done.connect(self._daily_done)

    @property
    def book(self) -> Path:
        assert self.book_path is not None
        return self.book_path

    def back_up_now(self) -> Path | None:
        from app.book import backups

        if is_read_only():  # a read-only window writes nothing anywhere, backups included
            return None
        chosen = backups.settings_of(self.book)
        QGuiApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            made = backups.back_up(self.book, backups.MANUAL, chosen)
        except BookError as exc:
            interaction.prompts.refuse(self.parent_widget, tr("Back Up Now"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        said = tr("Backed up to {made}.").format(made=made.path)
        self.status_message.emit(said, 15_000)
        if made.note:
            interaction.prompts.inform(self.parent_widget, tr("Back Up Now"), made.note)
        return made.path

    def show_backups(self) -> BackupDialog:
        from ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.book, is_read_only(), self.parent_widget)
        dialog.restored.connect(self._restored)
        dialog.backed_up.connect(lambda message: self.status_message.emit(message, 0))
        self.dialog_opened.emit(dialog)
        return dialog

    def _restored(self, message: str) -> None:
        self.restored.emit(message)
        interaction.prompts.inform(self.parent_widget, tr("Backup Restored"), message)

    def start_daily(self) -> threading.Thread | None:
        """Back up on a worker thread when the last backup is a day old; the window stays
        free meanwhile. Read here, on the window's thread: the worker touches only files."""
        from app.book import backups

        chosen = backups.settings_of(self.book)
        if is_read_only() or not backups.is_due(self.book, chosen.folder):
            return None
        backups.book_id(self.book, create=True)  # here, not beside a write of the window

        def work() -> None:
            try:
                made = backups.back_up(self.book, backups.DAILY, chosen)
            except BookError as exc:
                self.daily_done.emit(tr("The daily backup failed: {exc}").format(exc=exc))
            else:
                said = tr("Daily backup made: {name}").format(name=made.path.name)
                self.daily_done.emit(f"{said}. {made.note}" if made.note else said)

        self.thread = threading.Thread(target=work, name="daily-backup", daemon=True)
        self.thread.start()
        return self.thread

    def _daily_done(self, message: str) -> None:
        self.status_message.emit(message, 60_000)

    def wait(self) -> None:
        """Let a running backup finish (closing the window)."""
        if self.thread is not None:
            self.thread.join()
